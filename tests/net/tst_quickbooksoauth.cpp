// Intuit's OAuth 2.0 for QuickBooks Online (Net::QuickBooks's endpoints through Net::OAuth2SignIn,
// the token refresh and the engine's OAuthSession for a QuickBooks connection) against a local
// stand-in for Intuit's authorization server on 127.0.0.1 (fakeintuitserver.h). The "browser"
// opens the authorization URL and follows the 302 to the loopback redirect, which carries code,
// state and realmId; the client authenticates at the token endpoint with HTTP Basic.
#include "connectors/oauthsession.h"
#include "engine/workspacecredentials.h"
#include "fakeintuitserver.h"
#include "net/oauth2signin.h"
#include "net/quickbooksidentity.h"
#include "signintestsupport.h"

#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Net::OAuth2SignIn;
using Net::OAuth2SignInConfig;
using Net::OAuth2Tokens;
using TestSupport::FakeBrowser;
using TestSupport::FakeIntuitServer;
using TestSupport::keysOf;
using TestSupport::Outcome;
using TestSupport::runSignIn;

class TestQuickBooksOAuth : public QObject
{
    Q_OBJECT

private:
    FakeIntuitServer m_intuit;
    QNetworkAccessManager m_network;

    OAuth2SignInConfig config() const
    {
        return Net::QuickBooks::signInConfig(m_intuit.baseUrl(), m_intuit.clientId, m_intuit.clientSecret);
    }

private slots:
    void initTestCase() { QVERIFY(m_intuit.listen()); }

    void intuitEndpoints()
    {
        for (const QString &base :
             {u"https://quickbooks.api.intuit.com"_s, u"https://sandbox-quickbooks.api.intuit.com"_s}) {
            QVERIFY(Net::QuickBooks::isIntuitCloud(QUrl(base)));
            const OAuth2SignInConfig intuit = Net::QuickBooks::signInConfig(QUrl(base), u"id"_s, u"secret"_s);
            QCOMPARE(intuit.authorizationUrl, QUrl(u"https://appcenter.intuit.com/connect/oauth2"_s));
            QCOMPARE(intuit.tokenUrl, QUrl(u"https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"_s));
            QCOMPARE(intuit.scopes, QStringList{u"com.intuit.quickbooks.accounting"_s});
            QCOMPARE(intuit.clientId, u"id"_s);
            QCOMPARE(intuit.clientSecret, u"secret"_s);
            QCOMPARE(intuit.redirectHost, u"localhost"_s);
            QCOMPARE(intuit.redirectPath, u"/callback"_s);
            QCOMPARE(intuit.redirectPorts, Net::QuickBooks::redirectPorts());
            QVERIFY(!intuit.pkce);
        }
        QVERIFY(!Net::QuickBooks::isIntuitCloud(m_intuit.baseUrl()));
        QCOMPARE(config().authorizationUrl.toString(), m_intuit.baseUrl().toString() + u"/connect/oauth2"_s);
        QCOMPARE(config().tokenUrl.toString(), m_intuit.baseUrl().toString() + u"/oauth2/v1/tokens/bearer"_s);
        QVERIFY(config().redirectPorts.isEmpty());

        // The app's keys: the environment wins over the (empty) compiled-in ones.
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID", " env-id ");
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET", "env-secret");
        QCOMPARE(Net::QuickBooks::clientId(), u"env-id"_s);
        QCOMPARE(Net::QuickBooks::clientSecret(), u"env-secret"_s);
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID");
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET");
    }

    void theSignInHandsOverTheRealmId()
    {
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY2(outcome.granted, qPrintable(outcome.message));

        // The authorization request: exactly Intuit's parameters, no PKCE.
        QCOMPARE(browser.opened.size(), 1);
        const QUrl authorization = browser.opened.first();
        QCOMPARE(authorization.adjusted(QUrl::RemoveQuery), config().authorizationUrl);
        const QUrlQuery query(authorization);
        QCOMPARE(
            keysOf(query),
            (QSet<QString>{u"client_id"_s, u"scope"_s, u"response_type"_s, u"redirect_uri"_s, u"state"_s}));
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_intuit.clientId);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"com.intuit.quickbooks.accounting"_s);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        const QString redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        const QUrl redirect(redirectUri);
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"localhost"_s);
        QCOMPARE(redirect.path(), u"/callback"_s);
        QVERIFY(redirect.port() > 0);
        const QString state = query.queryItemValue(u"state"_s);
        QVERIFY2(state.size() >= 43, qPrintable(state));

        // Intuit's redirect: code, state and realmId.
        const QUrlQuery answer(browser.redirectedTo);
        QCOMPARE(browser.redirectedTo.adjusted(QUrl::RemoveQuery), redirect);
        QCOMPARE(answer.queryItemValue(u"state"_s), state);
        QCOMPARE(answer.queryItemValue(u"realmId"_s), u"1185883450"_s);
        const QString code = answer.queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE(browser.callbackStatus, 200);

        // The token request: the code, the same redirect_uri, the client's credentials with HTTP
        // Basic only (never the secret in the body).
        QCOMPARE(m_intuit.tokenRequests.size(), 1);
        const FakeIntuitServer::Request &token = m_intuit.tokenRequests.first();
        QCOMPARE(token.header("Authorization"),
                 "Basic " + QByteArray("ABqbTestClientId0123456789:qbTestSecret9876543210").toBase64());
        QVERIFY(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form = token.form();
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(form.queryItemValue(u"code"_s, QUrl::FullyDecoded), code);
        QCOMPARE(form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirectUri);
        QVERIFY(!form.hasQueryItem(u"client_secret"_s));
        QVERIFY(!form.hasQueryItem(u"code_verifier"_s));
        QVERIFY(!token.body.contains(m_intuit.clientSecret.toLatin1()));

        // What reaches the caller.
        const OAuth2Tokens &tokens = outcome.tokens;
        QVERIFY(m_intuit.isAccessToken(tokens.accessToken));
        QVERIFY(tokens.refreshToken.startsWith("RT1-"));
        const qint64 expiresIn = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
        QVERIFY2(expiresIn > 3500 && expiresIn <= 3600, qPrintable(QString::number(expiresIn)));
        QCOMPARE(tokens.callbackParameters.value(u"realmId"_s).toString(), u"1185883450"_s);
        QVERIFY(!tokens.callbackParameters.contains(u"code"_s));
        QVERIFY(!tokens.callbackParameters.contains(u"state"_s));
        QCOMPARE(tokens.scopes, QStringList{u"com.intuit.quickbooks.accounting"_s});
    }

    void aWrongSecretIsRefused()
    {
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

    void aDenialIsReported()
    {
        m_intuit.deny = true;
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::Denied);
        QVERIFY2(outcome.message.contains(u"access_denied"_s), qPrintable(outcome.message));
    }

    void refreshAuthenticatesWithBasicAndRotates()
    {
        const QByteArray first = m_intuit.issueRefreshToken();
        const qsizetype before = m_intuit.tokenRequests.size();
        const Net::OAuth2RefreshResult renewed = Net::refreshAccessToken(m_network, config(), first);
        QVERIFY2(renewed.ok, qPrintable(renewed.message));
        QCOMPARE(m_intuit.tokenRequests.size(), before + 1);
        const FakeIntuitServer::Request &request = m_intuit.tokenRequests.last();
        QCOMPARE(request.header("Authorization"), m_intuit.expectedAuthorization());
        const QUrlQuery form = request.form();
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), QString::fromLatin1(first));
        QVERIFY(!form.hasQueryItem(u"client_id"_s));
        QVERIFY(!form.hasQueryItem(u"client_secret"_s));
        QVERIFY(m_intuit.isAccessToken(renewed.tokens.accessToken));
        QVERIFY(!renewed.tokens.refreshToken.isEmpty());
        QVERIFY(renewed.tokens.refreshToken != first); // rotated
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(renewed.tokens.expiresAt) > 3500);
        QVERIFY(renewed.tokens.callbackParameters.isEmpty());

        // The old refresh token is dead: a new sign-in is needed.
        const Net::OAuth2RefreshResult replay = Net::refreshAccessToken(m_network, config(), first);
        QVERIFY(!replay.ok);
        QCOMPARE(replay.error, u"invalid_grant"_s);
        QVERIFY(replay.signInAgain);

        // A wrong secret: invalid_client, not a dead refresh token.
        OAuth2SignInConfig wrong = config();
        wrong.clientSecret = u"nope"_s;
        const Net::OAuth2RefreshResult refused =
            Net::refreshAccessToken(m_network, wrong, renewed.tokens.refreshToken);
        QCOMPARE(refused.httpStatus, 401);
        QCOMPARE(refused.error, u"invalid_client"_s);
        QVERIFY(!refused.signInAgain);
    }

    void theEngineRenewsAQuickBooksConnection()
    {
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID", m_intuit.clientId.toLatin1());
        qputenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET", m_intuit.clientSecret.toLatin1());
        Connectors::ConnectorConfig connection;
        connection.system = u"quickbooks"_s;
        connection.baseUrl = m_intuit.baseUrl();
        connection.account = u"1185883450"_s;
        connection.accessToken = "expired-access";
        Engine::attachOAuthSession(connection, {});
        QVERIFY(!connection.oauth); // nothing to renew with

        const QByteArray refresh = m_intuit.issueRefreshToken();
        Engine::attachOAuthSession(connection, refresh);
        QVERIFY(connection.oauth);
        QString error;
        QVERIFY2(connection.oauth->refresh("expired-access", &error), qPrintable(error));
        const QByteArray access = connection.oauth->accessToken();
        QVERIFY(m_intuit.isAccessToken(access));
        QCOMPARE(m_intuit.tokenRequests.last().header("Authorization"), m_intuit.expectedAuthorization());
        const auto renewed = connection.oauth->takeRenewed();
        QVERIFY(renewed);
        QCOMPARE(renewed->first, access);
        QVERIFY(renewed->second != refresh); // the rotated one, for the keychain
        QVERIFY(!renewed->second.isEmpty());
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_ID");
        qunsetenv("LEDGERLINK_QUICKBOOKS_CLIENT_SECRET");
    }
};

QTEST_GUILESS_MAIN(TestQuickBooksOAuth)
#include "tst_quickbooksoauth.moc"
