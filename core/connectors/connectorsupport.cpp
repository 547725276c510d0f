#include "connectors/connectorsupport.h"

#include "connectors/oauthsession.h"
#include "model/ids.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtCore/QVariant>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Support {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

QString quoted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Double:
        return value.toVariant().toString(); // integers exactly, doubles shortest round-trip
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"null"_s;
    }
}

bool absent(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

} // namespace

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString fieldPath(const QString &path, QAnyStringView key)
{
    return path.isEmpty() ? key.toString() : QString(path + u'.' + key.toString());
}

QString encodeQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

JsonCall sendJsonRenewing(Net::HttpClient &client, const Net::HttpRequest &request, const QString &what,
                          const VendorErrorText &vendorError, QList<Net::HttpExchange> &exchanges,
                          OAuthSession *oauth)
{
    JsonCall call = sendJson(client, request, what, vendorError, exchanges);
    if (call.status() != 401 || !oauth)
        return call;
    static constexpr QByteArrayView bearer("Bearer ");
    QByteArray used;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && value.startsWith(bearer))
            used = value.mid(bearer.size());
    }
    QString error;
    if (!oauth->refresh(used, &error)) {
        call.failure =
            ConnectorFailure{call.failure->outcome, call.failure->message + u" ("_s + error + u')'};
        return call;
    }
    Net::HttpRequest again = request;
    for (auto &[name, value] : again.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            value = bearer.toByteArray() + oauth->accessToken();
    }
    return sendJson(client, again, what, vendorError, exchanges);
}

QUrl endpoint(const QUrl &base, const QString &path, const QString &encodedQuery)
{
    QUrl url = base;
    QString basePath = base.path();
    if (!basePath.endsWith(u'/'))
        basePath += u'/';
    QStringView relative(path);
    while (relative.startsWith(u'/'))
        relative = relative.mid(1);
    url.setPath(basePath + relative);
    url.setQuery(encodedQuery.isEmpty() ? QString() : encodedQuery, QUrl::StrictMode);
    return url;
}

QDateTime parseIsoDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    // A timestamp without an offset is taken as UTC (vendors document their timestamps as UTC).
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toUTC();
}

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

std::optional<QString> idText(const QJsonValue &value)
{
    if (absent(value))
        return QString();
    return Model::jsonIdToString(value);
}

void FieldReader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty())
        m_error = path + u": "_s + message;
}

QString FieldReader::text(const QJsonValue &value, const QString &path)
{
    if (absent(value))
        return {};
    if (!value.isString()) {
        fail(path, Text::tr("%1 is not a text").arg(quoted(value)));
        return {};
    }
    return value.toString();
}

QString FieldReader::id(const QJsonValue &value, const QString &path, bool required)
{
    if (absent(value)) {
        if (required)
            fail(path, Text::tr("the id is missing"));
        return {};
    }
    QString why;
    const std::optional<QString> id = Model::jsonIdToString(value, &why);
    if (!id) {
        fail(path, why);
        return {};
    }
    if (required && id->isEmpty())
        fail(path, Text::tr("the id is empty"));
    return *id;
}

std::optional<Model::Decimal> FieldReader::decimal(const QJsonValue &value, const QString &path,
                                                   bool required)
{
    if (absent(value)) {
        if (required)
            fail(path, Text::tr("the number is missing"));
        return std::nullopt;
    }
    std::optional<Model::Decimal> number;
    if (value.isString() || value.isDouble())
        number = Model::Decimal::fromJson(value);
    if (!number)
        fail(path, Text::tr("%1 is not a decimal number").arg(quoted(value)));
    return number;
}

Model::Money FieldReader::money(const QJsonValue &value, const Model::Currency &currency, const QString &path,
                                bool required)
{
    const std::optional<Model::Decimal> amount = decimal(value, path, required);
    if (!amount)
        return {};
    if (!currency.isValid()) {
        fail(path, Text::tr("the amount %1 has no known currency").arg(amount->toString()));
        return {};
    }
    const std::optional<Model::Money> money = Model::Money::exact(*amount, currency);
    if (!money) {
        fail(path, Text::tr("%1 has more decimals than %2 allows").arg(amount->toString(), currency.code()));
        return {};
    }
    return *money;
}

Model::Currency FieldReader::currency(const QJsonValue &value, const QString &path, bool required)
{
    if (absent(value) || (value.isString() && value.toString().isEmpty())) {
        if (required)
            fail(path, Text::tr("the currency is missing"));
        return {};
    }
    const std::optional<Model::Currency> currency =
        value.isString() ? Model::Currency::fromCode(value.toString()) : std::nullopt;
    if (!currency) {
        fail(path, Text::tr("%1 is not an ISO 4217 currency code").arg(quoted(value)));
        return {};
    }
    return *currency;
}

QDateTime FieldReader::isoDateTime(const QJsonValue &value, const QString &path)
{
    const QString raw = text(value, path);
    if (raw.isEmpty())
        return {};
    const QDateTime parsed = parseIsoDateTime(raw);
    if (!parsed.isValid())
        fail(path, Text::tr("%1 is not an ISO 8601 date and time").arg(quoted(value)));
    return parsed;
}

QJsonObject FieldReader::object(const QJsonValue &value, const QString &path)
{
    if (absent(value))
        return {};
    if (!value.isObject())
        fail(path, Text::tr("%1 is not an object").arg(quoted(value)));
    return value.toObject();
}

QJsonArray FieldReader::array(const QJsonValue &value, const QString &path)
{
    if (absent(value))
        return {};
    if (!value.isArray())
        fail(path, Text::tr("%1 is not an array").arg(quoted(value)));
    return value.toArray();
}

bool GraphQlCall::isAuthError() const
{
    return errorCode == u"FORBIDDEN"_s || errorCode == u"UNAUTHORIZED"_s || errorCode == u"UNAUTHENTICATED"_s
        || status() == 401 || status() == 403;
}

QString graphQlErrorText(const QJsonObject &body)
{
    QStringList parts;
    for (const QJsonValue &value : body.value(u"errors"_s).toArray()) {
        const QJsonObject error = value.toObject();
        const QString message = error.value(u"message"_s).toString();
        const QString code = error.value(u"extensions"_s).toObject().value(u"code"_s).toString();
        parts.append(code.isEmpty() ? message : QString(message + u" ("_s + code + u')'));
    }
    return parts.join(u"; "_s);
}

GraphQlCall sendGraphQl(Net::HttpClient &client, const GraphQlRequest &request, const QString &what,
                        QList<Net::HttpExchange> &exchanges)
{
    Net::HttpRequest http;
    http.url = request.url;
    http.headers = request.headers;
    http.idempotencyKey = request.idempotencyKey;
    http.read = request.read && !request.get;
    const QByteArray variables = QJsonDocument(request.variables).toJson(QJsonDocument::Compact);
    if (request.get) {
        http.method = "GET";
        QString query = u"query="_s + encodeQueryValue(request.query);
        if (!request.variables.isEmpty())
            query +=
                u"&variables="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(variables)));
        http.url.setQuery(query, QUrl::StrictMode);
    } else {
        http.method = "POST";
        http.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        http.body =
            QJsonDocument(QJsonObject{{u"query"_s, request.query}, {u"variables"_s, request.variables}})
                .toJson(QJsonDocument::Compact);
    }

    GraphQlCall call;
    call.exchange = client.send(http);
    exchanges.append(call.exchange);
    const QJsonObject body = QJsonDocument::fromJson(call.exchange.response.body).object();
    const QJsonObject first = body.value(u"errors"_s).toArray().first().toObject();
    call.errorMessage = first.value(u"message"_s).toString();
    call.errorCode = first.value(u"extensions"_s).toObject().value(u"code"_s).toString();
    call.failure =
        failureOf(call.exchange, what, [&body](const Net::HttpResponse &) { return graphQlErrorText(body); });
    if (call.failure)
        return call;
    if (body.isEmpty()) {
        call.failure = permanentFailure(Text::tr("%1 answered HTTP %2 without a JSON object.")
                                            .arg(what)
                                            .arg(call.exchange.response.status));
        return call;
    }
    if (body.contains(u"errors"_s)) {
        const QString text = graphQlErrorText(body);
        const QString message = Text::tr("%1 failed: %2").arg(what, text);
        int status = 0;
        if (call.errorCode == u"UNAUTHORIZED"_s || call.errorCode == u"UNAUTHENTICATED"_s)
            status = 401;
        else if (call.errorCode == u"FORBIDDEN"_s || call.errorCode == u"ACCESS_DENIED"_s)
            status = 403;
        else if (call.errorCode == u"ENTITY_NOT_FOUND"_s)
            status = 404;
        else if (call.errorCode == u"THROTTLED"_s)
            status = 429;
        else if (call.errorCode == u"INTERNAL_SERVER_ERROR"_s)
            status = 500;
        call.failure = status == 0
            ? ConnectorFailure{Engine::AttemptOutcome::validation(message), message}
            : ConnectorFailure{Engine::AttemptOutcome::http(status, {}, text), message};
        return call;
    }
    if (!body.value(u"data"_s).isObject()) {
        call.failure = permanentFailure(Text::tr("%1 answered without data.").arg(what));
        return call;
    }
    call.data = body.value(u"data"_s).toObject();
    return call;
}

} // namespace LedgerLink::Connectors::Support
