#pragma once

// SiteSettings: the configuration in force at this window, layered from the hall's system file, the
// window's own file and the user's file, with the file every value came from and the site's policy on
// what the user may override.

#include "core/Result.h"
#include "core/SiteConfig.h"
#include "print/PrintSiteConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace ow {

class SiteSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::SiteSettings)

public:
    // Highest priority last: the window file beats the system file, the user file beats both only
    // for the groups the policy lets the user override (and for keys the site does not set).
    enum class Layer
    {
        System,
        Window,
        User
    };

    enum class FileState
    {
        Absent,
        Read,
        Unreadable, // exists but this user may not read it
        Malformed   // QSettings found a format error
    };

    struct Paths
    {
        QString systemFile; // /etc/xdg/OneWindow/onewindow.conf: the hall's settings, same on every PC
        QString windowFile; // /etc/xdg/OneWindow/window.conf: this PC's window number ([site] only)
        QString userFile;   // ~/.config/OneWindow/onewindow.conf: what the clerk's dialogs save

        // The system files in systemDir/OneWindow, the user file in userDir/OneWindow.
        static Paths in(const QString& systemDir, const QString& userDir);
    };

    // A value the layers set but that is not in force, and why.
    struct Ignored
    {
        QString key;
        Layer layer;
        QString reason;
    };

    // The environment variable that moves the system directory (default /etc/xdg), for tests and
    // for trying a configuration before deploying it.
    static constexpr const char* configDirVariable = "ONEWINDOW_SITE_CONFIG_DIR";

    // The standard paths: the system directory from $ONEWINDOW_SITE_CONFIG_DIR or Qt's settings path
    // (/etc/xdg; $XDG_CONFIG_DIRS is not followed), the user's from $XDG_CONFIG_HOME or ~/.config.
    // Also points QSettings' system scope at the same directory, so that every QSettings of the
    // process falls back to the same system file.
    static Paths setUpPaths();

    static SiteSettings load(const Paths& paths);
    static SiteSettings load() { return load(setUpPaths()); }

    const Paths& paths() const { return m_paths; }
    QString fileOf(Layer layer) const;
    FileState fileState(Layer layer) const;

    // The value in force, or fallback when no layer sets it (or only ignored ones do).
    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    // The value as text; a list (an unquoted comma in the file) is joined again with ", ".
    QString text(const QString& key, const QString& fallback = {}) const;
    bool contains(const QString& key) const { return m_effective.contains(key); }
    Layer layerOf(const QString& key) const; // of a key in force
    QStringList keys() const;                // every key in force, sorted
    const QList<Ignored>& ignored() const { return m_ignored; }

    // The groups ("printing", "devices") whose site values the user's own settings may override.
    QStringList userMayOverride() const { return m_userMayOverride; }

    // The site of this window (hall, region, window, signed-in staff); an error naming the files
    // when the hall name, region code or window number is missing.
    Result<SiteConfig> siteConfig() const;
    // What printed documents take from the site: hall name, logo, footer, progress hint, address, phone.
    PrintSiteConfig printSite(const QString& hallName) const;
    // The central server's base URL (`server/url`); empty when not configured.
    QString serverUrl() const { return text(QStringLiteral("server/url")); }

    // Copies every value in force into settings (for code that reads a QSettings, such as
    // DeviceSettings::load). Keys the layers do not set are left as they are.
    void writeEffective(QSettings& settings) const;
    // Removes from the user's store the values the policy does not let the user override, so that
    // QSettings' fallback to the system file yields the site's value; returns how many were removed.
    int enforcePolicy(QSettings& userStore) const;

    static QString layerName(Layer layer); // "system", "window", "user" (translated)

private:
    static QString groupOf(const QString& key);

    Paths m_paths;
    FileState m_states[3] = {FileState::Absent, FileState::Absent, FileState::Absent};
    QMap<QString, QPair<QVariant, Layer>> m_effective;
    QList<Ignored> m_ignored;
    QStringList m_userMayOverride;
};

} // namespace ow
