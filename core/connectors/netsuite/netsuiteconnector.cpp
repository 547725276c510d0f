#include "connectors/netsuite/netsuiteconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/netsuite/netsuitecanonical.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// The o:errorCode NetSuite answers when the account's concurrency limit is reached.
constexpr QLatin1StringView concurrencyLimit("CONCURRENCY_LIMIT_EXCEEDED");

QString vendorErrorText(const Net::HttpResponse &response)
{
    const QString text = NetSuite::errorText(response.body);
    return text.isEmpty() ? QString::fromUtf8(response.body.left(200)).simplified() : text;
}

bool isNumericId(const QString &id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    return digits.match(id).hasMatch();
}

QString objectNotKnown(const QString &object)
{
    return Text::tr("NetSuite has no \"%1\" record type here (known: %2).")
        .arg(object, NetSuite::objects().join(u", "_s));
}

/// The four TBA secrets of "consumerKey:consumerSecret:tokenId:tokenSecret".
QList<QByteArray> secretsOf(const QByteArray &accessToken)
{
    return accessToken.split(':');
}

} // namespace

NetSuiteConnector::NetSuiteConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
    , m_credentials(credentials(m_config))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_nonces([] { return Net::oauth1Nonce(); })
{ }

QString NetSuiteConnector::configurationError(const ConnectorConfig &config)
{
    const QList<QByteArray> parts = secretsOf(config.accessToken);
    if (parts.size() != 4) {
        return Text::tr("The NetSuite connection's access token must be the four token-based "
                        "authentication secrets \"consumerKey:consumerSecret:tokenId:tokenSecret\" joined "
                        "by colons; it has %1 part(s).")
            .arg(parts.size());
    }
    const QStringList names = {Text::tr("consumer key"), Text::tr("consumer secret"), Text::tr("token id"),
                               Text::tr("token secret")};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).trimmed().isEmpty()) {
            return Text::tr("The NetSuite connection's access token must be "
                            "\"consumerKey:consumerSecret:tokenId:tokenSecret\"; its %1 is empty.")
                .arg(names.at(i));
        }
    }
    static const QRegularExpression accountId(u"^[A-Za-z0-9_-]+$"_s);
    if (!accountId.match(config.account.trimmed()).hasMatch()) {
        return Text::tr("\"%1\" is not a NetSuite account id (letters, digits, '_' and '-', e.g. "
                        "123456_SB1).")
            .arg(config.account);
    }
    return {};
}

Net::OAuth1Credentials NetSuiteConnector::credentials(const ConnectorConfig &config)
{
    const QList<QByteArray> parts = secretsOf(config.accessToken);
    Net::OAuth1Credentials credentials;
    if (parts.size() == 4) {
        credentials.consumerKey = parts.at(0).trimmed();
        credentials.consumerSecret = parts.at(1).trimmed();
        credentials.token = parts.at(2).trimmed();
        credentials.tokenSecret = parts.at(3).trimmed();
    }
    credentials.realm = Net::netSuiteRealm(config.account);
    return credentials;
}

QString NetSuiteConnector::system() const
{
    return u"netsuite"_s;
}

Capabilities NetSuiteConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = NetSuite::objects();
    capabilities.writable = capabilities.readable;
    capabilities.webhooks = false;
    capabilities.polling = true;
    capabilities.maxPageSize = maxPage;
    capabilities.maxBatchSize = 1; // REST web services create no records in bulk
    // X-NetSuite-Idempotency-Key is applied to asynchronous requests only; writes are matched by
    // externalId instead.
    capabilities.idempotencyKeys = false;
    // Shared-tier accounts allow 5 requests in flight for REST and SOAP together: two leave room
    // for the account's other integrations.
    capabilities.writeConcurrency = 2;
    return capabilities;
}

Engine::RateLimitProfile NetSuiteConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::netSuite();
}

void NetSuiteConnector::setCurrency(const QString &currencyId, const Model::Currency &currency)
{
    m_currencies.insert(currencyId, currency);
}

QUrl NetSuiteConnector::recordUrl(const QString &path, const QString &encodedQuery) const
{
    return Support::endpoint(m_config.baseUrl, u"services/rest/record/v1/"_s + path, encodedQuery);
}

QString NetSuiteConnector::modifiedSinceFilter(const QDateTime &since)
{
    const QDate day = since.toUTC().date().addDays(-1);
    return u"lastModifiedDate ON_OR_AFTER \"%1/%2/%3\""_s.arg(day.month()).arg(day.day()).arg(day.year());
}

Net::HttpRequest NetSuiteConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"),
                            Net::authorizationHeader(method, url, m_credentials,
                                                     Net::OAuth1Method::HmacSha256, m_clock(), m_nonces())});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

std::optional<ConnectorFailure> NetSuiteConnector::failureOf(const Net::HttpExchange &exchange,
                                                             const QString &what) const
{
    std::optional<ConnectorFailure> failure = Support::failureOf(exchange, what, vendorErrorText);
    if (!failure)
        return failure;
    const Net::HttpResponse &response = exchange.response;
    if (response.status == 401) {
        failure->message =
            Text::tr("%1: NetSuite refused the token-based authentication (HTTP 401: %2): check the consumer "
                     "key and secret, the token id and secret, the account id %3 (the realm), and this "
                     "computer's clock.")
                .arg(what, vendorErrorText(response), m_credentials.realm);
    } else if (response.status != 429 && NetSuite::errorCode(response.body) == concurrencyLimit) {
        // The account's concurrency limit: tried again later, like a 429.
        failure->outcome =
            Engine::AttemptOutcome::http(429, response.header("Retry-After"), vendorErrorText(response));
    }
    return failure;
}

Support::JsonCall NetSuiteConnector::send(const Net::HttpRequest &request, const QString &what,
                                          QList<Net::HttpExchange> &exchanges)
{
    Support::JsonCall call = Support::sendJson(m_client, request, what, vendorErrorText, exchanges);
    if (call.failure && !call.exchange.response.isSuccess())
        call.failure = failureOf(call.exchange, what);
    return call;
}

ReadOne NetSuiteConnector::readRecord(const QString &object, const QString &key)
{
    ReadOne result;
    const QString path = object + u'/' + key;
    const QString query = NetSuite::isTransaction(object) ? u"expandSubResources=true"_s : QString();
    const Support::JsonCall call =
        send(request("GET", recordUrl(path, query)), u"GET "_s + path, result.exchanges);
    if (!call.body) {
        if (call.status() != 404)
            result.failure = call.failure;
        return result;
    }
    QString error;
    result.record = NetSuite::vendorRecord(object, *call.body, &error);
    if (!result.record)
        result.failure = Support::permanentFailure(error);
    return result;
}

ReadPage NetSuiteConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    if (!NetSuite::isObject(object))
        return Support::pageFailure(objectNotKnown(object));
    int offset = 0;
    if (!cursor.pageToken.isEmpty()) {
        bool ok = false;
        offset = cursor.pageToken.toInt(&ok);
        if (!ok || offset < 0)
            return Support::pageFailure(
                Text::tr("The page token \"%1\" is not a NetSuite offset.").arg(cursor.pageToken));
    }
    const int limit = std::clamp(pageSize, 1, int(maxPage));
    QStringList query = {u"limit="_s + QString::number(limit), u"offset="_s + QString::number(offset)};
    if (cursor.updatedSince.isValid())
        query.append(u"q="_s + Support::encodeQueryValue(modifiedSinceFilter(cursor.updatedSince)));
    ReadPage page;
    const QString what = u"GET "_s + object;
    const Support::JsonCall call =
        send(request("GET", recordUrl(object, query.join(u'&'))), what, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    const QJsonArray items = call.body->value(u"items"_s).toArray();
    for (const QJsonValue &value : items) {
        const QString id = NetSuite::recordId(value.toObject());
        if (!isNumericId(id)) {
            page.failure =
                Support::permanentFailure(Text::tr("%1 answered an item without a record id.").arg(what));
            page.records.clear();
            return page;
        }
        ReadOne one = readRecord(object, id);
        page.exchanges += one.exchanges;
        if (one.failure) {
            page.failure = one.failure;
            page.records.clear();
            return page;
        }
        if (!one.record)
            continue; // deleted between the list and the read
        if (cursor.updatedSince.isValid() && one.record->updatedAt.isValid()
            && one.record->updatedAt < cursor.updatedSince)
            continue; // the filter is by day: modified earlier that day
        page.records.append(*one.record);
    }
    std::stable_sort(page.records.begin(), page.records.end(),
                     [](const VendorRecord &a, const VendorRecord &b) { return a.updatedAt < b.updatedAt; });
    bool more = call.body->value(u"hasMore"_s).toBool(false);
    for (const QJsonValue &link : call.body->value(u"links"_s).toArray())
        more = more || link.toObject().value(u"rel"_s).toString() == u"next"_s;
    if (more && !items.isEmpty())
        page.nextPageToken = QString::number(offset + items.size());
    return page;
}

ReadOne NetSuiteConnector::readById(const QString &object, const QString &id)
{
    if (!NetSuite::isObject(object))
        return Support::readFailure(objectNotKnown(object));
    if (!isNumericId(id))
        return Support::readFailure(Text::tr("\"%1\" is not a NetSuite %2 id.").arg(id, object));
    return readRecord(object, id);
}

ReadOne NetSuiteConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    if (!NetSuite::isObject(object))
        return Support::readFailure(objectNotKnown(object));
    if (matchKey.isEmpty())
        return Support::readFailure(
            Text::tr("No NetSuite %1 can be found by an empty external id.").arg(object));
    ReadOne result =
        readRecord(object, u"eid:"_s + QString::fromLatin1(QUrl::toPercentEncoding(matchKey, ":@")));
    if (result.record && result.record->matchKey != matchKey)
        result.record.reset(); // not the external id asked for
    return result;
}

WriteOutcome NetSuiteConnector::write(const WriteRequest &writeRequest)
{
    WriteOutcome outcome;
    const QString object = writeRequest.object;
    if (!NetSuite::isObject(object)) {
        outcome.failure = Support::permanentFailure(objectNotKnown(object));
        return outcome;
    }
    if (!writeRequest.existingId.isEmpty())
        return update(writeRequest, std::move(outcome));
    // No idempotency key for synchronous requests: the write's key is the record's externalId,
    // and what an earlier attempt created is found by it.
    QJsonObject payload = writeRequest.payload;
    if (!writeRequest.matchKey.isEmpty() && !payload.contains(u"externalId"_s))
        payload.insert(u"externalId"_s, writeRequest.matchKey);
    const QString externalId = payload.value(u"externalId"_s).toString();
    if (!externalId.isEmpty()) {
        ReadOne found = findByMatchKey(object, externalId);
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
    const QString what = u"POST "_s + object;
    Net::HttpRequest post = request("POST", recordUrl(object));
    post.idempotencyKey = writeRequest.idempotencyKey;
    post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    post.body = !writeRequest.payloadJson.isEmpty() && payload == writeRequest.payload
        ? writeRequest.payloadJson
        : QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const Net::HttpExchange exchange = m_client.send(post);
    outcome.exchanges.append(exchange);
    if (std::optional<ConnectorFailure> failure = failureOf(exchange, what)) {
        outcome.failure = failure;
        return outcome;
    }
    const QString location = QString::fromUtf8(exchange.response.header("Location"));
    const QString id = NetSuite::idFromLocation(location, object);
    if (id.isEmpty()) {
        const QString message =
            Text::tr("%1 answered HTTP %2 without the new record's URL in Location (\"%3\")")
                .arg(what)
                .arg(exchange.response.status)
                .arg(location);
        // With an externalId the next attempt finds what this one made.
        outcome.failure = externalId.isEmpty()
            ? Support::permanentFailure(message)
            : ConnectorFailure{Engine::AttemptOutcome::dependency(message), message};
        return outcome;
    }
    ReadOne created = readRecord(object, id);
    outcome.exchanges += created.exchanges;
    if (created.failure) {
        outcome.failure = created.failure;
        return outcome;
    }
    if (!created.record) {
        const QString message =
            Text::tr("%1 created %2 %3, which could not be read back").arg(what, object, id);
        outcome.failure = ConnectorFailure{Engine::AttemptOutcome::dependency(message), message};
        return outcome;
    }
    outcome.record = created.record;
    return outcome;
}

WriteOutcome NetSuiteConnector::update(const WriteRequest &writeRequest, WriteOutcome outcome)
{
    const QString object = writeRequest.object;
    const QString id = writeRequest.existingId;
    if (!isNumericId(id)) {
        outcome.failure =
            Support::permanentFailure(Text::tr("\"%1\" is not a NetSuite %2 id.").arg(id, object));
        return outcome;
    }
    const QString path = object + u'/' + id;
    const QString what = u"PATCH "_s + path;
    Net::HttpRequest patch = request("PATCH", recordUrl(path));
    patch.idempotencyKey = writeRequest.idempotencyKey;
    patch.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    patch.body = !writeRequest.payloadJson.isEmpty()
        ? writeRequest.payloadJson
        : QJsonDocument(writeRequest.payload).toJson(QJsonDocument::Compact);
    const Net::HttpExchange exchange = m_client.send(patch);
    outcome.exchanges.append(exchange);
    if (std::optional<ConnectorFailure> failure = failureOf(exchange, what)) {
        if (exchange.response.status == 404)
            failure = Support::permanentFailure(
                Text::tr("%1: NetSuite has no %2 %3 to update (deleted)").arg(what, object, id));
        outcome.failure = failure;
        return outcome;
    }
    ReadOne updated = readRecord(object, id);
    outcome.exchanges += updated.exchanges;
    if (updated.failure) {
        outcome.failure = updated.failure;
        return outcome;
    }
    if (!updated.record) {
        const QString message =
            Text::tr("%1: the %2 could not be read back after the update").arg(what, object);
        outcome.failure = ConnectorFailure{Engine::AttemptOutcome::dependency(message), message};
        return outcome;
    }
    outcome.record = updated.record;
    return outcome;
}

ConnectionCheck NetSuiteConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const Support::JsonCall call =
        send(request("GET", recordUrl(u"customer"_s, u"limit=1"_s)), u"GET customer"_s, exchanges);
    const Net::HttpResponse &response = call.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, u"NetSuite"_s);
    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = response.status;
    const QString vendorText = vendorErrorText(response).trimmed();
    const QString said = vendorText.isEmpty() ? QString::number(response.status)
                                              : QString::number(response.status) + u": "_s + vendorText;
    if (response.status == 401) {
        check.message =
            Text::tr("NetSuite refused the token-based authentication (HTTP %1): check the consumer key "
                     "and secret, the token id and secret, the account id %2, and this computer's "
                     "clock.")
                .arg(said, m_credentials.realm);
        return check;
    }
    if (response.status == 403) {
        check.authenticated = true;
        check.message =
            Text::tr("NetSuite accepted the token but its role may not read customers (HTTP %1): give the "
                     "token's role the REST Web Services permission and access to customers, items "
                     "and sales transactions.")
                .arg(said);
        return check;
    }
    if (!call.body) {
        check.message = call.failure ? call.failure->message : said;
        return check;
    }
    check.authenticated = true;
    check.permissionsOk = true; // the role's permissions are not listed by the API
    check.permissionsVerified = false;
    check.accountName = m_credentials.realm;
    check.message = Text::tr("Connected to the NetSuite account %1.").arg(m_credentials.realm);
    return check;
}

std::optional<QJsonObject> NetSuiteConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return NetSuite::toCanonical(record, m_currencies, m_defaultCurrency, error);
}

QString NetSuiteConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    Q_UNUSED(object);
    return payload.value(u"externalId"_s).toString();
}

} // namespace LedgerLink::Connectors
