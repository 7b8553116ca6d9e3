#pragma once

// PagePreviewDialog: one page of a material shown large, scaled to fit the dialog as it is resized;
// a PDF page, which the client does not render, is described instead.

#include <QByteArray>
#include <QDialog>
#include <QImage>

class QLabel;

namespace ow {

class PagePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // content: the page file as stored; title: what the page is ("申请书, page 2 of 3").
    PagePreviewDialog(const QByteArray& content, const QString& title, QWidget* parent = nullptr);

    bool hasImage() const { return !m_image.isNull(); }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rescale();

    QImage m_image;
    QLabel* m_view = nullptr;
};

} // namespace ow
