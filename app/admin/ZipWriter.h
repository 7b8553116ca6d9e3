#pragma once

// ZipWriter: writes a small zip archive (PKWARE APPNOTE 6.3: stored or deflated entries, UTF-8 names,
// no ZIP64) to a device; enough for the diagnostics export without a zip library.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace ow {

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ow::ZipWriter)

public:
    explicit ZipWriter(QIODevice& device);

    // Adds one file; deflated when that makes it smaller, else stored. False when the device fails
    // or the archive would pass 4 GiB (no ZIP64).
    bool addFile(const QString& name, const QByteArray& data, const QDateTime& modified);
    // Writes the central directory; the device then holds a complete archive.
    bool finish();

    QString errorString() const { return m_error; }

    static quint32 crc32(const QByteArray& data);
    // The raw deflate stream (RFC 1951) of data, from qCompress without its zlib framing.
    static QByteArray deflate(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
    };

    bool write(const QByteArray& bytes);

    QIODevice& m_device;
    QList<Entry> m_entries;
    qint64 m_offset = 0;
    QString m_error;
};

} // namespace ow
