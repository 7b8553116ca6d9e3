#include "print/PrintStyle.h"

#include "print/LayoutUnits.h"

#include <QFontMetricsF>

namespace ow {

namespace {

struct RoleSpec
{
    qreal points;
    bool bold;
};

// Indexed by FontRole.
constexpr RoleSpec roleSpecs[] = {
    {16.0, true},  // Title
    {11.0, true},  // Heading
    {10.0, false}, // Body
    {10.0, true},  // Strong
    {8.0, false},  // Small
    {14.0, true},  // Large
    {36.0, true},  // Huge
    {9.0, false},  // Compact
    {9.0, true},   // CompactStrong
};

} // namespace

PrintStyle::PrintStyle(const QString& family)
    : m_family(family)
{
    for (size_t i = 0; i < m_roles.size(); ++i) {
        QFont font(family);
        font.setPixelSize(qRound(units::pt(roleSpecs[i].points)));
        font.setBold(roleSpecs[i].bold);
        font.setHintingPreference(QFont::PreferNoHinting); // metrics must not depend on the device
        // Glyphs straight from the font's character map: HarfBuzz's Latin shaping picks digit variants
        // that Qt 6.4's PDF writer cannot map back to text (pdftotext, search and copy lose them).
        font.setStyleStrategy(QFont::PreferNoShaping);
        const QFontMetricsF fm(font);
        Metrics& m = m_roles[i];
        m.font = font;
        // CJK fonts carry generous ascent and descent; their natural height reads well as the line.
        m.lineHeight = fm.height() * 1.08;
        m.baseline = (m.lineHeight - fm.height()) / 2.0 + fm.ascent();
    }
}

} // namespace ow
