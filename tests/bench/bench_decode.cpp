// bench_decode: barcode decoding on generated 1920x1080 camera-like images: QR, Data Matrix, PDF417 and
// Code 128 symbols carrying real payloads (receipts, ID numbers, credit codes, acceptance numbers),
// degraded by rotation, perspective, blur, noise, low contrast and glare. Decodes every image with
// ZXing-cpp (BarcodeDecoder, as the app does: try-harder for stills, fast for camera frames) and with zbar
// (when built with it; zbar reads no Data Matrix), on the same greyscale buffers in the same run, and
// prints p50/p99 decode time, detection rate per degradation and format, and the ratios.
// Target: ZXing p50 under 15 ms and a detection rate at least zbar's.

#ifdef ONEWINDOW_HAVE_ZBAR
#include "BenchStats.h"

#include <zbar.h> // before any ZXing header: the two clash on macros
#endif

#include "../unit/devices/BarcodeImages.h"
#include "devices/BarcodeDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTransform>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>
#include <vector>

namespace {

using SteadyClock = std::chrono::steady_clock;

enum class Degradation
{
    Rotation,
    Perspective,
    Blur,
    Noise,
    LowContrast,
    Glare
};
constexpr const char* degradationNames[] = {"rotation", "perspective",  "blur",
                                            "noise",    "low contrast", "glare"};
constexpr const char* formatNames[] = {"QR", "DataMatrix", "PDF417", "Code128"};
constexpr ZXing::BarcodeFormat formats[] = {ZXing::BarcodeFormat::QRCode, ZXing::BarcodeFormat::DataMatrix,
                                            ZXing::BarcodeFormat::PDF417, ZXing::BarcodeFormat::Code128};

struct Sample
{
    QImage gray; // 1920x1080, Format_Grayscale8
    QString text;
    int format;
    Degradation degradation;
};

QString payload(int format, int i)
{
    static const char* ids[] = {"420802199003071230", "420802198511110027", "810000198805120059"};
    static const char* credits[] = {"91420800MA4912345X", "91420800708461136C"};
    switch (format) {
    case 0:
        return i % 2 ? QStringLiteral("OW1:42080201007201123000425:7KQ2ZM")
                     : QStringLiteral("http://www.gsxt.gov.cn/index.html?uniscid=%1")
                           .arg(QLatin1String(credits[i % 2]));
    case 1:
        return QStringLiteral("%1 %2").arg(QLatin1String(ids[i % 3]), QLatin1String(credits[i % 2]));
    case 2:
        return QStringLiteral("%1|ZHANG WEI|%2")
            .arg(QLatin1String(ids[i % 3]), QLatin1String(credits[i % 2]));
    default:
        return QStringLiteral("42080201007201123000425");
    }
}

void boxBlur(QImage& image, int radius)
{
    if (radius <= 0)
        return;
    const int w = image.width();
    const int h = image.height();
    std::vector<int> line(std::size_t(std::max(w, h)));
    for (int pass = 0; pass < 2; ++pass) { // horizontal then vertical
        const int n = pass == 0 ? w : h;
        for (int k = 0; k < (pass == 0 ? h : w); ++k) {
            auto at = [&](int j) -> uchar& {
                return pass == 0 ? image.scanLine(k)[j] : image.scanLine(j)[k];
            };
            for (int j = 0; j < n; ++j)
                line[std::size_t(j)] = at(j);
            int sum = 0;
            for (int j = -radius; j <= radius; ++j)
                sum += line[std::size_t(std::clamp(j, 0, n - 1))];
            for (int j = 0; j < n; ++j) {
                at(j) = uchar(sum / (2 * radius + 1));
                sum += line[std::size_t(std::min(j + radius + 1, n - 1))] -
                       line[std::size_t(std::max(j - radius, 0))];
            }
        }
    }
}

Sample makeSample(int format, Degradation d, int i, QRandomGenerator& random)
{
    Sample s{QImage(1920, 1080, QImage::Format_Grayscale8), payload(format, i), format, d};
    const int scale = format == 3 ? 3 : 4 + int(random.bounded(4));
    const QImage symbol = ow::test::barcodeImage(formats[format], s.text, scale);

    QImage canvas(1920, 1080, QImage::Format_RGB32);
    canvas.fill(QColor(200, 198, 190)); // a desk
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(QRect(260, 120, 1400, 840), QColor(250, 250, 246)); // a sheet of paper
    painter.setPen(QColor(90, 90, 90));
    for (int y = 160; y < 920; y += 38) // printed lines around the code
        painter.drawLine(300, y, 300 + int(random.bounded(900)), y);

    QTransform t;
    t.translate(960 + random.bounded(200) - 100, 540 + random.bounded(120) - 60);
    const double angle = d == Degradation::Rotation ? random.bounded(360.0) : random.bounded(10.0) - 5;
    t.rotate(angle);
    if (d == Degradation::Perspective) {
        const QRectF r(-symbol.width() / 2.0, -symbol.height() / 2.0, symbol.width(), symbol.height());
        QPolygonF from(r), to(r);
        from.removeLast();
        to.removeLast();
        for (QPointF& p : to)
            p += QPointF((random.bounded(0.24) - 0.12) * r.width(),
                         (random.bounded(0.24) - 0.12) * r.height());
        QTransform q;
        if (QTransform::quadToQuad(from, to, q))
            t = q * t;
    }
    painter.setTransform(t);
    painter.drawImage(QPointF(-symbol.width() / 2.0, -symbol.height() / 2.0), symbol);
    painter.resetTransform();
    if (d == Degradation::Glare) {
        QRadialGradient glare(
            QPointF(t.dx() + random.bounded(100.0) - 50, t.dy() + random.bounded(100.0) - 50), 260);
        glare.setColorAt(0, QColor(255, 255, 255, 170 + int(random.bounded(40))));
        glare.setColorAt(1, QColor(255, 255, 255, 0));
        painter.fillRect(canvas.rect(), glare);
    }
    painter.end();

    s.gray = canvas.convertToFormat(QImage::Format_Grayscale8);
    if (d == Degradation::Blur)
        boxBlur(s.gray, 1 + int(random.bounded(2)));
    else
        boxBlur(s.gray, 1); // every camera image is a little soft
    const bool lowContrast = d == Degradation::LowContrast;
    const int dark = lowContrast ? 80 + int(random.bounded(30)) : 20;
    const int light = lowContrast ? 150 + int(random.bounded(20)) : 235;
    const double sigma = d == Degradation::Noise ? 18 + random.bounded(10.0) : 3;
    for (int y = 0; y < s.gray.height(); ++y) {
        uchar* line = s.gray.scanLine(y);
        for (int x = 0; x < s.gray.width(); ++x) {
            // Box-Muller noise on a contrast-mapped pixel.
            const double u1 = std::max(1e-9, random.generateDouble());
            const double noise = sigma * std::sqrt(-2 * std::log(u1)) *
                                 std::cos(2 * std::numbers::pi * random.generateDouble());
            const double v = dark + (light - dark) * line[x] / 255.0 + noise;
            line[x] = uchar(std::clamp(v, 0.0, 255.0));
        }
    }
    return s;
}

struct Tally
{
    int found = 0;
    int total = 0;
};

struct Figures
{
    std::vector<double> ms;
    std::map<int, Tally> byDegradation;
    std::map<int, Tally> byFormat;
    int found = 0;
};

template <typename Decode> Figures run(const std::vector<Sample>& samples, Decode decode)
{
    Figures f;
    for (const Sample& s : samples) {
        const auto begin = SteadyClock::now();
        const std::vector<QString> texts = decode(s.gray);
        const std::chrono::duration<double, std::milli> elapsed = SteadyClock::now() - begin;
        f.ms.push_back(elapsed.count());
        const bool ok = std::find(texts.begin(), texts.end(), s.text) != texts.end();
        f.found += ok;
        auto& d = f.byDegradation[int(s.degradation)];
        auto& fm = f.byFormat[s.format];
        d.found += ok;
        fm.found += ok;
        ++d.total;
        ++fm.total;
    }
    return f;
}

void print(const char* name, const Figures& f, std::size_t total)
{
    std::printf("%-18s p50 %7.2f ms  p99 %7.2f ms  detected %3d/%zu (%5.1f %%)\n", name,
                percentile(f.ms, 0.5), percentile(f.ms, 0.99), f.found, total,
                100.0 * f.found / double(total));
    std::printf("%-18s", "  by degradation:");
    for (const auto& [d, t] : f.byDegradation)
        std::printf(" %s %d/%d;", degradationNames[d], t.found, t.total);
    std::printf("\n%-18s", "  by format:");
    for (const auto& [fm, t] : f.byFormat)
        std::printf(" %s %d/%d;", formatNames[fm], t.found, t.total);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int perCell = argc > 1 ? std::max(1, atoi(argv[1])) : 5; // images per (format, degradation)
    const QString dumpDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString(); // writes the images there
    QRandomGenerator random(20201125);
    std::vector<Sample> samples;
    for (int format = 0; format < 4; ++format)
        for (int d = 0; d < 6; ++d)
            for (int i = 0; i < perCell; ++i)
                samples.push_back(makeSample(format, Degradation(d), i, random));
    for (std::size_t i = 0; !dumpDir.isEmpty() && i < samples.size(); ++i)
        samples[i].gray.save(QStringLiteral("%1/%2-%3-%4.png")
                                 .arg(dumpDir, QLatin1String(formatNames[samples[i].format]),
                                      QLatin1String(degradationNames[int(samples[i].degradation)]))
                                 .arg(i));
    std::printf("bench_decode: %zu images of 1920x1080 (%d per format and degradation)\n", samples.size(),
                perCell);

    auto zxingWith = [](bool tryHarder) {
        return [decoder = ow::BarcodeDecoder(tryHarder)](const QImage& gray) {
            std::vector<QString> texts;
            for (const auto& b : decoder.decodeLuminance(gray.constBits(), gray.width(), gray.height(),
                                                         int(gray.bytesPerLine())))
                texts.push_back(b.text);
            return texts;
        };
    };
    const Figures still = run(samples, zxingWith(true));
    const Figures fast = run(samples, zxingWith(false));
    print("ZXing (still)", still, samples.size());
    print("ZXing (camera)", fast, samples.size());
#ifdef ONEWINDOW_HAVE_ZBAR
    zbar::ImageScanner scanner;
    scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 1);
    const Figures bar = run(samples, [&scanner](const QImage& gray) {
        std::vector<QString> texts;
        QByteArray packed(gray.width() * gray.height(), '\0'); // Y800 wants rows without padding
        for (int y = 0; y < gray.height(); ++y)
            memcpy(packed.data() + y * gray.width(), gray.constScanLine(y), size_t(gray.width()));
        zbar::Image image(unsigned(gray.width()), unsigned(gray.height()), "Y800", packed.constData(),
                          unsigned(packed.size()));
        scanner.scan(image);
        for (auto s = image.symbol_begin(); s != image.symbol_end(); ++s)
            texts.push_back(QString::fromStdString(s->get_data()));
        image.set_data(nullptr, 0);
        return texts;
    });
    print("zbar", bar, samples.size());
    std::printf(
        "ratios ZXing(still)/zbar: p50 time %.2fx, detections %.2fx; ZXing(camera)/zbar: p50 time "
        "%.2fx, detections %.2fx\n",
        percentile(still.ms, 0.5) / percentile(bar.ms, 0.5), double(still.found) / std::max(1, bar.found),
        percentile(fast.ms, 0.5) / percentile(bar.ms, 0.5), double(fast.found) / std::max(1, bar.found));
#else
    std::printf("zbar: not built (install libzbar-dev and reconfigure to compare)\n");
#endif
    std::printf("peak RSS %ld KiB; target: ZXing p50 under 15 ms, detection rate at least zbar's\n",
                peakRssKiB());
    return 0;
}
