#include "connectors/tryton/trytonrpc.h"

#include "connectors/connectorsupport.h"
#include "net/httpclient.h"
#include "store/redactor.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Tryton {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

const QString loginMethod = u"common.db.login"_s;

QString classOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(u"__class__"_s).toString() : QString();
}

int intOf(const QJsonObject &object, const QString &key)
{
    return object.value(key).toInt();
}

/// A short description of an error page: its <title> or its first 200 characters.
QString htmlText(const QByteArray &body)
{
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression paragraph(u"<p>([^<]*)</p>"_s, QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(body.left(4000));
    QStringList parts;
    if (const QRegularExpressionMatch match = title.match(text); match.hasMatch())
        parts.append(match.captured(1).trimmed());
    if (const QRegularExpressionMatch match = paragraph.match(text); match.hasMatch())
        parts.append(match.captured(1).trimmed().replace(u"&#39;"_s, u"'"_s));
    if (!parts.isEmpty())
        return parts.join(u": "_s);
    return text.left(200).simplified();
}

/// The vendor's own text of a non-2xx answer: werkzeug's HTML error page, or a JSON error.
QString trytonErrorText(const Net::HttpResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value(u"error"_s);
        if (error.isArray())
            return error.toArray().first().toString();
    }
    return htmlText(response.body);
}

/// What a 200 body that is not a JSON-RPC answer looks like, for the message.
QString describeBody(const Net::HttpResponse &response, const QJsonParseError &parseError)
{
    if (response.body.trimmed().isEmpty())
        return Text::tr("an empty body");
    const QByteArray type = response.header("Content-Type").toLower();
    if (type.contains("html") || response.body.trimmed().startsWith('<'))
        return Text::tr("an HTML page (%1)").arg(htmlText(response.body));
    if (parseError.error != QJsonParseError::NoError)
        return Text::tr("JSON that is broken or cut off (%1 at byte %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    return Text::tr("JSON without \"result\" or \"error\"");
}

/// The first line of a text, for messages that quote a server exception.
QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

} // namespace

QJsonObject decimalValue(const Model::Decimal &value)
{
    return QJsonObject{{u"__class__"_s, u"Decimal"_s}, {u"decimal"_s, value.toString()}};
}

QJsonObject dateValue(QDate date)
{
    return QJsonObject{{u"__class__"_s, u"date"_s},
                       {u"year"_s, date.year()},
                       {u"month"_s, date.month()},
                       {u"day"_s, date.day()}};
}

QJsonObject dateTimeValue(QDate date, QTime time, int microsecond)
{
    return QJsonObject{{u"__class__"_s, u"datetime"_s}, {u"year"_s, date.year()},
                       {u"month"_s, date.month()},      {u"day"_s, date.day()},
                       {u"hour"_s, time.hour()},        {u"minute"_s, time.minute()},
                       {u"second"_s, time.second()},    {u"microsecond"_s, microsecond}};
}

QJsonObject dateTimeValue(const QDateTime &utc)
{
    const QDateTime time = utc.toUTC();
    return dateTimeValue(time.date(), time.time(), time.time().msec() * 1000);
}

std::optional<Model::Decimal> decimalOf(const QJsonValue &value)
{
    if (value.isDouble())
        return Model::Decimal::fromJson(value);
    if (classOf(value) == u"Decimal"_s) {
        const QJsonValue text = value.toObject().value(u"decimal"_s);
        return text.isString() ? Model::Decimal::fromString(text.toString()) : std::nullopt;
    }
    return std::nullopt;
}

QDate dateOf(const QJsonValue &value)
{
    if (classOf(value) != u"date"_s && classOf(value) != u"datetime"_s)
        return {};
    const QJsonObject object = value.toObject();
    return QDate(intOf(object, u"year"_s), intOf(object, u"month"_s), intOf(object, u"day"_s));
}

QDateTime dateTimeOf(const QJsonValue &value)
{
    if (classOf(value) != u"datetime"_s)
        return {};
    const QJsonObject object = value.toObject();
    const QDate date = dateOf(value);
    const QTime time(intOf(object, u"hour"_s), intOf(object, u"minute"_s), intOf(object, u"second"_s),
                     intOf(object, u"microsecond"_s) / 1000);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime utc(date, time);
    utc.setTimeSpec(Qt::UTC);
    return utc;
}

QString exactTimeText(const QJsonValue &value)
{
    if (!dateTimeOf(value).isValid())
        return {};
    const QJsonObject object = value.toObject();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%06d", intOf(object, u"year"_s),
                             intOf(object, u"month"_s), intOf(object, u"day"_s), intOf(object, u"hour"_s),
                             intOf(object, u"minute"_s), intOf(object, u"second"_s),
                             intOf(object, u"microsecond"_s));
}

std::optional<QJsonObject> exactTimeValue(QStringView text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{6})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return dateTimeValue(date, time, match.captured(7).toInt());
}

QJsonValue plain(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &element : value.toArray())
            result.append(plain(element));
        return result;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    const QString kind = object.value(u"__class__"_s).toString();
    if (kind == u"Decimal"_s) {
        const std::optional<Model::Decimal> number = decimalOf(value);
        return number ? QJsonValue(number->toString()) : object.value(u"decimal"_s);
    }
    if (kind == u"date"_s)
        return dateOf(value).toString(Qt::ISODate);
    if (kind == u"datetime"_s)
        return dateTimeOf(value).toString(Qt::ISODateWithMs);
    if (kind == u"time"_s)
        return QTime(intOf(object, u"hour"_s), intOf(object, u"minute"_s), intOf(object, u"second"_s))
            .toString(Qt::ISODate);
    if (kind == u"timedelta"_s)
        return object.value(u"seconds"_s);
    if (kind == u"bytes"_s)
        return object.value(u"base64"_s).toString().remove(u'\n');
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), plain(it.value()));
    return result;
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

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

std::optional<qint64> idOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

QString likeLiteral(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return text;
}

QString decimalText(const QJsonValue &value)
{
    const std::optional<Model::Decimal> number = decimalOf(value);
    return number ? number->toString() : QString();
}

bool isReadMethod(QStringView method)
{
    static const QStringList reads{
        u"read"_s,        u"search"_s,          u"search_read"_s, u"search_count"_s, u"fields_get"_s,
        u"default_get"_s, u"get_preferences"_s, u"version"_s,     u"listMethods"_s,  u"methodHelp"_s};
    const qsizetype dot = method.lastIndexOf(u'.');
    return dot >= 0 && reads.contains(method.mid(dot + 1).toString());
}

ConnectorFailure failureOfError(const QString &method, const QJsonValue &error)
{
    const QJsonArray parts = error.toArray();
    const QString kind = parts.first().toString();
    const QJsonValue args = parts.at(1);
    const auto permanent = [](const QString &message) {
        return ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
    };
    if (kind == u"UserError"_s) {
        const QJsonArray values = args.toArray();
        QString text = values.at(0).toString().trimmed();
        const QString description = values.at(1).toString().trimmed();
        if (!description.isEmpty())
            text += u' ' + description;
        return permanent(Text::tr("Tryton refused %1: %2").arg(method, text));
    }
    if (kind == u"UserWarning"_s) {
        const QJsonArray values = args.toArray();
        QString text = values.at(1).toString().trimmed();
        const QString description = values.at(2).toString().trimmed();
        if (!description.isEmpty())
            text += u' ' + description;
        return permanent(Text::tr("Tryton stopped %1 with a warning a person must confirm in Tryton (%2): %3")
                             .arg(method, values.at(0).toString(), text));
    }
    if (kind == u"LoginException"_s) {
        const QJsonArray values = args.toArray();
        return permanent(Text::tr("Tryton asks for another login step (%1: %2) in %3: LedgerLink logs in "
                                  "with a password only.")
                             .arg(values.at(0).toString(), values.at(1).toString(), method));
    }
    if (kind == u"ConcurrencyException"_s) {
        const QString text = args.isArray() ? args.toArray().first().toString() : args.toString();
        const QString message =
            Text::tr("Tryton refused %1 because the record was changed at the same time (%2); the call "
                     "can be repeated.")
                .arg(method, text);
        return ConnectorFailure{Engine::AttemptOutcome::http(503, {}, text), message};
    }
    // Any other server exception: [str(exception), traceback].
    const QString text = firstLine(kind.isEmpty() ? QString::fromUtf8(QJsonDocument(parts).toJson()) : kind);
    static const QRegularExpression busy(u"database is locked|could not serialize|deadlock|timeout|"
                                         "could not obtain lock"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (busy.match(text).hasMatch()) {
        const QString message =
            Text::tr("Tryton could not do %1 now because its database was busy (%2); the call can be "
                     "repeated.")
                .arg(method, text);
        return ConnectorFailure{Engine::AttemptOutcome::http(503, {}, text), message};
    }
    return permanent(Text::tr("Tryton failed in %1: %2").arg(method, text));
}

TrytonRpc::TrytonRpc(QUrl databaseUrl, QString user, QByteArray password, Net::HttpClient &client)
    : m_url(std::move(databaseUrl))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_client(client)
{
    if (!m_url.path().endsWith(u'/'))
        m_url.setPath(m_url.path() + u'/');
}

QString TrytonRpc::database() const
{
    const QStringList segments = m_url.path().split(u'/', Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : segments.last();
}

QJsonObject TrytonRpc::context() const
{
    return QJsonObject{{u"company"_s, m_companyId}};
}

QByteArray TrytonRpc::authorization() const
{
    const QByteArray credentials = m_user.toUtf8() + ':' + QByteArray::number(m_userId) + ':' + m_sessionKey;
    return QByteArrayLiteral("Session ") + credentials.toBase64();
}

CallResult TrytonRpc::send(const QString &method, const QJsonArray &params, bool authenticated,
                           QList<Net::HttpExchange> &exchanges, const QString &idempotencyKey)
{
    const qint64 id = m_nextId++;
    Net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_url;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (authenticated)
        request.headers.append({QByteArrayLiteral("Authorization"), authorization()});
    const QJsonObject envelope{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    request.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    // Every JSON-RPC call is a POST: the write guard lets the reads through, and the login and
    // logout, which only open and close a session (a dry run must read).
    request.read = isReadMethod(method) || method == loginMethod;
    if (!request.read)
        request.idempotencyKey = idempotencyKey;
    Net::HttpExchange exchange = m_client.send(request);

    const QString what = u"Tryton "_s + method;
    CallResult result;
    std::optional<QJsonObject> answer;
    QJsonParseError parseError{};
    if (exchange.response.isSuccess()) {
        const QJsonDocument document = QJsonDocument::fromJson(exchange.response.body, &parseError);
        if (document.isObject()
            && (document.object().contains(u"result"_s) || document.object().contains(u"error"_s)))
            answer = document.object();
    }
    if (method == loginMethod) {
        // Neither the password nor the session key may reach the audit log.
        exchange.request.body = Store::Redactor::redactBody(exchange.request.body);
        if (answer && answer->value(u"result"_s).isArray()) {
            const QJsonArray redacted{answer->value(u"result"_s).toArray().first(),
                                      Store::Redactor::placeholder()};
            QJsonObject copy = *answer;
            copy.insert(u"result"_s, redacted);
            exchange.response.body = QJsonDocument(copy).toJson(QJsonDocument::Compact);
        }
    }
    exchanges.append(exchange);

    if (std::optional<ConnectorFailure> failure = Support::failureOf(exchange, what, trytonErrorText)) {
        result.failure = std::move(failure);
        return result;
    }
    if (!answer) {
        const QString message = Text::tr("%1 answered HTTP %2 with %3 instead of a JSON-RPC answer.")
                                    .arg(what)
                                    .arg(exchange.response.status)
                                    .arg(describeBody(exchange.response, parseError));
        result.failure = Support::permanentFailure(message);
        return result;
    }
    if (answer->contains(u"error"_s) && !answer->value(u"error"_s).isNull()) {
        result.failure = failureOfError(method, answer->value(u"error"_s));
        return result;
    }
    result.value = answer->value(u"result"_s);
    return result;
}

std::optional<ConnectorFailure> TrytonRpc::login(QList<Net::HttpExchange> &exchanges)
{
    m_sessionKey.clear();
    const QJsonArray params{m_user, QJsonObject{{u"password"_s, QString::fromUtf8(m_password)}}, u"en"_s};
    CallResult answer = send(loginMethod, params, false, exchanges, {});
    const int status = exchanges.last().response.status;
    const QString where = m_url.host() + u':' + QString::number(m_url.port(80));
    if (answer.failure) {
        ConnectorFailure failure = *answer.failure;
        switch (status) {
        case 401:
        case 403:
            failure.message =
                Text::tr("Tryton refused the login of user \"%1\" on database \"%2\" (HTTP %3): "
                         "the user name or the password is wrong.")
                    .arg(m_user, database())
                    .arg(status);
            failure.outcome = Engine::AttemptOutcome::http(status, {}, failure.message);
            m_loginRefused = failure;
            break;
        case 404:
            failure.message = Text::tr("There is no Tryton database \"%1\" at %2 (HTTP 404): check the last "
                                       "part of the base URL (http://host:port/<database>/).")
                                  .arg(database(), where);
            failure.outcome = Engine::AttemptOutcome::http(404, {}, failure.message);
            break;
        case 429:
            failure.message = Text::tr("Tryton holds back logins of user \"%1\" after too many failed "
                                       "attempts (HTTP 429): it accepts them again after a while.")
                                  .arg(m_user);
            break;
        default:
            break;
        }
        return failure;
    }
    const QJsonArray pair = answer.value.toArray();
    const std::optional<QString> userId = Support::idText(pair.at(0));
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString() || !userId
        || userId->isEmpty()) {
        // The answer is described, never quoted: it may hold the session key.
        const QString shape = answer.value.isArray() ? Text::tr("an array of %1 element(s)").arg(pair.size())
                                                     : Text::tr("no array");
        return Support::permanentFailure(
            Text::tr("Tryton's %1 answered %2, not [user id, session key]: is %3 a Tryton 6 server?")
                .arg(loginMethod, shape, where));
    }
    m_userId = userId->toLongLong();
    m_sessionKey = pair.at(1).toString().toUtf8();

    // The user's company: every model call is made in its context.
    CallResult preferences =
        send(u"model.res.user.get_preferences"_s, QJsonArray{true, QJsonObject()}, true, exchanges, {});
    if (preferences.failure)
        return preferences.failure;
    const QJsonObject values = preferences.value.toObject();
    const QJsonValue company = values.value(u"company"_s);
    if (!company.isDouble() || company.toInteger() <= 0) {
        return Support::permanentFailure(
            Text::tr("The Tryton user \"%1\" has no current company: choose one in the user's preferences.")
                .arg(m_user));
    }
    m_companyId = company.toInteger();
    m_companyName = values.value(u"company.rec_name"_s).toString();
    return std::nullopt;
}

std::optional<ConnectorFailure> TrytonRpc::ensureLoggedIn(QList<Net::HttpExchange> &exchanges)
{
    if (m_loginRefused)
        return m_loginRefused;
    if (loggedIn() && m_companyId > 0)
        return std::nullopt;
    return login(exchanges);
}

CallResult TrytonRpc::call(const QString &method, const QJsonArray &params,
                           QList<Net::HttpExchange> &exchanges, const QJsonObject &context,
                           const QString &idempotencyKey)
{
    if (std::optional<ConnectorFailure> failure = ensureLoggedIn(exchanges))
        return CallResult{{}, failure};
    const auto withContext = [&] {
        QJsonObject merged = this->context();
        for (auto it = context.begin(); it != context.end(); ++it)
            merged.insert(it.key(), it.value());
        QJsonArray full = params;
        full.append(merged);
        return full;
    };
    CallResult result = send(method, withContext(), true, exchanges, idempotencyKey);
    const int status = exchanges.last().response.status;
    if (status != 401 && status != 403)
        return result;
    // The session expired (Tryton ends idle sessions) or was ended elsewhere: one new login.
    if (std::optional<ConnectorFailure> failure = login(exchanges))
        return CallResult{{}, failure};
    result = send(method, withContext(), true, exchanges, idempotencyKey);
    const int again = exchanges.last().response.status;
    if (again == 401 || again == 403) {
        const QString message =
            Text::tr("Tryton refused %1 (HTTP %2) even after a new login: the method does not exist, is not "
                     "callable over JSON-RPC, or user \"%3\" may not call it.")
                .arg(method)
                .arg(again)
                .arg(m_user);
        result.failure = ConnectorFailure{Engine::AttemptOutcome::http(again, {}, message), message};
    }
    return result;
}

} // namespace LedgerLink::Connectors::Tryton
