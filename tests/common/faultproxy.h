#pragma once

// A small HTTP/1.1 proxy on 127.0.0.1 that stands between LedgerLink and a loopback server (the
// sandbox books) and breaks chosen exchanges the way networks, proxies and load balancers do: a
// connection reset, a body shorter than its Content-Length, an answer dripping in a byte at a
// time, a proxy's HTML 502 page. With a certificate and key it speaks TLS (QSslServer) and
// forwards plain HTTP upstream. It runs in its own thread, so a test thread blocked in the engine
// never stalls it. Every exchange is closed after its answer (Connection: close).

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace LedgerLink::Test {

/// One injected fault: applied to the next `count` requests matching `method` and `pathPrefix`.
struct ProxyFault
{
    enum class Kind {
        /// The whole request is read, then the connection is reset (RST): the server never saw it.
        ResetBeforeForwarding,
        /// Forwarded (the server carried it out), then `bytes` bytes of the answer and a reset.
        ResetAfterBytes,
        /// Forwarded, then the headers (with the full Content-Length) and half the body, then a
        /// normal close: the body is shorter than announced.
        TruncateBody,
        /// Forwarded, then the answer's headers and its body one byte every `intervalMs` (a
        /// stalled link or proxy).
        Drip,
        /// Not forwarded: a proxy's "502 Bad Gateway" HTML page.
        HtmlBadGateway,
    };
    Kind kind = Kind::ResetBeforeForwarding;
    QByteArray method; ///< empty: any
    QString pathPrefix; ///< empty: any
    int count = 1;
    int bytes = 0;
    int intervalMs = 1000;
};

class FaultProxy
{
public:
    /// `upstream`: the http:// base of the server requests are forwarded to.
    explicit FaultProxy(QUrl upstream)
        : m_upstream(std::move(upstream))
    { }
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;
    ~FaultProxy()
    {
        if (!m_thread)
            return;
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_context;
    }

    /// Listens on 127.0.0.1 (TLS when a certificate and key are given); false with *error.
    bool start(QString *error, const QSslCertificate &certificate = QSslCertificate(),
               const QSslKey &key = QSslKey())
    {
        m_thread = std::make_unique<QThread>();
        m_context = new QObject;
        m_context->moveToThread(m_thread.get());
        m_thread->start();
        bool ok = false;
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                if (!certificate.isNull()) {
                    auto *tls = new QSslServer;
                    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
                    configuration.setLocalCertificate(certificate);
                    configuration.setPrivateKey(key);
                    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
                    tls->setSslConfiguration(configuration);
                    QObject::connect(tls, &QSslServer::errorOccurred, tls,
                                     [this](QSslSocket *, QAbstractSocket::SocketError) {
                                         const QMutexLocker locker(&m_mutex);
                                         ++m_handshakesFailed;
                                     });
                    m_server = tls;
                } else {
                    m_server = new QTcpServer;
                }
                QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection())
                        accept(socket);
                });
                ok = m_server->listen(QHostAddress::LocalHost, 0);
                if (!ok)
                    *error = m_server->errorString();
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        m_scheme = certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https");
        return ok;
    }

    /// The proxy's base URL, e.g. http://127.0.0.1:41234/
    QUrl url() const { return QUrl(m_scheme + QStringLiteral("://127.0.0.1:%1/").arg(m_port)); }

    void addFault(const ProxyFault &fault)
    {
        const QMutexLocker locker(&m_mutex);
        m_faults.append(fault);
    }
    /// Faults of this kind applied so far.
    int applied(ProxyFault::Kind kind) const
    {
        const QMutexLocker locker(&m_mutex);
        return m_applied.value(int(kind));
    }
    /// Requests forwarded to the upstream server (with or without a fault afterwards).
    int forwarded() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_forwarded;
    }
    /// TLS handshakes that failed (the client refused the certificate).
    int handshakesFailed() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_handshakesFailed;
    }

private:
    /// Where the end of an HTTP message's header block is, and the Content-Length it announces.
    struct Head
    {
        qsizetype end = -1; ///< offset just past "\r\n\r\n"; -1 while incomplete
        qsizetype contentLength = 0;
    };

    static Head parseHead(const QByteArray &data)
    {
        Head head;
        const qsizetype blank = data.indexOf("\r\n\r\n");
        if (blank < 0)
            return head;
        head.end = blank + 4;
        const QList<QByteArray> lines = data.left(blank).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                head.contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        return head;
    }

    /// The message with its Connection header replaced by "Connection: close".
    static QByteArray closing(const QByteArray &message, qsizetype headEnd)
    {
        QList<QByteArray> lines = message.left(headEnd - 4).split('\n');
        QByteArray out;
        for (const QByteArray &line : lines) {
            if (line.trimmed().toLower().startsWith("connection:"))
                continue;
            out += line.trimmed() + "\r\n";
        }
        out += "Connection: close\r\n\r\n";
        return out + message.mid(headEnd);
    }

    std::optional<ProxyFault> takeFault(const QByteArray &requestHead)
    {
        const QList<QByteArray> start = requestHead.left(requestHead.indexOf("\r\n")).split(' ');
        const QByteArray method = start.value(0);
        const QString path = QString::fromUtf8(start.value(1));
        const QMutexLocker locker(&m_mutex);
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            ProxyFault &fault = m_faults[i];
            if ((!fault.method.isEmpty() && fault.method != method)
                || (!fault.pathPrefix.isEmpty() && !path.startsWith(fault.pathPrefix)))
                continue;
            const ProxyFault taken = fault;
            if (--fault.count <= 0)
                m_faults.removeAt(i);
            ++m_applied[int(taken.kind)];
            return taken;
        }
        return std::nullopt;
    }

    static void reset(QTcpSocket *socket)
    {
#ifdef Q_OS_UNIX
        // SO_LINGER 0: close() sends an RST instead of a FIN ("connection reset by peer").
        const struct linger abortive
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
#endif
        socket->abort();
        socket->deleteLater();
    }

    static void closeAfterWriting(QTcpSocket *socket)
    {
        socket->disconnectFromHost(); // flushes what is buffered first
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }

    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto handled = std::make_shared<bool>(false);
        const auto read = [this, socket, buffer, handled] {
            if (*handled)
                return;
            buffer->append(socket->readAll());
            const Head head = parseHead(*buffer);
            if (head.end < 0 || buffer->size() < head.end + head.contentLength)
                return;
            const QByteArray request = buffer->left(head.end + head.contentLength);
            *handled = true;
            handle(socket, request, head);
        };
        QObject::connect(socket, &QIODevice::readyRead, socket, read);
        if (socket->bytesAvailable() > 0)
            read();
    }

    void handle(QTcpSocket *socket, const QByteArray &request, const Head &head)
    {
        const std::optional<ProxyFault> fault = takeFault(request.left(head.end));
        using Kind = ProxyFault::Kind;
        if (fault && fault->kind == Kind::ResetBeforeForwarding) {
            reset(socket);
            return;
        }
        if (fault && fault->kind == Kind::HtmlBadGateway) {
            const QByteArray page =
                "<!DOCTYPE html>\r\n<html><head><title>502 Bad Gateway</title></head>\r\n"
                "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                "</body></html>\r\n";
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
                          + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
            closeAfterWriting(socket);
            return;
        }
        {
            const QMutexLocker locker(&m_mutex);
            ++m_forwarded;
        }
        auto *upstream = new QTcpSocket(socket);
        auto answer = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> client(socket);
        QObject::connect(upstream, &QIODevice::readyRead, socket, [=, this] {
            answer->append(upstream->readAll());
            const Head answerHead = parseHead(*answer);
            if (answerHead.end < 0 || answer->size() < answerHead.end + answerHead.contentLength)
                return;
            const QByteArray complete =
                closing(answer->left(answerHead.end + answerHead.contentLength), answerHead.end);
            upstream->disconnect();
            upstream->abort();
            upstream->deleteLater();
            respond(socket, complete, fault);
        });
        QObject::connect(upstream, &QAbstractSocket::errorOccurred, socket, [=] {
            if (answer->isEmpty() && client)
                reset(client); // the upstream is gone: so is the answer
        });
        // The upstream sees a normal client that closes after one exchange.
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        upstream->write(closing(request, head.end));
    }

    void respond(QTcpSocket *socket, const QByteArray &answer, const std::optional<ProxyFault> &fault)
    {
        using Kind = ProxyFault::Kind;
        if (!fault) {
            socket->write(answer);
            closeAfterWriting(socket);
        } else if (fault->kind == Kind::ResetAfterBytes) {
            socket->write(answer.left(fault->bytes));
            socket->flush();
            // Let the bytes reach the client before the reset overtakes them.
            QTimer::singleShot(50, socket, [socket] { reset(socket); });
        } else if (fault->kind == Kind::TruncateBody) {
            const qsizetype bodyStart = answer.indexOf("\r\n\r\n") + 4;
            socket->write(answer.left(bodyStart + (answer.size() - bodyStart) / 2));
            closeAfterWriting(socket);
        } else if (fault->kind == Kind::Drip) {
            // The status line and headers at once, then the body byte by byte: every byte restarts
            // a transfer (inactivity) timeout, so only an overall deadline ends the wait.
            const qsizetype bodyStart = answer.indexOf("\r\n\r\n") + 4;
            socket->write(answer.left(bodyStart));
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(bodyStart);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, answer, sent] {
                if (socket->state() != QAbstractSocket::ConnectedState) { // the client gave up
                    timer->stop();
                    socket->deleteLater();
                    return;
                }
                if (*sent >= answer.size()) {
                    timer->stop();
                    closeAfterWriting(socket);
                    return;
                }
                socket->write(answer.mid((*sent)++, 1));
            });
            timer->start(fault->intervalMs);
        }
    }

    QUrl m_upstream;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; ///< lives in m_thread
    QTcpServer *m_server = nullptr; ///< lives in m_thread
    quint16 m_port = 0;
    QString m_scheme;
    mutable QMutex m_mutex;
    QList<ProxyFault> m_faults;
    QHash<int, int> m_applied;
    int m_forwarded = 0;
    int m_handshakesFailed = 0;
};

} // namespace LedgerLink::Test
