#include "storage/HashingReader.h"

namespace ow {

HashingReader::HashingReader(QIODevice& source)
    : m_source(source)
{}

bool HashingReader::atEnd() const
{
    return m_source.atEnd() && QIODevice::bytesAvailable() == 0;
}

QString HashingReader::hexDigest() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

qint64 HashingReader::readData(char* data, qint64 maxSize)
{
    const qint64 read = m_source.read(data, maxSize);
    if (read < 0) {
        setErrorString(m_source.errorString());
        return -1;
    }
    if (read == 0 && !m_source.atEnd()) {
        // A source that has nothing yet but is not at its end would stall the copy: treat as an error.
        setErrorString(m_source.errorString());
        return -1;
    }
    m_hash.addData(QByteArrayView(data, read));
    m_bytes += read;
    return read;
}

qint64 HashingReader::writeData(const char*, qint64)
{
    return -1;
}

} // namespace ow
