#include "core/IntakeDraftJson.h"

#include "core/CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {

QJsonObject choiceToJson(const MaterialChoice& choice)
{
    QJsonObject o{{QLatin1String("requirementName"), choice.requirementName},
                  {QLatin1String("blobs"), QJsonArray::fromStringList(choice.blobHashes)},
                  {QLatin1String("reference"), choice.reference}};
    if (choice.source)
        o.insert(QLatin1String("source"), CaseJson::sourceName(*choice.source));
    return o;
}

MaterialChoice choiceFromJson(const QJsonObject& o)
{
    MaterialChoice choice;
    choice.requirementName = o.value(QLatin1String("requirementName")).toString();
    if (o.contains(QLatin1String("source")))
        choice.source = CaseJson::sourceFromName(o.value(QLatin1String("source")).toString());
    for (const QJsonValue& hash : o.value(QLatin1String("blobs")).toArray())
        choice.blobHashes.append(hash.toString());
    choice.reference = o.value(QLatin1String("reference")).toString();
    return choice;
}

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QByteArray IntakeDraftJson::toJson(const IntakeDraft& draft)
{
    QJsonArray materials;
    for (const MaterialChoice& choice : draft.materials)
        materials.append(choiceToJson(choice));
    QJsonObject o{{QLatin1String("format"), formatVersion},
                  {QLatin1String("uuid"), draft.uuid.toString(QUuid::WithoutBraces)},
                  {QLatin1String("clerk"), draft.clerk},
                  {QLatin1String("window"), draft.window},
                  {QLatin1String("startedAt"), draft.startedAt.toString(Qt::ISODateWithMs)},
                  {QLatin1String("updatedAt"), draft.updatedAt.toString(Qt::ISODateWithMs)},
                  {QLatin1String("step"), static_cast<int>(draft.step)},
                  {QLatin1String("applicant"), CaseJson::applicantToJson(draft.applicant)},
                  {QLatin1String("themeCode"), draft.themeCode},
                  {QLatin1String("itemCodes"), QJsonArray::fromStringList(draft.itemCodes)},
                  {QLatin1String("materials"), materials},
                  {QLatin1String("delivery"), CaseJson::deliveryName(draft.delivery)},
                  {QLatin1String("mailingAddress"), draft.mailingAddress},
                  {QLatin1String("ticketNumber"), draft.ticketNumber}};
    if (draft.agent)
        o.insert(QLatin1String("agent"), CaseJson::personToJson(*draft.agent));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<IntakeDraft> IntakeDraftJson::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject o = document.object();
    if (!document.isObject() || o.value(QLatin1String("format")).toInt() != formatVersion)
        return Error{QStringLiteral("draft.format"), tr("The saved intake cannot be read: it is not a draft "
                                                        "of this version of OneWindow.")};
    IntakeDraft draft;
    draft.uuid = QUuid::fromString(o.value(QLatin1String("uuid")).toString());
    if (draft.uuid.isNull())
        return Error{QStringLiteral("draft.format"),
                     tr("The saved intake cannot be read: it has no identifier.")};
    draft.clerk = o.value(QLatin1String("clerk")).toString();
    draft.window = o.value(QLatin1String("window")).toString();
    draft.startedAt = timeOf(o.value(QLatin1String("startedAt")));
    draft.updatedAt = timeOf(o.value(QLatin1String("updatedAt")));
    draft.step = static_cast<IntakeStep>(
        std::clamp(o.value(QLatin1String("step")).toInt(), 0, static_cast<int>(IntakeStep::Review)));
    draft.applicant = CaseJson::applicantFromJson(o.value(QLatin1String("applicant")).toObject());
    if (o.contains(QLatin1String("agent")))
        draft.agent = CaseJson::personFromJson(o.value(QLatin1String("agent")).toObject());
    draft.themeCode = o.value(QLatin1String("themeCode")).toString();
    for (const QJsonValue& code : o.value(QLatin1String("itemCodes")).toArray())
        draft.itemCodes.append(code.toString());
    for (const QJsonValue& choice : o.value(QLatin1String("materials")).toArray())
        draft.materials.append(choiceFromJson(choice.toObject()));
    draft.delivery = CaseJson::deliveryFromName(o.value(QLatin1String("delivery")).toString());
    draft.mailingAddress = o.value(QLatin1String("mailingAddress")).toString();
    draft.ticketNumber = o.value(QLatin1String("ticketNumber")).toString();
    return draft;
}

} // namespace ow
