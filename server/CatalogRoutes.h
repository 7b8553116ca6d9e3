#pragma once

// CatalogRoutes: the catalog (service items), the 一事联办 themes and the holiday calendar as delta
// feeds by cursor, and the supervisor's writes that put new revisions into those feeds.

#include <QJsonObject>
#include <QString>

namespace ow::central {

class ApiRouter;
class CentralDatabase;

class CatalogRoutes
{
public:
    static void add(ApiRouter& router);

    // Shared with the seeder: store one item / theme / year as the next revision of its feed.
    static void putItem(CentralDatabase& db, const QString& code, const QJsonObject& item,
                        const QString& now);
    static void putTheme(CentralDatabase& db, const QString& code, const QJsonObject& theme,
                         const QString& now);
    static void putHolidayYear(CentralDatabase& db, int year, const QByteArray& json, const QString& now);
};

} // namespace ow::central
