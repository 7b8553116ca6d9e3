#include "ui/SignInDialog.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/OfflineCredentialStore.h"
#include "sync/CredentialVault.h"
#include "sync/OfflineLogin.h"
#include "sync/SignInService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

// A sign-in service whose server accepts only demo-wangli, answering from the event loop.
struct SignInSetup
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = std::move(Database::open(dir.filePath(QStringLiteral("o.db")))).value();
    OfflineCredentialStore store{*db};
    FixedClock clock{QDateTime(QDate(2025, 10, 20), QTime(8, 30))};
    OfflineLogin offline{store, clock, {7, 1000, 5, 300}};
    CredentialVault vault{QStringLiteral("OneWindow ui test")};
    SignInService service{
        [](const SignInRequest& request, std::function<void(Result<SignInAnswer>)> done) {
            QTimer::singleShot(0, [request, done] {
                if (request.password != QStringLiteral("demo-wangli"))
                    return done(Error{QStringLiteral("auth.invalidCredentials"),
                                      QStringLiteral("用户名或密码错误。请检查后重新输入；"
                                                     "连续输错五次后账号将被锁定五分钟。")});
                done(SignInAnswer{
                    QStringLiteral("owa"),
                    QStringLiteral("owr"),
                    {},
                    {},
                    {request.login, QStringLiteral("王丽"), QStringLiteral("clerk"), request.windowKey}});
            });
        },
        vault, offline};
};

} // namespace

TEST_CASE("The sign-in dialog works by keyboard alone and shows errors in a wrapping line", "[ui][signin]")
{
    SignInSetup setup;
    SignInDialog dialog(setup.service, QUrl(QStringLiteral("https://central.example.cn")),
                        QStringLiteral("420800-01-007"), QStringLiteral("device-1"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("signInStatus"));
    REQUIRE(status);
    CHECK(status->wordWrap());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("signInWindow"))->text() ==
          QStringLiteral("420800-01-007"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("signInServer"))
              ->text()
              .contains(QStringLiteral("central.example.cn")));

    // Enter with nothing typed asks for both.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.statusText() == QStringLiteral("Enter your user name and password."));

    // Type the login, Tab to the password, a wrong one, Enter: the server's refusal, wrapped.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("wangli"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("wrong"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return dialog.statusText().startsWith(QStringLiteral("用户名")); }, 5000));
    CHECK(dialog.isVisible());
    CHECK(status->height() > status->fontMetrics().height() * 3 / 2); // the long Chinese line wraps
    CHECK(status->width() <= dialog.width());
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"));
    CHECK(password->text().isEmpty());
    CHECK(QApplication::focusWidget() == password);

    // The right password: signed in; without a keychain the dialog first says the sign-in is not
    // kept and closes on the next Enter.
    QTest::keyClicks(password, QStringLiteral("demo-wangli"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dialog.result() == QDialog::Accepted ||
                   dialog.statusText().contains(QStringLiteral("cannot be kept"));
        },
        10000));
    if (dialog.result() != QDialog::Accepted)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(setup.service.isSignedIn());
    CHECK(setup.service.user().windowKey == QStringLiteral("420800-01-007"));
    setup.service.signOut();
    QTest::qWait(200); // let the keychain delete finish
}
