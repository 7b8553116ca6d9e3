#pragma once

// DemoCards: made-up cards of the three kinds (valid numbers, real layout) for demo mode to present on
// the simulated reader, from the scenarios of a day at the Jingmen city hall.

#include "devices/IdCardData.h"

#include <QList>

namespace ow {

class DemoCards
{
public:
    // 张伟 (resident, 汉), 王丽 (resident, 土家, 长期), 陈家明 (Hong Kong resident's permit), SMITH, JOHN
    // ALEXANDER (foreign permanent resident card).
    static QList<IdCardData> all();
};

} // namespace ow
