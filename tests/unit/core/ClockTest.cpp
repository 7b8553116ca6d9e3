#include "core/Clock.h"

#include "core/Result.h"

#include <catch2/catch.hpp>

TEST_CASE("A fixed clock shows the time it was set to and advances on request", "[core][clock]")
{
    ow::FixedClock clock(QDateTime(QDate(2020, 1, 23), QTime(8, 30)));
    CHECK(clock.today() == QDate(2020, 1, 23));
    clock.advanceSeconds(16 * 3600);
    CHECK(clock.today() == QDate(2020, 1, 24));
    CHECK(clock.now().time() == QTime(0, 30));
}

TEST_CASE("A result carries either a value or an error", "[core][result]")
{
    ow::Result<int> good = 42;
    REQUIRE(good.ok());
    CHECK(*good == 42);
    auto bad = ow::Result<int>::failure(QStringLiteral("x.y"), QStringLiteral("went wrong"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QLatin1String("x.y"));
    ow::Result<void> done;
    CHECK(done.ok());
}
