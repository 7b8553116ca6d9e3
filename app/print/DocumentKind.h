#pragma once

// DocumentKind: the kinds of document the print layer produces, and the paper each one uses by default.

#include <QString>
#include <optional>

namespace ow {

enum class DocumentKind
{
    Receipt,          // 受理回执
    CommitmentLetter, // 承诺书
    RefusalNotice,    // 不予受理通知书
    OneTimeNotice,    // 一次性告知书
    DispatchSlip,     // 派件单
    MailingSlip,      // 免费邮寄单
    QueueTicket,      // 排队号票
};

inline constexpr DocumentKind allDocumentKinds[] = {
    DocumentKind::Receipt,       DocumentKind::CommitmentLetter, DocumentKind::RefusalNotice,
    DocumentKind::OneTimeNotice, DocumentKind::DispatchSlip,     DocumentKind::MailingSlip,
    DocumentKind::QueueTicket,
};

// A stable key for settings and file names, e.g. "receipt", "queue-ticket".
QString documentKindKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(const QString& key);

} // namespace ow
