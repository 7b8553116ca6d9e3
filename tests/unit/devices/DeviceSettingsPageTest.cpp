// The device settings page and its "last read" panel, driven through real widgets.

#include "ui/devices/DeviceSettingsPage.h"

#include "DeviceFixtures.h"
#include "core/Result.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;
using Kind = DeviceSettings::ReaderKind;

namespace {

DeviceSettingsPage* makePage(QStringList ports)
{
    return new DeviceSettingsPage(
        nullptr, [ports] { return ports; }, [] { return QList<QCameraDevice>(); });
}

template <typename W> W* child(QWidget* page, const QString& placeholderOrText = {})
{
    for (W* w : page->findChildren<W*>()) {
        if constexpr (std::is_same_v<W, QPushButton>) {
            if (w->text().remove(u'&') == placeholderOrText)
                return w;
        } else if constexpr (std::is_same_v<W, QLineEdit>) {
            if (w->placeholderText().startsWith(placeholderOrText))
                return w;
        } else {
            return w;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("the settings page lists ports and keeps what it is given", "[devices][settings-page]")
{
    std::unique_ptr<DeviceSettingsPage> page(makePage({QStringLiteral("ttyUSB0"), QStringLiteral("ttyS0")}));
    DeviceSettings settings;
    settings.readerKind = Kind::SerialSam;
    settings.readerPort = QStringLiteral("ttyUSB0");
    settings.wedge.prefix = QStringLiteral("]Q");
    settings.wedge.suffix = QStringLiteral("#");
    settings.wedge.maxInterKeyMs = 40;
    settings.wedge.terminatorRequired = false;
    settings.scannerPort = QStringLiteral("ttyS0");
    page->setSettings(settings);
    CHECK(page->settings() == settings);

    // A port configured but not plugged in now is kept, not replaced by the first one found.
    settings.readerPort = QStringLiteral("ttyACM3");
    page->setSettings(settings);
    CHECK(page->settings().readerPort == u"ttyACM3");
    page->refreshDevices();
    CHECK(page->settings() == settings);

    settings.readerKind = Kind::VendorCvr;
    settings.vendorLibraryPath = QStringLiteral("/opt/huashi/libtermb.so");
    settings.scannerPort.clear();
    page->setSettings(settings);
    CHECK(page->settings() == settings);
}

TEST_CASE("Apply hands over what the technician edited", "[devices][settings-page]")
{
    std::unique_ptr<DeviceSettingsPage> page(makePage({QStringLiteral("ttyUSB0")}));
    page->show();
    QSignalSpy applied(page.get(), &DeviceSettingsPage::settingsApplied);
    auto* kind = page->findChildren<QComboBox*>().at(0);
    kind->setCurrentIndex(kind->findData(int(Kind::Simulator)));
    QTest::keyClicks(child<QLineEdit>(page.get(), QStringLiteral("none")), QStringLiteral("]Q"));
    QTest::mouseClick(child<QPushButton>(page.get(), QStringLiteral("Apply")), Qt::LeftButton);
    REQUIRE(applied.count() == 1);
    const auto settings = applied.at(0).at(0).value<DeviceSettings>();
    CHECK(settings.readerKind == Kind::Simulator);
    CHECK(settings.wedge.prefix == u"]Q");
    CHECK(settings.scannerPort.isEmpty());
}

TEST_CASE("without a camera the page says materials can be imported", "[devices][settings-page]")
{
    std::unique_ptr<DeviceSettingsPage> page(makePage({}));
    bool noted = false;
    for (QLabel* label : page->findChildren<QLabel*>())
        noted = noted || label->text().contains(u"No camera is connected");
    CHECK(noted);
}

TEST_CASE("the last-read panel shows cards and scans masked", "[devices][settings-page]")
{
    LastReadPanel panel;
    panel.showCard(ow::test::zhangWei());
    CHECK(panel.cardText().contains(u"420802********1230"));
    CHECK_FALSE(panel.cardText().contains(u"420802199003071230"));
    CHECK(panel.cardText().contains(u"张*"));
    CHECK(panel.cardText().contains(u"Resident ID card"));

    ScanResult scan;
    scan.kind = ScanResult::Kind::ResidentId;
    scan.value = QStringLiteral("420802199003071230");
    panel.showScan(scan);
    CHECK(panel.scanText() == u"Resident ID number: 420802********1230");
    scan.kind = ScanResult::Kind::CreditCode;
    scan.value = QStringLiteral("91420800MA4912345X");
    panel.showScan(scan);
    CHECK(panel.scanText() == u"Unified social credit code: 91420800MA4912345X");

    panel.showReaderState(IdCardReader::State::Disconnected);
    CHECK(panel.stateText() == u"Not connected (retrying)");
    panel.showError(Error{QStringLiteral("sam.read_failed"), QStringLiteral("Remove the card.")});
    CHECK(panel.messageText() == u"Remove the card.");
}
