#pragma once

// MaterialUploader: delivers one material.upload operation: asks the server what it holds, announces
// the material when it is new, and sends the blob in chunks from the server's offset (so an upload
// resumes after a restart), following upload.offsetMismatch and starting over on upload.hashMismatch.

#include "sync/ApiTypes.h"
#include "sync/DeliveryOutcome.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>
#include <memory>

namespace ow {

class BlobStore;
class CentralApiClient;

class MaterialUploader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(DeliveryOutcome)>;

    MaterialUploader(CentralApiClient& client, const BlobStore& blobs, qint64 chunkSize,
                     QObject* parent = nullptr);

    // Uploads the blob sha256 for the operation; done is called once. One upload at a time.
    void upload(const QUuid& operation, const QString& sha256, Done done);

    // The Idempotency-Key of one request of an operation: derived from the operation's UUID and the
    // request (announce, chunk offset and length), so a retry of the same request carries the same key.
    static QUuid requestKey(const QUuid& operation, const QString& request);

    qint64 bytesSent() const { return m_bytesSent; }

signals:
    void progress(const QString& sha256, qint64 sent, qint64 total);
    // The server already held offset bytes when the upload (re)started.
    void resumed(const QString& sha256, qint64 offset);

private:
    void announce();
    void continueFrom(const MaterialState& state);
    void sendChunk(qint64 offset);
    void onChunkFailed(const ApiError& error);
    Result<QByteArray> readAt(qint64 offset, qint64 length);
    Error readFailed() const;
    void finish(DeliveryOutcome outcome);

    CentralApiClient& m_client;
    const BlobStore& m_blobs;
    qint64 m_chunkSize;
    QUuid m_operation;
    QString m_sha256;
    std::unique_ptr<QIODevice> m_device;
    qint64 m_size = 0;
    int m_restarts = 0; // upload.hashMismatch answers: the keys of chunks sent again must differ
    qint64 m_bytesSent = 0;
    Done m_done;
};

} // namespace ow
