#include "ui/devices/LastReadPanel.h"

#include "core/Masking.h"
#include "devices/IdCardCodes.h"

#include <QFormLayout>
#include <QLabel>
#include <QTime>

namespace ow {

LastReadPanel::LastReadPanel(QWidget* parent)
    : QGroupBox(tr("Last read"), parent)
    , m_state(new QLabel(this))
    , m_card(new QLabel(tr("No card read yet."), this))
    , m_scan(new QLabel(tr("Nothing scanned yet."), this))
    , m_message(new QLabel(this))
{
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Reader:"), m_state);
    layout->addRow(tr("Card:"), m_card);
    layout->addRow(tr("Scan:"), m_scan);
    layout->addRow(tr("Message:"), m_message);
    for (QLabel* label : {m_card, m_scan, m_message}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_state->setText(describeState(IdCardReader::State::Stopped));
}

QString LastReadPanel::describeState(IdCardReader::State state)
{
    switch (state) {
    case IdCardReader::State::Stopped:
        return tr("Not in use");
    case IdCardReader::State::Connecting:
        return tr("Connecting...");
    case IdCardReader::State::Ready:
        return tr("Ready: place a card on the reader");
    case IdCardReader::State::Reading:
        return tr("Reading the card...");
    case IdCardReader::State::Disconnected:
        return tr("Not connected (retrying)");
    }
    return {};
}

QString LastReadPanel::describeKind(ScanResult::Kind kind)
{
    switch (kind) {
    case ScanResult::Kind::ResidentId:
        return tr("Resident ID number");
    case ScanResult::Kind::CreditCode:
        return tr("Unified social credit code");
    case ScanResult::Kind::Receipt:
        return tr("Acceptance receipt");
    case ScanResult::Kind::AppointmentCode:
        return tr("Appointment code");
    case ScanResult::Kind::Url:
        return tr("Web address");
    case ScanResult::Kind::Unknown:
        break;
    }
    return tr("Unknown code");
}

QString LastReadPanel::describeCardType(IdCardData::CardType type)
{
    switch (type) {
    case IdCardData::CardType::Resident:
        return tr("Resident ID card");
    case IdCardData::CardType::ForeignPermanentResident:
        return tr("Foreign permanent resident ID card");
    case IdCardData::CardType::HkMacaoTaiwanResidencePermit:
        return tr("Residence permit for Hong Kong, Macao and Taiwan residents");
    }
    return {};
}

void LastReadPanel::showCard(const IdCardData& card)
{
    const QString name = card.name.isEmpty() ? card.englishName : card.name;
    const QString until = card.validIndefinitely ? tr("long-term") : card.validUntil.toString(Qt::ISODate);
    m_card->setText(tr("%1 at %2: %3, %4, %5, valid until %6")
                        .arg(describeCardType(card.cardType),
                             QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), maskName(name),
                             IdCardCodes::genderName(card.gender), maskIdNumber(card.idNumber), until));
}

void LastReadPanel::showScan(const ScanResult& scan)
{
    const bool personal = scan.kind == ScanResult::Kind::ResidentId;
    const QString value =
        personal ? maskIdNumber(scan.value)
                 : (scan.kind == ScanResult::Kind::Unknown ? maskIdNumbersIn(scan.raw) : scan.value);
    m_scan->setText(tr("%1: %2").arg(describeKind(scan.kind), value));
}

void LastReadPanel::showError(const Error& error)
{
    m_message->setText(error.message);
}

void LastReadPanel::showReaderState(IdCardReader::State state)
{
    m_state->setText(describeState(state));
}

QString LastReadPanel::cardText() const
{
    return m_card->text();
}

QString LastReadPanel::scanText() const
{
    return m_scan->text();
}

QString LastReadPanel::messageText() const
{
    return m_message->text();
}

QString LastReadPanel::stateText() const
{
    return m_state->text();
}

} // namespace ow
