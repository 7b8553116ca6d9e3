#include "devices/FrameDecoder.h"

#include <QMetaObject>
#include <QVideoFrameFormat>

namespace ow {

FrameDecoder::FrameDecoder(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_clock.start();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("FrameDecoder"));
    m_thread.start();
}

FrameDecoder::~FrameDecoder()
{
    m_thread.quit();
    m_thread.wait();
}

bool FrameDecoder::begin()
{
    if (m_busy) {
        ++m_dropped;
        return false;
    }
    m_busy = true;
    return true;
}

bool FrameDecoder::submit(const QVideoFrame& frame)
{
    if (!frame.isValid() || !begin())
        return false;
    QMetaObject::invokeMethod(m_worker, [this, frame, decoder = m_decoder] {
        const QList<DecodedBarcode> found = decodeFrame(decoder, frame);
        QMetaObject::invokeMethod(
            this, [this, found] { finished(found); }, Qt::QueuedConnection);
    });
    return true;
}

bool FrameDecoder::submit(const QImage& image)
{
    if (image.isNull() || !begin())
        return false;
    QMetaObject::invokeMethod(m_worker, [this, image, decoder = m_decoder] {
        const QList<DecodedBarcode> found = decoder.decode(image);
        QMetaObject::invokeMethod(
            this, [this, found] { finished(found); }, Qt::QueuedConnection);
    });
    return true;
}

QList<DecodedBarcode> FrameDecoder::decodeFrame(const BarcodeDecoder& decoder, QVideoFrame frame)
{
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
        if (frame.map(QVideoFrame::ReadOnly)) {
            // The first plane is the luminance; 16-bit formats are read through their high bytes.
            const bool wide = frame.pixelFormat() == QVideoFrameFormat::Format_P010 ||
                              frame.pixelFormat() == QVideoFrameFormat::Format_P016;
            QList<DecodedBarcode> found;
            if (!wide) {
                found = decoder.decodeLuminance(frame.bits(0), frame.width(), frame.height(),
                                                frame.bytesPerLine(0));
            } else {
                QImage y(frame.width(), frame.height(), QImage::Format_Grayscale8);
                for (int row = 0; row < frame.height(); ++row) {
                    const uchar* in = frame.bits(0) + row * frame.bytesPerLine(0);
                    uchar* out = y.scanLine(row);
                    for (int x = 0; x < frame.width(); ++x)
                        out[x] = in[2 * x + 1];
                }
                found = decoder.decode(y);
            }
            frame.unmap();
            return found;
        }
        break;
    default:
        break;
    }
    return decoder.decode(frame.toImage());
}

void FrameDecoder::finished(const QList<DecodedBarcode>& barcodes)
{
    m_busy = false;
    ++m_decoded;
    const qint64 now = m_clock.elapsed();
    QList<DecodedBarcode> fresh;
    for (const DecodedBarcode& barcode : barcodes) {
        const auto seen = m_lastSeen.constFind(barcode.text);
        const bool repeat = seen != m_lastSeen.cend() && now - seen.value() < m_repeatMs;
        m_lastSeen.insert(barcode.text, now);
        if (!repeat)
            fresh << barcode;
    }
    if (m_lastSeen.size() > 256) // forget old entries
        m_lastSeen.removeIf([&](const auto& entry) { return now - entry.value() >= m_repeatMs; });
    if (!fresh.isEmpty())
        emit decoded(fresh);
}

} // namespace ow
