#pragma once

// Shared helpers of the sync tests: waiting for an asynchronous answer (the blocking form the
// production code never uses) and a local database with its offline-credential store.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/OfflineCredentialStore.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

namespace ow::test {

// Starts an asynchronous call and runs the event loop until it answers (10 s at most).
template <typename R> R await(const std::function<void(std::function<void(R)>)>& start)
{
    std::optional<R> answer;
    QEventLoop loop;
    start([&](R value) {
        answer.emplace(std::move(value));
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(answer.has_value());
    return std::move(*answer);
}

// A database in its own temporary folder, its offline-credential store and a clock set to a fixed
// morning.
struct CredentialDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<OfflineCredentialStore> store;
    FixedClock clock{QDateTime(QDate(2025, 10, 20), QTime(8, 30))};

    CredentialDatabase()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("onewindow.db")));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        db = std::move(opened).value();
        store = std::make_unique<OfflineCredentialStore>(*db);
    }
};

} // namespace ow::test
