#include "net/lowdelaytcpserver.h"

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace LedgerLink::Net {

void LowDelayTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_LINUX
    // Not sticky: the kernel may leave quick-ACK mode again, so it is asked for on every arrival
    // (which also sends an ACK still pending for what just arrived).
    const auto quickAck = [socket] {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    quickAck();
    QObject::connect(socket, &QIODevice::readyRead, socket, quickAck);
#endif
    if (prepare)
        prepare(socket);
    addPendingConnection(socket);
}

} // namespace LedgerLink::Net
