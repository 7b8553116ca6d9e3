#pragma once

// ServiceItem: one service item (事项) of the catalog with its service guide's materials list.

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The kind of power an item exercises. Stored in the database by value: append only.
enum class ItemKind
{
    Licensing = 0,     // 行政许可
    Payment = 1,       // 行政给付
    Confirmation = 2,  // 行政确认
    Levy = 3,          // 行政征收
    Reward = 4,        // 行政奖励
    Ruling = 5,        // 行政裁决
    OtherPower = 6,    // 其他行政权力
    PublicService = 7, // 公共服务
};

// How a result reaches the applicant. Stored as a bit mask: never renumber.
enum class DeliveryMethod
{
    None = 0,
    Counter = 1,    // 统一出件: picked up at the delivery counter
    Mail = 2,       // 免费邮寄
    Electronic = 4, // 电子送达
};
using DeliveryMethods = QFlags<DeliveryMethod>;
Q_DECLARE_OPERATORS_FOR_FLAGS(DeliveryMethods)

// Whether the original or a copy of a document is asked for. Stored by value: append only.
enum class MaterialForm
{
    Original = 0,
    Copy = 1,
    OriginalAndCopy = 2
};

// One line of an item's materials list (材料清单).
struct MaterialRequirement
{
    QString name;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    bool required = true;
    QStringList licenceTypes;       // electronic licence types that replace the paper (免提交)
    bool commitmentAllowed = false; // may be missing at acceptance under a written commitment (容缺)
};

struct ServiceItem
{
    QString code;
    QString name;
    QString department;
    ItemKind kind = ItemKind::Licensing;
    int promisedDays = 0; // 承诺办结时限, working days
    int legalDays = 0;    // 法定办结时限, working days
    qint64 feeFen = 0;    // fee in fen (分); 0 = free
    DeliveryMethods deliveryOptions = DeliveryMethod::Counter;
    QList<MaterialRequirement> materials;
};

} // namespace ow
