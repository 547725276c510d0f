#include "connectors/sapb1/sapb1connector.h"

#include "connectors/connectorsupport.h"
#include "connectors/sapb1/sapb1canonical.h"
#include "store/redactor.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtNetwork/QNetworkCookie>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// Service Layer's error code for a session that timed out or was logged out ("Invalid session").
constexpr QLatin1StringView invalidSessionCode("301");

QString sapErrorText(const Net::HttpResponse &response)
{
    const QString text = SapB1::errorText(response.body);
    return text.isEmpty() ? QString::fromUtf8(response.body.left(200)).simplified() : text;
}

QString objectNotKnown(const QString &object)
{
    return Text::tr("SAP Business One has no \"%1\" object (known: %2).")
        .arg(object, SapB1::objects().join(u", "_s));
}

/// The copy of an exchange handed back to the engine (audit rows, dead letters): the session
/// cookie, the Login's password and the session id it answers are secrets.
Net::HttpExchange redacted(Net::HttpExchange exchange)
{
    const QByteArray placeholder = Store::Redactor::placeholder().toLatin1();
    for (auto &[name, value] : exchange.request.headers) {
        if (name.compare("Cookie", Qt::CaseInsensitive) == 0)
            value = placeholder;
    }
    for (auto &[name, value] : exchange.response.headers) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            value = placeholder;
    }
    exchange.request.body = Store::Redactor::redactBody(exchange.request.body);
    if (exchange.response.body.contains("SessionId")) {
        QJsonObject body = QJsonDocument::fromJson(exchange.response.body).object();
        if (body.contains(u"SessionId"_s)) {
            body.insert(u"SessionId"_s, Store::Redactor::placeholder());
            exchange.response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
    }
    return exchange;
}

QString nextLinkOf(const QJsonObject &body)
{
    const QString v4 = body.value(u"@odata.nextLink"_s).toString();
    return v4.isEmpty() ? body.value(u"odata.nextLink"_s).toString() : v4;
}

QString etagOf(const QJsonObject &body, const Net::HttpResponse &response)
{
    QString etag = body.value(u"@odata.etag"_s).toString();
    if (etag.isEmpty())
        etag = body.value(u"odata.etag"_s).toString();
    if (etag.isEmpty())
        etag = QString::fromLatin1(response.header("ETag"));
    return etag;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

SapB1Connector::SapB1Connector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
{ }

QString SapB1Connector::configurationError(const ConnectorConfig &config)
{
    const qsizetype colon = config.accessToken.indexOf(':');
    if (colon <= 0 || colon == config.accessToken.size() - 1)
        return Text::tr("The sapb1 connection's secret must be \"<UserName>:<Password>\": the SAP Business "
                        "One user name and its password, separated by a colon (the first colon; the "
                        "password may hold more).");
    QString path = config.baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/b1s/v1"_s) && !path.endsWith(u"/b1s/v2"_s))
        return Text::tr("The sapb1 connection's base URL \"%1\" is not a Service Layer root: it ends in "
                        "/b1s/v1 or /b1s/v2, e.g. https://b1server:50000/b1s/v2.")
            .arg(config.baseUrl.toString());
    return {};
}

QString SapB1Connector::system() const
{
    return u"sapb1"_s;
}

Capabilities SapB1Connector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = SapB1::objects();
    capabilities.writable = capabilities.readable;
    capabilities.webhooks = false; // Service Layer sends none
    capabilities.polling = true;
    capabilities.maxPageSize = maxPage;
    capabilities.maxBatchSize = 1; // $batch is not used
    capabilities.idempotencyKeys = false; // none in Service Layer: creates look up the match key
    capabilities.resumableWrites = false;
    // Each connector holds one session; two writers leave the (on-premise) server room.
    capabilities.writeConcurrency = 2;
    return capabilities;
}

Engine::RateLimitProfile SapB1Connector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::sapBusinessOne();
}

bool SapB1Connector::isV2() const
{
    QString path = m_config.baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path.endsWith(u"/b1s/v2"_s);
}

QString SapB1Connector::stringLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"'"_s, u"''"_s);
    return u'\'' + escaped + u'\'';
}

QUrl SapB1Connector::serviceUrl(const QString &path, const QString &encodedQuery) const
{
    return Support::endpoint(m_config.baseUrl, path, encodedQuery);
}

QString SapB1Connector::cardCodeFor(const QString &email)
{
    const QByteArray digest =
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"W"_s + QString::fromLatin1(digest.left(14)).toUpper();
}

QDateTime SapB1Connector::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Net::HttpRequest SapB1Connector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (method != "GET")
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return request;
}

std::optional<ConnectorFailure> SapB1Connector::login(QList<Net::HttpExchange> &exchanges)
{
    m_cookie.clear();
    const qsizetype colon = m_config.accessToken.indexOf(':');
    const QString user = QString::fromUtf8(m_config.accessToken.left(colon));
    const QString password = QString::fromUtf8(m_config.accessToken.mid(colon + 1));
    Net::HttpRequest post = request("POST", serviceUrl(u"Login"_s));
    // A login opens a session and changes no business data: a dry run may log in.
    post.read = true;
    post.body = compact(
        QJsonObject{{u"CompanyDB"_s, m_config.account}, {u"UserName"_s, user}, {u"Password"_s, password}});
    const Net::HttpExchange exchange = m_client.send(post);
    exchanges.append(redacted(exchange));
    if (std::optional<ConnectorFailure> failure =
            Support::failureOf(exchange, u"POST Login"_s, sapErrorText)) {
        if (exchange.response.status == 0 || exchange.response.refusedByWriteGuard)
            return failure;
        const QString message = Text::tr("SAP Business One refused the login of %1 to the company database "
                                         "%2 (HTTP %3: %4): check the user name, the password and the "
                                         "company database (account).")
                                    .arg(user, m_config.account)
                                    .arg(exchange.response.status)
                                    .arg(sapErrorText(exchange.response));
        // A refused login is an authentication failure (not retried as it is); a busy or failing
        // server (429, 5xx) keeps its status, so the login is tried again later.
        const int status = exchange.response.status >= 500 || exchange.response.status == 429
            ? exchange.response.status
            : 401;
        return ConnectorFailure{Engine::AttemptOutcome::http(status, exchange.response.header("Retry-After"),
                                                             sapErrorText(exchange.response)),
                                message};
    }
    const QJsonObject body = QJsonDocument::fromJson(exchange.response.body).object();
    QByteArray cookie;
    bool haveSession = false;
    for (const auto &[name, value] : exchange.response.headers) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QNetworkCookie &parsed : QNetworkCookie::parseCookies(value)) {
            if (parsed.name() != "B1SESSION" && parsed.name() != "ROUTEID")
                continue;
            haveSession = haveSession || parsed.name() == "B1SESSION";
            cookie += (cookie.isEmpty() ? QByteArray() : QByteArrayLiteral("; ")) + parsed.name() + '='
                + parsed.value();
        }
    }
    const QString sessionId = body.value(u"SessionId"_s).toString();
    if (!haveSession && !sessionId.isEmpty()) // no cookie came through: the session id is its value
        cookie = "B1SESSION=" + sessionId.toUtf8() + (cookie.isEmpty() ? QByteArray() : "; " + cookie);
    if (!haveSession && sessionId.isEmpty())
        return Support::permanentFailure(
            Text::tr("POST Login answered HTTP %1 without a session (no B1SESSION cookie, no SessionId)")
                .arg(exchange.response.status));
    m_cookie = cookie;
    const int minutes = body.value(u"SessionTimeout"_s).toInt();
    m_sessionMinutes = minutes > 0 ? minutes : defaultSessionMinutes;
    m_lastUse = now();
    return std::nullopt;
}

bool SapB1Connector::sessionExpired(const Net::HttpResponse &response) const
{
    if (response.status == 401)
        return true;
    if (response.status < 400)
        return false;
    return SapB1::errorCode(response.body) == invalidSessionCode
        || SapB1::errorText(response.body).contains(u"invalid session"_s, Qt::CaseInsensitive);
}

SapB1Connector::Call SapB1Connector::send(const Net::HttpRequest &original, const QString &what,
                                          QList<Net::HttpExchange> &exchanges, bool expectBody)
{
    Call call;
    // The session times out SessionTimeout minutes after its last request: a minute early, log in.
    const bool stale = m_cookie.isEmpty() || !m_lastUse.isValid()
        || now() >= m_lastUse.addSecs(qint64(m_sessionMinutes) * 60 - 60);
    if (stale) {
        if (std::optional<ConnectorFailure> failure = login(exchanges)) {
            call.failure = failure;
            return call;
        }
    }
    for (int attempt = 0;; ++attempt) {
        Net::HttpRequest sent = original;
        sent.headers.append({QByteArrayLiteral("Cookie"), m_cookie});
        if (expectBody) {
            QList<Net::HttpExchange> one;
            Support::JsonCall json = Support::sendJson(m_client, sent, what, sapErrorText, one);
            call.exchange = json.exchange;
            call.body = json.body;
            call.failure = json.failure;
        } else {
            call.exchange = m_client.send(sent);
            call.body.reset();
            call.failure = Support::failureOf(call.exchange, what, sapErrorText);
        }
        exchanges.append(redacted(call.exchange));
        if (attempt == 0 && sessionExpired(call.exchange.response)) {
            // Timed out or logged out elsewhere: a new session, and the request once more.
            if (std::optional<ConnectorFailure> failure = login(exchanges)) {
                call.failure = failure;
                return call;
            }
            continue;
        }
        if (call.exchange.response.status != 0)
            m_lastUse = now();
        return call;
    }
}

std::optional<ConnectorFailure> SapB1Connector::recordsOf(const QString &object, const QJsonObject &body,
                                                          QList<VendorRecord> &records) const
{
    if (!body.value(u"value"_s).isArray())
        return Support::permanentFailure(
            Text::tr("SAP Business One answered the %1 collection without a \"value\" array").arg(object));
    for (const QJsonValue &value : body.value(u"value"_s).toArray()) {
        QString error;
        std::optional<VendorRecord> record = SapB1::vendorRecord(object, value.toObject(), &error);
        if (!record)
            return Support::permanentFailure(error);
        records.append(*record);
    }
    return std::nullopt;
}

ReadPage SapB1Connector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    const std::optional<SapB1::ObjectInfo> info = SapB1::objectInfo(object);
    if (!info)
        return Support::pageFailure(objectNotKnown(object));
    QUrl url;
    if (!cursor.pageToken.isEmpty()) {
        url = QUrl(cursor.pageToken);
        if (!url.isValid() || url.scheme() != m_config.baseUrl.scheme()
            || url.host() != m_config.baseUrl.host() || url.port() != m_config.baseUrl.port())
            return Support::pageFailure(
                Text::tr("the page token \"%1\" is not a link into the Service Layer at %2")
                    .arg(cursor.pageToken, m_config.baseUrl.toString()));
    } else {
        QStringList query;
        if (cursor.updatedSince.isValid()) {
            // UpdateDate is a day without a zone (the server's): from the day before the cursor's.
            const QString day = cursor.updatedSince.toUTC().date().addDays(-1).toString(Qt::ISODate);
            const QString literal = isV2() ? day : stringLiteral(day);
            query.append(u"$filter="_s + Support::encodeQueryValue(u"UpdateDate ge "_s + literal));
        }
        query.append(u"$orderby="_s + Support::encodeQueryValue(u"UpdateDate,"_s + info->keyField));
        url = serviceUrl(object, query.join(u'&'));
    }
    Net::HttpRequest get = request("GET", url);
    const int size = std::clamp(pageSize, 1, maxPage);
    get.headers.append({QByteArrayLiteral("Prefer"), "odata.maxpagesize=" + QByteArray::number(size)});
    ReadPage page;
    const Call call = send(get, u"GET "_s + object, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    if (std::optional<ConnectorFailure> failure = recordsOf(object, *call.body, page.records)) {
        page.failure = failure;
        return page;
    }
    if (const QString next = nextLinkOf(*call.body); !next.isEmpty()) {
        QUrl root = m_config.baseUrl;
        if (!root.path().endsWith(u'/'))
            root.setPath(root.path() + u'/');
        page.nextPageToken = root.resolved(QUrl(next)).toString(QUrl::FullyEncoded);
    }
    return page;
}

ReadOne SapB1Connector::readById(const QString &object, const QString &id)
{
    const std::optional<SapB1::ObjectInfo> info = SapB1::objectInfo(object);
    if (!info)
        return Support::readFailure(objectNotKnown(object));
    if (id.isEmpty())
        return Support::readFailure(Text::tr("no %1 key to read").arg(object));
    const QString path = SapB1::entityPath(*info, id);
    ReadOne result;
    const Call call = send(request("GET", serviceUrl(path)), u"GET "_s + path, result.exchanges);
    if (call.status() == 404)
        return result; // not found
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    QString error;
    result.record = SapB1::vendorRecord(object, *call.body, &error);
    if (!result.record)
        result.failure = Support::permanentFailure(error);
    return result;
}

ReadOne SapB1Connector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const std::optional<SapB1::ObjectInfo> info = SapB1::objectInfo(object);
    if (!info)
        return Support::readFailure(objectNotKnown(object));
    if (matchKey.isEmpty())
        return {};
    QString condition = info->matchField + u" eq "_s + stringLiteral(matchKey);
    if (object == u"BusinessPartners"_s)
        condition += u" and CardType eq 'cCustomer'"_s;
    const QUrl url = serviceUrl(object, u"$filter="_s + Support::encodeQueryValue(condition));
    ReadOne result;
    const Call call =
        send(request("GET", url), u"GET "_s + object + u" where "_s + condition, result.exchanges);
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    QList<VendorRecord> records;
    if (std::optional<ConnectorFailure> failure = recordsOf(object, *call.body, records)) {
        result.failure = failure;
        return result;
    }
    // E-mail addresses compare case-insensitively (the database's collation may not).
    const Qt::CaseSensitivity sensitivity =
        object == u"BusinessPartners"_s ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const VendorRecord &record : std::as_const(records)) {
        if (record.matchKey.compare(matchKey, sensitivity) == 0) {
            result.record = record;
            break;
        }
    }
    return result;
}

WriteOutcome SapB1Connector::write(const WriteRequest &writeRequest)
{
    WriteOutcome outcome;
    const std::optional<SapB1::ObjectInfo> info = SapB1::objectInfo(writeRequest.object);
    if (!info) {
        outcome.failure = Support::permanentFailure(objectNotKnown(writeRequest.object));
        return outcome;
    }
    QJsonObject payload = writeRequest.payload;
    if (!writeRequest.existingId.isEmpty()) {
        if (std::optional<ConnectorFailure> failure =
                resolveReferences(writeRequest.object, payload, false, outcome.exchanges)) {
            outcome.failure = failure;
            return outcome;
        }
        return update(writeRequest, payload, std::move(outcome));
    }
    // No idempotency key in Service Layer: what an earlier attempt created is found by its key.
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
            resolveReferences(writeRequest.object, payload, true, outcome.exchanges)) {
        outcome.failure = failure;
        return outcome;
    }
    const QString what = u"POST "_s + writeRequest.object;
    Net::HttpRequest post = request("POST", serviceUrl(writeRequest.object));
    post.idempotencyKey = writeRequest.idempotencyKey;
    post.body = !writeRequest.payloadJson.isEmpty() && payload == writeRequest.payload
        ? writeRequest.payloadJson
        : compact(payload);
    const Call call = send(post, what, outcome.exchanges);
    if (!call.body) {
        outcome.failure = call.failure;
        return outcome;
    }
    QString error;
    outcome.record = SapB1::vendorRecord(writeRequest.object, *call.body, &error);
    if (!outcome.record)
        outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
    return outcome;
}

std::optional<ConnectorFailure> SapB1Connector::resolveReferences(const QString &object, QJsonObject &payload,
                                                                  bool create,
                                                                  QList<Net::HttpExchange> &exchanges)
{
    const std::optional<SapB1::ObjectInfo> info = SapB1::objectInfo(object);
    if (object == u"BusinessPartners"_s) {
        if (create && payload.value(u"CardCode"_s).toString().trimmed().isEmpty()) {
            const QString email = payload.value(u"EmailAddress"_s).toString().trimmed();
            if (email.isEmpty())
                return Support::permanentFailure(
                    Text::tr("the business partner has neither a CardCode nor an EmailAddress to make one "
                             "from: map either"));
            payload.insert(u"CardCode"_s, cardCodeFor(email));
        }
        return std::nullopt;
    }
    if (object == u"IncomingPayments"_s) {
        if (!payload.value(u"CardCode"_s).toString().trimmed().isEmpty())
            return std::nullopt;
        if (!create && !payload.contains(u"CardCode"_s))
            return std::nullopt; // an update that leaves the customer alone
        const QJsonValue entry =
            payload.value(u"PaymentInvoices"_s).toArray().first().toObject().value(u"DocEntry"_s);
        const QString docEntry = Support::idText(entry).value_or(QString());
        if (docEntry.isEmpty())
            return Support::permanentFailure(
                Text::tr("the incoming payment names no customer: map CardCode, or the invoice it pays "
                         "(PaymentInvoices[0].DocEntry)"));
        QString cardCode = m_cardCodes.value(u"invoice:"_s + docEntry);
        if (cardCode.isEmpty()) {
            ReadOne invoice = readById(u"Invoices"_s, docEntry);
            exchanges += invoice.exchanges;
            if (invoice.failure)
                return invoice.failure;
            if (!invoice.record)
                return Support::permanentFailure(
                    Text::tr("the incoming payment pays the invoice %1, which SAP Business One does not have")
                        .arg(docEntry));
            cardCode = invoice.record->document.value(u"CardCode"_s).toString();
            if (cardCode.isEmpty())
                return Support::permanentFailure(
                    Text::tr("the invoice %1 the incoming payment pays has no CardCode").arg(docEntry));
            m_cardCodes.insert(u"invoice:"_s + docEntry, cardCode);
        }
        payload.insert(u"CardCode"_s, cardCode);
        return std::nullopt;
    }
    if (!info || !info->document)
        return std::nullopt;
    // "EmailAddress" is LedgerLink's on a document (Business One documents have none): taken out.
    const QString email = payload.take(u"EmailAddress"_s).toString().trimmed();
    if (payload.value(u"CardCode"_s).toString().trimmed().isEmpty()
        && (create || payload.contains(u"CardCode"_s) || !email.isEmpty())) {
        if (email.isEmpty())
            return Support::permanentFailure(
                Text::tr("the %1 names no customer: map CardCode, or EmailAddress (and CardName) so that "
                         "the customer is found or created")
                    .arg(object));
        QString cardCode;
        if (std::optional<ConnectorFailure> failure = cardCodeByEmail(
                object, email, payload.value(u"CardName"_s).toString().trimmed(), cardCode, exchanges))
            return failure;
        payload.insert(u"CardCode"_s, cardCode);
    }
    // An update leaves the lines alone (update()), so only a create's lines are checked.
    return create ? checkItems(payload, exchanges) : std::nullopt;
}

std::optional<ConnectorFailure> SapB1Connector::cardCodeByEmail(const QString &object, const QString &email,
                                                                const QString &name, QString &cardCode,
                                                                QList<Net::HttpExchange> &exchanges)
{
    const QString cacheKey = u"email:"_s + email.toLower();
    if (const auto cached = m_cardCodes.constFind(cacheKey); cached != m_cardCodes.cend()) {
        cardCode = *cached;
        return std::nullopt;
    }
    ReadOne found = findByMatchKey(u"BusinessPartners"_s, email);
    exchanges += found.exchanges;
    if (found.failure)
        return found.failure;
    std::optional<VendorRecord> partner = found.record;
    if (!partner) {
        const QJsonObject created{{u"CardCode"_s, cardCodeFor(email)},
                                  {u"CardName"_s, name.isEmpty() ? email : name},
                                  {u"CardType"_s, u"cCustomer"_s},
                                  {u"EmailAddress"_s, email}};
        Net::HttpRequest post = request("POST", serviceUrl(u"BusinessPartners"_s));
        post.body = compact(created);
        const Call call = send(post, u"POST BusinessPartners"_s, exchanges);
        if (!call.body)
            return ConnectorFailure{call.failure->outcome,
                                    Text::tr("the %1's customer %2 could not be created: %3")
                                        .arg(object, email, call.failure->message)};
        QString error;
        partner = SapB1::vendorRecord(u"BusinessPartners"_s, *call.body, &error);
        if (!partner)
            return Support::permanentFailure(Text::tr("POST BusinessPartners answered: %1").arg(error));
    }
    cardCode = partner->id;
    m_cardCodes.insert(cacheKey, cardCode);
    return std::nullopt;
}

std::optional<ConnectorFailure> SapB1Connector::checkItems(const QJsonObject &payload,
                                                           QList<Net::HttpExchange> &exchanges)
{
    const QJsonArray lines = payload.value(u"DocumentLines"_s).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString code = lines.at(i).toObject().value(u"ItemCode"_s).toString();
        if (code.isEmpty() || m_knownItems.value(code))
            continue;
        const QString path = SapB1::entityPath(*SapB1::objectInfo(u"Items"_s), code);
        const Call call =
            send(request("GET", serviceUrl(path, u"$select=ItemCode"_s)), u"GET "_s + path, exchanges);
        if (call.status() == 404)
            return Support::permanentFailure(
                Text::tr("DocumentLines[%1]: SAP Business One has no item with the ItemCode (SKU) \"%2\"")
                    .arg(i)
                    .arg(code));
        if (!call.body)
            return call.failure;
        m_knownItems.insert(code, true);
    }
    return std::nullopt;
}

WriteOutcome SapB1Connector::update(const WriteRequest &writeRequest, const QJsonObject &payload,
                                    WriteOutcome outcome)
{
    const SapB1::ObjectInfo info = *SapB1::objectInfo(writeRequest.object);
    const QString path = SapB1::entityPath(info, writeRequest.existingId);
    const QString what = u"PATCH "_s + path;
    QJsonObject body = payload;
    if (info.document)
        body.remove(u"DocumentLines"_s); // a line without its LineNum would be added, not changed
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Call current = send(request("GET", serviceUrl(path)), u"GET "_s + path, outcome.exchanges);
        if (!current.body) {
            outcome.failure = current.status() == 404
                ? Support::permanentFailure(Text::tr("%1: SAP Business One has no %2 %3 to update (deleted)")
                                                .arg(what, writeRequest.object, writeRequest.existingId))
                : current.failure;
            return outcome;
        }
        Net::HttpRequest patch = request("PATCH", serviceUrl(path));
        patch.idempotencyKey = writeRequest.idempotencyKey;
        if (const QString etag = etagOf(*current.body, current.exchange.response); !etag.isEmpty())
            patch.headers.append({QByteArrayLiteral("If-Match"), etag.toUtf8()});
        patch.body = compact(body);
        const Call call = send(patch, what, outcome.exchanges, false);
        if (!call.failure) {
            ReadOne after = readById(writeRequest.object, writeRequest.existingId);
            outcome.exchanges += after.exchanges;
            outcome.failure = after.failure;
            outcome.record = after.record;
            if (!outcome.record && !outcome.failure)
                outcome.failure = Support::permanentFailure(
                    Text::tr("%1 worked, but the %2 cannot be read back").arg(what, writeRequest.object));
            return outcome;
        }
        if (call.status() != 412) {
            outcome.failure = call.failure;
            return outcome;
        }
        if (attempt == 1) {
            // Changed by someone else twice in a row: the record waits and is tried again later.
            const QString message = Text::tr("%1: the %2 was changed in SAP Business One while it was being "
                                             "updated (HTTP 412: %3)")
                                        .arg(what, writeRequest.object, sapErrorText(call.exchange.response));
            outcome.failure = ConnectorFailure{Engine::AttemptOutcome::dependency(message), message};
        }
    }
    return outcome;
}

ConnectionCheck SapB1Connector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    m_cookie.clear();
    const std::optional<ConnectorFailure> refused = login(exchanges);
    const Net::HttpResponse &loginResponse =
        exchanges.isEmpty() ? Net::HttpResponse() : exchanges.last().response;
    if (refused && loginResponse.status == 0)
        return unreachableCheck(loginResponse, m_config.baseUrl, u"the SAP Business One Service Layer"_s);
    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = loginResponse.status;
    if (refused) {
        check.message = refused->message;
        return check;
    }
    check.authenticated = true;
    const Call call =
        send(request("GET", serviceUrl(u"Items"_s, u"$top=1&$select=ItemCode"_s)), u"GET Items"_s, exchanges);
    check.httpStatus = call.status();
    if (!call.body) {
        check.message = Text::tr("SAP Business One accepted the login to %1 but refused to list items (%2): "
                                 "check the user's authorizations for items, business partners and "
                                 "sales documents.")
                            .arg(m_config.account, call.failure ? call.failure->message : QString());
        return check;
    }
    // Business One's authorizations are not listed by the Service Layer: a read that worked is
    // the evidence.
    check.permissionsOk = true;
    check.permissionsVerified = false;
    check.accountName = m_config.account;
    check.message = Text::tr("Connected to the SAP Business One company database “%1” (Service Layer %2).")
                        .arg(m_config.account, isV2() ? u"b1s/v2"_s : u"b1s/v1"_s);
    return check;
}

std::optional<QJsonObject> SapB1Connector::toCanonical(const VendorRecord &record, QString *error) const
{
    return SapB1::toCanonical(record, error);
}

QString SapB1Connector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    const std::optional<SapB1::ObjectInfo> info = SapB1::objectInfo(object);
    return info ? payload.value(info->matchField).toString() : QString();
}

} // namespace LedgerLink::Connectors
