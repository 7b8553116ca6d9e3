#pragma once

// SequenceStore: the per-window, per-day sequence behind acceptance numbers; atomic across threads
// and processes, and it survives restarts because it lives in the database.

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace ow {

class Database;

class SequenceStore
{
public:
    explicit SequenceStore(Database& database);

    // The next number of windowKey on day: 1 for the first call of the day, then 2, 3, ...
    Result<int> next(const QString& windowKey, const QDate& day);

private:
    Database& m_database;
};

} // namespace ow
