#pragma once

// SamSimulator: a virtual SAM module (an ID-card reader) on a real pseudo-terminal, speaking the same
// bytes as a real one; cards are presented and removed, faults injected on demand. Tests and demo mode.

#include "core/Result.h"
#include "devices/IdCardData.h"
#include "devices/PseudoTerminal.h"
#include "devices/SamFrameStream.h"

#include <QHash>
#include <QObject>

namespace ow {

class SamSimulator : public QObject
{
    Q_OBJECT

public:
    explicit SamSimulator(QString linkPath = {}, QObject* parent = nullptr);

    // Plugs the reader in (creates the pseudo-terminal) or pulls it out.
    Result<void> plugIn() { return m_pty.open(); }
    void unplug() { m_pty.close(); }
    bool isPluggedIn() const { return m_pty.isOpen(); }
    QString portName() const { return m_pty.portName(); }

    void presentCard(const IdCardData& card);
    // Presents a card whose read-base-info answer carries exactly these bytes.
    void presentRawBaseInfo(const QByteArray& data);
    void removeCard() { m_cardPresent = false; }
    bool cardPresent() const { return m_cardPresent; }

    // Faults, each applying to the next answers only.
    void setAnswerDelay(int milliseconds) { m_delayMs = milliseconds; }
    void setSilent(bool silent) { m_silent = silent; }                 // answers nothing
    void corruptNextAnswers(int count) { m_corrupt = count; }          // flips a checksum bit
    void failNextReads(int count, quint8 status);                      // read-base-info answers status
    void prefixGarbage(const QByteArray& bytes) { m_garbage = bytes; } // sent before the next answer
    void truncateNextRead() { m_truncateRead = true; }                 // half a frame, then silence
    void corruptNextRead() { m_corruptRead = true; }                   // a worn chip: damaged card data
    void setSelfTestFails(bool fails) { m_selfTestFails = fails; }

    // How many commands of a kind arrived (e.g. SamFrame::readBaseInfo).
    int commandCount(quint16 commandAndParameter) const { return m_counts.value(commandAndParameter); }

signals:
    void commandReceived(quint16 commandAndParameter);

private:
    void onBytes(const QByteArray& bytes);
    QByteArray answer(quint16 command);
    void send(QByteArray frame);

    PseudoTerminal m_pty;
    SamFrameStream m_stream;
    QByteArray m_baseInfo;
    bool m_cardPresent = false;
    int m_delayMs = 0;
    bool m_silent = false;
    int m_corrupt = 0;
    int m_failReads = 0;
    quint8 m_failStatus = 0x41;
    QByteArray m_garbage;
    bool m_truncateRead = false;
    bool m_corruptRead = false;
    bool m_selfTestFails = false;
    QHash<quint16, int> m_counts;
};

} // namespace ow
