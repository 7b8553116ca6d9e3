#pragma once

// AuthRoutes: /api/v1/auth/login, /refresh, /logout and /me (AuthService does the work).

namespace ow::central {

class ApiRouter;

class AuthRoutes
{
public:
    static void add(ApiRouter& router);
};

} // namespace ow::central
