#pragma once

// DeliveryOutcome: what became of one attempt to deliver an outbox operation: delivered, to be
// retried later (with the server's Retry-After), or to be parked with a reason a person can act on.

#include "sync/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

struct DeliveryOutcome
{
    enum class Kind
    {
        Delivered,
        Retry,
        Park
    };

    Kind kind = Kind::Delivered;
    ApiError error; // the failure behind Retry or Park
    QString reason; // translated; for Park the text stored with the parked operation

    static DeliveryOutcome delivered() { return {}; }
    // Retry when the error is temporary, a sign-in or an address matter, else Park with its message.
    static DeliveryOutcome fromError(const ApiError& error);
    static DeliveryOutcome park(const QString& code, const QString& reason);

    Q_DECLARE_TR_FUNCTIONS(ow::DeliveryOutcome)
};

} // namespace ow
