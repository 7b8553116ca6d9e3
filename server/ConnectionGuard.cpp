#include "ConnectionGuard.h"

#include "ApiResponse.h"
#include "CentralLog.h"

#include <QTcpSocket>

namespace ow::central {

namespace {

constexpr qint64 maxHeadBytes = 64 * 1024;

bool isHealthCheck(const QByteArray& head)
{
    return head.startsWith("GET /api/v1/health") || head.startsWith("HEAD /api/v1/health");
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, FaultInjector& faults, qint64 connectionLimit)
    : QObject(socket)
    , m_socket(socket)
    , m_faults(faults)
    , m_limit(connectionLimit)
{
    setObjectName(QStringLiteral("ow.central.guard"));
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<ConnectionGuard*>(QStringLiteral("ow.central.guard"),
                                                        Qt::FindDirectChildrenOnly)
                  : nullptr;
}

bool ConnectionGuard::finishRequest()
{
    const bool cutResponse = m_drop == FaultInjector::Drop::CutResponse;
    m_received = 0;
    m_head.clear();
    m_headLength = -1;
    m_cutAt = -1;
    m_drop = FaultInjector::Drop::None;
    return cutResponse;
}

void ConnectionGuard::onReadyRead()
{
    if (m_closing)
        return;
    const qint64 arrived = m_socket->bytesAvailable(); // QHttpServer has read everything before
    if (arrived <= 0)
        return;
    if (m_headLength < 0)
        m_head.append(m_socket->peek(qMin(arrived, maxHeadBytes - m_head.size())));
    if (m_received == 0 && !isHealthCheck(m_head))
        m_drop = m_faults.rollDrop();
    m_received += arrived;
    if (m_headLength < 0)
        parseHead();
    if (m_closing)
        return;
    if (m_received > m_limit + maxHeadBytes) {
        refuseTooLarge();
        return;
    }
    if (m_drop == FaultInjector::Drop::CutRequest && m_cutAt >= 0 && m_received >= m_cutAt)
        cut();
}

void ConnectionGuard::parseHead()
{
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() >= maxHeadBytes)
            refuseTooLarge();
        return;
    }
    m_headLength = end + 4;
    qint64 declared = -1;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            declared = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (declared > m_limit) {
        refuseTooLarge();
        return;
    }
    // QHttpServer 6.4 never answers "Expect: 100-continue", and curl then waits a second per request.
    if (m_head.left(end).toLower().contains("\r\nexpect: 100-continue"))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (m_drop == FaultInjector::Drop::CutRequest) {
        const qint64 total = m_headLength + qMax<qint64>(declared, 0);
        // Inside the body when there is one, else as soon as the head is in.
        m_cutAt = declared > 1 ? m_headLength + m_faults.cutPoint(declared) : qMin(m_received, total);
    }
}

void ConnectionGuard::refuseTooLarge()
{
    m_closing = true;
    qCInfo(lcCentral) << "refusing a request larger than" << m_limit << "bytes from"
                      << m_socket->peerAddress();
    const ApiResponse answer = ApiResponse::error(
        413, QStringLiteral("request.tooLarge"),
        QStringLiteral("The request is larger than the server accepts (%1 bytes); send materials in chunks.")
            .arg(m_limit));
    // Nothing else reads this connection any more: QHttpServer must not buffer the body.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket->setReadBufferSize(64 * 1024);
    QByteArray raw =
        "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n";
    raw += "Content-Length: " + QByteArray::number(answer.body().size()) + "\r\n\r\n" + answer.body();
    m_socket->write(raw);
    m_socket->disconnectFromHost();
}

void ConnectionGuard::cut()
{
    m_closing = true;
    m_faults.countRequestCut();
    qCInfo(lcCentral) << "fault injection: dropping the connection after" << m_received
                      << "bytes of a request";
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket->abort();
}

} // namespace ow::central
