#include "ui/intake/MaterialMessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ow {

MaterialMessageBar::MaterialMessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("materialMessageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("materialMessage"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QToolButton(this);
    dismiss->setText(QStringLiteral("×"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    dismiss->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    connect(dismiss, &QToolButton::clicked, this, &MaterialMessageBar::clearMessage);
    hide();
}

void MaterialMessageBar::showMessage(const QString& text, bool error, bool sticky)
{
    m_text = text;
    m_error = error;
    m_sticky = sticky;
    m_label->setText(text);
    setStyleSheet(
        error ? QStringLiteral("#materialMessageBar { background: #fdecea; border: 1px solid #f1aeb5; }"
                               "#materialMessage { color: #611a15; }")
              : QStringLiteral("#materialMessageBar { background: #e8f4fd; border: 1px solid #a6cdef; }"
                               "#materialMessage { color: #0d3c61; }"));
    setVisible(!text.isEmpty());
}

void MaterialMessageBar::clearMessage()
{
    m_text.clear();
    m_error = false;
    m_sticky = false;
    m_label->clear();
    hide();
}

} // namespace ow
