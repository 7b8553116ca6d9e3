#include "sync/DeliveryOutcome.h"

namespace ow {

DeliveryOutcome DeliveryOutcome::fromError(const ApiError& error)
{
    DeliveryOutcome outcome;
    outcome.error = error;
    // A sign-in or address problem is not the operation's fault: it waits until that is fixed.
    const bool waits = error.kind == ApiError::Kind::Auth || error.kind == ApiError::Kind::Insecure;
    outcome.kind = error.retryable() || waits ? Kind::Retry : Kind::Park;
    outcome.reason =
        outcome.kind == Kind::Park ? tr("%1 (%2)").arg(error.message, error.code) : error.message;
    return outcome;
}

DeliveryOutcome DeliveryOutcome::park(const QString& code, const QString& reason)
{
    DeliveryOutcome outcome;
    outcome.kind = Kind::Park;
    outcome.error.kind = ApiError::Kind::Refused;
    outcome.error.code = code;
    outcome.error.message = reason;
    outcome.reason = reason;
    return outcome;
}

} // namespace ow
