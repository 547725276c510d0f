#include "connectors/netsuite/netsuiteconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/netsuite/netsuitecanonical.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtCore/QUrlQuery>

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

/// SuiteQL's transaction.type of a transaction record type ("" for other records).
QString transactionType(const QString &object)
{
    if (object == u"salesOrder"_s)
        return u"SalesOrd"_s;
    if (object == u"invoice"_s)
        return u"CustInvc"_s;
    if (object == u"creditMemo"_s)
        return u"CustCred"_s;
    if (object == u"customerPayment"_s)
        return u"CustPymt"_s;
    return {};
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

QUrl NetSuiteConnector::suiteQlUrl(int limit, int offset) const
{
    return Support::endpoint(m_config.baseUrl, u"services/rest/query/v1/suiteql"_s,
                             u"limit=%1&offset=%2"_s.arg(limit).arg(offset));
}

QString NetSuiteConnector::suiteQlQuery(const QString &object, const QDateTime &since)
{
    QString table = u"transaction"_s;
    QStringList conditions;
    if (object == u"customer"_s) {
        table = u"customer"_s;
    } else if (object == u"inventoryItem"_s) {
        table = u"item"_s;
        conditions.append(u"itemtype = 'InvtPart'"_s);
    } else if (const QString type = transactionType(object); !type.isEmpty()) {
        conditions.append(u"type = '%1'"_s.arg(type));
    } else {
        return {};
    }
    if (since.isValid()) {
        const QDate day = since.toUTC().date().addDays(-1);
        conditions.append(
            u"lastmodifieddate >= TO_DATE('%1', 'YYYY-MM-DD')"_s.arg(day.toString(Qt::ISODate)));
    }
    QString query = u"SELECT id FROM "_s + table;
    if (!conditions.isEmpty())
        query += u" WHERE "_s + conditions.join(u" AND "_s);
    return query + u" ORDER BY lastmodifieddate, id"_s;
}

NetSuiteConnector::SuiteQlPage NetSuiteConnector::suiteQl(const QString &query, int limit, int offset)
{
    SuiteQlPage page;
    limit = std::clamp(limit, 1, int(maxPage));
    Net::HttpRequest post = request("POST", suiteQlUrl(limit, offset));
    post.read = true; // a query changes nothing: allowed in the read-only stage and dry runs
    post.headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("transient")});
    post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    post.body = QJsonDocument(QJsonObject{{u"q"_s, query}}).toJson(QJsonDocument::Compact);
    const Support::JsonCall call = send(post, u"POST suiteql"_s, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    const QJsonObject &body = *call.body;
    const QJsonValue items = body.value(u"items"_s);
    if (!items.isArray() && !items.isUndefined()) {
        page.failure =
            Support::permanentFailure(Text::tr("POST suiteql answered \"items\" that is not a list."));
        return page;
    }
    for (const QJsonValue &item : items.toArray())
        page.rows.append(item.toObject());
    page.totalResults = body.value(u"totalResults"_s).toInt(-1);
    page.hasMore = body.value(u"hasMore"_s).toBool(false);
    int linked = -1; // the offset in the `next` link
    for (const QJsonValue &link : body.value(u"links"_s).toArray()) {
        const QJsonObject object = link.toObject();
        if (object.value(u"rel"_s).toString() != u"next"_s)
            continue;
        page.hasMore = true;
        // Only the link's query is read: Oracle's examples write hosts that QUrl refuses
        // ("<accountID>.suitetalk.api.netsuite.com").
        const QString href = object.value(u"href"_s).toString();
        const qsizetype question = href.indexOf(u'?');
        bool ok = false;
        const int value =
            question < 0 ? -1 : QUrlQuery(href.mid(question + 1)).queryItemValue(u"offset"_s).toInt(&ok);
        if (ok)
            linked = value;
    }
    if (page.hasMore && !page.rows.isEmpty())
        page.nextOffset = linked > offset ? linked : offset + int(page.rows.size());
    return page;
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
    const QString query = NetSuite::expandsSubResources(object) ? u"expandSubResources=true"_s : QString();
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
    ReadPage page;
    SuiteQlPage ids = suiteQl(suiteQlQuery(object, cursor.updatedSince), pageSize, offset);
    page.exchanges = std::move(ids.exchanges);
    if (ids.failure) {
        page.failure = ids.failure;
        return page;
    }
    for (const QJsonObject &row : std::as_const(ids.rows)) {
        const QString id = NetSuite::recordId(row);
        if (!isNumericId(id)) {
            page.failure = Support::permanentFailure(
                Text::tr("The SuiteQL query of %1 answered a row without a record id.").arg(object));
            page.records.clear();
            return page;
        }
        // The full record: the mapping needs its sublists (item, apply), which SuiteQL's
        // transaction table does not hold.
        ReadOne one = readRecord(object, id);
        page.exchanges += one.exchanges;
        if (one.failure) {
            page.failure = one.failure;
            page.records.clear();
            return page;
        }
        if (!one.record)
            continue; // deleted between the query and the read
        if (cursor.updatedSince.isValid() && one.record->updatedAt.isValid()
            && one.record->updatedAt < cursor.updatedSince)
            continue; // the filter is by day: modified earlier that day
        page.records.append(*one.record);
    }
    std::stable_sort(page.records.begin(), page.records.end(),
                     [](const VendorRecord &a, const VendorRecord &b) { return a.updatedAt < b.updatedAt; });
    if (ids.nextOffset > offset)
        page.nextPageToken = QString::number(ids.nextOffset);
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
    if (!NetSuite::isObject(writeRequest.object)) {
        WriteOutcome outcome;
        outcome.failure = Support::permanentFailure(objectNotKnown(writeRequest.object));
        return outcome;
    }
    WriteRequest resolved = writeRequest;
    QList<Net::HttpExchange> lookups;
    if (std::optional<ConnectorFailure> failure = resolveReferences(resolved, lookups)) {
        WriteOutcome outcome;
        outcome.failure = failure;
        outcome.exchanges = lookups;
        return outcome;
    }
    if (resolved.payload != writeRequest.payload)
        resolved.payloadJson.clear(); // the bytes the caller serialised are not these any more
    WriteOutcome outcome = writeResolved(resolved);
    outcome.exchanges = lookups + outcome.exchanges;
    return outcome;
}

QString NetSuiteConnector::suiteQlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

std::optional<ConnectorFailure> NetSuiteConnector::firstId(const QString &query, QString &id,
                                                           QList<Net::HttpExchange> &exchanges)
{
    SuiteQlPage page = suiteQl(query, 1, 0);
    exchanges += page.exchanges;
    if (page.failure)
        return page.failure;
    id = page.rows.isEmpty() ? QString() : NetSuite::recordId(page.rows.first());
    if (!page.rows.isEmpty() && !isNumericId(id))
        return Support::permanentFailure(Text::tr("The SuiteQL query answered a row without a record id."));
    return std::nullopt;
}

std::optional<ConnectorFailure> NetSuiteConnector::resolveReferences(WriteRequest &request,
                                                                     QList<Net::HttpExchange> &exchanges)
{
    if (request.object == u"customerPayment"_s)
        return resolvePayer(request.payload, exchanges);
    if (!NetSuite::isTransaction(request.object))
        return std::nullopt;
    if (std::optional<ConnectorFailure> failure = resolveCustomer(request.payload, exchanges))
        return failure;
    return resolveItems(request.payload, exchanges);
}

std::optional<ConnectorFailure> NetSuiteConnector::resolveCustomer(QJsonObject &payload,
                                                                   QList<Net::HttpExchange> &exchanges)
{
    if (!payload.contains(u"entity"_s))
        return std::nullopt; // an update that leaves the customer alone
    const QJsonObject entity = payload.value(u"entity"_s).toObject();
    if (!Support::idText(entity.value(u"id"_s)).value_or(QString()).isEmpty())
        return std::nullopt;
    const QString email = payload.value(u"email"_s).toString().trimmed();
    const QString name = entity.value(u"refName"_s).toString().trimmed();
    if (email.isEmpty() && name.isEmpty())
        return Support::permanentFailure(
            Text::tr("the transaction names no customer: map entity.id, or email and entity.refName so "
                     "that the customer is found or created"));
    const QString key = email.isEmpty() ? u"name:"_s + name : u"email:"_s + email.toLower();
    QString id = m_customerIds.value(key);
    if (id.isEmpty()) {
        const QString query = email.isEmpty()
            ? u"SELECT id FROM customer WHERE entityid = %1 ORDER BY id"_s.arg(suiteQlLiteral(name))
            : u"SELECT id FROM customer WHERE LOWER(email) = %1 ORDER BY id"_s.arg(
                suiteQlLiteral(email.toLower()));
        if (std::optional<ConnectorFailure> failure = firstId(query, id, exchanges))
            return failure;
    }
    if (id.isEmpty()) {
        // Created once: a retry finds it by its externalId (write() looks it up first).
        WriteRequest create;
        create.object = u"customer"_s;
        create.matchKey = key;
        create.payload = QJsonObject{{u"externalId"_s, key},
                                     {u"isPerson"_s, false},
                                     {u"companyName"_s, name.isEmpty() ? email : name}};
        if (!email.isEmpty())
            create.payload.insert(u"email"_s, email);
        WriteOutcome created = writeResolved(create);
        exchanges += created.exchanges;
        if (created.failure && !created.exchanges.isEmpty()
            && created.exchanges.last().response.status == 400) {
            // Another write (a second connection writing in parallel) may have created it since
            // the look-up, and NetSuite keeps an external id once: found by it, it is the one.
            ReadOne found = findByMatchKey(u"customer"_s, key);
            exchanges += found.exchanges;
            if (found.record) {
                created.failure.reset();
                created.record = found.record;
            }
        }
        if (created.failure)
            return created.failure;
        id = created.record ? created.record->id : QString();
        if (id.isEmpty())
            return Support::permanentFailure(
                Text::tr("NetSuite created the customer %1 without an id").arg(key));
    }
    m_customerIds.insert(key, id);
    payload.insert(u"entity"_s, QJsonObject{{u"id"_s, id}});
    return std::nullopt;
}

std::optional<ConnectorFailure> NetSuiteConnector::resolvePayer(QJsonObject &payload,
                                                                QList<Net::HttpExchange> &exchanges)
{
    const QJsonObject customer = payload.value(u"customer"_s).toObject();
    if (!Support::idText(customer.value(u"id"_s)).value_or(QString()).isEmpty())
        return std::nullopt;
    const QJsonArray items = payload.value(u"apply"_s).toObject().value(u"items"_s).toArray();
    for (const QJsonValue &item : items) {
        const QString invoiceId =
            Support::idText(item.toObject().value(u"doc"_s).toObject().value(u"id"_s)).value_or(QString());
        if (invoiceId.isEmpty())
            continue;
        if (!isNumericId(invoiceId))
            return Support::permanentFailure(Text::tr("\"%1\" is not a NetSuite invoice id.").arg(invoiceId));
        ReadOne invoice = readRecord(u"invoice"_s, invoiceId);
        exchanges += invoice.exchanges;
        if (invoice.failure)
            return invoice.failure;
        if (!invoice.record)
            return Support::permanentFailure(
                Text::tr("the payment applies to the NetSuite invoice %1, which NetSuite does not have")
                    .arg(invoiceId));
        const QString id =
            Support::idText(invoice.record->document.value(u"entity"_s).toObject().value(u"id"_s))
                .value_or(QString());
        if (id.isEmpty())
            return Support::permanentFailure(
                Text::tr("the NetSuite invoice %1 names no customer (entity.id)").arg(invoiceId));
        payload.insert(u"customer"_s, QJsonObject{{u"id"_s, id}});
        return std::nullopt;
    }
    return Support::permanentFailure(
        Text::tr("the payment names no customer: map customer.id, or the invoice it applies to "
                 "(apply.items[].doc.id)"));
}

std::optional<ConnectorFailure> NetSuiteConnector::resolveItems(QJsonObject &payload,
                                                                QList<Net::HttpExchange> &exchanges)
{
    QJsonObject sublist = payload.value(u"item"_s).toObject();
    QJsonArray items = sublist.value(u"items"_s).toArray();
    QStringList wanted; // SKUs not known yet
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject ref = value.toObject().value(u"item"_s).toObject();
        if (!Support::idText(ref.value(u"id"_s)).value_or(QString()).isEmpty())
            continue;
        const QString sku = ref.value(u"refName"_s).toString().trimmed();
        if (sku.isEmpty())
            return Support::permanentFailure(
                Text::tr("a line names no item: map item.items[].item.id, or item.items[].item.refName "
                         "(the item's name/number, the SKU)"));
        if (!m_itemIds.contains(sku) && !wanted.contains(sku))
            wanted.append(sku);
    }
    if (items.isEmpty())
        return std::nullopt;
    // All of the document's unknown SKUs in one query.
    for (qsizetype start = 0; start < wanted.size(); start += maxPage) {
        QStringList literals;
        for (const QString &sku : wanted.mid(start, maxPage))
            literals.append(suiteQlLiteral(sku));
        const SuiteQlPage page = suiteQl(
            u"SELECT id, itemid FROM item WHERE itemid IN (%1) ORDER BY id"_s.arg(literals.join(u", "_s)),
            maxPage, 0);
        exchanges += page.exchanges;
        if (page.failure)
            return page.failure;
        for (const QJsonObject &row : page.rows) {
            const QString id = NetSuite::recordId(row);
            const QString itemId = row.value(u"itemid"_s).toString();
            if (isNumericId(id) && !itemId.isEmpty() && !m_itemIds.contains(itemId))
                m_itemIds.insert(itemId, id);
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject line = items.at(i).toObject();
        const QJsonObject ref = line.value(u"item"_s).toObject();
        if (!Support::idText(ref.value(u"id"_s)).value_or(QString()).isEmpty())
            continue;
        const QString sku = ref.value(u"refName"_s).toString().trimmed();
        const QString id = m_itemIds.value(sku);
        if (id.isEmpty())
            return Support::permanentFailure(
                Text::tr("NetSuite has no item whose name/number (itemId) is \"%1\" (line %2)")
                    .arg(sku)
                    .arg(i + 1));
        line.insert(u"item"_s, QJsonObject{{u"id"_s, id}});
        items.replace(i, line);
    }
    sublist.insert(u"items"_s, items);
    payload.insert(u"item"_s, sublist);
    return std::nullopt;
}

WriteOutcome NetSuiteConnector::writeResolved(const WriteRequest &writeRequest)
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
