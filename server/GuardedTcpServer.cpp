#include "GuardedTcpServer.h"

#include "ConnectionGuard.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace ow::central {

GuardedTcpServer::GuardedTcpServer(FaultInjector& faults, qint64 connectionLimit, QObject* parent)
    : QTcpServer(parent)
    , m_faults(faults)
    , m_limit(connectionLimit)
{}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_faults, m_limit);
    addPendingConnection(socket);
}

Result<QTcpServer*> GuardedTcpServer::listen(const QHostAddress& address, quint16 port,
                                             const QSslConfiguration* tls, FaultInjector& faults,
                                             qint64 connectionLimit)
{
    std::unique_ptr<QTcpServer> server;
    if (tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*tls);
        // The handshake starts before QHttpServer gets the socket: the guard is the first reader.
        QObject::connect(ssl.get(), &QSslServer::startedEncryptionHandshake, ssl.get(),
                         [&faults, connectionLimit](QSslSocket* socket) {
                             new ConnectionGuard(socket, faults, connectionLimit);
                         });
        server = std::move(ssl);
    } else {
        server = std::make_unique<GuardedTcpServer>(faults, connectionLimit);
    }
    if (!server->listen(address, port))
        return Error{QStringLiteral("server.listen"), QStringLiteral("Cannot listen on %1 port %2: %3")
                                                          .arg(address.toString())
                                                          .arg(port)
                                                          .arg(server->errorString())};
    return server.release();
}

} // namespace ow::central
