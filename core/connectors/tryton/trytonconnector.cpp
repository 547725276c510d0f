#include "connectors/tryton/trytonconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/tryton/trytoncanonical.h"
#include "connectors/tryton/trytonwriter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QSet>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Tryton::CallResult;
using Tryton::clause;
using Tryton::idArray;
using Tryton::idOf;
using Tryton::idsOf;
using Tryton::likeLiteral;
using Tryton::ObjectInfo;

/// The order of look-ups that may find several records: the oldest first.
QJsonArray byId()
{
    return QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})};
}

/// One page of rows changed since a time, in (change time, id) order, continuing after a token.
struct KeysetPage
{
    QList<QJsonObject> rows;
    QString nextToken;
    std::optional<ConnectorFailure> failure;
};

/// "<exact time>|<id>": the last (change time, id) a page held.
struct PageToken
{
    QJsonObject timeValue;
    qint64 id = 0;
};

std::optional<PageToken> parseToken(const QString &token)
{
    const qsizetype bar = token.indexOf(u'|');
    if (bar < 0)
        return std::nullopt;
    PageToken parsed;
    const std::optional<QJsonObject> value = Tryton::exactTimeValue(token.left(bar));
    const std::optional<qint64> id = idOf(token.mid(bar + 1));
    if (!value || !id)
        return std::nullopt;
    parsed.timeValue = *value;
    parsed.id = *id;
    return parsed;
}

int boundedPageSize(int pageSize)
{
    return std::clamp(pageSize <= 0 ? 100 : pageSize, 1, TrytonConnector::maxPageSize);
}

} // namespace

TrytonConnector::TrytonConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_rpc(m_config.baseUrl, m_config.account, m_config.accessToken, client)
{ }

TrytonConnector::~TrytonConnector() = default;

QString TrytonConnector::system() const
{
    return u"tryton"_s;
}

Capabilities TrytonConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = Tryton::objectNames();
    capabilities.writable = {u"product"_s, u"stock"_s, u"party"_s, u"sale"_s, u"credit_note"_s, u"payment"_s};
    capabilities.webhooks = false; // Tryton sends none: poll
    capabilities.polling = true;
    capabilities.maxPageSize = maxPageSize;
    capabilities.maxBatchSize = 1;
    capabilities.idempotencyKeys = false; // every write looks its record up by its key first
    capabilities.resumableWrites = true; // ... and does the steps an interrupted one left undone
    // A sale is a workflow of several calls on the same records; one at a time keeps SQLite
    // servers from refusing concurrent writers.
    capabilities.writeConcurrency = 1;
    return capabilities;
}

Engine::RateLimitProfile TrytonConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile{u"Tryton (self-hosted)"_s, 50.0, 100, 4, 0};
}

CallResult TrytonConnector::call(const QString &method, const QJsonArray &params,
                                 QList<Net::HttpExchange> &exchanges, const QJsonObject &context)
{
    return m_rpc.call(method, params, exchanges, context);
}

QString TrytonConnector::companyCurrency(QList<Net::HttpExchange> &exchanges)
{
    if (!m_companyCurrency.isEmpty())
        return m_companyCurrency;
    if (m_rpc.ensureLoggedIn(exchanges))
        return {};
    const CallResult result =
        call(u"model.company.company.read"_s,
             QJsonArray{QJsonArray{m_rpc.companyId()}, QJsonArray{u"currency.code"_s}}, exchanges);
    if (result.ok())
        m_companyCurrency = result.value.toArray()
                                .first()
                                .toObject()
                                .value(u"currency."_s)
                                .toObject()
                                .value(u"code"_s)
                                .toString();
    return m_companyCurrency;
}

CallResult TrytonConnector::searchRead(const ObjectInfo &info, const QJsonArray &domain, int limit,
                                       const QJsonArray &order, QList<Net::HttpExchange> &exchanges)
{
    QJsonArray full = info.domain;
    for (const QJsonValue &clause : domain)
        full.append(clause);
    return call(u"model."_s + info.model + u".search_read"_s,
                QJsonArray{full, 0, limit > 0 ? QJsonValue(limit) : QJsonValue(QJsonValue::Null),
                           order.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(order),
                           QJsonArray::fromStringList(info.fields)},
                exchanges);
}

namespace {

/**
 * The rows of `info` changed since `since`, after `token`, `pageSize` of them in (change time, id)
 * order. Per time source two searches, each ordered and limited by Tryton: rows written at least
 * once (by write_date) and rows never written (by create_date); the merge of their first rows is
 * the page. A row is taken from the source of its latest change only, so it appears once.
 */
KeysetPage keysetPage(const std::function<CallResult(const QJsonArray &, const QJsonArray &)> &search,
                      const ObjectInfo &info, const QDateTime &since, const std::optional<PageToken> &token,
                      int pageSize)
{
    struct Event
    {
        QString time;
        qint64 id = 0;
        int source = 0;
        QJsonObject row;
    };
    KeysetPage page;
    QList<Event> events;
    bool more = false;
    for (int source = 0; source < info.timeSources.size(); ++source) {
        const QString prefix = info.timeSources.at(source);
        for (const bool written : {true, false}) {
            const QString timeField = prefix + (written ? u"write_date"_s : u"create_date"_s);
            QJsonArray domain{
                QJsonValue(clause(prefix + u"write_date"_s, written ? u"!="_s : u"="_s, QJsonValue::Null))};
            if (since.isValid())
                domain.append(clause(timeField, u">="_s, Tryton::dateTimeValue(since)));
            if (token) {
                domain.append(QJsonArray{u"OR"_s, clause(timeField, u">"_s, token->timeValue),
                                         QJsonArray{clause(timeField, u"="_s, token->timeValue),
                                                    clause(u"id"_s, u">"_s, token->id)}});
            }
            const CallResult result =
                search(domain, QJsonArray{QJsonArray{timeField, u"ASC"_s}, QJsonArray{u"id"_s, u"ASC"_s}});
            if (!result.ok()) {
                page.failure = result.failure;
                return page;
            }
            const QJsonArray rows = result.value.toArray();
            more = more || rows.size() >= pageSize;
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                events.append(Event{Tryton::exactTimeText(Tryton::changeTime(row, prefix)),
                                    row.value(u"id"_s).toInteger(), source, row});
            }
        }
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.time, a.id, a.source) < std::tie(b.time, b.id, b.source);
    });
    if (events.size() > pageSize) {
        more = true;
        events.resize(pageSize);
    }
    for (const Event &event : std::as_const(events)) {
        bool latest = true;
        for (int other = 0; other < info.timeSources.size() && latest; ++other) {
            if (other == event.source)
                continue;
            const QString time =
                Tryton::exactTimeText(Tryton::changeTime(event.row, info.timeSources.at(other)));
            latest = other < event.source ? time < event.time : time <= event.time;
        }
        if (latest)
            page.rows.append(event.row);
    }
    if (more && !events.isEmpty())
        page.nextToken = events.last().time + u'|' + QString::number(events.last().id);
    return page;
}

} // namespace

ReadPage TrytonConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    if (object == u"stock"_s)
        return readStock(cursor, pageSize);
    const std::optional<ObjectInfo> info = Tryton::objectInfo(object);
    if (!info)
        return Support::pageFailure(Text::tr("Tryton has no \"%1\" object to read.").arg(object));
    std::optional<PageToken> token;
    if (!cursor.pageToken.isEmpty()) {
        token = parseToken(cursor.pageToken);
        if (!token)
            return Support::pageFailure(Text::tr("\"%1\" is not a Tryton page token.").arg(cursor.pageToken));
    }
    ReadPage page;
    const int size = boundedPageSize(pageSize);
    const KeysetPage rows = keysetPage(
        [&](const QJsonArray &domain, const QJsonArray &order) {
            return searchRead(*info, domain, size, order, page.exchanges);
        },
        *info, cursor.updatedSince, token, size);
    if (rows.failure) {
        page.failure = rows.failure;
        return page;
    }
    const QString currency =
        object == u"product"_s || object == u"payment"_s ? companyCurrency(page.exchanges) : QString();
    for (const QJsonObject &row : rows.rows)
        page.records.append(Tryton::vendorRecord(object, Tryton::documentOf(object, row, currency)));
    page.nextPageToken = rows.nextToken;
    return page;
}

std::optional<ConnectorFailure> TrytonConnector::stockRecords(const QList<qint64> &products,
                                                              const QList<qint64> &warehouses,
                                                              const QHash<qint64, QDateTime> &updatedAt,
                                                              QList<VendorRecord> &records,
                                                              QList<Net::HttpExchange> &exchanges)
{
    if (products.isEmpty() || warehouses.isEmpty())
        return std::nullopt;
    const CallResult locations =
        call(u"model.stock.location.read"_s,
             QJsonArray{idArray(warehouses), QJsonArray{u"code"_s, u"name"_s}}, exchanges);
    if (!locations.ok())
        return locations.failure;
    const QJsonArray fields{u"code"_s, u"name"_s, u"quantity"_s, u"forecast_quantity"_s,
                            u"template.default_uom.symbol"_s};
    for (const QJsonValue &location : locations.value.toArray()) {
        const QJsonObject warehouse = location.toObject();
        // Quantities are per location: only the context's "locations" makes Tryton count them.
        const CallResult quantities =
            call(u"model.product.product.read"_s, QJsonArray{idArray(products), fields}, exchanges,
                 QJsonObject{{u"locations"_s, QJsonArray{warehouse.value(u"id"_s)}}});
        if (!quantities.ok())
            return quantities.failure;
        for (const QJsonValue &value : quantities.value.toArray()) {
            const QJsonObject row = value.toObject();
            const QJsonObject document =
                Tryton::stockDocument(row, warehouse, updatedAt.value(row.value(u"id"_s).toInteger()));
            records.append(Tryton::vendorRecord(u"stock"_s, document));
        }
    }
    return std::nullopt;
}

ReadPage TrytonConnector::readStock(const ReadCursor &cursor, int pageSize)
{
    std::optional<PageToken> token;
    if (!cursor.pageToken.isEmpty()) {
        token = parseToken(cursor.pageToken);
        if (!token)
            return Support::pageFailure(Text::tr("\"%1\" is not a Tryton page token.").arg(cursor.pageToken));
    }
    // The stock of a product changes with its done moves: a page of moves gives the products and
    // warehouses whose quantities are read.
    const ObjectInfo moves{u"stock"_s,
                           u"stock.move"_s,
                           QJsonArray{QJsonValue(clause(u"state"_s, u"="_s, u"done"_s))},
                           {u"product"_s, u"from_location.warehouse"_s, u"to_location.warehouse"_s,
                            u"create_date"_s, u"write_date"_s},
                           {QString()}};
    ReadPage page;
    const int size = boundedPageSize(pageSize);
    const KeysetPage rows = keysetPage(
        [&](const QJsonArray &domain, const QJsonArray &order) {
            return searchRead(moves, domain, size, order, page.exchanges);
        },
        moves, cursor.updatedSince, token, size);
    if (rows.failure) {
        page.failure = rows.failure;
        return page;
    }
    QList<qint64> products;
    QList<qint64> warehouses;
    QHash<qint64, QDateTime> updatedAt;
    for (const QJsonObject &row : rows.rows) {
        const qint64 product = row.value(u"product"_s).toInteger();
        if (!products.contains(product))
            products.append(product);
        const QDateTime time = Tryton::updatedAt(row, {QString()});
        if (!updatedAt.contains(product) || updatedAt.value(product) < time)
            updatedAt.insert(product, time);
        for (const QString &side : {u"from_location."_s, u"to_location."_s}) {
            const QJsonValue warehouse = row.value(side).toObject().value(u"warehouse"_s);
            if (warehouse.isDouble() && !warehouses.contains(warehouse.toInteger()))
                warehouses.append(warehouse.toInteger());
        }
    }
    std::sort(warehouses.begin(), warehouses.end());
    if (std::optional<ConnectorFailure> failure =
            stockRecords(products, warehouses, updatedAt, page.records, page.exchanges)) {
        page.records.clear();
        page.failure = failure;
        return page;
    }
    page.nextPageToken = rows.nextToken;
    return page;
}

ReadOne TrytonConnector::readOneWhere(const QString &object, const QJsonArray &domain)
{
    ReadOne result;
    const std::optional<ObjectInfo> info = Tryton::objectInfo(object);
    if (!info)
        return Support::readFailure(Text::tr("Tryton has no \"%1\" object.").arg(object));
    const CallResult rows = searchRead(*info, domain, 1, byId(), result.exchanges);
    if (!rows.ok()) {
        result.failure = rows.failure;
        return result;
    }
    const QJsonArray list = rows.value.toArray();
    if (list.isEmpty())
        return result;
    const QString currency =
        object == u"product"_s || object == u"payment"_s ? companyCurrency(result.exchanges) : QString();
    result.record =
        Tryton::vendorRecord(object, Tryton::documentOf(object, list.first().toObject(), currency));
    return result;
}

ReadOne TrytonConnector::readById(const QString &object, const QString &id)
{
    if (object == u"stock"_s) {
        const QStringList parts = id.split(u':');
        const std::optional<qint64> product = idOf(parts.value(0));
        const std::optional<qint64> warehouse = idOf(parts.value(1));
        if (parts.size() != 2 || !product || !warehouse)
            return Support::readFailure(
                Text::tr("\"%1\" is not a Tryton stock id (<product id>:<warehouse id>).").arg(id));
        ReadOne result;
        QList<VendorRecord> records;
        // A product or warehouse that does not exist reads as no record.
        const CallResult found =
            call(u"model.product.product.search"_s,
                 QJsonArray{QJsonValue(QJsonArray{QJsonValue(clause(u"id"_s, u"="_s, *product))})},
                 result.exchanges);
        if (!found.ok()) {
            result.failure = found.failure;
            return result;
        }
        const CallResult location =
            call(u"model.stock.location.search"_s,
                 QJsonArray{QJsonValue(QJsonArray{clause(u"id"_s, u"="_s, *warehouse),
                                                  clause(u"type"_s, u"="_s, u"warehouse"_s)})},
                 result.exchanges);
        if (!location.ok()) {
            result.failure = location.failure;
            return result;
        }
        if (found.value.toArray().isEmpty() || location.value.toArray().isEmpty())
            return result;
        if (std::optional<ConnectorFailure> failure =
                stockRecords({*product}, {*warehouse}, {}, records, result.exchanges)) {
            result.failure = failure;
            return result;
        }
        if (!records.isEmpty())
            result.record = records.first();
        return result;
    }
    const std::optional<qint64> numeric = idOf(id);
    if (!numeric)
        return Support::readFailure(Text::tr("\"%1\" is not a Tryton %2 id.").arg(id, object));
    return readOneWhere(object, QJsonArray{QJsonValue(clause(u"id"_s, u"="_s, *numeric))});
}

ReadOne TrytonConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const QString key = matchKey.trimmed();
    if (key.isEmpty())
        return Support::readFailure(Text::tr("No Tryton %1 can be found by an empty key.").arg(object));
    if (object == u"product"_s)
        return readOneWhere(object, QJsonArray{QJsonValue(clause(u"code"_s, u"="_s, key))});
    if (object == u"party"_s) {
        return readOneWhere(
            object,
            QJsonArray{QJsonValue(QJsonArray{u"contact_mechanisms"_s, u"where"_s,
                                             QJsonArray{clause(u"type"_s, u"="_s, u"email"_s),
                                                        clause(u"value"_s, u"ilike"_s, likeLiteral(key))}})});
    }
    if (object == u"sale"_s)
        return readOneWhere(
            object,
            QJsonArray{clause(u"reference"_s, u"="_s, key), clause(u"state"_s, u"!="_s, u"cancelled"_s)});
    if (object == u"invoice"_s)
        return readOneWhere(object,
                            QJsonArray{QJsonValue(QJsonArray{u"OR"_s, clause(u"reference"_s, u"="_s, key),
                                                             clause(u"number"_s, u"="_s, key)})});
    if (object == u"credit_note"_s)
        return readOneWhere(object, QJsonArray{QJsonValue(clause(u"reference"_s, u"="_s, key))});
    if (object == u"payment"_s)
        return readOneWhere(object, QJsonArray{QJsonValue(clause(u"move_description"_s, u"="_s, key))});
    if (object == u"stock"_s) {
        // "SKU" (the first warehouse) or "SKU@WAREHOUSE-CODE".
        const qsizetype at = key.lastIndexOf(u'@');
        const QString code = at < 0 ? key : key.left(at);
        const QString warehouseCode = at < 0 ? QString() : key.mid(at + 1);
        ReadOne result;
        const CallResult product =
            call(u"model.product.product.search"_s,
                 QJsonArray{QJsonArray{QJsonValue(clause(u"code"_s, u"="_s, code))}, 0, 1, byId()},
                 result.exchanges);
        if (!product.ok()) {
            result.failure = product.failure;
            return result;
        }
        QJsonArray domain{QJsonValue(clause(u"type"_s, u"="_s, u"warehouse"_s))};
        if (!warehouseCode.isEmpty())
            domain.append(clause(u"code"_s, u"="_s, warehouseCode));
        const CallResult warehouse =
            call(u"model.stock.location.search"_s, QJsonArray{domain, 0, 1, byId()}, result.exchanges);
        if (!warehouse.ok()) {
            result.failure = warehouse.failure;
            return result;
        }
        const QList<qint64> products = idsOf(product.value);
        const QList<qint64> warehouses = idsOf(warehouse.value);
        if (products.isEmpty() || warehouses.isEmpty())
            return result;
        QList<VendorRecord> records;
        if (std::optional<ConnectorFailure> failure =
                stockRecords(products, warehouses, {}, records, result.exchanges)) {
            result.failure = failure;
            return result;
        }
        if (!records.isEmpty())
            result.record = records.first();
        return result;
    }
    return Support::readFailure(Text::tr("Tryton has no \"%1\" object.").arg(object));
}

WriteOutcome TrytonConnector::write(const WriteRequest &request)
{
    WriteOutcome outcome;
    Tryton::TrytonWriter writer(m_rpc, outcome.exchanges, request.idempotencyKey);
    const Tryton::WriteResult written = writer.write(request.object, request.payload, request.existingId);
    if (written.failure) {
        outcome.failure = written.failure;
        return outcome;
    }
    ReadOne after = readById(request.object, written.id);
    outcome.exchanges += after.exchanges;
    if (after.failure) {
        outcome.failure = after.failure;
        return outcome;
    }
    if (!after.record) {
        outcome.failure = Support::permanentFailure(
            Text::tr("Tryton %1 %2 was written but cannot be read back.").arg(request.object, written.id));
        return outcome;
    }
    outcome.record = after.record;
    outcome.alreadyExisted = written.alreadyExisted;
    return outcome;
}

QStringList TrytonConnector::models()
{
    return {u"product.product"_s,  u"product.template"_s,     u"product.category"_s,
            u"product.uom"_s,      u"stock.location"_s,       u"stock.move"_s,
            u"party.party"_s,      u"party.address"_s,        u"party.contact_mechanism"_s,
            u"country.country"_s,  u"currency.currency"_s,    u"sale.sale"_s,
            u"account.invoice"_s,  u"account.invoice.line"_s, u"account.invoice.payment.method"_s,
            u"account.move.line"_s};
}

ConnectionCheck TrytonConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const std::optional<ConnectorFailure> failure = m_rpc.ensureLoggedIn(exchanges);
    if (!exchanges.isEmpty() && exchanges.first().response.status == 0
        && !exchanges.first().response.refusedByWriteGuard)
        return unreachableCheck(exchanges.first().response, m_config.baseUrl, u"Tryton"_s);
    ConnectionCheck check;
    check.reachable = true; // or logged in before; a refused login is not sent twice
    check.httpStatus = exchanges.isEmpty() ? 0 : exchanges.last().response.status;
    if (failure) {
        check.message = failure->message;
        return check;
    }
    check.authenticated = true;
    check.accountName = m_rpc.companyName();

    // Tryton grants access per model and group and does not list a user's rights: count what
    // every model holds, which needs the read right.
    for (const QString &model : models()) {
        const CallResult counted =
            call(u"model."_s + model + u".search_count"_s, QJsonArray{QJsonValue(QJsonArray())}, exchanges);
        if (counted.ok())
            continue;
        if (counted.failure->outcome.kind != Engine::AttemptOutcome::Kind::Validation
            && exchanges.last().response.status != 403) {
            check.httpStatus = exchanges.last().response.status;
            check.message = counted.failure->message;
            return check;
        }
        check.missingPermissions.append(u"read "_s + model);
    }
    check.permissionsVerified = false;
    check.permissionsOk = check.missingPermissions.isEmpty();
    const QString who = Text::tr("user \"%1\" on database \"%2\"").arg(m_config.account, m_rpc.database());
    if (check.permissionsOk) {
        check.message =
            Text::tr("Connected to %1 as %2; every model LedgerLink uses can be read (Tryton does "
                     "not list write rights: a missing one shows on the first write).")
                .arg(check.accountName, who);
    } else {
        check.message = Text::tr("Connected to %1 as %2, but the user may not read %3: add the user to the "
                                 "groups that may (Administration › Users).")
                            .arg(check.accountName, who, check.missingPermissions.join(u", "_s));
    }
    return check;
}

QString TrytonConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    if (object == u"product"_s || object == u"stock"_s)
        return payload.value(u"code"_s).toString();
    if (object == u"party"_s)
        return payload.value(u"email"_s).toString();
    if (object == u"sale"_s || object == u"invoice"_s || object == u"credit_note"_s || object == u"payment"_s)
        return payload.value(u"reference"_s).toString();
    return {};
}

std::optional<QJsonObject> TrytonConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return Tryton::toCanonical(record, error);
}

} // namespace LedgerLink::Connectors
