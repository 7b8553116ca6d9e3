#include "sync/ApiError.h"

#include <QHash>

namespace ow {

bool ApiError::retryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Retryable:
    case Kind::BadAnswer:
        return true;
    case Kind::None:
    case Kind::Auth:
    case Kind::Refused:
    case Kind::Insecure:
        return false;
    }
    return false;
}

ApiError ApiError::network(const QString& detail)
{
    ApiError error;
    error.kind = Kind::Network;
    error.code = QStringLiteral("network.failure");
    error.message = tr("The central server cannot be reached (%1). Work continues offline and is delivered "
                       "when the connection is back.")
                        .arg(detail);
    return error;
}

ApiError ApiError::timeout()
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.code = QStringLiteral("network.timeout");
    error.message = tr("The central server did not answer in time. The operation will be tried again.");
    return error;
}

ApiError ApiError::badAnswer(const QString& detail)
{
    ApiError error;
    error.kind = Kind::BadAnswer;
    error.code = QStringLiteral("api.badAnswer");
    error.message = tr("The central server gave an answer this program cannot read (%1). Check the server "
                       "address; the operation will be tried again.")
                        .arg(detail);
    return error;
}

ApiError ApiError::insecure(const QString& url)
{
    ApiError error;
    error.kind = Kind::Insecure;
    error.code = QStringLiteral("network.insecure");
    error.message =
        tr("The central server address %1 is not encrypted. Use an https:// address; plain http:// "
           "is only allowed on this computer (localhost).")
            .arg(url);
    return error;
}

QString ApiError::describe(int status, const QString& code)
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("auth.invalidCredentials"), QT_TR_NOOP("The user name or password is wrong.")},
        {QStringLiteral("auth.tooManyAttempts"),
         QT_TR_NOOP("Too many wrong passwords. Wait a few minutes before trying again.")},
        {QStringLiteral("auth.tokenExpired"),
         QT_TR_NOOP("The sign-in has expired; it is renewed automatically.")},
        {QStringLiteral("auth.tokenRevoked"),
         QT_TR_NOOP("The sign-in was ended on the server. Sign in again.")},
        {QStringLiteral("auth.refreshTokenReused"),
         QT_TR_NOOP("The sign-in was ended for safety because it was used twice. Sign in again.")},
        {QStringLiteral("auth.forbidden"), QT_TR_NOOP("Your role does not allow this operation.")},
        {QStringLiteral("auth.noWindow"), QT_TR_NOOP("This operation needs a window; sign in at a window.")},
        {QStringLiteral("window.claimedByAnotherDevice"),
         QT_TR_NOOP("This window is registered to another computer. Ask a supervisor to release it.")},
        {QStringLiteral("case.invalidAcceptanceNumber"),
         QT_TR_NOOP("The server refused the case: its acceptance number is not valid.")},
        {QStringLiteral("case.windowMismatch"),
         QT_TR_NOOP("The server refused the case: its acceptance number belongs to another window. Check the "
                    "window configuration.")},
        {QStringLiteral("case.unknownItem"),
         QT_TR_NOOP("The server refused the case: one of its items is not in the central catalog. Update the "
                    "catalog and retry.")},
        {QStringLiteral("case.materialsMissing"),
         QT_TR_NOOP("The case waits for its materials to be uploaded first.")},
        {QStringLiteral("case.acceptanceNumberClash"),
         QT_TR_NOOP("Another case on the server has the same acceptance number: two computers may be set up "
                    "as the same window. Call the supervisor.")},
        {QStringLiteral("case.acceptanceNumberChanged"),
         QT_TR_NOOP("The server holds this case under another acceptance number. Call the supervisor.")},
        {QStringLiteral("case.draft"), QT_TR_NOOP("A draft cannot be reported to the server.")},
        {QStringLiteral("upload.offsetMismatch"),
         QT_TR_NOOP("The server holds a different part of the file; the upload continues from there.")},
        {QStringLiteral("upload.hashMismatch"),
         QT_TR_NOOP("The uploaded file arrived damaged; it is sent again.")},
        {QStringLiteral("upload.sizeMismatch"),
         QT_TR_NOOP("The server knows this file with another size. Call the supervisor.")},
        {QStringLiteral("material.tooLarge"), QT_TR_NOOP("The file is larger than the server accepts.")},
        {QStringLiteral("idempotency.keyReused"),
         QT_TR_NOOP("The server refused an operation sent twice with different content. Please report it.")},
    };
    if (const auto text = texts.find(code); text != texts.end())
        return tr(text.value());
    if (status == 429 || status == 503)
        return tr("The central server is busy; the operation will be tried again shortly.");
    if (status >= 500)
        return tr("The central server failed (%1); the operation will be tried again.").arg(status);
    if (status == 401)
        return tr("The sign-in is not valid any more. Sign in again.");
    if (status == 403)
        return tr("The central server does not allow this operation (%1).").arg(code);
    if (status == 404)
        return tr("The central server does not know this (%1).").arg(code);
    return tr("The central server refused the operation (HTTP %1, %2).").arg(status).arg(code);
}

} // namespace ow
