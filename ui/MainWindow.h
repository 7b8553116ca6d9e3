#pragma once

// MainWindow: the clerk's frame; a rail of the role's modules, the module pages, and the status bar.

#include <QMainWindow>

namespace ow {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace ow
