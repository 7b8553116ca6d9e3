#pragma once

// FileStreamer: sends a byte range of a file down a socket a block at a time as the socket drains, so
// a material download never holds more than a block or two of the file in memory.

#include <QFile>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ow::central {

class FileStreamer : public QObject
{
    Q_OBJECT

public:
    // Starts at once; the streamer is the socket's child and deletes itself when done. With `cutAfter`
    // >= 0 it stops after that many bytes and closes the connection (fault injection).
    static void start(QTcpSocket* socket, const QString& path, qint64 offset, qint64 length,
                      qint64 cutAfter = -1);

private:
    FileStreamer(QTcpSocket* socket, qint64 remaining, qint64 cutAfter);
    void pump();

    QTcpSocket* m_socket;
    QFile m_file;
    qint64 m_remaining;
    qint64 m_cutAfter;
};

} // namespace ow::central
