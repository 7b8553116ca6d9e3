#include "devices/SamStatus.h"

namespace ow {

QString SamStatus::message(quint8 status)
{
    switch (status) {
    case ok:
        return tr("The ID-card reader completed the operation.");
    case noContent:
        return tr("The card holds no further information to read.");
    case cardFound:
        return tr("An ID card is on the reader.");
    case checksumError:
        return tr("The ID-card reader received a damaged command (checksum error). Check the cable; the "
                  "next read is retried automatically.");
    case lengthError:
        return tr("The ID-card reader received a command of the wrong length. Check the cable; the next "
                  "read is retried automatically.");
    case commandError:
    case invalidCommand:
        return tr("The ID-card reader does not understand this command. Check that the reader kind in the "
                  "device settings matches the device.");
    case notAuthorised:
    case samNotAuthorised:
        return tr("The security module of the ID-card reader is not authorised. Contact the reader's "
                  "supplier.");
    case samAuthFailed:
    case cardAuthFailed:
    case verifyFailed:
        return tr("The ID card could not be authenticated. Place the card flat on the reader again; if it "
                  "fails again, the card may be damaged or not genuine.");
    case unknownCard:
        return tr("The card on the reader is not an identity card. Place an ID card, residence permit or "
                  "permanent residence card on the reader.");
    case readFailed:
    case randomFailed:
        return tr("Reading the ID card failed (the card moved or its chip is worn). Remove the card and "
                  "place it flat on the reader again.");
    case selfTestFailed:
        return tr("The security module of the ID-card reader failed its self-test. Unplug the reader, "
                  "plug it back in and try again; if it persists, the reader needs repair.");
    case noCard:
        return tr("No ID card is on the reader.");
    case selectFailed:
        return tr("The ID card could not be selected. Leave the card still on the reader.");
    default:
        return tr("The ID-card reader reported an unknown status (0x%1). Remove the card and place it "
                  "again; if it persists, restart the reader.")
            .arg(status, 2, 16, QLatin1Char('0'));
    }
}

QString SamStatus::code(quint8 status)
{
    switch (status) {
    case ok:
        return QStringLiteral("sam.ok");
    case noContent:
        return QStringLiteral("sam.no_content");
    case cardFound:
        return QStringLiteral("sam.card_found");
    case checksumError:
        return QStringLiteral("sam.command_checksum");
    case lengthError:
        return QStringLiteral("sam.command_length");
    case commandError:
    case invalidCommand:
        return QStringLiteral("sam.command");
    case notAuthorised:
    case samNotAuthorised:
        return QStringLiteral("sam.not_authorised");
    case samAuthFailed:
    case cardAuthFailed:
    case verifyFailed:
        return QStringLiteral("sam.authentication");
    case unknownCard:
        return QStringLiteral("sam.unknown_card");
    case readFailed:
    case randomFailed:
        return QStringLiteral("sam.read_failed");
    case selfTestFailed:
        return QStringLiteral("sam.self_test");
    case noCard:
        return QStringLiteral("sam.no_card");
    case selectFailed:
        return QStringLiteral("sam.select_failed");
    default:
        return QStringLiteral("sam.status_%1").arg(status, 2, 16, QLatin1Char('0'));
    }
}

} // namespace ow
