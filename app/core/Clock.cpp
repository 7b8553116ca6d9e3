#include "core/Clock.h"

namespace ow {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace ow
