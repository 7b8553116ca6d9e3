#pragma once

// HealthReport: the findings of `onewindow --check`, section by section, each marked OK, note,
// warning or problem, and their text as an administrator reads it over the phone.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

class HealthReport
{
    Q_DECLARE_TR_FUNCTIONS(ow::HealthReport)

public:
    enum class Health
    {
        Ok,
        Note,    // for information; nothing to do
        Warning, // works, but something is missing or odd
        Problem  // something the hall must fix; the exit status is 1
    };

    struct Item
    {
        QString section;
        Health health = Health::Ok;
        QString label;
        QString detail;
    };

    // Items are shown in sections, in the order their sections first appeared.
    void add(const QString& section, Health health, const QString& label, const QString& detail = {});
    const QList<Item>& items() const { return m_items; }

    int count(Health health) const;
    bool hasProblems() const { return count(Health::Problem) > 0; }
    int exitCode() const { return hasProblems() ? 1 : 0; }

    // The report as plain text, headed by title, ending with a one-line summary.
    QString toText(const QString& title) const;

    static QString tag(Health health); // "OK", "note", "WARNING", "PROBLEM" (translated)

private:
    QList<Item> m_items;
};

} // namespace ow
