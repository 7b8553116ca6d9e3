#include "sync/Backoff.h"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using ow::Backoff;
using ow::BackoffPolicy;

TEST_CASE("Backoff grows exponentially up to the cap", "[sync][backoff]")
{
    QRandomGenerator random(7);
    const Backoff backoff(BackoffPolicy{1000ms, 60000ms, 2.0, 0.0}, &random);
    CHECK(backoff.delay(1) == 1000ms);
    CHECK(backoff.delay(2) == 2000ms);
    CHECK(backoff.delay(5) == 16000ms);
    CHECK(backoff.delay(7) == 60000ms);
    CHECK(backoff.delay(1000) == 60000ms);
    CHECK(backoff.delay(0) == 1000ms);
}

TEST_CASE("Backoff jitter stays within its share and is repeatable with a fixed seed", "[sync][backoff]")
{
    QRandomGenerator first(42);
    QRandomGenerator second(42);
    const Backoff a(BackoffPolicy{1000ms, 60000ms, 2.0, 0.5}, &first);
    const Backoff b(BackoffPolicy{1000ms, 60000ms, 2.0, 0.5}, &second);
    bool varied = false;
    std::chrono::milliseconds previous{-1};
    for (int i = 0; i < 200; ++i) {
        const auto delay = a.delay(3);
        CHECK(delay == b.delay(3));
        CHECK(delay > 2000ms);
        CHECK(delay <= 4000ms);
        varied = varied || (previous.count() >= 0 && delay != previous);
        previous = delay;
    }
    CHECK(varied);
}

TEST_CASE("Backoff never waits less than Retry-After", "[sync][backoff]")
{
    QRandomGenerator random(1);
    const Backoff backoff(BackoffPolicy{10ms, 100ms, 2.0, 0.5}, &random);
    CHECK(backoff.delay(1, 1) == 1000ms);
    CHECK(backoff.delay(1, 0) <= 10ms);
    CHECK(backoff.delay(20, 3600) == 3600000ms); // the server's word beats the cap
}
