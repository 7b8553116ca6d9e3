#pragma once

// PageStrip: the pages of one material as a strip of thumbnails in page order. Keys (Ctrl+Left/Right,
// Del, Space), double clicks and drags within the strip become requests; the draft is changed by
// whoever listens, and the strip is given the new page list back.

#include <QHash>
#include <QListWidget>
#include <QPixmap>
#include <QStringList>

namespace ow {

class BlobStore;

class PageStrip : public QListWidget
{
    Q_OBJECT

public:
    explicit PageStrip(QWidget* parent = nullptr);

    void setBlobStore(const BlobStore* blobs) { m_blobs = blobs; }
    // Shows these pages (blob hashes, in order); thumbnails already made are kept.
    void setPages(const QStringList& hashes);
    const QStringList& pages() const { return m_hashes; }
    int currentPage() const { return currentRow(); }
    void setCurrentPage(int index);
    // What the empty strip says (how to add pages).
    void setPlaceholderText(const QString& text);

    // Whether a page's first bytes are a PDF's.
    static bool isPdf(const QByteArray& content);

    QSize sizeHint() const override;

signals:
    void moveRequested(int from, int to);
    void removeRequested(int index);
    void previewRequested(int index);
    void filesDropped(const QStringList& paths); // local files dropped onto the strip

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void initViewItemOption(QStyleOptionViewItem* option) const override;

private:
    struct Thumbnail
    {
        QPixmap pixmap;
        QString label;   // under the thumbnail after the page number: "PDF", or empty
        QString toolTip; // kind and size, or why it cannot be shown
    };
    Thumbnail thumbnailOf(const QString& hash);

    const BlobStore* m_blobs = nullptr;
    QStringList m_hashes;
    QHash<QString, Thumbnail> m_thumbnails;
    QString m_placeholder;
};

} // namespace ow
