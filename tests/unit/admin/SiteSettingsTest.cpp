#include "AdminFixtures.h"

#include <QLibraryInfo>
#include <QSettings>

using namespace ow;
using namespace ow::test;
using Layer = SiteSettings::Layer;

TEST_CASE("The window file and the system file make the site", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite + "[server]\nurl=https://central.example.cn:8443\n");
    dirs.writeWindow("[site]\nwindow=7\nstaffName=王丽\n");
    const SiteSettings settings = dirs.load();

    CHECK(settings.fileState(Layer::System) == SiteSettings::FileState::Read);
    CHECK(settings.fileState(Layer::Window) == SiteSettings::FileState::Read);
    CHECK(settings.fileState(Layer::User) == SiteSettings::FileState::Absent);
    const Result<SiteConfig> site = settings.siteConfig();
    REQUIRE(site.ok());
    CHECK(site->hallName == QStringLiteral("荆门市政务服务中心"));
    CHECK(site->windowKey() == QStringLiteral("420800-01-007"));
    CHECK(site->staff.name == QStringLiteral("王丽"));
    CHECK(settings.layerOf(QStringLiteral("site/window")) == Layer::Window);
    CHECK(settings.layerOf(QStringLiteral("site/hallName")) == Layer::System);
    CHECK(settings.serverUrl() == QStringLiteral("https://central.example.cn:8443"));
}

TEST_CASE("The window file overrides the system file, but only in [site]", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite + "[site]\nwindow=1\n");
    dirs.writeWindow("[site]\nwindow=12\n[devices]\nreaderPort=ttyUSB9\n");
    const SiteSettings settings = dirs.load();
    CHECK(settings.value(QStringLiteral("site/window")).toInt() == 12);
    CHECK_FALSE(settings.contains(QStringLiteral("devices/readerPort")));
    REQUIRE(settings.ignored().size() == 1);
    CHECK(settings.ignored().front().key == QStringLiteral("devices/readerPort"));
    CHECK(settings.ignored().front().layer == Layer::Window);
}

TEST_CASE("Users override only the groups the policy allows", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeWindow("[site]\nwindow=7\n");
    dirs.writeUser("[site]\nhallName=Somewhere else\nprintFooter=my footer\n"
                   "[devices]\nreaderKind=serial-sam\nreaderPort=ttyUSB1\n"
                   "[policy]\nuserMayOverride=site\n");

    SECTION("by default printing and devices")
    {
        dirs.writeSystem(completeSite);
        const SiteSettings settings = dirs.load();
        CHECK(settings.userMayOverride() ==
              QStringList{QStringLiteral("printing"), QStringLiteral("devices")});
        CHECK(settings.text(QStringLiteral("site/hallName")) == QStringLiteral("荆门市政务服务中心"));
        CHECK(settings.text(QStringLiteral("devices/readerPort")) == QStringLiteral("ttyUSB1"));
        CHECK(settings.layerOf(QStringLiteral("devices/readerKind")) == Layer::User);
        // A key the site leaves unset is the user's to fill.
        CHECK(settings.text(QStringLiteral("site/printFooter")) == QStringLiteral("my footer"));
        QStringList ignored;
        for (const auto& i : settings.ignored())
            ignored << i.key;
        ignored.sort();
        CHECK(ignored ==
              QStringList{QStringLiteral("policy/userMayOverride"), QStringLiteral("site/hallName")});
    }
    SECTION("nothing, when the list is empty")
    {
        dirs.writeSystem(completeSite + "[policy]\nuserMayOverride=\n");
        const SiteSettings settings = dirs.load();
        CHECK(settings.userMayOverride().isEmpty());
        CHECK(settings.text(QStringLiteral("devices/readerKind")) == QStringLiteral("none"));
        CHECK(settings.text(QStringLiteral("devices/readerPort")) ==
              QStringLiteral("ttyUSB1")); // site: unset
    }
    SECTION("by the names administrators write")
    {
        dirs.writeSystem(completeSite + "[policy]\nuserMayOverride=\"Printers, devices\"\n");
        CHECK(dirs.load().userMayOverride() ==
              QStringList{QStringLiteral("printing"), QStringLiteral("devices")});
        dirs.writeSystem(completeSite + "[policy]\nuserMayOverride=printers, device\n");
        CHECK(dirs.load().userMayOverride() ==
              QStringList{QStringLiteral("printing"), QStringLiteral("devices")});
    }
}

TEST_CASE("Enforcing the policy removes the user's locked values from the user's file", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite + "[policy]\nuserMayOverride=printing\n");
    dirs.writeUser(
        "[devices]\nreaderKind=simulator\n[printing]\nwindow-420800-01-007\\receipt\\printer=HP\n");
    const SiteSettings settings = dirs.load();
    QSettings user(dirs.paths().userFile, QSettings::IniFormat);
    CHECK(settings.enforcePolicy(user) == 1);
    CHECK_FALSE(user.contains(QStringLiteral("devices/readerKind")));
    CHECK(user.value(QStringLiteral("printing/window-420800-01-007/receipt/printer")).toString() ==
          QStringLiteral("HP"));
}

TEST_CASE("A site without hall, region or window says what is missing and where", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem("[site]\nhallName=荆门市政务服务中心\nregionCode=4208\n");
    const Result<SiteConfig> site = dirs.load().siteConfig();
    REQUIRE_FALSE(site.ok());
    CHECK(site.error().code == QStringLiteral("site.missing"));
    CHECK(site.error().message.contains(QStringLiteral("site/regionCode, site/window")));
    CHECK(site.error().message.contains(dirs.paths().windowFile));
}

TEST_CASE("Print texts come from the site; an unquoted comma is not lost", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite + "[site]\nhallAddress=象山大道 1 号, 东宝区\nhallPhone=0724-2345678\n"
                                    "printFooter=\"监督电话 12345, 服务时间 9:00-17:00\"\n");
    const PrintSiteConfig print = dirs.load().printSite(QStringLiteral("荆门市政务服务中心"));
    CHECK(print.hallAddress == QStringLiteral("象山大道 1 号, 东宝区"));
    CHECK(print.hallPhone == QStringLiteral("0724-2345678"));
    CHECK(print.footerText == QStringLiteral("监督电话 12345, 服务时间 9:00-17:00"));
    CHECK(print.logo.isNull());
}

TEST_CASE("Unreadable and malformed files are told apart from absent ones", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite);
    REQUIRE(QDir().mkpath(dirs.paths().windowFile)); // a directory where the file should be
    const SiteSettings settings = dirs.load();
    CHECK(settings.fileState(Layer::Window) == SiteSettings::FileState::Unreadable);
}

TEST_CASE("ONEWINDOW_SITE_CONFIG_DIR moves the system files, for QSettings too", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem("[site]\nhallName=Test hall\n");
    qputenv(SiteSettings::configDirVariable, dirs.system().toUtf8());
    const SiteSettings::Paths paths = SiteSettings::setUpPaths();
    CHECK(paths.systemFile == dirs.paths().systemFile);
    CHECK(paths.windowFile == dirs.paths().windowFile);
    const QSettings fallback(QSettings::NativeFormat, QSettings::SystemScope, QStringLiteral("OneWindow"),
                             QStringLiteral("onewindow"));
    CHECK(fallback.value(QStringLiteral("site/hallName")).toString() == QStringLiteral("Test hall"));
    qunsetenv(SiteSettings::configDirVariable);
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope,
                       QLibraryInfo::path(QLibraryInfo::SettingsPath));
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope,
                       QLibraryInfo::path(QLibraryInfo::SettingsPath));
}

TEST_CASE("The values in force can be copied into a QSettings", "[admin][settings]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite);
    dirs.writeWindow("[site]\nwindow=3\n");
    QSettings copy(dirs.root.filePath(QStringLiteral("copy.conf")), QSettings::IniFormat);
    dirs.load().writeEffective(copy);
    CHECK(copy.value(QStringLiteral("site/window")).toInt() == 3);
    CHECK(copy.value(QStringLiteral("devices/readerKind")).toString() == QStringLiteral("none"));
}

TEST_CASE("The shipped example, uncommented, is a valid site; the guide documents every key",
          "[admin][settings]")
{
    QFile example(QStringLiteral(ONEWINDOW_SOURCE_DIR "/installer/client/onewindow.conf.example"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    QFile guide(QStringLiteral(ONEWINDOW_SOURCE_DIR "/docs/operations.md"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    const QString operations = QString::fromUtf8(guide.readAll());

    // "#key=value" lines are settings; "# text" lines are comments.
    QByteArray uncommented;
    QStringList keys;
    for (const QByteArray& line : example.readAll().split('\n')) {
        if (line.startsWith('#') && line.size() > 1 && line.at(1) != ' ' && line.contains('=')) {
            uncommented += line.mid(1) + '\n';
            keys << QString::fromUtf8(line.mid(1, line.indexOf('=') - 1)).section(QLatin1Char('\\'), -1);
        } else {
            uncommented += line + '\n';
        }
    }
    ConfigDirs dirs;
    dirs.writeSystem(uncommented);
    const SiteSettings settings = dirs.load();
    CHECK(settings.siteConfig().ok());
    CHECK(settings.text(QStringLiteral("site/printFooter")).contains(QStringLiteral("0724-12345，")));
    CHECK(settings.userMayOverride() == QStringList{QStringLiteral("printing"), QStringLiteral("devices")});
    CHECK(settings.text(QStringLiteral("printing/window-420800-01-007/receipt/printer")) ==
          QStringLiteral("HP_LaserJet_M403"));
    CHECK(keys.size() >= 30);
    for (const QString& key : std::as_const(keys)) {
        INFO(key.toStdString());
        const bool perDocument = key == QLatin1String("printer") || key == QLatin1String("paper");
        CHECK(operations.contains((perDocument ? QStringLiteral("\\") : QStringLiteral("`")) + key));
    }
}
