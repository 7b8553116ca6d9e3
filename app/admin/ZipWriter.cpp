#include "admin/ZipWriter.h"

#include <QIODevice>
#include <array>

namespace ow {

namespace {

constexpr quint16 versionNeeded = 20; // 2.0: deflate
constexpr quint16 utf8Names = 1u << 11;
constexpr quint16 deflated = 8;
constexpr qint64 zipLimit = 0xFFFFFFFFLL;

void put16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

void put32(QByteArray& out, quint32 v)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((v >> shift) & 0xFF));
}

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

} // namespace

ZipWriter::ZipWriter(QIODevice& device)
    : m_device(device)
{}

quint32 ZipWriter::crc32(const QByteArray& data)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray ZipWriter::deflate(const QByteArray& data)
{
    // qCompress: 4 bytes of length, a 2-byte zlib header, the deflate stream, a 4-byte Adler-32.
    const QByteArray zlib = qCompress(data, 9);
    if (zlib.size() < 10)
        return {};
    return zlib.mid(6, zlib.size() - 10);
}

bool ZipWriter::write(const QByteArray& bytes)
{
    if (m_offset + bytes.size() > zipLimit) {
        m_error = tr("The archive would exceed 4 GiB.");
        return false;
    }
    if (m_device.write(bytes) != bytes.size()) {
        m_error = m_device.errorString();
        return false;
    }
    m_offset += bytes.size();
    return true;
}

bool ZipWriter::addFile(const QString& name, const QByteArray& data, const QDateTime& modified)
{
    if (data.size() > zipLimit) {
        m_error = tr("%1 is larger than 4 GiB.").arg(name);
        return false;
    }
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    QByteArray body = deflate(data);
    if (!body.isEmpty() && body.size() < data.size()) {
        e.method = deflated;
    } else {
        body = data;
        e.method = 0;
    }
    e.compressedSize = quint32(body.size());
    const QDateTime local = modified.toLocalTime();
    const QDate date = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime time = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    e.dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    e.dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    e.offset = quint32(m_offset);

    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, versionNeeded);
    put16(header, utf8Names);
    put16(header, e.method);
    put16(header, e.dosTime);
    put16(header, e.dosDate);
    put32(header, e.crc);
    put32(header, e.compressedSize);
    put32(header, e.size);
    put16(header, quint16(e.name.size()));
    put16(header, 0); // no extra field
    header += e.name;
    if (!write(header) || !write(body))
        return false;
    m_entries.append(e);
    return true;
}

bool ZipWriter::finish()
{
    const qint64 directoryStart = m_offset;
    QByteArray directory;
    for (const Entry& e : std::as_const(m_entries)) {
        put32(directory, 0x02014b50);
        put16(directory, (3u << 8) | versionNeeded); // made by: Unix
        put16(directory, versionNeeded);
        put16(directory, utf8Names);
        put16(directory, e.method);
        put16(directory, e.dosTime);
        put16(directory, e.dosDate);
        put32(directory, e.crc);
        put32(directory, e.compressedSize);
        put32(directory, e.size);
        put16(directory, quint16(e.name.size()));
        put16(directory, 0);              // extra field
        put16(directory, 0);              // comment
        put16(directory, 0);              // disk number
        put16(directory, 0);              // internal attributes
        put32(directory, 0100644u << 16); // external attributes: a regular file, rw-r--r--
        put32(directory, e.offset);
        directory += e.name;
    }
    if (!write(directory))
        return false;
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0); // this disk
    put16(end, 0); // disk of the central directory
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(directoryStart));
    put16(end, 0); // no comment
    return write(end);
}

} // namespace ow
