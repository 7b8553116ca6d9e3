#include "ui/devices/DeviceHub.h"

#include "core/Clock.h"
#include "core/RegionTable.h"
#include "devices/DemoCards.h"
#include "devices/DeviceFactory.h"
#include "devices/KeyboardWedgeFilter.h"
#include "devices/SamSimulator.h"
#include "ui/devices/DeviceSettingsPage.h"
#include "ui/devices/LastReadPanel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

DeviceHub::DeviceHub(QSettings& settings, const Clock& clock, bool demo, QObject* parent)
    : QObject(parent)
    , m_store(settings)
    , m_clock(clock)
    , m_demo(demo)
    , m_settings(DeviceSettings::load(settings))
    , m_classifier(RegionTable::builtIn())
{
    m_wedge = new KeyboardWedgeFilter(m_settings.wedge, this);
    qApp->installEventFilter(m_wedge);
    connect(m_wedge, &KeyboardWedgeFilter::scanned, this,
            [this](const QString& code) { emit scanned(m_classifier.classify(code, m_clock.today())); });
    rebuildReader();
}

DeviceHub::~DeviceHub()
{
    qApp->removeEventFilter(m_wedge);
    if (m_reader)
        m_reader->disconnect(this);
    m_simulator = nullptr;
    m_reader.reset();
}

void DeviceHub::apply(const DeviceSettings& settings)
{
    m_settings = settings;
    m_settings.save(m_store);
    m_wedge->setSettings(m_settings.wedge);
    rebuildReader();
}

void DeviceHub::rebuildReader()
{
    if (m_reader)
        m_reader->disconnect(this);
    m_simulator = nullptr;
    m_reader.reset();
    DeviceSettings effective = m_settings;
    if (m_demo)
        effective.readerKind = DeviceSettings::ReaderKind::Simulator;
    m_reader = DeviceFactory::createIdCardReader(effective, RegionTable::builtIn(), m_clock, &m_simulator);
    if (!m_reader) {
        reportState(IdCardReader::State::Stopped);
        return;
    }
    connect(m_reader.get(), &IdCardReader::stateChanged, this, &DeviceHub::reportState);
    connect(m_reader.get(), &IdCardReader::cardRead, this, &DeviceHub::cardRead);
    m_reader->start();
    reportState(m_reader->state());
}

QString DeviceHub::readerStateText() const
{
    const auto state = m_reader ? m_reader->state() : IdCardReader::State::Stopped;
    return tr("ID-card reader: %1").arg(LastReadPanel::describeState(state));
}

void DeviceHub::reportState(IdCardReader::State /*state*/)
{
    emit readerStateChanged(readerStateText());
}

void DeviceHub::openSettings(QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Devices"));
    auto* page = new DeviceSettingsPage(dialog);
    page->setSettings(m_settings);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(page, &DeviceSettingsPage::settingsApplied, this, &DeviceHub::apply);
    connect(this, &DeviceHub::cardRead, page,
            [page](const IdCardData& card) { page->lastRead()->showCard(card); });
    connect(this, &DeviceHub::scanned, page,
            [page](const ScanResult& scan) { page->lastRead()->showScan(scan); });
    dialog->open();
}

void DeviceHub::presentDemoCard(int index)
{
    const QList<IdCardData> cards = DemoCards::all();
    if (!m_simulator || index < 0 || index >= cards.size())
        return;
    m_simulator->presentCard(cards.at(index));
    QTimer::singleShot(3000, m_simulator, [simulator = m_simulator] { simulator->removeCard(); });
}

} // namespace ow
