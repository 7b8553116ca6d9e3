#pragma once

// PlaceholderPage: the page of a module that is not built yet; it says so plainly and offers nothing
// to click.

#include <QWidget>

class QLabel;

namespace ow {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& message, QWidget* parent = nullptr);

    QString message() const;

private:
    QLabel* m_message = nullptr;
};

} // namespace ow
