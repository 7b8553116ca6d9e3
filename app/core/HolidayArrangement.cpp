#include "core/HolidayArrangement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace ow {

namespace {

Error error(const char* code, QString message)
{
    return Error{QLatin1String(code), std::move(message)};
}

} // namespace

HolidayArrangement HolidayArrangement::unpublished(int year)
{
    HolidayArrangement arrangement;
    arrangement.m_year = year;
    return arrangement;
}

Result<HolidayArrangement> HolidayArrangement::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error("calendar.json",
                     tr("The holiday arrangement is not well-formed JSON (%1 at offset %2). "
                        "Keep the current calendar and ask the administrator to check the update.")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : tr("not an object"))
                         .arg(parseError.offset));
    }
    const QJsonObject root = document.object();

    const QJsonValue yearValue = root.value(QLatin1String("year"));
    const double yearNumber = yearValue.toDouble(-1);
    if (!yearValue.isDouble() || std::floor(yearNumber) != yearNumber || yearNumber < minimumYear ||
        yearNumber > maximumYear) {
        return error("calendar.year", tr("The holiday arrangement has no valid \"year\" field (a year from "
                                         "%1 to %2 is expected). The calendar was not changed.")
                                          .arg(minimumYear)
                                          .arg(maximumYear));
    }
    HolidayArrangement arrangement;
    arrangement.m_year = static_cast<int>(yearNumber);

    for (const QJsonValue& paper : root.value(QLatin1String("papers")).toArray())
        arrangement.m_papers.append(paper.toString());

    const QJsonValue daysValue = root.value(QLatin1String("days"));
    if (!daysValue.isArray()) {
        return error("calendar.days", tr("The holiday arrangement for %1 has no \"days\" list. The calendar "
                                         "was not changed.")
                                          .arg(arrangement.m_year));
    }
    const QDate firstAllowed(arrangement.m_year - 1, 12, 1);
    const QDate lastAllowed(arrangement.m_year, 12, 31);
    const QJsonArray days = daysValue.toArray();
    arrangement.m_days.reserve(static_cast<std::size_t>(days.size()));
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonObject entry = days.at(i).toObject();
        const QString text = entry.value(QLatin1String("date")).toString();
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            return error("calendar.date", tr("Entry %1 of the holiday arrangement for %2 has no valid date "
                                             "(yyyy-MM-dd expected, found \"%3\"). The calendar was not "
                                             "changed.")
                                              .arg(i + 1)
                                              .arg(arrangement.m_year)
                                              .arg(text));
        }
        if (date < firstAllowed || date > lastAllowed) {
            return error("calendar.date", tr("The holiday arrangement for %1 lists %2, which lies outside "
                                             "that year. The calendar was not changed.")
                                              .arg(arrangement.m_year)
                                              .arg(text));
        }
        const QJsonValue offDay = entry.value(QLatin1String("isOffDay"));
        if (!offDay.isBool()) {
            return error("calendar.offday", tr("The holiday arrangement for %1 does not say whether %2 is a "
                                               "day off (\"isOffDay\" must be true or false). The calendar "
                                               "was not changed.")
                                                .arg(arrangement.m_year)
                                                .arg(text));
        }
        arrangement.m_days.push_back(
            Day{date, offDay.toBool(), entry.value(QLatin1String("name")).toString()});
    }

    std::sort(arrangement.m_days.begin(), arrangement.m_days.end(),
              [](const Day& a, const Day& b) { return a.date < b.date; });
    const auto duplicate = std::adjacent_find(arrangement.m_days.begin(), arrangement.m_days.end(),
                                              [](const Day& a, const Day& b) { return a.date == b.date; });
    if (duplicate != arrangement.m_days.end()) {
        return error("calendar.duplicate", tr("The holiday arrangement for %1 lists %2 more than once. The "
                                              "calendar was not changed.")
                                               .arg(arrangement.m_year)
                                               .arg(duplicate->date.toString(Qt::ISODate)));
    }
    return arrangement;
}

} // namespace ow
