#include "core/SyntheticCatalog.h"

#include "core/RegionTable.h"

#include <QSet>
#include <QString>
#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace ow {

namespace {

// Items per unit at the default total: 2,100 + 7 x ~1,550 + 65 x 300 + 1,542 x 80 = 155,811.
constexpr qint64 kCityShare = 2100;
constexpr qint64 kTownshipShare = 300;
constexpr qint64 kVillageShare = 80;

struct CountySpec
{
    qint64 code;
    const char16_t* name;
    int townships;
};

// Jingmen's county-level units: five from GB/T 2260 and two functional areas, which have no code
// there (420871/420872 are invented for them).
constexpr std::array<CountySpec, SyntheticCatalog::countyCount> kCounties{{
    {420802, u"东宝区", 10},
    {420804, u"掇刀区", 6},
    {420882, u"京山市", 14},
    {420822, u"沙洋县", 13},
    {420881, u"钟祥市", 17},
    {420871, u"屈家岭管理区", 3},
    {420872, u"漳河新区", 2},
}};
static_assert([] {
    int sum = 0;
    for (const CountySpec& county : kCounties)
        sum += county.townships;
    return sum == SyntheticCatalog::townshipCount;
}());

// Characters place names of the region are made of.
constexpr char16_t kTownFirst[] =
    u"漳子牌仙马石栗龙团麻白双官杨新永罗柴胡客丰冷九温毛沈曾五李后高钱拾烟纪沙张"
    u"文郢彭孙宋钟黄雁";
constexpr char16_t kTownSecond[] = u"河陵楼居桥溪泉坪湖口集店铺岭山港湾堰台庙岗畈场坝庄寺洲驿";
constexpr char16_t kVillageFirst[] =
    u"新桥柳杨刘王李张陈周吴郑赵孙朱胡高林何郭马罗梁宋唐许邓冯韩曹彭曾萧田董潘袁"
    u"蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹"
    u"薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
constexpr char16_t kVillageSecond[] = u"河湾岭冲坪桥湖岗店庙垸台集铺山庄坝畈堰港塘沟园场坡林楼口洲寨寺";

// Sub-items (业务办理项) a city catalog lists under an item, by kind of power.
const QStringList& variantSuffixes(ItemKind kind)
{
    static const QStringList licensing{QStringLiteral("新办"), QStringLiteral("变更"),
                                       QStringLiteral("延续"), QStringLiteral("注销"),
                                       QStringLiteral("补证"), QStringLiteral("换证")};
    static const QStringList services{QStringLiteral("个人"), QStringLiteral("单位"),
                                      QStringLiteral("代办"), QStringLiteral("线上预约"),
                                      QStringLiteral("变更"), QStringLiteral("停止")};
    static const QStringList others{QStringLiteral("首次申请"), QStringLiteral("变更"),
                                    QStringLiteral("补办"),     QStringLiteral("注销"),
                                    QStringLiteral("个人"),     QStringLiteral("单位")};
    switch (kind) {
    case ItemKind::Licensing:
        return licensing;
    case ItemKind::PublicService:
    case ItemKind::Payment:
        return services;
    default:
        return others;
    }
}

// Department names that differ at county level.
QString countyDepartment(const QString& cityDepartment)
{
    static const QList<std::pair<QString, QString>> renamed{
        {QStringLiteral("卫生健康委员会"), QStringLiteral("卫生健康局")},
        {QStringLiteral("城市管理执法委员会"), QStringLiteral("城市管理执法局")},
        {QStringLiteral("消防救援支队"), QStringLiteral("消防救援大队")},
        {QStringLiteral("住房公积金中心"), QStringLiteral("住房公积金管理部")},
    };
    for (const auto& [city, county] : renamed) {
        if (cityDepartment == city)
            return county;
    }
    return cityDepartment;
}

// Items a township's service centre handles: services, payments and confirmations, and the
// non-licensing items of the departments serving residents. Villages take the services, payments and
// confirmations of those departments only (`villageLevel`).
bool personFacing(const ServiceItem& item, bool villageLevel)
{
    static const QSet<QString> departments{QStringLiteral("人力资源和社会保障局"),
                                           QStringLiteral("医疗保障局"),
                                           QStringLiteral("民政局"),
                                           QStringLiteral("残疾人联合会"),
                                           QStringLiteral("退役军人事务局"),
                                           QStringLiteral("卫生健康委员会"),
                                           QStringLiteral("农业农村局"),
                                           QStringLiteral("住房公积金中心"),
                                           QStringLiteral("教育局")};
    const bool service = item.kind == ItemKind::PublicService || item.kind == ItemKind::Confirmation ||
                         item.kind == ItemKind::Payment || item.kind == ItemKind::Reward;
    const bool residents = departments.contains(item.department);
    return villageLevel ? service && residents : service || (residents && item.kind != ItemKind::Licensing);
}

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// One city-level entry: a base item or one of its sub-items.
struct PoolEntry
{
    int base;
    int variant; // 0: the base item itself
};

// `count` entries of the pool, chosen pseudo-randomly by `seed`, base items before sub-items; returned as
// ascending pool indices.
std::vector<int> choose(const std::vector<PoolEntry>& pool, int count, std::uint64_t seed)
{
    const int size = int(pool.size());
    std::vector<std::pair<std::uint64_t, int>> keyed(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        const std::uint64_t subItem = pool[std::size_t(i)].variant > 0 ? 1ull << 63 : 0;
        keyed[std::size_t(i)] = {subItem | (mix(seed * 1000003u + std::uint64_t(i)) >> 1), i};
    }
    count = std::clamp(count, 0, size);
    std::nth_element(keyed.begin(), keyed.begin() + count, keyed.end());
    std::vector<int> chosen;
    chosen.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        chosen.push_back(keyed[std::size_t(i)].second);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

// A place name first[i] + second[j] + suffix not used before, walking the grid with a prime stride.
QString placeName(std::uint64_t& cursor, QSet<QString>& used, QStringView first, QStringView second,
                  QStringView suffix)
{
    const std::uint64_t grid = std::uint64_t(first.size() * second.size());
    for (;;) {
        const std::uint64_t attempt = cursor++;
        const std::uint64_t cell = (attempt * 7919u) % grid;
        QString name =
            QString(first.at(qsizetype(cell) / second.size())) + second.at(qsizetype(cell) % second.size());
        if (attempt >= grid) // grid exhausted: number the name
            name += QString::number(attempt / grid + 1);
        name += suffix;
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

struct Builder
{
    const QList<ServiceItem>& base;
    QList<ServiceItem> out;
    QSet<QString> codes;

    QString serial(const ServiceItem& item) const
    {
        return item.code.startsWith(QLatin1String("HB-JM-")) ? item.code.mid(6) : item.code;
    }

    void add(const ServiceItem& from, QString name, QString code, const QString& department)
    {
        if (codes.contains(code)) { // only for bases whose codes collide with the generated ones
            const QString stem = code;
            for (int n = 1; codes.contains(code); ++n)
                code = stem + QStringLiteral("-D") + QString::number(n);
        }
        codes.insert(code);
        ServiceItem item = from; // shares the materials list
        item.name = std::move(name);
        item.code = std::move(code);
        item.department = department;
        out.append(std::move(item));
    }

    void addEntry(const PoolEntry& entry, qint64 area, const QString& department)
    {
        const ServiceItem& item = base.at(entry.base);
        QString name = item.name;
        QString code =
            area == 0 ? item.code : QStringLiteral("HB-%1-%2").arg(QString::number(area), serial(item));
        if (entry.variant > 0) {
            name += QChar(u'（') + variantSuffixes(item.kind).at(entry.variant - 1) + QChar(u'）');
            code += QStringLiteral("-%1").arg(entry.variant, 2, 10, QLatin1Char('0'));
        }
        add(item, std::move(name), std::move(code), area == 0 ? item.department : department);
    }
};

} // namespace

QList<ServiceItem> SyntheticCatalog::generate(const QList<ServiceItem>& base, int total)
{
    if (total <= 0 || base.isEmpty())
        return {};
    const qint64 t = total;

    // The city's entries: base items first, then their sub-items round by round.
    std::vector<PoolEntry> cityPool;
    const qint64 cityWanted = std::max<qint64>(kCityShare, base.size());
    for (int i = 0; i < base.size(); ++i)
        cityPool.push_back({i, 0});
    for (int round = 1; round <= 6 && qint64(cityPool.size()) < cityWanted; ++round) {
        for (int i = 0; i < base.size() && qint64(cityPool.size()) < cityWanted; ++i) {
            const ServiceItem& item = base.at(i);
            const QString suffix = variantSuffixes(item.kind).at(round - 1);
            if (!item.name.contains(QChar(u'（')) && !item.name.contains(suffix.left(2)))
                cityPool.push_back({i, round});
        }
    }
    std::vector<PoolEntry> townshipPool;
    std::vector<PoolEntry> villagePool;
    for (const PoolEntry& entry : cityPool) {
        if (personFacing(base.at(entry.base), false))
            townshipPool.push_back(entry);
        if (personFacing(base.at(entry.base), true))
            villagePool.push_back(entry);
    }

    // Quotas per unit, scaled to the total; the counties take what is left.
    const qint64 villageQuota =
        std::min<qint64>(qint64(villagePool.size()), t * kVillageShare / defaultTotal);
    const qint64 townshipQuota =
        std::min<qint64>(qint64(townshipPool.size()), t * kTownshipShare / defaultTotal);
    const qint64 lower = villageQuota * villageCount + townshipQuota * townshipCount;
    const qint64 cityQuota = std::clamp<qint64>(std::max<qint64>(t * kCityShare / defaultTotal, base.size()),
                                                0, std::min<qint64>(qint64(cityPool.size()), t - lower));
    qint64 rest = t - lower - cityQuota;
    std::array<qint64, countyCount> countyQuota{};
    for (int c = 0; c < countyCount; ++c) {
        countyQuota[std::size_t(c)] =
            std::min<qint64>(qint64(cityPool.size()), (rest + countyCount - 1 - c) / countyCount);
    }
    for (qint64 q : countyQuota)
        rest -= q;
    std::vector<qint64> townshipQuotas(townshipCount, townshipQuota);
    std::vector<qint64> villageQuotas(villageCount, villageQuota);
    const auto spread = [&rest](std::vector<qint64>& quotas, qint64 limit) {
        for (bool grew = true; rest > 0 && grew;) {
            grew = false;
            for (qint64& q : quotas) {
                if (rest > 0 && q < limit) {
                    ++q;
                    --rest;
                    grew = true;
                }
            }
        }
    };
    spread(townshipQuotas, qint64(townshipPool.size()));
    spread(villageQuotas, qint64(villagePool.size()));

    Builder builder{base, {}, {}};
    builder.out.reserve(total);
    builder.codes.reserve(total);
    for (qint64 i = 0; i < cityQuota; ++i)
        builder.addEntry(cityPool[std::size_t(i)], 0, {});
    for (qint64 extra = 0; extra < rest; ++extra) { // a base too small for the total
        const ServiceItem& item = base.at(int(extra % base.size()));
        builder.add(item, item.name + QStringLiteral("（办理项%1）").arg(extra + 1),
                    item.code + QStringLiteral("-X%1").arg(extra + 1), item.department);
    }

    std::uint64_t townCursor = 0;
    std::uint64_t villageCursor = 0;
    QSet<QString> townNames;
    QSet<QString> villageNames;
    int township = 0;
    int village = 0;
    for (int c = 0; c < countyCount; ++c) {
        const CountySpec& spec = kCounties[std::size_t(c)];
        const QString tableName = RegionTable::builtIn().name(int(spec.code));
        const QString county = tableName.isEmpty() ? QString::fromUtf16(spec.name) : tableName;
        for (int i : choose(cityPool, int(countyQuota[std::size_t(c)]), std::uint64_t(spec.code))) {
            const PoolEntry& entry = cityPool[std::size_t(i)];
            builder.addEntry(entry, spec.code, county + countyDepartment(base.at(entry.base).department));
        }
        for (int k = 0; k < spec.townships; ++k, ++township) {
            const bool subdistrict = k % 7 == 3; // 街道: its villages are partly communities
            const QString town = placeName(townCursor, townNames, kTownFirst, kTownSecond,
                                           subdistrict ? u"街道" : (k % 5 == 4 ? u"乡" : u"镇"));
            const qint64 townCode = spec.code * 1000 + (subdistrict ? 1 + k : 100 + k);
            const QString townDepartment =
                town + (subdistrict ? QStringLiteral("办事处") : QStringLiteral("人民政府"));
            for (int i :
                 choose(townshipPool, int(townshipQuotas[std::size_t(township)]), std::uint64_t(townCode)))
                builder.addEntry(townshipPool[std::size_t(i)], townCode, townDepartment);

            // 1,542 villages over 65 townships: 23 or 24 each.
            const int villages =
                villageCount / townshipCount + (township < villageCount % townshipCount ? 1 : 0);
            for (int j = 0; j < villages; ++j, ++village) {
                const bool community = subdistrict && j % 2 == 0;
                const QString name = placeName(villageCursor, villageNames, kVillageFirst, kVillageSecond,
                                               community ? u"社区" : u"村");
                const QString department =
                    name + (community ? QStringLiteral("居民委员会") : QStringLiteral("村民委员会"));
                const qint64 villageCode = townCode * 1000 + (community ? 1 + j : 200 + j);
                for (int i : choose(villagePool, int(villageQuotas[std::size_t(village)]),
                                    std::uint64_t(villageCode)))
                    builder.addEntry(villagePool[std::size_t(i)], villageCode, department);
            }
        }
    }
    return builder.out;
}

} // namespace ow
