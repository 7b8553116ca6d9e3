#include "ui/MainWindow.h"

namespace ow {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("OneWindow"));
}

} // namespace ow
