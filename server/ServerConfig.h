#pragma once

// ServerConfig: everything onewindow-central is started with (address, port, data directory, database,
// seed, token lifetimes, fault injection, TLS), read from the command line or filled in by tests.

#include "FaultInjector.h"
#include "core/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace ow::central {

enum class SeedKind
{
    None, // seed nothing (a database seeded before keeps its data)
    Demo, // users, windows, the 355-item demo catalog, themes, holidays, applicants and licences
    Full  // the same with the catalog at full scale (SyntheticCatalog, 155,811 items)
};

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8470; // 0: pick a free port
    QString dataDir;     // materials (always) and the SQLite database (by default)
    QString database;    // --database text, parsed by DatabaseLocation
    SeedKind seed = SeedKind::None;
    int passwordIterations = 100000; // PBKDF2 iterations for the seeded users' passwords
    int accessTokenSeconds = 900;
    int refreshTokenSeconds = 7 * 24 * 3600;
    FaultSettings faults;
    QString tlsCertificate; // PEM files; both or neither
    QString tlsKey;

    // Parses the program's arguments (arguments[0] is the program). --help and --version are
    // answered by the caller: the result's error code is "config.help" / "config.version" with the text.
    static Result<ServerConfig> fromArguments(const QStringList& arguments);
};

} // namespace ow::central
