#include "ui/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ow {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& message, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("QLabel { font-size: 18pt; font-weight: 600; }"));
    m_message = new QLabel(message, this);
    m_message->setObjectName(QStringLiteral("placeholderMessage"));
    m_message->setWordWrap(true);
    m_message->setMaximumWidth(640);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

QString PlaceholderPage::message() const
{
    return m_message->text();
}

} // namespace ow
