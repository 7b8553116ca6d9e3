#include "devices/DocumentCamera.h"

#include "devices/DevicesLog.h"
#include "devices/FrameDecoder.h"

#include <QMediaDevices>

namespace ow {

DocumentCamera::DocumentCamera(QObject* parent)
    : QObject(parent)
{
    m_session.setImageCapture(&m_capture);
    m_session.setVideoSink(&m_sink);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame& frame) { onFrame(frame); });
    connect(&m_capture, &QImageCapture::imageCaptured, this,
            [this](int id, const QImage& image) { emit stillCaptured(id, image); });
    connect(&m_capture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString& message) {
                emit error(Error{QStringLiteral("camera.capture"),
                                 tr("The document camera could not take the picture: %1").arg(message)});
            });
}

DocumentCamera::~DocumentCamera()
{
    stop();
}

QList<QCameraDevice> DocumentCamera::availableCameras()
{
    return QMediaDevices::videoInputs();
}

QCameraFormat DocumentCamera::bestFormat(const QCameraDevice& device)
{
    QCameraFormat best;
    auto pixels = [](const QCameraFormat& f) {
        return qint64(f.resolution().width()) * f.resolution().height();
    };
    for (const QCameraFormat& format : device.videoFormats()) {
        if (best.isNull() || pixels(format) > pixels(best) ||
            (pixels(format) == pixels(best) && format.maxFrameRate() > best.maxFrameRate()))
            best = format;
    }
    return best;
}

QSize DocumentCamera::bestPhotoResolution(const QCameraDevice& device)
{
    QSize best;
    for (const QSize& size : device.photoResolutions()) {
        if (qint64(size.width()) * size.height() > qint64(best.width()) * best.height())
            best = size;
    }
    return best;
}

Result<void> DocumentCamera::selectCamera(const QByteArray& id)
{
    const QList<QCameraDevice> cameras = availableCameras();
    if (cameras.isEmpty())
        return Error{QStringLiteral("camera.none"),
                     tr("No camera is connected. Connect the document camera, or import the material from "
                        "a file.")};
    QCameraDevice chosen = id.isEmpty() ? QMediaDevices::defaultVideoInput() : QCameraDevice();
    for (const QCameraDevice& camera : cameras) {
        if (!id.isEmpty() && camera.id() == id)
            chosen = camera;
    }
    if (chosen.isNull())
        return Error{QStringLiteral("camera.unknown"),
                     tr("The camera chosen in the device settings is not connected. Connect it or choose "
                        "another one.")};
    stop();
    delete m_camera;
    m_device = chosen;
    m_camera = new QCamera(chosen, this);
    const QCameraFormat format = bestFormat(chosen);
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    const QSize still = bestPhotoResolution(chosen);
    if (still.isValid())
        m_capture.setResolution(still);
    connect(m_camera, &QCamera::activeChanged, this, &DocumentCamera::activeChanged);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        emit error(Error{QStringLiteral("camera.device"),
                         tr("The document camera stopped working: %1. Check its cable and choose it again in "
                            "the device settings.")
                             .arg(message)});
    });
    m_session.setCamera(m_camera);
    qCInfo(lcDevices) << "camera chosen:" << chosen.description();
    return {};
}

void DocumentCamera::setPreviewSink(QVideoSink* sink)
{
    m_preview = sink;
}

void DocumentCamera::setFrameDecoder(FrameDecoder* decoder)
{
    m_decoder = decoder;
}

void DocumentCamera::start()
{
    if (!m_camera) {
        if (auto chosen = selectCamera(); !chosen) {
            emit error(chosen.error());
            return;
        }
    }
    m_camera->start();
}

void DocumentCamera::stop()
{
    if (m_camera)
        m_camera->stop();
}

bool DocumentCamera::isActive() const
{
    return m_camera && m_camera->isActive();
}

int DocumentCamera::captureStill()
{
    if (!isActive() || !m_capture.isReadyForCapture()) {
        emit error(
            Error{QStringLiteral("camera.not_ready"),
                  tr("The document camera is not ready yet. Wait for the preview, then capture again.")});
        return -1;
    }
    return m_capture.capture();
}

void DocumentCamera::onFrame(const QVideoFrame& frame)
{
    if (m_preview)
        m_preview->setVideoFrame(frame);
    if (m_decoder)
        m_decoder->submit(frame);
}

} // namespace ow
