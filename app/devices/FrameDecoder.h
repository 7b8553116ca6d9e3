#pragma once

// FrameDecoder: decodes barcodes in camera frames on a worker thread, one frame at a time; frames that
// arrive while it is busy are dropped, and a code that stays in view is reported once.

#include "devices/BarcodeDecoder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThread>
#include <QVideoFrame>

namespace ow {

class FrameDecoder : public QObject
{
    Q_OBJECT

public:
    explicit FrameDecoder(QObject* parent = nullptr);
    ~FrameDecoder() override;

    // Takes the frame if the worker is idle (returns true), drops it otherwise. A YUV or Y8 frame is
    // decoded straight from its luminance plane; other formats are converted to an image first.
    bool submit(const QVideoFrame& frame);
    bool submit(const QImage& image);

    // The same text seen again within this time is not reported again (default 3000 ms).
    void setRepeatSuppressionMs(int milliseconds) { m_repeatMs = milliseconds; }

    bool isBusy() const { return m_busy; }
    qint64 framesDecoded() const { return m_decoded; }
    qint64 framesDropped() const { return m_dropped; }

    // Decodes the luminance of a frame on the calling thread (what the worker does).
    static QList<DecodedBarcode> decodeFrame(const BarcodeDecoder& decoder, QVideoFrame frame);

signals:
    // Codes newly in view; emitted on the thread that owns the FrameDecoder.
    void decoded(const QList<ow::DecodedBarcode>& barcodes);

private:
    bool begin();
    void finished(const QList<DecodedBarcode>& barcodes);

    QThread m_thread;
    QObject* m_worker; // lives in m_thread
    BarcodeDecoder m_decoder{false};
    bool m_busy = false;
    qint64 m_decoded = 0;
    qint64 m_dropped = 0;
    int m_repeatMs = 3000;
    QHash<QString, qint64> m_lastSeen; // text -> ms on m_clock
    QElapsedTimer m_clock;
};

} // namespace ow
