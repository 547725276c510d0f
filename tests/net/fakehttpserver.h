#pragma once

// The HTTP plumbing of the tests' stand-ins for vendor servers (Intuit's OAuth server, Zoho
// Accounts, the Microsoft identity platform): a QTcpServer on 127.0.0.1 that reads each request whole
// (request line, headers, Content-Length body) and hands it to respond(); answers close the connection. Lives
// in, and is used from, the test's thread.
#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <utility>

namespace LedgerLink::TestSupport {

class FakeHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QUrl url; ///< path and query as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
        /// The body as a decoded form (application/x-www-form-urlencoded).
        QUrlQuery form() const
        {
            QByteArray plus = body;
            plus.replace('+', "%20");
            return QUrlQuery(QString::fromLatin1(plus));
        }
    };

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost)); }

protected:
    FakeHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    /// Answers one whole request (write() or json() once).
    virtual void respond(QTcpSocket *socket, const Request &request) = 0;

    static void write(QTcpSocket *socket, int status, const QByteArray &reason,
                      const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    static void json(QTcpSocket *socket, int status, const QJsonObject &object,
                     const QByteArray &contentType = "application/json;charset=UTF-8")
    {
        write(socket, status, status == 200 ? "OK" : "Error", {{"Content-Type", contentType}},
              QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    QTcpServer m_server;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        if (first.size() < 2)
            return;
        request.method = first.at(0);
        request.url = QUrl::fromEncoded(first.at(1));
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        respond(socket, request);
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace LedgerLink::TestSupport
