#pragma once

// RefusalDialog: asks why the window refuses to accept (不予受理): a reason from the hall's list and
// details in the clerk's words, both printed on the refusal notice.

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace ow {

class RefusalDialog : public QDialog
{
    Q_OBJECT

public:
    RefusalDialog(const QStringList& reasons, QWidget* parent = nullptr);

    QString reason() const;
    QString details() const;
    QComboBox* reasonBox() const { return m_reason; }
    QPlainTextEdit* detailsEdit() const { return m_details; }

private:
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace ow
