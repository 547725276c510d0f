#include "connectors/vendure/venduresession.h"

#include "connectors/vendure/vendurecanonical.h"
#include "store/redactor.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Vendure {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Support::GraphQlCall;

} // namespace

/// {"field": {"op": value}}
QJsonObject condition(const QString &field, const QJsonObject &operators)
{
    return QJsonObject{{field, operators}};
}

/// The conditions as one filter (all must hold).
QJsonObject allOf(const QJsonArray &conditions)
{
    if (conditions.isEmpty())
        return {};
    if (conditions.size() == 1)
        return conditions.first().toObject();
    return QJsonObject{{u"_and"_s, conditions}};
}

/// "4, 9"
QString idList(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(Support::idText(item.toObject().value(u"id"_s)).value_or(QString()));
    return ids.join(u", "_s);
}

ReadOne readOneOf(const QString &object, const QJsonObject &document, QList<Net::HttpExchange> exchanges)
{
    ReadOne result;
    result.exchanges = std::move(exchanges);
    QString error;
    result.record = Vendure::vendorRecord(object, document, &error);
    if (!result.record)
        result.failure = Support::permanentFailure(error);
    return result;
}

VendureSession::VendureSession(const ConnectorConfig &config, Net::HttpClient &client)
    : m_config(config)
    , m_client(client)
{ }

VendureSession::~VendureSession() = default;

QUrl VendureSession::apiUrl() const
{
    return Support::endpoint(m_config.baseUrl, u"admin-api"_s);
}

Net::HttpClient &VendureSession::loginClient()
{
    // The login goes through a network manager of the connector's own, used for nothing else:
    // - Vendure answers it with a session cookie too, and prefers a cookie to the Bearer token; in
    //   the shared manager's cookie jar it would be sent along with every later request, to this
    //   connection and to any other Vendure connection of the same host (another administrator);
    // - the write guard holds POSTs back in a read-only stage (a dry run, Test connection), and a
    //   login is a POST, but it changes no store data.
    if (!m_loginClient) {
        m_loginNetwork = std::make_unique<QNetworkAccessManager>();
        Net::HttpClientOptions options = m_client.options();
        options.guard = Net::WriteGuard::allowing(true, true);
        m_loginClient = std::make_unique<Net::HttpClient>(*m_loginNetwork, options);
    }
    return *m_loginClient;
}

std::optional<ConnectorFailure> VendureSession::login(QList<Net::HttpExchange> &exchanges)
{
    Support::GraphQlRequest request;
    request.url = apiUrl();
    request.query =
        u"mutation($username: String!, $password: String!) { login(username: $username, "
        "password: $password) { __typename ... on CurrentUser { id identifier } ... on ErrorResult "
        "{ errorCode message } } }"_s;
    request.variables = QJsonObject{{u"username"_s, m_config.account},
                                    {u"password"_s, QString::fromUtf8(m_config.accessToken)}};
    const QString what = Text::tr("Vendure login as administrator \"%1\"").arg(m_config.account);
    QList<Net::HttpExchange> sent;
    const GraphQlCall call = Support::sendGraphQl(loginClient(), request, what, sent);
    // The password never leaves this function: the recorded body is redacted, and so are the
    // session token and cookies in the answer's headers.
    for (Net::HttpExchange &exchange : sent) {
        exchange.request.body = Store::Redactor::redactBody(exchange.request.body);
        exchange.response.headers = Store::Redactor::redactHeaders(exchange.response.headers);
    }
    exchanges += sent;
    if (call.failure)
        return call.failure;
    const QJsonObject result = call.data->value(u"login"_s).toObject();
    const QString type = result.value(u"__typename"_s).toString();
    if (type == u"CurrentUser"_s) {
        m_token = call.exchange.response.header("vendure-auth-token");
        if (m_token.isEmpty()) {
            return Support::permanentFailure(
                Text::tr(
                    "%1 worked, but Vendure sent no vendure-auth-token header: its authOptions.tokenMethod "
                    "must include \"bearer\".")
                    .arg(what));
        }
        return std::nullopt;
    }
    const QString code = result.value(u"errorCode"_s).toString();
    const QString message = result.value(u"message"_s).toString();
    if (code == u"INVALID_CREDENTIALS_ERROR"_s) {
        const QString text =
            Text::tr("Vendure refused the password of administrator \"%1\" (%2: %3): check the "
                     "connection's user name (account) and password.")
                .arg(m_config.account, code, message);
        return ConnectorFailure{Engine::AttemptOutcome::http(401, {}, message), text};
    }
    if (code.isEmpty()) {
        return Support::permanentFailure(
            Text::tr("%1 answered without a user or an error: is this Vendure's Admin API?").arg(what));
    }
    return Support::permanentFailure(Text::tr("%1 was refused: %2 (%3)").arg(what, message, code));
}

GraphQlCall VendureSession::call(const QString &what, const QString &query, const QJsonObject &variables,
                                 bool mutation, QList<Net::HttpExchange> &exchanges,
                                 const QString &idempotencyKey)
{
    GraphQlCall result;
    if (m_token.isEmpty()) {
        if (std::optional<ConnectorFailure> failed = login(exchanges)) {
            result.failure = failed;
            return result;
        }
    }
    for (int attempt = 1;; ++attempt) {
        Support::GraphQlRequest request;
        request.url = apiUrl();
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token});
        if (!mutation) // Apollo's CSRF prevention lets a GET pass with this header
            request.headers.append(
                {QByteArrayLiteral("apollo-require-preflight"), QByteArrayLiteral("true")});
        request.query = query;
        request.variables = variables;
        request.get = !mutation;
        request.idempotencyKey = idempotencyKey;
        result = Support::sendGraphQl(m_client, request, what, exchanges);
        if (!result.isAuthError())
            return result;
        if (attempt == 1) {
            // An expired or revoked session: one fresh login, then the same call again (it was
            // refused, so it did nothing).
            m_token.clear();
            if (std::optional<ConnectorFailure> failed = login(exchanges)) {
                result.failure = failed;
                return result;
            }
            continue;
        }
        const QString message =
            Text::tr("%1 was refused right after a fresh login (%2: %3): the administrator "
                     "\"%4\" lacks a permission it needs; see Test connection.")
                .arg(what, result.errorCode, result.errorMessage, m_config.account);
        result.failure =
            ConnectorFailure{Engine::AttemptOutcome::http(403, {}, result.errorMessage), message};
        return result;
    }
}

std::optional<ConnectorFailure> VendureSession::learnChannel(QList<Net::HttpExchange> &exchanges)
{
    if (m_currency.isValid() && !m_languageCode.isEmpty())
        return std::nullopt;
    const GraphQlCall answer = call(
        u"query activeChannel"_s,
        u"query { activeChannel { code defaultCurrencyCode defaultLanguageCode } }"_s, {}, false, exchanges);
    if (!answer.data)
        return answer.failure;
    const QJsonObject channel = answer.data->value(u"activeChannel"_s).toObject();
    m_languageCode = channel.value(u"defaultLanguageCode"_s).toString();
    if (!m_currency.isValid()) {
        const std::optional<Model::Currency> currency =
            Model::Currency::fromCode(channel.value(u"defaultCurrencyCode"_s).toString());
        if (!currency) {
            return Support::permanentFailure(
                Text::tr("Vendure's channel %1 has no known default currency (\"%2\").")
                    .arg(channel.value(u"code"_s).toString(),
                         channel.value(u"defaultCurrencyCode"_s).toString()));
        }
        m_currency = *currency;
    }
    if (m_languageCode.isEmpty())
        m_languageCode = u"en"_s;
    return std::nullopt;
}

std::optional<ConnectorFailure> VendureSession::learnStockLocation(QList<Net::HttpExchange> &exchanges)
{
    if (m_stockLocations >= 0)
        return std::nullopt;
    const GraphQlCall answer =
        call(u"query stockLocations"_s,
             u"query { stockLocations(options: { take: 2 }) { totalItems items { id } } }"_s, {}, false,
             exchanges);
    if (!answer.data)
        return answer.failure;
    const QJsonObject list = answer.data->value(u"stockLocations"_s).toObject();
    m_stockLocations = list.value(u"totalItems"_s).toInt();
    if (m_stockLocations == 1) {
        m_stockLocationId =
            Support::idText(list.value(u"items"_s).toArray().first().toObject().value(u"id"_s))
                .value_or(QString());
    }
    return std::nullopt;
}

ReadOne VendureSession::findVariant(const QString &sku, const QString &selection,
                                    QList<Net::HttpExchange> &exchanges)
{
    ReadOne result;
    const QJsonObject options{{u"filter"_s, condition(u"sku"_s, {{u"eq"_s, sku}})}, {u"take"_s, 20}};
    const GraphQlCall answer = call(u"query productVariants sku "_s + sku,
                                    u"query($options: ProductVariantListOptions) { productVariants(options: "
                                    "$options) { totalItems items { "_s
                                        + selection + u" } } }"_s,
                                    QJsonObject{{u"options"_s, options}}, false, exchanges);
    result.exchanges = exchanges;
    if (!answer.data) {
        result.failure = answer.failure;
        return result;
    }
    const QJsonObject list = answer.data->value(u"productVariants"_s).toObject();
    QJsonArray exact;
    for (const QJsonValue &item : list.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"sku"_s).toString() == sku)
            exact.append(item);
    }
    if (exact.size() > 1) {
        const int total = std::max(int(exact.size()), list.value(u"totalItems"_s).toInt());
        const QString message = Text::tr("SKU %1 is used by %2 variants (ids %3) in Vendure: make it unique "
                                         "there; LedgerLink will not guess which one.")
                                    .arg(sku)
                                    .arg(total)
                                    .arg(idList(exact));
        result.failure = Support::permanentFailure(message);
        return result;
    }
    if (!exact.isEmpty())
        result.record = VendorRecord{u"variant"_s, {}, sku, {}, exact.first().toObject()};
    return result;
}

} // namespace LedgerLink::Connectors::Vendure
