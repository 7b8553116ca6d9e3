#pragma once

// PseudoTerminal: a real pseudo-terminal whose slave side is a serial port to the program under test
// and whose master side is the simulated device; under an optional fixed link path, so the device can
// be unplugged and plugged back under the same port name.

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace ow {

class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    // `linkPath`: a symbolic link kept pointing at the current slave device while open; empty for none.
    explicit PseudoTerminal(QString linkPath = {}, QObject* parent = nullptr);
    ~PseudoTerminal() override;

    // Creates the pair ("plugs the device in"); fails with "pty.open" or "pty.link".
    Result<void> open();
    // Closes the master ("unplugs the device"): the other side sees a hang-up; the link is removed.
    void close();
    bool isOpen() const { return m_master >= 0; }

    // What a QSerialPort opens: the link path if one was given, else the slave device (/dev/pts/N).
    QString portName() const;
    QString slavePath() const { return m_slavePath; }

    // Writes to the master side; returns false if closed or the write failed.
    bool write(QByteArrayView bytes);

signals:
    void received(const QByteArray& bytes);

private:
    void readMaster();

    QString m_linkPath;
    QString m_slavePath;
    int m_master = -1;
    int m_slave = -1; // kept open so the master never reads EIO while no one has the port open
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ow
