#include "CaseDocument.h"

#include "ApiFailure.h"
#include "ApplicantRoutes.h"
#include "JsonReader.h"
#include "MaterialStore.h"
#include "TimeText.h"
#include "core/ResidentId.h"

#include <QJsonArray>
#include <QUuid>

namespace ow::central {

namespace {

const QStringList sourceNames{QStringLiteral("pages"), QStringLiteral("electronicLicence"),
                              QStringLiteral("reused"), QStringLiteral("originalSeen"),
                              QStringLiteral("commitment")};
const QStringList deliveryNames{QStringLiteral("counter"), QStringLiteral("mail"),
                                QStringLiteral("electronic"), QStringLiteral("none")};

[[noreturn]] void unprocessable(const QString& code, const QString& message, const QString& field)
{
    throw ApiFailure::unprocessable(code, message, QJsonObject{{QStringLiteral("field"), field}});
}

QString checkedTime(const JsonReader& reader, const QString& key)
{
    const QString text = reader.string(key);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        unprocessable(
            QStringLiteral("case.invalidTime"),
            QStringLiteral("%1 must be an ISO 8601 time with a zone, e.g. 2025-10-20T10:41:00+08:00.")
                .arg(reader.pathOf(key)),
            reader.pathOf(key));
    return isoUtc(time);
}

void checkName(const JsonReader& reader, const QString& key, const QStringList& names, const QString& code)
{
    const QString value = reader.string(key);
    if (!names.contains(value))
        unprocessable(code,
                      QStringLiteral("%1 is \"%2\"; it must be one of %3.")
                          .arg(reader.pathOf(key), value, names.join(QStringLiteral(", "))),
                      reader.pathOf(key));
}

} // namespace

const QStringList& CaseDocument::statusNames()
{
    static const QStringList names{
        QStringLiteral("draft"),     QStringLiteral("accepted"),  QStringLiteral("dispatched"),
        QStringLiteral("inProcess"), QStringLiteral("completed"), QStringLiteral("resultReady"),
        QStringLiteral("delivered"), QStringLiteral("refused"),   QStringLiteral("returnedForMaterials")};
    return names;
}

CaseDocument CaseDocument::parse(const JsonReader& body, const QString& uuid)
{
    CaseDocument doc;
    doc.json = body.json();
    const QUuid pathUuid = QUuid::fromString(uuid);
    if (pathUuid.isNull())
        throw ApiFailure::badRequest(QStringLiteral("case.invalidUuid"),
                                     QStringLiteral("The case is named by its UUID in the path."));
    doc.uuid = pathUuid.toString(QUuid::WithoutBraces);
    if (QUuid::fromString(body.string(QStringLiteral("uuid"))) != pathUuid)
        unprocessable(QStringLiteral("case.uuidMismatch"),
                      QStringLiteral("The uuid differs from the one in the path."), QStringLiteral("uuid"));

    const Result<AcceptanceNumberParts> parts =
        AcceptanceNumber::parse(body.string(QStringLiteral("acceptanceNumber")));
    if (!parts)
        unprocessable(QStringLiteral("case.invalidAcceptanceNumber"), parts.error().message,
                      QStringLiteral("acceptanceNumber"));
    doc.parts = *parts;
    doc.acceptanceNumber = AcceptanceNumber::compose(*parts).value();
    doc.json.insert(QStringLiteral("acceptanceNumber"), doc.acceptanceNumber);

    const JsonReader applicant = body.object(QStringLiteral("applicant"));
    ApplicantRoutes::checkedKey(applicant);
    if (const std::optional<JsonReader> agent = body.optionalObject(QStringLiteral("agent"))) {
        const QString id = agent->string(QStringLiteral("idNumber")).toUpper();
        if (id.size() != 18 || ResidentId::computeCheckChar(QStringView(id).left(17)) != id.at(17))
            unprocessable(QStringLiteral("applicant.invalidKey"),
                          QStringLiteral("The agent's ID number is not valid."),
                          QStringLiteral("agent.idNumber"));
        agent->string(QStringLiteral("name"));
    }

    doc.itemCodes = body.stringList(QStringLiteral("itemCodes"));
    if (doc.itemCodes.isEmpty())
        unprocessable(QStringLiteral("case.noItems"), QStringLiteral("A case takes in at least one item."),
                      QStringLiteral("itemCodes"));
    body.string(QStringLiteral("window"));
    body.string(QStringLiteral("clerk"));
    checkName(body, QStringLiteral("status"), statusNames(), QStringLiteral("case.unknownStatus"));
    doc.status = body.string(QStringLiteral("status"));
    if (doc.status == QLatin1String("draft"))
        unprocessable(QStringLiteral("case.draft"),
                      QStringLiteral("Drafts stay on the window; send accepted cases."),
                      QStringLiteral("status"));
    doc.acceptedAt = checkedTime(body, QStringLiteral("acceptedAt"));
    doc.json.insert(QStringLiteral("acceptedAt"), doc.acceptedAt);
    if (const std::optional<QString> deadline = body.optionalString(QStringLiteral("deadline"));
        deadline && !deadline->isEmpty() && !QDate::fromString(*deadline, Qt::ISODate).isValid())
        unprocessable(QStringLiteral("case.invalidDate"),
                      QStringLiteral("deadline must be a date, yyyy-MM-dd."), QStringLiteral("deadline"));
    body.optionalBoolean(QStringLiteral("deadlineProvisional"));
    checkName(body, QStringLiteral("delivery"), deliveryNames, QStringLiteral("case.unknownDelivery"));
    body.optionalString(QStringLiteral("queryCodeHash"));
    body.optionalString(QStringLiteral("themeCode"));

    const QJsonArray materials = body.array(QStringLiteral("materials"));
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const JsonReader material = body.objectAt(materials, i, QStringLiteral("materials"));
        material.string(QStringLiteral("requirementName"));
        checkName(material, QStringLiteral("source"), sourceNames, QStringLiteral("case.unknownSource"));
        if (material.integer(QStringLiteral("pageCount")) < 0)
            unprocessable(QStringLiteral("case.invalidPageCount"),
                          QStringLiteral("pageCount cannot be negative."),
                          material.pathOf(QStringLiteral("pageCount")));
        material.optionalString(QStringLiteral("reference"));
        if (const std::optional<QJsonArray> blobs = material.optionalArray(QStringLiteral("blobs"))) {
            for (qsizetype b = 0; b < blobs->size(); ++b) {
                const QString hash = material.stringAt(*blobs, b, QStringLiteral("blobs"));
                if (!MaterialStore::isSha256(hash))
                    unprocessable(QStringLiteral("case.invalidBlob"),
                                  QStringLiteral("Blobs are named by SHA-256: 64 lower-case hex digits."),
                                  material.pathOf(QStringLiteral("blobs[%1]").arg(b)));
                doc.blobHashes << hash;
            }
        }
    }

    const QJsonArray history = body.optionalArray(QStringLiteral("history")).value_or(QJsonArray());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const JsonReader entry = body.objectAt(history, i, QStringLiteral("history"));
        checkName(entry, QStringLiteral("status"), statusNames(), QStringLiteral("case.unknownStatus"));
        doc.history << CaseHistoryEntry{entry.string(QStringLiteral("status")),
                                        checkedTime(entry, QStringLiteral("at")),
                                        entry.string(QStringLiteral("by")),
                                        entry.optionalString(QStringLiteral("note")).value_or(QString())};
    }
    if (doc.history.isEmpty())
        doc.history << CaseHistoryEntry{doc.status, doc.acceptedAt, body.string(QStringLiteral("clerk")),
                                        QString()};
    return doc;
}

QJsonArray CaseDocument::historyJson(const QList<CaseHistoryEntry>& history)
{
    QJsonArray out;
    for (const CaseHistoryEntry& entry : history)
        out.append(QJsonObject{{QStringLiteral("status"), entry.status},
                               {QStringLiteral("at"), entry.at},
                               {QStringLiteral("by"), entry.by},
                               {QStringLiteral("note"), entry.note}});
    return out;
}

QList<CaseHistoryEntry> CaseDocument::historyFrom(const QJsonArray& array)
{
    QList<CaseHistoryEntry> out;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        out << CaseHistoryEntry{
            o.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("at")).toString(),
            o.value(QStringLiteral("by")).toString(), o.value(QStringLiteral("note")).toString()};
    }
    return out;
}

} // namespace ow::central
