#pragma once

// DocumentCamera: a document camera (高拍仪) or webcam through Qt Multimedia: device choice, live
// preview, barcode decoding of the preview frames, and stills at the highest resolution offered.

#include "core/Result.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QImage>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QObject>
#include <QPointer>
#include <QVideoSink>

namespace ow {

class FrameDecoder;

class DocumentCamera : public QObject
{
    Q_OBJECT

public:
    explicit DocumentCamera(QObject* parent = nullptr);
    ~DocumentCamera() override;

    // The cameras the system offers now (empty on a machine without one).
    static QList<QCameraDevice> availableCameras();
    // The format with the most pixels (then the highest frame rate), or a null format if none.
    static QCameraFormat bestFormat(const QCameraDevice& device);
    // The largest still resolution the device offers, or an empty size if it says none.
    static QSize bestPhotoResolution(const QCameraDevice& device);

    // Chooses a camera by id (QCameraDevice::id()); an empty id means the system default. Errors:
    // "camera.none" (no camera at all), "camera.unknown" (that one is not connected).
    Result<void> selectCamera(const QByteArray& id = {});
    QCameraDevice device() const { return m_device; }

    // Where preview frames go (e.g. a QVideoWidget's videoSink()); and a decoder for barcodes in them.
    void setPreviewSink(QVideoSink* sink);
    void setFrameDecoder(FrameDecoder* decoder);

    void start();
    void stop();
    bool isActive() const;

    // Takes a still; its image arrives with stillCaptured(). Returns the request id, -1 if the camera is
    // not ready (an error is emitted).
    int captureStill();

signals:
    void stillCaptured(int id, const QImage& image);
    void error(const ow::Error& error);
    void activeChanged(bool active);

private:
    void onFrame(const QVideoFrame& frame);

    QCameraDevice m_device;
    QCamera* m_camera = nullptr;
    QMediaCaptureSession m_session;
    QImageCapture m_capture;
    QVideoSink m_sink; // receives every frame; hands it to the preview and the decoder
    QPointer<QVideoSink> m_preview;
    QPointer<FrameDecoder> m_decoder;
};

} // namespace ow
