#include "ui/devices/DeviceSettingsPage.h"

#include "devices/DocumentCamera.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow {

namespace {

using Kind = DeviceSettings::ReaderKind;

QStringList systemPorts()
{
    QStringList names;
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts())
        names << info.portName();
    return names;
}

} // namespace

DeviceSettingsPage::DeviceSettingsPage(QWidget* parent, PortLister ports, CameraLister cameras)
    : QWidget(parent)
    , m_listPorts(ports ? std::move(ports) : PortLister(systemPorts))
    , m_listCameras(cameras ? std::move(cameras) : CameraLister(&DocumentCamera::availableCameras))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildReaderGroup());
    layout->addWidget(buildScannerGroup());
    layout->addWidget(buildCameraGroup());
    m_lastRead = new LastReadPanel(this);
    layout->addWidget(m_lastRead);
    auto* buttons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("&Refresh devices"), this);
    m_apply = new QPushButton(tr("&Apply"), this);
    buttons->addWidget(refresh);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(refresh, &QPushButton::clicked, this, [this] { refreshDevices(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { emit settingsApplied(settings()); });
    refreshDevices();
    setSettings(DeviceSettings());
}

QWidget* DeviceSettingsPage::buildReaderGroup()
{
    auto* group = new QGroupBox(tr("ID-card reader"), this);
    auto* form = new QFormLayout(group);
    m_readerKind = new QComboBox(group);
    m_readerKind->addItem(tr("Serial or USB reader (SAM protocol)"), int(Kind::SerialSam));
    m_readerKind->addItem(tr("Vendor library, SDT family"), int(Kind::VendorSdt));
    m_readerKind->addItem(tr("Vendor library, Huashi CVR family"), int(Kind::VendorCvr));
    m_readerKind->addItem(tr("Simulated reader (demo)"), int(Kind::Simulator));
    m_readerKind->addItem(tr("No reader"), int(Kind::None));
    m_readerPort = new QComboBox(group);
    m_readerPort->setEditable(true);
    m_vendorLibrary = new QLineEdit(group);
    m_vendorLibrary->setPlaceholderText(tr("e.g. /opt/reader/lib/libsdtapi.so"));
    m_vendorPort = new QSpinBox(group);
    m_vendorPort->setRange(1, 9999);
    m_photoDecoder = new QLineEdit(group);
    m_photoDecoder->setPlaceholderText(tr("Vendor's photo decoder (libwlt); empty: no photo"));
    form->addRow(tr("&Kind:"), m_readerKind);
    form->addRow(tr("&Port:"), m_readerPort);
    form->addRow(tr("Vendor &library:"), m_vendorLibrary);
    form->addRow(tr("Vendor port &number:"), m_vendorPort);
    form->addRow(tr("P&hoto decoder:"), m_photoDecoder);
    connect(m_readerKind, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    return group;
}

QWidget* DeviceSettingsPage::buildScannerGroup()
{
    auto* group = new QGroupBox(tr("Barcode scanner"), this);
    auto* form = new QFormLayout(group);
    m_prefix = new QLineEdit(group);
    m_prefix->setPlaceholderText(tr("none"));
    m_suffix = new QLineEdit(group);
    m_suffix->setPlaceholderText(tr("none"));
    m_interKey = new QSpinBox(group);
    m_interKey->setRange(5, 200);
    m_interKey->setSuffix(tr(" ms"));
    m_terminator = new QCheckBox(tr("The scanner ends each code with Enter or Tab"), group);
    m_scannerPort = new QComboBox(group);
    m_scannerPort->setEditable(true);
    form->addRow(tr("P&refix:"), m_prefix);
    form->addRow(tr("&Suffix:"), m_suffix);
    form->addRow(tr("Fastest &typing gap:"), m_interKey);
    form->addRow(QString(), m_terminator);
    form->addRow(tr("Serial scanner p&ort:"), m_scannerPort);
    return group;
}

QWidget* DeviceSettingsPage::buildCameraGroup()
{
    auto* group = new QGroupBox(tr("Document camera"), this);
    auto* form = new QFormLayout(group);
    m_camera = new QComboBox(group);
    m_cameraNote = new QLabel(group);
    m_cameraNote->setWordWrap(true);
    form->addRow(tr("&Camera:"), m_camera);
    form->addRow(QString(), m_cameraNote);
    return group;
}

void DeviceSettingsPage::choosePort(QComboBox* combo, const QString& port)
{
    const int index = combo->findData(port);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(port); // configured but not connected now: keep it, typed
}

void DeviceSettingsPage::refreshDevices()
{
    const QString readerPort = m_readerPort->currentText();
    const QString scannerPort = m_scannerPort->currentData().toString();
    const QByteArray cameraId = m_camera->currentData().toByteArray();
    m_readerPort->clear();
    m_scannerPort->clear();
    m_scannerPort->addItem(tr("None (keyboard-wedge scanner)"), QString());
    for (const QString& port : m_listPorts()) {
        m_readerPort->addItem(port, port);
        m_scannerPort->addItem(port, port);
    }
    choosePort(m_readerPort, readerPort);
    if (!scannerPort.isEmpty())
        choosePort(m_scannerPort, scannerPort);
    m_camera->clear();
    m_camera->addItem(tr("System default"), QByteArray());
    const QList<QCameraDevice> cameras = m_listCameras();
    for (const QCameraDevice& camera : cameras)
        m_camera->addItem(camera.description(), camera.id());
    m_camera->setCurrentIndex(std::max(0, m_camera->findData(cameraId)));
    m_cameraNote->setText(cameras.isEmpty()
                              ? tr("No camera is connected. Materials can still be imported from "
                                   "files.")
                              : QString());
}

void DeviceSettingsPage::setSettings(const DeviceSettings& settings)
{
    m_base = settings;
    m_readerKind->setCurrentIndex(std::max(0, m_readerKind->findData(int(settings.readerKind))));
    choosePort(m_readerPort, settings.readerPort);
    m_vendorLibrary->setText(settings.vendorLibraryPath);
    m_vendorPort->setValue(settings.vendorPort);
    m_photoDecoder->setText(settings.photoDecoderPath);
    m_prefix->setText(settings.wedge.prefix);
    m_suffix->setText(settings.wedge.suffix);
    m_interKey->setValue(settings.wedge.maxInterKeyMs);
    m_terminator->setChecked(settings.wedge.terminatorRequired);
    if (settings.scannerPort.isEmpty())
        m_scannerPort->setCurrentIndex(0);
    else
        choosePort(m_scannerPort, settings.scannerPort);
    const int camera = m_camera->findData(settings.cameraId);
    if (camera < 0 && !settings.cameraId.isEmpty())
        m_camera->addItem(tr("%1 (not connected)").arg(QString::fromUtf8(settings.cameraId)),
                          settings.cameraId);
    m_camera->setCurrentIndex(std::max(0, m_camera->findData(settings.cameraId)));
    updateEnabled();
}

DeviceSettings DeviceSettingsPage::settings() const
{
    DeviceSettings s = m_base;
    s.readerKind = Kind(m_readerKind->currentData().toInt());
    s.readerPort = m_readerPort->currentText().trimmed();
    s.vendorLibraryPath = m_vendorLibrary->text().trimmed();
    s.vendorPort = m_vendorPort->value();
    s.photoDecoderPath = m_photoDecoder->text().trimmed();
    s.wedge.prefix = m_prefix->text();
    s.wedge.suffix = m_suffix->text();
    s.wedge.maxInterKeyMs = m_interKey->value();
    s.wedge.terminatorRequired = m_terminator->isChecked();
    const QString typed = m_scannerPort->currentText().trimmed();
    s.scannerPort =
        m_scannerPort->currentIndex() == 0 && typed == m_scannerPort->itemText(0) ? QString() : typed;
    s.cameraId = m_camera->currentData().toByteArray();
    return s;
}

void DeviceSettingsPage::updateEnabled()
{
    const auto kind = Kind(m_readerKind->currentData().toInt());
    const bool vendor = kind == Kind::VendorSdt || kind == Kind::VendorCvr;
    m_readerPort->setEnabled(kind == Kind::SerialSam);
    m_vendorLibrary->setEnabled(vendor);
    m_vendorPort->setEnabled(vendor);
    m_photoDecoder->setEnabled(kind != Kind::None && kind != Kind::Simulator);
}

} // namespace ow
