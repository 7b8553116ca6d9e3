#include "ui/intake/PageStrip.h"

#include "storage/BlobStore.h"
#include "ui/intake/DroppedFiles.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImageReader>
#include <QKeyEvent>
#include <QLocale>
#include <QMetaObject>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QUrl>

namespace ow {

namespace {

constexpr QSize thumbnailSize(90, 120);
constexpr int maxCachedThumbnails = 256;

// A sheet with a word on it: for PDF pages and for pages that cannot be shown.
QPixmap sheet(const QString& word, const QColor& colour)
{
    QPixmap pixmap(thumbnailSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(8.5, 4.5, thumbnailSize.width() - 17, thumbnailSize.height() - 9);
    painter.setPen(QPen(colour, 2));
    painter.setBrush(Qt::white);
    painter.drawRect(page);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(18);
    painter.setFont(font);
    painter.drawText(page, Qt::AlignCenter, word);
    return pixmap;
}

QPixmap framed(const QImage& image)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x9e, 0x9e, 0x9e));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return pixmap;
}

} // namespace

PageStrip::PageStrip(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("pageStrip"));
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setIconSize(thumbnailSize);
    setUniformItemSizes(true);
    setSpacing(4);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { emit previewRequested(row(item)); });
}

bool PageStrip::isPdf(const QByteArray& content)
{
    return content.left(1024).contains("%PDF-");
}

void PageStrip::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void PageStrip::setPages(const QStringList& hashes)
{
    const int current = currentRow();
    if (m_thumbnails.size() > maxCachedThumbnails)
        m_thumbnails.clear();
    m_hashes = hashes;
    clear();
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        const Thumbnail thumbnail = thumbnailOf(hashes.at(i));
        QString text = QString::number(i + 1);
        if (!thumbnail.label.isEmpty())
            text += QStringLiteral(" · ") + thumbnail.label;
        auto* item = new QListWidgetItem(QIcon(thumbnail.pixmap), text, this);
        item->setToolTip(tr("Page %1 of %2: %3").arg(i + 1).arg(hashes.size()).arg(thumbnail.toolTip));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    setCurrentPage(std::min(current, count() - 1));
}

void PageStrip::setCurrentPage(int index)
{
    if (index < 0 || index >= count()) {
        setCurrentRow(-1);
        return;
    }
    setCurrentRow(index);
    scrollToItem(item(index));
}

PageStrip::Thumbnail PageStrip::thumbnailOf(const QString& hash)
{
    if (const auto found = m_thumbnails.constFind(hash); found != m_thumbnails.constEnd())
        return *found;
    Thumbnail thumbnail;
    if (!m_blobs) {
        thumbnail.pixmap = sheet(QStringLiteral("?"), Qt::gray);
        return thumbnail;
    }
    const Result<QByteArray> content = m_blobs->get(hash);
    if (!content) {
        thumbnail.pixmap = sheet(QStringLiteral("!"), QColor(0xc6, 0x28, 0x28));
        thumbnail.label = tr("damaged");
        thumbnail.toolTip = content.error().message;
        return thumbnail; // not cached: the next look may find it repaired
    }
    const QString size = QLocale().formattedDataSize(content->size());
    if (isPdf(*content)) {
        thumbnail.pixmap = sheet(QStringLiteral("PDF"), QColor(0xb7, 0x1c, 0x1c));
        thumbnail.label = QStringLiteral("PDF");
        thumbnail.toolTip = tr("PDF document, %1").arg(size);
    } else {
        QBuffer buffer;
        buffer.setData(*content);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(thumbnailSize, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            thumbnail.pixmap = sheet(QStringLiteral("?"), Qt::gray);
            thumbnail.toolTip = tr("image that cannot be shown (%1), %2").arg(reader.errorString(), size);
        } else {
            const QImage scaled =
                image.size().boundedTo(thumbnailSize) == image.size()
                    ? image
                    : image.scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            thumbnail.pixmap = framed(scaled);
            thumbnail.toolTip = tr("%1 × %2 pixels, %3").arg(full.width()).arg(full.height()).arg(size);
        }
    }
    m_thumbnails.insert(hash, thumbnail);
    return thumbnail;
}

QSize PageStrip::sizeHint() const
{
    const int scrollBar = horizontalScrollBar()->sizeHint().height();
    const int height =
        thumbnailSize.height() + fontMetrics().height() + 6 * spacing() + scrollBar + 2 * frameWidth();
    return {QListWidget::sizeHint().width(), height};
}

void PageStrip::keyPressEvent(QKeyEvent* event)
{
    const int current = currentRow();
    const bool control = event->modifiers() == Qt::ControlModifier;
    if (control && event->key() == Qt::Key_Left) {
        if (current > 0)
            emit moveRequested(current, current - 1);
        event->accept();
        return;
    }
    if (control && event->key() == Qt::Key_Right) {
        if (current >= 0 && current + 1 < count())
            emit moveRequested(current, current + 1);
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier && current >= 0) {
        if (event->key() == Qt::Key_Delete) {
            emit removeRequested(current);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Space) {
            emit previewRequested(current);
            event->accept();
            return;
        }
    }
    QListWidget::keyPressEvent(event);
}

void PageStrip::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->source() == this || !droppedLocalFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void PageStrip::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->source() == this || !droppedLocalFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void PageStrip::dropEvent(QDropEvent* event)
{
    // Copy, never move: the view must not take the dragged item out itself; the draft decides.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (event->source() != this) {
        const QStringList paths = droppedLocalFiles(event->mimeData());
        QMetaObject::invokeMethod(
            this, [this, paths] { emit filesDropped(paths); }, Qt::QueuedConnection);
        return;
    }
    const int from = currentRow();
    const QModelIndex target = indexAt(event->position().toPoint());
    const int to = target.isValid() ? target.row() : count() - 1;
    if (from < 0 || from == to)
        return;
    // After the drag has finished, so the strip is not rebuilt under it.
    QMetaObject::invokeMethod(
        this, [this, from, to] { emit moveRequested(from, to); }, Qt::QueuedConnection);
}

void PageStrip::paintEvent(QPaintEvent* event)
{
    QListWidget::paintEvent(event);
    if (count() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

void PageStrip::initViewItemOption(QStyleOptionViewItem* option) const
{
    QListWidget::initViewItemOption(option);
    option->decorationPosition = QStyleOptionViewItem::Top;
    option->decorationAlignment = Qt::AlignHCenter | Qt::AlignTop;
    option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
}

} // namespace ow
