#pragma once

// SignInRequest, SignInAnswer and SignedInUser: what a sign-in asks the central server and what it
// answers (docs/central-api.md section 2); the answer and the user are the API client's own types.

#include "sync/ApiTypes.h"

#include <QString>
#include <QUrl>

namespace ow {

// The staff member a sign-in established, as the server described them (online) or last described
// them (offline).
using SignedInUser = ApiUser;
// POST /auth/login answered 200.
using SignInAnswer = LoginAnswer;

struct SignInRequest
{
    QUrl server; // the central server's base URL
    QString login;
    QString password;
    QString windowKey; // the window the user sits at today ("420800-01-007"); empty: the home window
    QString deviceId;  // this installation, for window registration; empty: register nothing
};

} // namespace ow
