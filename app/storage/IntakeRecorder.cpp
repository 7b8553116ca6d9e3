#include "storage/IntakeRecorder.h"

#include "core/AcceptanceNumber.h"
#include "core/CaseJson.h"
#include "core/MaterialChecklist.h"
#include "core/QueryCode.h"
#include "storage/ApplicantStore.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"
#include "storage/SequenceStore.h"
#include "storage/StorageLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ow {

namespace {

QList<CaseMaterial> materialsOf(const IntakeDraft& draft)
{
    QList<CaseMaterial> materials;
    for (const MaterialChoice& choice : draft.materials) {
        if (!choice.source)
            continue;
        materials.append(CaseMaterial{choice.requirementName, *choice.source, choice.blobHashes,
                                      static_cast<int>(choice.blobHashes.size()), choice.reference});
    }
    return materials;
}

OutboxOperation operation(const QString& kind, const QJsonDocument& payload, const QString& blob,
                          const QDateTime& now)
{
    OutboxOperation op;
    op.uuid = QUuid::createUuid();
    op.kind = kind;
    op.payload = payload.toJson(QJsonDocument::Compact);
    op.dependsOnBlob = blob;
    op.createdAt = now;
    op.nextAttemptAt = now;
    return op;
}

QList<OutboxOperation> outboxFor(const CaseRecord& record, const IntakeOutcome& outcome, const QDateTime& now)
{
    QList<OutboxOperation> outbox;
    QSet<QString> uploaded;
    for (const CaseMaterial& material : record.materials) {
        if (material.source != MaterialSource::Pages)
            continue; // reused files and licences are already on the server
        for (const QString& hash : material.blobHashes) {
            if (uploaded.contains(hash))
                continue;
            uploaded.insert(hash);
            const QJsonObject payload{
                {QLatin1String("sha256"), hash},
                {QLatin1String("caseUuid"), record.uuid.toString(QUuid::WithoutBraces)}};
            outbox.append(operation(QStringLiteral("material.upload"), QJsonDocument(payload), hash, now));
        }
    }
    const QJsonObject caseJson = CaseJson::caseToJson(record, outcome.applicant, outcome.agent);
    outbox.append(operation(QStringLiteral("case.upsert"), QJsonDocument(caseJson), QString(), now));
    return outbox;
}

QString auditAction(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Refused:
        return QStringLiteral("case.refuse");
    case CaseStatus::ReturnedForMaterials:
        return QStringLiteral("case.return");
    default:
        return QStringLiteral("case.accept");
    }
}

} // namespace

IntakeRecorder::IntakeRecorder(Database& database, const Clock& clock, const WorkingCalendar& calendar,
                               SiteConfig site, QRandomGenerator& random)
    : m_database(database)
    , m_clock(clock)
    , m_calendar(calendar)
    , m_site(std::move(site))
    , m_random(random)
{}

Deadline IntakeRecorder::promisedDeadline(const QList<ServiceItem>& items, QDate acceptedOn,
                                          const WorkingCalendar& calendar)
{
    int days = 0;
    for (const ServiceItem& item : items)
        days = std::max(days, item.promisedDays);
    return calendar.addWorkingDays(acceptedOn, days);
}

QStringList IntakeRecorder::refusalReasons()
{
    return {tr("The matter is not within this hall's or department's remit"),
            tr("The applicant is not eligible to apply for this item"),
            tr("The application falls outside the item's legal scope"),
            tr("The applicant withdrew the application at the window"), tr("Other reason (see details)")};
}

Result<IntakeOutcome> IntakeRecorder::accept(const IntakeDraft& draft, const QList<ServiceItem>& items)
{
    return record(draft, CaseStatus::Accepted, QString(), [&](IntakeOutcome& outcome) {
        const QDate today = outcome.record.acceptedAt.date();
        outcome.deadline = promisedDeadline(items, today, m_calendar);
        outcome.record.deadline = outcome.deadline.date;
        outcome.record.deadlineProvisional = outcome.deadline.provisional;
        outcome.queryCode = QueryCode::generate(m_random);
        outcome.record.queryCodeHash = QueryCode::digest(outcome.queryCode);
        const QList<ChecklistEntry> checklist = MaterialChecklist::build(items, draft.agent.has_value());
        if (!MaterialChecklist::underCommitment(checklist, draft).isEmpty()) {
            Deadline due = m_calendar.addWorkingDays(today, commitmentWorkingDays);
            if (due.date > outcome.deadline.date)
                due = outcome.deadline;
            outcome.commitmentDue = due;
        }
    });
}

Result<IntakeOutcome> IntakeRecorder::refuse(const IntakeDraft& draft, const QString& reason,
                                             const QString& details)
{
    const QString note =
        details.trimmed().isEmpty() ? reason : reason + QStringLiteral("：") + details.trimmed();
    return record(draft, CaseStatus::Refused, note, [](IntakeOutcome&) {});
}

Result<IntakeOutcome> IntakeRecorder::returnForMaterials(const IntakeDraft& draft,
                                                         const QList<ServiceItem>& items)
{
    const QList<ChecklistEntry> checklist = MaterialChecklist::build(items, draft.agent.has_value());
    QStringList missing;
    for (const ChecklistEntry& entry : MaterialChecklist::missing(checklist, draft))
        missing << entry.name;
    return record(draft, CaseStatus::ReturnedForMaterials, missing.join(QStringLiteral("；")),
                  [&](IntakeOutcome& outcome) { outcome.missingMaterials = missing; });
}

Result<IntakeOutcome> IntakeRecorder::record(const IntakeDraft& draft, CaseStatus status, const QString& note,
                                             const std::function<void(IntakeOutcome&)>& complete)
{
    const QDateTime now = m_clock.now();
    IntakeOutcome outcome;
    outcome.applicant = draft.applicant;
    outcome.agent = draft.agent;
    auto done = m_database.transaction([&](QSqlDatabase&) -> Result<void> {
        ApplicantStore applicants(m_database, m_clock);
        auto applicantId = applicants.upsert(draft.applicant);
        if (!applicantId)
            return applicantId.error();
        outcome.applicant.id = *applicantId;
        CaseRecord& record = outcome.record;
        if (draft.agent) {
            Applicant agent;
            agent.person = *draft.agent;
            auto agentId = applicants.upsert(agent);
            if (!agentId)
                return agentId.error();
            record.agentId = *agentId;
        }
        auto sequence = SequenceStore(m_database).next(m_site.windowKey(), now.date());
        if (!sequence)
            return sequence.error();
        auto number =
            AcceptanceNumber::compose({m_site.regionCode, m_site.hall, m_site.window, now.date(), *sequence});
        if (!number)
            return number.error();
        record.uuid = draft.uuid.isNull() ? QUuid::createUuid() : draft.uuid;
        record.acceptanceNumber = *number;
        record.applicantId = *applicantId;
        record.itemCodes = draft.itemCodes;
        record.themeCode = draft.themeCode;
        record.window = QString::number(m_site.window);
        record.clerk = draft.clerk.isEmpty() ? m_site.staff.login : draft.clerk;
        record.status = status;
        record.acceptedAt = now;
        record.delivery = draft.delivery;
        record.materials = materialsOf(draft);
        complete(outcome);
        record.history = {StatusChange{status, now, record.clerk, note}};
        if (auto saved = CaseStore(m_database, m_clock).save(record, outboxFor(record, outcome, now)); !saved)
            return saved;
        const AuditEntry audit{0,
                               now,
                               record.clerk,
                               auditAction(status),
                               record.uuid,
                               record.window,
                               record.acceptanceNumber + QLatin1Char(' ') +
                                   record.itemCodes.join(QLatin1Char(','))};
        if (auto logged = AuditLog(m_database, m_clock).append(audit); !logged)
            return logged;
        return DraftStore(m_database).remove(draft.uuid);
    });
    if (!done)
        return done.error();
    qCInfo(lcStorage) << "recorded case" << outcome.record.acceptanceNumber << "status"
                      << static_cast<int>(status);
    return outcome;
}

} // namespace ow
