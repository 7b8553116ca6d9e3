#include "print/DocumentKind.h"

namespace ow {

QString documentKindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    case DocumentKind::CommitmentLetter:
        return QStringLiteral("commitment-letter");
    case DocumentKind::RefusalNotice:
        return QStringLiteral("refusal-notice");
    case DocumentKind::OneTimeNotice:
        return QStringLiteral("one-time-notice");
    case DocumentKind::DispatchSlip:
        return QStringLiteral("dispatch-slip");
    case DocumentKind::MailingSlip:
        return QStringLiteral("mailing-slip");
    case DocumentKind::QueueTicket:
        return QStringLiteral("queue-ticket");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromKey(const QString& key)
{
    for (DocumentKind kind : allDocumentKinds) {
        if (documentKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace ow
