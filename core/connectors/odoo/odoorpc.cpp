#include "connectors/odoo/odoorpc.h"

#include "connectors/connectorsupport.h"
#include "net/httpclient.h"
#include "store/redactor.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Odoo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// The first line of a text, for messages that quote a server exception.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed();
}

/// The vendor's own text of a non-2xx answer: a JSON-RPC error, or a page's <title>.
QString odooErrorText(const Net::HttpResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject()) {
        const QJsonObject error = document.object().value(u"error"_s).toObject();
        const QString message = error.value(u"data"_s).toObject().value(u"message"_s).toString();
        return firstLine(message.isEmpty() ? error.value(u"message"_s).toString() : message);
    }
    static const QRegularExpression title(u"<title>([^<]{1,200})</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(response.body.left(4000)));
    return match.hasMatch() ? match.captured(1).trimmed()
                            : QString::fromUtf8(response.body.left(200)).simplified();
}

} // namespace

QString ServerVersion::paymentReferenceField() const
{
    return major >= 18 ? u"memo"_s : u"ref"_s;
}

bool isReadMethod(QStringView method)
{
    static const QStringList reads{u"read"_s,         u"search"_s,      u"search_read"_s,
                                   u"search_count"_s, u"fields_get"_s,  u"name_search"_s,
                                   u"read_group"_s,   u"default_get"_s, u"check_access_rights"_s};
    return reads.contains(method.toString());
}

ConnectorFailure failureOfError(const QString &what, const QJsonObject &error)
{
    const QJsonObject data = error.value(u"data"_s).toObject();
    const QString name = data.value(u"name"_s).toString();
    QString text = firstLine(data.value(u"message"_s).toString());
    if (text.isEmpty())
        text = firstLine(error.value(u"message"_s).toString());
    const QString shortName = name.section(u'.', -1);
    const auto withStatus = [](int status, const QString &message) {
        return ConnectorFailure{Engine::AttemptOutcome::http(status, {}, message), message};
    };
    if (name == u"odoo.exceptions.AccessDenied"_s) {
        return withStatus(401,
                          Text::tr("Odoo refused %1 (AccessDenied): %2 — check the login and the API "
                                   "key.")
                              .arg(what, text));
    }
    if (name == u"odoo.exceptions.AccessError"_s) {
        return withStatus(403,
                          Text::tr("Odoo refused %1 (AccessError): %2 — the user needs the access "
                                   "rights for it.")
                              .arg(what, text));
    }
    if (name == u"odoo.exceptions.MissingError"_s)
        return withStatus(404, Text::tr("Odoo found no record for %1 (MissingError): %2").arg(what, text));
    if (name == u"werkzeug.exceptions.NotFound"_s)
        return withStatus(404, Text::tr("Odoo has no JSON-RPC endpoint for %1 (%2).").arg(what, text));
    static const QRegularExpression busy(u"SerializationFailure|LockNotAvailable|could not serialize|"
                                         "deadlock|ConcurrencyError|could not obtain lock"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (busy.match(name).hasMatch() || busy.match(text).hasMatch()) {
        return withStatus(503,
                          Text::tr("Odoo could not do %1 now because its database was busy (%2: %3); "
                                   "the call can be repeated.")
                              .arg(what, shortName, text));
    }
    const QString message =
        Text::tr("Odoo refused %1 (%2): %3")
            .arg(what, shortName.isEmpty() ? error.value(u"message"_s).toString() : shortName, text);
    return Support::permanentFailure(message);
}

QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

qint64 many2oneId(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray().at(0).toInteger();
    return value.isDouble() ? value.toInteger() : 0;
}

QString many2oneName(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().at(1).toString() : QString();
}

QJsonValue numberValue(const Model::Decimal &value)
{
    const QString text = value.toString();
    bool integral = false;
    const qint64 whole = text.toLongLong(&integral);
    if (integral)
        return whole;
    return text.toDouble(); // Odoo's Float fields: the double nearest to the exact value
}

QDateTime dateTimeOf(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString().left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString dateTimeText(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonArray clause(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray{field, op, value};
}

QList<qint64> idsOf(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray()) {
        if (id.isDouble())
            ids.append(id.toInteger());
    }
    return ids;
}

OdooRpc::OdooRpc(QUrl baseUrl, QString database, QString login, QByteArray apiKey, Net::HttpClient &client)
    : m_baseUrl(std::move(baseUrl))
    , m_database(std::move(database))
    , m_login(std::move(login))
    , m_apiKey(std::move(apiKey))
    , m_client(client)
{ }

QUrl OdooRpc::endpoint() const
{
    return Support::endpoint(m_baseUrl, u"jsonrpc"_s);
}

CallResult OdooRpc::send(const QString &service, const QString &method, const QJsonArray &args, int keyIndex,
                         bool read, QList<Net::HttpExchange> &exchanges, const QString &idempotencyKey)
{
    const qint64 id = m_nextId++;
    const auto envelope = [&](const QJsonArray &arguments) {
        const QJsonObject params{{u"service"_s, service}, {u"method"_s, method}, {u"args"_s, arguments}};
        return QJsonDocument(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                         {u"method"_s, u"call"_s},
                                         {u"params"_s, params},
                                         {u"id"_s, id}})
            .toJson(QJsonDocument::Compact);
    };
    Net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint();
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = envelope(args);
    // Every call is a POST: the write guard lets the reads, the version and the login through.
    request.read = read;
    if (!read)
        request.idempotencyKey = idempotencyKey;
    Net::HttpExchange exchange = m_client.send(request);
    if (keyIndex >= 0 && keyIndex < args.size()) {
        // The API key is in the body: what is recorded (the audit log, dead letters) never holds it.
        QJsonArray redacted = args;
        redacted[keyIndex] = Store::Redactor::placeholder();
        exchange.request.body = envelope(redacted);
    }
    exchanges.append(exchange);

    const QString call = service == u"object"_s && args.size() > 4
        ? args.at(3).toString() + u' ' + args.at(4).toString()
        : service + u' ' + method;
    const QString what = u"Odoo "_s + call;
    CallResult result;
    if (std::optional<ConnectorFailure> failure = Support::failureOf(exchange, what, odooErrorText)) {
        result.failure = std::move(failure);
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(exchange.response.body, &parseError);
    const QJsonObject answer = document.object();
    if (!document.isObject() || (!answer.contains(u"result"_s) && !answer.contains(u"error"_s))) {
        const QByteArray start = exchange.response.body.trimmed().left(100).toLower();
        const QString shape = exchange.response.body.trimmed().isEmpty() ? Text::tr("an empty body")
            : start.startsWith('<')                                      ? Text::tr("an HTML page")
            : parseError.error != QJsonParseError::NoError
            ? Text::tr("broken or cut-off JSON (%1 at byte %2)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : Text::tr("JSON without \"result\" or \"error\"");
        const QString message = Text::tr("%1 answered HTTP %2 with %3 instead of a JSON-RPC answer: is %4 an "
                                         "Odoo server?")
                                    .arg(what)
                                    .arg(exchange.response.status)
                                    .arg(shape, m_baseUrl.toString(QUrl::RemoveUserInfo));
        // A proxy's page or an answer cut off on its way: the call may be repeated.
        result.failure = start.startsWith('<') || parseError.error != QJsonParseError::NoError
            ? ConnectorFailure{Engine::AttemptOutcome::http(502, {}, message), message}
            : Support::permanentFailure(message);
        return result;
    }
    if (answer.value(u"error"_s).isObject()) {
        result.failure = failureOfError(call, answer.value(u"error"_s).toObject());
        return result;
    }
    result.value = answer.value(u"result"_s);
    return result;
}

std::optional<ConnectorFailure> OdooRpc::ensureAuthenticated(QList<Net::HttpExchange> &exchanges)
{
    if (m_refused)
        return m_refused;
    if (m_uid > 0 && m_version.major > 0)
        return std::nullopt;
    if (m_version.major == 0) {
        const CallResult version = send(u"common"_s, u"version"_s, QJsonArray{}, -1, true, exchanges, {});
        if (version.failure)
            return version.failure;
        const QJsonObject info = version.value.toObject();
        const int major = info.value(u"server_version_info"_s).toArray().at(0).toInt();
        if (major < 16 || major > 18) {
            const QString text = info.value(u"server_version"_s).toString();
            return Support::permanentFailure(
                Text::tr("The Odoo server at %1 runs version %2: LedgerLink supports Odoo 16, 17 and 18.")
                    .arg(m_baseUrl.host(), text.isEmpty() ? Text::tr("(unknown)") : text));
        }
        m_version.major = major;
        m_version.text = info.value(u"server_version"_s).toString();
    }
    const QJsonArray args{m_database, m_login, QString::fromUtf8(m_apiKey), QJsonObject{}};
    const CallResult login = send(u"common"_s, u"authenticate"_s, args, 2, true, exchanges, {});
    if (login.failure) {
        ConnectorFailure failure = *login.failure;
        if (failure.outcome.httpStatus == 404
            || failure.message.contains(u"database"_s, Qt::CaseInsensitive)) {
            failure.message +=
                u' ' + Text::tr("Check the database name \"%1\" (the connection's account).").arg(m_database);
        }
        return failure;
    }
    if (!login.value.isDouble() || login.value.toInteger() <= 0) {
        const QString message =
            Text::tr("Odoo refused the login \"%1\" on database \"%2\" (authenticate answered false): the "
                     "login or the API key is wrong, or the key has expired.")
                .arg(m_login, m_database);
        m_refused = ConnectorFailure{Engine::AttemptOutcome::http(401, {}, message), message};
        return m_refused;
    }
    m_uid = login.value.toInteger();
    return std::nullopt;
}

CallResult OdooRpc::execute(const QString &model, const QString &method, const QJsonArray &args,
                            const QJsonObject &kwargs, QList<Net::HttpExchange> &exchanges,
                            const QString &idempotencyKey)
{
    if (std::optional<ConnectorFailure> failure = ensureAuthenticated(exchanges))
        return CallResult{{}, failure};
    const QJsonArray full{m_database, m_uid, QString::fromUtf8(m_apiKey), model, method, args, kwargs};
    return send(u"object"_s, u"execute_kw"_s, full, 2, isReadMethod(method), exchanges, idempotencyKey);
}

} // namespace LedgerLink::Connectors::Odoo
