#pragma once

// HashingReader: a read-only device over another one that computes the SHA-256 of every byte read
// through it, so a file is hashed while it streams into the blob store.

#include <QCryptographicHash>
#include <QIODevice>

namespace ow {

class HashingReader final : public QIODevice
{
    Q_OBJECT

public:
    explicit HashingReader(QIODevice& source);

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesRead() const { return m_bytes; }
    // Lower-case hex SHA-256 of what was read so far.
    QString hexDigest() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice& m_source;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
};

} // namespace ow
