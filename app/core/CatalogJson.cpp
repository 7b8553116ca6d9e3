#include "core/CatalogJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <array>
#include <utility>

namespace ow {

namespace {

const std::array<std::pair<ItemKind, QLatin1String>, 8> kindNames{{
    {ItemKind::Licensing, QLatin1String("licensing")},
    {ItemKind::Payment, QLatin1String("payment")},
    {ItemKind::Confirmation, QLatin1String("confirmation")},
    {ItemKind::Levy, QLatin1String("levy")},
    {ItemKind::Reward, QLatin1String("reward")},
    {ItemKind::Ruling, QLatin1String("ruling")},
    {ItemKind::OtherPower, QLatin1String("otherPower")},
    {ItemKind::PublicService, QLatin1String("publicService")},
}};

const std::array<std::pair<MaterialForm, QLatin1String>, 3> formNames{{
    {MaterialForm::Original, QLatin1String("original")},
    {MaterialForm::Copy, QLatin1String("copy")},
    {MaterialForm::OriginalAndCopy, QLatin1String("originalAndCopy")},
}};

const std::array<std::pair<DeliveryMethod, QLatin1String>, 3> deliveryNames{{
    {DeliveryMethod::Counter, QLatin1String("counter")},
    {DeliveryMethod::Mail, QLatin1String("mail")},
    {DeliveryMethod::Electronic, QLatin1String("electronic")},
}};

template <typename Enum, std::size_t N>
bool lookup(const std::array<std::pair<Enum, QLatin1String>, N>& table, const QString& name, Enum& out)
{
    for (const auto& [value, text] : table) {
        if (name == text) {
            out = value;
            return true;
        }
    }
    return false;
}

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1String>, N>& table, Enum value)
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value)
            return text;
    }
    return {};
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

Error invalid(const QString& what)
{
    return Error{QStringLiteral("catalog.invalid"),
                 CatalogJson::tr("The catalog data is not valid: %1").arg(what)};
}

Result<QJsonArray> arrayOf(const QByteArray& json, QLatin1String key)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            QStringLiteral("catalog.json"),
            CatalogJson::tr("The catalog data is not well-formed JSON (%1).").arg(parseError.errorString())};
    const QJsonValue value = document.object().value(key);
    if (!value.isArray())
        return invalid(CatalogJson::tr("the list \"%1\" is missing.").arg(key));
    return value.toArray();
}

Result<MaterialRequirement> materialFromJson(const QJsonObject& object)
{
    MaterialRequirement material;
    material.name = object.value(QLatin1String("name")).toString().trimmed();
    if (material.name.isEmpty())
        return invalid(CatalogJson::tr("a material has no name."));
    if (!lookup(formNames, object.value(QLatin1String("form")).toString(QStringLiteral("original")),
                material.form))
        return invalid(CatalogJson::tr("the material \"%1\" has an unknown form.").arg(material.name));
    material.copies = object.value(QLatin1String("copies")).toInt(1);
    if (material.copies < 0 || material.copies > 99)
        return invalid(CatalogJson::tr("the material \"%1\" asks for %2 copies.")
                           .arg(material.name)
                           .arg(material.copies));
    material.required = object.value(QLatin1String("required")).toBool(true);
    material.licenceTypes = strings(object.value(QLatin1String("licenceTypes")));
    material.commitmentAllowed = object.value(QLatin1String("commitmentAllowed")).toBool(false);
    return material;
}

} // namespace

Result<ServiceItem> CatalogJson::itemFromJson(const QJsonObject& object)
{
    ServiceItem item;
    item.code = object.value(QLatin1String("code")).toString().trimmed();
    item.name = object.value(QLatin1String("name")).toString().trimmed();
    item.department = object.value(QLatin1String("department")).toString().trimmed();
    if (item.code.isEmpty() || item.name.isEmpty() || item.department.isEmpty())
        return invalid(CatalogJson::tr("an item lacks its code, name or department."));
    if (!lookup(kindNames, object.value(QLatin1String("kind")).toString(), item.kind))
        return invalid(CatalogJson::tr("the item %1 has an unknown kind.").arg(item.code));
    item.promisedDays = object.value(QLatin1String("promisedDays")).toInt(-1);
    item.legalDays = object.value(QLatin1String("legalDays")).toInt(-1);
    if (item.promisedDays < 0 || item.legalDays < 0 || item.promisedDays > item.legalDays ||
        item.legalDays > 999)
        return invalid(CatalogJson::tr("the item %1 has impossible time limits.").arg(item.code));
    item.feeFen = object.value(QLatin1String("feeFen")).toInteger(0);
    if (item.feeFen < 0)
        return invalid(CatalogJson::tr("the item %1 has a negative fee.").arg(item.code));
    item.deliveryOptions = {};
    for (const QString& name : strings(object.value(QLatin1String("deliveryOptions")))) {
        DeliveryMethod method = DeliveryMethod::None;
        if (!lookup(deliveryNames, name, method))
            return invalid(CatalogJson::tr("the item %1 has an unknown delivery option.").arg(item.code));
        item.deliveryOptions |= method;
    }
    if (!item.deliveryOptions)
        item.deliveryOptions = DeliveryMethod::Counter;
    for (const QJsonValue& value : object.value(QLatin1String("materials")).toArray()) {
        Result<MaterialRequirement> material = materialFromJson(value.toObject());
        if (!material)
            return material.error();
        item.materials << std::move(material).value();
    }
    return item;
}

QJsonObject CatalogJson::itemToJson(const ServiceItem& item)
{
    QJsonArray delivery;
    for (const auto& [method, name] : deliveryNames) {
        if (item.deliveryOptions.testFlag(method))
            delivery << QString(name);
    }
    QJsonArray materials;
    for (const MaterialRequirement& m : item.materials) {
        materials << QJsonObject{{QStringLiteral("name"), m.name},
                                 {QStringLiteral("form"), nameOf(formNames, m.form)},
                                 {QStringLiteral("copies"), m.copies},
                                 {QStringLiteral("required"), m.required},
                                 {QStringLiteral("licenceTypes"), QJsonArray::fromStringList(m.licenceTypes)},
                                 {QStringLiteral("commitmentAllowed"), m.commitmentAllowed}};
    }
    return QJsonObject{{QStringLiteral("code"), item.code},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("department"), item.department},
                       {QStringLiteral("kind"), nameOf(kindNames, item.kind)},
                       {QStringLiteral("promisedDays"), item.promisedDays},
                       {QStringLiteral("legalDays"), item.legalDays},
                       {QStringLiteral("feeFen"), item.feeFen},
                       {QStringLiteral("deliveryOptions"), delivery},
                       {QStringLiteral("materials"), materials}};
}

Result<QList<ServiceItem>> CatalogJson::parseItems(const QByteArray& json)
{
    Result<QJsonArray> array = arrayOf(json, QLatin1String("items"));
    if (!array)
        return array.error();
    QList<ServiceItem> items;
    items.reserve(array->size());
    for (const QJsonValue& value : *array) {
        Result<ServiceItem> item = itemFromJson(value.toObject());
        if (!item)
            return item.error();
        items << std::move(item).value();
    }
    return items;
}

Result<QList<Theme>> CatalogJson::parseThemes(const QByteArray& json)
{
    Result<QJsonArray> array = arrayOf(json, QLatin1String("themes"));
    if (!array)
        return array.error();
    QList<Theme> themes;
    for (const QJsonValue& value : *array) {
        const QJsonObject object = value.toObject();
        Theme theme{object.value(QLatin1String("code")).toString().trimmed(),
                    object.value(QLatin1String("name")).toString().trimmed(),
                    strings(object.value(QLatin1String("itemCodes")))};
        if (theme.code.isEmpty() || theme.name.isEmpty() || theme.itemCodes.size() < 2)
            return invalid(CatalogJson::tr("a theme needs a code, a name and at least two items."));
        themes << theme;
    }
    return themes;
}

} // namespace ow
