#include "connectors/connector.h"

#include "connectors/businesscentral/businesscentralconnector.h"
#include "connectors/connectorsupport.h"
#include "connectors/netsuite/netsuiteconnector.h"
#include "connectors/odoo/odooconnector.h"
#include "connectors/quickbooks/quickbooksconnector.h"
#include "connectors/sapb1/sapb1connector.h"
#include "connectors/shopify/shopifyconnector.h"
#include "connectors/tryton/trytonconnector.h"
#include "connectors/vendure/vendureconnector.h"
#include "connectors/woocommerce/woocommerceconnector.h"
#include "connectors/xero/xeroconnector.h"
#include "connectors/zoho/zohoconnector.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

} // namespace

std::optional<Mapping::FieldCatalog> Connector::catalog(QString *error) const
{
    return Mapping::FieldCatalog::builtin(system(), error);
}

std::optional<QJsonObject> Connector::toCanonicalInBaseCurrency(const VendorRecord &, QString *error) const
{
    if (error)
        *error =
            Text::tr("the %1 store does not give its orders' amounts in its base currency").arg(system());
    return std::nullopt;
}

std::optional<QList<VendorRecord>> Connector::splitByVendor(const VendorRecord &order, QString *error) const
{
    if (error)
        *error =
            Text::tr("order %1: the %2 store does not say which vendor sells a line, so its orders cannot "
                     "be split by vendor")
                .arg(order.matchKey.isEmpty() ? order.id : order.matchKey, system());
    return std::nullopt;
}

std::optional<QList<VendorRecord>>
Connector::splitRefundByVendor(const VendorRecord &refund, const VendorRecord &order, QString *error) const
{
    Q_UNUSED(order);
    if (error)
        *error = Text::tr("refund %1: the %2 store does not say which vendor sells a line, so its refunds "
                          "cannot be split by vendor")
                     .arg(refund.id, system());
    return std::nullopt;
}

std::optional<QList<VendorRecord>>
Connector::splitPaymentByVendor(const VendorRecord &payment, const VendorRecord &order, QString *error) const
{
    Q_UNUSED(order);
    if (error)
        *error = Text::tr("payment %1: the %2 store does not say which vendor sells a line, so its "
                          "payments cannot be split by vendor")
                     .arg(payment.id, system());
    return std::nullopt;
}

QString Connector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    Q_UNUSED(object);
    Q_UNUSED(payload);
    return {};
}

QByteArray Connector::batchElementBody(const QString &object, const QByteArray &elementJson) const
{
    Q_UNUSED(object);
    return elementJson;
}

QList<WriteOutcome> Connector::writeBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes;
    outcomes.reserve(requests.size());
    for (const WriteRequest &request : requests)
        outcomes.append(write(request));
    return outcomes;
}

ConnectionCheck unreachableCheck(const Net::HttpResponse &response, const QUrl &baseUrl,
                                 const QString &vendor)
{
    ConnectionCheck check;
    const QString where =
        baseUrl.port() < 0 ? baseUrl.host() : baseUrl.host() + u':' + QString::number(baseUrl.port());
    const QString reason = response.errorText.isEmpty()
        ? QString::fromLatin1(
            QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(response.networkError))
        : response.errorText;
    if (response.rateLimitWait.count() > 0) {
        const int seconds = int((response.rateLimitWait.count() + 999) / 1000);
        check.message = Text::tr("LedgerLink's rate limiter holds requests to %1 back for %2 s (the quota is "
                                 "used up): test again then.")
                            .arg(where)
                            .arg(seconds);
        return check;
    }
    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        check.message = Text::tr("Nothing answers at %1 (connection refused): check the base URL's host and "
                                 "port, and that %2 is running.")
                            .arg(where, vendor);
        break;
    case QNetworkReply::HostNotFoundError:
        check.message =
            Text::tr(
                "The host %1 is not known: check the spelling of the base URL and the network connection.")
                .arg(baseUrl.host());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        check.message = Text::tr("%1 did not answer in time: check the network, a proxy or a firewall, then "
                                 "test again.")
                            .arg(where);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        // The HTTP client's own text (an untrusted certificate and how to add a CA) already says
        // what to do; Qt's bare error name does not.
        if (!response.errorText.isEmpty()) {
            check.message = response.errorText;
            break;
        }
        check.message = Text::tr("The secure connection to %1 failed (%2): check the base URL's scheme "
                                 "(https://) and the server's certificate.")
                            .arg(where, reason);
        break;
    case QNetworkReply::RemoteHostClosedError:
        check.message =
            Text::tr("%1 closed the connection without answering: check that the base URL is %2's "
                     "API address and whether it needs https://.")
                .arg(where, vendor);
        break;
    default:
        check.message = Text::tr("%1 cannot be reached (%2): check the base URL and the network connection.")
                            .arg(where, reason);
        break;
    }
    return check;
}

namespace {

/// What a system's connection needs besides a base URL and a secret, and how to make it.
struct ConnectorFactory
{
    QLatin1StringView system;
    /// What the connection's "account" names, for the message when it is missing; empty: not needed.
    const char *accountMeaning;
    std::unique_ptr<Connector> (*make)(const ConnectorConfig &config, Net::HttpClient &client);
    /// What else the system's configuration needs ("" when it is fine); nullptr: nothing more.
    QString (*configurationError)(const ConnectorConfig &config) = nullptr;
};

template<class T>
std::unique_ptr<Connector> makeConnector(const ConnectorConfig &config, Net::HttpClient &client)
{
    return std::make_unique<T>(config, client);
}

// One entry per system; the connector's folder holds everything vendor-specific.
const ConnectorFactory factories[] = {
    {QLatin1StringView("shopify"), nullptr, &makeConnector<ShopifyConnector>},
    {QLatin1StringView("xero"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "tenant id"),
     &makeConnector<XeroConnector>},
    {QLatin1StringView("woocommerce"), nullptr, &makeConnector<WooCommerceConnector>,
     &WooCommerceConnector::configurationError}, // "consumer_key:consumer_secret"
    {QLatin1StringView("vendure"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "administrator user name"),
     &makeConnector<VendureConnector>},
    {QLatin1StringView("tryton"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "user name"),
     &makeConnector<TrytonConnector>},
    {QLatin1StringView("quickbooks"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "realm id (company id)"),
     &makeConnector<QuickBooksConnector>},
    {QLatin1StringView("businesscentral"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "company id"),
     &makeConnector<BusinessCentralConnector>, &BusinessCentralConnector::configurationError},
    {QLatin1StringView("netsuite"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "account id"),
     &makeConnector<NetSuiteConnector>,
     &NetSuiteConnector::configurationError}, // "consumerKey:consumerSecret:tokenId:tokenSecret"
    {QLatin1StringView("odoo"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "database name"),
     &makeConnector<OdooConnector>, &OdooConnector::configurationError}, // "login:API key"
    {QLatin1StringView("sapb1"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "company database (CompanyDB)"),
     &makeConnector<SapB1Connector>, &SapB1Connector::configurationError}, // "UserName:Password"
    {QLatin1StringView("zoho"), QT_TRANSLATE_NOOP("LedgerLink::Connectors", "organization id"),
     &makeConnector<ZohoConnector>, &ZohoConnector::configurationError},
};

} // namespace

QStringList connectorSystems()
{
    QStringList names;
    for (const ConnectorFactory &factory : factories)
        names.append(factory.system);
    return names;
}

std::unique_ptr<Connector> createConnector(const ConnectorConfig &config, Net::HttpClient &client,
                                           QString *error)
{
    const auto fail = [error](const QString &message) -> std::unique_ptr<Connector> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString system = config.system.trimmed().toLower();
    const ConnectorFactory *factory = nullptr;
    for (const ConnectorFactory &candidate : factories) {
        if (candidate.system == system)
            factory = &candidate;
    }
    if (!factory) {
        return fail(
            config.system.isEmpty()
                ? Text::tr("No connector system given (known: %1).").arg(connectorSystems().join(u", "_s))
                : Text::tr("Unknown connector system \"%1\" (known: %2).")
                      .arg(config.system, connectorSystems().join(u", "_s)));
    }
    if (!config.baseUrl.isValid() || config.baseUrl.isRelative() || config.baseUrl.host().isEmpty())
        return fail(Text::tr("The %1 connection has no valid base URL.").arg(system));
    if (config.accessToken.isEmpty())
        return fail(Text::tr("The %1 connection has no access token.").arg(system));
    if (factory->accountMeaning && config.account.isEmpty()) {
        return fail(Text::tr("The %1 connection has no %2 (account).")
                        .arg(system, Text::tr(factory->accountMeaning)));
    }
    if (factory->configurationError) {
        if (const QString problem = factory->configurationError(config); !problem.isEmpty())
            return fail(problem);
    }
    return factory->make(config, client);
}

namespace Support {

ConnectorFailure permanentFailure(const QString &message)
{
    return ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
}

ReadOne readFailure(const QString &message)
{
    ReadOne result;
    result.failure = permanentFailure(message);
    return result;
}

ReadPage pageFailure(const QString &message)
{
    ReadPage page;
    page.failure = permanentFailure(message);
    return page;
}

std::optional<ConnectorFailure> failureOf(const Net::HttpExchange &exchange, const QString &what,
                                          const VendorErrorText &vendorError)
{
    const Net::HttpResponse &response = exchange.response;
    if (response.refusedByWriteGuard) {
        const QString reason = response.errorText.isEmpty()
            ? Text::tr("the connection's rollout stage does not allow writes to this side")
            : response.errorText;
        return permanentFailure(Text::tr("%1 was not sent: %2").arg(what, reason));
    }
    if (response.status == 0) {
        const QNetworkReply::NetworkError code = response.networkError == QNetworkReply::NoError
            ? QNetworkReply::UnknownNetworkError
            : response.networkError;
        const QString reason = response.errorText.isEmpty()
            ? QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code))
            : response.errorText;
        const QString message = Text::tr("%1 got no answer: %2").arg(what, reason);
        return ConnectorFailure{Engine::AttemptOutcome::network(code, reason), message};
    }
    if (response.isSuccess())
        return std::nullopt;
    const QString vendorText = vendorError ? vendorError(response).trimmed() : QString();
    const QString message = vendorText.isEmpty()
        ? Text::tr("%1 failed with HTTP %2.").arg(what).arg(response.status)
        : Text::tr("%1 failed with HTTP %2: %3").arg(what).arg(response.status).arg(vendorText);
    return ConnectorFailure{
        Engine::AttemptOutcome::http(response.status, response.header("Retry-After"), vendorText), message};
}

JsonCall sendJson(Net::HttpClient &client, const Net::HttpRequest &request, const QString &what,
                  const VendorErrorText &vendorError, QList<Net::HttpExchange> &exchanges)
{
    JsonCall call;
    call.exchange = client.send(request);
    exchanges.append(call.exchange);
    call.failure = failureOf(call.exchange, what, vendorError);
    if (call.failure)
        return call;
    QJsonParseError parseError;
    const Net::HttpResponse &response = call.exchange.response;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject()) {
        const QByteArray contentType = response.header("Content-Type").toLower();
        const QByteArray start = response.body.trimmed().left(200).toLower();
        if (contentType.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html")) {
            // A proxy's, a CDN's or a maintenance page where the API's JSON belongs: the request
            // may or may not have reached the API, so it is tried again (a write after a look-up).
            static const QRegularExpression titleOf(u"<title>([^<]{1,120})</title>"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
            const QString title =
                titleOf.match(QString::fromUtf8(response.body.left(4096))).captured(1).trimmed();
            const QString detail =
                Text::tr("%1 answered HTTP %2 with an HTML page (%3) instead of JSON: a proxy "
                         "or maintenance page in front of the API")
                    .arg(what)
                    .arg(response.status)
                    .arg(title.isEmpty() ? Text::tr("no title") : u'"' + title + u'"');
            call.failure = ConnectorFailure{Engine::AttemptOutcome::http(502, {}, detail), detail};
        } else if (parseError.error != QJsonParseError::NoError
                   && parseError.offset >= response.body.trimmed().size() - 1) {
            // The JSON ends before it is complete: the answer was cut off on its way.
            const QString detail =
                Text::tr(
                    "%1 answered HTTP %2 with a JSON body cut off after %3 bytes (%4): the answer was lost "
                    "on its way")
                    .arg(what)
                    .arg(response.status)
                    .arg(response.body.size())
                    .arg(parseError.errorString());
            call.failure = ConnectorFailure{Engine::AttemptOutcome::http(502, {}, detail), detail};
        } else {
            call.failure = permanentFailure(Text::tr("%1 answered HTTP %2 without a JSON object (%3).")
                                                .arg(what)
                                                .arg(response.status)
                                                .arg(parseError.error == QJsonParseError::NoError
                                                         ? Text::tr("not an object")
                                                         : parseError.errorString()));
        }
        return call;
    }
    call.body = document.object();
    return call;
}

} // namespace Support

ConnectionCheck testConnection(const ConnectorConfig &config, Net::WriteSide side,
                               const QList<QSslCertificate> &caCertificates)
{
    QNetworkAccessManager network;
    Net::HttpClientOptions options;
    options.rateLimitKey = u"check:"_s + config.system + u':' + config.account;
    options.side = side;
    options.guard = Net::WriteGuard::readOnly(); // a check only reads
    options.timeout = std::chrono::seconds(15);
    options.maxRateLimitWait = std::chrono::seconds(5);
    options.caCertificates = caCertificates;
    Net::HttpClient client(network, options);
    QString error;
    const std::unique_ptr<Connector> connector = createConnector(config, client, &error);
    if (!connector) {
        ConnectionCheck check;
        check.message = error;
        return check;
    }
    return connector->checkConnection();
}

} // namespace LedgerLink::Connectors
