#pragma once

// DeviceSettingsPage: the device settings of a window: ID-card reader kind and port (discovered),
// vendor library, keyboard-wedge scanner prefix and suffix, serial scanner, camera; and a live
// "last read" panel to try them. Emits the edited settings on Apply; the composition root rebuilds.

#include "devices/DeviceSettings.h"
#include "ui/devices/LastReadPanel.h"

#include <QCameraDevice>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ow {

class DeviceSettingsPage : public QWidget
{
    Q_OBJECT

public:
    // Where the port and camera lists come from; tests pass their own.
    using PortLister = std::function<QStringList()>;
    using CameraLister = std::function<QList<QCameraDevice>()>;

    explicit DeviceSettingsPage(QWidget* parent = nullptr, PortLister ports = {}, CameraLister cameras = {});

    void setSettings(const DeviceSettings& settings);
    DeviceSettings settings() const;

    // Lists the serial ports and cameras again, keeping the current choices.
    void refreshDevices();

    LastReadPanel* lastRead() const { return m_lastRead; }

signals:
    void settingsApplied(const ow::DeviceSettings& settings);

private:
    QWidget* buildReaderGroup();
    QWidget* buildScannerGroup();
    QWidget* buildCameraGroup();
    void updateEnabled();
    static void choosePort(QComboBox* combo, const QString& port);

    PortLister m_listPorts;
    CameraLister m_listCameras;
    QComboBox* m_readerKind = nullptr;
    QComboBox* m_readerPort = nullptr;
    QLineEdit* m_vendorLibrary = nullptr;
    QSpinBox* m_vendorPort = nullptr;
    QLineEdit* m_photoDecoder = nullptr;
    QLineEdit* m_prefix = nullptr;
    QLineEdit* m_suffix = nullptr;
    QSpinBox* m_interKey = nullptr;
    QCheckBox* m_terminator = nullptr;
    QComboBox* m_scannerPort = nullptr;
    QComboBox* m_camera = nullptr;
    QLabel* m_cameraNote = nullptr;
    QPushButton* m_apply = nullptr;
    LastReadPanel* m_lastRead = nullptr;
    DeviceSettings m_base; // fields the page does not edit are kept from here
};

} // namespace ow
