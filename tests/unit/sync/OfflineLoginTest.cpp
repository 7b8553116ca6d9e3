#include "sync/OfflineLogin.h"

#include "SyncTestSupport.h"
#include "core/ConstantTime.h"
#include "sync/PasswordHasher.h"

#include <QElapsedTimer>

using namespace ow;
using namespace ow::test;

namespace {

OfflineLogin::Options fastOptions()
{
    OfflineLogin::Options options;
    options.iterations = 1000; // the default's cost is measured once below
    return options;
}

SignedInUser wangli()
{
    return {QStringLiteral("wangli"), QStringLiteral("王丽"), QStringLiteral("clerk"),
            QStringLiteral("420800-01-007")};
}

} // namespace

TEST_CASE("PBKDF2 matches the RFC 7914 test vector and compares in constant time", "[sync][offline]")
{
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, dkLen = 64 (first 32).
    CHECK(PasswordHasher::derive(QStringLiteral("passwd"), "salt", 1).toHex() ==
          "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    CHECK(PasswordHasher::newSalt().size() == PasswordHasher::saltBytes);
    CHECK(PasswordHasher::newSalt() != PasswordHasher::newSalt());
    CHECK(equalInConstantTime("abc", "abc"));
    CHECK_FALSE(equalInConstantTime("abc", "abd"));
    CHECK_FALSE(equalInConstantTime("abc", "abcd"));
}

TEST_CASE("Offline sign-in accepts the right password and refuses a wrong one", "[sync][offline]")
{
    CredentialDatabase t;
    OfflineLogin offline(*t.store, t.clock, fastOptions());
    REQUIRE(offline.remember(QStringLiteral("wangli"), QStringLiteral("demo-wangli"), wangli()));
    t.clock.advanceSeconds(3600);

    const auto user = offline.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli"));
    REQUIRE(user);
    CHECK(user->name == QStringLiteral("王丽"));
    CHECK(user->role == QStringLiteral("clerk"));
    CHECK(user->windowKey == QStringLiteral("420800-01-007"));

    const auto wrong = offline.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangl1"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == QStringLiteral("offline.wrongPassword"));
    CHECK(wrong.error().message.contains(QStringLiteral("4 attempt(s) left")));

    const auto unknown = offline.verify(QStringLiteral("lisi"), QStringLiteral("demo-wangli"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == QStringLiteral("offline.unknownUser"));
    CHECK(unknown.error().message.contains(QStringLiteral("lisi has never signed in")));
}

TEST_CASE("Offline sign-in ends when the allowance since the last online sign-in has passed",
          "[sync][offline]")
{
    CredentialDatabase t;
    OfflineLogin offline(*t.store, t.clock, fastOptions());
    REQUIRE(offline.options().allowanceDays == 7);
    REQUIRE(offline.remember(QStringLiteral("wangli"), QStringLiteral("demo-wangli"), wangli()));

    t.clock.set(t.clock.now().addDays(7));
    CHECK(offline.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli")));
    t.clock.advanceSeconds(1);
    const auto expired = offline.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli"));
    REQUIRE_FALSE(expired);
    CHECK(expired.error().code == QStringLiteral("offline.expired"));
    CHECK(expired.error().message.contains(QStringLiteral("7 day(s)")));
    CHECK(expired.error().message.contains(QStringLiteral("sign in online")));

    // A new online sign-in starts the allowance again.
    REQUIRE(offline.remember(QStringLiteral("wangli"), QStringLiteral("demo-wangli"), wangli()));
    CHECK(offline.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli")));
}

TEST_CASE("Five wrong offline passwords lock the login for five minutes", "[sync][offline]")
{
    CredentialDatabase t;
    OfflineLogin offline(*t.store, t.clock, fastOptions());
    REQUIRE(offline.remember(QStringLiteral("wangli"), QStringLiteral("demo-wangli"), wangli()));

    for (int i = 0; i < 4; ++i)
        CHECK(offline.verify(QStringLiteral("wangli"), QStringLiteral("guess")).error().code ==
              QStringLiteral("offline.wrongPassword"));
    const auto fifth = offline.verify(QStringLiteral("wangli"), QStringLiteral("guess"));
    CHECK(fifth.error().code == QStringLiteral("offline.lockedOut"));
    CHECK(fifth.error().message.contains(QStringLiteral("5 minute(s)")));

    // Locked: even the right password is refused, and the lock survives a new OfflineLogin.
    OfflineLogin again(*t.store, t.clock, fastOptions());
    t.clock.advanceSeconds(299);
    const auto locked = again.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli"));
    CHECK(locked.error().code == QStringLiteral("offline.lockedOut"));
    CHECK(locked.error().message.contains(QStringLiteral("blocked until")));

    t.clock.advanceSeconds(1);
    CHECK(again.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli")));
    // A success starts the count again.
    CHECK(again.verify(QStringLiteral("wangli"), QStringLiteral("guess"))
              .error()
              .message.contains(QStringLiteral("4 attempt(s) left")));
}

TEST_CASE("The stored hash is not the password and differs for two users with the same password",
          "[sync][offline]")
{
    CredentialDatabase t;
    OfflineLogin offline(*t.store, t.clock, fastOptions());
    const QString password = QStringLiteral("same-password-123");
    REQUIRE(offline.remember(QStringLiteral("wangli"), password, wangli()));
    REQUIRE(offline.remember(QStringLiteral("lisi"), password, wangli()));

    const auto a = t.store->find(QStringLiteral("wangli"));
    const auto b = t.store->find(QStringLiteral("lisi"));
    REQUIRE((a && a->has_value() && b && b->has_value()));
    const OfflineCredential& first = **a;
    const OfflineCredential& second = **b;
    CHECK(first.hash.size() == PasswordHasher::hashBytes);
    CHECK(first.hash != password.toUtf8());
    CHECK_FALSE(first.hash.contains(password.toUtf8()));
    CHECK(first.salt != second.salt);
    CHECK(first.hash != second.hash);
    CHECK(first.iterations == 1000);

    // The password appears nowhere in the database file.
    t.db->close();
    QFile file(t.db->path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(password.toUtf8()));
}

TEST_CASE("The default offline hash takes 120,000 PBKDF2 rounds", "[sync][offline]")
{
    CredentialDatabase t;
    OfflineLogin offline(*t.store, t.clock);
    CHECK(offline.options().iterations == 120000);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(offline.remember(QStringLiteral("wangli"), QStringLiteral("demo-wangli"), wangli()));
    WARN("120,000 rounds remembered in " << timer.elapsed() << " ms");
    CHECK((*t.store->find(QStringLiteral("wangli")))->iterations == 120000);
    CHECK(offline.verify(QStringLiteral("wangli"), QStringLiteral("demo-wangli")));
}
