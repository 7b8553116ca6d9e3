#include "admin/DiagnosticsExport.h"

#include "AdminFixtures.h"
#include "admin/LogBuffer.h"

#include <QLoggingCategory>
#include <QSignalSpy>

using namespace ow;
using namespace ow::test;

namespace {

QMap<QString, QByteArray> asMap(const QList<QPair<QString, QByteArray>>& files)
{
    QMap<QString, QByteArray> map;
    for (const auto& [name, data] : files)
        map.insert(QStringLiteral("onewindow-diagnostics/") + name, data);
    return map;
}

} // namespace

TEST_CASE("Personal data is masked in free text", "[admin][diagnostics]")
{
    CHECK(maskPersonalData(QStringLiteral("card 42080219900307123X read, phone 13812345678.")) ==
          QStringLiteral("card 420802********123X read, phone 138****5678."));
    CHECK(maskPersonalData(QStringLiteral("+8613812345678 and 12345")) ==
          QStringLiteral("+86 138****5678 and 12345"));
    CHECK(maskPersonalData(QStringLiteral("order 913812345678")) == QStringLiteral("order 913812345678"));
}

TEST_CASE("The log buffer keeps masked lines and passes messages on", "[admin][diagnostics]")
{
    LogBuffer::install(3);
    LogBuffer::clear();
    const QLoggingCategory category("onewindow.test");
    for (int i = 0; i < 4; ++i)
        qCWarning(category) << "line" << i << "for 42080219900307123X";
    const QStringList lines = LogBuffer::lines();
    REQUIRE(lines.size() == 3);
    CHECK(lines.front().contains(QStringLiteral("warning onewindow.test: line 1 for 420802********123X")));
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("19900307")));
    LogBuffer::install(2000);
}

TEST_CASE("The diagnostics zip holds report, configuration, log and environment, masked",
          "[admin][diagnostics]")
{
    ConfigDirs dirs;
    dirs.writeSystem(completeSite + "[site]\nhallPhone=0724-2345678\n");
    dirs.writeWindow("[site]\nwindow=7\nstaffName=王丽\nstaffLogin=wangli\n");
    dirs.writeUser("[devices]\nreaderPort=ttyUSB0\n; note: 13812345678 asked for help\n");
    LogBuffer::install();
    qWarning("test: applicant 42080219900307123X");

    const QString zipPath = dirs.root.filePath(QStringLiteral("diagnostics.zip"));
    auto* exporter = new DiagnosticsExport(dirs.root.filePath(QStringLiteral("data")), dirs.load());
    QSignalSpy finished(exporter, &DiagnosticsExport::finished);
    QSignalSpy destroyed(exporter, &QObject::destroyed);
    exporter->start(zipPath);
    REQUIRE(finished.wait(10000));
    CHECK(finished.front().at(0).toBool());
    CHECK(finished.front().at(1).toString().contains(zipPath));
    CHECK((destroyed.count() == 1 || destroyed.wait(1000)));

    QFile file(zipPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    // What the archive should hold, rebuilt: same masking, so compare everything but the times.
    const QList<ZipEntry> entries = readZip(zip, {});
    QStringList names;
    for (const ZipEntry& e : entries)
        names << e.name;
    CHECK(names == QStringList{QStringLiteral("onewindow-diagnostics/README.txt"),
                               QStringLiteral("onewindow-diagnostics/health-report.txt"),
                               QStringLiteral("onewindow-diagnostics/config/system-onewindow.conf"),
                               QStringLiteral("onewindow-diagnostics/config/window.conf"),
                               QStringLiteral("onewindow-diagnostics/config/user-onewindow.conf"),
                               QStringLiteral("onewindow-diagnostics/log.txt"),
                               QStringLiteral("onewindow-diagnostics/environment.txt")});

    const DiagnosticsExport again(dirs.root.filePath(QStringLiteral("data")), dirs.load());
    const QMap<QString, QByteArray> files = asMap(again.contents(QStringLiteral("report")));
    CHECK(files.value(QStringLiteral("onewindow-diagnostics/config/window.conf")).contains("staffName=王*"));
    CHECK(files.value(QStringLiteral("onewindow-diagnostics/config/user-onewindow.conf"))
              .contains("138****5678"));
    CHECK(files.value(QStringLiteral("onewindow-diagnostics/config/system-onewindow.conf"))
              .contains("0724-2345678"));
    const QByteArray log = files.value(QStringLiteral("onewindow-diagnostics/log.txt"));
    CHECK(log.contains("applicant 420802********123X"));
    for (const auto& [name, data] : files.asKeyValueRange()) {
        INFO(name.toStdString());
        CHECK_FALSE(data.contains("19900307"));
        CHECK_FALSE(data.contains("王丽"));
        CHECK_FALSE(data.contains("13812345678"));
    }

    // Stored entries can be compared byte for byte; deflated ones are checked with their expected text.
    QMap<QString, QByteArray> configs;
    for (const QString& name : {QStringLiteral("onewindow-diagnostics/config/window.conf"),
                                QStringLiteral("onewindow-diagnostics/config/system-onewindow.conf")})
        configs.insert(name, files.value(name));
    const QList<ZipEntry> checked = readZip(zip, configs);
    for (const ZipEntry& entry : checked) {
        if (entry.name.endsWith(QStringLiteral("/config/window.conf")) ||
            entry.name.endsWith(QStringLiteral("/config/system-onewindow.conf"))) {
            CHECK(entry.crcMatches);
            CHECK(entry.data == files.value(entry.name));
        }
    }
}

TEST_CASE("A zip that cannot be written says why", "[admin][diagnostics]")
{
    const QString error = DiagnosticsExport::writeZip(QStringLiteral("/proc/onewindow/nope.zip"),
                                                      {{QStringLiteral("a.txt"), QByteArrayLiteral("a")}});
    CHECK_FALSE(error.isEmpty());
}
