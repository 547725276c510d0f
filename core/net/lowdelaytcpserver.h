#pragma once

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <functional>

namespace LedgerLink::Net {

/**
 * A QTcpServer for QHttpServer (QAbstractHttpServer::bind) whose connections do not wait on
 * Nagle's algorithm and delayed ACKs, which cost about 40 ms per request on Linux otherwise:
 *  - TCP_NODELAY on every accepted socket: QHttpServer writes a response in several pieces, and
 *    the last piece would wait for the client's delayed ACK;
 *  - on Linux, TCP_QUICKACK whenever data arrives: a client that sends a large body in several
 *    writes with Nagle on (QNetworkAccessManager does, in 16 KiB pieces) holds its last small
 *    piece until the server ACKs the previous ones, which a delayed ACK postpones.
 */
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    /// Called for each new socket before QHttpServer sees it (so its slots run first).
    std::function<void(QTcpSocket *)> prepare;

protected:
    void incomingConnection(qintptr handle) override;
};

} // namespace LedgerLink::Net
