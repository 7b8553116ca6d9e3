#include "admin/HealthReport.h"

#include <QStringList>
#include <algorithm>

namespace ow {

void HealthReport::add(const QString& section, Health health, const QString& label, const QString& detail)
{
    m_items.append({section, health, label, detail});
}

int HealthReport::count(Health health) const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [health](const Item& i) { return i.health == health; }));
}

QString HealthReport::tag(Health health)
{
    switch (health) {
    case Health::Ok:
        return tr("OK");
    case Health::Note:
        return tr("note");
    case Health::Warning:
        return tr("WARNING");
    case Health::Problem:
        return tr("PROBLEM");
    }
    return {};
}

QString HealthReport::toText(const QString& title) const
{
    QStringList sections;
    for (const Item& item : m_items) {
        if (!sections.contains(item.section))
            sections.append(item.section);
    }
    qsizetype tagWidth = 0;
    for (const Health h : {Health::Ok, Health::Note, Health::Warning, Health::Problem})
        tagWidth = std::max(tagWidth, tag(h).size());

    QString text = title + QLatin1Char('\n');
    for (const QString& section : std::as_const(sections)) {
        text += QLatin1Char('\n') + section + QLatin1Char('\n');
        for (const Item& item : m_items) {
            if (item.section != section)
                continue;
            text += QStringLiteral("  [%1] %2")
                        .arg(tag(item.health), -static_cast<int>(tagWidth))
                        .arg(item.label);
            if (!item.detail.isEmpty())
                text += QStringLiteral(": ") + item.detail;
            text += QLatin1Char('\n');
        }
    }
    const int problems = count(Health::Problem);
    const int warnings = count(Health::Warning);
    text += QLatin1Char('\n');
    if (problems == 0 && warnings == 0)
        text += tr("Summary: everything is in order.");
    else
        text += tr("Summary: %n problem(s)", nullptr, problems) + QStringLiteral(", ") +
                tr("%n warning(s).", nullptr, warnings);
    if (problems > 0)
        text += QLatin1Char(' ') + tr("Fix the problems above, then run onewindow --check again.");
    return text + QLatin1Char('\n');
}

} // namespace ow
