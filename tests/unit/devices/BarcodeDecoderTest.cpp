#include "devices/BarcodeDecoder.h"

#include "BarcodeImages.h"
#include "devices/DocumentCamera.h"
#include "devices/FrameDecoder.h"

#include <QSignalSpy>
#include <QTest>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;
using Format = DecodedBarcode::Format;

namespace {

// The image pasted into a larger white frame, like a camera picture of a receipt.
QImage onDesk(const QImage& symbol, QSize size = QSize(1280, 720))
{
    QImage frame(size, QImage::Format_RGB32);
    frame.fill(QColor(235, 235, 230));
    QPainter painter(&frame);
    painter.drawImage((size.width() - symbol.width()) / 2, (size.height() - symbol.height()) / 2,
                      symbol.convertToFormat(QImage::Format_RGB32));
    return frame;
}

QVideoFrame nv12Frame(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(gray.size(), QVideoFrameFormat::Format_NV12));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < gray.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), gray.constScanLine(y), size_t(gray.width()));
    for (int y = 0; y < gray.height() / 2; ++y)
        memset(frame.bits(1) + y * frame.bytesPerLine(1), 128, size_t(gray.width()));
    frame.unmap();
    return frame;
}

} // namespace

TEST_CASE("QR, Data Matrix, PDF417 and Code 128 decode from QImages", "[devices][barcode]")
{
    const BarcodeDecoder decoder;
    struct Case
    {
        ZXing::BarcodeFormat zxing;
        Format format;
        QString text;
    };
    const Case cases[] = {
        {ZXing::BarcodeFormat::QRCode, Format::QrCode, QStringLiteral("OW1:42080201007201123000425:7KQ2ZM")},
        {ZXing::BarcodeFormat::DataMatrix, Format::DataMatrix, QStringLiteral("91420800MA4912345X")},
        {ZXing::BarcodeFormat::PDF417, Format::Pdf417, QStringLiteral("420802199003071230")},
        {ZXing::BarcodeFormat::Code128, Format::Code128, QStringLiteral("42080201007201123000425")},
    };
    for (const Case& c : cases) {
        INFO(c.text.toStdString());
        const QImage symbol = barcodeImage(c.zxing, c.text);
        const auto found = decoder.decode(onDesk(symbol));
        REQUIRE(found.size() == 1);
        CHECK(found.front().text == c.text);
        CHECK(found.front().format == c.format);
        CHECK(found.front().position.size() == 4);
        // Turned by 90 degrees and as a colour image.
        const auto turned = decoder.decode(onDesk(symbol).transformed(QTransform().rotate(90)));
        REQUIRE(turned.size() == 1);
        CHECK(turned.front().text == c.text);
    }
}

TEST_CASE("an image without a code, or a null one, gives nothing", "[devices][barcode]")
{
    const BarcodeDecoder decoder;
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::white);
    CHECK(decoder.decode(blank).isEmpty());
    CHECK(decoder.decode(QImage()).isEmpty());
    CHECK(decoder.decodeLuminance(nullptr, 10, 10, 10).isEmpty());
}

TEST_CASE("camera frames decode from their luminance plane", "[devices][barcode]")
{
    const QImage picture =
        onDesk(barcodeImage(ZXing::BarcodeFormat::QRCode, QStringLiteral("YY2026112600042")));
    const auto found = FrameDecoder::decodeFrame(BarcodeDecoder(false), nv12Frame(picture));
    REQUIRE(found.size() == 1);
    CHECK(found.front().text == u"YY2026112600042");

    // An RGB frame goes through QVideoFrame::toImage().
    const QImage rgb = picture.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRA8888));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < rgb.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y), size_t(rgb.width() * 4));
    frame.unmap();
    const auto fromRgb = FrameDecoder::decodeFrame(BarcodeDecoder(false), frame);
    REQUIRE(fromRgb.size() == 1);
    CHECK(fromRgb.front().text == u"YY2026112600042");
}

TEST_CASE("the frame decoder works on a worker thread and drops frames while busy", "[devices][barcode]")
{
    FrameDecoder decoder;
    QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
    const QVideoFrame frame = nv12Frame(onDesk(
        barcodeImage(ZXing::BarcodeFormat::QRCode, QStringLiteral("OW1:42080201007201123000425:7KQ2ZM")),
        QSize(1920, 1080)));

    // A burst of 30 frames, as a camera delivers in a second: the first is taken, the others dropped.
    int taken = 0;
    for (int i = 0; i < 30; ++i)
        taken += decoder.submit(frame) ? 1 : 0;
    CHECK(taken == 1);
    CHECK(decoder.framesDropped() == 29);
    REQUIRE(decoded.wait(5000));
    const auto codes = decoded.at(0).at(0).value<QList<DecodedBarcode>>();
    REQUIRE(codes.size() == 1);
    CHECK(codes.front().text == u"OW1:42080201007201123000425:7KQ2ZM");
    CHECK_FALSE(decoder.isBusy());

    // The same code still in view is not reported again; a new one is.
    REQUIRE(decoder.submit(frame));
    REQUIRE(QTest::qWaitFor([&] { return !decoder.isBusy(); }, 5000));
    CHECK(decoded.count() == 1);
    REQUIRE(decoder.submit(barcodeImage(ZXing::BarcodeFormat::Code128, QStringLiteral("12345678"))));
    REQUIRE(decoded.wait(5000));
    CHECK(decoded.at(1).at(0).value<QList<DecodedBarcode>>().front().text == u"12345678");
    CHECK(decoder.framesDecoded() == 3);
}

TEST_CASE("without a camera, the document camera says so instead of failing", "[devices][camera]")
{
    // This machine has no camera; on one with a camera the list is simply longer.
    const QList<QCameraDevice> cameras = DocumentCamera::availableCameras();
    DocumentCamera camera;
    QSignalSpy errors(&camera, &DocumentCamera::error);
    if (cameras.isEmpty()) {
        auto chosen = camera.selectCamera();
        REQUIRE_FALSE(chosen.ok());
        CHECK(chosen.error().code == u"camera.none");
        camera.start();
        REQUIRE(errors.count() == 1);
        CHECK_FALSE(camera.isActive());
    } else {
        CHECK(camera.selectCamera(QByteArrayLiteral("no-such-camera")).error().code == u"camera.unknown");
    }
    CHECK(camera.captureStill() == -1);
    CHECK(errors.last().at(0).value<Error>().code == u"camera.not_ready");
    CHECK(DocumentCamera::bestFormat(QCameraDevice()).isNull());
    CHECK(DocumentCamera::bestPhotoResolution(QCameraDevice()).isEmpty());
}
