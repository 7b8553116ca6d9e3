#pragma once

// BenchStats: the figures every benchmark prints: percentiles of a sample and the peak resident memory.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <algorithm>
#include <cstddef>
#include <vector>

// Peak resident set size of this process (VmHWM) in KiB, or -1 where /proc is not there.
inline long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// The p-th percentile (0..1) of values, nearest rank.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}
