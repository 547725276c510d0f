#include "connectors/businesscentral/businesscentralconnector.h"

#include "connectors/businesscentral/businesscentralcanonical.h"
#include "connectors/connectorsupport.h"
#include "connectors/oauthsession.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// The ETag sent no longer matches: "Another user has already changed the record."
constexpr QLatin1StringView entityChanged("Request_EntityChanged");

/// OData's error object of a response body ({"error":{"code","message"}}), or {}.
QJsonObject odataError(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
}

/// "message (code)", or the start of the body when it is no OData error.
QString businessCentralErrorText(const Net::HttpResponse &response)
{
    const QJsonObject error = odataError(response.body);
    const QString message = error.value(u"message"_s).toString().trimmed();
    const QString code = error.value(u"code"_s).toString();
    if (message.isEmpty() && code.isEmpty())
        return QString::fromUtf8(response.body.left(200)).simplified();
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : QString(message + u" ("_s + code + u')');
}

QString objectNotKnown(const QString &object)
{
    return Text::tr("Business Central has no \"%1\" object (known: %2).")
        .arg(object, BusinessCentral::objects().join(u", "_s));
}

/// `$expand=<lines>` for a document; "" otherwise.
QString expandOf(const BusinessCentral::ObjectInfo &info)
{
    return info.linesProperty.isEmpty() ? QString() : QString(u"$expand="_s + info.linesProperty);
}

QString joinQuery(const QStringList &parts)
{
    QStringList present = parts;
    present.removeAll(QString());
    return present.join(u'&');
}

} // namespace

BusinessCentralConnector::BusinessCentralConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
{ }

QString BusinessCentralConnector::configurationError(const ConnectorConfig &config)
{
    const QString version = config.apiVersion.trimmed();
    if (!version.isEmpty() && version != u"v2.0"_s && version != u"v1.0"_s)
        return Text::tr("The businesscentral connection's API version is \"%1\": Business Central's standard "
                        "API is \"v2.0\" (or the older \"v1.0\").")
            .arg(config.apiVersion);
    if (!BusinessCentral::isGuid(config.account))
        return Text::tr("The businesscentral connection's company id \"%1\" is not a GUID: GET "
                        "<base URL>/v2.0/companies lists the companies and their ids.")
            .arg(config.account);
    return {};
}

QString BusinessCentralConnector::system() const
{
    return u"businesscentral"_s;
}

Capabilities BusinessCentralConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = BusinessCentral::objects();
    capabilities.writable = capabilities.readable;
    capabilities.webhooks = false; // subscriptions exist for most objects; polled here
    capabilities.polling = true;
    capabilities.maxPageSize = maxPage;
    capabilities.maxBatchSize = 1; // $batch is not used
    capabilities.idempotencyKeys = false; // Business Central has none: creates look up the match key
    capabilities.resumableWrites = false;
    // Business Central allows 5 requests in flight per user; three leave room for other apps.
    capabilities.writeConcurrency = 3;
    return capabilities;
}

Engine::RateLimitProfile BusinessCentralConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::businessCentral();
}

QString BusinessCentralConnector::stringLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"'"_s, u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString BusinessCentralConnector::dateTimeLiteral(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() == 0 ? utc.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)
                                  : utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString BusinessCentralConnector::apiVersion() const
{
    const QString version = m_config.apiVersion.trimmed();
    return version.isEmpty() ? defaultApiVersion : version;
}

QUrl BusinessCentralConnector::apiUrl(const QString &path, const QString &encodedQuery) const
{
    return Support::endpoint(
        m_config.baseUrl, apiVersion() + u"/companies("_s + m_config.account + u")/"_s + path, encodedQuery);
}

Net::HttpRequest BusinessCentralConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

QByteArray BusinessCentralConnector::accessToken() const
{
    return m_config.oauth ? m_config.oauth->accessToken() : m_config.accessToken;
}

Support::JsonCall BusinessCentralConnector::send(const Net::HttpRequest &request, const QString &what,
                                                 QList<Net::HttpExchange> &exchanges)
{
    // An expired access token (they last about an hour) is renewed once with the refresh token.
    return Support::sendJsonRenewing(m_client, request, what, businessCentralErrorText, exchanges,
                                     m_config.oauth.get());
}

void BusinessCentralConnector::learnLocalCurrency(QList<Net::HttpExchange> &exchanges)
{
    if (m_localCurrency.isValid() || m_localCurrencyAsked)
        return;
    m_localCurrencyAsked = true;
    const Support::JsonCall call =
        send(request("GET", apiUrl(u"companyInformation"_s)), u"GET companyInformation"_s, exchanges);
    if (!call.body)
        return;
    const QJsonArray rows = call.body->value(u"value"_s).toArray();
    const QString code = rows.isEmpty() ? call.body->value(u"currencyCode"_s).toString()
                                        : rows.first().toObject().value(u"currencyCode"_s).toString();
    if (const std::optional<Model::Currency> currency = Model::Currency::fromCode(code))
        m_localCurrency = *currency;
}

std::optional<ConnectorFailure> BusinessCentralConnector::recordsOf(const QString &object,
                                                                    const QJsonObject &body,
                                                                    QList<VendorRecord> &records) const
{
    for (const QJsonValue &value : body.value(u"value"_s).toArray()) {
        QString error;
        const std::optional<VendorRecord> record =
            BusinessCentral::vendorRecord(object, value.toObject(), &error);
        if (!record)
            return Support::permanentFailure(error);
        records.append(*record);
    }
    return std::nullopt;
}

ReadPage BusinessCentralConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    const std::optional<BusinessCentral::ObjectInfo> info = BusinessCentral::objectInfo(object);
    if (!info)
        return Support::pageFailure(objectNotKnown(object));
    QUrl url;
    if (!cursor.pageToken.isEmpty()) {
        // The next link Business Central sent: followed as it is, on the same server only (the
        // token must never carry the access token elsewhere).
        url = QUrl(cursor.pageToken);
        if (!url.isValid() || url.scheme() != m_config.baseUrl.scheme()
            || url.host() != m_config.baseUrl.host() || url.port() != m_config.baseUrl.port())
            return Support::pageFailure(
                Text::tr("The page token \"%1\" is not a link to this Business Central (%2).")
                    .arg(cursor.pageToken, m_config.baseUrl.host()));
    } else {
        QString filter;
        if (cursor.updatedSince.isValid())
            filter = u"$filter="_s
                + Support::encodeQueryValue(u"lastModifiedDateTime gt "_s
                                            + dateTimeLiteral(cursor.updatedSince));
        url =
            apiUrl(info->entitySet, joinQuery({filter, u"$orderby=lastModifiedDateTime"_s, expandOf(*info)}));
    }
    ReadPage page;
    learnLocalCurrency(page.exchanges);
    const int size = std::clamp(pageSize, 1, int(maxPage));
    Net::HttpRequest get = request("GET", url);
    get.headers.append({QByteArrayLiteral("Prefer"), "odata.maxpagesize=" + QByteArray::number(size)});
    const QString what = u"GET "_s + info->entitySet;
    const Support::JsonCall call = send(get, what, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    if (std::optional<ConnectorFailure> failure = recordsOf(object, *call.body, page.records)) {
        page.records.clear();
        page.failure = failure;
        return page;
    }
    // A service item (shipping, services sold on invoices) is no product of the store: it has no
    // stock, and the store's products are goods matched by SKU (the item number). It is left out
    // of the records read (it stays in the answer, which is audited).
    if (object == u"item"_s)
        page.records.removeIf([](const VendorRecord &record) {
            return record.document.value(u"type"_s).toString() == u"Service"_s;
        });
    page.nextPageToken = call.body->value(u"@odata.nextLink"_s).toString();
    return page;
}

ReadOne BusinessCentralConnector::readById(const QString &object, const QString &id)
{
    const std::optional<BusinessCentral::ObjectInfo> info = BusinessCentral::objectInfo(object);
    if (!info)
        return Support::readFailure(objectNotKnown(object));
    if (!BusinessCentral::isGuid(id))
        return Support::readFailure(Text::tr("\"%1\" is not a Business Central %2 id.").arg(id, object));
    ReadOne result;
    learnLocalCurrency(result.exchanges);
    const QString path = info->entitySet + u'(' + id + u')';
    const Support::JsonCall call =
        send(request("GET", apiUrl(path, expandOf(*info))), u"GET "_s + path, result.exchanges);
    if (!call.body) {
        if (call.status() != 404)
            result.failure = call.failure;
        return result;
    }
    QString error;
    result.record = BusinessCentral::vendorRecord(object, *call.body, &error);
    if (!result.record)
        result.failure = Support::permanentFailure(error);
    return result;
}

ReadOne BusinessCentralConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const std::optional<BusinessCentral::ObjectInfo> info = BusinessCentral::objectInfo(object);
    if (!info)
        return Support::readFailure(objectNotKnown(object));
    if (matchKey.isEmpty())
        return Support::readFailure(
            Text::tr("No Business Central %1 can be found by an empty key.").arg(object));
    ReadOne result;
    learnLocalCurrency(result.exchanges);
    const QString condition = info->matchField + u" eq "_s + stringLiteral(matchKey);
    const QUrl url = apiUrl(
        info->entitySet, joinQuery({u"$filter="_s + Support::encodeQueryValue(condition), expandOf(*info)}));
    const Support::JsonCall call =
        send(request("GET", url), u"GET "_s + info->entitySet + u" where "_s + condition, result.exchanges);
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    QList<VendorRecord> records;
    if (std::optional<ConnectorFailure> failure = recordsOf(object, *call.body, records)) {
        result.failure = failure;
        return result;
    }
    for (const VendorRecord &record : std::as_const(records)) {
        // E-mail addresses are compared case-insensitively, numbers and references exactly.
        const bool same = object == u"customer"_s
            ? record.matchKey.compare(matchKey, Qt::CaseInsensitive) == 0
            : record.matchKey == matchKey;
        if (same) {
            result.record = record;
            break;
        }
    }
    return result;
}

WriteOutcome BusinessCentralConnector::write(const WriteRequest &writeRequest)
{
    WriteOutcome outcome;
    const std::optional<BusinessCentral::ObjectInfo> info = BusinessCentral::objectInfo(writeRequest.object);
    if (!info) {
        outcome.failure = Support::permanentFailure(objectNotKnown(writeRequest.object));
        return outcome;
    }
    learnLocalCurrency(outcome.exchanges);
    QJsonObject payload = BusinessCentral::withLineObjectNumbers(
        writeRequest.object, BusinessCentral::withDates(writeRequest.object, writeRequest.payload),
        apiVersion());
    if (!writeRequest.existingId.isEmpty()) {
        if (std::optional<ConnectorFailure> failure =
                resolveCustomer(writeRequest.object, payload, false, outcome.exchanges)) {
            outcome.failure = failure;
            return outcome;
        }
        return update(writeRequest, payload, std::move(outcome));
    }
    // No idempotency key in Business Central: what an earlier attempt created is found by its key.
    if (!writeRequest.matchKey.isEmpty()) {
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
    if (std::optional<ConnectorFailure> failure =
            resolveCustomer(writeRequest.object, payload, true, outcome.exchanges)) {
        outcome.failure = failure;
        return outcome;
    }
    const QString what = u"POST "_s + info->entitySet;
    Net::HttpRequest post = request("POST", apiUrl(info->entitySet));
    post.idempotencyKey = writeRequest.idempotencyKey;
    post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    post.body = !writeRequest.payloadJson.isEmpty() && payload == writeRequest.payload
        ? writeRequest.payloadJson
        : QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const Support::JsonCall call = send(post, what, outcome.exchanges);
    if (!call.body) {
        outcome.failure = call.failure;
        return outcome;
    }
    QString error;
    outcome.record = BusinessCentral::vendorRecord(writeRequest.object, *call.body, &error);
    if (!outcome.record)
        outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
    return outcome;
}

std::optional<ConnectorFailure> BusinessCentralConnector::resolveCustomer(const QString &object,
                                                                          QJsonObject &payload, bool create,
                                                                          QList<Net::HttpExchange> &exchanges)
{
    const bool document =
        object == u"salesInvoice"_s || object == u"salesOrder"_s || object == u"salesCreditMemo"_s;
    if (!document && object != u"customerPayment"_s)
        return std::nullopt;
    const QString customerId = payload.value(u"customerId"_s).toString();
    if (!payload.value(u"customerNumber"_s).toString().trimmed().isEmpty()
        || (!customerId.isEmpty() && !BusinessCentral::isNullGuid(customerId)))
        return std::nullopt;
    // An update that does not touch the customer leaves it as it is.
    const bool named = payload.contains(u"customerNumber"_s) || payload.contains(u"customerId"_s);
    const auto settle = [&payload](const QString &number) -> std::optional<ConnectorFailure> {
        payload.remove(u"customerId"_s);
        payload.insert(u"customerNumber"_s, number);
        return std::nullopt;
    };
    if (object == u"customerPayment"_s) {
        const QString invoiceId = payload.value(u"appliesToInvoiceId"_s).toString();
        if (invoiceId.isEmpty() || BusinessCentral::isNullGuid(invoiceId))
            return std::nullopt; // nothing to take it from: Business Central says what is missing
        if (!create && !named)
            return std::nullopt; // an update that does not name the customer leaves it as it is
        // A payment's customer is the customer of the invoice it pays.
        if (const auto cached = m_customerNumbers.constFind(u"invoice:"_s + invoiceId);
            cached != m_customerNumbers.cend())
            return settle(*cached);
        ReadOne invoice = readById(u"salesInvoice"_s, invoiceId);
        exchanges += invoice.exchanges;
        if (invoice.failure)
            return invoice.failure;
        if (!invoice.record)
            return Support::permanentFailure(
                Text::tr("the customerPayment applies to the sales invoice %1, which Business Central does "
                         "not have")
                    .arg(invoiceId));
        const QString number = invoice.record->document.value(u"customerNumber"_s).toString();
        if (number.isEmpty())
            return Support::permanentFailure(
                Text::tr("the sales invoice %1 the customerPayment applies to has no customerNumber")
                    .arg(invoiceId));
        m_customerNumbers.insert(u"invoice:"_s + invoiceId, number);
        return settle(number);
    }
    const QString email = payload.value(u"email"_s).toString().trimmed();
    const QString name = payload.value(u"billToName"_s).toString().trimmed();
    // Nothing to find it by: Business Central says what is missing ("A customerNumber or a
    // customerID must be provided.").
    if (email.isEmpty() && name.isEmpty())
        return std::nullopt;
    // An update that does not name the customer leaves it as it is.
    if (!create && !named)
        return std::nullopt;
    QString number;
    if (std::optional<ConnectorFailure> failure = customerNumberFor(object, email, name, number, exchanges))
        return failure;
    // Business Central fills the bill-to name from the customer.
    payload.remove(u"billToName"_s);
    return settle(number);
}

std::optional<ConnectorFailure>
BusinessCentralConnector::customerNumberFor(const QString &object, const QString &email, const QString &name,
                                            QString &number, QList<Net::HttpExchange> &exchanges)
{
    const QString cacheKey = email.isEmpty() ? u"name:"_s + name : u"email:"_s + email.toLower();
    if (const auto cached = m_customerNumbers.constFind(cacheKey); cached != m_customerNumbers.cend()) {
        number = *cached;
        return std::nullopt;
    }
    std::optional<VendorRecord> customer;
    if (!email.isEmpty()) {
        ReadOne found = findByMatchKey(u"customer"_s, email);
        exchanges += found.exchanges;
        if (found.failure)
            return found.failure;
        customer = found.record;
    }
    if (!customer && !name.isEmpty()) {
        // By display name; the same name with another address is another person: not taken.
        const QString condition = u"displayName eq "_s + stringLiteral(name);
        const QUrl url = apiUrl(u"customers"_s, u"$filter="_s + Support::encodeQueryValue(condition));
        const Support::JsonCall call =
            send(request("GET", url), u"GET customers where "_s + condition, exchanges);
        if (!call.body)
            return call.failure;
        for (const QJsonValue &row : call.body->value(u"value"_s).toArray()) {
            const QString rowEmail = row.toObject().value(u"email"_s).toString();
            if (email.isEmpty() || rowEmail.isEmpty() || rowEmail.compare(email, Qt::CaseInsensitive) == 0) {
                QString error;
                customer = BusinessCentral::vendorRecord(u"customer"_s, row.toObject(), &error);
                if (!customer)
                    return Support::permanentFailure(error);
                break;
            }
        }
    }
    if (!customer) {
        QJsonObject created{{u"displayName"_s, name.isEmpty() ? email : name}};
        if (!email.isEmpty())
            created.insert(u"email"_s, email);
        Net::HttpRequest post = request("POST", apiUrl(u"customers"_s));
        post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        post.body = QJsonDocument(created).toJson(QJsonDocument::Compact);
        const Support::JsonCall call = send(post, u"POST customers"_s, exchanges);
        if (!call.body)
            return ConnectorFailure{
                call.failure->outcome,
                Text::tr("the %1's customer could not be created: %2").arg(object, call.failure->message)};
        QString error;
        customer = BusinessCentral::vendorRecord(u"customer"_s, *call.body, &error);
        if (!customer)
            return Support::permanentFailure(Text::tr("POST customers answered: %1").arg(error));
    }
    number = customer->document.value(u"number"_s).toString();
    if (number.isEmpty())
        return Support::permanentFailure(
            Text::tr("the Business Central customer %1 has no number").arg(customer->id));
    m_customerNumbers.insert(cacheKey, number);
    return std::nullopt;
}

WriteOutcome BusinessCentralConnector::update(const WriteRequest &writeRequest, const QJsonObject &payload,
                                              WriteOutcome outcome)
{
    const BusinessCentral::ObjectInfo info = *BusinessCentral::objectInfo(writeRequest.object);
    const QString id = writeRequest.existingId;
    if (!BusinessCentral::isGuid(id)) {
        outcome.failure = Support::permanentFailure(
            Text::tr("\"%1\" is not a Business Central %2 id.").arg(id, writeRequest.object));
        return outcome;
    }
    const QString path = info.entitySet + u'(' + id + u')';
    const QString what = u"PATCH "_s + path;
    QJsonObject body = payload;
    if (!info.linesProperty.isEmpty())
        body.remove(info.linesProperty); // lines are updated one by one, not through the document
    // The ETag Business Central has now: read first, and again after a stale one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Support::JsonCall current =
            send(request("GET", apiUrl(path)), u"GET "_s + path, outcome.exchanges);
        if (!current.body) {
            outcome.failure = current.status() == 404
                ? Support::permanentFailure(Text::tr("%1: Business Central has no %2 %3 to update (deleted)")
                                                .arg(what, writeRequest.object, id))
                : current.failure;
            return outcome;
        }
        const QString etag = current.body->value(u"@odata.etag"_s).toString();
        if (etag.isEmpty()) {
            outcome.failure = Support::permanentFailure(
                Text::tr("%1: Business Central sent the %2 without an @odata.etag, so it cannot be updated "
                         "safely")
                    .arg(what, writeRequest.object));
            return outcome;
        }
        Net::HttpRequest patch = request("PATCH", apiUrl(path));
        patch.idempotencyKey = writeRequest.idempotencyKey;
        patch.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        patch.headers.append({QByteArrayLiteral("If-Match"), etag.toUtf8()});
        patch.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const Support::JsonCall call = send(patch, what, outcome.exchanges);
        if (call.body) {
            QString error;
            outcome.record = BusinessCentral::vendorRecord(writeRequest.object, *call.body, &error);
            if (!outcome.record)
                outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
            return outcome;
        }
        const bool stale = call.status() == 412
            || (call.status() == 409
                && odataError(call.exchange.response.body).value(u"code"_s).toString() == entityChanged);
        if (!stale) {
            outcome.failure = call.failure;
            return outcome;
        }
        if (attempt == 1) {
            // Changed by someone else twice in a row: the record waits and is tried again later.
            const QString message = Text::tr("%1: the %2 was changed in Business Central while it was being "
                                             "updated (HTTP %3: %4)")
                                        .arg(what, writeRequest.object)
                                        .arg(call.status())
                                        .arg(businessCentralErrorText(call.exchange.response));
            outcome.failure = ConnectorFailure{Engine::AttemptOutcome::dependency(message), message};
        }
    }
    return outcome;
}

ConnectionCheck BusinessCentralConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const QString path = apiVersion() + u"/companies("_s + m_config.account + u')';
    const Support::JsonCall call =
        send(request("GET", Support::endpoint(m_config.baseUrl, path)), u"GET "_s + path, exchanges);
    const Net::HttpResponse &response = call.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, u"Business Central"_s);
    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = response.status;
    const QString vendorText = businessCentralErrorText(response).trimmed();
    const QString said = vendorText.isEmpty() ? QString::number(response.status)
                                              : QString::number(response.status) + u": "_s + vendorText;
    switch (response.status) {
    case 401:
        check.message =
            Text::tr(
                "Business Central refused the access token (HTTP %1): tokens from the Microsoft identity "
                "platform expire after about an hour, and must be issued for "
                "https://api.businesscentral.dynamics.com; sign in again.")
                .arg(said);
        return check;
    case 403:
        check.authenticated = true;
        check.message =
            Text::tr("Business Central accepted the access token but refused the company %1 (HTTP %2): check "
                     "that the signed-in user (or the app's registration in Business Central) has permission "
                     "sets that allow reading and writing sales documents, customers and items.")
                .arg(m_config.account, said);
        return check;
    case 404:
        check.authenticated = true;
        check.message = Text::tr("Business Central has no company %1 at this base URL (HTTP %2): check the "
                                 "company id (account) and the tenant and environment in the base URL.")
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
    // The token's roles are Business Central's permission sets, which the API does not list: a
    // read that worked is the evidence.
    check.permissionsOk = true;
    check.permissionsVerified = false;
    check.accountName = call.body->value(u"displayName"_s).toString();
    if (check.accountName.isEmpty())
        check.accountName = call.body->value(u"name"_s).toString();
    check.message = Text::tr("Connected to the Business Central company “%1” (%2, API %3).")
                        .arg(check.accountName, m_config.account, apiVersion());
    return check;
}

std::optional<QJsonObject> BusinessCentralConnector::toCanonical(const VendorRecord &record,
                                                                 QString *error) const
{
    return BusinessCentral::toCanonical(record, m_localCurrency, error);
}

QString BusinessCentralConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    const std::optional<BusinessCentral::ObjectInfo> info = BusinessCentral::objectInfo(object);
    return info ? payload.value(info->matchField).toString() : QString();
}

} // namespace LedgerLink::Connectors
