#include "devices/SerialIdCardReader.h"

#include "core/Clock.h"
#include "core/Masking.h"
#include "devices/DevicesLog.h"
#include "devices/IdCardTextDecoder.h"
#include "devices/SamFrame.h"
#include "devices/SamStatus.h"

namespace ow {

namespace {

constexpr int absentPollsForRemoval = 2; // a card just read may miss one "find card"
constexpr int timeoutsBeforeReopen = 3;

Error linkError(const char* code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message)};
}

} // namespace

SerialIdCardReader::SerialIdCardReader(SerialIdCardReaderSettings settings, const RegionTable& regions,
                                       const Clock& clock, QObject* parent)
    : IdCardReader(parent)
    , m_settings(std::move(settings))
    , m_regions(regions)
    , m_clock(clock)
{
    for (QTimer* timer : {&m_answerTimer, &m_pollTimer, &m_reconnectTimer, &m_quietTimer})
        timer->setSingleShot(true);
    connect(&m_port, &QSerialPort::readyRead, this, [this] { onReadyRead(); });
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port.isOpen())
            return;
        disconnectAndRetry(linkError("idcard.disconnected",
                                     tr("The ID-card reader was disconnected (%1). Check its cable; it is "
                                        "reconnected automatically.")
                                         .arg(m_port.errorString())));
    });
    connect(&m_answerTimer, &QTimer::timeout, this, [this] { onTimeout(); });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { send(Step::Find); });
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { openPort(); });
    connect(&m_quietTimer, &QTimer::timeout, this, [this] {
        m_resyncing = false;
        m_stream.clear();
        send(Step::SamStatus);
    });
}

SerialIdCardReader::~SerialIdCardReader()
{
    m_running = false;
    m_port.close();
}

void SerialIdCardReader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_lastLinkError.clear();
    openPort();
}

void SerialIdCardReader::stop()
{
    m_running = false;
    for (QTimer* timer : {&m_answerTimer, &m_pollTimer, &m_reconnectTimer, &m_quietTimer})
        timer->stop();
    m_port.close();
    m_step = Step::Idle;
    setState(State::Stopped);
}

void SerialIdCardReader::openPort()
{
    if (!m_running)
        return;
    setState(State::Connecting);
    m_port.setPortName(m_settings.portName);
    m_port.setBaudRate(QSerialPort::Baud115200);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadWrite)) {
        reportLinkError(linkError("idcard.port_open",
                                  tr("The ID-card reader on %1 cannot be opened (%2). Check that it is "
                                     "plugged in and that the port in the device settings is right.")
                                      .arg(m_settings.portName, m_port.errorString())));
        setState(State::Disconnected);
        m_reconnectTimer.start(m_settings.reconnectIntervalMs);
        return;
    }
    m_port.clear();
    m_stream.clear();
    m_resyncing = false;
    m_cardOnPad = false;
    m_absentPolls = 0;
    send(Step::SamStatus);
}

void SerialIdCardReader::send(Step step)
{
    if (!m_running || !m_port.isOpen())
        return;
    static constexpr quint16 commands[] = {0, SamFrame::samStatus, SamFrame::findCard, SamFrame::selectCard,
                                           SamFrame::readBaseInfo};
    m_step = step;
    m_port.write(SamFrame::buildCommand(commands[int(step)]));
    m_answerTimer.start(step == Step::Read ? m_settings.readTimeoutMs : m_settings.commandTimeoutMs);
}

void SerialIdCardReader::onReadyRead()
{
    const QByteArray bytes = m_port.readAll();
    if (m_resyncing) { // throw away late answers until the line is quiet
        m_quietTimer.start(m_settings.quietMs);
        return;
    }
    m_stream.append(bytes);
    while (auto frame = m_stream.next()) {
        if (m_step == Step::Idle) { // an answer nobody waits for any more
            qCDebug(lcDevices) << "stray SAM frame dropped";
            continue;
        }
        onFrame(*frame);
        if (m_resyncing)
            return;
    }
}

void SerialIdCardReader::onFrame(const Result<QByteArray>& frame)
{
    m_answerTimer.stop();
    m_timeouts = 0;
    auto response = frame ? SamFrame::parseResponse(frame.value()) : Result<SamResponse>(frame.error());
    if (!response) {
        qCWarning(lcDevices) << "damaged SAM frame:" << response.error().code;
        if (m_step == Step::Read) {
            m_cardOnPad = true; // the clerk places the card again
            reportCardError(response.error());
        }
        resync();
        return;
    }
    onResponse(response.value());
}

void SerialIdCardReader::onResponse(const SamResponse& response)
{
    const Step step = std::exchange(m_step, Step::Idle);
    switch (step) {
    case Step::Idle:
        return;
    case Step::SamStatus:
        if (response.status != SamStatus::ok) {
            disconnectAndRetry(Error{SamStatus::code(response.status), SamStatus::message(response.status)});
            return;
        }
        m_lastLinkError.clear();
        setState(State::Ready);
        send(Step::Find);
        return;
    case Step::Find:
        if (response.status == SamStatus::cardFound) {
            m_absentPolls = 0;
            if (!m_cardOnPad) {
                send(Step::Select);
                return;
            }
        } else if (++m_absentPolls >= absentPollsForRemoval) {
            m_cardOnPad = false;
        }
        schedulePoll();
        return;
    case Step::Select:
        if (response.status == SamStatus::ok) {
            setState(State::Reading);
            send(Step::Read);
        } else {
            schedulePoll(); // the card moved; try again
        }
        return;
    case Step::Read:
        onCardData(response);
        return;
    }
}

void SerialIdCardReader::onCardData(const SamResponse& response)
{
    m_cardOnPad = true;
    setState(State::Ready);
    if (response.status != SamStatus::ok) {
        reportCardError(Error{SamStatus::code(response.status), SamStatus::message(response.status)});
    } else {
        auto card = IdCardTextDecoder::decodeBaseInfo(response.data, m_regions, m_clock.today());
        if (card) {
            qCInfo(lcDevices) << "ID card read:" << maskIdNumber(card->idNumber);
            emit cardRead(card.value());
        } else {
            reportCardError(card.error());
        }
    }
    schedulePoll();
}

void SerialIdCardReader::onTimeout()
{
    const Step step = std::exchange(m_step, Step::Idle);
    if (step == Step::Read) {
        m_cardOnPad = true;
        reportCardError(linkError("idcard.read_interrupted",
                                  tr("Reading the ID card was interrupted (the card was taken away or the "
                                     "reader stopped answering). Place the card on the reader again.")));
    }
    if (++m_timeouts >= timeoutsBeforeReopen) {
        disconnectAndRetry(
            linkError("idcard.no_answer", tr("The ID-card reader on %1 does not answer. Check that it is "
                                             "switched on and connected; it is reconnected automatically.")
                                              .arg(m_settings.portName)));
        return;
    }
    resync();
}

void SerialIdCardReader::resync()
{
    m_step = Step::Idle;
    m_resyncing = true;
    m_stream.clear();
    m_quietTimer.start(m_settings.quietMs);
}

void SerialIdCardReader::disconnectAndRetry(const Error& reason)
{
    if (!m_running)
        return;
    reportLinkError(reason);
    for (QTimer* timer : {&m_answerTimer, &m_pollTimer, &m_quietTimer})
        timer->stop();
    m_step = Step::Idle;
    m_timeouts = 0;
    m_port.close();
    setState(State::Disconnected);
    m_reconnectTimer.start(m_settings.reconnectIntervalMs);
}

void SerialIdCardReader::schedulePoll()
{
    m_pollTimer.start(m_settings.pollIntervalMs);
}

void SerialIdCardReader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SerialIdCardReader::reportLinkError(const Error& error)
{
    // Once per outage, not once per retry: the port's own troubles count as one, the SAM's by code.
    const QString kind = error.code.startsWith(u"idcard.") ? QStringLiteral("link") : error.code;
    if (m_lastLinkError == kind)
        return;
    m_lastLinkError = kind;
    qCWarning(lcDevices) << "ID-card reader:" << error.code;
    emit this->error(error);
}

void SerialIdCardReader::reportCardError(const Error& error)
{
    qCWarning(lcDevices) << "ID card not read:" << error.code;
    emit this->error(error);
}

} // namespace ow
