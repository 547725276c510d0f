#include "sandbox/sandboxhttp.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key, const QString &fallback) const
{
    if (!query.hasQueryItem(key))
        return fallback;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::isWrite() const
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::raw(int status, QByteArray body, QByteArray contentType)
{
    HttpReply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.contentType = std::move(contentType);
    return reply;
}

void HttpReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

SandboxHttpServer::SandboxHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

SandboxHttpServer::~SandboxHttpServer() = default;

QJsonObject SandboxHttpServer::stats() const
{
    QJsonObject byMethod;
    for (auto it = m_requestsByMethod.cbegin(); it != m_requestsByMethod.cend(); ++it)
        byMethod.insert(it.key(), it.value());
    QJsonArray faults;
    for (const Fault &fault : m_faults)
        faults.append(QJsonObject{{u"kind"_s, fault.kind}, {u"count"_s, fault.count}});
    return QJsonObject{
        {u"requests"_s, byMethod},
        {u"requests_total"_s, m_requests},
        {u"writes_committed"_s, m_writesCommitted},
        {u"responses_429"_s, m_sent429},
        {u"responses_503"_s, m_sent503},
        {u"responses_rejected"_s, m_rejected},
        {u"responses_malformed"_s, m_malformed},
        {u"responses_slow"_s, m_slow},
        {u"responses_lost"_s, m_lost},
        {u"webhook_deliveries_sent"_s, m_webhooksSent},
        {u"webhook_deliveries_dropped"_s, m_webhooksDropped},
        {u"webhook_deliveries_failed"_s, m_webhooksFailed},
        {u"write_in_flight"_s, m_writesInFlight > 0},
        {u"writes_in_flight"_s, m_writesInFlight},
        {u"max_writes_in_flight"_s, m_maxWritesInFlight},
        {u"kill_marks"_s, m_killMarks},
        {u"kill_marks_during_write"_s, m_killMarksDuringWrite},
        {u"rate_limits"_s, m_rateLimits},
        {u"write_delay_ms"_s, m_writeDelayMs},
        {u"faults_pending"_s, faults},
    };
}

bool SandboxHttpServer::takeWebhookDrop()
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults[i].kind == u"drop_webhooks") {
            if (--m_faults[i].count <= 0)
                m_faults.removeAt(i);
            ++m_webhooksDropped;
            return true;
        }
    }
    return false;
}

std::optional<SandboxHttpServer::Fault> SandboxHttpServer::takeFault(const HttpRequest &request,
                                                                     const QString &kind)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.kind != kind)
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.pathPrefix.isEmpty() && !request.path.startsWith(fault.pathPrefix))
            continue;
        Fault taken = fault;
        if (--fault.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

HttpReply SandboxHttpServer::control(const HttpRequest &request)
{
    const QString what = request.path.mid(QStringView(u"/__sandbox/").size());
    if (what == u"stats" && request.method == "GET")
        return HttpReply::json(200, stats());
    if (what == u"faults" && request.method == "POST") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (!document.isObject())
            return HttpReply::json(400, {{u"error"_s, u"the body must be a JSON object"_s}});
        const QJsonObject object = document.object();
        Fault fault;
        fault.kind = object.value(u"kind"_s).toString();
        static const QStringList kinds{u"rate_limit_storm"_s, u"maintenance"_s,   u"slow"_s,
                                       u"lose_response"_s,    u"reject"_s,        u"drop_webhooks"_s,
                                       u"html_page"_s,        u"truncated_body"_s};
        if (!kinds.contains(fault.kind)) {
            return HttpReply::json(
                400,
                {{u"error"_s, u"unknown fault kind"_s}, {u"kinds"_s, QJsonArray::fromStringList(kinds)}});
        }
        fault.count = object.value(u"count"_s).toInt(1);
        fault.status = object.value(u"status"_s)
                           .toInt(fault.kind == u"maintenance"     ? 503
                                      : fault.kind == u"html_page" ? 200
                                                                   : 422);
        fault.delayMs = object.value(u"delay_ms"_s).toInt(200);
        const QJsonValue retryAfter = object.value(u"retry_after"_s);
        fault.retryAfter = retryAfter.isString() ? retryAfter.toString().toUtf8()
            : retryAfter.isDouble()
            ? QByteArray::number(retryAfter.toInteger())
            : (fault.kind == u"maintenance" ? QByteArrayLiteral("600") : QByteArrayLiteral("2.0"));
        fault.method = object.value(u"method"_s).toString().toUpper().toUtf8();
        fault.pathPrefix = object.value(u"path_prefix"_s).toString();
        m_faults.append(fault);
        return HttpReply::json(200, {{u"accepted"_s, true}, {u"pending"_s, m_faults.size()}});
    }
    if (what == u"reset-faults" && request.method == "POST") {
        m_faults.clear();
        return HttpReply::json(200, {{u"reset"_s, true}});
    }
    if (what == u"kill-mark" && request.method == "POST") {
        const bool during = m_writesInFlight > 0;
        ++m_killMarks;
        if (during)
            ++m_killMarksDuringWrite;
        return HttpReply::json(200,
                               {{u"write_in_flight"_s, during},
                                {u"kill_marks"_s, m_killMarks},
                                {u"kill_marks_during_write"_s, m_killMarksDuringWrite}});
    }
    if (auto reply = controlRoute(request))
        return *reply;
    return HttpReply::json(404, {{u"error"_s, u"unknown sandbox control route"_s}});
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &serverRequest, QTcpSocket *socket)
{
    HttpRequest request;
    request.method = methodName(serverRequest.method());
    request.url = serverRequest.url();
    request.path = request.url.path(QUrl::FullyDecoded);
    request.query = serverRequest.query();
    request.headers = serverRequest.headers();
    request.body = serverRequest.body();

    if (request.path.startsWith(u"/__sandbox/")) {
        send(socket, control(request));
        return true;
    }

    ++m_requests;
    ++m_requestsByMethod[QString::fromLatin1(request.method)];

    if (const auto fault = takeFault(request, u"rate_limit_storm"_s)) {
        ++m_sent429;
        HttpReply reply = faultReply(429, fault->retryAfter);
        decorate(request, reply);
        send(socket, reply);
        return true;
    }
    if (const auto fault = takeFault(request, u"maintenance"_s)) {
        ++m_sent503;
        HttpReply reply = faultReply(fault->status, fault->retryAfter);
        send(socket, reply);
        return true;
    }
    if (const auto fault = takeFault(request, u"reject"_s)) {
        ++m_rejected;
        if (fault->status == 429)
            ++m_sent429;
        else if (fault->status == 503)
            ++m_sent503;
        HttpReply reply = faultReply(fault->status, fault->retryAfter);
        send(socket, reply);
        return true;
    }
    // A proxy's or a maintenance page's HTML where JSON belongs (served with 200 by some CDNs):
    // nothing is done.
    if (const auto fault = takeFault(request, u"html_page"_s)) {
        ++m_malformed;
        send(socket,
             HttpReply::raw(fault->status,
                            "<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head>"
                            "<body><h1>We'll be back soon</h1><p>The shop is being updated.</p>"
                            "</body></html>\n",
                            "text/html; charset=utf-8"));
        return true;
    }
    if (auto denied = checkAuth(request)) {
        send(socket, *denied);
        return true;
    }
    if (m_rateLimits) {
        if (auto limited = checkRateLimit(request)) {
            ++m_sent429;
            decorate(request, *limited);
            send(socket, *limited);
            return true;
        }
    }

    const bool write = changesData(request);
    if (write)
        m_maxWritesInFlight = std::max(m_maxWritesInFlight, ++m_writesInFlight);
    ++m_pending;
    HttpReply reply = route(request);
    decorate(request, reply);

    // The request is carried out, but its answer arrives cut in half (a proxy that gave up).
    if (takeFault(request, u"truncated_body"_s)) {
        ++m_malformed;
        reply.body.truncate(reply.body.size() / 2);
    }
    if (const auto lose = takeFault(request, u"lose_response"_s)) {
        ++m_lost;
        --m_pending;
        if (write)
            --m_writesInFlight;
        // Never answered: the client times out. The connection is closed later so that a client
        // without a timeout does not hang forever (QNetworkAccessManager would resend a request
        // on a connection closed at once, so the close must come well after the client gave up).
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(30000, this, [guarded] {
            if (guarded)
                guarded->abort();
        });
        return true;
    }
    int delayMs = write ? m_writeDelayMs : 0;
    if (const auto slow = takeFault(request, u"slow"_s)) {
        ++m_slow;
        delayMs += slow->delayMs;
    }
    finish(socket, reply, write, delayMs);
    return true;
}

void SandboxHttpServer::finish(QTcpSocket *socket, const HttpReply &reply, bool write, int delayMs)
{
    if (delayMs <= 0) {
        --m_pending;
        if (write)
            --m_writesInFlight;
        send(socket, reply);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(delayMs, this, [this, guarded, reply, write] {
        --m_pending;
        if (write)
            --m_writesInFlight;
        if (guarded)
            send(guarded, reply);
    });
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    send(socket, HttpReply::json(404, {{u"errors"_s, u"Not Found"_s}}));
}

void SandboxHttpServer::send(QTcpSocket *socket, const HttpReply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(reply.body.size() + 512);
    out += "HTTP/1.1 ";
    out += QByteArray::number(reply.status);
    out += ' ';
    out += reasonPhrase(reply.status);
    out += "\r\nContent-Type: ";
    out += reply.contentType;
    out += "\r\nContent-Length: ";
    out += QByteArray::number(reply.body.size());
    out += "\r\n";
    for (const auto &[name, value] : reply.headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    out += "\r\n";
    out += reply.body;
    socket->write(out);
}

} // namespace LedgerLink::Sandbox
