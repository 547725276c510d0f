#include "connectors/xero/xeroconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/oauthsession.h"
#include "connectors/xero/xerocanonical.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// The ValidationErrors[].Message texts of one Xero element.
QStringList validationMessages(const QJsonObject &element)
{
    QStringList messages;
    for (const QJsonValue &error : element.value(u"ValidationErrors"_s).toArray()) {
        const QString message = error.toObject().value(u"Message"_s).toString();
        if (!message.isEmpty())
            messages.append(message);
    }
    return messages;
}

/// Xero's error bodies: a ValidationException lists ValidationErrors per element; 401/403 carry
/// Title and Detail; others a Message; non-JSON bodies (404, 429) are quoted briefly.
QString xeroErrorText(const Net::HttpResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject())
        return QString::fromUtf8(response.body.left(200)).simplified();
    const QJsonObject body = document.object();
    QStringList messages = validationMessages(body);
    for (const QJsonValue &element : body.value(u"Elements"_s).toArray())
        messages += validationMessages(element.toObject());
    messages.removeDuplicates();
    if (!messages.isEmpty())
        return messages.join(u"; "_s);
    const QString detail = body.value(u"Detail"_s).toString();
    const QString title = body.value(u"Title"_s).toString();
    if (!detail.isEmpty())
        return title.isEmpty() ? detail : QString(title + u": "_s + detail);
    const QString message = body.value(u"Message"_s).toString();
    return message.isEmpty() ? title : message;
}

/// A CreditNote write that allocates the note to invoices (a non-empty Allocations array).
bool allocates(const WriteRequest &request)
{
    return request.object == u"CreditNote"_s && !request.payload.value(u"Allocations"_s).toArray().isEmpty();
}

/// The document's day as Xero takes it in an allocation ("2026-11-28"), from DateString or the
/// /Date(ms+0000)/ form of Date; "" when it has neither.
QString dayOf(const QJsonObject &document)
{
    const QDate day = QDate::fromString(document.value(u"DateString"_s).toString().left(10), u"yyyy-MM-dd"_s);
    if (day.isValid())
        return day.toString(u"yyyy-MM-dd"_s);
    static const QRegularExpression msDate(u"^/Date\\((-?\\d+)"_s);
    const QRegularExpressionMatch match = msDate.match(document.value(u"Date"_s).toString());
    if (!match.hasMatch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(match.captured(1).toLongLong(), QTimeZone::utc())
        .date()
        .toString(u"yyyy-MM-dd"_s);
}

/// Why the payload's Allocations cannot be sent; "" when they can.
QString allocationsProblem(const QJsonObject &payload)
{
    const QString status = payload.value(u"Status"_s).toString();
    if (status != u"AUTHORISED"_s)
        return Text::tr("a credit note is allocated to its invoice only when AUTHORISED: map Status to "
                        "\"AUTHORISED\" (it is \"%1\")")
            .arg(status);
    const QJsonArray allocations = payload.value(u"Allocations"_s).toArray();
    for (qsizetype i = 0; i < allocations.size(); ++i) {
        const QJsonObject allocation = allocations.at(i).toObject();
        if (allocation.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString().isEmpty())
            return Text::tr("Allocations[%1] names no Invoice.InvoiceID: map the id of the invoice the "
                            "credit note credits")
                .arg(i);
        if (allocation.contains(u"Amount"_s) && !Model::Decimal::fromJson(allocation.value(u"Amount"_s)))
            return Text::tr("Allocations[%1].Amount is not a number").arg(i);
    }
    return {};
}

/// The allocations of `wanted` to invoices `note` has no (undeleted) allocation to, with Amount
/// (default: the note's Total) and Date (default: the note's Date) filled in.
QJsonArray missingAllocations(const QJsonObject &note, const QJsonArray &wanted)
{
    QSet<QString> allocated;
    for (const QJsonValue &value : note.value(u"Allocations"_s).toArray()) {
        const QJsonObject allocation = value.toObject();
        if (!allocation.value(u"IsDeleted"_s).toBool())
            allocated.insert(
                allocation.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString().toLower());
    }
    QJsonArray missing;
    for (const QJsonValue &value : wanted) {
        const QJsonObject given = value.toObject();
        const QString invoiceId = given.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString();
        if (allocated.contains(invoiceId.toLower()))
            continue;
        allocated.insert(invoiceId.toLower());
        const std::optional<Model::Decimal> amount = Model::Decimal::fromJson(
            given.contains(u"Amount"_s) ? given.value(u"Amount"_s) : note.value(u"Total"_s));
        const QString date = given.value(u"Date"_s).toString();
        missing.append(QJsonObject{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, invoiceId}}},
                                   {u"Amount"_s, amount ? amount->toJson() : QJsonValue()},
                                   {u"Date"_s, date.isEmpty() ? dayOf(note) : date}});
    }
    return missing;
}

bool isXeroId(const QString &id)
{
    static const QRegularExpression guid(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return guid.match(id).hasMatch();
}

/// {"<collection>": [<payload>, ...]}, compact; each element from the request's payloadJson
/// when it has one (the same bytes QJsonDocument would write for it).
QByteArray body(const QString &collection, const QList<WriteRequest> &requests)
{
    const bool serialised = std::all_of(requests.cbegin(), requests.cend(), [](const WriteRequest &request) {
        return !request.payloadJson.isEmpty();
    });
    if (!serialised) {
        QJsonArray elements;
        for (const WriteRequest &request : requests)
            elements.append(request.payload);
        return QJsonDocument(QJsonObject{{collection, elements}}).toJson(QJsonDocument::Compact);
    }
    qsizetype size = collection.size() + 8;
    for (const WriteRequest &request : requests)
        size += request.payloadJson.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"" + collection.toUtf8() + "\":[";
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (i > 0)
            body += ',';
        body += requests.at(i).payloadJson;
    }
    body += "]}";
    return body;
}

} // namespace

XeroConnector::XeroConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
{ }

QString XeroConnector::system() const
{
    return u"xero"_s;
}

Capabilities XeroConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = {u"Contact"_s,    u"Item"_s,    u"Invoice"_s,
                             u"CreditNote"_s, u"Payment"_s, u"BankTransaction"_s};
    capabilities.writable = capabilities.readable;
    capabilities.webhooks = true;
    capabilities.polling = true;
    capabilities.maxPageSize = pageSize;
    capabilities.maxBatchSize = maxBatch;
    capabilities.idempotencyKeys = true;
    // Xero allows 5 calls in flight per tenant and app; two keep its answer to one batch
    // overlapping the preparation of the next and leave room for the accountant's other use.
    capabilities.writeConcurrency = 2;
    return capabilities;
}

Engine::RateLimitProfile XeroConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::xero();
}

std::optional<Net::WebhookVendor> XeroConnector::webhookVendor() const
{
    return Net::WebhookVendor::Xero;
}

QUrl XeroConnector::apiUrl(const QString &path, const QString &encodedQuery) const
{
    return Support::endpoint(m_config.baseUrl, u"api.xro/2.0/"_s + path, encodedQuery);
}

Net::HttpRequest XeroConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken()});
    request.headers.append({QByteArrayLiteral("xero-tenant-id"), m_config.account.toUtf8()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

QByteArray XeroConnector::accessToken() const
{
    return m_config.oauth ? m_config.oauth->accessToken() : m_config.accessToken;
}

Support::JsonCall XeroConnector::send(const Net::HttpRequest &request, const QString &what,
                                      QList<Net::HttpExchange> &exchanges)
{
    // An expired access token (Xero's last 30 minutes) is renewed once with the refresh token.
    return Support::sendJsonRenewing(m_client, request, what, xeroErrorText, exchanges, m_config.oauth.get());
}

void XeroConnector::learnHomeCurrency(QList<Net::HttpExchange> &exchanges)
{
    if (m_homeCurrency.isValid() || m_homeCurrencyAsked)
        return;
    m_homeCurrencyAsked = true;
    const Support::JsonCall call =
        send(request("GET", apiUrl(u"Organisation"_s)), u"GET Organisation"_s, exchanges);
    if (!call.body)
        return;
    const QJsonArray organisations = call.body->value(u"Organisations"_s).toArray();
    const QString code = organisations.first().toObject().value(u"BaseCurrency"_s).toString();
    if (const std::optional<Model::Currency> currency = Model::Currency::fromCode(code))
        m_homeCurrency = *currency;
}

ReadPage XeroConnector::readPage(const QString &object, const ReadCursor &cursor, int)
{
    ReadPage page;
    const std::optional<Xero::ObjectInfo> info = Xero::objectInfo(object);
    if (!info) {
        page.failure = Support::permanentFailure(Text::tr("Xero cannot list \"%1\" records.").arg(object));
        return page;
    }
    int pageNumber = 1;
    if (!cursor.pageToken.isEmpty()) {
        bool ok = false;
        pageNumber = cursor.pageToken.toInt(&ok);
        if (!ok || pageNumber < 1 || !info->paged) {
            page.failure = Support::permanentFailure(
                Text::tr("\"%1\" is not a Xero page number.").arg(cursor.pageToken));
            return page;
        }
    }
    if (object == u"Item"_s || object == u"Payment"_s)
        learnHomeCurrency(page.exchanges);
    QString query;
    if (info->paged)
        query = u"page="_s + QString::number(pageNumber) + u"&order="_s
            + Support::encodeQueryValue(u"UpdatedDateUTC ASC"_s);
    else
        query = u"order="_s + Support::encodeQueryValue(u"UpdatedDateUTC ASC"_s);
    Net::HttpRequest request = this->request("GET", apiUrl(info->collection, query));
    if (cursor.updatedSince.isValid())
        request.headers.append({QByteArrayLiteral("If-Modified-Since"),
                                cursor.updatedSince.toUTC().toString(Qt::ISODate).toLatin1()});
    const QString what = u"GET "_s + info->collection + u" page "_s + QString::number(pageNumber);
    const Support::JsonCall call = send(request, what, page.exchanges);
    if (call.status() == 304)
        return page; // nothing modified since
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    const QJsonArray list = call.body->value(info->collection).toArray();
    for (const QJsonValue &value : list) {
        QString error;
        const std::optional<VendorRecord> record = Xero::vendorRecord(object, value.toObject(), &error);
        if (!record) {
            page.records.clear();
            page.failure = Support::permanentFailure(error);
            return page;
        }
        page.records.append(*record);
    }
    if (info->paged && list.size() >= pageSize)
        page.nextPageToken = QString::number(pageNumber + 1);
    return page;
}

ReadOne XeroConnector::readById(const QString &object, const QString &id)
{
    const std::optional<Xero::ObjectInfo> info = Xero::objectInfo(object);
    if (!info)
        return Support::readFailure(Text::tr("Xero has no \"%1\" object.").arg(object));
    if (!isXeroId(id))
        return Support::readFailure(Text::tr("\"%1\" is not a Xero %2 id.").arg(id, object));
    ReadOne result;
    if (object == u"Item"_s || object == u"Payment"_s)
        learnHomeCurrency(result.exchanges);
    const QString path = info->collection + u'/' + id;
    const Support::JsonCall call = send(request("GET", apiUrl(path)), u"GET "_s + path, result.exchanges);
    if (call.status() == 404)
        return result;
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    const QJsonArray list = call.body->value(info->collection).toArray();
    if (list.isEmpty())
        return result;
    QString error;
    result.record = Xero::vendorRecord(object, list.first().toObject(), &error);
    if (!result.record)
        result.failure = Support::permanentFailure(error);
    return result;
}

ReadOne XeroConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const std::optional<Xero::ObjectInfo> info = Xero::objectInfo(object);
    if (!info)
        return Support::readFailure(Text::tr("Xero has no \"%1\" object.").arg(object));
    if (matchKey.isEmpty())
        return Support::readFailure(Text::tr("No Xero %1 can be found by an empty key.").arg(object));
    ReadOne result;
    if (object == u"Item"_s || object == u"Payment"_s)
        learnHomeCurrency(result.exchanges);
    // A C#-style string literal inside the where clause: escape backslashes and quotes.
    QString literal = matchKey;
    literal.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    const QString where = info->matchField + u"==\""_s + literal + u'"';
    const QString what = u"GET "_s + info->collection + u" where "_s + where;
    const Support::JsonCall call =
        send(request("GET", apiUrl(info->collection, u"where="_s + Support::encodeQueryValue(where))), what,
             result.exchanges);
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    std::optional<QJsonObject> match;
    for (const QJsonValue &value : call.body->value(info->collection).toArray()) {
        const QJsonObject document = value.toObject();
        // Xero compares case-insensitively for some fields; only an exact key counts as a match,
        // except e-mail addresses.
        const QString key = document.value(info->matchField).toString();
        const bool same =
            object == u"Contact"_s ? key.compare(matchKey, Qt::CaseInsensitive) == 0 : key == matchKey;
        if (!same)
            continue;
        // A deleted bank transaction stays listed under its Reference (Xero keeps it with Status
        // DELETED): one that is not deleted wins; a deleted one is the match only when alone.
        const bool deleted =
            object == u"BankTransaction"_s && document.value(u"Status"_s).toString() == u"DELETED"_s;
        if (!match || !deleted)
            match = document;
        if (!deleted)
            break;
    }
    if (match) {
        QString error;
        result.record = Xero::vendorRecord(object, *match, &error);
        if (!result.record)
            result.failure = Support::permanentFailure(error);
    }
    return result;
}

WriteOutcome XeroConnector::write(const WriteRequest &writeRequest)
{
    WriteOutcome outcome;
    const std::optional<Xero::ObjectInfo> info = Xero::objectInfo(writeRequest.object);
    if (!info) {
        outcome.failure =
            Support::permanentFailure(Text::tr("Xero has no \"%1\" object.").arg(writeRequest.object));
        return outcome;
    }
    if (allocates(writeRequest))
        return writeAllocatedCreditNote(writeRequest);
    const bool create = writeRequest.existingId.isEmpty();
    if (!create && !isXeroId(writeRequest.existingId)) {
        outcome.failure = Support::permanentFailure(
            Text::tr("\"%1\" is not a Xero %2 id.").arg(writeRequest.existingId, writeRequest.object));
        return outcome;
    }
    if (writeRequest.object == u"Item"_s || writeRequest.object == u"Payment"_s)
        learnHomeCurrency(outcome.exchanges);
    if (create && writeRequest.idempotencyKey.isEmpty() && !writeRequest.matchKey.isEmpty()) {
        ReadOne found = findByMatchKey(writeRequest.object, writeRequest.matchKey);
        outcome.exchanges += found.exchanges;
        if (found.failure) {
            outcome.failure = found.failure;
            return outcome;
        }
        if (found.record) {
            outcome.record = found.record;
            outcome.alreadyExisted = true;
            return outcome;
        }
    }
    const QString path =
        create ? info->collection : QString(info->collection + u'/' + writeRequest.existingId);
    Net::HttpRequest request = this->request(create ? "PUT" : "POST", apiUrl(path));
    request.idempotencyKey = writeRequest.idempotencyKey;
    if (!writeRequest.idempotencyKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Idempotency-Key"), writeRequest.idempotencyKey.toUtf8()});
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body(info->collection, {writeRequest});
    const QString what = QString::fromLatin1(request.method) + u' ' + path;
    const Support::JsonCall call = send(request, what, outcome.exchanges);
    if (!call.body) {
        outcome.failure = call.failure;
        return outcome;
    }
    const QJsonObject element = call.body->value(info->collection).toArray().first().toObject();
    if (element.value(u"HasErrors"_s).toBool()) {
        const QString message = Text::tr("%1: %2").arg(what, validationMessages(element).join(u"; "_s));
        outcome.failure = ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
        return outcome;
    }
    QString error;
    outcome.record = Xero::vendorRecord(writeRequest.object, element, &error);
    if (!outcome.record)
        outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
    // The answer replayed for a repeated Idempotency-Key (the sandbox books say so in a header).
    outcome.alreadyExisted = call.exchange.response.header("Idempotency-Replayed") == "true";
    return outcome;
}

WriteOutcome XeroConnector::writeAllocatedCreditNote(const WriteRequest &writeRequest)
{
    if (const QString problem = allocationsProblem(writeRequest.payload); !problem.isEmpty()) {
        WriteOutcome refused;
        refused.failure = ConnectorFailure{Engine::AttemptOutcome::validation(problem), problem};
        return refused;
    }
    WriteRequest note = writeRequest;
    note.payload.remove(u"Allocations"_s);
    note.payloadJson.clear(); // the engine's bytes carry the Allocations
    WriteOutcome outcome = write(note);
    if (outcome.ok())
        allocate(writeRequest.payload.value(u"Allocations"_s).toArray(), writeRequest.idempotencyKey,
                 outcome);
    return outcome;
}

void XeroConnector::allocate(const QJsonArray &wanted, const QString &idempotencyKey, WriteOutcome &outcome)
{
    // A note found by its key, or an answer replayed for the create's Idempotency-Key, may not show
    // allocations made since: read it again. (A fresh create or update answers with the note now.)
    if (outcome.alreadyExisted && !readBack(outcome))
        return;
    const std::optional<QJsonArray> missing =
        withinAmountDue(missingAllocations(outcome.record->document, wanted), outcome);
    if (!missing || missing->isEmpty())
        return;
    const QString path = u"CreditNotes/"_s + outcome.record->id + u"/Allocations"_s;
    Net::HttpRequest request = this->request("PUT", apiUrl(path));
    // No Idempotency-Key header: the note's own allocations, read first, keep a retry from
    // allocating twice, and a refused allocation must be tried again once the books allow it.
    // The write's key is recorded with the exchange for the audit.
    request.idempotencyKey = idempotencyKey;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(QJsonObject{{u"Allocations"_s, *missing}}).toJson(QJsonDocument::Compact);
    const QString what = u"PUT "_s + path;
    const Support::JsonCall call = send(request, what, outcome.exchanges);
    const auto notAllocated = [&](const Engine::AttemptOutcome &kind, const QString &why) {
        const QString message =
            Text::tr("the credit note %1 is written but not allocated: %2")
                .arg(outcome.record->matchKey.isEmpty() ? outcome.record->id : outcome.record->matchKey, why);
        outcome.failure = ConnectorFailure{kind, message};
    };
    if (!call.body) {
        notAllocated(call.failure->outcome, call.failure->message);
        return;
    }
    QStringList messages;
    for (const QJsonValue &element : call.body->value(u"Allocations"_s).toArray())
        messages += validationMessages(element.toObject());
    if (!messages.isEmpty()) {
        const QString why = Text::tr("%1: %2").arg(what, messages.join(u"; "_s));
        notAllocated(Engine::AttemptOutcome::validation(why), why);
        return;
    }
    readBack(outcome);
}

std::optional<QJsonArray> XeroConnector::withinAmountDue(const QJsonArray &allocations, WriteOutcome &outcome)
{
    // Xero allocates no more than an invoice still has due: an invoice paid before its refund
    // (the usual order) takes the part of the credit that is still due, or none, and the rest stays
    // on the credit note as its remaining credit, which the gateway's refund paid out.
    QJsonArray within;
    for (const QJsonValue &value : allocations) {
        QJsonObject allocation = value.toObject();
        const QString invoiceId = allocation.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString();
        const ReadOne read = readById(u"Invoice"_s, invoiceId);
        outcome.exchanges += read.exchanges;
        if (!read.record) {
            const QString why = read.failure
                ? read.failure->message
                : Text::tr("Xero has no invoice %1 to allocate the credit note to").arg(invoiceId);
            outcome.failure = ConnectorFailure{
                read.failure ? read.failure->outcome : Engine::AttemptOutcome::validation(why),
                Text::tr("the credit note %1 is written but not allocated: %2")
                    .arg(outcome.record->matchKey.isEmpty() ? outcome.record->id : outcome.record->matchKey,
                         why)};
            return std::nullopt;
        }
        const QJsonObject invoice = read.record->document;
        const Model::Decimal due =
            Model::Decimal::fromJson(invoice.value(u"AmountDue"_s)).value_or(Model::Decimal());
        const std::optional<Model::Decimal> amount = Model::Decimal::fromJson(allocation.value(u"Amount"_s));
        if (invoice.value(u"Status"_s).toString() != u"AUTHORISED"_s || due.signum() <= 0 || !amount)
            continue;
        if (*amount > due)
            allocation.insert(u"Amount"_s, due.toJson());
        within.append(allocation);
    }
    return within;
}

bool XeroConnector::readBack(WriteOutcome &outcome)
{
    ReadOne read = readById(outcome.record->object, outcome.record->id);
    outcome.exchanges += read.exchanges;
    if (!read.record) {
        outcome.failure = read.failure.value_or(Support::permanentFailure(
            Text::tr("Xero has no %1 %2 to read back.").arg(outcome.record->object, outcome.record->id)));
        return false;
    }
    outcome.record = read.record;
    return true;
}

QString XeroConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    const std::optional<Xero::ObjectInfo> info = Xero::objectInfo(object);
    return info ? payload.value(info->matchField).toString() : QString();
}

QByteArray XeroConnector::batchElementBody(const QString &object, const QByteArray &elementJson) const
{
    const std::optional<Xero::ObjectInfo> info = Xero::objectInfo(object);
    return info ? "{\"" + info->collection.toUtf8() + "\":[" + elementJson + "]}" : elementJson;
}

QList<WriteOutcome> XeroConnector::writeBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes(requests.size());
    // Creates that carry an idempotency key go in batches per object; everything else (updates,
    // creates that need a look-up first, credit notes to allocate) one by one.
    QList<std::pair<QString, QList<qsizetype>>> groups;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const WriteRequest &request = requests.at(i);
        if (!request.existingId.isEmpty() || request.idempotencyKey.isEmpty() || allocates(request)
            || !Xero::objectInfo(request.object)) {
            outcomes[i] = write(request);
            continue;
        }
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&request](const auto &entry) { return entry.first == request.object; });
        if (group == groups.end()) {
            groups.append({request.object, {}});
            group = groups.end() - 1;
        }
        group->second.append(i);
    }
    for (const auto &[object, indexes] : std::as_const(groups)) {
        for (qsizetype start = 0; start < indexes.size(); start += maxBatch) {
            const QList<qsizetype> chunk = indexes.mid(start, maxBatch);
            QList<WriteRequest> batch;
            for (const qsizetype index : chunk)
                batch.append(requests.at(index));
            const QList<WriteOutcome> results = createBatch(object, batch);
            for (qsizetype k = 0; k < chunk.size(); ++k)
                outcomes[chunk.at(k)] = results.at(k);
        }
    }
    return outcomes;
}

QList<WriteOutcome> XeroConnector::createBatch(const QString &object, const QList<WriteRequest> &requests)
{
    const Xero::ObjectInfo info = *Xero::objectInfo(object);
    QList<WriteOutcome> outcomes(requests.size());
    QList<Net::HttpExchange> exchanges;
    if (object == u"Item"_s || object == u"Payment"_s)
        learnHomeCurrency(exchanges);

    QStringList keys;
    for (const WriteRequest &request : requests)
        keys.append(request.idempotencyKey);
    // One key for the batch, derived from its elements' keys: a retry of the same batch repeats it.
    const QString batchKey = requests.size() == 1
        ? keys.first()
        : QString(
            u"batch-"_s
            + QString::fromLatin1(
                QCryptographicHash::hash(keys.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex()));
    Net::HttpRequest request = this->request("PUT", apiUrl(info.collection, u"summarizeErrors=false"_s));
    request.idempotencyKey = batchKey;
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), batchKey.toUtf8()});
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body(info.collection, requests);
    const QString what =
        u"PUT "_s + info.collection + u" (batch of "_s + QString::number(requests.size()) + u')';
    const Support::JsonCall call = send(request, what, exchanges);

    // Per-element results: a 200 (summarizeErrors=false), or a 400 whose Elements line up.
    QJsonArray results;
    if (call.body)
        results = call.body->value(info.collection).toArray();
    else if (call.status() == 400)
        results =
            QJsonDocument::fromJson(call.exchange.response.body).object().value(u"Elements"_s).toArray();
    const bool split = results.size() == requests.size();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        WriteOutcome &outcome = outcomes[i];
        outcome.exchanges = exchanges;
        if (!split) {
            outcome.failure = call.failure ? call.failure
                                           : std::optional(Support::permanentFailure(
                                               Text::tr("%1 answered with %2 results for %3 records.")
                                                   .arg(what)
                                                   .arg(results.size())
                                                   .arg(requests.size())));
            continue;
        }
        const QJsonObject element = results.at(i).toObject();
        const QStringList messages = validationMessages(element);
        if (element.value(u"HasErrors"_s).toBool() || !messages.isEmpty()) {
            const QString message = Text::tr("%1, record %2 (%3): %4")
                                        .arg(what)
                                        .arg(i + 1)
                                        .arg(requests.at(i).idempotencyKey, messages.join(u"; "_s));
            outcome.failure = ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
            continue;
        }
        QString error;
        outcome.record = Xero::vendorRecord(object, element, &error);
        if (!outcome.record)
            outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
        outcome.alreadyExisted = call.exchange.response.header("Idempotency-Replayed") == "true";
    }
    return outcomes;
}

QStringList XeroConnector::requiredScopes()
{
    // Invoices, credit notes, payments and bank transactions (transactions), contacts, items and the
    // chart of accounts (settings).
    return {u"accounting.transactions"_s, u"accounting.contacts"_s, u"accounting.settings"_s};
}

std::optional<QStringList> XeroConnector::tokenScopes(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue scope = claims.value(u"scope"_s);
    QStringList scopes;
    if (scope.isArray()) {
        for (const QJsonValue &value : scope.toArray())
            scopes.append(value.toString());
    } else if (scope.isString()) {
        scopes = scope.toString().split(u' ', Qt::SkipEmptyParts);
    } else {
        return std::nullopt;
    }
    return scopes;
}

ConnectionCheck XeroConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const Support::JsonCall call =
        send(request("GET", apiUrl(u"Organisation"_s)), u"GET Organisation"_s, exchanges);
    const Net::HttpResponse &response = call.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, u"Xero"_s);

    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = response.status;
    const Engine::RateLimitProfile profile = rateLimitProfile();
    bool minuteOk = false;
    const int minuteLeft = response.header("X-MinLimit-Remaining").trimmed().toInt(&minuteOk);
    if (minuteOk) {
        check.rateLimitRemaining = minuteLeft;
        check.rateLimitLimit = 60; // Xero: 60 calls a minute per organisation and app
    }
    bool dayOk = false;
    const int dayLeft = response.header("X-DayLimit-Remaining").trimmed().toInt(&dayOk);
    if (dayOk) {
        check.rateLimitDetail = Text::tr("%1 of %2 requests left today")
                                    .arg(QLocale().toString(dayLeft), QLocale().toString(profile.perDay));
    }

    const QString host = m_config.baseUrl.host();
    const QString vendorText = xeroErrorText(response).trimmed();
    const QString said = vendorText.isEmpty() ? QString::number(response.status)
                                              : QString::number(response.status) + u": "_s + vendorText;
    switch (response.status) {
    case 401:
        check.message = Text::tr("Xero refused the access token (HTTP %1): access tokens expire after 30 "
                                 "minutes; sign in again or paste a fresh token.")
                            .arg(said);
        return check;
    case 403:
        check.authenticated = true;
        if (const auto scopes = tokenScopes(accessToken()); scopes
            && !scopes->contains(u"accounting.settings"_s)
            && !scopes->contains(u"accounting.settings.read"_s)) {
            // Reading the organisation needs accounting.settings(.read): the token lacks it.
            check.permissionsVerified = true;
            check.grantedPermissions = *scopes;
            for (const QString &needed : requiredScopes()) {
                if (!scopes->contains(needed))
                    check.missingPermissions.append(needed);
            }
            check.message = Text::tr("Xero accepted the access token, but it is missing the scopes %1: sign "
                                     "in again and grant them.")
                                .arg(check.missingPermissions.join(u", "_s));
            return check;
        }
        check.message = Text::tr("Xero accepted the access token but refused the organisation %1 (HTTP %2): "
                                 "check the tenant id (account), or connect the app to that organisation.")
                            .arg(m_config.account, said);
        return check;
    case 404:
        check.message = Text::tr("%1 has no Xero Accounting API (HTTP 404 for /api.xro/2.0/Organisation): "
                                 "check the base URL, normally https://api.xero.com.")
                            .arg(host);
        return check;
    case 429: {
        const QByteArray problem = response.header("X-Rate-Limit-Problem");
        const QByteArray retryAfter = response.header("Retry-After");
        check.authenticated = true;
        check.message = Text::tr("Xero's %1 rate limit is used up (HTTP 429): test again in %2 seconds.")
                            .arg(problem.isEmpty() ? u"minute"_s : QString::fromLatin1(problem),
                                 retryAfter.isEmpty() ? u"60"_s : QString::fromLatin1(retryAfter));
        return check;
    }
    default:
        break;
    }
    if (response.status >= 500) {
        check.message = Text::tr("Xero is unavailable (HTTP %1): test again later.").arg(said);
        return check;
    }
    const QJsonObject organisation =
        call.body ? call.body->value(u"Organisations"_s).toArray().first().toObject() : QJsonObject();
    if (!response.isSuccess() || organisation.isEmpty()) {
        check.message = Text::tr("%1 answered GET Organisation with HTTP %2, not like the Xero Accounting "
                                 "API: check the base URL.")
                            .arg(host, said);
        return check;
    }
    check.authenticated = true;
    check.accountName = organisation.value(u"Name"_s).toString();
    if (const auto currency = Model::Currency::fromCode(organisation.value(u"BaseCurrency"_s).toString());
        currency && !m_homeCurrency.isValid())
        m_homeCurrency = *currency;
    const QString name = check.accountName.isEmpty() ? m_config.account : check.accountName;
    const QString budget = check.rateLimitRemaining < 0 ? QString()
                                                        : Text::tr("; %1 of %2 requests left this minute")
                                                              .arg(check.rateLimitRemaining)
                                                              .arg(check.rateLimitLimit);

    const std::optional<QStringList> scopes = tokenScopes(accessToken());
    if (!scopes) {
        check.permissionsOk = true;
        check.message = Text::tr("Connected to %1%2; the token does not list its scopes, so missing "
                                 "permissions will show on the first sync.")
                            .arg(name, budget);
        return check;
    }
    check.grantedPermissions = *scopes;
    for (const QString &needed : requiredScopes()) {
        if (!scopes->contains(needed))
            check.missingPermissions.append(needed);
    }
    check.permissionsVerified = true;
    check.permissionsOk = check.missingPermissions.isEmpty();
    if (check.permissionsOk) {
        check.message = Text::tr("Connected to %1 with every scope LedgerLink needs%2.").arg(name, budget);
    } else {
        check.message = Text::tr("Connected to %1, but the access token is missing the scopes %2: sign in "
                                 "again and grant them.")
                            .arg(name, check.missingPermissions.join(u", "_s));
    }
    return check;
}

std::optional<QJsonObject> XeroConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return Xero::toCanonical(record, m_homeCurrency, error);
}

} // namespace LedgerLink::Connectors
