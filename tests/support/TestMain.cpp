// The main of every OneWindow test executable: creates the Qt application object the layer needs
// (QApplication for widget tests, QCoreApplication otherwise), headless, then runs Catch2.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef ONEWINDOW_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    TestApplication app(qtArgc, argv);
    return Catch::Session().run(argc, argv);
}
