#pragma once

// CatalogJson: reads service items and "one thing" themes from the catalog's JSON shape, the shape
// of the shipped demo catalog and of the central catalog feed.

#include "core/Result.h"
#include "core/ServiceItem.h"
#include "core/Theme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ow {

class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogJson)

public:
    // `{"items": [ {code, name, department, kind, promisedDays, legalDays, feeFen, deliveryOptions,
    // materials: [{name, form, copies, required, licenceTypes, commitmentAllowed}]} ]}`
    static Result<QList<ServiceItem>> parseItems(const QByteArray& json);
    // `{"themes": [ {code, name, itemCodes} ]}`
    static Result<QList<Theme>> parseThemes(const QByteArray& json);

    static Result<ServiceItem> itemFromJson(const QJsonObject& object);
    static QJsonObject itemToJson(const ServiceItem& item);
};

} // namespace ow
