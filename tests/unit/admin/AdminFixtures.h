#pragma once

// Shared helpers of the admin tests: configuration files in a temporary folder laid out as
// /etc/xdg and ~/.config are, and a minimal zip reader to check what ZipWriter wrote.

#include "admin/SiteSettings.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace ow::test {

// A system directory and a user directory under one temporary folder.
struct ConfigDirs
{
    QTemporaryDir root;
    QString system() const { return root.filePath(QStringLiteral("etc-xdg")); }
    QString user() const { return root.filePath(QStringLiteral("home-config")); }
    SiteSettings::Paths paths() const { return SiteSettings::Paths::in(system(), user()); }

    // Writes an INI file (UTF-8 text as given).
    static void write(const QString& path, const QByteArray& text)
    {
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    void writeSystem(const QByteArray& text) const { write(paths().systemFile, text); }
    void writeWindow(const QByteArray& text) const { write(paths().windowFile, text); }
    void writeUser(const QByteArray& text) const { write(paths().userFile, text); }
    SiteSettings load() const { return SiteSettings::load(paths()); }
};

// A site every check accepts: hall, region, window, no reader, no server.
inline const QByteArray completeSite = "[site]\n"
                                       "hallName=荆门市政务服务中心\n"
                                       "regionCode=420800\n"
                                       "hall=1\n"
                                       "[devices]\n"
                                       "readerKind=none\n";

struct ZipEntry
{
    QString name;
    QByteArray data;
    quint16 method = 0;
    bool crcMatches = false;
};

inline quint32 adler32(const QByteArray& data)
{
    quint32 a = 1, b = 0;
    for (const char c : data) {
        a = (a + quint8(c)) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

// Reads a zip as ZipWriter writes it: end record, central directory, local headers. A deflated entry is
// inflated with qUncompress by putting the zlib framing back, whose Adler-32 comes from the content
// the test expects under that name (zlib refuses the stream unless it inflates to exactly that); a
// deflated entry the test expects nothing of is listed with empty data.
// Returns nothing when the structure does not add up.
QList<ZipEntry> readZip(const QByteArray& zip, const QMap<QString, QByteArray>& expected);

} // namespace ow::test
