#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace ow::central {

namespace {

Error configError(const QString& message)
{
    return Error{QStringLiteral("config.invalid"), message};
}

} // namespace

Result<ServerConfig> ServerConfig::fromArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "OneWindow central server: the reference implementation of the central API (docs/central-api.md)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version and exit."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (127.0.0.1)."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("Port (8470); 0 picks a free one. The chosen address is printed "
                       "on stdout as \"onewindow-central listening on <url>\"."),
        QStringLiteral("port"), QStringLiteral("8470"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for materials and the SQLite database."),
                                     QStringLiteral("dir"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("sqlite (default: <data-dir>/central.db), sqlite:/path/file.db "
                       "or postgres://user[:password]@host[:port]/database."),
        QStringLiteral("url"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed an empty database: demo (355 catalog items) or full "
                       "(155,811). Users, windows, themes, holidays, applicants too."),
        QStringLiteral("demo|full"));
    const QCommandLineOption iterations(QStringLiteral("pbkdf2-iterations"),
                                        QStringLiteral("PBKDF2 iterations for seeded passwords (100000)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption accessTtl(QStringLiteral("access-ttl"),
                                       QStringLiteral("Access token lifetime in seconds (900)."),
                                       QStringLiteral("seconds"), QStringLiteral("900"));
    const QCommandLineOption refreshTtl(QStringLiteral("refresh-ttl"),
                                        QStringLiteral("Refresh token lifetime in seconds (604800)."),
                                        QStringLiteral("seconds"), QStringLiteral("604800"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share of requests answered 500 or 503 (Retry-After) "
                                                     "without being applied, 0..1."),
                                      QStringLiteral("share"), QStringLiteral("0"));
    const QCommandLineOption dropRate(
        QStringLiteral("drop-rate"),
        QStringLiteral("Share of requests whose connection is dropped: half while "
                       "the request body arrives, half in the middle of the "
                       "answer's body after the request was applied, 0..1."),
        QStringLiteral("share"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay added to every answer, in milliseconds."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(
        QStringLiteral("fault-seed"),
        QStringLiteral("Seed of the fault injection's random numbers (random)."), QStringLiteral("n"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate (chain): serve HTTPS."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("file"));
    parser.addOptions({help, version, listen, port, dataDir, database, seed, iterations, accessTtl,
                       refreshTtl, failRate, dropRate, latency, faultSeed, tlsCert, tlsKey});
    if (!parser.parse(arguments))
        return configError(parser.errorText());
    if (parser.isSet(help))
        return Error{QStringLiteral("config.help"), parser.helpText()};
    if (parser.isSet(version))
        return Error{QStringLiteral("config.version"), QString()};
    if (!parser.positionalArguments().isEmpty())
        return configError(
            QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    ServerConfig config;
    if (!config.listenAddress.setAddress(parser.value(listen)))
        return configError(
            QStringLiteral("--listen needs an IP address, not \"%1\".").arg(parser.value(listen)));
    bool ok = false;
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return configError(QStringLiteral("--port needs a number from 0 to 65535."));
    config.port = static_cast<quint16>(portNumber);
    config.dataDir = parser.isSet(dataDir)
                         ? parser.value(dataDir)
                         : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                               .filePath(QStringLiteral("onewindow-central"));
    config.database = parser.value(database);
    const QString seedValue = parser.value(seed);
    if (seedValue == QLatin1String("demo"))
        config.seed = SeedKind::Demo;
    else if (seedValue == QLatin1String("full"))
        config.seed = SeedKind::Full;
    else if (!seedValue.isEmpty() && seedValue != QLatin1String("none"))
        return configError(QStringLiteral("--seed takes demo or full."));
    config.passwordIterations = parser.value(iterations).toInt(&ok);
    if (!ok || config.passwordIterations < 1)
        return configError(QStringLiteral("--pbkdf2-iterations needs a positive number."));
    config.accessTokenSeconds = parser.value(accessTtl).toInt(&ok);
    if (!ok || config.accessTokenSeconds < 1)
        return configError(QStringLiteral("--access-ttl needs a positive number of seconds."));
    config.refreshTokenSeconds = parser.value(refreshTtl).toInt(&ok);
    if (!ok || config.refreshTokenSeconds < 1)
        return configError(QStringLiteral("--refresh-ttl needs a positive number of seconds."));
    config.faults.failRate = parser.value(failRate).toDouble(&ok);
    if (!ok || config.faults.failRate < 0 || config.faults.failRate > 1)
        return configError(QStringLiteral("--fail-rate needs a share from 0 to 1."));
    config.faults.dropRate = parser.value(dropRate).toDouble(&ok);
    if (!ok || config.faults.dropRate < 0 || config.faults.dropRate > 1)
        return configError(QStringLiteral("--drop-rate needs a share from 0 to 1."));
    config.faults.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || config.faults.latencyMs < 0)
        return configError(QStringLiteral("--latency-ms needs a number of milliseconds."));
    if (parser.isSet(faultSeed)) {
        config.faults.seed = parser.value(faultSeed).toUInt(&ok);
        if (!ok)
            return configError(QStringLiteral("--fault-seed needs a number."));
        config.faults.seeded = true;
    }
    config.tlsCertificate = parser.value(tlsCert);
    config.tlsKey = parser.value(tlsKey);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return configError(QStringLiteral("--tls-cert and --tls-key go together."));
    return config;
}

} // namespace ow::central
