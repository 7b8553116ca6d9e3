#pragma once

// SyntheticCatalog: a deterministic city-scale service catalog (a city, 7 counties, 65 townships and
// 1,542 villages, 155,811 items by default) grown from a base catalog, for the catalog search benchmark
// and for seeding the reference server at full scale.

#include "core/ServiceItem.h"

#include <QList>

namespace ow {

class SyntheticCatalog
{
public:
    static constexpr int defaultTotal = 155811;
    static constexpr int countyCount = 7;
    static constexpr int townshipCount = 65;
    static constexpr int villageCount = 1542;

    // Exactly `total` items (none for total <= 0 or an empty base) with unique codes, the same for the
    // same input. The shape of a real prefecture's catalog ("四级四同": an item has the same name at
    // every level, the implementing department and the code differ):
    //  - city: the base items unchanged (codes and departments as given), then sub-items of them
    //    ("食品经营许可（延续）", code "<base>-03") up to about 2,100 items;
    //  - 7 counties (the Jingmen districts and county-level cities of the GB/T 2260 table, plus the
    //    屈家岭管理区 and 漳河新区 functional areas): ~1,550 of the city's items each, departments
    //    "东宝区市场监督管理局", codes "HB-420802-<base serial>";
    //  - 65 townships ("漳河镇人民政府", "龙泉街道办事处"): 300 items each, from the services, payments,
    //    confirmations and the non-licensing items of the departments serving residents;
    //  - 1,542 villages and communities ("新桥村村民委员会"): 80 items each, from those departments'
    //    services, payments and confirmations ("城乡居民基本养老保险参保登记", "残疾人证核发").
    // Every unit takes base items before sub-items, chosen pseudo-randomly per unit.
    // Township and village names are invented deterministically; their codes follow the statistical
    // area codes (9 and 12 digits). Materials lists are shared with the base items (implicitly shared).
    // For other totals every level is scaled down and the counties take the remainder.
    static QList<ServiceItem> generate(const QList<ServiceItem>& base, int total = defaultTotal);
};

} // namespace ow
