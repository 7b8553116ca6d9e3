#pragma once

// SerialLineScanner: a barcode scanner on a serial (virtual COM) port that sends each code as one line;
// reopens the port by itself when the scanner is unplugged and plugged back.

#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace ow {

struct SerialLineScannerSettings
{
    QString portName;
    qint32 baudRate = 9600; // most scanners' default in virtual-COM mode
    int reconnectIntervalMs = 1000;
    int lineTimeoutMs = 300;  // a line without its terminator for this long is taken as complete
    int maxLineLength = 4096; // longer input without a line end is garbage
};

class SerialLineScanner : public QObject
{
    Q_OBJECT

public:
    explicit SerialLineScanner(SerialLineScannerSettings settings, QObject* parent = nullptr);
    ~SerialLineScanner() override;

    void start();
    void stop();
    bool isOpen() const { return m_port.isOpen(); }

signals:
    // One code, without the line end (CR, LF or CR LF), decoded as UTF-8.
    void scanned(const QString& code);
    void error(const ow::Error& error);
    void connectedChanged(bool connected);

private:
    void open();
    void onReadyRead();
    void emitLine(QByteArray line);
    void lost(const QString& reason);

    SerialLineScannerSettings m_settings;
    QSerialPort m_port;
    QByteArray m_pending;
    QTimer m_reconnectTimer;
    QTimer m_lineTimer;
    bool m_running = false;
    bool m_errorReported = false;
};

} // namespace ow
