#pragma once

// MaterialMessageBar: the inline message line of the materials step: why an import was refused,
// what was added, that the draft could not be saved. Hidden while there is nothing to say.

#include <QFrame>
#include <QString>

class QLabel;

namespace ow {

class MaterialMessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MaterialMessageBar(QWidget* parent = nullptr);

    // Shows text as an error or as information; sticky messages stay when the clerk moves on.
    void showMessage(const QString& text, bool error, bool sticky = false);
    void clearMessage();

    QString text() const { return m_text; }
    bool isError() const { return m_error; }
    bool isSticky() const { return m_sticky; }

private:
    QLabel* m_label = nullptr;
    QString m_text;
    bool m_error = false;
    bool m_sticky = false;
};

} // namespace ow
