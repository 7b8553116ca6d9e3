#pragma once

// CentralServer: the reference central server. A QAbstractHttpServer whose request pipeline is:
// fault injection, route lookup, body limit, bearer token and role, the idempotency rule, the route's
// handler inside one database transaction (so nothing is applied half-way), then the answer, delayed
// or cut as the fault options say.

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRouter.h"
#include "AuthService.h"
#include "CentralDatabase.h"
#include "FaultInjector.h"
#include "IdempotencyStore.h"
#include "MaterialStore.h"
#include "RouteContext.h"
#include "ServerConfig.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QAbstractHttpServer>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace ow::central {

class CentralServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // The largest request a connection accepts at all; bigger ones get 413 before their body is read.
    static constexpr qint64 connectionLimit = 16 * 1024 * 1024;

    // Opens (and migrates) the database, prepares the material folders and seeds as configured.
    // `clock` may be null (the system clock); it must outlive the server.
    static Result<std::unique_ptr<CentralServer>> create(const ServerConfig& config,
                                                         const Clock* clock = nullptr);
    ~CentralServer() override;

    // Starts listening; the URL then says where (with the port chosen for port 0).
    Result<QUrl> start();
    QUrl url() const { return m_url; }

    FaultInjector& faults() { return m_faults; }
    CentralDatabase& database() { return *m_db; }
    const ServerConfig& config() const { return m_config; }

    // The pipeline without HTTP: what the server answers to `request` (tests, and handleRequest).
    ApiResponse answer(const ApiRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    CentralServer(const ServerConfig& config, std::unique_ptr<CentralDatabase> db, const Clock* clock);
    ApiResponse route(const ApiRequest& request);
    void registerRoutes();
    void purgeIdempotencyKeys();

    ServerConfig m_config;
    SystemClock m_systemClock;
    const Clock& m_clock;
    std::unique_ptr<CentralDatabase> m_db;
    MaterialStore m_materials;
    AuthService m_auth;
    IdempotencyStore m_idempotency;
    FaultInjector m_faults;
    ApiRouter m_router;
    ServerServices m_services;
    QUrl m_url;
    quint64 m_requestCount = 0;
    QTimer m_purgeTimer;
};

} // namespace ow::central
