// bench_calendar: 1,000,000 deadline computations (WorkingCalendar::addWorkingDays) with random start
// dates 2019-2026 and limits of 1..80 working days; prints throughput, ns per call (median and p99
// over batches) and peak RSS. Target: more than 1,000,000 computations per second.

#include "BenchStats.h"
#include "core/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Figures
{
    double perSecond;
    double medianNs;
    double p99Ns;
    qint64 checksum;
};

// Runs call(i) for every input, timed in batches; the checksum keeps the work from being optimised out.
template <typename Call> Figures measure(std::size_t count, std::size_t batch, Call call)
{
    std::vector<double> nsPerCall;
    qint64 checksum = 0;
    const auto begin = Clock::now();
    for (std::size_t first = 0; first < count; first += batch) {
        const std::size_t last = std::min(count, first + batch);
        const auto batchBegin = Clock::now();
        for (std::size_t i = first; i < last; ++i)
            checksum += call(i);
        const std::chrono::duration<double, std::nano> elapsed = Clock::now() - batchBegin;
        nsPerCall.push_back(elapsed.count() / static_cast<double>(last - first));
    }
    const std::chrono::duration<double> total = Clock::now() - begin;
    return {static_cast<double>(count) / total.count(), percentile(nsPerCall, 0.5),
            percentile(nsPerCall, 0.99), checksum};
}

void print(const char* what, const Figures& figures)
{
    std::printf("%-34s %12.0f /s   median %7.1f ns   p99 %7.1f ns   (checksum %lld)\n", what,
                figures.perSecond, figures.medianNs, figures.p99Ns, static_cast<long long>(figures.checksum));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr std::size_t count = 1'000'000;
    constexpr std::size_t batch = 1'000;

    const auto loadBegin = Clock::now();
    const ow::WorkingCalendar calendar = ow::WorkingCalendar::withShippedArrangements();
    const std::chrono::duration<double, std::milli> loadTime = Clock::now() - loadBegin;

    // Pregenerated inputs: start dates 2019-01-01..2026-12-31, n in 1..80.
    QRandomGenerator random(20201123);
    const qint64 first = QDate(2019, 1, 1).toJulianDay();
    const qint64 last = QDate(2026, 12, 31).toJulianDay();
    std::vector<QDate> starts(count);
    std::vector<int> limits(count);
    std::vector<QDate> ends(count);
    for (std::size_t i = 0; i < count; ++i) {
        starts[i] = QDate::fromJulianDay(random.bounded(first, last + 1));
        limits[i] = random.bounded(1, 81);
        ends[i] = starts[i].addDays(random.bounded(-120, 121));
    }

    std::printf("bench_calendar: %zu calls per figure, batches of %zu; calendar loaded in %.2f ms\n", count,
                batch, loadTime.count());
    // A warm-up pass, then the measured one.
    measure(count, batch,
            [&](std::size_t i) { return calendar.addWorkingDays(starts[i], limits[i]).date.day(); });
    const Figures deadlines = measure(count, batch, [&](std::size_t i) {
        const ow::Deadline deadline = calendar.addWorkingDays(starts[i], limits[i]);
        return deadline.date.toJulianDay() + (deadline.provisional ? 1 : 0);
    });
    print("addWorkingDays (n = 1..80)", deadlines);
    print("addWorkingDays (n = 80)", measure(count, batch, [&](std::size_t i) {
              return calendar.addWorkingDays(starts[i], 80).date.toJulianDay();
          }));
    print("workingDaysBetween (+-120 days)", measure(count, batch, [&](std::size_t i) {
              return qint64{calendar.workingDaysBetween(starts[i], ends[i])};
          }));
    print("isWorkingDay", measure(count, batch, [&](std::size_t i) {
              return qint64{calendar.isWorkingDay(starts[i]) ? 1 : 0};
          }));
    std::printf("peak RSS (VmHWM): %ld KiB\n", peakRssKiB());
    std::printf("target > 1,000,000 deadlines/s: %s\n", deadlines.perSecond > 1e6 ? "met" : "NOT MET");
    return deadlines.perSecond > 0 ? 0 : 1;
}
