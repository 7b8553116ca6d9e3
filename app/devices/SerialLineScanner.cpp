#include "devices/SerialLineScanner.h"

#include "devices/DevicesLog.h"

namespace ow {

SerialLineScanner::SerialLineScanner(SerialLineScannerSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_reconnectTimer.setSingleShot(true);
    m_lineTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { open(); });
    connect(&m_lineTimer, &QTimer::timeout, this, [this] { emitLine(std::exchange(m_pending, {})); });
    connect(&m_port, &QSerialPort::readyRead, this, [this] { onReadyRead(); });
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error != QSerialPort::NoError && error != QSerialPort::TimeoutError && m_port.isOpen())
            lost(m_port.errorString());
    });
}

SerialLineScanner::~SerialLineScanner()
{
    m_running = false;
    m_port.close();
}

void SerialLineScanner::start()
{
    m_running = true;
    m_errorReported = false;
    open();
}

void SerialLineScanner::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_lineTimer.stop();
    m_pending.clear();
    if (m_port.isOpen()) {
        m_port.close();
        emit connectedChanged(false);
    }
}

void SerialLineScanner::open()
{
    if (!m_running)
        return;
    m_port.setPortName(m_settings.portName);
    m_port.setBaudRate(m_settings.baudRate);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadOnly)) {
        if (!m_errorReported) {
            m_errorReported = true;
            emit error(Error{QStringLiteral("scanner.port_open"),
                             tr("The barcode scanner on %1 cannot be opened (%2). Check that it is plugged "
                                "in and that the port in the device settings is right.")
                                 .arg(m_settings.portName, m_port.errorString())});
        }
        m_reconnectTimer.start(m_settings.reconnectIntervalMs);
        return;
    }
    m_errorReported = false;
    m_pending.clear();
    emit connectedChanged(true);
}

void SerialLineScanner::onReadyRead()
{
    m_pending += m_port.readAll();
    for (;;) {
        const qsizetype end =
            m_pending.indexOf('\r') >= 0 &&
                    (m_pending.indexOf('\n') < 0 || m_pending.indexOf('\r') < m_pending.indexOf('\n'))
                ? m_pending.indexOf('\r')
                : m_pending.indexOf('\n');
        if (end < 0)
            break;
        QByteArray line = m_pending.first(end);
        qsizetype next = end + 1;
        if (m_pending.at(end) == '\r' && next < m_pending.size() && m_pending.at(next) == '\n')
            ++next;
        m_pending.remove(0, next);
        emitLine(line);
    }
    if (m_pending.size() > m_settings.maxLineLength) {
        qCWarning(lcDevices) << "serial scanner: overlong input dropped," << m_pending.size() << "bytes";
        m_pending.clear();
    }
    if (m_pending.isEmpty())
        m_lineTimer.stop();
    else
        m_lineTimer.start(m_settings.lineTimeoutMs);
}

void SerialLineScanner::emitLine(QByteArray line)
{
    const QString code = QString::fromUtf8(line).trimmed();
    if (!code.isEmpty())
        emit scanned(code);
}

void SerialLineScanner::lost(const QString& reason)
{
    m_port.close();
    m_pending.clear();
    emit connectedChanged(false);
    if (!m_errorReported) {
        m_errorReported = true;
        emit error(Error{
            QStringLiteral("scanner.disconnected"),
            tr("The barcode scanner was disconnected (%1). It is reconnected automatically.").arg(reason)});
    }
    m_reconnectTimer.start(m_settings.reconnectIntervalMs);
}

} // namespace ow
