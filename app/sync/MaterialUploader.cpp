#include "sync/MaterialUploader.h"

#include "storage/BlobStore.h"
#include "sync/CentralApiClient.h"
#include "sync/SyncLog.h"

namespace ow {

namespace {

constexpr int maxRestarts = 2;

// The namespace of the request keys derived from operation UUIDs (a UUID of its own, fixed forever).
const QUuid keyNamespace(QStringLiteral("{6f1c2a9e-3b1d-4c55-9a61-0f5e8c7d2b10}"));

} // namespace

MaterialUploader::MaterialUploader(CentralApiClient& client, const BlobStore& blobs, qint64 chunkSize,
                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_blobs(blobs)
    , m_chunkSize(std::max<qint64>(1, chunkSize))
{}

QUuid MaterialUploader::requestKey(const QUuid& operation, const QString& request)
{
    return QUuid::createUuidV5(keyNamespace,
                               operation.toString(QUuid::WithoutBraces) + QLatin1Char('/') + request);
}

void MaterialUploader::upload(const QUuid& operation, const QString& sha256, Done done)
{
    m_operation = operation;
    m_sha256 = sha256;
    m_done = std::move(done);
    m_restarts = 0;
    auto device = m_blobs.open(sha256);
    if (!device)
        return finish(DeliveryOutcome::park(device.error().code, device.error().message));
    m_device = std::move(device).value();
    if (m_device->isSequential()) {
        m_size = 0;
        QByteArray buffer;
        while (!(buffer = m_device->read(1 << 20)).isEmpty())
            m_size += buffer.size();
        m_device.reset();
    } else {
        m_size = m_device->size();
    }
    QPointer<MaterialUploader> self(this);
    m_client.materialState(sha256, [self](ApiReply<MaterialState> reply) {
        if (!self)
            return;
        if (reply.ok())
            return self->continueFrom(reply.value());
        if (reply.error().code == QLatin1String("material.notFound"))
            return self->announce();
        self->finish(DeliveryOutcome::fromError(reply.error()));
    });
}

void MaterialUploader::announce()
{
    QPointer<MaterialUploader> self(this);
    m_client.announceMaterial(m_sha256, m_size, QString(),
                              requestKey(m_operation, QStringLiteral("announce")),
                              [self](ApiReply<MaterialState> reply) {
                                  if (!self)
                                      return;
                                  if (!reply.ok())
                                      return self->finish(DeliveryOutcome::fromError(reply.error()));
                                  self->continueFrom(reply.value());
                              });
}

void MaterialUploader::continueFrom(const MaterialState& state)
{
    if (state.size != m_size) {
        ApiError mismatch;
        mismatch.kind = ApiError::Kind::Refused;
        mismatch.status = 409;
        mismatch.code = QStringLiteral("upload.sizeMismatch");
        mismatch.message = ApiError::describe(mismatch.status, mismatch.code);
        return finish(DeliveryOutcome::fromError(mismatch));
    }
    emit progress(m_sha256, state.offset, m_size);
    if (state.complete)
        return finish(DeliveryOutcome::delivered());
    if (state.offset > 0)
        emit resumed(m_sha256, state.offset);
    sendChunk(state.offset);
}

void MaterialUploader::sendChunk(qint64 offset)
{
    const qint64 length = std::min(m_chunkSize, m_size - offset);
    auto bytes = readAt(offset, length);
    if (!bytes)
        return finish(DeliveryOutcome::park(bytes.error().code, bytes.error().message));
    const QUuid key =
        requestKey(m_operation, QStringLiteral("chunk/%1/%2/%3").arg(offset).arg(length).arg(m_restarts));
    QPointer<MaterialUploader> self(this);
    m_client.putChunk(m_sha256, offset, *bytes, key, [self, offset, length](ApiReply<MaterialState> reply) {
        if (!self)
            return;
        if (!reply.ok())
            return self->onChunkFailed(reply.error());
        const MaterialState& state = reply.value();
        self->m_bytesSent += length;
        emit self->progress(self->m_sha256, state.offset, self->m_size);
        if (state.complete)
            return self->finish(DeliveryOutcome::delivered());
        if (state.offset <= offset || state.offset >= self->m_size)
            return self->finish(
                DeliveryOutcome::fromError(ApiError::badAnswer(tr("the upload did not advance"))));
        self->sendChunk(state.offset);
    });
}

void MaterialUploader::onChunkFailed(const ApiError& error)
{
    if (error.code == QLatin1String("upload.offsetMismatch")) {
        const qint64 held = static_cast<qint64>(error.details.value(QLatin1String("offset")).toDouble(-1));
        if (held >= 0 && held < m_size) {
            qCInfo(lcSync).noquote() << "material" << m_sha256.left(12) << "continues at the server's offset"
                                     << held;
            return sendChunk(held);
        }
    } else if (error.code == QLatin1String("upload.hashMismatch") && m_restarts < maxRestarts) {
        ++m_restarts;
        qCWarning(lcSync).noquote() << "material" << m_sha256.left(12) << "arrived damaged; sending it again";
        return sendChunk(0);
    }
    finish(DeliveryOutcome::fromError(error));
}

Result<QByteArray> MaterialUploader::readAt(qint64 offset, qint64 length)
{
    if (!m_device || (m_device->isSequential() && m_device->pos() != offset)) {
        auto device = m_blobs.open(m_sha256);
        if (!device)
            return device.error();
        m_device = std::move(device).value();
        if (m_device->isSequential() && offset > 0 && m_device->skip(offset) != offset)
            return readFailed();
    }
    if (!m_device->isSequential() && !m_device->seek(offset))
        return readFailed();
    QByteArray bytes = m_device->read(length);
    if (bytes.size() != length)
        return readFailed();
    return bytes;
}

Error MaterialUploader::readFailed() const
{
    return Error{QStringLiteral("storage.blobReadFailed"),
                 tr("The stored material %1 could not be read (%2).")
                     .arg(m_sha256.left(12), m_device ? m_device->errorString() : QString())};
}

void MaterialUploader::finish(DeliveryOutcome outcome)
{
    m_device.reset();
    if (Done done = std::exchange(m_done, nullptr))
        done(std::move(outcome));
}

} // namespace ow
