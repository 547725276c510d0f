// OAuth 2.0 authorization code with PKCE (Net::OAuth2SignIn over QtNetworkAuth), the token
// refresh and Xero's tenant list, against a real authorization server: the sandbox books' Xero
// identity endpoints, started in this process on 127.0.0.1. The "browser" is a
// QNetworkAccessManager that opens the authorization URL and follows the 302 to the loopback
// redirect by hand, so that a test can tamper with either step (a forged state, a challenge that
// does not belong to the verifier).
#include "net/oauth2signin.h"
#include "net/xeroidentity.h"
#include "sandbox/booksidentity.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Net::OAuth2SignIn;
using Net::OAuth2SignInConfig;
using Net::OAuth2Tokens;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// One request, waited for (test thread only); redirects are not followed.
Response fetch(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    reply->deleteLater();
    return response;
}

QUrl withQuery(const QUrl &url, const QString &key, const QString &value)
{
    QUrl changed = url;
    QUrlQuery query(changed);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    changed.setQuery(query);
    return changed;
}

/**
 * The user's browser, asynchronous as a real one: open() starts the GET of the authorization URL
 * and returns at once; a 302 is followed (by hand) to the loopback redirect.
 */
class FakeBrowser : public QObject
{
public:
    std::function<QUrl(const QUrl &)> editAuthorization; ///< applied before the first GET
    std::function<QUrl(const QUrl &)> editRedirect; ///< applied to the 302's Location
    bool stayIdle = false; ///< opens nothing (a user who never comes back)

    QList<QUrl> opened;
    int authorizeStatus = 0;
    QByteArray authorizePage;
    QUrl redirectedTo;
    int callbackStatus = 0;
    QByteArray callbackPage;
    bool done = false;

    OAuth2SignIn::Browser function()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            if (stayIdle)
                return true;
            get(editAuthorization ? editAuthorization(url) : url, [this](QNetworkReply *reply) {
                authorizeStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                authorizePage = reply->readAll();
                if (authorizeStatus != 302) {
                    done = true;
                    return;
                }
                redirectedTo = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
                get(editRedirect ? editRedirect(redirectedTo) : redirectedTo,
                    [this](QNetworkReply *callback) {
                        callbackStatus =
                            callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                        callbackPage = callback->readAll();
                        done = true;
                    });
            });
            return true;
        };
    }

private:
    void get(const QUrl &url, std::function<void(QNetworkReply *)> then)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, then = std::move(then)] {
            then(reply);
            reply->deleteLater();
        });
    }

    QNetworkAccessManager m_network;
};

/// What one sign-in ended with.
struct Outcome
{
    bool finished = false;
    bool granted = false;
    OAuth2Tokens tokens;
    OAuth2SignIn::Failure failure = OAuth2SignIn::Failure::Unavailable;
    QString message;
    QUrl authorizationUrl;
    bool opened = false;
};

Outcome runSignIn(OAuth2SignIn &signIn, int timeoutMs = 20000)
{
    Outcome outcome;
    QObject context;
    QObject::connect(&signIn, &OAuth2SignIn::authorizationUrl, &context,
                     [&outcome](const QUrl &url, bool opened) {
                         outcome.authorizationUrl = url;
                         outcome.opened = opened;
                     });
    QObject::connect(&signIn, &OAuth2SignIn::granted, &context, [&outcome](const OAuth2Tokens &tokens) {
        outcome.finished = true;
        outcome.granted = true;
        outcome.tokens = tokens;
    });
    QObject::connect(&signIn, &OAuth2SignIn::failed, &context,
                     [&outcome](OAuth2SignIn::Failure failure, const QString &message) {
                         outcome.finished = true;
                         outcome.failure = failure;
                         outcome.message = message;
                     });
    signIn.start();
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs))
        outcome.message = u"neither granted nor failed within %1 ms"_s.arg(timeoutMs);
    return outcome;
}

QJsonObject jwtClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestOAuth2SignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_sandbox;
    QUrl m_books;
    QNetworkAccessManager m_network;

    OAuth2SignInConfig config() const
    {
        return Net::Xero::signInConfig(m_books, Net::Xero::clientId(m_books));
    }

    QUrl books(const QString &path) const
    {
        QUrl url = m_books;
        url.setPath(path);
        return url;
    }

    Response control(const QJsonObject &body)
    {
        return fetch(m_network, "POST", books(u"/__sandbox/identity"_s),
                     {{"Content-Type", "application/json"}},
                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject identityStats() { return fetch(m_network, "GET", books(u"/__sandbox/identity"_s)).json(); }

    /// GET of the Accounting API with `token` for the sandbox tenant.
    int apiStatus(const QByteArray &token, const QString &what = u"Organisation"_s)
    {
        return fetch(m_network, "GET", books(u"/api.xro/2.0/"_s + what),
                     {{"Authorization", "Bearer " + token},
                      {"xero-tenant-id", Sandbox::Credentials::xeroTenantIdText},
                      {"Accept", "application/json"}})
            .status;
    }

    /// A complete sign-in through the fake browser; fails the test when not granted.
    OAuth2Tokens signIn(OAuth2SignInConfig settings)
    {
        FakeBrowser browser;
        OAuth2SignIn signIn(std::move(settings));
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        if (!outcome.granted)
            qWarning("not granted: %s", qPrintable(outcome.message));
        return outcome.tokens;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = m_sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        m_books = started.booksUrl;
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void pkceFollowsRfc7636()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(Net::Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        static const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]+$"_s);
        const QByteArray verifier = Net::Pkce::makeVerifier(64);
        QCOMPARE(verifier.size(), 64);
        QVERIFY(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
        QVERIFY(Net::Pkce::makeVerifier(64) != verifier);
        QCOMPARE(Net::Pkce::makeVerifier(10).size(), 43);
        QCOMPARE(Net::Pkce::makeVerifier(500).size(), 128);
    }

    void xeroEndpoints()
    {
        const OAuth2SignInConfig xero = Net::Xero::signInConfig(QUrl(u"https://api.xero.com"_s), u"ABC"_s);
        QCOMPARE(xero.authorizationUrl, QUrl(u"https://login.xero.com/identity/connect/authorize"_s));
        QCOMPARE(xero.tokenUrl, QUrl(u"https://identity.xero.com/connect/token"_s));
        QCOMPARE(xero.redirectHost, u"localhost"_s);
        QCOMPARE(xero.redirectPath, u"/callback"_s);
        QVERIFY(!xero.redirectPorts.isEmpty());
        QVERIFY(xero.scopes.contains(u"offline_access"_s));
        QCOMPARE(Net::Xero::connectionsUrl(QUrl(u"https://api.xero.com"_s)),
                 QUrl(u"https://api.xero.com/connections"_s));
        const OAuth2SignInConfig sandbox = config();
        QCOMPARE(sandbox.authorizationUrl, books(u"/identity/connect/authorize"_s));
        QCOMPARE(sandbox.tokenUrl, books(u"/identity/connect/token"_s));
        QCOMPARE(sandbox.clientId, Sandbox::BooksIdentity::clientId());
        QVERIFY(sandbox.redirectPorts.isEmpty());
    }

    void theFullFlowGrantsTokens()
    {
        const QJsonObject before = identityStats();
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        QSignalSpy urls(&signIn, &OAuth2SignIn::authorizationUrl);
        const Outcome outcome = runSignIn(signIn);
        QVERIFY2(outcome.granted, qPrintable(outcome.message));
        QCOMPARE(urls.count(), 1);
        QVERIFY(outcome.opened);
        QCOMPARE(browser.opened.size(), 1);

        // The authorization request: Xero's parameters, PKCE S256, a strong state.
        const QUrl authorization = browser.opened.first();
        QCOMPARE(authorization.adjusted(QUrl::RemoveQuery), books(u"/identity/connect/authorize"_s));
        const QUrlQuery query(authorization);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), Sandbox::BooksIdentity::clientId());
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"localhost"_s);
        QCOMPARE(redirect.path(), u"/callback"_s);
        QVERIFY(redirect.port() > 0);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' '), Net::Xero::scopes());
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        static const QRegularExpression base64url43(u"^[A-Za-z0-9_-]{43}$"_s);
        const QString challenge = query.queryItemValue(u"code_challenge"_s);
        QVERIFY2(base64url43.match(challenge).hasMatch(), qPrintable(challenge));
        const QString state = query.queryItemValue(u"state"_s);
        QVERIFY2(state.size() >= 43, qPrintable(state));

        // The server's redirect went to the loopback address with a code and the same state.
        QCOMPARE(browser.authorizeStatus, 302);
        QCOMPARE(browser.redirectedTo.adjusted(QUrl::RemoveQuery), redirect);
        const QUrlQuery answer(browser.redirectedTo);
        QVERIFY(!answer.queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(answer.queryItemValue(u"state"_s), state);
        QCOMPARE(browser.callbackStatus, 200);
        QVERIFY2(browser.callbackPage.contains("You can close this tab"), browser.callbackPage.constData());
        QVERIFY(signIn.redirectUri().isEmpty()); // the loopback server is closed

        // Tokens: the server only issued them for the right code_verifier (it checks
        // BASE64URL(SHA256(verifier)) == challenge).
        const OAuth2Tokens &tokens = outcome.tokens;
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(tokens.tokenType, u"Bearer"_s);
        const qint64 expiresIn = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
        QVERIFY2(expiresIn > 1700 && expiresIn <= 1800, qPrintable(QString::number(expiresIn)));
        QCOMPARE(tokens.scopes, Net::Xero::scopes());
        const QJsonObject claims = jwtClaims(tokens.accessToken);
        QCOMPARE(claims.value(u"client_id"_s).toString(), Sandbox::BooksIdentity::clientId());
        QVERIFY(claims.value(u"scope"_s).toArray().contains(u"accounting.transactions"_s));
        const QJsonObject after = identityStats();
        QCOMPARE(after.value(u"codes_issued"_s).toInteger(), before.value(u"codes_issued"_s).toInteger() + 1);
        QCOMPARE(after.value(u"tokens_issued"_s).toInteger(),
                 before.value(u"tokens_issued"_s).toInteger() + 1);

        // The books API takes the new token (the fixed sandbox token still works too).
        QCOMPARE(apiStatus(tokens.accessToken), 200);
        QCOMPARE(apiStatus(tokens.accessToken, u"Invoices"_s), 200);
        QCOMPARE(apiStatus(Sandbox::Credentials::xeroAccessToken().toLatin1()), 200);
        QCOMPARE(apiStatus("not-a-token"), 401);
    }

    void aWrongVerifierIsRefused()
    {
        // A challenge that belongs to another verifier: the token request's (right) verifier
        // no longer matches it, and the server says invalid_grant.
        FakeBrowser browser;
        browser.editAuthorization = [](const QUrl &url) {
            return withQuery(url, u"code_challenge"_s,
                             QString::fromLatin1(Net::Pkce::challengeS256(Net::Pkce::makeVerifier())));
        };
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY(!outcome.granted);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::TokenRejected);
        QVERIFY2(outcome.message.contains(u"invalid_grant"_s), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"code_verifier does not match the code_challenge"_s),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"sign in again"_s), qPrintable(outcome.message));
    }

    void aForgedStateIsRejected()
    {
        const QJsonObject before = identityStats();
        FakeBrowser browser;
        browser.editRedirect = [](const QUrl &url) {
            return withQuery(url, u"state"_s, u"forged"_s);
        };
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY(!outcome.granted);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::StateMismatch);
        QVERIFY2(outcome.message.contains(u"does not match"_s), qPrintable(outcome.message));
        QTRY_VERIFY(browser.done);
        QVERIFY2(browser.callbackPage.contains("did not complete"), browser.callbackPage.constData());
        // The code was never exchanged.
        QCOMPARE(identityStats().value(u"tokens_issued"_s).toInteger(),
                 before.value(u"tokens_issued"_s).toInteger());
    }

    void aDenialIsReported()
    {
        QCOMPARE(control({{u"deny"_s, 1}}).status, 200);
        FakeBrowser browser;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QVERIFY(!outcome.granted);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::Denied);
        QVERIFY2(outcome.message.contains(u"access_denied"_s), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"not granted"_s), qPrintable(outcome.message));
        QVERIFY(QUrlQuery(browser.redirectedTo).queryItemValue(u"error"_s) == u"access_denied"_s);
        QCOMPARE(identityStats().value(u"denials_armed"_s).toInt(), 0);
    }

    void anUnknownScopeComesBackAsAnError()
    {
        OAuth2SignInConfig settings = config();
        settings.scopes.append(u"accounting.everything"_s);
        FakeBrowser browser;
        OAuth2SignIn signIn(settings);
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::AuthorizationError);
        QVERIFY2(outcome.message.contains(u"invalid_scope"_s), qPrintable(outcome.message));
    }

    void noAnswerFromTheTokenEndpoint()
    {
        const Response armed =
            fetch(m_network, "POST", books(u"/__sandbox/faults"_s), {{"Content-Type", "application/json"}},
                  R"({"kind":"lose_response","path_prefix":"/identity/connect/token"})");
        QCOMPARE(armed.status, 200);
        OAuth2SignInConfig settings = config();
        settings.requestTimeout = std::chrono::milliseconds(1000);
        FakeBrowser browser;
        OAuth2SignIn signIn(settings);
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::NoAnswer);
        QVERIFY2(outcome.message.contains(u"No answer from 127.0.0.1 within 1 s"_s),
                 qPrintable(outcome.message));
    }

    void theBrowserNeverComingBackTimesOut()
    {
        OAuth2SignInConfig settings = config();
        settings.timeout = std::chrono::milliseconds(300);
        FakeBrowser browser;
        browser.stayIdle = true;
        OAuth2SignIn signIn(settings);
        signIn.setBrowser(browser.function());
        const Outcome outcome = runSignIn(signIn);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::TimedOut);
        QVERIFY2(
            outcome.message.contains(u"No answer from the browser after 1 min: the sign-in was stopped."_s),
            qPrintable(outcome.message));
    }

    void cancelStopsAndClosesTheLoopback()
    {
        FakeBrowser browser;
        browser.stayIdle = true;
        OAuth2SignIn signIn(config());
        signIn.setBrowser(browser.function());
        QSignalSpy failed(&signIn, &OAuth2SignIn::failed);
        QSignalSpy urls(&signIn, &OAuth2SignIn::authorizationUrl);
        signIn.start();
        QVERIFY(signIn.isRunning());
        QTRY_COMPARE(urls.count(), 1);
        const QUrl redirect = signIn.redirectUri();
        QCOMPARE(redirect.host(), u"localhost"_s);
        // The callback server answers on 127.0.0.1 only, not on the machine's other addresses.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket outside;
            outside.connectToHost(address, quint16(redirect.port()));
            QVERIFY2(!outside.waitForConnected(1000), qPrintable(address.toString()));
        }
        signIn.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<OAuth2SignIn::Failure>(), OAuth2SignIn::Failure::Cancelled);
        QCOMPARE(failed.first().at(1).toString(), u"Sign-in cancelled."_s);
        QVERIFY(!signIn.isRunning());
        signIn.cancel(); // nothing more
        QCOMPARE(failed.count(), 1);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }

    void aMissingClientIdCannotStart()
    {
        OAuth2SignIn signIn(Net::Xero::signInConfig(QUrl(u"https://api.xero.com"_s), QString()));
        const Outcome outcome = runSignIn(signIn);
        QCOMPARE(outcome.failure, OAuth2SignIn::Failure::Unavailable);
        QVERIFY2(outcome.message.contains(u"client id"_s), qPrintable(outcome.message));
    }

    void refreshRotatesTheRefreshToken()
    {
        const OAuth2Tokens first = signIn(config());
        QVERIFY(!first.refreshToken.isEmpty());

        const Net::OAuth2RefreshResult second =
            Net::refreshAccessToken(m_network, config(), first.refreshToken);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.httpStatus, 200);
        QVERIFY(second.tokens.refreshToken != first.refreshToken);
        QVERIFY(second.tokens.accessToken != first.accessToken);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(second.tokens.expiresAt) > 1700);
        QCOMPARE(second.tokens.scopes, Net::Xero::scopes());
        QCOMPARE(apiStatus(second.tokens.accessToken), 200);

        // The rotated token's successor is used: the old one is refused for good.
        const Net::OAuth2RefreshResult third =
            Net::refreshAccessToken(m_network, config(), second.tokens.refreshToken);
        QVERIFY2(third.ok, qPrintable(third.message));
        const Net::OAuth2RefreshResult replay =
            Net::refreshAccessToken(m_network, config(), first.refreshToken);
        QVERIFY(!replay.ok);
        QCOMPARE(replay.httpStatus, 400);
        QCOMPARE(replay.error, u"invalid_grant"_s);
        QVERIFY(replay.signInAgain);
        QVERIFY2(replay.message.contains(u"sign in again"_s), qPrintable(replay.message));

        // Xero's grace period: an answer lost on the way may be asked for again with the old token
        // while the new one is unused; the lost pair's refresh token is then revoked.
        const Net::OAuth2RefreshResult lost =
            Net::refreshAccessToken(m_network, config(), third.tokens.refreshToken);
        QVERIFY(lost.ok);
        const Net::OAuth2RefreshResult retried =
            Net::refreshAccessToken(m_network, config(), third.tokens.refreshToken);
        QVERIFY2(retried.ok, qPrintable(retried.message));
        QVERIFY(retried.tokens.refreshToken != lost.tokens.refreshToken);
        QCOMPARE(Net::refreshAccessToken(m_network, config(), lost.tokens.refreshToken).error,
                 u"invalid_grant"_s);
        QVERIFY(Net::refreshAccessToken(m_network, config(), retried.tokens.refreshToken).ok);
        // ...and once the new token has been used, the old one is dead.
        QCOMPARE(Net::refreshAccessToken(m_network, config(), third.tokens.refreshToken).error,
                 u"invalid_grant"_s);

        // Other refusals.
        const Net::OAuth2RefreshResult unknown =
            Net::refreshAccessToken(m_network, config(), "0123456789abcdef");
        QCOMPARE(unknown.error, u"invalid_grant"_s);
        OAuth2SignInConfig otherClient = config();
        otherClient.clientId = u"someone-else"_s;
        const Net::OAuth2RefreshResult wrongClient =
            Net::refreshAccessToken(m_network, otherClient, retried.tokens.refreshToken);
        QCOMPARE(wrongClient.error, u"invalid_client"_s);
        QVERIFY(!wrongClient.signInAgain);
        QVERIFY2(wrongClient.message.contains(u"client id"_s), qPrintable(wrongClient.message));
        const Net::OAuth2RefreshResult none = Net::refreshAccessToken(m_network, config(), {});
        QVERIFY(!none.ok);
        QVERIFY(none.signInAgain);
        OAuth2SignInConfig closed = config();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closed.tokenUrl.setPort(probe.serverPort());
        probe.close();
        const Net::OAuth2RefreshResult unreachable = Net::refreshAccessToken(m_network, closed, "x");
        QCOMPARE(unreachable.httpStatus, 0);
        QVERIFY(!unreachable.signInAgain);
        QVERIFY2(unreachable.message.startsWith(u"No answer from 127.0.0.1"_s),
                 qPrintable(unreachable.message));
    }

    void withoutOfflineAccessThereIsNoRefreshToken()
    {
        OAuth2SignInConfig settings = config();
        settings.scopes = {u"openid"_s, u"accounting.contacts.read"_s};
        const OAuth2Tokens tokens = signIn(settings);
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(tokens.refreshToken.isEmpty());
        // The token's scopes are enforced by the books API.
        QCOMPARE(apiStatus(tokens.accessToken, u"Contacts"_s), 200);
        QCOMPARE(apiStatus(tokens.accessToken, u"Organisation"_s), 403);
        QCOMPARE(apiStatus(tokens.accessToken, u"Invoices"_s), 403);
    }

    void listsTheTenants()
    {
        const OAuth2Tokens tokens = signIn(config());
        Net::XeroTenantList list = Net::Xero::listTenants(m_network, m_books, tokens.accessToken);
        QVERIFY2(list.ok, qPrintable(list.message));
        QCOMPARE(list.tenants.size(), 1);
        QCOMPARE(list.tenants.first().tenantId, Sandbox::Credentials::xeroTenantId());
        QCOMPARE(list.tenants.first().tenantName, u"Sandbox Books"_s);
        QCOMPARE(list.tenants.first().tenantType, u"ORGANISATION"_s);
        QVERIFY(!list.tenants.first().connectionId.isEmpty());

        // Xero's raw shape.
        const Response raw = fetch(m_network, "GET", books(u"/connections"_s),
                                   {{"Authorization", "Bearer " + tokens.accessToken}});
        QCOMPARE(raw.status, 200);
        const QJsonObject entry = QJsonDocument::fromJson(raw.body).array().first().toObject();
        for (const QString &key : {u"id"_s, u"authEventId"_s, u"tenantId"_s, u"tenantType"_s, u"tenantName"_s,
                                   u"createdDateUtc"_s, u"updatedDateUtc"_s})
            QVERIFY2(entry.contains(key), qPrintable(key));
        QCOMPARE(entry.value(u"authEventId"_s).toString(),
                 jwtClaims(tokens.accessToken).value(u"authentication_event_id"_s).toString());

        QCOMPARE(control({{u"tenants"_s,
                           QJsonArray{QJsonObject{{u"tenantId"_s, u"11111111-2222-4333-8444-555555555555"_s},
                                                  {u"tenantName"_s, u"Demo Company (NZ)"_s}}}}})
                     .status,
                 200);
        list = Net::Xero::listTenants(m_network, m_books, tokens.accessToken);
        QCOMPARE(list.tenants.size(), 2);
        QCOMPARE(list.tenants.at(1).tenantName, u"Demo Company (NZ)"_s);
        QCOMPARE(control({{u"tenants"_s, QJsonArray()}}).status, 200);

        const Net::XeroTenantList refused = Net::Xero::listTenants(m_network, m_books, "a.b.c");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.httpStatus, 401);
        QVERIFY2(refused.message.contains(u"sign in again"_s), qPrintable(refused.message));
    }

    void theSandboxChecksTheAuthorizationRequest()
    {
        const QByteArray verifier = Net::Pkce::makeVerifier();
        const QString challenge = QString::fromLatin1(Net::Pkce::challengeS256(verifier));
        const QString redirect = u"http://127.0.0.1:9/callback"_s;
        const auto authorize = [&](const QList<std::pair<QString, QString>> &changes) {
            QUrl url = books(u"/identity/connect/authorize"_s);
            QUrlQuery query;
            QList<std::pair<QString, QString>> items{
                {u"response_type"_s, u"code"_s},
                {u"client_id"_s, Sandbox::BooksIdentity::clientId()},
                {u"redirect_uri"_s, redirect},
                {u"scope"_s, u"openid offline_access accounting.contacts"_s},
                {u"state"_s, u"s1"_s},
                {u"code_challenge"_s, challenge},
                {u"code_challenge_method"_s, u"S256"_s}};
            for (const auto &[key, value] : changes) {
                items.removeIf([&key = key](const auto &item) { return item.first == key; });
                if (!value.isNull())
                    items.append({key, value});
            }
            for (const auto &[key, value] : items)
                query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            url.setQuery(query);
            return fetch(m_network, "GET", url);
        };
        const auto errorOf = [](const Response &response) {
            return QUrlQuery(response.location).queryItemValue(u"error"_s);
        };

        // Not sent back to an unknown client or an unregistered redirect: an error page.
        QCOMPARE(authorize({{u"client_id"_s, u"intruder"_s}}).status, 400);
        QCOMPARE(authorize({{u"redirect_uri"_s, u"http://evil.example/callback"_s}}).status, 400);
        QCOMPARE(authorize({{u"redirect_uri"_s, u"http://127.0.0.1:9/other"_s}}).status, 400);
        // Sent back with an error.
        Response response = authorize({{u"code_challenge"_s, QString()}});
        QCOMPARE(response.status, 302);
        QCOMPARE(errorOf(response), u"invalid_request"_s);
        QCOMPARE(QUrlQuery(response.location).queryItemValue(u"state"_s), u"s1"_s);
        QCOMPARE(errorOf(authorize({{u"code_challenge_method"_s, u"plain"_s}})), u"invalid_request"_s);
        QCOMPARE(errorOf(authorize({{u"code_challenge"_s, u"short"_s}})), u"invalid_request"_s);
        QCOMPARE(errorOf(authorize({{u"response_type"_s, u"token"_s}})), u"unsupported_response_type"_s);
        QCOMPARE(errorOf(authorize({{u"scope"_s, QString()}})), u"invalid_scope"_s);

        // A good request; the code works once, with the right verifier and redirect_uri only.
        response = authorize({});
        QCOMPARE(response.status, 302);
        QCOMPARE(response.location.adjusted(QUrl::RemoveQuery), QUrl(redirect));
        const QString code = QUrlQuery(response.location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        const auto exchange = [&](const QString &withCode, const QString &withRedirect,
                                  const QByteArray &withVerifier) {
            QUrlQuery form;
            form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
            form.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(withCode)));
            form.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(withRedirect)));
            form.addQueryItem(u"client_id"_s, Sandbox::BooksIdentity::clientId());
            form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(withVerifier));
            return fetch(m_network, "POST", books(u"/identity/connect/token"_s),
                         {{"Content-Type", "application/x-www-form-urlencoded"}},
                         form.toString(QUrl::FullyEncoded).toUtf8());
        };
        Response token = exchange(code, u"http://127.0.0.1:9/elsewhere"_s, verifier);
        QCOMPARE(token.status, 400);
        QCOMPARE(token.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(exchange(code, redirect, {}).json().value(u"error"_s).toString(), u"invalid_request"_s);
        token = exchange(code, redirect, verifier);
        QCOMPARE(token.status, 200);
        const QByteArray access = token.json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(token.json().value(u"expires_in"_s).toInt(), 1800);
        QCOMPARE(token.json().value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(apiStatus(access, u"Contacts"_s), 200);
        // Used twice: refused, and what it granted is revoked.
        token = exchange(code, redirect, verifier);
        QCOMPARE(token.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(apiStatus(access, u"Contacts"_s), 401);
        // An expired code.
        QCOMPARE(control({{u"code_lifetime_s"_s, 0}}).status, 200);
        const QString stale = QUrlQuery(authorize({}).location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QCOMPARE(exchange(stale, redirect, verifier).json().value(u"error_description"_s).toString(),
                 u"The authorization code has expired"_s);
        QCOMPARE(control({{u"code_lifetime_s"_s, 300}}).status, 200);
        // Token endpoint basics.
        QCOMPARE(fetch(m_network, "POST", books(u"/identity/connect/token"_s),
                       {{"Content-Type", "application/json"}}, "{}")
                     .json()
                     .value(u"error"_s)
                     .toString(),
                 u"invalid_request"_s);
        QCOMPARE(fetch(m_network, "POST", books(u"/identity/connect/token"_s),
                       {{"Content-Type", "application/x-www-form-urlencoded"}},
                       "grant_type=password&client_id=" + Sandbox::BooksIdentity::clientId().toLatin1())
                     .json()
                     .value(u"error"_s)
                     .toString(),
                 u"unsupported_grant_type"_s);
    }

    void anExpiredAccessTokenIsRefused()
    {
        QCOMPARE(control({{u"access_token_lifetime_s"_s, 1}}).status, 200);
        const OAuth2Tokens tokens = signIn(config());
        QCOMPARE(control({{u"access_token_lifetime_s"_s, 1800}}).status, 200);
        QCOMPARE(apiStatus(tokens.accessToken), 200);
        QTRY_COMPARE_WITH_TIMEOUT(apiStatus(tokens.accessToken), 401, 5000);
    }
};

QTEST_GUILESS_MAIN(TestOAuth2SignIn)
#include "tst_oauth2signin.moc"
