#include "admin/DatabaseProbe.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

namespace ow {

namespace {

constexpr qint64 lowDiskBytes = 1024LL * 1024 * 1024; // below 1 GiB free: a warning

// Runs a one-value query; -1 (and error set) when it fails.
int scalar(QSqlDatabase& db, const QString& sql, QString& error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        if (error.isEmpty())
            error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

void readDatabase(DatabaseState& s)
{
    QFile file(s.path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.error = file.errorString();
        return;
    }
    if (file.size() > 0 && !file.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
        s.error = DatabaseProbe::tr("not an SQLite database");
        return;
    }
    file.close();

    const QString name = QStringLiteral("ow.check:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(s.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            s.schemaVersion = scalar(db, QStringLiteral("PRAGMA user_version"), s.error);
            QSqlQuery check(db);
            QStringList complaints;
            if (check.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
                while (check.next())
                    complaints << check.value(0).toString();
            } else if (s.error.isEmpty()) {
                s.error = check.lastError().text();
            }
            s.integrity = complaints.join(QStringLiteral("; "));
            if (s.schemaVersion > 0 && s.schemaVersion <= s.latestVersion) {
                s.cases = scalar(db, QStringLiteral("SELECT count(*) FROM cases"), s.error);
                s.openCases = scalar(
                    db, QStringLiteral("SELECT count(*) FROM cases WHERE status IN (1, 2, 3)"), s.error);
                if (s.schemaVersion >= 2) {
                    s.outboxPending =
                        scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0"), s.error);
                    s.outboxParked =
                        scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 1"), s.error);
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

DatabaseState DatabaseProbe::probe(const QString& dataDir)
{
    DatabaseState s;
    s.dataDir = QDir(dataDir).absolutePath();
    s.path = QDir(s.dataDir).filePath(QStringLiteral("onewindow.db"));
    s.latestVersion = Migrations::latestVersion();
    const QFileInfo dir(s.dataDir);
    s.dirExists = dir.isDir();
    s.dirWritable = s.dirExists && dir.isWritable();
    if (s.dirExists) {
        const QStorageInfo storage(s.dataDir);
        s.freeBytes = storage.isValid() ? storage.bytesAvailable() : -1;
    }
    const QFileInfo file(s.path);
    s.exists = file.exists();
    if (!s.exists)
        return s;
    s.bytes = file.size();
    s.walBytes = QFileInfo(s.path + QStringLiteral("-wal")).size();
    readDatabase(s);
    return s;
}

void DatabaseProbe::report(const DatabaseState& s, HealthReport& report)
{
    using H = HealthReport::Health;
    const QString section = tr("Database");
    if (!s.dirExists) {
        report.add(section, H::Warning, tr("Data directory"),
                   tr("%1 does not exist yet; OneWindow creates it at its first start").arg(s.dataDir));
        return;
    }
    report.add(section, s.dirWritable ? H::Ok : H::Problem, tr("Data directory"),
               s.dirWritable ? s.dataDir : tr("%1 cannot be written by this user").arg(s.dataDir));
    if (s.freeBytes >= 0)
        report.add(section, s.freeBytes < lowDiskBytes ? H::Warning : H::Ok, tr("Free disk space"),
                   megabytes(s.freeBytes));
    if (!s.exists) {
        report.add(section, H::Warning, tr("Database file"),
                   tr("%1 does not exist yet; it is created at the first start").arg(s.path));
        return;
    }
    report.add(section, H::Ok, tr("Database file"),
               tr("%1 (%2, write-ahead log %3)").arg(s.path, megabytes(s.bytes), megabytes(s.walBytes)));
    if (!s.error.isEmpty() && s.schemaVersion < 0) {
        report.add(section, H::Problem, tr("Cannot read the database"), s.error);
        return;
    }
    if (s.schemaVersion > s.latestVersion)
        report.add(section, H::Problem, tr("Schema version"),
                   tr("%1, written by a newer OneWindow (this one knows %2): install the newer version")
                       .arg(s.schemaVersion)
                       .arg(s.latestVersion));
    else if (s.schemaVersion == 0)
        report.add(section, H::Problem, tr("Schema version"), tr("0: this is not a OneWindow database"));
    else if (s.schemaVersion < s.latestVersion)
        report.add(section, H::Note, tr("Schema version"),
                   tr("%1; brought up to %2 at the next start").arg(s.schemaVersion).arg(s.latestVersion));
    else
        report.add(section, H::Ok, tr("Schema version"), QString::number(s.schemaVersion));

    if (s.integrity == QLatin1String("ok"))
        report.add(section, H::Ok, tr("Integrity (quick check)"), tr("ok"));
    else
        report.add(section, H::Problem, tr("Integrity (quick check)"),
                   s.integrity.isEmpty() ? s.error : s.integrity);
    if (s.cases >= 0)
        report.add(section, H::Ok, tr("Cases"), tr("%1, of which %2 open").arg(s.cases).arg(s.openCases));
    if (s.outboxPending >= 0)
        report.add(section, H::Ok, tr("Operations waiting for the central server"),
                   QString::number(s.outboxPending));
    if (s.outboxParked > 0)
        report.add(section, H::Warning, tr("Operations refused by the central server"),
                   tr("%1; they need attention in the sync panel").arg(s.outboxParked));
    if (!s.error.isEmpty() && s.schemaVersion >= 0)
        report.add(section, H::Problem, tr("Query failed"), s.error);
}

} // namespace ow
