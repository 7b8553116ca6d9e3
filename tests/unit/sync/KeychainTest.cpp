// Tests against the real system keychain: this executable runs inside tests/support/with-keyring.sh
// (a private D-Bus session with an unlocked gnome-keyring), and starts itself once more without any
// Secret Service to see what a window without a keychain gets.

#include "SyncTestSupport.h"
#include "sync/CredentialVault.h"
#include "sync/OfflineLogin.h"
#include "sync/SignInService.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace ow::test;

namespace {

const QUrl server(QStringLiteral("https://central.example.cn/"));

QString uniqueToken()
{
    return QStringLiteral("owr_test_") + QUuid::createUuid().toString(QUuid::Id128);
}

Result<void> storeNow(CredentialVault& vault, const CredentialKey& key, const QString& token)
{
    return await<Result<void>>([&](auto done) { vault.store(key, token, std::move(done)); });
}

Result<std::optional<QString>> readNow(CredentialVault& vault, const CredentialKey& key)
{
    return await<Result<std::optional<QString>>>([&](auto done) { vault.read(key, std::move(done)); });
}

Result<void> removeNow(CredentialVault& vault, const CredentialKey& key)
{
    return await<Result<void>>([&](auto done) { vault.remove(key, std::move(done)); });
}

// The central server as the sign-in sees it: answers one of three ways, from the event loop.
struct FakeCentral
{
    enum class Mode
    {
        Accept,
        Unreachable,
        Refuse
    };
    Mode mode = Mode::Accept;
    int calls = 0;
    QString refreshToken = uniqueToken();

    SignInService::OnlineLogin login()
    {
        return [this](const SignInRequest& request, std::function<void(Result<SignInAnswer>)> done) {
            ++calls;
            QTimer::singleShot(0, [this, request, done = std::move(done)] {
                if (mode == Mode::Unreachable)
                    done(Error{QStringLiteral("network.failure"), QStringLiteral("Connection refused.")});
                else if (mode == Mode::Refuse)
                    done(Error{QStringLiteral("auth.invalidCredentials"),
                               QStringLiteral("The user name or password is wrong.")});
                else
                    done(SignInAnswer{QStringLiteral("owa_access"),
                                      refreshToken,
                                      {},
                                      {},
                                      {request.login, QStringLiteral("王丽"), QStringLiteral("clerk"),
                                       QStringLiteral("420800-01-007")}});
            });
        };
    }
};

// A sign-in service on a fresh database, with a vault of its own service name.
struct SignInFixture
{
    CredentialDatabase data;
    OfflineLogin offline{*data.store, data.clock, {7, 1000, 5, 300}};
    CredentialVault vault{QStringLiteral("OneWindow test ") + QUuid::createUuid().toString()};
    FakeCentral central;
    SignInService service{central.login(), vault, offline};
    QSignalSpy signedIn{&service, &SignInService::signedIn};
    QSignalSpy failed{&service, &SignInService::signInFailed};
    QSignalSpy keychainProblems{&service, &SignInService::keychainProblem};

    SignInRequest request(const QString& password = QStringLiteral("demo-wangli")) const
    {
        return {server, QStringLiteral("wangli"), password, QStringLiteral("420800-01-007"), {}};
    }
    void signIn(const SignInRequest& r)
    {
        const auto before = signedIn.count() + failed.count();
        service.signIn(r);
        REQUIRE(QTest::qWaitFor([&] { return signedIn.count() + failed.count() > before; }, 10000));
    }
};

// Every file below dir that contains needle.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

TEST_CASE("The vault stores, reads back, replaces and deletes a refresh token in the keychain",
          "[sync][keychain]")
{
    CredentialVault vault(QStringLiteral("OneWindow test ") + QUuid::createUuid().toString());
    const CredentialKey key{server, QStringLiteral("wangli")};
    const CredentialKey other{server, QStringLiteral("lisi")};
    CHECK(key.entryName() == QStringLiteral("https://central.example.cn wangli"));

    const auto missing = readNow(vault, key);
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());

    const QString first = uniqueToken();
    const auto stored = storeNow(vault, key, first);
    INFO((stored ? QString() : stored.error().message).toStdString());
    REQUIRE(stored);
    CHECK(readNow(vault, key).value() == first);
    CHECK_FALSE(readNow(vault, other).value().has_value());

    const QString second = uniqueToken();
    REQUIRE(storeNow(vault, key, second));
    CHECK(readNow(vault, key).value() == second);

    REQUIRE(removeNow(vault, key));
    CHECK_FALSE(readNow(vault, key).value().has_value());
    CHECK(removeNow(vault, key)); // deleting what is not there is fine
}

TEST_CASE("Online sign-in keeps the refresh token in the keychain and the hash for offline use",
          "[sync][keychain][signin]")
{
    SignInFixture f;
    f.signIn(f.request());
    REQUIRE(f.signedIn.count() == 1);
    CHECK(f.signedIn.at(0).at(1).toBool() == true);
    CHECK(f.service.isOnline());
    CHECK(f.service.user().name == QStringLiteral("王丽"));
    CHECK(f.service.accessToken() == QStringLiteral("owa_access"));
    CHECK(f.keychainProblems.isEmpty());
    CHECK(readNow(f.vault, {server, QStringLiteral("wangli")}).value() == f.central.refreshToken);
    const auto kept = f.data.store->find(QStringLiteral("wangli"));
    REQUIRE((kept && kept->has_value()));
    CHECK((*kept)->verifiedAt == f.data.clock.now());

    SECTION("signing out deletes the token and forgets both tokens")
    {
        QSignalSpy signedOut(&f.service, &SignInService::signedOut);
        f.service.signOut();
        REQUIRE((signedOut.count() == 1 || signedOut.wait(10000)));
        CHECK_FALSE(f.service.isSignedIn());
        CHECK(f.service.accessToken().isEmpty());
        CHECK(f.service.refreshToken().isEmpty());
        CHECK_FALSE(readNow(f.vault, {server, QStringLiteral("wangli")}).value().has_value());
    }
    SECTION("with the network down, the same password signs in offline")
    {
        f.service.signOut();
        f.central.mode = FakeCentral::Mode::Unreachable;
        f.data.clock.advanceSeconds(2 * 24 * 3600);
        f.signIn(f.request());
        REQUIRE(f.signedIn.count() == 2);
        CHECK(f.signedIn.at(1).at(1).toBool() == false);
        CHECK_FALSE(f.service.isOnline());
        CHECK(f.service.user().windowKey == QStringLiteral("420800-01-007"));
        CHECK(f.service.accessToken().isEmpty());

        f.signIn(f.request(QStringLiteral("wrong")));
        REQUIRE(f.failed.count() == 1);
        const auto error = f.failed.at(0).at(0).value<Error>();
        CHECK(error.code == QStringLiteral("offline.wrongPassword"));
        CHECK(error.message.contains(QStringLiteral("cannot be reached")));
    }
    SECTION("a refusal by the server does not fall back to the offline hash")
    {
        f.service.signOut();
        f.central.mode = FakeCentral::Mode::Refuse;
        f.signIn(f.request());
        REQUIRE(f.failed.count() == 1);
        CHECK(f.failed.at(0).at(0).value<Error>().code == QStringLiteral("auth.invalidCredentials"));
        CHECK(f.signedIn.count() == 1);
        CHECK_FALSE(f.service.isSignedIn());
    }
}

TEST_CASE("Offline sign-in needs an earlier online sign-in on this computer", "[sync][keychain][signin]")
{
    SignInFixture f;
    f.central.mode = FakeCentral::Mode::Unreachable;
    f.signIn(f.request());
    REQUIRE(f.failed.count() == 1);
    CHECK(f.failed.at(0).at(0).value<Error>().code == QStringLiteral("offline.unknownUser"));
    CHECK(SignInService::isUnreachable({QStringLiteral("network.timeout"), {}}));
    CHECK(SignInService::isUnreachable({QStringLiteral("server.unavailable"), {}}));
    CHECK_FALSE(SignInService::isUnreachable({QStringLiteral("auth.tooManyAttempts"), {}}));
    CHECK_FALSE(SignInService::isUnreachable({QStringLiteral("network.insecure"), {}}));
}

// Run by the next test in a child process that has no Secret Service; prints what it saw.
TEST_CASE("(child) vault and sign-in without a keychain", "[.nokeychain-child]")
{
    const QString token = qEnvironmentVariable("ONEWINDOW_TEST_TOKEN");
    REQUIRE_FALSE(token.isEmpty());
    CredentialVault vault(QStringLiteral("OneWindow test no keychain"));
    const auto stored = storeNow(vault, {server, QStringLiteral("wangli")}, token);
    REQUIRE_FALSE(stored);
    printf("VAULT-CODE %s\nVAULT-MESSAGE %s\n", qPrintable(stored.error().code),
           qPrintable(stored.error().message));

    SignInFixture f;
    f.data.dir.setAutoRemove(false); // the parent scans the database too
    f.central.refreshToken = token;
    f.signIn(f.request());
    REQUIRE(f.signedIn.count() == 1);
    REQUIRE(f.keychainProblems.count() == 1);
    CHECK(f.service.refreshToken() == token); // kept in memory for this session only
    printf("SIGNIN-PROBLEM %s\n", qPrintable(f.keychainProblems.at(0).at(0).toString()));
    fflush(stdout);
}

TEST_CASE("Without a Secret Service the vault says what to do and writes the token nowhere",
          "[sync][keychain]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString token = uniqueToken();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("ONEWINDOW_TEST_TOKEN"), token);
    QDir(home.path()).mkpath(QStringLiteral("tmp"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(home.path());
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.nokeychain-child]")});
    REQUIRE(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(child.readAllStandardError()).toStdString());
    REQUIRE(child.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("VAULT-CODE keychain.unavailable")));
    CHECK(out.contains(QStringLiteral("The system keychain is not available")));
    CHECK(out.contains(QStringLiteral("ask IT")));
    CHECK(out.contains(QStringLiteral("SIGNIN-PROBLEM You are signed in, but the sign-in cannot be kept")));
    // Nothing on disk holds the token: not the settings, not the database (the child's data dir is
    // below its HOME's temporary folder), not a fallback file.
    CHECK(filesContaining(home.path(), token.toUtf8()).isEmpty());
}
