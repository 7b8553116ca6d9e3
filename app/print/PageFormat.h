#pragma once

// PageFormat: the paper a document is laid out on (size and margins), A4, A5, the 80 mm thermal roll
// (continuous: as long as the content) or whatever page layout a printer dialog chose.

#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>
#include <QString>
#include <optional>

namespace ow {

// The papers the print profiles know by name; stored in settings by key.
enum class PaperKind
{
    A4,
    A5,
    Roll80
};

QString paperKindKey(PaperKind kind);
std::optional<PaperKind> paperKindFromKey(const QString& key);

struct PageFormat
{
    QSizeF sizeMm; // for a continuous roll the height is ignored (the content decides)
    QMarginsF marginsMm;
    bool continuous = false;

    static PageFormat of(PaperKind kind);
    // The full paper of a printer's page layout (margins are ours: 12 mm, 3 mm on a roll).
    static PageFormat fromPageLayout(const QPageLayout& layout, bool continuous);
    // The paper kind this format is, if it is one of the named ones (by width and height, 1 mm slack).
    std::optional<PaperKind> kind() const;
    // The QPageLayout for a printer or PDF writer, full page, for a page of the given height.
    QPageLayout pageLayout(qreal heightMm) const;
};

} // namespace ow
