// bench_id_validation: 1,000,000 generated resident ID numbers (valid and invalid of every kind, built before
// timing) through ResidentId::isValid, the allocation-free path used while typing; prints throughput, ns
// per number (median and p99 over 20 batches) and peak RSS. Target: more than 5,000,000 numbers per second.
// For comparison it also times ResidentId::parse (builds the value and messages) and CreditCode::isValid.

#include "BenchStats.h"
#include "core/CreditCode.h"
#include "core/RegionTable.h"
#include "core/ResidentId.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr std::size_t numberCount = 1'000'000;
constexpr std::size_t batchCount = 20;
const QDate today(2021, 6, 30);

// CPU time of this process in seconds: on a shared machine, wall-clock throughput understates the code.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

struct Figures
{
    double perSecond;
    double perCpuSecond;
    double medianNs;
    double p99Ns;
    long long accepted;
};

// Runs accept(input) over all inputs in `batchCount` timed batches.
template <typename Accept> Figures measure(const std::vector<QString>& inputs, Accept accept)
{
    std::vector<double> nsPerNumber;
    long long accepted = 0;
    const std::size_t batch = inputs.size() / batchCount;
    const auto begin = SteadyClock::now();
    const double cpuBegin = cpuSeconds();
    for (std::size_t b = 0; b < batchCount; ++b) {
        const auto batchBegin = SteadyClock::now();
        for (std::size_t i = b * batch; i < (b + 1) * batch; ++i)
            accepted += accept(inputs[i]) ? 1 : 0;
        const std::chrono::duration<double, std::nano> elapsed = SteadyClock::now() - batchBegin;
        nsPerNumber.push_back(elapsed.count() / static_cast<double>(batch));
    }
    const std::chrono::duration<double> total = SteadyClock::now() - begin;
    const double cpu = cpuSeconds() - cpuBegin;
    const auto count = static_cast<double>(batch * batchCount);
    return {count / total.count(), count / cpu, percentile(nsPerNumber, 0.5), percentile(nsPerNumber, 0.99),
            accepted};
}

void print(const char* what, const Figures& figures)
{
    std::printf("%-36s %9.0f /s (%9.0f per CPU-second)  median %6.1f ns  p99 %6.1f ns  (accepted %lld)\n",
                what, figures.perSecond, figures.perCpuSecond, figures.medianNs, figures.p99Ns,
                figures.accepted);
}

QString digits(QRandomGenerator& random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + random.bounded(10));
    return text;
}

// A mix like the window sees it: mostly valid numbers, some old-format and untidy ones, and every kind of
// mistake (wrong check digit, unknown region, impossible or future date, wrong length, stray characters).
std::vector<QString> generate(const ow::RegionTable& regions, long long& expectedValid)
{
    QRandomGenerator random(20201231);
    const auto& all = regions.regions();
    const int span = int(QDate(1920, 1, 1).daysTo(today));
    std::vector<QString> numbers;
    numbers.reserve(numberCount);
    expectedValid = 0;
    for (std::size_t i = 0; i < numberCount; ++i) {
        const int region = all[random.bounded(int(all.size()))].code;
        const QDate birth = QDate(1920, 1, 1).addDays(random.bounded(span));
        QString first17 = QStringLiteral("%1").arg(region, 6, 10, QLatin1Char('0')) +
                          birth.toString(u"yyyyMMdd") + digits(random, 3);
        const QString valid = first17 + ow::ResidentId::computeCheckChar(first17);
        const int kind = random.bounded(100);
        QString number;
        bool ok = false;
        if (kind < 60) { // valid
            number = valid;
            ok = true;
        } else if (kind < 65) { // valid, old format
            number = valid.left(6) + valid.mid(8, 9);
            ok = QDate::isValid(1900 + birth.year() % 100, birth.month(), birth.day()); // read as 19YY
        } else if (kind < 70) { // valid, typed untidily
            number = QLatin1Char(' ') + valid.toLower() + QLatin1Char('\t');
            ok = true;
        } else if (kind < 80) { // wrong check digit
            const QChar check = valid.back();
            number = first17 + (check == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
        } else if (kind < 88) { // unknown region (99xxxx is never a code)
            first17.replace(0, 2, QStringLiteral("99"));
            number = first17 + ow::ResidentId::computeCheckChar(first17);
        } else if (kind < 95) { // impossible date
            first17.replace(10, 4, QStringLiteral("0231"));
            number = first17 + ow::ResidentId::computeCheckChar(first17);
        } else if (kind < 98) { // wrong length
            number = valid.left(17);
        } else { // stray character
            number = valid;
            number[random.bounded(17)] = QLatin1Char('O');
        }
        expectedValid += ok ? 1 : 0;
        numbers.push_back(number);
    }
    return numbers;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);

    const auto loadBegin = SteadyClock::now();
    const ow::RegionTable& regions = ow::RegionTable::builtIn();
    const std::chrono::duration<double, std::milli> loadTime = SteadyClock::now() - loadBegin;
    std::printf("region table: %d codes, loaded in %.1f ms\n", regions.size(), loadTime.count());

    long long expectedValid = 0;
    const std::vector<QString> numbers = generate(regions, expectedValid);
    std::printf("inputs: %zu ID numbers (%lld valid), %zu batches of %zu\n", numbers.size(), expectedValid,
                batchCount, numbers.size() / batchCount);

    // Warm-up: caches, branch predictors, the CPU clock.
    long long warm = 0;
    for (const QString& number : numbers)
        warm += ow::ResidentId::isValid(number, regions, today) ? 1 : 0;

    const Figures fast =
        measure(numbers, [&](const QString& n) { return ow::ResidentId::isValid(n, regions, today); });
    print("ResidentId::isValid", fast);
    const Figures full =
        measure(numbers, [&](const QString& n) { return ow::ResidentId::parse(n, regions, today).ok(); });
    print("ResidentId::parse (value + message)", full);

    std::vector<QString> credit(numberCount / 10, QStringLiteral("91440300708461136T"));
    for (std::size_t i = 0; i < credit.size(); i += 3)
        credit[i][17] = QLatin1Char('5');
    const Figures creditFigures =
        measure(credit, [&](const QString& c) { return ow::CreditCode::isValid(c, regions); });
    print("CreditCode::isValid (100,000)", creditFigures);

    std::printf("peak RSS: %ld KiB\n", peakRssKiB());
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readAll().constData());
    const bool consistent =
        fast.accepted == expectedValid && full.accepted == expectedValid && warm == expectedValid;
    std::printf("target > 5,000,000 /s: %s; results %s\n", fast.perSecond > 5e6 ? "met" : "MISSED",
                consistent ? "consistent" : "INCONSISTENT");
    return consistent ? 0 : 1;
}
