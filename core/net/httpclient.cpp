#include "net/httpclient.h"

#include "engine/ratelimiter.h"
#include "version.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QTimer>

#include <QtNetwork/QHostInfo>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Net {
namespace {

/// User-facing text of this file, translated in the context "LedgerLink::Net::HttpClient".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Net::HttpClient)
};

/// How long to wait before asking the limiter again when every concurrency slot is taken.
constexpr std::chrono::milliseconds slotPollInterval{5};

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &header) { return sameName(header.first, name); });
}

/// The default sleeper: a real wait in a local event loop, so the thread's timers and sockets keep
/// working (another request of this thread can finish and free a concurrency slot meanwhile).
void realSleep(std::chrono::milliseconds delay)
{
    if (delay.count() <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(delay, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QString hostNotFound(const QString &host)
{
    return Text::tr("The host name %1 cannot be resolved (DNS): check the address of the connection and this "
                    "computer's network.")
        .arg(host);
}

QString sideName(WriteSide side)
{
    return side == WriteSide::Erp ? Text::tr("ERP") : Text::tr("store");
}

bool looksLikeJson(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// RFC 8288 parsing helpers over a byte view with a cursor.
struct Cursor
{
    QByteArrayView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text.at(pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++pos;
    }
    /// Skips to just after the next top-level comma (outside quotes and angle brackets), or the end.
    void skipToNextLink()
    {
        bool quoted = false;
        while (!atEnd()) {
            const char c = text.at(pos++);
            if (quoted) {
                if (c == '\\')
                    ++pos;
                else if (c == '"')
                    quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                return;
            }
        }
    }
};

bool isTokenChar(char c)
{
    return c > ' ' && c != ';' && c != ',' && c != '=' && c != '"' && c != '<' && c != '>' && c != 127;
}

} // namespace

bool HttpRequest::isRead() const
{
    return read || sameName(method, "GET") || sameName(method, "HEAD") || sameName(method, "OPTIONS");
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

QJsonDocument HttpResponse::json() const
{
    return QJsonDocument::fromJson(body);
}

QUrl HttpResponse::nextLink() const
{
    return link(u"next");
}

QUrl HttpResponse::link(QStringView rel) const
{
    for (const auto &[key, value] : headers) {
        if (!sameName(key, "link"))
            continue;
        for (const WebLink &webLink : parseLinkHeader(value)) {
            for (const auto &[name, paramValue] : webLink.params) {
                if (name != u"rel")
                    continue;
                const auto relations = QStringView(paramValue).split(u' ', Qt::SkipEmptyParts);
                for (const QStringView relation : relations) {
                    if (relation.compare(rel, Qt::CaseInsensitive) == 0) {
                        const QUrl target(webLink.target);
                        return url.isValid() && target.isRelative() ? url.resolved(target) : target;
                    }
                }
            }
        }
    }
    return {};
}

QList<WebLink> parseLinkHeader(QByteArrayView value)
{
    QList<WebLink> links;
    Cursor cursor{value};
    while (!cursor.atEnd()) {
        cursor.skipSpace();
        if (cursor.peek() == ',') {
            ++cursor.pos;
            continue;
        }
        if (cursor.peek() != '<') {
            cursor.skipToNextLink();
            continue;
        }
        const qsizetype close = value.indexOf('>', cursor.pos + 1);
        if (close < 0)
            break;
        WebLink link;
        link.target = QString::fromUtf8(value.sliced(cursor.pos + 1, close - cursor.pos - 1)).trimmed();
        cursor.pos = close + 1;
        bool broken = false;
        for (;;) {
            cursor.skipSpace();
            if (cursor.atEnd() || cursor.peek() == ',')
                break;
            if (cursor.peek() != ';') {
                broken = true;
                break;
            }
            ++cursor.pos;
            cursor.skipSpace();
            const qsizetype nameStart = cursor.pos;
            while (!cursor.atEnd() && isTokenChar(cursor.peek()))
                ++cursor.pos;
            const QString name =
                QString::fromLatin1(value.sliced(nameStart, cursor.pos - nameStart)).toLower();
            cursor.skipSpace();
            QString paramValue;
            if (cursor.peek() == '=') {
                ++cursor.pos;
                cursor.skipSpace();
                if (cursor.peek() == '"') {
                    ++cursor.pos;
                    QByteArray unquoted;
                    bool closed = false;
                    while (!cursor.atEnd()) {
                        const char c = value.at(cursor.pos++);
                        if (c == '\\' && !cursor.atEnd()) {
                            unquoted.append(value.at(cursor.pos++));
                        } else if (c == '"') {
                            closed = true;
                            break;
                        } else {
                            unquoted.append(c);
                        }
                    }
                    if (!closed) {
                        broken = true;
                        break;
                    }
                    paramValue = QString::fromUtf8(unquoted);
                } else {
                    const qsizetype valueStart = cursor.pos;
                    while (!cursor.atEnd() && isTokenChar(cursor.peek()))
                        ++cursor.pos;
                    paramValue = QString::fromUtf8(value.sliced(valueStart, cursor.pos - valueStart));
                }
            }
            if (!name.isEmpty())
                link.params.append({name, paramValue});
        }
        if (broken) {
            cursor.skipToNextLink();
            continue;
        }
        links.append(std::move(link));
    }
    return links;
}

std::optional<QList<QSslCertificate>> loadCaBundle(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            Text::tr("%1: cannot read the certificate authority bundle: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty()) {
        *error = Text::tr("%1: holds no PEM certificate (-----BEGIN CERTIFICATE-----)").arg(path);
        return std::nullopt;
    }
    return certificates;
}

WriteGuard WriteGuard::readOnly()
{
    return {};
}

WriteGuard WriteGuard::allowing(bool toErp, bool toStore)
{
    WriteGuard guard;
    guard.m_toErp = toErp;
    guard.m_toStore = toStore;
    return guard;
}

QString WriteGuard::stageName() const
{
    if (m_toErp && m_toStore)
        return u"both"_s;
    if (m_toErp || m_toStore)
        return u"one_direction"_s;
    return u"read_only"_s;
}

HttpClient::HttpClient(QNetworkAccessManager &network, HttpClientOptions options,
                       Engine::RateLimiter *limiter)
    : m_network(network)
    , m_options(std::move(options))
    , m_limiter(limiter)
    , m_sleeper(realSleep)
{ }

void HttpClient::sleep(std::chrono::milliseconds delay)
{
    if (m_sleeper)
        m_sleeper(delay);
    else
        realSleep(delay);
}

int HttpClient::sent(const QByteArray &method) const
{
    for (const auto &[name, count] : m_sent) {
        if (sameName(name, method))
            return count;
    }
    return 0;
}

int HttpClient::sentTotal() const
{
    return m_sentTotal;
}

HttpExchange HttpClient::get(const QUrl &url, const HeaderList &headers)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    return send(request);
}

HttpExchange HttpClient::sendJson(const QByteArray &method, const QUrl &url, const QJsonDocument &body,
                                  const QString &idempotencyKey, const HeaderList &headers)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = headers;
    if (!hasHeader(request.headers, "content-type"))
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    request.idempotencyKey = idempotencyKey;
    return send(request);
}

HttpExchange HttpClient::send(const HttpRequest &request)
{
    HttpExchange exchange;
    exchange.request = request;
    exchange.request.method = request.method.toUpper();
    exchange.started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    HttpResponse &response = exchange.response;
    response.url = request.url;

    // The write guard: decided before the limiter or the network is touched.
    if (!exchange.request.isRead() && !m_options.guard.allows(m_options.side)) {
        ++m_refusedWrites;
        response.refusedByWriteGuard = true;
        response.errorText = Text::tr("refused: the rollout stage %1 does not allow writes to the %2")
                                 .arg(m_options.guard.stageName(), sideName(m_options.side));
        exchange.durationMs = clock.elapsed();
        return exchange;
    }

    // The headers actually sent: defaults, then the request's own, then JSON defaults.
    HeaderList &headers = exchange.request.headers;
    HeaderList merged = m_options.defaultHeaders;
    for (const auto &header : request.headers) {
        auto existing = std::find_if(merged.begin(), merged.end(),
                                     [&](const auto &h) { return sameName(h.first, header.first); });
        if (existing != merged.end())
            existing->second = header.second;
        else
            merged.append(header);
    }
    headers = std::move(merged);
    if (!hasHeader(headers, "accept"))
        headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!request.body.isEmpty() && !hasHeader(headers, "content-type") && looksLikeJson(request.body))
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});

    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : headers)
        networkRequest.setRawHeader(name, value);
    if (!hasHeader(headers, "user-agent"))
        networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                                 QString(u"LedgerLink/"_s + versionString()));
    networkRequest.setTransferTimeout(int(m_options.timeout.count()));
    // Plain HTTP (the sandbox, loopback peers): HTTP/1.1 with keep-alive is the fastest.
    if (request.url.scheme() == u"http")
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    if (request.url.scheme() == u"https" && !m_options.caCertificates.isEmpty()) {
        // Added to the system's authorities, not instead of them (a configuration's own CA list
        // replaces the system's); peer verification stays on.
        if (m_trustedCas.isEmpty())
            m_trustedCas = QSslConfiguration::systemCaCertificates() + m_options.caCertificates;
        QSslConfiguration tls = networkRequest.sslConfiguration();
        tls.setCaCertificates(m_trustedCas);
        networkRequest.setSslConfiguration(tls);
    }

    // Rate limiting: a token and a concurrency slot, waiting with the (injectable) sleeper.
    const QString &key = m_options.rateLimitKey;
    if (m_limiter) {
        const auto tooLong = [&](std::chrono::milliseconds wait) {
            response.rateLimitWait = wait;
            response.networkError = QNetworkReply::TemporaryNetworkFailureError;
            response.errorText = Text::tr("Not sent: the rate limit allows the next request to %1 in %2 s.")
                                     .arg(request.url.host())
                                     .arg((wait.count() + 999) / 1000);
            exchange.durationMs = clock.elapsed();
        };
        const std::chrono::milliseconds due = m_limiter->delayBeforeNext(key);
        if (due > m_options.maxRateLimitWait) {
            tooLong(due);
            return exchange;
        }
        std::chrono::milliseconds polled{0};
        for (;;) {
            const std::optional<std::chrono::milliseconds> delay = m_limiter->acquire(key);
            if (delay) {
                if (delay->count() > 0)
                    sleep(*delay);
                break;
            }
            if (polled >= m_options.maxRateLimitWait) { // every concurrency slot stayed taken
                tooLong(slotPollInterval);
                return exchange;
            }
            sleep(slotPollInterval);
            polled += slotPollInterval;
        }
    }

    // A host name that did not resolve last time is looked up again before anything is sent:
    // with Qt 6.4, later requests to that host were seen to wait for the whole timeout instead of
    // failing (tst_faultsnetwork), so a sync reported timeouts where a person needs to read "DNS".
    if (const QString host = request.url.host(); m_unresolved.contains(host)) {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.error() == QHostInfo::HostNotFound) {
            if (m_limiter)
                m_limiter->release(key);
            response.networkError = QNetworkReply::HostNotFoundError;
            response.errorText = hostNotFound(host);
            exchange.durationMs = clock.elapsed();
            return exchange;
        }
        m_unresolved.removeAll(host);
        m_network.clearConnectionCache();
    }

    QNetworkReply *reply = nullptr;
    const QByteArray &method = exchange.request.method;
    if (method == "GET" && request.body.isEmpty())
        reply = m_network.get(networkRequest);
    else if (method == "HEAD")
        reply = m_network.head(networkRequest);
    else
        reply = m_network.sendCustomRequest(networkRequest, method, request.body);

    ++m_sentTotal;
    auto counter =
        std::find_if(m_sent.begin(), m_sent.end(), [&](const auto &entry) { return entry.first == method; });
    if (counter != m_sent.end())
        ++counter->second;
    else
        m_sent.append({method, 1});

    const auto sink = [&response, reply, device = request.bodySink]() {
        const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!code.isValid() || code.toInt() < 200 || code.toInt() >= 300 || response.sinkFailed)
            return; // an error body stays in the response
        const QByteArray chunk = reply->readAll();
        if (device->write(chunk) != chunk.size())
            response.sinkFailed = true;
        else
            response.sunkBytes += chunk.size();
    };
    if (request.bodySink)
        QObject::connect(reply, &QIODevice::readyRead, reply, sink);
    // Why the certificate was refused, for a message a person can act on. The errors are never
    // ignored: an untrusted certificate ends the request.
    QStringList tlsProblems;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&tlsProblems](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            tlsProblems.append(error.errorString());
    });
    // The transfer timeout only fires when nothing arrives for that long; an answer trickling in
    // a byte at a time would hold the thread for ever. A download into a sink may take long.
    bool pastDeadline = false;
    QTimer deadline;
    if (m_options.timeout.count() > 0 && !request.bodySink) {
        deadline.setSingleShot(true);
        deadline.setTimerType(Qt::PreciseTimer);
        QObject::connect(&deadline, &QTimer::timeout, reply, [reply, &pastDeadline] {
            pastDeadline = true;
            reply->abort();
        });
        deadline.start(m_options.timeout);
    }
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    deadline.stop();
    if (request.bodySink && reply->isOpen())
        sink();

    response.networkError = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // an aborted (timed out) reply is closed
        response.body = reply->readAll();
    exchange.durationMs = clock.elapsed();

    // A status line arrived but the connection broke before the whole body did (a reset, a close
    // before Content-Length bytes): that is no answer. Taken as the status, a 200 with half a body
    // (a bulk download's JSON lines cut at a line end) would pass as complete and lose records.
    const bool transportError = response.networkError > QNetworkReply::NoError
        && response.networkError < QNetworkReply::ProxyConnectionRefusedError;
    bool cutOff = response.status != 0 && transportError
        && response.networkError != QNetworkReply::OperationCanceledError
        && response.networkError != QNetworkReply::TimeoutError;
    if (response.status != 0 && !transportError && response.header("Content-Encoding").isEmpty()) {
        bool known = false;
        const qint64 announced = response.header("Content-Length").trimmed().toLongLong(&known);
        const qint64 received = request.bodySink ? response.sunkBytes : qint64(response.body.size());
        const bool bodyKept = !request.bodySink || response.isSuccess();
        const bool bodyless = method == "HEAD" || response.status == 204 || response.status == 304;
        if (known && bodyKept && !bodyless && received < announced) {
            cutOff = true;
            response.networkError = QNetworkReply::RemoteHostClosedError;
        }
    }
    if (cutOff) {
        response.errorText = Text::tr("The answer from %1 was cut off: the connection ended after HTTP %2 "
                                      "and %3 bytes of its body.")
                                 .arg(request.url.host())
                                 .arg(response.status)
                                 .arg(request.bodySink ? response.sunkBytes : qint64(response.body.size()));
        response.status = 0;
        response.body.clear();
    }

    if (cutOff) {
        // errorText says it all
    } else if (response.networkError == QNetworkReply::OperationCanceledError
               || response.networkError == QNetworkReply::TimeoutError) {
        // Only the transfer timeout and the deadline cancel our replies.
        response.networkError = QNetworkReply::TimeoutError;
        response.status = 0;
        response.body.clear(); // an incomplete answer is no answer
        response.errorText = pastDeadline ? Text::tr("The answer from %1 was not complete within %2 ms.")
                                                .arg(request.url.host())
                                                .arg(m_options.timeout.count())
                                          : Text::tr("No answer from %1 within %2 ms.")
                                                .arg(request.url.host())
                                                .arg(m_options.timeout.count());
    } else if (response.networkError == QNetworkReply::SslHandshakeFailedError) {
        response.errorText =
            Text::tr("The TLS certificate of %1 is not trusted (%2). LedgerLink never turns certificate "
                     "checks off: if the server uses a private certificate authority, add its certificate "
                     "with the %3 environment variable or \"ca_bundle\" in connections.json.")
                .arg(request.url.host(),
                     tlsProblems.isEmpty() ? reply->errorString() : tlsProblems.join(u"; "_s),
                     QString::fromLatin1(caBundleVariable));
    } else if (response.networkError == QNetworkReply::HostNotFoundError) {
        if (!m_unresolved.contains(request.url.host()))
            m_unresolved.append(request.url.host());
        response.errorText = hostNotFound(request.url.host());
    } else if (response.networkError != QNetworkReply::NoError) {
        if (response.status == 0)
            // Qt's text may quote the full URL; only the host is named (query items may hold secrets).
            response.errorText =
                Text::tr("No HTTP answer from %1: %2")
                    .arg(request.url.host(),
                         reply->errorString().replace(request.url.toString(), request.url.host()));
        else
            response.errorText =
                Text::tr("%1 answered HTTP %2.").arg(request.url.host()).arg(response.status);
    }
    // Finished and outside any slot of the reply: safe to delete now (deleteLater() would pile
    // replies up when the caller's thread sends in a loop without returning to its event loop).
    delete reply;

    if (m_limiter) {
        m_limiter->release(key);
        m_limiter->observeResponse(key, response.headers);
    }
    return exchange;
}

} // namespace LedgerLink::Net
