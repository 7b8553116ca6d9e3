#pragma once

// GuardedTcpServer: the listening socket handed to QHttpServer (bind()). Plain TCP or, with a
// certificate, TLS through QSslServer; either way every accepted connection gets its ConnectionGuard
// before QHttpServer sees it.

#include "core/Result.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>

namespace ow::central {

class FaultInjector;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(FaultInjector& faults, qint64 connectionLimit, QObject* parent = nullptr);

    // A listening server: plain when `tls` is null, else TLS with that configuration.
    static Result<QTcpServer*> listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                                      FaultInjector& faults, qint64 connectionLimit);

protected:
    void incomingConnection(qintptr handle) override;

private:
    FaultInjector& m_faults;
    qint64 m_limit;
};

} // namespace ow::central
