#pragma once

// LastReadPanel: the live "last read" box of the device settings page: the last card or scan and the
// last device message, with ID numbers masked, so a clerk or technician can try the devices.

#include "core/Result.h"
#include "devices/IdCardData.h"
#include "devices/IdCardReader.h"
#include "devices/ScanClassifier.h"

#include <QGroupBox>

class QLabel;

namespace ow {

class LastReadPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LastReadPanel(QWidget* parent = nullptr);

    void showCard(const IdCardData& card);
    void showScan(const ScanResult& scan);
    void showError(const Error& error);
    void showReaderState(IdCardReader::State state);

    QString cardText() const;
    QString scanText() const;
    QString messageText() const;
    QString stateText() const;

    static QString describeState(IdCardReader::State state);
    static QString describeKind(ScanResult::Kind kind);
    static QString describeCardType(IdCardData::CardType type);

private:
    QLabel* m_state = nullptr;
    QLabel* m_card = nullptr;
    QLabel* m_scan = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ow
