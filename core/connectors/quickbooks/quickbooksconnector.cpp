#include "connectors/quickbooks/quickbooksconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/oauthsession.h"
#include "connectors/quickbooks/quickbookscanonical.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// The Stale Object Error: the entity was saved by someone else since its SyncToken was read.
constexpr QLatin1StringView staleObject("5010");
/// Object Not Found (an Id that is not, or no longer, there).
constexpr QLatin1StringView objectNotFound("610");

/// The errors of a Fault object ({"Error":[…]}, or the 401 form {"error":[…]} in lower case).
QJsonArray faultErrors(const QJsonObject &fault)
{
    return fault.contains(u"Error"_s) ? fault.value(u"Error"_s).toArray() : fault.value(u"error"_s).toArray();
}

/// The Fault of a body ("Fault", or "fault"), or {} when it has none.
QJsonObject faultOf(const QJsonObject &body)
{
    return body.contains(u"Fault"_s) ? body.value(u"Fault"_s).toObject() : body.value(u"fault"_s).toObject();
}

/// "Message: Detail (code 6240)" for each error of a Fault, joined by "; ".
QString faultText(const QJsonObject &fault)
{
    QStringList messages;
    for (const QJsonValue &value : faultErrors(fault)) {
        const QJsonObject error = value.toObject();
        const auto field = [&error](const QString &name) {
            // The 401 form spells the keys in lower case.
            const QString upper = name.left(1).toUpper() + name.mid(1);
            return error.contains(upper) ? error.value(upper).toString() : error.value(name).toString();
        };
        const QString message = field(u"message"_s);
        const QString detail = field(u"detail"_s).simplified();
        const QString code = error.value(u"code"_s).toString();
        const QString element = error.value(u"element"_s).toString();
        QString text = message;
        if (!detail.isEmpty() && detail != message)
            text = text.isEmpty() ? detail : QString(text + u": "_s + detail);
        if (!element.isEmpty())
            text += u" ["_s + element + u']';
        if (!code.isEmpty())
            text += Text::tr(" (code %1)").arg(code);
        messages.append(text);
    }
    return messages.join(u"; "_s);
}

/// The codes of a Fault's errors.
QStringList faultCodes(const QJsonObject &fault)
{
    QStringList codes;
    for (const QJsonValue &value : faultErrors(fault))
        codes.append(value.toObject().value(u"code"_s).toString());
    return codes;
}

QString quickBooksErrorText(const Net::HttpResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject())
        return QString::fromUtf8(response.body.left(200)).simplified();
    const QString text = faultText(faultOf(document.object()));
    return text.isEmpty() ? QString::fromUtf8(response.body.left(200)).simplified() : text;
}

bool isQuickBooksId(const QString &id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    return digits.match(id).hasMatch();
}

QString entityNotKnown(const QString &object)
{
    return Text::tr("QuickBooks has no \"%1\" entity (known: %2).")
        .arg(object, QuickBooks::objects().join(u", "_s));
}

} // namespace

QuickBooksConnector::QuickBooksConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
{ }

QString QuickBooksConnector::system() const
{
    return u"quickbooks"_s;
}

Capabilities QuickBooksConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = QuickBooks::objects();
    capabilities.writable = capabilities.readable;
    capabilities.webhooks = false; // Intuit's webhooks name changed entities only; polled instead
    capabilities.polling = true;
    capabilities.maxPageSize = maxPage;
    capabilities.maxBatchSize = maxBatch;
    capabilities.idempotencyKeys = true; // requestid
    // QuickBooks allows 10 requests in flight per realm and app; four leave room for the
    // accountant's other apps.
    capabilities.writeConcurrency = 4;
    return capabilities;
}

Engine::RateLimitProfile QuickBooksConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::quickBooksOnline();
}

QString QuickBooksConnector::requestId(const QString &idempotencyKey)
{
    if (idempotencyKey.size() <= maxRequestId)
        return idempotencyKey;
    return u"ll-"_s
        + QString::fromLatin1(
               QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString QuickBooksConnector::queryLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QUrl QuickBooksConnector::apiUrl(const QString &path, const QString &encodedQuery) const
{
    const QString minor = u"minorversion="_s
        + Support::encodeQueryValue(m_config.apiVersion.isEmpty() ? defaultMinorVersion
                                                                  : m_config.apiVersion);
    return Support::endpoint(m_config.baseUrl, u"v3/company/"_s + m_config.account + u'/' + path,
                             encodedQuery.isEmpty() ? minor : QString(encodedQuery + u'&' + minor));
}

Net::HttpRequest QuickBooksConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

QByteArray QuickBooksConnector::accessToken() const
{
    return m_config.oauth ? m_config.oauth->accessToken() : m_config.accessToken;
}

Support::JsonCall QuickBooksConnector::send(const Net::HttpRequest &request, const QString &what,
                                            QList<Net::HttpExchange> &exchanges)
{
    // An expired access token (they last an hour) is renewed once with the refresh token.
    Support::JsonCall call = Support::sendJsonRenewing(m_client, request, what, quickBooksErrorText,
                                                       exchanges, m_config.oauth.get());
    // A Fault may come with HTTP 200 (Intuit's error-handling page says so): it is a failure all
    // the same.
    if (call.body && !faultOf(*call.body).isEmpty()) {
        const QJsonObject fault = faultOf(*call.body);
        const QString message = Text::tr("%1: QuickBooks answered with a %2: %3")
                                    .arg(what, fault.value(u"type"_s).toString(), faultText(fault));
        call.failure = ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
        call.body.reset();
    }
    return call;
}

void QuickBooksConnector::learnHomeCurrency(QList<Net::HttpExchange> &exchanges)
{
    if (m_homeCurrency.isValid() || m_homeCurrencyAsked)
        return;
    m_homeCurrencyAsked = true;
    const Support::JsonCall call =
        send(request("GET", apiUrl(u"preferences"_s)), u"GET preferences"_s, exchanges);
    if (!call.body)
        return;
    const QString code = QuickBooks::valueAt(call.body->value(u"Preferences"_s).toObject(),
                                             u"CurrencyPrefs.HomeCurrency.value"_s)
                             .toString();
    if (const std::optional<Model::Currency> currency = Model::Currency::fromCode(code))
        m_homeCurrency = *currency;
}

Support::JsonCall QuickBooksConnector::query(const QString &statement, const QString &what,
                                             QList<Net::HttpExchange> &exchanges)
{
    return send(request("GET", apiUrl(u"query"_s, u"query="_s + Support::encodeQueryValue(statement))), what,
                exchanges);
}

ReadPage QuickBooksConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    ReadPage page;
    if (!QuickBooks::objectInfo(object)) {
        page.failure = Support::permanentFailure(entityNotKnown(object));
        return page;
    }
    int start = 1;
    if (!cursor.pageToken.isEmpty()) {
        bool ok = false;
        start = cursor.pageToken.toInt(&ok);
        if (!ok || start < 1) {
            page.failure = Support::permanentFailure(
                Text::tr("\"%1\" is not a QuickBooks start position.").arg(cursor.pageToken));
            return page;
        }
    }
    const int size = std::clamp(pageSize, 1, int(maxPage));
    learnHomeCurrency(page.exchanges);
    QString statement = u"select * from "_s + object;
    if (cursor.updatedSince.isValid())
        statement +=
            u" where MetaData.LastUpdatedTime > "_s + queryLiteral(Support::isoUtc(cursor.updatedSince));
    statement += u" orderby MetaData.LastUpdatedTime startposition "_s + QString::number(start)
        + u" maxresults "_s + QString::number(size);
    const QString what = u"query "_s + object + u" from "_s + QString::number(start);
    const Support::JsonCall call = query(statement, what, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    const QJsonArray list = call.body->value(u"QueryResponse"_s).toObject().value(object).toArray();
    for (const QJsonValue &value : list) {
        // An item without a SKU (QuickBooks' shipping or service items, categories) is no product
        // of the store: the store matches its products by SKU, so it has nothing to match it to.
        // It is left out of the records read (it stays in the query's answer, which is audited).
        if (object == u"Item"_s && value.toObject().value(u"Sku"_s).toString().trimmed().isEmpty())
            continue;
        QString error;
        const std::optional<VendorRecord> record = QuickBooks::vendorRecord(object, value.toObject(), &error);
        if (!record) {
            page.records.clear();
            page.failure = Support::permanentFailure(error);
            return page;
        }
        page.records.append(*record);
    }
    if (list.size() >= size)
        page.nextPageToken = QString::number(start + size);
    return page;
}

ReadOne QuickBooksConnector::readById(const QString &object, const QString &id)
{
    const std::optional<QuickBooks::ObjectInfo> info = QuickBooks::objectInfo(object);
    if (!info)
        return Support::readFailure(entityNotKnown(object));
    if (!isQuickBooksId(id))
        return Support::readFailure(Text::tr("\"%1\" is not a QuickBooks %2 Id.").arg(id, object));
    ReadOne result;
    learnHomeCurrency(result.exchanges);
    const QString path = info->resource + u'/' + id;
    const Support::JsonCall call = send(request("GET", apiUrl(path)), u"GET "_s + path, result.exchanges);
    if (!call.body) {
        // QuickBooks answers an unknown Id with a ValidationFault "Object Not Found" (code 610).
        const QJsonObject fault = faultOf(QJsonDocument::fromJson(call.exchange.response.body).object());
        if (call.status() == 404 || faultCodes(fault).contains(objectNotFound))
            return result;
        result.failure = call.failure;
        return result;
    }
    QString error;
    result.record = QuickBooks::vendorRecord(object, call.body->value(object).toObject(), &error);
    if (!result.record)
        result.failure = Support::permanentFailure(error);
    return result;
}

ReadOne QuickBooksConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const std::optional<QuickBooks::ObjectInfo> info = QuickBooks::objectInfo(object);
    if (!info)
        return Support::readFailure(entityNotKnown(object));
    if (matchKey.isEmpty())
        return Support::readFailure(Text::tr("No QuickBooks %1 can be found by an empty key.").arg(object));
    ReadOne result;
    learnHomeCurrency(result.exchanges);
    const QString where = info->matchQueryField + u" = "_s + queryLiteral(matchKey);
    const Support::JsonCall call = query(u"select * from "_s + object + u" where "_s + where,
                                         u"query "_s + object + u" where "_s + where, result.exchanges);
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    for (const QJsonValue &value : call.body->value(u"QueryResponse"_s).toObject().value(object).toArray()) {
        const QJsonObject document = value.toObject();
        // QuickBooks compares case-insensitively: only the exact key counts, except e-mail addresses.
        const QString key = QuickBooks::valueAt(document, info->matchPath).toString();
        const bool same =
            object == u"Customer"_s ? key.compare(matchKey, Qt::CaseInsensitive) == 0 : key == matchKey;
        if (!same)
            continue;
        QString error;
        result.record = QuickBooks::vendorRecord(object, document, &error);
        if (!result.record)
            result.failure = Support::permanentFailure(error);
        break;
    }
    return result;
}

Support::JsonCall QuickBooksConnector::post(const QString &resource, const QJsonObject &body,
                                            const QString &requestKey, const QString &what,
                                            QList<Net::HttpExchange> &exchanges)
{
    const QString parameters = requestKey.isEmpty()
        ? QString()
        : QString(u"requestid="_s + Support::encodeQueryValue(requestId(requestKey)));
    Net::HttpRequest request = this->request("POST", apiUrl(resource, parameters));
    request.idempotencyKey = requestKey;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(request, what, exchanges);
}

WriteOutcome QuickBooksConnector::write(const WriteRequest &writeRequest)
{
    WriteOutcome outcome;
    const std::optional<QuickBooks::ObjectInfo> info = QuickBooks::objectInfo(writeRequest.object);
    if (!info) {
        outcome.failure = Support::permanentFailure(entityNotKnown(writeRequest.object));
        return outcome;
    }
    learnHomeCurrency(outcome.exchanges);
    WriteRequest resolved = writeRequest;
    if (std::optional<ConnectorFailure> failure = resolveReferences(resolved, outcome.exchanges)) {
        outcome.failure = failure;
        return outcome;
    }
    if (!resolved.existingId.isEmpty())
        return update(resolved, std::move(outcome));
    if (resolved.idempotencyKey.isEmpty() && !resolved.matchKey.isEmpty()) {
        ReadOne found = findByMatchKey(resolved.object, resolved.matchKey);
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
    const QString what = u"POST "_s + info->resource;
    const Support::JsonCall call =
        post(info->resource, resolved.payload, resolved.idempotencyKey, what, outcome.exchanges);
    if (!call.body) {
        outcome.failure = call.failure;
        return outcome;
    }
    QString error;
    outcome.record =
        QuickBooks::vendorRecord(resolved.object, call.body->value(info->object).toObject(), &error);
    if (!outcome.record)
        outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
    return outcome;
}

std::optional<ConnectorFailure> QuickBooksConnector::resolveReferences(WriteRequest &request,
                                                                       QList<Net::HttpExchange> &exchanges)
{
    if (request.object == u"Customer"_s || request.object == u"Item"_s)
        return std::nullopt;
    if (std::optional<ConnectorFailure> failure =
            resolveCustomer(request.payload, request.object, request.idempotencyKey, exchanges))
        return failure;
    if (request.object == u"Payment"_s)
        return std::nullopt;
    return resolveItems(request.payload, exchanges);
}

std::optional<ConnectorFailure> QuickBooksConnector::resolveCustomer(QJsonObject &payload,
                                                                     const QString &object,
                                                                     const QString &idempotencyKey,
                                                                     QList<Net::HttpExchange> &exchanges)
{
    // A sparse update that leaves the customer alone keeps it.
    if (!payload.contains(u"CustomerRef"_s) && !payload.contains(u"BillEmail"_s)
        && (object != u"Payment"_s || !payload.contains(u"Line"_s)))
        return std::nullopt;
    QJsonObject ref = payload.value(u"CustomerRef"_s).toObject();
    if (!ref.value(u"value"_s).toString().isEmpty())
        return std::nullopt;
    const auto settle = [&payload, &ref](const QString &id) -> std::optional<ConnectorFailure> {
        ref.insert(u"value"_s, id);
        payload.insert(u"CustomerRef"_s, ref);
        return std::nullopt;
    };
    if (object == u"Payment"_s) {
        // A payment's customer is the customer of the invoice it pays.
        for (const QJsonValue &line : payload.value(u"Line"_s).toArray()) {
            for (const QJsonValue &link : line.toObject().value(u"LinkedTxn"_s).toArray()) {
                if (link.toObject().value(u"TxnType"_s).toString() != u"Invoice"_s)
                    continue;
                const QString invoiceId = link.toObject().value(u"TxnId"_s).toString();
                ReadOne invoice = readById(u"Invoice"_s, invoiceId);
                exchanges += invoice.exchanges;
                if (invoice.failure)
                    return invoice.failure;
                if (!invoice.record)
                    return Support::permanentFailure(
                        Text::tr("the payment pays the QuickBooks invoice %1, which QuickBooks does not have")
                            .arg(invoiceId));
                return settle(
                    QuickBooks::valueAt(invoice.record->document, u"CustomerRef.value"_s).toString());
            }
        }
        return Support::permanentFailure(
            Text::tr("the payment names no customer: map CustomerRef.value, or the invoice it pays "
                     "(Line[].LinkedTxn[].TxnId with TxnType \"Invoice\")"));
    }
    const QString email = QuickBooks::valueAt(payload, u"BillEmail.Address"_s).toString().trimmed();
    const QString name = ref.value(u"name"_s).toString().trimmed();
    if (email.isEmpty() && name.isEmpty())
        return Support::permanentFailure(
            Text::tr("the %1 names no customer: map CustomerRef.value, or CustomerRef.name and "
                     "BillEmail.Address so that the customer is found or created")
                .arg(object));
    const QString cacheKey = email.isEmpty() ? u"name:"_s + name : u"email:"_s + email.toLower();
    if (const auto cached = m_customerIds.constFind(cacheKey); cached != m_customerIds.cend())
        return settle(*cached);
    std::optional<VendorRecord> customer;
    if (!email.isEmpty()) {
        ReadOne found = findByMatchKey(u"Customer"_s, email);
        exchanges += found.exchanges;
        if (found.failure)
            return found.failure;
        customer = found.record;
    }
    if (!customer) {
        // By display name: QuickBooks keeps names unique.
        const QString where = u"DisplayName = "_s + queryLiteral(name.isEmpty() ? email : name);
        const Support::JsonCall call =
            query(u"select * from Customer where "_s + where, u"query Customer where "_s + where, exchanges);
        if (!call.body)
            return call.failure;
        const QJsonArray rows =
            call.body->value(u"QueryResponse"_s).toObject().value(u"Customer"_s).toArray();
        for (const QJsonValue &row : rows) {
            const QString rowEmail =
                QuickBooks::valueAt(row.toObject(), u"PrimaryEmailAddr.Address"_s).toString();
            // The same name with another address is another person: not taken.
            if (email.isEmpty() || rowEmail.isEmpty() || rowEmail.compare(email, Qt::CaseInsensitive) == 0) {
                customer = QuickBooks::vendorRecord(u"Customer"_s, row.toObject());
                break;
            }
        }
    }
    if (!customer) {
        QJsonObject created{{u"DisplayName"_s, name.isEmpty() ? email : name}};
        if (!email.isEmpty())
            created.insert(u"PrimaryEmailAddr"_s, QJsonObject{{u"Address"_s, email}});
        const QString key =
            idempotencyKey.isEmpty() ? QString() : QString(u"customer-of:"_s + idempotencyKey);
        const Support::JsonCall call = post(u"customer"_s, created, key, u"POST customer"_s, exchanges);
        if (!call.body)
            return ConnectorFailure{
                call.failure->outcome,
                Text::tr("the %1's customer could not be created: %2").arg(object, call.failure->message)};
        customer = QuickBooks::vendorRecord(u"Customer"_s, call.body->value(u"Customer"_s).toObject());
    }
    if (!customer)
        return Support::permanentFailure(Text::tr("QuickBooks answered with a customer without an Id"));
    m_customerIds.insert(cacheKey, customer->id);
    return settle(customer->id);
}

std::optional<ConnectorFailure> QuickBooksConnector::resolveItems(QJsonObject &payload,
                                                                  QList<Net::HttpExchange> &exchanges)
{
    QJsonArray lines = payload.value(u"Line"_s).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        QJsonObject detail = line.value(u"SalesItemLineDetail"_s).toObject();
        QJsonObject item = detail.value(u"ItemRef"_s).toObject();
        if (line.value(u"DetailType"_s).toString() != u"SalesItemLineDetail"_s
            || !item.value(u"value"_s).toString().isEmpty())
            continue;
        const QString key = item.value(u"name"_s).toString().trimmed();
        if (key.isEmpty())
            return Support::permanentFailure(
                Text::tr("Line[%1] names no item: map SalesItemLineDetail.ItemRef.value, or ItemRef.name "
                         "(the item's SKU or name)")
                    .arg(i));
        QString id = m_itemIds.value(key);
        for (const QString &field : {u"Sku"_s, u"Name"_s}) {
            if (!id.isEmpty())
                break;
            const QString where = field + u" = "_s + queryLiteral(key);
            const Support::JsonCall call =
                query(u"select * from Item where "_s + where, u"query Item where "_s + where, exchanges);
            if (!call.body)
                return call.failure;
            for (const QJsonValue &row :
                 call.body->value(u"QueryResponse"_s).toObject().value(u"Item"_s).toArray()) {
                if (row.toObject().value(field).toString() == key) {
                    id = row.toObject().value(u"Id"_s).toString();
                    break;
                }
            }
        }
        if (id.isEmpty())
            return Support::permanentFailure(
                Text::tr("Line[%1]: QuickBooks has no item whose SKU or name is \"%2\": add it to Products "
                         "and Services, or map the line to another item")
                    .arg(i)
                    .arg(key));
        m_itemIds.insert(key, id);
        item.insert(u"value"_s, id);
        detail.insert(u"ItemRef"_s, item);
        line.insert(u"SalesItemLineDetail"_s, detail);
        lines.replace(i, line);
        changed = true;
    }
    if (changed)
        payload.insert(u"Line"_s, lines);
    return std::nullopt;
}

WriteOutcome QuickBooksConnector::update(const WriteRequest &writeRequest, WriteOutcome outcome)
{
    const QuickBooks::ObjectInfo info = *QuickBooks::objectInfo(writeRequest.object);
    if (!isQuickBooksId(writeRequest.existingId)) {
        outcome.failure = Support::permanentFailure(
            Text::tr("\"%1\" is not a QuickBooks %2 Id.").arg(writeRequest.existingId, writeRequest.object));
        return outcome;
    }
    const QString what =
        u"POST "_s + info.resource + u" (sparse update of "_s + writeRequest.existingId + u')';
    // The SyncToken QuickBooks has now: read first, and again after a Stale Object Error.
    for (int attempt = 0; attempt < 2; ++attempt) {
        ReadOne current = readById(writeRequest.object, writeRequest.existingId);
        outcome.exchanges += current.exchanges;
        if (current.failure) {
            outcome.failure = current.failure;
            return outcome;
        }
        if (!current.record) {
            const QString message =
                Text::tr("%1: QuickBooks has no %2 %3 to update (deleted or made inactive)")
                    .arg(what, writeRequest.object, writeRequest.existingId);
            outcome.failure = Support::permanentFailure(message);
            return outcome;
        }
        QJsonObject body = writeRequest.payload;
        body.insert(u"Id"_s, writeRequest.existingId);
        body.insert(u"SyncToken"_s, current.record->document.value(u"SyncToken"_s).toString());
        body.insert(u"sparse"_s, true);
        // Each attempt is its own request: a requestid repeated with another SyncToken would be
        // answered with the stale attempt's Fault.
        const QString key = writeRequest.idempotencyKey.isEmpty()
            ? QString()
            : writeRequest.idempotencyKey + u":sync"_s + body.value(u"SyncToken"_s).toString();
        const Support::JsonCall call = post(info.resource, body, key, what, outcome.exchanges);
        if (call.body) {
            QString error;
            outcome.record = QuickBooks::vendorRecord(writeRequest.object,
                                                      call.body->value(info.object).toObject(), &error);
            if (!outcome.record)
                outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
            return outcome;
        }
        QJsonObject fault = faultOf(QJsonDocument::fromJson(call.exchange.response.body).object());
        if (!faultCodes(fault).contains(staleObject)) {
            outcome.failure = call.failure;
            return outcome;
        }
        if (attempt == 1) {
            // Saved by someone else twice in a row: the record waits and is tried again later.
            const QString message = Text::tr("%1: %2").arg(what, faultText(fault));
            outcome.failure = ConnectorFailure{Engine::AttemptOutcome::dependency(message), message};
        }
    }
    return outcome;
}

QList<WriteOutcome> QuickBooksConnector::writeBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes(requests.size());
    // Updates need each entity's SyncToken read first: one by one. Creates go in batches of 30.
    // Each create's customer and items are resolved first (their look-ups are its exchanges).
    QList<qsizetype> creates;
    QList<WriteRequest> resolved;
    QList<QList<Net::HttpExchange>> lookups;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const WriteRequest &request = requests.at(i);
        if (!request.existingId.isEmpty() || !QuickBooks::objectInfo(request.object)
            || (request.idempotencyKey.isEmpty() && !request.matchKey.isEmpty())) {
            outcomes[i] = write(request);
            continue;
        }
        WriteRequest ready = request;
        QList<Net::HttpExchange> exchanges;
        learnHomeCurrency(exchanges);
        if (std::optional<ConnectorFailure> failure = resolveReferences(ready, exchanges)) {
            outcomes[i].failure = failure;
            outcomes[i].exchanges = exchanges;
            continue;
        }
        creates.append(i);
        resolved.append(ready);
        lookups.append(exchanges);
    }
    for (qsizetype start = 0; start < creates.size(); start += maxBatch) {
        const QList<WriteOutcome> results = createBatch(resolved.mid(start, maxBatch));
        for (qsizetype k = 0; k < results.size(); ++k) {
            WriteOutcome outcome = results.at(k);
            outcome.exchanges = lookups.at(start + k) + outcome.exchanges;
            outcomes[creates.at(start + k)] = outcome;
        }
    }
    return outcomes;
}

QList<WriteOutcome> QuickBooksConnector::createBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes(requests.size());
    QList<Net::HttpExchange> exchanges;
    learnHomeCurrency(exchanges);
    QStringList keys;
    QJsonArray items;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const WriteRequest &request = requests.at(i);
        keys.append(request.idempotencyKey);
        items.append(QJsonObject{{u"bId"_s, QString(u"bid"_s + QString::number(i + 1))},
                                 {u"operation"_s, u"create"_s},
                                 {request.object, request.payload}});
    }
    // One requestid for the batch, from its items' keys: a retry of the same batch repeats it.
    const QString batchKey = requests.size() == 1
        ? keys.first()
        : QString(
            u"batch-"_s
            + QString::fromLatin1(
                QCryptographicHash::hash(keys.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex()));
    const QString what = u"POST batch ("_s + QString::number(requests.size()) + u" creates)"_s;
    const Support::JsonCall call =
        post(u"batch"_s, QJsonObject{{u"BatchItemRequest"_s, items}}, batchKey, what, exchanges);
    std::map<QString, QJsonObject> answers;
    if (call.body) {
        for (const QJsonValue &value : call.body->value(u"BatchItemResponse"_s).toArray()) {
            const QJsonObject answer = value.toObject();
            answers.emplace(answer.value(u"bId"_s).toString(), answer);
        }
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        WriteOutcome &outcome = outcomes[i];
        outcome.exchanges = exchanges;
        if (!call.body) {
            outcome.failure = call.failure;
            continue;
        }
        const WriteRequest &request = requests.at(i);
        const auto answer = answers.find(u"bid"_s + QString::number(i + 1));
        const QString item = Text::tr("%1, item %2 (%3)").arg(what).arg(i + 1).arg(request.idempotencyKey);
        if (answer == answers.end()) {
            outcome.failure = Support::permanentFailure(Text::tr("%1: no answer for it").arg(item));
            continue;
        }
        const QJsonObject fault = answer->second.value(u"Fault"_s).toObject();
        if (!fault.isEmpty()) {
            const QString message = Text::tr("%1: %2").arg(item, faultText(fault));
            outcome.failure = ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
            continue;
        }
        if (!answer->second.value(request.object).isObject()) {
            outcome.failure =
                Support::permanentFailure(Text::tr("%1: the answer holds no %2").arg(item, request.object));
            continue;
        }
        QString error;
        outcome.record =
            QuickBooks::vendorRecord(request.object, answer->second.value(request.object).toObject(), &error);
        if (!outcome.record)
            outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(item, error));
    }
    return outcomes;
}

ConnectionCheck QuickBooksConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const QString path = u"companyinfo/"_s + m_config.account;
    const Support::JsonCall call = send(request("GET", apiUrl(path)), u"GET "_s + path, exchanges);
    const Net::HttpResponse &response = call.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, u"QuickBooks"_s);
    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = response.status;
    const QString vendorText = quickBooksErrorText(response).trimmed();
    const QString said = vendorText.isEmpty() ? QString::number(response.status)
                                              : QString::number(response.status) + u": "_s + vendorText;
    switch (response.status) {
    case 401:
        check.message =
            Text::tr("QuickBooks refused the access token (HTTP %1): access tokens expire after an "
                     "hour; sign in again.")
                .arg(said);
        return check;
    case 403:
        check.authenticated = true;
        check.message = Text::tr("QuickBooks accepted the access token but refused the company %1 (HTTP %2): "
                                 "check the realm id (account), and that the app was granted the "
                                 "com.intuit.quickbooks.accounting scope for that company.")
                            .arg(m_config.account, said);
        return check;
    default:
        break;
    }
    if (!call.body) {
        check.message = call.failure ? call.failure->message : said;
        return check;
    }
    check.authenticated = true;
    // QuickBooks tokens are opaque and say nothing of their scope: a read that worked is the
    // evidence (writes need the same com.intuit.quickbooks.accounting scope).
    check.permissionsOk = true;
    check.permissionsVerified = false;
    check.accountName = call.body->value(u"CompanyInfo"_s).toObject().value(u"CompanyName"_s).toString();
    check.message = Text::tr("Connected to the QuickBooks company “%1” (realm %2).")
                        .arg(check.accountName, m_config.account);
    return check;
}

std::optional<QJsonObject> QuickBooksConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return QuickBooks::toCanonical(record, m_homeCurrency, error);
}

QString QuickBooksConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    const std::optional<QuickBooks::ObjectInfo> info = QuickBooks::objectInfo(object);
    return info ? QuickBooks::valueAt(payload, info->matchPath).toString() : QString();
}

QByteArray QuickBooksConnector::batchElementBody(const QString &object, const QByteArray &elementJson) const
{
    return "{\"BatchItemRequest\":[{\"bId\":\"bid1\",\"operation\":\"create\",\"" + object.toUtf8()
        + "\":" + elementJson + "}]}";
}

} // namespace LedgerLink::Connectors
