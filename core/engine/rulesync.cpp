// The Executor's object rules other than "order": products, stock, customers, invoices, refunds.
// One record per "push.<rule>" job, in the engine's thread: read (or taken from the pull),
// mapped, matched, written, recorded — the same durability rules as orders (cross-reference and
// written payload recorded with the job's completion in one commit; a create first looks the
// target's match key up after an attempt that may have written).

#include "engine/executor.h"

#include "engine/moneyrules.h"
#include "mapping/objectmapper.h"
#include "model/payment.h"
#include "model/payout.h"
#include "store/crossreferencerepository.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkReply>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Executor)
};

const QString orderRule = u"order"_s;

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Why payout `record` cannot be written ("" when it can): it cannot be read as a payout, or its
/// movements (payments − refunds − fees) do not come to its deposit (MoneyRules::settle).
QString payoutProblem(const Connectors::Connector &source, const Connectors::VendorRecord &record)
{
    QString why;
    const std::optional<QJsonObject> canonical = source.toCanonical(record, &why);
    if (!canonical)
        return why;
    const std::optional<Model::Payout> payout = Model::Payout::fromJson(*canonical, &why);
    if (!payout)
        return Text::tr("payout %1: %2").arg(record.id, why);
    const MoneyRules::MoneyResult<MoneyRules::Payout> settled = MoneyRules::settle(*payout);
    if (!settled)
        return settled.error();
    QStringList differences;
    for (const MoneyRules::MoneyDifference &difference : settled->differences)
        differences.append(difference.evidence);
    if (differences.isEmpty())
        return {};
    return Text::tr("payout %1 does not add up, so no deposit is written: %2")
        .arg(record.id, differences.join(u"; "_s));
}

/// Whether store transaction `record` is a payment to write: only settled sales and captures are
/// (a refund is credited, an authorisation or a failed charge moved no money). Returns "" when it
/// is, else why not; *unreadable when it cannot be read as a payment at all.
QString notAPayment(const Connectors::Connector &source, const Connectors::VendorRecord &record,
                    bool *unreadable)
{
    QString why;
    std::optional<Model::Payment> payment;
    if (const std::optional<QJsonObject> canonical = source.toCanonical(record, &why))
        payment = Model::Payment::fromJson(*canonical, &why);
    *unreadable = !payment;
    if (!payment)
        return Text::tr("transaction %1: %2").arg(record.id, why);
    if (!payment->status.isEmpty() && payment->status != u"success"_s)
        return Text::tr("transaction %1 is \"%2\", not settled: only settled payments are written")
            .arg(record.id, payment->status);
    if (!payment->kind.isEmpty() && payment->kind != u"sale"_s && payment->kind != u"capture"_s)
        return Text::tr("transaction %1 is a %2, not a payment: only sales and captures are written as "
                        "payments")
            .arg(record.id, payment->kind);
    return {};
}

/// A "linked" field's target id: what the rule `linkedRule` wrote for its source record
/// `sourceId` (the cross-reference; `toErp`: store id → ERP id). None yet: the record waits for it,
/// unless it cannot come by itself — it is a dead letter, or was written as a split order's parts.
Mapping::LinkResolution resolveLink(Store::StateStore &store, const QString &connectionPair, bool toErp,
                                    const QString &linkedRule, const QString &sourceId)
{
    Store::CrossReferenceRepository xrefs(store);
    auto linked = toErp ? xrefs.findByStoreId(connectionPair, linkedRule, sourceId)
                        : xrefs.findByErpId(connectionPair, linkedRule, sourceId);
    if (!linked)
        return {std::nullopt, linked.error().message, false};
    if (linked.value())
        return {toErp ? linked.value()->erpId : linked.value()->storeId, {}, false};
    if (toErp) {
        auto parts = xrefs.findParts(connectionPair, linkedRule);
        if (!parts)
            return {std::nullopt, parts.error().message, false};
        const QString prefix = sourceId + u'/';
        const auto count = std::count_if(
            parts.value().cbegin(), parts.value().cend(),
            [&prefix](const Store::CrossReference &part) { return part.storeId.startsWith(prefix); });
        if (count > 0)
            return {
                std::nullopt,
                Text::tr("the %1 %2 was written as %3 records, one per vendor (\"split\"), so there is no "
                         "single record to link to")
                    .arg(linkedRule, sourceId)
                    .arg(count),
                false};
    }
    auto letter = Store::DeadLetterRepository(store).findOpen(linkedRule, sourceId);
    if (!letter)
        return {std::nullopt, letter.error().message, false};
    if (letter.value())
        return {std::nullopt,
                Text::tr("the %1 %2 it refers to is a dead letter (%3), so it has not been written; replay "
                         "that dead letter (%4) once it is fixed, then this one")
                    .arg(linkedRule, sourceId, letter.value()->error.section(u" — "_s, 0, 0))
                    .arg(letter.value()->id),
                false};
    return {std::nullopt,
            Text::tr("the %1 %2 it refers to has not been written yet (rule \"%1\"); waiting for it")
                .arg(linkedRule, sourceId),
            true};
}

} // namespace

struct Executor::Rule
{
    QString id;
    QString kind; ///< the canonical object kind ("product", "payout", ...)
    QString sourceObject;
    QString targetObject;
    bool toErp = true; ///< store → ERP; false: ERP → store
    std::shared_ptr<const Mapping::ObjectMapper> mapper;
};

void Executor::openRules()
{
    m_rules.clear();
    m_storeTargetRules.clear();
    for (const Mapping::ObjectRule &rule : m_config.mapping.objects) {
        if (rule.id == orderRule
            || (rule.direction != Mapping::Direction::StoreToErp
                && rule.direction != Mapping::Direction::ErpToStore))
            continue;
        const bool toErp = rule.direction == Mapping::Direction::StoreToErp;
        // The rollout stage "one_direction" writes to the ERP only: the rules that write the store
        // wait for "both" (enqueueRulePull() says so).
        if (!toErp && !m_options.allowStoreWrites) {
            m_storeTargetRules.insert(rule.id);
            continue;
        }
        Connectors::Connector &source = toErp ? *m_store_ : *m_erp;
        Connectors::Connector &target = toErp ? *m_erp : *m_store_;
        if (!source.capabilities().readable.contains(rule.sourceObject())
            || !target.capabilities().writable.contains(rule.targetObject()))
            continue;
        QString why;
        auto mapper = Mapping::ObjectMapper::create(m_config.mapping, rule.id, &why);
        if (!mapper) {
            qWarning("rule %s: %s", qPrintable(rule.id), qPrintable(why));
            continue;
        }
        auto entry = std::make_shared<Rule>();
        entry->id = rule.id;
        entry->kind = rule.object;
        entry->sourceObject = rule.sourceObject();
        entry->targetObject = rule.targetObject();
        entry->toErp = toErp;
        entry->mapper = std::make_shared<const Mapping::ObjectMapper>(std::move(*mapper));
        m_rules.insert(rule.id, entry);
    }
}

QStringList Executor::ruleIds() const
{
    QStringList ids;
    // In the mapping document's order: products before the stock and orders that name them.
    for (const Mapping::ObjectRule &rule : m_config.mapping.objects) {
        if (m_rules.contains(rule.id))
            ids.append(rule.id);
    }
    return ids;
}

const Executor::Rule *Executor::ruleOf(const Store::Job &job) const
{
    const auto ruleId = [&job](const char *prefix) -> QString {
        const QLatin1StringView p(prefix);
        return job.kind.startsWith(p) ? job.kind.mid(p.size()) : QString();
    };
    QString id = ruleId(JobKinds::pullPrefix);
    if (id.isEmpty())
        id = ruleId(JobKinds::pushPrefix);
    if (id.isEmpty() || id == orderRule)
        return nullptr;
    const auto found = m_rules.constFind(id);
    return found == m_rules.cend() ? nullptr : found->get();
}

QString Executor::objectTypeOf(const Store::Job &job) const
{
    const Rule *rule = ruleOf(job);
    return rule ? rule->id : orderRule;
}

QString Executor::directionOf(const Store::Job &job) const
{
    const Rule *rule = ruleOf(job);
    return !rule || rule->toErp ? u"store→erp"_s : u"erp→store"_s;
}

bool Executor::enqueueRulePull(const QString &ruleId, QString *error)
{
    if (m_storeTargetRules.contains(ruleId)) {
        *error = Text::tr("the rule \"%1\" writes to the store, which the rollout stage allows only at "
                          "\"both\" (%2)")
                     .arg(ruleId, mappingFilePath(m_config.dir));
        return false;
    }
    if (!m_rules.contains(ruleId)) {
        *error = Text::tr("the mapping has no rule \"%1\" this connection pair can run (rules: %2)")
                     .arg(ruleId, ruleIds().join(u", "_s));
        return false;
    }
    const QString kind = QLatin1StringView(JobKinds::pullPrefix) + ruleId;
    auto pending = Store::EngineStateRepository(m_store).pendingJobs(kind);
    if (!pending) {
        *error = pending.error().message;
        return false;
    }
    if (pending.value() > 0)
        return true;
    auto id = Store::JobQueue(m_store).enqueue({kind, {}, 5, {}});
    if (!id) {
        *error = id.error().message;
        return false;
    }
    return true;
}

void Executor::runRulePull(const Store::Job &job, const Rule &rule, RunSummary &summary)
{
    Connectors::Connector &source = rule.toErp ? *m_store_ : *m_erp;
    Store::EngineStateRepository state(m_store);
    const QString cursorKey = cursorSettingKey(rule.id);
    Connectors::ReadCursor cursor;
    if (auto saved = state.setting(cursorKey); saved && !saved.value().isEmpty())
        cursor.updatedSince = QDateTime::fromString(saved.value(), Qt::ISODateWithMs).toUTC();
    const QDateTime since = cursor.updatedSince;
    // The records read last time at the cursor's own instant: a source reads "changed since" with
    // the instant included (timestamps may have whole-second precision), so those come again and
    // are left out unless they changed.
    const QString boundaryKey = cursorKey + u".ids"_s;
    QSet<QString> boundary;
    if (auto saved = state.setting(boundaryKey); saved && since.isValid()) {
        for (const QJsonValue &id : QJsonDocument::fromJson(saved.value().toUtf8()).array())
            boundary.insert(id.toString());
    }
    QDateTime newest = since;
    QList<Connectors::VendorRecord> records;
    for (;;) {
        Connectors::ReadPage page = source.readPage(rule.sourceObject, cursor, m_options.pageSize);
        if (page.failure) {
            fail(job, {}, {}, *page.failure, page.exchanges, u"read"_s, summary);
            return;
        }
        for (const Net::HttpExchange &exchange : std::as_const(page.exchanges))
            audit(job, {}, {}, {}, u"read"_s, {}, &exchange, u"ok"_s, {});
        for (Connectors::VendorRecord &record : page.records) {
            if (record.updatedAt.isValid() && record.updatedAt == since && boundary.contains(record.id))
                continue;
            if (record.updatedAt.isValid() && (!newest.isValid() || record.updatedAt > newest))
                newest = record.updatedAt;
            records.append(std::move(record));
        }
        if (page.nextPageToken.isEmpty() || stopRequested())
            break;
        cursor.pageToken = page.nextPageToken;
    }
    // One commit: a push per record read, the cursor moved past them, the pull done. A killed run
    // reads them again (the cursor did not move) and the pushes skip what is unchanged.
    Store::JobQueue queue(m_store);
    auto done = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        const QString kind = QLatin1StringView(JobKinds::pushPrefix) + rule.id;
        for (const Connectors::VendorRecord &record : std::as_const(records)) {
            const QJsonObject payload{{u"id"_s, record.id},
                                      {u"match_key"_s, record.matchKey},
                                      {u"updated_at"_s, record.updatedAt.toString(Qt::ISODateWithMs)},
                                      {u"document"_s, record.document}};
            if (auto id = queue.enqueue({kind, payload, 0, {}}); !id)
                return id.error();
        }
        if (newest.isValid()) {
            QJsonArray ids;
            if (newest == since) {
                for (const QString &id : std::as_const(boundary))
                    ids.append(id);
            }
            for (const Connectors::VendorRecord &record : std::as_const(records)) {
                if (record.updatedAt == newest)
                    ids.append(record.id);
            }
            if (auto saved = state.setSetting(cursorKey, newest.toString(Qt::ISODateWithMs)); !saved)
                return saved.error();
            if (auto saved = state.setSetting(
                    boundaryKey, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
                !saved)
                return saved.error();
        }
        if (auto completed = queue.complete(job.id, m_options.worker); !completed)
            return completed.error();
        return std::nullopt;
    });
    if (!done) {
        summary.error = done.error().message;
        return;
    }
    summary.recordsRead += int(records.size());
}

bool Executor::splitsByVendor(const Rule &rule) const
{
    return m_splitVendor && rule.toErp
        && (rule.kind == u"refund"_s || rule.kind == u"credit_note"_s || rule.kind == u"payment"_s);
}

std::optional<QList<Connectors::VendorRecord>> Executor::vendorParts(const Store::Job &job, const Rule &rule,
                                                                     const Connectors::VendorRecord &record,
                                                                     RunSummary &summary)
{
    QString why;
    const std::optional<QJsonObject> canonical = m_store_->toCanonical(record, &why);
    const QString orderId = canonical ? canonical->value(u"order_id"_s).toVariant().toString() : QString();
    if (orderId.isEmpty()) {
        const QString message = canonical
            ? Text::tr("%1 %2 names no order, so it cannot be split by vendor").arg(rule.kind, record.id)
            : why;
        fail(job, record.matchKey, record.id, {AttemptOutcome::validation(message), message}, {}, u"split"_s,
             summary, true);
        return std::nullopt;
    }
    QString orderObject = orderRule;
    for (const Mapping::ObjectRule &candidate : m_config.mapping.objects) {
        if (candidate.id == orderRule)
            orderObject = candidate.sourceObject();
    }
    const Connectors::ReadOne read = m_store_->readById(orderObject, orderId);
    if (read.failure) {
        fail(job, record.matchKey, record.id, *read.failure, read.exchanges, u"read"_s, summary);
        return std::nullopt;
    }
    for (const Net::HttpExchange &exchange : read.exchanges)
        audit(job, record.matchKey, record.id, {}, u"read"_s, {}, &exchange, u"ok"_s, {});
    if (!read.record) {
        const QString message =
            Text::tr("order %1 of %2 %3 no longer exists in the store").arg(orderId, rule.kind, record.id);
        fail(job, record.matchKey, record.id, {AttemptOutcome::http(404), message}, {}, u"read"_s, summary,
             true);
        return std::nullopt;
    }
    std::optional<QList<Connectors::VendorRecord>> parts = rule.kind == u"payment"_s
        ? m_store_->splitPaymentByVendor(record, *read.record, &why)
        : m_store_->splitRefundByVendor(record, *read.record, &why);
    if (!parts) {
        const QString message = Text::tr("cannot be split by vendor: %1").arg(why);
        fail(job, record.matchKey, record.id, {AttemptOutcome::validation(message), message}, {}, u"split"_s,
             summary, true);
    }
    return parts;
}

void Executor::splitByVendor(const Store::Job &job, const Rule &rule, const Connectors::VendorRecord &record,
                             RunSummary &summary)
{
    const std::optional<QList<Connectors::VendorRecord>> parts = vendorParts(job, rule, record, summary);
    if (!parts)
        return;
    // The parts are queued as the record's job completes, in one commit: a kill leaves either the
    // record's job or its parts' jobs, never both nor neither.
    QStringList vendors;
    Store::JobQueue queue(m_store);
    auto queued = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        vendors.clear();
        for (const Connectors::VendorRecord &part : *parts) {
            const QString vendor = part.id.mid(record.id.size() + 1); // "<record id>/<vendor>"
            const QJsonObject payload{{u"id"_s, part.id},
                                      {u"match_key"_s, part.matchKey},
                                      {u"updated_at"_s, part.updatedAt.toString(Qt::ISODateWithMs)},
                                      {u"document"_s, part.document},
                                      {u"part_of"_s, record.id},
                                      {u"vendor"_s, vendor}};
            if (auto added = queue.enqueue({job.kind, payload, job.priority, {}}); !added)
                return added.error();
            vendors.append(vendor);
        }
        if (auto completed = queue.complete(job.id, m_options.worker); !completed)
            return completed.error();
        return std::nullopt;
    });
    if (!queued) {
        fail(job, record.matchKey, record.id,
             {AttemptOutcome::network(QNetworkReply::UnknownNetworkError), queued.error().message}, {},
             u"split"_s, summary);
        return;
    }
    if (vendors.isEmpty()) {
        audit(job, record.matchKey, record.id, {}, u"split"_s, {}, nullptr, u"skipped"_s,
              Text::tr("%1 %2 comes to nothing for any vendor").arg(rule.kind, record.id));
        ++summary.skipped;
        return;
    }
    audit(job, record.matchKey, record.id, {}, u"split"_s, {}, nullptr, u"ok"_s,
          Text::tr("split by vendor into %n record(s): %1", nullptr, int(vendors.size()))
              .arg(vendors.join(u", "_s)));
}

std::optional<Connectors::VendorRecord> Executor::readVendorPart(const Store::Job &job, const Rule &rule,
                                                                 const QString &wholeId,
                                                                 const QString &partId, RunSummary &summary)
{
    const Connectors::ReadOne read = m_store_->readById(rule.sourceObject, wholeId);
    if (read.failure) {
        fail(job, {}, partId, *read.failure, read.exchanges, u"read"_s, summary);
        return std::nullopt;
    }
    for (const Net::HttpExchange &exchange : read.exchanges)
        audit(job, {}, partId, {}, u"read"_s, {}, &exchange, u"ok"_s, {});
    if (!read.record) {
        audit(job, {}, partId, {}, u"read"_s, {}, nullptr, u"skipped"_s,
              Text::tr("%1 %2 is gone from the source").arg(rule.sourceObject, wholeId));
        ++summary.skipped;
        (void)Store::JobQueue(m_store).complete(job.id, m_options.worker);
        return std::nullopt;
    }
    const std::optional<QList<Connectors::VendorRecord>> parts =
        vendorParts(job, rule, *read.record, summary);
    if (!parts)
        return std::nullopt;
    for (const Connectors::VendorRecord &part : *parts) {
        if (part.id == partId)
            return part;
    }
    const QString message =
        Text::tr("%1 %2 no longer comes to anything for the vendor of %3").arg(rule.kind, wholeId, partId);
    fail(job, read.record->matchKey, partId, {AttemptOutcome::validation(message), message}, {}, u"split"_s,
         summary, true);
    return std::nullopt;
}

void Executor::runRulePush(const Store::Job &job, const Rule &rule, RunSummary &summary)
{
    Connectors::Connector &source = rule.toErp ? *m_store_ : *m_erp;
    Connectors::Connector &target = rule.toErp ? *m_erp : *m_store_;
    const QString sourceId = job.payload.value(u"id"_s).toString();
    QString matchKey = job.payload.value(u"match_key"_s).toString();

    // The record as the pull read it; a retry reads it again (it may have changed since).
    QJsonObject document = job.payload.value(u"document"_s).toObject();
    // One vendor's part of a refund or payment of a split order ("part_of": the whole record's
    // id): a retry or a repair reads the record and its order again and splits them again.
    const QString partOf = job.payload.value(u"part_of"_s).toString();
    if (!partOf.isEmpty() && (job.attempts > 1 || document.isEmpty())) {
        std::optional<Connectors::VendorRecord> part = readVendorPart(job, rule, partOf, sourceId, summary);
        if (!part)
            return;
        document = part->document;
        matchKey = part->matchKey;
    } else if (job.attempts > 1 || document.isEmpty()) {
        const Connectors::ReadOne read = source.readById(rule.sourceObject, sourceId);
        if (read.failure) {
            fail(job, matchKey, sourceId, *read.failure, read.exchanges, u"read"_s, summary);
            return;
        }
        for (const Net::HttpExchange &exchange : read.exchanges)
            audit(job, matchKey, sourceId, {}, u"read"_s, {}, &exchange, u"ok"_s, {});
        if (!read.record) {
            audit(job, matchKey, sourceId, {}, u"read"_s, {}, nullptr, u"skipped"_s,
                  Text::tr("%1 %2 is gone from the source").arg(rule.sourceObject, sourceId));
            ++summary.skipped;
            (void)Store::JobQueue(m_store).complete(job.id, m_options.worker);
            return;
        }
        document = read.record->document;
        matchKey = read.record->matchKey;
    }

    if (rule.toErp && rule.kind == u"payment"_s) {
        bool unreadable = false;
        if (const QString why =
                notAPayment(source, {rule.sourceObject, sourceId, matchKey, {}, document}, &unreadable);
            unreadable) {
            fail(job, matchKey, sourceId, {AttemptOutcome::validation(why), why}, {}, u"map"_s, summary,
                 true);
            return;
        } else if (!why.isEmpty()) {
            audit(job, matchKey, sourceId, {}, u"skip"_s, {}, nullptr, u"skipped"_s, why);
            ++summary.skipped;
            (void)Store::JobQueue(m_store).complete(job.id, m_options.worker);
            return;
        }
    }
    // A refund or payment of an order the "order" rule splits by vendor credits or pays the
    // vendors' invoices: it is queued again as one record per vendor part.
    if (partOf.isEmpty() && splitsByVendor(rule)) {
        const QDateTime updated =
            QDateTime::fromString(job.payload.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
        splitByVendor(job, rule, {rule.sourceObject, sourceId, matchKey, updated, document}, summary);
        return;
    }
    if (const QStringList invalid = mappingErrors(rule.id); !invalid.isEmpty()) {
        fail(job, matchKey, sourceId,
             {AttemptOutcome::validation({}),
              Text::tr("blocked by the mapping: %1").arg(invalid.join(u"; "_s))},
             {}, u"map"_s, summary, true);
        return;
    }
    const Mapping::MappingResult mapped =
        rule.mapper->map(document, [this, &rule](const QString &linkedRule, const QString &id) {
            return resolveLink(m_store, m_config.connectionPair, rule.toErp, linkedRule, id);
        });
    if (mapped.waiting()) {
        // Another rule has yet to write what this record refers to (its order's invoice): tried
        // again with the retry policy's backoff, a dead letter once the attempts are used up.
        const QString why = mapped.errors().join(u"; "_s);
        fail(job, matchKey, sourceId, {AttemptOutcome::dependency(why), why}, {}, u"map"_s, summary);
        return;
    }
    if (!mapped.ok()) {
        fail(job, matchKey, sourceId,
             {AttemptOutcome::validation({}),
              Text::tr("blocked by the mapping: %1").arg(mapped.errors().join(u"; "_s))},
             {}, u"map"_s, summary, true);
        return;
    }
    // A payout is written only when its movements add up to its deposit: the deposit's lines in
    // the ERP are built from them, so the books would not explain the bank's money otherwise.
    if (rule.toErp && rule.kind == u"payout"_s) {
        if (const QString problem =
                payoutProblem(source, {rule.sourceObject, sourceId, matchKey, {}, document});
            !problem.isEmpty()) {
            fail(job, matchKey, sourceId, {AttemptOutcome::validation(problem), problem}, {}, u"map"_s,
                 summary, true);
            return;
        }
    }
    const QJsonObject payload = mapped.payload;
    const QByteArray json = compactJson(payload);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    const QString targetKey = target.payloadMatchKey(rule.targetObject, payload);

    // Linked before? Unchanged since the last write? (written payloads are kept by source id)
    Store::CrossReferenceRepository xrefs(m_store);
    auto linked = rule.toErp ? xrefs.findByStoreId(m_config.connectionPair, rule.id, sourceId)
                             : xrefs.findByErpId(m_config.connectionPair, rule.id, sourceId);
    if (!linked) {
        summary.error = linked.error().message;
        return;
    }
    // A repair of the truth pass: the target drifted from what was last written, so the same
    // payload is written again (with a key of its own: the target remembers the earlier one).
    const QJsonObject repair = job.payload.value(u"repair"_s).toObject();
    QString existingId;
    if (linked.value())
        existingId = rule.toErp ? linked.value()->erpId : linked.value()->storeId;
    // The truth pass found the linked record deleted or voided on the target: the record is
    // written again as a new one (the link to the lost one goes when the new one is recorded), and
    // the target's look-up by key, which would find the lost one, is left out.
    const bool recreate = !existingId.isEmpty() && repair.value(u"action"_s).toString() == u"create"_s
        && repair.value(u"target_id"_s).toString() == existingId;
    if (recreate)
        existingId.clear();
    Store::EngineStateRepository state(m_store);
    if (!existingId.isEmpty()) {
        if (auto written = state.written(m_config.connectionPair, rule.id, sourceId);
            written && written.value() && written.value()->hash == hash && repair.isEmpty()) {
            audit(job, matchKey, sourceId, existingId, u"skip"_s, {}, nullptr, u"skipped"_s,
                  Text::tr("unchanged since the last write"));
            ++summary.skipped;
            (void)Store::JobQueue(m_store).complete(job.id, m_options.worker);
            return;
        }
    }
    if (existingId.isEmpty() && !recreate && !targetKey.isEmpty() && !target.capabilities().resumableWrites) {
        // Not linked yet: the target may hold it already (written by hand, by an earlier
        // install, or by an attempt whose answer was lost). Match it instead of a second create.
        const Connectors::ReadOne found = target.findByMatchKey(rule.targetObject, targetKey);
        if (found.failure) {
            fail(job, matchKey, sourceId, *found.failure, found.exchanges, u"lookup"_s, summary);
            return;
        }
        for (const Net::HttpExchange &exchange : found.exchanges)
            audit(job, matchKey, sourceId, found.record ? found.record->id : QString(), u"lookup"_s, {},
                  &exchange, u"ok"_s, {});
        if (found.record) {
            // A record another source record is linked to already (a store product whose
            // variants are two ERP items of a rule that maps one item to one product): writing
            // would overwrite it with this one, so it is refused and explained instead.
            auto taken = rule.toErp ? xrefs.findByErpId(m_config.connectionPair, rule.id, found.record->id)
                                    : xrefs.findByStoreId(m_config.connectionPair, rule.id, found.record->id);
            if (!taken) {
                summary.error = taken.error().message;
                return;
            }
            if (taken.value()) {
                const QString other = rule.toErp ? taken.value()->storeId : taken.value()->erpId;
                const QString message =
                    Text::tr(
                        "the %1 %2 found by \"%3\" is already linked to the %4 record %5 by the rule "
                        "\"%6\"; the rule maps one record to one, so it is not overwritten (map to the "
                        "object that has one \"%3\", e.g. a variant, or give the records their own keys)")
                        .arg(rule.targetObject, found.record->id, targetKey,
                             rule.toErp ? Text::tr("store") : Text::tr("ERP"), other, rule.id);
                fail(job, matchKey, sourceId, {AttemptOutcome::validation(message), message}, {}, u"lookup"_s,
                     summary, true);
                return;
            }
            existingId = found.record->id;
        }
    }

    const QString operation = existingId.isEmpty() ? u"create"_s : u"update"_s;
    QString idempotencyKey =
        m_config.connectionPair + u':' + rule.id + u':' + sourceId + u':' + operation + u':' + hash.left(16);
    if (!repair.isEmpty())
        idempotencyKey += u":repair-"_s + QString::number(repair.value(u"run"_s).toInteger());
    Connectors::WriteRequest request{rule.targetObject, payload, idempotencyKey, existingId, targetKey, json};
    const Connectors::WriteOutcome outcome = target.write(request);
    if (!outcome.ok()) {
        fail(job, matchKey, sourceId,
             outcome.failure.value_or(Connectors::ConnectorFailure{
                 AttemptOutcome::validation({}),
                 Text::tr("the target returned no %1 record").arg(rule.targetObject)}),
             outcome.exchanges, operation, summary);
        return;
    }
    QString targetId = outcome.record->id;
    for (const Net::HttpExchange &exchange : outcome.exchanges)
        audit(job, matchKey, sourceId, targetId, operation, idempotencyKey, &exchange, u"ok"_s, {});
    if (operation == u"create"_s && outcome.alreadyExisted && !target.capabilities().resumableWrites) {
        // The connector found the record by its key instead of creating a second one (an API
        // without idempotency keys) and left it as it was: bring it up to date with what was
        // mapped. (A resumable connector's write has done that already.)
        request.existingId = targetId;
        request.idempotencyKey =
            m_config.connectionPair + u':' + rule.id + u':' + sourceId + u":update:"_s + hash.left(16);
        const Connectors::WriteOutcome updated = target.write(request);
        if (!updated.ok()) {
            fail(job, matchKey, sourceId,
                 updated.failure.value_or(Connectors::ConnectorFailure{
                     AttemptOutcome::validation({}),
                     Text::tr("the target returned no %1 record").arg(rule.targetObject)}),
                 updated.exchanges, u"update"_s, summary);
            return;
        }
        for (const Net::HttpExchange &exchange : updated.exchanges)
            audit(job, matchKey, sourceId, targetId, u"update"_s, request.idempotencyKey, &exchange, u"ok"_s,
                  {});
    }
    auto done = m_store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        if (!linked.value() || (rule.toErp ? linked.value()->erpId : linked.value()->storeId) != targetId) {
            if (linked.value()) {
                if (auto removed = xrefs.remove(linked.value()->id); !removed)
                    return removed.error();
            }
            Store::CrossReference reference;
            reference.connectionPair = m_config.connectionPair;
            reference.objectType = rule.id;
            reference.storeId = rule.toErp ? sourceId : targetId;
            reference.erpId = rule.toErp ? targetId : sourceId;
            reference.matchKey = matchKey.isEmpty() ? targetKey : matchKey;
            if (auto added = xrefs.add(reference); !added)
                return added.error();
        }
        if (auto saved = state.setWritten(m_config.connectionPair, rule.id, sourceId, payload, hash, json);
            !saved)
            return saved.error();
        if (auto completed = Store::JobQueue(m_store).complete(job.id, m_options.worker); !completed)
            return completed.error();
        return std::nullopt;
    });
    if (!done) {
        summary.error = done.error().message;
        return;
    }
    // A record found by its match key was linked and brought up to date: an update.
    if (operation == u"create"_s && !outcome.alreadyExisted)
        ++summary.created;
    else
        ++summary.updated;
}

} // namespace LedgerLink::Engine
