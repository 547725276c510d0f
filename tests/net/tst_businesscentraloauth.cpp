// The Microsoft identity platform's OAuth 2.0 for Business Central (Net::BusinessCentral's
// endpoints through Net::OAuth2SignIn, the company list, the token refresh and the engine's
// OAuthSession for a Business Central connection) against a local stand-in for Microsoft's
// authorization server and Business Central's company list on 127.0.0.1
// (fakemicrosoftidentity.h). The "browser" opens the authorization URL and follows the 302 to the
// loopback redirect, which carries code and state; the app is a public client: PKCE (S256), its
// client id in the token requests' body and no secret. No live Microsoft tenant is used.
#include "connectors/oauthsession.h"
#include "engine/workspacecredentials.h"
#include "fakemicrosoftidentity.h"
#include "net/businesscentralidentity.h"
#include "net/oauth2signin.h"
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
using TestSupport::FakeMicrosoftIdentity;
using TestSupport::keysOf;
using TestSupport::Outcome;
using TestSupport::runSignIn;

namespace {

const QString scope = u"https://api.businesscentral.dynamics.com/.default offline_access"_s;

} // namespace

class TestBusinessCentralOAuth : public QObject
{
    Q_OBJECT

private:
    FakeMicrosoftIdentity m_microsoft;
    QNetworkAccessManager m_network;

    OAuth2SignInConfig config() const
    {
        return Net::BusinessCentral::signInConfig(m_microsoft.baseUrl(), m_microsoft.clientId);
    }

private slots:
    void initTestCase() { QVERIFY(m_microsoft.listen()); }

    void microsoftEndpoints()
    {
        const QString tenant = u"8e2f5c1d-7a3b-4c9e-b0d4-2f6a1e9c3b57"_s;
        const QUrl online(u"https://api.businesscentral.dynamics.com/v2.0/"_s + tenant
                          + u"/production/api"_s);
        QVERIFY(Net::BusinessCentral::isMicrosoftCloud(online));
        QCOMPARE(Net::BusinessCentral::tenant(online), tenant);
        const OAuth2SignInConfig microsoft = Net::BusinessCentral::signInConfig(online, u"app-id"_s);
        QCOMPARE(microsoft.authorizationUrl,
                 QUrl(u"https://login.microsoftonline.com/"_s + tenant + u"/oauth2/v2.0/authorize"_s));
        QCOMPARE(microsoft.tokenUrl,
                 QUrl(u"https://login.microsoftonline.com/"_s + tenant + u"/oauth2/v2.0/token"_s));
        QCOMPARE(microsoft.scopes,
                 (QStringList{u"https://api.businesscentral.dynamics.com/.default"_s, u"offline_access"_s}));
        QCOMPARE(microsoft.clientId, u"app-id"_s);
        QVERIFY(microsoft.clientSecret.isEmpty()); // a public client
        QVERIFY(microsoft.pkce);
        QVERIFY(microsoft.scopeOnRefresh);
        QCOMPARE(microsoft.redirectHost, u"localhost"_s);
        QCOMPARE(microsoft.redirectPath, u"/callback"_s);
        QVERIFY(microsoft.redirectPorts.isEmpty()); // Microsoft ignores a loopback port: any free one
        QCOMPARE(Net::BusinessCentral::companiesUrl(online),
                 QUrl(u"https://api.businesscentral.dynamics.com/v2.0/"_s + tenant
                      + u"/production/api/v2.0/companies"_s));
        QCOMPARE(Net::BusinessCentral::companiesUrl(QUrl(online.toString() + u'/')),
                 Net::BusinessCentral::companiesUrl(online));

        // A domain name is a tenant too; no tenant segment: any work or school account's tenant.
        QCOMPARE(Net::BusinessCentral::tenant(QUrl(
                     u"https://api.businesscentral.dynamics.com/v2.0/contoso.onmicrosoft.com/sandbox/api"_s)),
                 u"contoso.onmicrosoft.com"_s);
        const QUrl noTenant(u"https://api.businesscentral.dynamics.com/v2.0/production/api"_s);
        QCOMPARE(Net::BusinessCentral::tenant(noTenant), u"organizations"_s);
        QCOMPARE(Net::BusinessCentral::authorizationUrl(noTenant),
                 QUrl(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"_s));
        QCOMPARE(Net::BusinessCentral::tokenUrl(noTenant),
                 QUrl(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s));

        // Anything else: the same paths on that host (the stand-in).
        QVERIFY(!Net::BusinessCentral::isMicrosoftCloud(m_microsoft.baseUrl()));
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_microsoft.baseUrl().port());
        QCOMPARE(config().authorizationUrl.toString(), root + m_microsoft.identityPath(u"authorize"_s));
        QCOMPARE(config().tokenUrl.toString(), root + m_microsoft.identityPath(u"token"_s));

        // The client id: the environment wins over the (empty) compiled-in one.
        qputenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID", " env-id ");
        QCOMPARE(Net::BusinessCentral::clientId(), u"env-id"_s);
        qunsetenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID");
    }

    void theSignInUsesPkceWithoutASecret()
    {
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY2(outcome.granted, qPrintable(outcome.message));

        // The authorization request: exactly these parameters.
        QCOMPARE(browser.opened.size(), 1);
        const QUrl authorization = browser.opened.first();
        QCOMPARE(authorization.adjusted(QUrl::RemoveQuery), config().authorizationUrl);
        const QUrlQuery query(authorization);
        QCOMPARE(keysOf(query),
                 (QSet<QString>{u"client_id"_s, u"response_type"_s, u"redirect_uri"_s, u"scope"_s, u"state"_s,
                                u"code_challenge"_s, u"code_challenge_method"_s}));
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_microsoft.clientId);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), scope);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        const QString challenge = query.queryItemValue(u"code_challenge"_s);
        QCOMPARE(challenge.size(), 43);
        const QString redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        const QUrl redirect(redirectUri);
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"localhost"_s);
        QCOMPARE(redirect.path(), u"/callback"_s);
        QVERIFY(redirect.port() > 0);
        const QString state = query.queryItemValue(u"state"_s);
        QVERIFY2(state.size() >= 43, qPrintable(state));

        // Microsoft's redirect: code and state, no company.
        const QUrlQuery answer(browser.redirectedTo);
        QCOMPARE(browser.redirectedTo.adjusted(QUrl::RemoveQuery), redirect);
        QCOMPARE(answer.queryItemValue(u"state"_s), state);
        const QString code = answer.queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE(browser.callbackStatus, 200);

        // The token request: the code, the same redirect_uri, client_id and the PKCE verifier in the
        // body; no client authentication of any kind.
        QCOMPARE(m_microsoft.tokenRequests.size(), 1);
        const FakeMicrosoftIdentity::Request &token = m_microsoft.tokenRequests.first();
        QVERIFY(!token.hasHeader("Authorization"));
        QVERIFY(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form = token.form();
        QCOMPARE(keysOf(form),
                 (QSet<QString>{u"grant_type"_s, u"code"_s, u"redirect_uri"_s, u"client_id"_s,
                                u"code_verifier"_s}));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(form.queryItemValue(u"code"_s, QUrl::FullyDecoded), code);
        QCOMPARE(form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirectUri);
        QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), m_microsoft.clientId);
        const QByteArray verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded).toLatin1();
        QCOMPARE(QString::fromLatin1(Net::Pkce::challengeS256(verifier)), challenge);

        // What reaches the caller.
        const OAuth2Tokens &tokens = outcome.tokens;
        QVERIFY(m_microsoft.isAccessToken(tokens.accessToken));
        QVERIFY(tokens.refreshToken.startsWith("0.AXEA-refresh-"));
        const qint64 expiresIn = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
        QVERIFY2(expiresIn > 3500 && expiresIn <= 3599, qPrintable(QString::number(expiresIn)));
        QVERIFY(tokens.callbackParameters.isEmpty());

        // The companies the new token may use.
        const Net::BusinessCentralCompanyList companies =
            Net::BusinessCentral::listCompanies(m_network, m_microsoft.baseUrl(), tokens.accessToken);
        QVERIFY2(companies.ok, qPrintable(companies.message));
        QCOMPARE(companies.companies.size(), 2);
        QCOMPARE(companies.companies.at(0).id, m_microsoft.companies.at(0).id);
        QCOMPARE(companies.companies.at(1).id, m_microsoft.companies.at(1).id);
        QCOMPARE(companies.companies.at(1).displayName, u"My Company Ltd."_s);
        QCOMPARE(companies.companies.at(1).name, u"My Company"_s);
        const FakeMicrosoftIdentity::Request &listed = m_microsoft.companyRequests.last();
        QCOMPARE(listed.header("Authorization"), "Bearer " + tokens.accessToken);
        QCOMPARE(listed.url.path(), m_microsoft.baseUrl().path() + u"/v2.0/companies"_s);
    }

    void aRefusedTokenListsNoCompany()
    {
        const Net::BusinessCentralCompanyList refused =
            Net::BusinessCentral::listCompanies(m_network, m_microsoft.baseUrl(), "not-a-token");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.httpStatus, 401);
        QVERIFY2(refused.message.contains(u"HTTP 401"_s), qPrintable(refused.message));
    }

    void aDenialIsReported()
    {
        m_microsoft.deny = true;
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::Denied);
        QVERIFY2(outcome.message.contains(u"access_denied"_s), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"AADSTS65004"_s), qPrintable(outcome.message));
    }

    void refreshSendsTheClientIdAndRotates()
    {
        const QByteArray first = m_microsoft.issueRefreshToken();
        const qsizetype before = m_microsoft.tokenRequests.size();
        const Net::OAuth2RefreshResult renewed = Net::refreshAccessToken(m_network, config(), first);
        QVERIFY2(renewed.ok, qPrintable(renewed.message));
        QCOMPARE(m_microsoft.tokenRequests.size(), before + 1);
        const FakeMicrosoftIdentity::Request &request = m_microsoft.tokenRequests.last();
        QVERIFY(!request.hasHeader("Authorization"));
        const QUrlQuery form = request.form();
        QCOMPARE(keysOf(form),
                 (QSet<QString>{u"grant_type"_s, u"refresh_token"_s, u"client_id"_s, u"scope"_s}));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), QString::fromLatin1(first));
        QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), m_microsoft.clientId);
        QCOMPARE(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded), scope);
        QVERIFY(m_microsoft.isAccessToken(renewed.tokens.accessToken));
        QVERIFY(!renewed.tokens.refreshToken.isEmpty());
        QVERIFY(renewed.tokens.refreshToken != first); // rotated
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(renewed.tokens.expiresAt) > 3500);

        // The old refresh token is dead: a new sign-in is needed.
        const Net::OAuth2RefreshResult replay = Net::refreshAccessToken(m_network, config(), first);
        QVERIFY(!replay.ok);
        QCOMPARE(replay.error, u"invalid_grant"_s);
        QVERIFY(replay.signInAgain);
        QVERIFY2(replay.message.contains(u"AADSTS70008"_s), qPrintable(replay.message));

        // The rotated one works, once.
        const Net::OAuth2RefreshResult again =
            Net::refreshAccessToken(m_network, config(), renewed.tokens.refreshToken);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(again.tokens.refreshToken != renewed.tokens.refreshToken);
    }

    void theEngineRenewsABusinessCentralConnection()
    {
        qputenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID", m_microsoft.clientId.toLatin1());
        Connectors::ConnectorConfig connection;
        connection.system = u"businesscentral"_s;
        connection.baseUrl = m_microsoft.baseUrl();
        connection.account = m_microsoft.companies.first().id;
        connection.accessToken = "expired-access";
        Engine::attachOAuthSession(connection, {});
        QVERIFY(!connection.oauth); // nothing to renew with

        const QByteArray refresh = m_microsoft.issueRefreshToken();
        Engine::attachOAuthSession(connection, refresh);
        QVERIFY(connection.oauth);
        QString error;
        QVERIFY2(connection.oauth->refresh("expired-access", &error), qPrintable(error));
        const QByteArray access = connection.oauth->accessToken();
        QVERIFY(m_microsoft.isAccessToken(access));
        const FakeMicrosoftIdentity::Request &request = m_microsoft.tokenRequests.last();
        QVERIFY(!request.hasHeader("Authorization"));
        QCOMPARE(request.url.path(), m_microsoft.identityPath(u"token"_s));
        QCOMPARE(request.form().queryItemValue(u"client_id"_s, QUrl::FullyDecoded), m_microsoft.clientId);
        const auto renewed = connection.oauth->takeRenewed();
        QVERIFY(renewed);
        QCOMPARE(renewed->first, access);
        QVERIFY(renewed->second != refresh); // the rotated one, for the keychain
        QVERIFY(!renewed->second.isEmpty());
        qunsetenv("LEDGERLINK_BUSINESSCENTRAL_CLIENT_ID");
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralOAuth)
#include "tst_businesscentraloauth.moc"
