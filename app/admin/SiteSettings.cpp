#include "admin/SiteSettings.h"

#include "admin/AdminLog.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLibraryInfo>
#include <QSettings>

namespace ow {

namespace {

const QString organisation = QStringLiteral("OneWindow"); // as main() sets them
const QString application = QStringLiteral("onewindow");

int index(SiteSettings::Layer layer)
{
    return static_cast<int>(layer);
}

SiteSettings::FileState readLayer(const QString& path, QMap<QString, QVariant>& values)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return SiteSettings::FileState::Absent;
    if (!info.isFile() || !info.isReadable())
        return SiteSettings::FileState::Unreadable;
    const QSettings file(path, QSettings::IniFormat);
    if (file.status() == QSettings::FormatError)
        return SiteSettings::FileState::Malformed;
    for (const QString& key : file.allKeys())
        values.insert(key, file.value(key));
    return SiteSettings::FileState::Read;
}

// Policy names as an administrator may write them: "printers" means the "printing" group.
QStringList normalisedGroups(const QVariant& value)
{
    QStringList raw = value.toStringList();
    if (raw.size() == 1)
        raw = raw.front().split(QLatin1Char(','));
    QStringList groups;
    for (QString group : std::as_const(raw)) {
        group = group.trimmed().toLower();
        if (group == QLatin1String("printers") || group == QLatin1String("printer"))
            group = QStringLiteral("printing");
        else if (group == QLatin1String("device"))
            group = QStringLiteral("devices");
        if (!group.isEmpty() && !groups.contains(group))
            groups.append(group);
    }
    return groups;
}

} // namespace

SiteSettings::Paths SiteSettings::Paths::in(const QString& systemDir, const QString& userDir)
{
    const QString system = systemDir + QLatin1Char('/') + organisation + QLatin1Char('/');
    return {system + application + QStringLiteral(".conf"), system + QStringLiteral("window.conf"),
            userDir + QLatin1Char('/') + organisation + QLatin1Char('/') + application +
                QStringLiteral(".conf")};
}

SiteSettings::Paths SiteSettings::setUpPaths()
{
    // One system directory, whatever $XDG_CONFIG_DIRS says (UKUI and others set it per desktop):
    // administrators find the files where the documentation says, and QSettings reads the same ones.
    QString systemDir = qEnvironmentVariable(configDirVariable);
    if (systemDir.isEmpty())
        systemDir = QLibraryInfo::path(QLibraryInfo::SettingsPath);
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, systemDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, systemDir);
    Paths paths;
    paths.systemFile =
        QSettings(QSettings::NativeFormat, QSettings::SystemScope, organisation, application).fileName();
    paths.userFile =
        QSettings(QSettings::NativeFormat, QSettings::UserScope, organisation, application).fileName();
    paths.windowFile = QFileInfo(paths.systemFile).dir().filePath(QStringLiteral("window.conf"));
    return paths;
}

SiteSettings SiteSettings::load(const Paths& paths)
{
    SiteSettings s;
    s.m_paths = paths;
    QMap<QString, QVariant> layers[3];
    for (const Layer layer : {Layer::System, Layer::Window, Layer::User})
        s.m_states[index(layer)] = readLayer(s.fileOf(layer), layers[index(layer)]);

    const QMap<QString, QVariant>& system = layers[index(Layer::System)];
    const QString policyKey = QStringLiteral("policy/userMayOverride");
    s.m_userMayOverride = system.contains(policyKey)
                              ? normalisedGroups(system.value(policyKey))
                              : QStringList{QStringLiteral("printing"), QStringLiteral("devices")};
    for (auto it = system.begin(); it != system.end(); ++it)
        s.m_effective.insert(it.key(), {it.value(), Layer::System});

    const QMap<QString, QVariant>& window = layers[index(Layer::Window)];
    for (auto it = window.begin(); it != window.end(); ++it) {
        if (groupOf(it.key()) == QLatin1String("site"))
            s.m_effective.insert(it.key(), {it.value(), Layer::Window});
        else
            s.m_ignored.append({it.key(), Layer::Window,
                                tr("the window file holds only [site] keys; put this in the system file")});
    }

    const QMap<QString, QVariant>& user = layers[index(Layer::User)];
    for (auto it = user.begin(); it != user.end(); ++it) {
        const QString group = groupOf(it.key());
        if (group == QLatin1String("policy"))
            s.m_ignored.append({it.key(), Layer::User, tr("only the system file sets the policy")});
        else if (s.m_effective.contains(it.key()) && !s.m_userMayOverride.contains(group))
            s.m_ignored.append(
                {it.key(), Layer::User,
                 tr("set by the site, and the policy does not let users override [%1]").arg(group)});
        else
            s.m_effective.insert(it.key(), {it.value(), Layer::User});
    }
    return s;
}

QString SiteSettings::fileOf(Layer layer) const
{
    switch (layer) {
    case Layer::System:
        return m_paths.systemFile;
    case Layer::Window:
        return m_paths.windowFile;
    case Layer::User:
        return m_paths.userFile;
    }
    return {};
}

SiteSettings::FileState SiteSettings::fileState(Layer layer) const
{
    return m_states[index(layer)];
}

QVariant SiteSettings::value(const QString& key, const QVariant& fallback) const
{
    const auto it = m_effective.constFind(key);
    return it == m_effective.cend() ? fallback : it->first;
}

QString SiteSettings::text(const QString& key, const QString& fallback) const
{
    const auto it = m_effective.constFind(key);
    if (it == m_effective.cend())
        return fallback;
    if (it->first.typeId() == QMetaType::QStringList)
        return it->first.toStringList().join(QStringLiteral(", "));
    return it->first.toString();
}

SiteSettings::Layer SiteSettings::layerOf(const QString& key) const
{
    return m_effective.value(key, {QVariant(), Layer::System}).second;
}

QStringList SiteSettings::keys() const
{
    return m_effective.keys(); // QMap keeps them sorted
}

Result<SiteConfig> SiteSettings::siteConfig() const
{
    SiteConfig site;
    site.hallName = text(QStringLiteral("site/hallName")).trimmed();
    site.regionCode = text(QStringLiteral("site/regionCode")).trimmed();
    site.hall = value(QStringLiteral("site/hall"), 1).toInt();
    site.window = value(QStringLiteral("site/window")).toInt();
    site.staff.login = text(QStringLiteral("site/staffLogin"));
    site.staff.name = text(QStringLiteral("site/staffName"));
    QStringList missing;
    if (site.hallName.isEmpty())
        missing << QStringLiteral("site/hallName");
    if (site.regionCode.size() != 6)
        missing << QStringLiteral("site/regionCode");
    if (site.hall <= 0 || site.hall > 99)
        missing << QStringLiteral("site/hall");
    if (site.window <= 0 || site.window > 999)
        missing << QStringLiteral("site/window");
    if (!missing.isEmpty())
        return Error{QStringLiteral("site.missing"),
                     tr("This window is not configured yet: %1 missing or invalid in the site "
                        "configuration (%2, and the window number in %3). To try OneWindow, start it "
                        "with --demo.")
                         .arg(missing.join(QStringLiteral(", ")), m_paths.systemFile, m_paths.windowFile)};
    return site;
}

PrintSiteConfig SiteSettings::printSite(const QString& hallName) const
{
    PrintSiteConfig print;
    print.hallName = hallName;
    print.footerText = text(QStringLiteral("site/printFooter"));
    print.progressHint = text(QStringLiteral("site/printProgressHint"));
    print.hallAddress = text(QStringLiteral("site/hallAddress"));
    print.hallPhone = text(QStringLiteral("site/hallPhone"));
    if (const QString logo = text(QStringLiteral("site/printLogo")); !logo.isEmpty())
        print.logo = QImage(logo); // a missing or unreadable file prints no logo; --check says so
    return print;
}

void SiteSettings::writeEffective(QSettings& settings) const
{
    for (auto it = m_effective.begin(); it != m_effective.end(); ++it)
        settings.setValue(it.key(), it->first);
}

int SiteSettings::enforcePolicy(QSettings& userStore) const
{
    int removed = 0;
    for (const Ignored& ignored : m_ignored) {
        if (ignored.layer != Layer::User || !userStore.contains(ignored.key))
            continue;
        qCInfo(lcAdmin) << "site policy: the user's value of" << ignored.key
                        << "is removed:" << ignored.reason;
        userStore.remove(ignored.key);
        ++removed;
    }
    return removed;
}

QString SiteSettings::layerName(Layer layer)
{
    switch (layer) {
    case Layer::System:
        return tr("system");
    case Layer::Window:
        return tr("window");
    case Layer::User:
        return tr("user");
    }
    return {};
}

QString SiteSettings::groupOf(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral("general") : key.left(slash).toLower();
}

} // namespace ow
