#pragma once

// ConnectionGuard: watches the bytes arriving on one connection before QHttpServer buffers them. It
// refuses a request whose declared body exceeds the connection limit with 413 before reading the body,
// and carries out the --drop-rate faults: cutting the connection in the middle of a request body, or
// marking the request so the server cuts the answer's body after applying it.

#include "FaultInjector.h"

#include <QByteArray>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ow::central {

class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Watches `socket` (and becomes its child); must be created before anything else connects to the
    // socket's readyRead, so that it sees every byte first.
    ConnectionGuard(QTcpSocket* socket, FaultInjector& faults, qint64 connectionLimit);

    static ConnectionGuard* of(QTcpSocket* socket);

    // The request that just arrived whole is being handled: whether its answer is to be cut, and the
    // next bytes begin a new request.
    bool finishRequest();

private:
    void onReadyRead();
    void parseHead();
    void refuseTooLarge();
    void cut();

    QTcpSocket* m_socket;
    FaultInjector& m_faults;
    qint64 m_limit;
    qint64 m_received = 0;    // bytes of the current request so far
    QByteArray m_head;        // its bytes up to the end of the headers
    qint64 m_headLength = -1; // length of the head once complete
    qint64 m_cutAt = -1;      // cut the connection when this many bytes have arrived
    FaultInjector::Drop m_drop = FaultInjector::Drop::None;
    bool m_closing = false;
};

} // namespace ow::central
