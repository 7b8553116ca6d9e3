#include "sync/ParkedEscalation.h"

#include "core/OutboxOperation.h"
#include "storage/OutboxStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

ParkedEscalation::ParkedEscalation(OutboxStore& outbox, const Clock& clock)
    : m_outbox(outbox)
    , m_clock(clock)
{}

Result<int> ParkedEscalation::escalate(const QList<QUuid>& operations, const QString& actor)
{
    const auto parked = m_outbox.listParked();
    if (!parked)
        return parked.error();
    int reported = 0;
    for (const OutboxOperation& refused : *parked) {
        if (!operations.contains(refused.uuid))
            continue;
        QJsonObject event{
            {QLatin1String("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QLatin1String("at"),
             m_clock.now().toOffsetFromUtc(m_clock.now().offsetFromUtc()).toString(Qt::ISODateWithMs)},
            {QLatin1String("actor"), actor},
            {QLatin1String("action"), QStringLiteral("outbox.escalated")},
            {QLatin1String("details"),
             QJsonObject{{QLatin1String("operation"), refused.uuid.toString(QUuid::WithoutBraces)},
                         {QLatin1String("kind"), refused.kind},
                         {QLatin1String("reason"), refused.parkedReason}}}};
        const QString caseUuid =
            QJsonDocument::fromJson(refused.payload).object().value(QLatin1String("uuid")).toString();
        if (refused.kind == QLatin1String("case.upsert") && !caseUuid.isEmpty())
            event.insert(QLatin1String("caseUuid"), caseUuid);
        OutboxOperation report;
        report.uuid = QUuid::createUuid();
        report.kind = QStringLiteral("audit.event");
        report.payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
        if (auto queued = m_outbox.enqueue(report); !queued)
            return queued.error();
        ++reported;
    }
    return reported;
}

} // namespace ow
