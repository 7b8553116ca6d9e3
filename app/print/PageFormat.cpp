#include "print/PageFormat.h"

#include <QPageSize>
#include <QRectF>
#include <cmath>

namespace ow {

namespace {

constexpr qreal rollWidthMm = 80.0;

QMarginsF marginsFor(qreal widthMm, bool continuous)
{
    if (continuous || widthMm < 100.0)
        return {4.0, 3.0, 4.0, 6.0}; // a thermal roll prints 72 mm of its 80 mm; leave room to tear
    if (widthMm < 160.0)
        return {10.0, 10.0, 10.0, 10.0};
    return {15.0, 12.0, 15.0, 12.0};
}

bool near(qreal a, qreal b)
{
    return std::abs(a - b) <= 1.0;
}

} // namespace

QString paperKindKey(PaperKind kind)
{
    switch (kind) {
    case PaperKind::A4:
        return QStringLiteral("a4");
    case PaperKind::A5:
        return QStringLiteral("a5");
    case PaperKind::Roll80:
        return QStringLiteral("roll80");
    }
    return {};
}

std::optional<PaperKind> paperKindFromKey(const QString& key)
{
    for (PaperKind kind : {PaperKind::A4, PaperKind::A5, PaperKind::Roll80}) {
        if (paperKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

PageFormat PageFormat::of(PaperKind kind)
{
    switch (kind) {
    case PaperKind::A4:
        return {{210.0, 297.0}, marginsFor(210.0, false), false};
    case PaperKind::A5:
        return {{148.0, 210.0}, marginsFor(148.0, false), false};
    case PaperKind::Roll80:
        return {{rollWidthMm, 0.0}, marginsFor(rollWidthMm, true), true};
    }
    return of(PaperKind::A4);
}

PageFormat PageFormat::fromPageLayout(const QPageLayout& layout, bool continuous)
{
    const QSizeF size = layout.fullRect(QPageLayout::Millimeter).size();
    return {size, marginsFor(size.width(), continuous), continuous};
}

std::optional<PaperKind> PageFormat::kind() const
{
    if (continuous || near(sizeMm.width(), rollWidthMm))
        return PaperKind::Roll80;
    for (PaperKind kind : {PaperKind::A4, PaperKind::A5}) {
        const QSizeF named = of(kind).sizeMm;
        if (near(sizeMm.width(), named.width()) && near(sizeMm.height(), named.height()))
            return kind;
    }
    return std::nullopt;
}

QPageLayout PageFormat::pageLayout(qreal heightMm) const
{
    const QSizeF size(sizeMm.width(), continuous ? heightMm : sizeMm.height());
    // A named size (A4, A5) keeps its name for the printer driver; a roll length is always custom.
    const QPageSize pageSize(size, QPageSize::Millimeter, QString(),
                             continuous ? QPageSize::ExactMatch : QPageSize::FuzzyMatch);
    return QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
}

} // namespace ow
