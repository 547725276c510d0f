// The Xero connector renews an expired access token by itself: against the sandbox books' Xero
// identity dialect (authorize with PKCE, token, refresh with rotation), with access tokens that
// live one second. Two connectors of one connection (the engine and a writer lane) share the
// session: one refresh serves both.
#include "connectors/connector.h"
#include "connectors/oauthsession.h"
#include "engine/syncengine.h"
#include "engine/workspaceconfig.h"
#include "mapping/mappingdocument.h"
#include "net/httpclient.h"
#include "net/oauth2signin.h"
#include "net/xeroidentity.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "store/deadletterrepository.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

class TestXeroRefresh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Sandbox::SandboxServices m_sandbox;
    QNetworkAccessManager m_network;

    QNetworkReply *wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return reply;
    }

    QJsonObject identity(const QJsonObject &settings)
    {
        QNetworkRequest request(m_sandbox.booksUrl().resolved(QUrl(u"/__sandbox/identity"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = wait(m_network.post(request, QJsonDocument(settings).toJson()));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// A sign-in as the browser would do it: authorize (PKCE S256) → code → tokens.
    Net::OAuth2Tokens signIn(const Net::OAuth2SignInConfig &config)
    {
        const QByteArray verifier = Net::Pkce::makeVerifier();
        const QString redirect = u"http://localhost:48017/callback"_s;
        QUrl authorize = config.authorizationUrl;
        QUrlQuery query;
        query.addQueryItem(u"response_type"_s, u"code"_s);
        query.addQueryItem(u"client_id"_s, config.clientId);
        query.addQueryItem(u"redirect_uri"_s, redirect);
        query.addQueryItem(u"scope"_s, config.scopes.join(u' '));
        query.addQueryItem(u"state"_s, u"s1"_s);
        query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Net::Pkce::challengeS256(verifier)));
        query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        authorize.setQuery(query);
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = wait(m_network.get(request));
        reply->deleteLater();
        const QUrl back(QString::fromUtf8(reply->rawHeader("Location")));
        const QString code = QUrlQuery(back).queryItemValue(u"code"_s);
        if (code.isEmpty())
            return {};
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"redirect_uri"_s, redirect);
        form.addQueryItem(u"client_id"_s, config.clientId);
        form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(verifier));
        QNetworkRequest token(config.tokenUrl);
        token.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *answer = wait(m_network.post(token, form.toString(QUrl::FullyEncoded).toUtf8()));
        answer->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(answer->readAll()).object();
        Net::OAuth2Tokens tokens;
        tokens.accessToken = body.value(u"access_token"_s).toString().toUtf8();
        tokens.refreshToken = body.value(u"refresh_token"_s).toString().toUtf8();
        return tokens;
    }

private slots:
    void initTestCase()
    {
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = m_sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
    }

    void anExpiredTokenIsRenewedOnceForEveryConnectorOfTheConnection()
    {
        const QUrl books = m_sandbox.booksUrl();
        const Net::OAuth2SignInConfig config = Net::Xero::signInConfig(books, Net::Xero::clientId(books));
        identity({{u"access_token_lifetime_s"_s, 1}});
        const Net::OAuth2Tokens tokens = signIn(config);
        QVERIFY(!tokens.accessToken.isEmpty() && !tokens.refreshToken.isEmpty());

        auto session =
            std::make_shared<Connectors::OAuthSession>(config, tokens.accessToken, tokens.refreshToken);
        Connectors::ConnectorConfig connection;
        connection.system = u"xero"_s;
        connection.baseUrl = books;
        connection.account = Sandbox::Credentials::xeroTenantId();
        connection.accessToken = tokens.accessToken;
        connection.oauth = session;
        Net::HttpClient client(m_network, {});
        QString error;
        const auto engine = Connectors::createConnector(connection, client, &error);
        const auto lane = Connectors::createConnector(connection, client, &error); // a writer lane's copy
        QVERIFY2(engine && lane, qPrintable(error));

        const Connectors::ReadPage fresh = engine->readPage(u"Contact"_s, {}, 10);
        QVERIFY2(!fresh.failure, qPrintable(fresh.failure ? fresh.failure->message : QString()));
        QVERIFY(!session->takeRenewed());

        QThread::msleep(1500); // the access token expires
        identity({{u"access_token_lifetime_s"_s, 1800}}); // the renewed one lasts
        const Connectors::ReadPage renewed = engine->readPage(u"Contact"_s, {}, 10);
        QVERIFY2(!renewed.failure, qPrintable(renewed.failure ? renewed.failure->message : QString()));
        QCOMPARE(renewed.exchanges.size(), 2); // refused with 401, then sent again with the new token
        QCOMPARE(renewed.exchanges.first().response.status, 401);
        QCOMPARE(renewed.exchanges.last().response.status, 200);
        const auto pair = session->takeRenewed();
        QVERIFY(pair);
        QVERIFY(pair->first != tokens.accessToken);
        QVERIFY(pair->second != tokens.refreshToken); // Xero rotates refresh tokens
        QCOMPARE(identity({}).value(u"refreshes"_s).toInt(), 1);

        // The lane uses the renewed token at once: no second refresh (the old refresh token is dead).
        const Connectors::ReadPage fromLane = lane->readPage(u"Contact"_s, {}, 10);
        QVERIFY2(!fromLane.failure, qPrintable(fromLane.failure ? fromLane.failure->message : QString()));
        QCOMPARE(fromLane.exchanges.size(), 1);
        QCOMPARE(identity({}).value(u"refreshes"_s).toInt(), 1);

        // A refresh token the server does not accept: a specific failure, no retry storm.
        auto dead =
            std::make_shared<Connectors::OAuthSession>(config, "expired-access", "revoked-refresh-token");
        connection.oauth = dead;
        connection.accessToken = "expired-access";
        const auto stale = Connectors::createConnector(connection, client, &error);
        const Connectors::ReadPage refused = stale->readPage(u"Contact"_s, {}, 10);
        QVERIFY(refused.failure);
        QVERIFY2(refused.failure->message.contains(u"could not be renewed"_s),
                 qPrintable(refused.failure->message));
        QVERIFY(!refused.failure->message.contains(u"revoked-refresh-token"_s));
        QCOMPARE(refused.exchanges.size(), 1); // nothing sent again with a token that was not renewed
        const int refusedBefore = identity({}).value(u"refused"_s).toInt();
        QVERIFY(refusedBefore >= 1); // the first attempt was refused, and counted
        const Connectors::ReadPage again = stale->readPage(u"Contact"_s, {}, 10);
        QVERIFY(again.failure);
        // The dead refresh token is not tried a second time: the server refused nothing more.
        QCOMPARE(identity({}).value(u"refused"_s).toInt(), refusedBefore);
        QCOMPARE(identity({}).value(u"refreshes"_s).toInt(), 1);
    }

    /// The engine on a workspace of one's own signed in to Xero: the expired token is renewed in
    /// the run, the orders are written, and the renewed pair is handed to the main thread for the
    /// keychain (EngineController::erpTokensRenewed).
    void theEngineRenewsAndHandsTheTokensOver()
    {
        const QUrl books = m_sandbox.booksUrl();
        const Net::OAuth2SignInConfig config = Net::Xero::signInConfig(books, Net::Xero::clientId(books));
        identity({{u"access_token_lifetime_s"_s, 1}});
        const Net::OAuth2Tokens tokens = signIn(config);
        QVERIFY(!tokens.refreshToken.isEmpty());

        const QString workspace = m_dir.filePath(u"signed-in"_s);
        QVERIFY(QDir().mkpath(workspace));
        Engine::WorkspaceConnections connections;
        connections.store = {u"shopify"_s, u"sandbox"_s, m_sandbox.storeUrl(),
                             Sandbox::Credentials::shopDomain()};
        connections.erp = {u"xero"_s, u"sandbox"_s, books, Sandbox::Credentials::xeroTenantId()};
        QString error;
        QVERIFY2(Engine::writeWorkspaceConnections(workspace, connections, &error), qPrintable(error));
        Mapping::LoadResult mapping = Mapping::MappingDocument::load(Engine::mappingFilePath(workspace));
        QVERIFY(mapping.ok());
        mapping.document->policies.rolloutStage = Mapping::RolloutStage::OneDirection;
        QCOMPARE(mapping.document->save(Engine::mappingFilePath(workspace)), QString());

        QThread::msleep(1500); // the access token expires before the run
        identity({{u"access_token_lifetime_s"_s, 1800}}); // the renewed one lasts
        Engine::EngineOptions options;
        options.workspaceDir = workspace;
        options.triggers = false;
        options.credentials = Engine::EngineCredentials{QByteArray(Sandbox::Credentials::shopAccessTokenText),
                                                        {},
                                                        tokens.accessToken,
                                                        {},
                                                        tokens.refreshToken};
        Engine::EngineController controller;
        QSignalSpy started(&controller, &Engine::EngineController::started);
        QSignalSpy finished(&controller, &Engine::EngineController::finished);
        QSignalSpy renewed(&controller, &Engine::EngineController::erpTokensRenewed);
        controller.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20000);
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));
        controller.runObjectNow(u"order"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        controller.stop();
        const QJsonObject summary = finished.first().first().toJsonObject();
        qInfo("%s", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        {
            Store::StateStore store(
                Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)));
            if (store.open()) {
                if (auto letters = Store::DeadLetterRepository(store).list();
                    letters && !letters.value().isEmpty())
                    qInfo("first dead letter: %s", qPrintable(letters.value().first().error));
            }
        }
        QCOMPARE(summary.value(u"created"_s).toInt(), 12);
        QCOMPARE(renewed.count(), 1);
        QVERIFY(renewed.first().at(0).toByteArray() != tokens.accessToken);
        QVERIFY(renewed.first().at(1).toByteArray() != tokens.refreshToken);
    }
};

QTEST_GUILESS_MAIN(TestXeroRefresh)
#include "tst_xerorefresh.moc"
