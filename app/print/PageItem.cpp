#include "print/PageItem.h"

namespace ow {

PageItem translated(const PageItem& item, QPointF offset)
{
    return std::visit(
        [offset](auto copy) -> PageItem {
            using T = std::decay_t<decltype(copy)>;
            if constexpr (std::is_same_v<T, TextItem>)
                copy.baseline += offset;
            else if constexpr (std::is_same_v<T, LineItem>)
                copy.line.translate(offset);
            else
                copy.rect.translate(offset);
            return copy;
        },
        item);
}

} // namespace ow
