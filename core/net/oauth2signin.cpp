#include "net/oauth2signin.h"

#include "net/httpclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetworkAuth/QOAuth2AuthorizationCodeFlow>
#include <QtNetworkAuth/QOAuthHttpServerReplyHandler>

#include <utility>

using namespace Qt::StringLiterals;

namespace LedgerLink::Net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Net::OAuth2SignIn)
};

/// RFC 7636 §4.1: the code_verifier's alphabet (unreserved characters).
constexpr char verifierAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

/// A query value from the callback as QUrlQuery handed it over (form-encoded '+' and %XX left).
QString formDecoded(const QVariant &value)
{
    QByteArray bytes = value.toString().toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

/// The server's answer to a token request: what RFC 6749 §5.1 / §5.2 define.
struct TokenAnswer
{
    OAuth2Tokens tokens;
    QString error;
    QString errorDescription;
    bool json = false;
};

TokenAnswer parseTokenAnswer(const QByteArray &body, const QDateTime &now)
{
    TokenAnswer answer;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return answer;
    answer.json = true;
    const QJsonObject object = document.object();
    answer.error = object.value(u"error"_s).toString();
    answer.errorDescription = object.value(u"error_description"_s).toString();
    answer.tokens.accessToken = object.value(u"access_token"_s).toString().toUtf8();
    answer.tokens.refreshToken = object.value(u"refresh_token"_s).toString().toUtf8();
    answer.tokens.tokenType = object.value(u"token_type"_s).toString();
    answer.tokens.scopes = object.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    const QJsonValue expiresIn = object.value(u"expires_in"_s);
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    if (seconds > 0)
        answer.tokens.expiresAt = now.addSecs(seconds);
    answer.tokens.extraTokens = object.toVariantMap();
    for (const QString &key : {u"access_token"_s, u"refresh_token"_s, u"token_type"_s, u"scope"_s,
                               u"expires_in"_s, u"error"_s, u"error_description"_s})
        answer.tokens.extraTokens.remove(key);
    return answer;
}

/// "invalid_grant: The code has expired" or just the code; the server's words, no secret.
QString serverSaid(const QString &error, const QString &description)
{
    if (description.isEmpty())
        return error;
    if (error.isEmpty())
        return description;
    return error + u": "_s + description;
}

QString tokenErrorMessage(const QString &host, int status, const QString &error, const QString &description)
{
    if (error == u"invalid_grant" || error == u"invalid_code") // Zoho: invalid_code
        return Text::tr("%1 refused the sign-in's code or token (%2): sign in again.")
            .arg(host, serverSaid(error, description));
    if (error == u"invalid_client" || error == u"unauthorized_client")
        return Text::tr("%1 does not know this app (%2): check the client id.")
            .arg(host, serverSaid(error, description));
    if (!error.isEmpty())
        return Text::tr("%1 refused the token request (HTTP %2, %3).")
            .arg(host, QString::number(status), serverSaid(error, description));
    return Text::tr("%1 answered the token request with HTTP %2.").arg(host, QString::number(status));
}

/// RFC 6749 §2.3.1: "Basic " + base64(form-encoded client id ":" form-encoded secret).
QByteArray basicAuthorization(const OAuth2SignInConfig &config)
{
    const QByteArray credentials =
        QUrl::toPercentEncoding(config.clientId) + ':' + QUrl::toPercentEncoding(config.clientSecret);
    return "Basic " + credentials.toBase64();
}

/**
 * The sign-in's network manager. For a client with a secret it authenticates the token request
 * with HTTP Basic: QtNetworkAuth 6.4 can only put client_secret into the request's body, which
 * servers such as Intuit's do not take (and which RFC 6749 §2.3.1 only allows as a fallback).
 */
class SignInNetwork final : public QNetworkAccessManager
{
public:
    SignInNetwork(QUrl tokenUrl, QByteArray authorization, QObject *parent)
        : QNetworkAccessManager(parent)
        , m_tokenUrl(std::move(tokenUrl))
        , m_authorization(std::move(authorization))
    { }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &original,
                                 QIODevice *outgoingData) override
    {
        if (m_authorization.isEmpty() || operation != PostOperation
            || original.url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
                != m_tokenUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment))
            return QNetworkAccessManager::createRequest(operation, original, outgoingData);
        QNetworkRequest request = original;
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }

private:
    QUrl m_tokenUrl;
    QByteArray m_authorization;
};

} // namespace

namespace Pkce {

QByteArray makeVerifier(int length)
{
    length = qBound(43, length, 128);
    QByteArray verifier(length, Qt::Uninitialized);
    constexpr int alphabetSize = int(sizeof(verifierAlphabet)) - 1;
    QRandomGenerator *random = QRandomGenerator::system(); // the OS's CSPRNG
    for (char &c : verifier)
        c = verifierAlphabet[random->bounded(alphabetSize)];
    return verifier;
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Pkce

/**
 * QtNetworkAuth's loopback callback server with our redirect URI (the host name the vendor
 * registered, e.g. "localhost", while listening on 127.0.0.1 only) and a look at the token
 * endpoint's reply before QtNetworkAuth sees it: Qt 6.4 drops an error reply with a warning and
 * reports nothing, so its status and the server's error are handed to `onTokenReply` here.
 */
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    using TokenReply =
        std::function<bool(int status, const QByteArray &body, int networkError, const QString &errorText)>;

    // The base constructor listens at once; on 127.0.0.1, never on every interface as Qt 6.4's
    // default constructor does.
    LoopbackReplyHandler(QString host, QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
        , m_host(std::move(host))
    { }

    QString callback() const override
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(m_host);
        url.setPort(port());
        QString path = callbackPath();
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        url.setPath(path);
        return url.toString(QUrl::FullyEncoded);
    }

    /// Returns false when the reply was an error (reported and consumed); true lets QtNetworkAuth
    /// read the tokens from it.
    TokenReply onTokenReply;

protected:
    void networkReplyFinished(QNetworkReply *reply) override
    {
        if (!onTokenReply)
            return; // the sign-in is over: nothing more is reported
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
        // peek(): QtNetworkAuth reads the body itself afterwards.
        const QByteArray body = reply->isOpen() ? reply->peek(reply->bytesAvailable()) : QByteArray();
        QString errorText;
        if (reply->error() != QNetworkReply::NoError && status == 0)
            errorText = reply->errorString().replace(reply->url().toString(), reply->url().host());
        if (onTokenReply(status, body, int(reply->error()), errorText))
            QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
    }

private:
    QString m_host;
};

OAuth2SignIn::OAuth2SignIn(OAuth2SignInConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_timeout(new QTimer(this))
{
    qRegisterMetaType<OAuth2Tokens>();
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut,
             tr("No answer from the browser after %1 min: the sign-in was stopped. Start it again when you "
                "are ready.")
                 .arg(std::max<qint64>(1, (m_config.timeout.count() + 59999) / 60000)));
    });
}

OAuth2SignIn::~OAuth2SignIn()
{
    m_running = false;
    teardown();
}

QUrl OAuth2SignIn::redirectUri() const
{
    return m_running && m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void OAuth2SignIn::start()
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (m_running) {
        m_running = false;
        teardown();
    }
    const auto refuse = [this](const QString &message) {
        // Reported from the event loop, as every other outcome is.
        QMetaObject::invokeMethod(
            this, [this, message] { emit failed(Failure::Unavailable, message); }, Qt::QueuedConnection);
    };
    if (!m_config.authorizationUrl.isValid() || !m_config.tokenUrl.isValid() || m_config.clientId.isEmpty()) {
        refuse(
            tr("The sign-in is not configured: the authorization URL, token URL or client id is missing."));
        return;
    }

    // Created in this order so that the network manager goes first on deletion: it aborts the
    // token request while the handler its finished() lambda points to still exists.
    m_network = new SignInNetwork(m_config.tokenUrl,
                                  m_config.clientSecret.isEmpty() || m_config.clientSecretInBody
                                      ? QByteArray()
                                      : basicAuthorization(m_config),
                                  this);
    m_network->setTransferTimeout(int(m_config.requestTimeout.count()));
    m_handler = new LoopbackReplyHandler(m_config.redirectHost, this);
    m_handler->setCallbackPath(m_config.redirectPath);
    m_handler->setCallbackText(
        tr("LedgerLink received the answer. You can close this tab and go back to LedgerLink.")
            .toHtmlEscaped());
    // Its constructor listened on a port of its choosing: the configured ones come first.
    m_handler->close();
    QList<quint16> ports = m_config.redirectPorts;
    if (ports.isEmpty())
        ports.append(0);
    for (quint16 port : std::as_const(ports)) {
        if (m_handler->listen(QHostAddress(QHostAddress::LocalHost), port))
            break;
    }
    if (!m_handler->isListening()) {
        QStringList tried;
        for (quint16 port : std::as_const(ports))
            tried.append(QString::number(port));
        teardown();
        refuse(tr("Cannot listen on 127.0.0.1 (port %1) for the browser's answer: close the program using "
                  "it and try again.")
                   .arg(tried.join(u", "_s)));
        return;
    }
    m_handler->onTokenReply = [this](int status, const QByteArray &body, int networkError,
                                     const QString &errorText) {
        onTokenReply(status, body, networkError, errorText);
        return m_running; // still running: a success, for QtNetworkAuth to read
    };

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_config.authorizationUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    // Servers that take the secret only as a parameter (Zoho): QtNetworkAuth puts it there.
    if (m_config.clientSecretInBody && !m_config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    // Otherwise a client secret is never handed to QtNetworkAuth (it would put it into the body):
    // the network manager authenticates the token request with HTTP Basic.
    m_flow->setScope(m_config.scopes.join(u' '));
    // Qt 6.4 makes an 8-character state; 256 random bits instead.
    QByteArray state(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(state.begin(), state.end());
    m_flow->setState(
        QString::fromLatin1(state.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (m_config.pkce)
        m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256, 64);
    else
        m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None);
    const bool addPkce = false;
#else
    // QtNetworkAuth < 6.8 has no PKCE: the parameters are added to its requests.
    const bool addPkce = m_config.pkce;
#endif
    // The verifier lives in this flow's parameter function only, and goes with it. The server's
    // own authorization parameters (Zoho: access_type=offline) are added there too.
    if (addPkce || !m_config.authorizationParameters.isEmpty()) {
        m_flow->setModifyParametersFunction(
            [verifier = addPkce ? Pkce::makeVerifier(64) : QByteArray(), addPkce,
             extra = m_config.authorizationParameters](QAbstractOAuth::Stage stage,
                                                       QMultiMap<QString, QVariant> *parameters) {
                if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
                        parameters->replace(it.key(), it.value());
                    if (addPkce) {
                        parameters->replace(u"code_challenge"_s,
                                            QString::fromLatin1(Pkce::challengeS256(verifier)));
                        parameters->replace(u"code_challenge_method"_s, u"S256"_s);
                    }
                } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken && addPkce) {
                    parameters->replace(u"code_verifier"_s, QString::fromLatin1(verifier));
                }
            });
    }
    // Ours first: it sees the redirect before QtNetworkAuth, which drops a forged state silently.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuth2SignIn::onCallback);
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        const bool opened = m_browser && m_browser(url);
        if (m_running)
            emit authorizationUrl(url, opened);
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuth2SignIn::finishGranted);
    // Newer QtNetworkAuth reports token errors itself; Qt 6.4's are caught in the handler.
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        fail(Failure::TokenRejected,
             tr("%1 refused the sign-in (no details given): sign in again.").arg(m_config.tokenUrl.host()));
    });

    m_callbackParameters.clear();
    m_running = true;
    m_timeout->start(m_config.timeout);
    m_flow->grant();
}

void OAuth2SignIn::cancel()
{
    if (m_running)
        fail(Failure::Cancelled, tr("Sign-in cancelled."));
}

void OAuth2SignIn::onCallback(const QVariantMap &values)
{
    if (!m_running || !m_flow)
        return;
    const QString error = formDecoded(values.value(u"error"_s));
    const QString description = formDecoded(values.value(u"error_description"_s));
    const QString host = m_config.authorizationUrl.host();
    const auto failWithPage = [this](Failure failure, const QString &message) {
        // The browser shows this page: QtNetworkAuth writes it after this signal.
        m_handler->setCallbackText(
            tr("The sign-in did not complete: %1 Go back to LedgerLink.").arg(message).toHtmlEscaped());
        fail(failure, message);
    };
    if (!error.isEmpty()) {
        if (error == u"access_denied") {
            failWithPage(Failure::Denied,
                         tr("Access was not granted at %1 (%2): LedgerLink can only connect once you allow "
                            "it there.")
                             .arg(host, serverSaid(error, description)));
        } else {
            failWithPage(
                Failure::AuthorizationError,
                tr("%1 refused the sign-in request (%2).").arg(host, serverSaid(error, description)));
        }
        return;
    }
    const QString state = formDecoded(values.value(u"state"_s));
    if (state != m_flow->state()) {
        failWithPage(
            Failure::StateMismatch,
            tr("The browser came back with an answer that does not belong to this sign-in (its state "
               "does not match); it was ignored. Sign in again."));
        return;
    }
    if (values.value(u"code"_s).toString().isEmpty()) {
        failWithPage(Failure::AuthorizationError,
                     tr("%1 sent the browser back without a code: sign in again.").arg(host));
        return;
    }
    // What the server added for the caller (Intuit: realmId, the company signed in to).
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != u"code" && it.key() != u"state")
            m_callbackParameters.insert(it.key(), formDecoded(it.value()));
    }
}

void OAuth2SignIn::onTokenReply(int status, const QByteArray &body, int networkError,
                                const QString &errorText)
{
    if (!m_running)
        return;
    const QString host = m_config.tokenUrl.host();
    if (status == 0) {
        if (networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError)
            fail(Failure::NoAnswer,
                 tr("No answer from %1 within %2 s to the token request: try again.")
                     .arg(host)
                     .arg((m_config.requestTimeout.count() + 999) / 1000));
        else
            fail(Failure::NoAnswer, tr("No answer from %1 to the token request: %2").arg(host, errorText));
        return;
    }
    const TokenAnswer answer = parseTokenAnswer(body, QDateTime::currentDateTimeUtc());
    if (status < 200 || status >= 300 || !answer.error.isEmpty()) {
        fail(Failure::TokenRejected, tokenErrorMessage(host, status, answer.error, answer.errorDescription));
        return;
    }
    if (answer.tokens.accessToken.isEmpty()) {
        fail(Failure::TokenRejected, tr("%1 answered the token request without an access token.").arg(host));
        return;
    }
}

void OAuth2SignIn::finishGranted()
{
    if (!m_running || !m_flow)
        return;
    OAuth2Tokens tokens;
    tokens.accessToken = m_flow->token().toUtf8();
    tokens.refreshToken = m_flow->refreshToken().toUtf8();
    tokens.expiresAt = m_flow->expirationAt().toUTC();
    tokens.tokenType = u"Bearer"_s;
    tokens.scopes = m_flow->scope().split(u' ', Qt::SkipEmptyParts);
    if (tokens.scopes.isEmpty())
        tokens.scopes = m_config.scopes;
    tokens.callbackParameters = std::exchange(m_callbackParameters, {});
    tokens.extraTokens = m_flow->extraTokens();
    m_running = false;
    teardown();
    emit granted(tokens);
}

void OAuth2SignIn::fail(Failure failure, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    teardown();
    emit failed(failure, message);
}

void OAuth2SignIn::teardown()
{
    m_timeout->stop();
    if (m_handler) {
        m_handler->onTokenReply = nullptr;
        m_handler->close();
        disconnect(m_handler, nullptr, this, nullptr);
    }
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    // Possibly inside one of their signals: deleted from the event loop, the network manager
    // first (it aborts a pending token request while the handler still exists).
    if (m_network) {
        m_network->deleteLater();
        m_network = nullptr;
    }
    if (m_flow)
        m_flow->deleteLater();
    if (m_handler) {
        // Later still: it may just have written the page the browser shows, which is sent from the
        // event loop (deleting the handler deletes its sockets).
        QTimer::singleShot(std::chrono::seconds(2), m_handler.data(), &QObject::deleteLater);
    }
}

OAuth2RefreshResult refreshAccessToken(QNetworkAccessManager &network, const OAuth2SignInConfig &config,
                                       const QByteArray &refreshToken)
{
    OAuth2RefreshResult result;
    const QString host = config.tokenUrl.host();
    if (refreshToken.isEmpty()) {
        result.signInAgain = true;
        result.message = Text::tr("No refresh token is stored for this connection: sign in again.");
        return result;
    }
    HttpClientOptions options;
    options.rateLimitKey = u"oauth:"_s + host;
    // A token refresh changes no business data: the rollout stage's write guard does not apply.
    options.guard = WriteGuard::allowing(true, true);
    options.timeout = config.requestTimeout;
    HttpClient client(network, options);

    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s,
                      QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    if (config.scopeOnRefresh && !config.scopes.isEmpty())
        form.addQueryItem(u"scope"_s, QString::fromUtf8(QUrl::toPercentEncoding(config.scopes.join(u' '))));
    HttpRequest request;
    request.method = "POST";
    request.url = config.tokenUrl;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    if (config.clientSecret.isEmpty()) {
        form.addQueryItem(u"client_id"_s, QString::fromUtf8(QUrl::toPercentEncoding(config.clientId)));
    } else if (config.clientSecretInBody) {
        form.addQueryItem(u"client_id"_s, QString::fromUtf8(QUrl::toPercentEncoding(config.clientId)));
        form.addQueryItem(u"client_secret"_s,
                          QString::fromUtf8(QUrl::toPercentEncoding(config.clientSecret)));
    } else {
        // RFC 6749 §2.3.1: confidential clients authenticate with HTTP Basic.
        request.headers.emplaceBack("Authorization", basicAuthorization(config));
    }
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();

    const HttpExchange exchange = client.send(request);
    const HttpResponse &response = exchange.response;
    result.httpStatus = response.status;
    if (response.status == 0) {
        result.message = Text::tr("No answer from %1 to the token refresh: %2").arg(host, response.errorText);
        return result;
    }
    const TokenAnswer answer = parseTokenAnswer(response.body, QDateTime::currentDateTimeUtc());
    result.error = answer.error;
    if (!response.isSuccess() || !answer.error.isEmpty()) {
        // Zoho calls a deleted refresh token "invalid_code".
        result.signInAgain = answer.error == u"invalid_grant" || answer.error == u"invalid_code";
        result.message = tokenErrorMessage(host, response.status, answer.error, answer.errorDescription);
        return result;
    }
    if (answer.tokens.accessToken.isEmpty()) {
        result.message = Text::tr("%1 answered the token refresh without an access token.").arg(host);
        return result;
    }
    result.ok = true;
    result.tokens = answer.tokens;
    if (result.tokens.refreshToken.isEmpty())
        result.tokens.refreshToken = refreshToken; // not rotated: the old one stays valid
    if (result.tokens.tokenType.isEmpty())
        result.tokens.tokenType = u"Bearer"_s;
    return result;
}

} // namespace LedgerLink::Net
