#pragma once

// CaseRoutes: case upsert from the windows (PUT /api/v1/cases/{uuid}), lookup, status changes
// reported by the departments' side (dispatch, supervisor), and the feed of status changes by cursor.

#include <QString>

namespace ow::central {

class ApiRouter;
class CentralDatabase;
struct CaseHistoryEntry;

class CaseRoutes
{
public:
    static void add(ApiRouter& router);

    // Sets a case's status from the server side (status route, dispatch batches): appends to its
    // history, updates the row and puts the change into the status feed. Throws 409
    // case.invalidTransition when the case's current status does not lead there.
    static void changeStatus(CentralDatabase& db, const QString& uuid, const CaseHistoryEntry& change);

    // Whether `from` may become `to` on the server side.
    static bool allowedTransition(const QString& from, const QString& to);
};

} // namespace ow::central
