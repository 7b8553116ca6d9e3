#include "FileStreamer.h"

#include "CentralLog.h"

#include <QTcpSocket>

namespace ow::central {

namespace {

constexpr qint64 blockBytes = 256 * 1024;
constexpr qint64 highWater = 1024 * 1024; // stop reading while this much waits in the socket

} // namespace

FileStreamer::FileStreamer(QTcpSocket* socket, qint64 remaining, qint64 cutAfter)
    : QObject(socket)
    , m_socket(socket)
    , m_remaining(remaining)
    , m_cutAfter(cutAfter)
{}

void FileStreamer::start(QTcpSocket* socket, const QString& path, qint64 offset, qint64 length,
                         qint64 cutAfter)
{
    auto* streamer = new FileStreamer(socket, cutAfter >= 0 ? qMin(length, cutAfter) : length, cutAfter);
    streamer->m_file.setFileName(path);
    if (!streamer->m_file.open(QIODevice::ReadOnly) || !streamer->m_file.seek(offset)) {
        qCWarning(lcCentral).noquote() << "cannot read" << path << streamer->m_file.errorString();
        socket->abort();
        streamer->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, streamer, &FileStreamer::pump);
    streamer->pump();
}

void FileStreamer::pump()
{
    while (m_remaining > 0 && m_socket->bytesToWrite() < highWater) {
        const QByteArray block = m_file.read(qMin(blockBytes, m_remaining));
        if (block.isEmpty()) {
            qCWarning(lcCentral).noquote() << "short read from" << m_file.fileName();
            m_socket->abort();
            deleteLater();
            return;
        }
        m_socket->write(block);
        m_remaining -= block.size();
    }
    if (m_remaining == 0) {
        disconnect(m_socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
        if (m_cutAfter >= 0)
            m_socket->disconnectFromHost();
        deleteLater();
    }
}

} // namespace ow::central
