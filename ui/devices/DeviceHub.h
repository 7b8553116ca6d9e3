#pragma once

// DeviceHub: the window's devices put together (settings, ID-card reader, keyboard-wedge scanner, demo
// simulator).

#include "devices/DeviceSettings.h"
#include "devices/IdCardData.h"
#include "devices/IdCardReader.h"
#include "devices/ScanClassifier.h"

#include <QObject>
#include <memory>

class QSettings;
class QWidget;

namespace ow {

class Clock;
class KeyboardWedgeFilter;
class SamSimulator;

class DeviceHub : public QObject
{
    Q_OBJECT

public:
    // `settings` and `clock` must outlive the hub. In demo mode the reader is always the simulator.
    DeviceHub(QSettings& settings, const Clock& clock, bool demo, QObject* parent = nullptr);
    ~DeviceHub() override;

    const DeviceSettings& settings() const { return m_settings; }
    IdCardReader* reader() const { return m_reader.get(); }
    SamSimulator* simulator() const { return m_simulator; } // demo mode only, else nullptr
    QString readerStateText() const;                        // as readerStateChanged() last said

    // Opens the device settings in a dialog; Apply saves them and rebuilds the reader.
    void openSettings(QWidget* parent);
    // Demo mode: presents DemoCards::all()[index] on the simulated reader and removes it after 3 s.
    void presentDemoCard(int index);

signals:
    void readerStateChanged(const QString& text);
    void cardRead(const ow::IdCardData& card);
    void scanned(const ow::ScanResult& scan);

private:
    void apply(const DeviceSettings& settings);
    void rebuildReader();
    void reportState(IdCardReader::State state);

    QSettings& m_store;
    const Clock& m_clock;
    const bool m_demo;
    DeviceSettings m_settings;
    ScanClassifier m_classifier;
    std::unique_ptr<IdCardReader> m_reader;
    SamSimulator* m_simulator = nullptr; // owned by m_reader
    KeyboardWedgeFilter* m_wedge = nullptr;
};

} // namespace ow
