#include "admin/HealthCheck.h"

#include "admin/DatabaseProbe.h"
#include "admin/HardwareProbe.h"
#include "core/Masking.h"
#include "core/RegionTable.h"
#include "devices/DeviceSettings.h"
#include "sync/CredentialVault.h"

#include <QDateTime>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <utility>

namespace ow {

namespace {

using H = HealthReport::Health;

QString stateText(SiteSettings::FileState state)
{
    switch (state) {
    case SiteSettings::FileState::Absent:
        return HealthCheck::tr("absent");
    case SiteSettings::FileState::Read:
        return HealthCheck::tr("read");
    case SiteSettings::FileState::Unreadable:
        return HealthCheck::tr("cannot be read by this user (check its permissions)");
    case SiteSettings::FileState::Malformed:
        return HealthCheck::tr("malformed (not an INI file QSettings can read)");
    }
    return {};
}

// What a value looks like in the report: the clerk's name masked, lists joined.
QString shown(const SiteSettings& settings, const QString& key)
{
    const QString value = settings.text(key);
    if (key == QLatin1String("site/staffName"))
        return maskName(value);
    return maskIdNumbersIn(value);
}

} // namespace

HealthCheck::HealthCheck(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{}

QString HealthCheck::text() const
{
    return m_report.toText(tr("OneWindow health check: %1 on %2, %3")
                               .arg(QCoreApplication::applicationVersion(), QSysInfo::machineHostName(),
                                    QDateTime::currentDateTime().toString(Qt::ISODate)));
}

void HealthCheck::start()
{
    m_pending = 2; // the keychain and the server answer asynchronously
    checkVersion();
    checkConfiguration();
    DatabaseProbe::report(DatabaseProbe::probe(m_options.dataDir), m_report);
    checkKeychain();
    checkHardware();
    checkServer();
}

void HealthCheck::checkVersion()
{
    const QString section = tr("Program");
    m_report.add(section, H::Ok, tr("Version"),
                 QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                             QCoreApplication::applicationVersion()));
    m_report.add(section, H::Note, tr("Qt"), QString::fromLatin1(qVersion()));
    m_report.add(section, H::Note, tr("System"),
                 QStringLiteral("%1 (%2 %3)")
                     .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion()));
    m_report.add(section, H::Note, tr("User"), qEnvironmentVariable("USER", tr("unknown")));
    m_report.add(section, H::Note, tr("Language"), QLocale().name());
}

void HealthCheck::checkConfiguration()
{
    const SiteSettings& settings = m_options.settings;
    const QString section = tr("Configuration");
    const QString labels[] = {tr("System file"), tr("Window file"), tr("User file")};
    for (const auto layer :
         {SiteSettings::Layer::System, SiteSettings::Layer::Window, SiteSettings::Layer::User}) {
        const SiteSettings::FileState state = settings.fileState(layer);
        const bool bad =
            state == SiteSettings::FileState::Unreadable || state == SiteSettings::FileState::Malformed;
        m_report.add(section, bad ? H::Problem : H::Note, labels[static_cast<int>(layer)],
                     QStringLiteral("%1 (%2)").arg(settings.fileOf(layer), stateText(state)));
    }
    m_report.add(section, H::Note, tr("Users may override"),
                 settings.userMayOverride().isEmpty()
                     ? tr("nothing")
                     : settings.userMayOverride().join(QStringLiteral(", ")));
    for (const QString& key : settings.keys())
        m_report.add(section, H::Note, key,
                     tr("%1 (from the %2 file)")
                         .arg(shown(settings, key), SiteSettings::layerName(settings.layerOf(key))));
    for (const SiteSettings::Ignored& ignored : settings.ignored())
        m_report.add(
            section, H::Warning, ignored.key,
            tr("ignored in the %1 file: %2").arg(SiteSettings::layerName(ignored.layer), ignored.reason));

    const Result<SiteConfig> site = settings.siteConfig();
    if (!site) {
        m_report.add(section, H::Problem, tr("Site"), site.error().message);
    } else {
        m_windowKey = site->windowKey();
        const QString region = RegionTable::builtIn().fullName(RegionTable::parseCode(site->regionCode));
        m_report.add(
            section, H::Ok, tr("Site"),
            tr("window %1 of %2, acceptance numbers %3").arg(site->window).arg(site->hallName, m_windowKey));
        m_report.add(section, region.isEmpty() ? H::Warning : H::Ok, tr("Region"),
                     region.isEmpty() ? tr("%1 is not a GB/T 2260 region code").arg(site->regionCode)
                                      : region);
    }
    if (const QString logo = settings.text(QStringLiteral("site/printLogo")); !logo.isEmpty()) {
        QImageReader reader(logo);
        m_report.add(section, reader.canRead() ? H::Ok : H::Warning, tr("Logo for printouts"),
                     reader.canRead()
                         ? logo
                         : tr("%1 cannot be read as an image: %2").arg(logo, reader.errorString()));
    }
}

void HealthCheck::checkKeychain()
{
    // Writes, reads back and deletes a test entry of its own, as a sign-in keeps its refresh token.
    auto* vault = new CredentialVault(QStringLiteral("OneWindow health check"), this);
    const CredentialKey key{QUrl(QStringLiteral("https://onewindow.invalid")), QStringLiteral("check")};
    const QString probe = QStringLiteral("probe-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    auto answered = std::make_shared<bool>(false);
    auto report = [this, vault, answered](H health, const QString& detail) {
        if (std::exchange(*answered, true))
            return;
        m_report.add(tr("Keychain"), health, tr("Refresh token"), detail);
        vault->deleteLater();
        finish();
    };
    QTimer::singleShot(keychainTimeoutMs, vault, [report] {
        report(H::Problem, tr("the system keychain did not answer within %1 s (a locked keyring waiting "
                              "for its password?)")
                               .arg(keychainTimeoutMs / 1000));
    });
    vault->store(key, probe, [vault, key, probe, report](Result<void> stored) {
        if (!stored)
            return report(H::Problem, stored.error().message);
        vault->read(key, [vault, key, probe, report](Result<std::optional<QString>> read) {
            const bool same = read && read->has_value() && **read == probe;
            vault->remove(key, [read, same, report](Result<void> removed) {
                if (!read)
                    report(H::Problem, read.error().message);
                else if (!same)
                    report(H::Problem, tr("the system keychain did not give back what was stored"));
                else if (!removed)
                    report(H::Problem, removed.error().message);
                else
                    report(H::Ok, tr("the system keychain keeps sign-in tokens (test entry written, "
                                     "read back and deleted)"));
            });
        });
    });
}

void HealthCheck::checkHardware()
{
    // The readers of device and printer settings want a QSettings: give them the values in force.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        m_report.add(tr("Devices"), H::Problem, tr("Temporary directory"), dir.errorString());
        return;
    }
    QSettings effective(dir.filePath(QStringLiteral("effective.conf")), QSettings::IniFormat);
    m_options.settings.writeEffective(effective);
    HardwareProbe::reportDevices(DeviceSettings::load(effective), m_report);
    HardwareProbe::reportPrinters(effective, m_windowKey, m_report);
    effective.clear(); // nothing is written to the temporary file
}

QUrl HealthCheck::healthUrl(const QUrl& base)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/health"));
    return url;
}

void HealthCheck::checkServer()
{
    const QString section = tr("Central server");
    const QString configured = m_options.settings.serverUrl();
    const QUrl base(configured, QUrl::StrictMode);
    if (configured.isEmpty()) {
        m_report.add(section, H::Warning, tr("Address"),
                     tr("not configured (server/url): this window works offline only"));
    } else if (!base.isValid() || base.host().isEmpty() ||
               (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        m_report.add(section, H::Problem, tr("Address"), tr("%1 is not an http(s) URL").arg(configured));
    } else {
        const bool loopback = base.host() == QLatin1String("localhost") ||
                              base.host().startsWith(QLatin1String("127.")) ||
                              base.host() == QLatin1String("::1");
        if (base.scheme() == QLatin1String("http") && !loopback)
            m_report.add(
                section, H::Warning, tr("Address"),
                tr("%1 uses plain HTTP: use https for any server but this computer").arg(configured));
        else
            m_report.add(section, H::Ok, tr("Address"), configured);
        QNetworkRequest request(healthUrl(base));
        request.setTransferTimeout(m_options.serverTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("OneWindow/%1 (check)").arg(QCoreApplication::applicationVersion()));
        m_serverTimer.start();
        QNetworkReply* reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { serverAnswered(reply); });
        return;
    }
    QMetaObject::invokeMethod(this, &HealthCheck::finish, Qt::QueuedConnection);
}

void HealthCheck::serverAnswered(QNetworkReply* reply)
{
    reply->deleteLater();
    const QString section = tr("Central server");
    const QString url = reply->request().url().toDisplayString();
    const qint64 ms = m_serverTimer.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError && status == 0) {
        m_report.add(section, H::Problem, tr("Health"),
                     tr("%1 did not answer within %2 s").arg(url).arg(m_options.serverTimeoutMs / 1000.0));
    } else if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_report.add(section, H::Problem, tr("Health"),
                     status ? tr("%1 answered HTTP %2").arg(url).arg(status)
                            : tr("%1 cannot be reached: %2").arg(url, reply->errorString()));
    } else {
        const QJsonObject body = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        QString detail = tr("%1 answered in %2 ms").arg(url).arg(ms);
        if (const QString version = body.value(QLatin1String("version")).toString(); !version.isEmpty())
            detail += tr(", server version %1").arg(version);
        m_report.add(section, H::Ok, tr("Health"), detail);
    }
    finish();
}

void HealthCheck::finish()
{
    if (--m_pending > 0)
        return; // the keychain or the server has yet to answer
    m_finished = true;
    emit finished();
}

} // namespace ow
