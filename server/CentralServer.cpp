#include "CentralServer.h"

#include "ApiFailure.h"
#include "ApplicantRoutes.h"
#include "AuditRoutes.h"
#include "AuthRoutes.h"
#include "CaseRoutes.h"
#include "CatalogRoutes.h"
#include "CentralLog.h"
#include "CentralSeeder.h"
#include "ConnectionGuard.h"
#include "DispatchRoutes.h"
#include "GuardedTcpServer.h"
#include "MaterialRoutes.h"
#include "QueueRoutes.h"
#include "RatingRoutes.h"
#include "ResponseWriter.h"
#include "SystemRoutes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace ow::central {

namespace {

Result<QSslConfiguration> tlsConfiguration(const ServerConfig& config)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty())
        return Error{QStringLiteral("config.tls"),
                     QStringLiteral("No PEM certificate in %1.").arg(config.tlsCertificate)};
    QFile keyFile(config.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("config.tls"),
                     QStringLiteral("Cannot read the key %1.").arg(config.tlsKey)};
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error{
            QStringLiteral("config.tls"),
            QStringLiteral("%1 holds no unencrypted RSA or EC private key in PEM.").arg(config.tlsKey)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

CentralServer::CentralServer(const ServerConfig& config, std::unique_ptr<CentralDatabase> db,
                             const Clock* clock)
    : m_config(config)
    , m_clock(clock ? *clock : m_systemClock)
    , m_db(std::move(db))
    , m_materials(config.dataDir)
    , m_auth(*m_db, m_clock, config.accessTokenSeconds, config.refreshTokenSeconds)
    , m_idempotency(*m_db)
    , m_faults(config.faults)
    , m_services{*m_db, m_auth, m_materials, m_config, m_clock}
{
    registerRoutes();
    m_purgeTimer.setInterval(std::chrono::hours(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, &CentralServer::purgeIdempotencyKeys);
    m_purgeTimer.start();
}

CentralServer::~CentralServer() = default;

Result<std::unique_ptr<CentralServer>> CentralServer::create(const ServerConfig& config, const Clock* clock)
{
    Result<DatabaseLocation> location = DatabaseLocation::parse(config.database, config.dataDir);
    if (!location)
        return location.error();
    if (Result<void> folders = MaterialStore(config.dataDir).prepare(); !folders)
        return folders.error();
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(*location);
    if (!db)
        return db.error();
    std::unique_ptr<CentralServer> server(new CentralServer(config, std::move(db).value(), clock));
    if (config.seed != SeedKind::None) {
        if (Result<void> seeded =
                CentralSeeder(server->database(), config.passwordIterations).seed(config.seed);
            !seeded)
            return seeded.error();
    }
    server->purgeIdempotencyKeys();
    return server;
}

void CentralServer::purgeIdempotencyKeys()
{
    try {
        const int purged = m_idempotency.purge(m_clock.now().addDays(-IdempotencyStore::retentionDays));
        if (purged > 0)
            qCInfo(lcCentral) << "forgot" << purged << "idempotency keys older than"
                              << IdempotencyStore::retentionDays << "days";
    } catch (const ApiFailure& failure) {
        qCWarning(lcCentral) << "cannot forget old idempotency keys:" << failure.response().errorCode();
    }
}

void CentralServer::registerRoutes()
{
    SystemRoutes::add(m_router);
    AuthRoutes::add(m_router);
    CatalogRoutes::add(m_router);
    ApplicantRoutes::add(m_router);
    CaseRoutes::add(m_router);
    MaterialRoutes::add(m_router);
    QueueRoutes::add(m_router);
    RatingRoutes::add(m_router);
    DispatchRoutes::add(m_router);
    AuditRoutes::add(m_router);
}

Result<QUrl> CentralServer::start()
{
    std::optional<QSslConfiguration> tls;
    if (!m_config.tlsCertificate.isEmpty()) {
        Result<QSslConfiguration> made = tlsConfiguration(m_config);
        if (!made)
            return made.error();
        tls = *made;
    }
    Result<QTcpServer*> listener = GuardedTcpServer::listen(m_config.listenAddress, m_config.port,
                                                            tls ? &*tls : nullptr, m_faults, connectionLimit);
    if (!listener)
        return listener.error();
    bind(*listener);
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_config.listenAddress.toString());
    url.setPort((*listener)->serverPort());
    m_url = url;
    return url;
}

bool CentralServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    const bool cutResponse = guard && guard->finishRequest();
    const ApiRequest request = ApiRequest::fromHttp(httpRequest);
    ApiResponse response = answer(request);
    response.withHeader("X-Request-Id", QByteArray::number(++m_requestCount));
    const bool head = request.method() == QLatin1String("HEAD");
    qCDebug(lcCentral).noquote() << request.method() << request.path() << response.status()
                                 << response.errorCode() << timer.elapsed() << "ms";
    if (cutResponse) {
        m_faults.countResponseCut();
        qCInfo(lcCentral).noquote() << "fault injection: cutting the answer to" << request.method()
                                    << request.path();
    }
    const bool health = request.path() == QLatin1String("/api/v1/health"); // never faulted
    const int latency = health ? 0 : m_faults.settings().latencyMs;
    if (latency <= 0) {
        ResponseWriter::write(socket, response, head, cutResponse);
        return true;
    }
    QPointer<QTcpSocket> target(socket);
    QTimer::singleShot(latency, this, [target, response, head, cutResponse] {
        if (target)
            ResponseWriter::write(target, response, head, cutResponse);
    });
    return true;
}

void CentralServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request)
    ResponseWriter::write(
        socket, ApiResponse::error(404, QStringLiteral("route.notFound"), QStringLiteral("No such path.")),
        false);
}

ApiResponse CentralServer::answer(const ApiRequest& request)
{
    try {
        return route(request);
    } catch (const ApiFailure& failure) {
        m_db->rollback();
        return failure.response();
    } catch (const std::exception& exception) {
        m_db->rollback();
        qCWarning(lcCentral) << "internal error:" << exception.what();
        return ApiResponse::error(500, QStringLiteral("server.internal"),
                                  QStringLiteral("The server failed; the operation was not applied."), true);
    }
}

ApiResponse CentralServer::route(const ApiRequest& request)
{
    if (request.path() != QLatin1String("/api/v1/health")) {
        if (const int status = m_faults.rollFailure(); status == 500)
            return ApiResponse::error(500, QStringLiteral("fault.injected"),
                                      QStringLiteral("Injected failure (--fail-rate); nothing was applied."),
                                      true);
        else if (status == 503)
            return ApiResponse::unavailable(
                QStringLiteral("fault.injected"),
                QStringLiteral("Injected failure (--fail-rate); nothing was applied."), 1);
    }
    const ApiRouter::Match match = m_router.match(request.method(), request.path());
    if (!match.route) {
        if (!match.allowedMethods.isEmpty())
            return ApiResponse::error(405, QStringLiteral("route.methodNotAllowed"),
                                      QStringLiteral("%1 is not allowed here.").arg(request.method()))
                .withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        return ApiResponse::error(404, QStringLiteral("route.notFound"),
                                  QStringLiteral("There is no %1 in the central API.").arg(request.path()));
    }
    const RouteSpec& spec = match.route->spec;
    if (request.body().size() > spec.maxBody)
        return ApiResponse::error(413, QStringLiteral("request.tooLarge"),
                                  QStringLiteral("The request body is %1 bytes; this call takes at most %2.")
                                      .arg(request.body().size())
                                      .arg(spec.maxBody));
    std::optional<Session> session;
    if (!spec.isPublic) {
        session = m_auth.authenticate(request.header("Authorization"));
        if (!(spec.roles & session->role))
            return ApiResponse::error(
                403, QStringLiteral("auth.forbidden"),
                QStringLiteral("The role %1 may not do this.").arg(roleName(session->role)));
    }
    RouteContext context{request, m_services, session ? &*session : nullptr, match.params};
    const bool transactional = request.isWrite() && spec.idempotent;
    if (!transactional)
        return match.route->handler(context);

    const QString key = IdempotencyStore::keyOf(request);
    const QString login = session ? session->login : QString();
    if (std::optional<ApiResponse> replayed = m_idempotency.replay(key, login, request))
        return *replayed;
    m_db->begin();
    ApiResponse response = match.route->handler(context);
    if (!response.isSuccess()) {
        m_db->rollback();
        return response;
    }
    m_idempotency.record(key, login, request, response, m_clock.now());
    m_db->commit();
    return response;
}

} // namespace ow::central
