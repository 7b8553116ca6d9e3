#include "ui/intake/RefusalDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ow {

RefusalDialog::RefusalDialog(const QStringList& reasons, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Refuse to accept"));
    auto* form = new QFormLayout(this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("refusalReason"));
    m_reason->addItems(reasons);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("refusalDetails"));
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("Details for the notice, e.g. which authority handles the matter"));
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Details"), m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Refuse and print the notice"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 280);
}

QString RefusalDialog::reason() const
{
    return m_reason->currentText();
}

QString RefusalDialog::details() const
{
    return m_details->toPlainText().trimmed();
}

} // namespace ow
