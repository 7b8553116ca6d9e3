#pragma once

// Layout units: every print layout is computed in dots of a virtual 1200 dpi device (QPdfWriter's
// default resolution), so text measurement does not depend on the printer or screen it ends up on.

#include <QtGlobal>

namespace ow::units {

inline constexpr qreal layoutDpi = 1200.0;

// Millimetres to layout units.
constexpr qreal mm(qreal millimetres)
{
    return millimetres * layoutDpi / 25.4;
}

// Typographic points (1/72 inch) to layout units.
constexpr qreal pt(qreal points)
{
    return points * layoutDpi / 72.0;
}

// Layout units back to millimetres.
constexpr qreal toMm(qreal units)
{
    return units * 25.4 / layoutDpi;
}

} // namespace ow::units
