#include "QueueRoutes.h"

#include "ApiRouter.h"
#include "CentralDatabase.h"
#include "TimeText.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ow::central {

namespace {

const QString ticketColumns =
    QStringLiteral("SELECT id, day, queue, number, status, issued_at, called_at, window_key, "
                   "recalls, priority, target_window, applicant_key FROM queue_tickets ");

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonObject ticketJson(const QSqlQuery& row)
{
    return QJsonObject{{QStringLiteral("id"), row.value(0).toString()},
                       {QStringLiteral("day"), row.value(1).toString()},
                       {QStringLiteral("queue"), row.value(2).toString()},
                       {QStringLiteral("number"), row.value(3).toString()},
                       {QStringLiteral("status"), row.value(4).toString()},
                       {QStringLiteral("issuedAt"), row.value(5).toString()},
                       {QStringLiteral("calledAt"), textOrNull(row.value(6))},
                       {QStringLiteral("window"), textOrNull(row.value(7))},
                       {QStringLiteral("recalls"), row.value(8).toInt()},
                       {QStringLiteral("priority"), row.value(9).toInt() != 0},
                       {QStringLiteral("targetWindow"), textOrNull(row.value(10))},
                       {QStringLiteral("applicantKey"), textOrNull(row.value(11))}};
}

QString today(const RouteContext& context)
{
    return context.now().toLocalTime().date().toString(Qt::ISODate);
}

QJsonObject ticketById(RouteContext& context, qint64 id)
{
    QSqlQuery row = context.db().exec(ticketColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!row.next())
        throw ApiFailure::notFound(QStringLiteral("queue.ticketNotFound"),
                                   QStringLiteral("There is no such ticket."));
    return ticketJson(row);
}

ApiResponse ticketResponse(RouteContext& context, qint64 id, int status = 200)
{
    return ApiResponse::json(status, QJsonObject{{QStringLiteral("ticket"), ticketById(context, id)}});
}

QString checkedQueue(const QString& queue)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{1,2}$"));
    if (!pattern.match(queue).hasMatch())
        throw ApiFailure::unprocessable(QStringLiteral("queue.invalidQueue"),
                                        QStringLiteral("A queue is named by one or two capital letters."));
    return queue;
}

ApiResponse takeTicket(RouteContext& context)
{
    const JsonReader body = context.json();
    const QString queue = checkedQueue(body.string(QStringLiteral("queue")));
    const std::optional<QString> applicant = body.optionalString(QStringLiteral("applicantKey"));
    const QString day = today(context);
    const int issued =
        context.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM queue_tickets WHERE day = ? AND queue = ?"),
                    {day, queue})
            .toInt();
    if (issued >= 999)
        throw ApiFailure::conflict(QStringLiteral("queue.full"),
                                   QStringLiteral("The queue has no numbers left today."));
    const QString number = queue + QStringLiteral("%1").arg(issued + 1, 3, 10, QLatin1Char('0'));
    const QString now = isoUtc(context.now());
    context.db().exec(
        QStringLiteral("INSERT INTO queue_tickets (day, queue, number, status, issued_at, applicant_key, "
                       "updated_at) VALUES (?, ?, ?, 'waiting', ?, ?, ?)"),
        {day, queue, number, now, applicant ? QVariant(applicant->toUpper()) : QVariant(), now});
    const qint64 id = context.db()
                          .scalar(QStringLiteral("SELECT id FROM queue_tickets WHERE day = ? AND number = ?"),
                                  {day, number})
                          .toLongLong();
    return ticketResponse(context, id, 201);
}

ApiResponse listTickets(RouteContext& context)
{
    QString sql = ticketColumns + QStringLiteral("WHERE day = ?");
    QVariantList binds{today(context)};
    const QString status = context.request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        binds << status;
    }
    const QString queue = context.request.queryValue(QStringLiteral("queue"));
    if (!queue.isEmpty()) {
        sql += QStringLiteral(" AND queue = ?");
        binds << queue;
    }
    QSqlQuery rows = context.db().exec(sql + QStringLiteral(" ORDER BY id"), binds);
    QJsonArray tickets;
    while (rows.next())
        tickets.append(ticketJson(rows));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("tickets"), tickets}});
}

ApiResponse callNext(RouteContext& context)
{
    const JsonReader body = context.json();
    const QString window = context.callerWindow().key();
    QString sql = QStringLiteral("SELECT id FROM queue_tickets WHERE day = ? AND status = 'waiting' AND "
                                 "(target_window IS NULL OR target_window = ?)");
    QVariantList binds{today(context), window};
    if (const std::optional<QJsonArray> queues = body.optionalArray(QStringLiteral("queues"));
        queues && !queues->isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < queues->size(); ++i) {
            binds << checkedQueue(body.stringAt(*queues, i, QStringLiteral("queues")));
            marks << QStringLiteral("?");
        }
        sql += QStringLiteral(" AND queue IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY priority DESC, issued_at, id LIMIT 1");
    const QVariant id = context.db().scalar(sql, binds);
    if (!id.isValid())
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("ticket"), QJsonValue()}});
    const QString now = isoUtc(context.now());
    context.db().exec(
        QStringLiteral("UPDATE queue_tickets SET status = 'called', called_at = ?, window_key = ?, "
                       "updated_at = ? WHERE id = ?"),
        {now, window, now, id});
    return ticketResponse(context, id.toLongLong());
}

// A state change of one ticket at the caller's window.
ApiResponse transition(RouteContext& context, const QStringList& from, const QString& to)
{
    bool ok = false;
    const qint64 id = context.param(QStringLiteral("id")).toLongLong(&ok);
    const QJsonObject ticket = ticketById(context, ok ? id : -1);
    const QString status = ticket.value(QStringLiteral("status")).toString();
    const bool mine = ticket.value(QStringLiteral("window")).toString() == context.callerWindow().key();
    if (!from.contains(status) || (status != QLatin1String("waiting") && !mine))
        throw ApiFailure::conflict(QStringLiteral("queue.invalidTransition"),
                                   QStringLiteral("Ticket %1 is %2%3; it cannot become %4.")
                                       .arg(ticket.value(QStringLiteral("number")).toString(), status,
                                            mine ? QString() : QStringLiteral(" at another window"), to));
    const QString now = isoUtc(context.now());
    if (to == QLatin1String("called")) // recall
        context.db().exec(
            QStringLiteral("UPDATE queue_tickets SET recalls = recalls + 1, called_at = ?, updated_at = ? "
                           "WHERE id = ?"),
            {now, now, id});
    else
        context.db().exec(QStringLiteral("UPDATE queue_tickets SET status = ?, updated_at = ? WHERE id = ?"),
                          {to, now, id});
    return ticketResponse(context, id);
}

ApiResponse transfer(RouteContext& context)
{
    const JsonReader body = context.json();
    bool ok = false;
    const qint64 id = context.param(QStringLiteral("id")).toLongLong(&ok);
    const QJsonObject ticket = ticketById(context, ok ? id : -1);
    const std::optional<QString> queue = body.optionalString(QStringLiteral("queue"));
    const std::optional<QString> window = body.optionalString(QStringLiteral("window"));
    if (!queue && !window)
        throw ApiFailure::unprocessable(
            QStringLiteral("queue.noTarget"),
            QStringLiteral("Say where to: a queue, a window (\"420800-01-003\") or both."));
    if (window && !context.db()
                       .scalar(QStringLiteral("SELECT 1 FROM windows WHERE window_key = ?"), {*window})
                       .isValid())
        throw ApiFailure::unprocessable(QStringLiteral("queue.unknownWindow"),
                                        QStringLiteral("There is no window %1.").arg(*window));
    const QString status = ticket.value(QStringLiteral("status")).toString();
    const bool mine = ticket.value(QStringLiteral("window")).toString() == context.callerWindow().key();
    if (!((status == QLatin1String("called") || status == QLatin1String("serving")) && mine))
        throw ApiFailure::conflict(QStringLiteral("queue.invalidTransition"),
                                   QStringLiteral("Only the window serving a ticket can transfer it."));
    const QString now = isoUtc(context.now());
    context.db().exec(
        QStringLiteral("UPDATE queue_tickets SET status = 'waiting', priority = 1, queue = ?, "
                       "target_window = ?, window_key = NULL, called_at = NULL, updated_at = ? WHERE id = ?"),
        {queue ? checkedQueue(*queue) : ticket.value(QStringLiteral("queue")).toString(),
         window ? QVariant(*window) : QVariant(), now, id});
    return ticketResponse(context, id);
}

} // namespace

void QueueRoutes::add(ApiRouter& router)
{
    const Roles intake = Role::Clerk | Role::Supervisor;
    const QString ticket = QStringLiteral("/api/v1/queue/tickets/{id}/");
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/queue/tickets"), intake}, takeTicket);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/queue/tickets")}, listTickets);
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/queue/call"), intake}, callNext);
    router.add({QStringLiteral("POST"), ticket + QStringLiteral("recall"), intake}, [](RouteContext& c) {
        return transition(c, {QStringLiteral("called")}, QStringLiteral("called"));
    });
    router.add({QStringLiteral("POST"), ticket + QStringLiteral("start"), intake}, [](RouteContext& c) {
        return transition(c, {QStringLiteral("called")}, QStringLiteral("serving"));
    });
    router.add({QStringLiteral("POST"), ticket + QStringLiteral("done"), intake}, [](RouteContext& c) {
        return transition(c, {QStringLiteral("called"), QStringLiteral("serving")}, QStringLiteral("done"));
    });
    router.add({QStringLiteral("POST"), ticket + QStringLiteral("no-show"), intake}, [](RouteContext& c) {
        return transition(c, {QStringLiteral("called")}, QStringLiteral("noShow"));
    });
    router.add({QStringLiteral("POST"), ticket + QStringLiteral("transfer"), intake}, transfer);
}

} // namespace ow::central
