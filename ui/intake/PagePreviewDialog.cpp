#include "ui/intake/PagePreviewDialog.h"

#include "ui/intake/PageStrip.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>

namespace ow {

PagePreviewDialog::PagePreviewDialog(const QByteArray& content, const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pagePreview"));
    setWindowTitle(title);
    m_view = new QLabel(this);
    m_view->setObjectName(QStringLiteral("pagePreviewImage"));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(200, 200);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_view->setWordWrap(true);

    const QString size = QLocale().formattedDataSize(content.size());
    if (PageStrip::isPdf(content)) {
        m_view->setText(tr("This page is a PDF document (%1). It is kept as it is and sent with the case; "
                           "the preview shows images only.")
                            .arg(size));
    } else {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        m_image = reader.read();
        if (m_image.isNull())
            m_view->setText(tr("This page cannot be shown: %1.").arg(reader.errorString()));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    QSize wanted(800, 1000);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(wanted);
}

void PagePreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    rescale();
}

void PagePreviewDialog::rescale()
{
    if (m_image.isNull())
        return;
    const QSize room = m_view->size() * m_view->devicePixelRatio();
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(m_view->devicePixelRatio());
    m_view->setPixmap(pixmap);
}

} // namespace ow
