#include "core/CaseJson.h"

#include <QJsonArray>
#include <array>
#include <utility>

namespace ow {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, QLatin1String>, N>& table, const QString& name)
{
    for (const auto& [value, text] : table) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QLatin1String nameOf(const std::array<std::pair<Enum, QLatin1String>, N>& table, Enum value)
{
    for (const auto& [entry, text] : table) {
        if (entry == value)
            return text;
    }
    return table.front().second;
}

const std::array<std::pair<CaseStatus, QLatin1String>, 9> statusNames{{
    {CaseStatus::Draft, QLatin1String("draft")},
    {CaseStatus::Accepted, QLatin1String("accepted")},
    {CaseStatus::Dispatched, QLatin1String("dispatched")},
    {CaseStatus::InProcess, QLatin1String("inProcess")},
    {CaseStatus::Completed, QLatin1String("completed")},
    {CaseStatus::ResultReady, QLatin1String("resultReady")},
    {CaseStatus::Delivered, QLatin1String("delivered")},
    {CaseStatus::Refused, QLatin1String("refused")},
    {CaseStatus::ReturnedForMaterials, QLatin1String("returnedForMaterials")},
}};

const std::array<std::pair<MaterialSource, QLatin1String>, 5> sourceNames{{
    {MaterialSource::Pages, QLatin1String("pages")},
    {MaterialSource::ElectronicLicence, QLatin1String("electronicLicence")},
    {MaterialSource::Reused, QLatin1String("reused")},
    {MaterialSource::OriginalSeen, QLatin1String("originalSeen")},
    {MaterialSource::Commitment, QLatin1String("commitment")},
}};

const std::array<std::pair<DeliveryMethod, QLatin1String>, 4> deliveryNames{{
    {DeliveryMethod::Counter, QLatin1String("counter")},
    {DeliveryMethod::Mail, QLatin1String("mail")},
    {DeliveryMethod::Electronic, QLatin1String("electronic")},
    {DeliveryMethod::None, QLatin1String("none")},
}};

const std::array<std::pair<Gender, QLatin1String>, 3> genderNames{{
    {Gender::Unknown, QLatin1String("unknown")},
    {Gender::Male, QLatin1String("male")},
    {Gender::Female, QLatin1String("female")},
}};

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A time with its zone, as the central API requires ("...+08:00"): a local QDateTime alone would be
// written without one.
QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs)
                          : QString();
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QLatin1String CaseJson::statusName(CaseStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<CaseStatus> CaseJson::statusFromName(const QString& name)
{
    return lookup(statusNames, name);
}

QLatin1String CaseJson::sourceName(MaterialSource source)
{
    return nameOf(sourceNames, source);
}

std::optional<MaterialSource> CaseJson::sourceFromName(const QString& name)
{
    return lookup(sourceNames, name);
}

QLatin1String CaseJson::deliveryName(DeliveryMethod method)
{
    return nameOf(deliveryNames, method);
}

DeliveryMethod CaseJson::deliveryFromName(const QString& name)
{
    return lookup(deliveryNames, name).value_or(DeliveryMethod::Counter);
}

QJsonObject CaseJson::personToJson(const NaturalPerson& p)
{
    QJsonObject o{{QLatin1String("idNumber"), p.idNumber},
                  {QLatin1String("name"), p.name},
                  {QLatin1String("gender"), nameOf(genderNames, p.gender)},
                  {QLatin1String("ethnicity"), p.ethnicity},
                  {QLatin1String("birthDate"), dateText(p.birthDate)},
                  {QLatin1String("address"), p.address},
                  {QLatin1String("phone"), p.phone},
                  {QLatin1String("idValidLongTerm"), p.idValidLongTerm}};
    if (p.idValidUntil.isValid())
        o.insert(QLatin1String("idValidUntil"), dateText(p.idValidUntil));
    return o;
}

NaturalPerson CaseJson::personFromJson(const QJsonObject& o)
{
    NaturalPerson p;
    p.idNumber = text(o, "idNumber");
    p.name = text(o, "name");
    p.gender = lookup(genderNames, text(o, "gender")).value_or(Gender::Unknown);
    p.ethnicity = text(o, "ethnicity");
    p.birthDate = dateOf(o.value(QLatin1String("birthDate")));
    p.address = text(o, "address");
    p.phone = text(o, "phone");
    p.idValidLongTerm = o.value(QLatin1String("idValidLongTerm")).toBool();
    p.idValidUntil = dateOf(o.value(QLatin1String("idValidUntil")));
    return p;
}

QJsonObject CaseJson::applicantToJson(const Applicant& applicant)
{
    if (applicant.isPerson()) {
        QJsonObject o = personToJson(applicant.person);
        o.insert(QLatin1String("kind"), QLatin1String("person"));
        return o;
    }
    const Enterprise& e = applicant.enterprise;
    return {{QLatin1String("kind"), QLatin1String("enterprise")},
            {QLatin1String("creditCode"), e.creditCode},
            {QLatin1String("name"), e.name},
            {QLatin1String("legalRepresentative"), e.legalRepresentative},
            {QLatin1String("address"), e.address},
            {QLatin1String("phone"), e.phone}};
}

Applicant CaseJson::applicantFromJson(const QJsonObject& o)
{
    Applicant applicant;
    if (text(o, "kind") == QLatin1String("enterprise")) {
        applicant.kind = ApplicantKind::Enterprise;
        applicant.enterprise =
            Enterprise{text(o, "creditCode"), text(o, "name"), text(o, "legalRepresentative"),
                       text(o, "address"), text(o, "phone")};
        return applicant;
    }
    applicant.person = personFromJson(o);
    return applicant;
}

QJsonObject CaseJson::materialToJson(const CaseMaterial& m)
{
    QJsonObject o{{QLatin1String("requirementName"), m.requirementName},
                  {QLatin1String("source"), sourceName(m.source)},
                  {QLatin1String("pageCount"), m.pageCount}};
    if (!m.blobHashes.isEmpty())
        o.insert(QLatin1String("blobs"), QJsonArray::fromStringList(m.blobHashes));
    if (!m.reference.isEmpty())
        o.insert(QLatin1String("reference"), m.reference);
    return o;
}

CaseMaterial CaseJson::materialFromJson(const QJsonObject& o)
{
    CaseMaterial m;
    m.requirementName = text(o, "requirementName");
    m.source = sourceFromName(text(o, "source")).value_or(MaterialSource::Pages);
    m.pageCount = o.value(QLatin1String("pageCount")).toInt();
    for (const QJsonValue& hash : o.value(QLatin1String("blobs")).toArray())
        m.blobHashes.append(hash.toString());
    m.reference = text(o, "reference");
    return m;
}

QJsonObject CaseJson::caseToJson(const CaseRecord& record, const Applicant& applicant,
                                 const std::optional<NaturalPerson>& agent)
{
    QJsonArray materials;
    for (const CaseMaterial& material : record.materials)
        materials.append(materialToJson(material));
    QJsonArray history;
    for (const StatusChange& change : record.history) {
        history.append(QJsonObject{{QLatin1String("status"), statusName(change.status)},
                                   {QLatin1String("at"), timeText(change.at)},
                                   {QLatin1String("by"), change.by},
                                   {QLatin1String("note"), change.note}});
    }
    QJsonObject o{{QLatin1String("uuid"), record.uuid.toString(QUuid::WithoutBraces)},
                  {QLatin1String("acceptanceNumber"), record.acceptanceNumber},
                  {QLatin1String("applicant"), applicantToJson(applicant)},
                  {QLatin1String("itemCodes"), QJsonArray::fromStringList(record.itemCodes)},
                  {QLatin1String("window"), record.window},
                  {QLatin1String("clerk"), record.clerk},
                  {QLatin1String("status"), statusName(record.status)},
                  {QLatin1String("acceptedAt"), timeText(record.acceptedAt)},
                  {QLatin1String("deadline"), dateText(record.deadline)},
                  {QLatin1String("deadlineProvisional"), record.deadlineProvisional},
                  {QLatin1String("delivery"), deliveryName(record.delivery)},
                  {QLatin1String("queryCodeHash"), QString::fromLatin1(record.queryCodeHash.toHex())},
                  {QLatin1String("materials"), materials},
                  {QLatin1String("history"), history}};
    if (agent)
        o.insert(QLatin1String("agent"), personToJson(*agent));
    if (!record.themeCode.isEmpty())
        o.insert(QLatin1String("themeCode"), record.themeCode);
    return o;
}

} // namespace ow
