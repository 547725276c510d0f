// Connector::checkConnection() of the Shopify and Xero connectors against the in-process sandbox
// (real HTTP on 127.0.0.1): a working connection with its account name and rate-limit budget, a
// wrong token, a wrong tenant, a missing scope, a closed port, a base URL that is no API, and a
// store in maintenance each give their own answer.
#include "connectors/shopify/shopifyconnector.h"
#include "connectors/xero/xeroconnector.h"
#include "net/httpclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::ConnectionCheck;

namespace {

/// A JWT whose payload claims `scope` (the signature part is a dummy: only Xero checks it).
QByteArray jwtWithScopes(const QJsonArray &scopes)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}}) + '.'
        + part({{u"scope"_s, scopes}, {u"xero_userid"_s, u"u1"_s}}) + ".c2lnbmF0dXJl";
}

} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.path();
        const Sandbox::SandboxStarted started = m_services.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        m_store = started.storeUrl;
        m_books = started.booksUrl;
    }

    void cleanupTestCase() { m_services.stop(); }

    void shopifyConnectionWorks()
    {
        // First test: the bucket is nearly empty, so after the two requests of the check 38 or
        // 39 of 40 are left (it drains by 2 a second, so the first request may have drained).
        ConnectionCheck check = shopify()->checkConnection();
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY(check.reachable);
        QVERIFY(check.authenticated);
        QVERIFY(check.permissionsVerified);
        QVERIFY(check.missingPermissions.isEmpty());
        QVERIFY(check.grantedPermissions.contains(u"write_products"_s));
        QCOMPARE(check.accountName, u"Sandbox Shop"_s);
        QCOMPARE(check.httpStatus, 200);
        QCOMPARE(check.rateLimitLimit, 40);
        QVERIFY2(check.rateLimitRemaining == 38 || check.rateLimitRemaining == 39,
                 qPrintable(QString::number(check.rateLimitRemaining)));
        QVERIFY2(check.message.startsWith(u"Connected to Sandbox Shop with every access scope"_s),
                 qPrintable(check.message));
        QVERIFY2(check.message.contains(u" of 40 requests left in the rate-limit bucket"_s),
                 qPrintable(check.message));
    }

    void shopifyWrongTokenIsNotAuthenticated()
    {
        const ConnectionCheck check = shopify("shpat_wrong")->checkConnection();
        QVERIFY(!check.ok());
        QVERIFY(check.reachable);
        QVERIFY(!check.authenticated);
        QVERIFY(!check.permissionsOk);
        QCOMPARE(check.httpStatus, 401);
        QVERIFY2(
            check.message.contains(u"refused the access token (HTTP 401: [API] Invalid API key or access "
                                   "token"_s),
            qPrintable(check.message));
        QVERIFY(!check.message.contains(u"shpat_wrong"_s)); // never the secret
    }

    void shopifyMissingScopeIsNamed()
    {
        QCOMPARE(control(m_store, "POST", u"/__sandbox/access-scopes"_s,
                         QJsonObject{{u"handles"_s,
                                      QJsonArray{u"read_orders"_s, u"read_customers"_s, u"read_products"_s,
                                                 u"write_inventory"_s}}}),
                 200);
        const ConnectionCheck check = shopify()->checkConnection();
        QCOMPARE(control(m_store, "POST", u"/__sandbox/access-scopes"_s,
                         QJsonObject{
                             {u"handles"_s,
                              QJsonArray{u"read_orders"_s, u"write_orders"_s, u"read_customers"_s,
                                         u"write_customers"_s, u"read_products"_s, u"write_products"_s,
                                         u"read_inventory"_s, u"write_inventory"_s, u"read_locations"_s}}}),
                 200);
        QVERIFY(!check.ok());
        QVERIFY(check.reachable);
        QVERIFY(check.authenticated);
        QVERIFY(check.permissionsVerified);
        QVERIFY(!check.permissionsOk);
        // read_products is there but not write_products; write_inventory covers read_inventory.
        QCOMPARE(check.missingPermissions, (QStringList{u"write_products"_s, u"read_locations"_s}));
        QVERIFY2(check.message.startsWith(
                     u"Connected to Sandbox Shop, but the access token is missing the scopes write_products, "
                     "read_locations: add them"_s),
                 qPrintable(check.message));
    }

    void shopifyClosedPortIsUnreachable()
    {
        const ConnectionCheck check =
            shopify(Sandbox::Credentials::shopAccessTokenText, closedPortUrl())->checkConnection();
        QVERIFY(!check.reachable);
        QVERIFY(!check.authenticated);
        QCOMPARE(check.httpStatus, 0);
        QVERIFY2(check.message.startsWith(u"Nothing answers at 127.0.0.1:"_s), qPrintable(check.message));
        QVERIFY2(check.message.contains(u"(connection refused)"_s), qPrintable(check.message));
    }

    void shopifyBaseUrlThatIsNoApi()
    {
        QUrl wrong = m_store;
        wrong.setPath(u"/shop"_s);
        const ConnectionCheck check =
            shopify(Sandbox::Credentials::shopAccessTokenText, wrong)->checkConnection();
        QVERIFY(check.reachable);
        QVERIFY(!check.authenticated);
        QCOMPARE(check.httpStatus, 404);
        QVERIFY2(check.message.startsWith(u"127.0.0.1 has no Shopify Admin API 2024-04"_s),
                 qPrintable(check.message));
    }

    void shopifyMaintenanceIsUnavailable()
    {
        QCOMPARE(control(m_store, "POST", u"/__sandbox/faults"_s,
                         QJsonObject{{u"kind"_s, u"maintenance"_s}, {u"count"_s, 1}}),
                 200);
        const ConnectionCheck check = shopify()->checkConnection();
        QVERIFY(check.reachable);
        QVERIFY(!check.authenticated);
        QCOMPARE(check.httpStatus, 503);
        QVERIFY2(check.message.startsWith(u"127.0.0.1 is unavailable (HTTP 503: Unavailable Shop)"_s),
                 qPrintable(check.message));
    }

    void xeroConnectionWorks()
    {
        const ConnectionCheck check = xero()->checkConnection();
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.accountName, u"Sandbox Books"_s);
        QCOMPARE(check.httpStatus, 200);
        QCOMPARE(check.rateLimitLimit, 60);
        QVERIFY(check.rateLimitRemaining >= 0 && check.rateLimitRemaining < 60);
        QVERIFY2(check.rateLimitDetail.contains(u" of 5,000 requests left today"_s),
                 qPrintable(check.rateLimitDetail));
        // The sandbox token is opaque: the scopes cannot be listed, the organisation read worked.
        QVERIFY(!check.permissionsVerified);
        QVERIFY2(check.message.startsWith(u"Connected to Sandbox Books; "_s), qPrintable(check.message));
        QVERIFY2(check.message.contains(u"requests left this minute; the token does not list its scopes"_s),
                 qPrintable(check.message));
    }

    void xeroWrongTokenIsNotAuthenticated()
    {
        const ConnectionCheck check = xero("expired-token")->checkConnection();
        QVERIFY(check.reachable);
        QVERIFY(!check.authenticated);
        QCOMPARE(check.httpStatus, 401);
        QVERIFY2(check.message.startsWith(u"Xero refused the access token (HTTP 401: Unauthorized: "
                                          "AuthenticationUnsuccessful)"_s),
                 qPrintable(check.message));
    }

    void xeroWrongTenantIsNotAllowed()
    {
        const QString tenant = u"11111111-2222-4333-8444-555555555555"_s;
        const ConnectionCheck check =
            xero(Sandbox::Credentials::xeroAccessTokenText, m_books, tenant)->checkConnection();
        QVERIFY(check.reachable);
        QVERIFY(check.authenticated);
        QVERIFY(!check.permissionsOk);
        QCOMPARE(check.httpStatus, 403);
        QVERIFY2(check.message.startsWith(u"Xero accepted the access token but refused the organisation "_s
                                          + tenant + u" (HTTP 403"_s),
                 qPrintable(check.message));
    }

    void xeroClosedPortIsUnreachable()
    {
        const ConnectionCheck check =
            xero(Sandbox::Credentials::xeroAccessTokenText, closedPortUrl())->checkConnection();
        QVERIFY(!check.reachable);
        QVERIFY2(check.message.contains(u"(connection refused): check the base URL's host and port, and that "
                                        "Xero is running."_s),
                 qPrintable(check.message));
    }

    void xeroTokenScopesComeFromTheJwt()
    {
        const QByteArray token = jwtWithScopes({u"openid"_s, u"accounting.transactions"_s,
                                                u"accounting.contacts.read"_s, u"accounting.settings"_s});
        QCOMPARE(Connectors::XeroConnector::tokenScopes(token),
                 (QStringList{u"openid"_s, u"accounting.transactions"_s, u"accounting.contacts.read"_s,
                              u"accounting.settings"_s}));
        QVERIFY(!Connectors::XeroConnector::tokenScopes("opaque-token"));
        QVERIFY(!Connectors::XeroConnector::tokenScopes("a.b.c"));
        // A space-separated claim works too.
        const auto part = [](const QByteArray &json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        QCOMPARE(Connectors::XeroConnector::tokenScopes(part("{}") + '.' + part(R"({"scope":"a b"})") + ".x"),
                 (QStringList{u"a"_s, u"b"_s}));
    }

private:
    std::unique_ptr<Connectors::Connector>
    shopify(const QByteArray &token = Sandbox::Credentials::shopAccessTokenText, const QUrl &url = {})
    {
        Connectors::ConnectorConfig config;
        config.system = u"shopify"_s;
        config.baseUrl = url.isEmpty() ? m_store : url;
        config.account = Sandbox::Credentials::shopDomain();
        config.accessToken = token;
        return Connectors::createConnector(config, client());
    }

    std::unique_ptr<Connectors::Connector>
    xero(const QByteArray &token = Sandbox::Credentials::xeroAccessTokenText, const QUrl &url = {},
         const QString &tenant = Sandbox::Credentials::xeroTenantId())
    {
        Connectors::ConnectorConfig config;
        config.system = u"xero"_s;
        config.baseUrl = url.isEmpty() ? m_books : url;
        config.account = tenant;
        config.accessToken = token;
        return Connectors::createConnector(config, client());
    }

    Net::HttpClient &client()
    {
        Net::HttpClientOptions options;
        options.timeout = std::chrono::milliseconds(10000);
        m_clients.push_back(std::make_unique<Net::HttpClient>(m_network, options));
        return *m_clients.back();
    }

    /// A port nothing listens on: bound once, then released.
    static QUrl closedPortUrl()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    }

    int control(const QUrl &service, const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        Net::HttpClientOptions options;
        options.guard = Net::WriteGuard::allowing(true, true); // the sandbox's control routes
        Net::HttpClient plain(m_network, options);
        QUrl url = service;
        url.setPath(path);
        Net::HttpRequest request;
        request.method = method;
        request.url = url;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return plain.send(request).response.status;
    }

    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_services;
    QUrl m_store;
    QUrl m_books;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Net::HttpClient>> m_clients;
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
