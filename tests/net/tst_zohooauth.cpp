// Zoho's OAuth 2.0 for Zoho Books (Net::Zoho's endpoints per data centre through Net::OAuth2SignIn,
// the token refresh, the organization list and the engine's OAuthSession renewing a Zoho token)
// against a local stand-in for Zoho Accounts on 127.0.0.1 (fakezohoaccounts.h). The "browser" opens
// the authorization URL and follows the 302 to the loopback redirect, which carries code, state,
// location and accounts-server; the client sends its id and secret as parameters, never HTTP Basic.
#include "connectors/oauthsession.h"
#include "engine/workspacecredentials.h"
#include "fakezohoaccounts.h"
#include "net/oauth2signin.h"
#include "net/zohoidentity.h"
#include "signintestsupport.h"

#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Net::OAuth2SignIn;
using Net::OAuth2SignInConfig;
using Net::OAuth2Tokens;
using TestSupport::FakeBrowser;
using TestSupport::FakeZohoAccounts;
using TestSupport::keysOf;
using TestSupport::Outcome;
using TestSupport::runSignIn;

namespace {

/// The documented organization list (tests/connectors/fixtures/zoho/organizations-list.json).
QJsonArray documentedOrganizations()
{
    QFile file(
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures/zoho/organizations-list.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"response"_s)
        .toObject()
        .value(u"body"_s)
        .toObject()
        .value(u"organizations"_s)
        .toArray();
}

} // namespace

class TestZohoOAuth : public QObject
{
    Q_OBJECT

private:
    FakeZohoAccounts m_zoho;
    QNetworkAccessManager m_network;

    OAuth2SignInConfig config() const
    {
        return Net::Zoho::signInConfig(m_zoho.apiBaseUrl(), m_zoho.clientId, m_zoho.clientSecret);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_zoho.listen());
        m_zoho.organizations = documentedOrganizations();
        QVERIFY(!m_zoho.organizations.isEmpty());
    }

    void zohoAccountsServerPerDataCentre()
    {
        const QList<std::pair<QString, QString>> expected = {
            {u"https://www.zohoapis.com/books/v3"_s, u"https://accounts.zoho.com"_s},
            {u"https://www.zohoapis.eu/books/v3"_s, u"https://accounts.zoho.eu"_s},
            {u"https://www.zohoapis.in/books/v3"_s, u"https://accounts.zoho.in"_s},
            {u"https://www.zohoapis.com.au/books/v3"_s, u"https://accounts.zoho.com.au"_s},
            {u"https://www.zohoapis.jp/books/v3"_s, u"https://accounts.zoho.jp"_s},
            {u"https://www.zohoapis.ca/books/v3"_s, u"https://accounts.zohocloud.ca"_s},
            {u"https://www.zohoapis.com.cn/books/v3"_s, u"https://accounts.zoho.com.cn"_s},
            {u"https://www.zohoapis.sa/books/v3"_s, u"https://accounts.zoho.sa"_s},
        };
        QCOMPARE(Net::Zoho::dataCentres().size(), expected.size());
        for (const auto &[api, accounts] : expected) {
            const QUrl base(api);
            QVERIFY2(Net::Zoho::dataCentreOf(base), qPrintable(api));
            QCOMPARE(Net::Zoho::accountsUrl(base), QUrl(accounts));
            const OAuth2SignInConfig zoho = Net::Zoho::signInConfig(base, u"id"_s, u"secret"_s);
            QCOMPARE(zoho.authorizationUrl, QUrl(accounts + u"/oauth/v2/auth"_s));
            QCOMPARE(zoho.tokenUrl, QUrl(accounts + u"/oauth/v2/token"_s));
            QCOMPARE(zoho.redirectPorts, Net::Zoho::redirectPorts());
            QCOMPARE(Net::Zoho::apiBaseUrlFor(u"https://"_s + base.host()), base);
        }
        const OAuth2SignInConfig us =
            Net::Zoho::signInConfig(QUrl(u"https://www.zohoapis.com/books/v3"_s), u"id"_s, u"secret"_s);
        QVERIFY(us.clientSecretInBody);
        QVERIFY(!us.pkce);
        QCOMPARE(us.redirectHost, u"localhost"_s);
        QCOMPARE(us.authorizationParameters.value(u"access_type"_s).toString(), u"offline"_s);
        QCOMPARE(us.authorizationParameters.value(u"prompt"_s).toString(), u"consent"_s);
        QCOMPARE(us.scopes.size(), 18);
        QVERIFY(us.scopes.contains(u"ZohoBooks.invoices.CREATE"_s));
        QVERIFY(us.scopes.contains(u"ZohoBooks.settings.READ"_s));
        for (const QString &scope : us.scopes)
            QVERIFY2(!scope.endsWith(u".DELETE"_s) && !scope.contains(u"fullaccess"_s), qPrintable(scope));

        // A stand-in: its own host; api_domain only of a data centre, over https.
        QVERIFY(!Net::Zoho::dataCentreOf(m_zoho.apiBaseUrl()));
        QCOMPARE(config().tokenUrl, m_zoho.url(u"/oauth/v2/token"_s));
        QVERIFY(config().redirectPorts.isEmpty());
        QVERIFY(!Net::Zoho::apiBaseUrlFor(u"http://www.zohoapis.com"_s).isValid());
        QVERIFY(!Net::Zoho::apiBaseUrlFor(u"https://evil.example"_s).isValid());

        qputenv("LEDGERLINK_ZOHO_CLIENT_ID", " env-id ");
        qputenv("LEDGERLINK_ZOHO_CLIENT_SECRET", "env-secret");
        QCOMPARE(Net::Zoho::clientId(), u"env-id"_s);
        QCOMPARE(Net::Zoho::clientSecret(), u"env-secret"_s);
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_ID");
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_SECRET");
    }

    void zohoSignInAsksOfflineAndSendsTheSecretAsAParameter()
    {
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY2(outcome.granted, qPrintable(outcome.message));

        // The authorization request: Zoho's parameters, access_type=offline and prompt=consent.
        QCOMPARE(browser.opened.size(), 1);
        const QUrlQuery query(browser.opened.first());
        QCOMPARE(keysOf(query),
                 (QSet<QString>{u"client_id"_s, u"scope"_s, u"response_type"_s, u"redirect_uri"_s, u"state"_s,
                                u"access_type"_s, u"prompt"_s}));
        QCOMPARE(query.queryItemValue(u"access_type"_s), u"offline"_s);
        QCOMPARE(query.queryItemValue(u"prompt"_s), u"consent"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), Net::Zoho::scopes().join(u' '));
        const QString redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        QCOMPARE(QUrl(redirectUri).host(), u"localhost"_s);
        QTRY_COMPARE(browser.callbackStatus, 200);

        // The token request: no Authorization header; client_id and client_secret as parameters.
        QCOMPARE(m_zoho.tokenRequests.size(), 1);
        const FakeZohoAccounts::Request &token = m_zoho.tokenRequests.first();
        QVERIFY(token.header("Authorization").isEmpty());
        const QUrlQuery form = token.form();
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(form.queryItemValue(u"client_id"_s), m_zoho.clientId);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), m_zoho.clientSecret);
        QCOMPARE(form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirectUri);
        QVERIFY(!form.hasQueryItem(u"code_verifier"_s));
        QVERIFY(!token.url.hasQuery()); // the secret never in a URL

        // What reaches the caller: a refresh token (offline), the data centre and its API host.
        const OAuth2Tokens &tokens = outcome.tokens;
        QVERIFY(m_zoho.isAccessToken(tokens.accessToken));
        QVERIFY(m_zoho.isRefreshToken(tokens.refreshToken));
        QCOMPARE(tokens.extraTokens.value(u"api_domain"_s).toString(), u"https://www.zohoapis.com"_s);
        QCOMPARE(Net::Zoho::apiBaseUrlFor(tokens.extraTokens.value(u"api_domain"_s).toString()),
                 QUrl(u"https://www.zohoapis.com/books/v3"_s));
        QCOMPARE(tokens.callbackParameters.value(u"location"_s).toString(), u"us"_s);
        QCOMPARE(tokens.callbackParameters.value(u"accounts-server"_s).toString(), m_zoho.url().toString());

        // The organisation is chosen from the user's list.
        const Net::ZohoOrganizationList list =
            Net::Zoho::listOrganizations(m_network, m_zoho.apiBaseUrl(), tokens.accessToken);
        QVERIFY2(list.ok, qPrintable(list.message));
        QCOMPARE(list.organizations.size(), 1);
        QCOMPARE(list.organizations.first().id, u"10234695"_s);
        QCOMPARE(list.organizations.first().name, u"Zillum"_s);
        QCOMPARE(list.organizations.first().currencyCode, u"USD"_s);
        QVERIFY(!list.organizations.first().isDefault);
        QCOMPARE(m_zoho.apiRequests.last().header("Authorization"), "Zoho-oauthtoken " + tokens.accessToken);
    }

    void zohoSignInReportsADenialAndAWrongSecret()
    {
        m_zoho.deny = true;
        {
            FakeBrowser browser;
            OAuth2SignIn signIn(config());
            signIn.setBrowser(browser.function());
            const Outcome outcome = runSignIn(signIn);
            QCOMPARE(outcome.failure, OAuth2SignIn::Failure::Denied);
        }
        OAuth2SignInConfig wrong = config();
        wrong.clientSecret = u"not-the-secret"_s;
        FakeBrowser browser;
        OAuth2SignIn signIn(wrong);
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY(!outcome.granted);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::TokenRejected);
        QVERIFY2(outcome.message.contains(u"invalid_client"_s), qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(u"not-the-secret"_s), qPrintable(outcome.message));
    }

    void zohoRefreshKeepsTheRefreshTokenAndADeletedOneMeansSignInAgain()
    {
        const QByteArray refresh = m_zoho.issueRefreshToken();
        const Net::OAuth2RefreshResult renewed = Net::refreshAccessToken(m_network, config(), refresh);
        QVERIFY2(renewed.ok, qPrintable(renewed.message));
        const FakeZohoAccounts::Request &request = m_zoho.tokenRequests.last();
        QVERIFY(request.header("Authorization").isEmpty());
        const QUrlQuery form = request.form();
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), QString::fromLatin1(refresh));
        QCOMPARE(form.queryItemValue(u"client_id"_s), m_zoho.clientId);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), m_zoho.clientSecret);
        QVERIFY(m_zoho.isAccessToken(renewed.tokens.accessToken));
        QCOMPARE(renewed.tokens.refreshToken, refresh); // Zoho does not rotate
        QCOMPARE(renewed.tokens.extraTokens.value(u"api_domain"_s).toString(), u"https://www.zohoapis.com"_s);

        // The engine's session renews a Zoho connection with it.
        Connectors::OAuthSession session(config(), "1000.expired", refresh);
        QString error;
        QVERIFY2(session.refresh("1000.expired", &error), qPrintable(error));
        QVERIFY(m_zoho.isAccessToken(session.accessToken()));
        QCOMPARE(session.refreshToken(), refresh);

        // Revoked: Zoho answers invalid_code (with HTTP 200): sign in again.
        m_zoho.revoke(refresh);
        const Net::OAuth2RefreshResult dead = Net::refreshAccessToken(m_network, config(), refresh);
        QVERIFY(!dead.ok);
        QCOMPARE(dead.httpStatus, 200);
        QCOMPARE(dead.error, u"invalid_code"_s);
        QVERIFY(dead.signInAgain);
        QVERIFY2(dead.message.contains(u"sign in again"_s), qPrintable(dead.message));
    }

    void theEngineRenewsAZohoConnection()
    {
        qputenv("LEDGERLINK_ZOHO_CLIENT_ID", m_zoho.clientId.toLatin1());
        qputenv("LEDGERLINK_ZOHO_CLIENT_SECRET", m_zoho.clientSecret.toLatin1());
        Connectors::ConnectorConfig connection;
        connection.system = u"zoho"_s;
        connection.baseUrl = m_zoho.apiBaseUrl();
        connection.account = u"10234695"_s;
        connection.accessToken = "1000.expired";
        Engine::attachOAuthSession(connection, {});
        QVERIFY(!connection.oauth); // nothing to renew with

        const QByteArray refresh = m_zoho.issueRefreshToken();
        const qsizetype before = m_zoho.tokenRequests.size();
        Engine::attachOAuthSession(connection, refresh);
        QVERIFY(connection.oauth);
        QString error;
        QVERIFY2(connection.oauth->refresh("1000.expired", &error), qPrintable(error));
        QVERIFY(m_zoho.isAccessToken(connection.oauth->accessToken()));
        QCOMPARE(m_zoho.tokenRequests.size(), before + 1);
        const QUrlQuery form = m_zoho.tokenRequests.last().form();
        QCOMPARE(form.queryItemValue(u"client_id"_s), m_zoho.clientId);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), m_zoho.clientSecret);
        QVERIFY(m_zoho.tokenRequests.last().header("Authorization").isEmpty());
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_ID");
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_SECRET");
    }

    /// A user who signed in with an app of their own (the studio keeps its client id and secret in
    /// the keychain): the engine renews with that app, not the build's.
    void theEngineRenewsWithTheUsersOwnZohoApp()
    {
        qputenv("LEDGERLINK_ZOHO_CLIENT_ID", "1000.THEBUILDSAPP");
        qputenv("LEDGERLINK_ZOHO_CLIENT_SECRET", "the-builds-secret");
        Connectors::ConnectorConfig connection;
        connection.system = u"zoho"_s;
        connection.baseUrl = m_zoho.apiBaseUrl();
        connection.account = u"10234695"_s;
        connection.accessToken = "1000.expired";
        const QByteArray refresh = m_zoho.issueRefreshToken();
        const qsizetype before = m_zoho.tokenRequests.size();
        Engine::attachOAuthSession(connection, refresh,
                                   {m_zoho.clientId.toLatin1(), m_zoho.clientSecret.toLatin1()});
        QVERIFY(connection.oauth);
        QString error;
        QVERIFY2(connection.oauth->refresh("1000.expired", &error), qPrintable(error));
        QCOMPARE(m_zoho.tokenRequests.size(), before + 1);
        const QUrlQuery form = m_zoho.tokenRequests.last().form();
        QCOMPARE(form.queryItemValue(u"client_id"_s), m_zoho.clientId);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), m_zoho.clientSecret);

        // Without the user's app, the build's: Zoho refuses a client it does not know.
        Connectors::ConnectorConfig other = connection;
        other.oauth.reset();
        Engine::attachOAuthSession(other, refresh);
        QVERIFY(other.oauth);
        QVERIFY(!other.oauth->refresh("1000.expired", &error));
        QCOMPARE(m_zoho.tokenRequests.last().form().queryItemValue(u"client_id"_s), u"1000.THEBUILDSAPP"_s);
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_ID");
        qunsetenv("LEDGERLINK_ZOHO_CLIENT_SECRET");
    }

    void zohoOrganizationListRefusesAStrangersToken()
    {
        const Net::ZohoOrganizationList list =
            Net::Zoho::listOrganizations(m_network, m_zoho.apiBaseUrl(), "1000.unknown");
        QVERIFY(!list.ok);
        QCOMPARE(list.httpStatus, 401);
        QVERIFY2(list.message.contains(u"code 57"_s), qPrintable(list.message));
    }
};

QTEST_GUILESS_MAIN(TestZohoOAuth)
#include "tst_zohooauth.moc"
