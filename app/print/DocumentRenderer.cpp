#include "print/DocumentRenderer.h"

#include "print/LayoutUnits.h"
#include "print/PrintLog.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace ow {

namespace {

void paintQr(QPainter& painter, const QrItem& qr)
{
    if (qr.modules.isNull())
        return;
    const qreal module = qr.rect.width() / qr.modules.width();
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < qr.modules.height(); ++y) {
        for (int x = 0; x < qr.modules.width();) {
            if (qGray(qr.modules.pixel(x, y)) >= 128) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < qr.modules.width() && qGray(qr.modules.pixel(x, y)) < 128)
                ++x;
            path.addRect(QRectF(qr.rect.left() + start * module, qr.rect.top() + y * module,
                                (x - start) * module, module));
        }
    }
    painter.fillPath(path, Qt::black);
}

void paintItem(QPainter& painter, const PageItem& item)
{
    std::visit(
        [&painter](const auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, TextItem>) {
                painter.setFont(it.font);
                painter.setPen(Qt::black);
                painter.drawText(it.baseline, it.text);
            } else if constexpr (std::is_same_v<T, LineItem>) {
                painter.setPen(QPen(Qt::black, it.width, Qt::SolidLine, Qt::FlatCap));
                painter.drawLine(it.line);
            } else if constexpr (std::is_same_v<T, BoxItem>) {
                if (it.shaded)
                    painter.fillRect(it.rect, QColor(0xe8, 0xe8, 0xe8));
                if (it.penWidth > 0) {
                    painter.setPen(QPen(Qt::black, it.penWidth));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(it.rect);
                }
            } else if constexpr (std::is_same_v<T, QrItem>) {
                paintQr(painter, it);
            } else {
                painter.drawImage(it.rect, it.image);
            }
        },
        item);
}

} // namespace

void DocumentRenderer::paintPage(QPainter& painter, const ComposedPage& page)
{
    painter.setRenderHint(QPainter::Antialiasing, false); // crisp rules and QR modules
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const PageItem& item : page.items)
        paintItem(painter, item);
}

bool DocumentRenderer::paint(const ComposedDocument& document, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        qCWarning(lcPrint) << "cannot start painting" << document.title;
        return false;
    }
    const qreal scale = device.logicalDpiX() / units::layoutDpi;
    for (qsizetype p = 0; p < document.pages.size(); ++p) {
        if (p > 0 && !device.newPage()) {
            qCWarning(lcPrint) << "cannot start page" << p + 1 << "of" << document.title;
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, document.pages.at(p));
        painter.restore();
    }
    return painter.end();
}

QImage DocumentRenderer::renderPage(const ComposedDocument& document, int page, qreal dpi)
{
    const QSizeF sizeMm = document.pageSizeMm();
    const QSize pixels(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    if (page < 0 || page >= document.pages.size())
        return image;
    QPainter painter(&image);
    const qreal scale = dpi / units::layoutDpi;
    painter.scale(scale, scale);
    paintPage(painter, document.pages.at(page));
    return image;
}

} // namespace ow
