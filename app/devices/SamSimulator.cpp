#include "devices/SamSimulator.h"

#include "devices/IdCardTextEncoder.h"
#include "devices/SamFrame.h"
#include "devices/SamStatus.h"

#include <QTimer>

namespace ow {

SamSimulator::SamSimulator(QString linkPath, QObject* parent)
    : QObject(parent)
    , m_pty(std::move(linkPath))
{
    connect(&m_pty, &PseudoTerminal::received, this, [this](const QByteArray& bytes) { onBytes(bytes); });
}

void SamSimulator::presentCard(const IdCardData& card)
{
    presentRawBaseInfo(IdCardTextEncoder::encodeBaseInfo(card));
}

void SamSimulator::presentRawBaseInfo(const QByteArray& data)
{
    m_baseInfo = data;
    m_cardPresent = true;
}

void SamSimulator::failNextReads(int count, quint8 status)
{
    m_failReads = count;
    m_failStatus = status;
}

void SamSimulator::onBytes(const QByteArray& bytes)
{
    m_stream.append(bytes);
    while (auto frame = m_stream.next()) {
        if (!frame->ok()) {
            send(SamFrame::buildResponse(SamStatus::checksumError));
            continue;
        }
        auto command = SamFrame::parseCommand(frame->value());
        if (!command) {
            send(SamFrame::buildResponse(SamStatus::lengthError));
            continue;
        }
        const auto code = quint16(command->command << 8 | command->parameter);
        ++m_counts[code];
        emit commandReceived(code);
        if (m_silent)
            continue;
        QByteArray reply = answer(code);
        if (m_delayMs > 0)
            QTimer::singleShot(m_delayMs, this, [this, reply] { send(reply); });
        else
            send(reply);
    }
}

QByteArray SamSimulator::answer(quint16 command)
{
    switch (command) {
    case SamFrame::samStatus:
        return SamFrame::buildResponse(m_selfTestFails ? SamStatus::selfTestFailed : SamStatus::ok);
    case SamFrame::resetSam:
        return SamFrame::buildResponse(SamStatus::ok);
    case SamFrame::readSamId:
        return SamFrame::buildResponse(SamStatus::ok,
                                       QByteArray::fromHex("0502000000000001209a0f1e00000000"));
    case SamFrame::findCard:
        return m_cardPresent ? SamFrame::buildResponse(SamStatus::cardFound, QByteArray(4, '\0'))
                             : SamFrame::buildResponse(SamStatus::noCard);
    case SamFrame::selectCard:
        return m_cardPresent ? SamFrame::buildResponse(SamStatus::ok, QByteArray(8, '\0'))
                             : SamFrame::buildResponse(SamStatus::selectFailed);
    case SamFrame::readBaseInfo:
        if (!m_cardPresent)
            return SamFrame::buildResponse(SamStatus::readFailed);
        if (m_failReads > 0) {
            --m_failReads;
            return SamFrame::buildResponse(m_failStatus);
        }
        if (m_truncateRead) {
            m_truncateRead = false;
            const QByteArray whole = SamFrame::buildResponse(SamStatus::ok, m_baseInfo);
            return whole.first(whole.size() / 2);
        }
        if (m_corruptRead) {
            m_corruptRead = false;
            QByteArray damaged = SamFrame::buildResponse(SamStatus::ok, m_baseInfo);
            damaged[100] = char(damaged[100] ^ 0x20);
            return damaged;
        }
        return SamFrame::buildResponse(SamStatus::ok, m_baseInfo);
    default:
        return SamFrame::buildResponse(SamStatus::commandError);
    }
}

void SamSimulator::send(QByteArray frame)
{
    if (m_corrupt > 0 && frame.size() > SamFrame::headerSize) {
        --m_corrupt;
        frame[frame.size() - 1] = char(frame.back() ^ 0x01);
    }
    if (!m_garbage.isEmpty()) {
        frame.prepend(m_garbage);
        m_garbage.clear();
    }
    m_pty.write(frame);
}

} // namespace ow
