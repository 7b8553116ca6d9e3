// bench_idcard: from the last byte of the read-base-info answer to a decoded, validated IdCardData.
// (1) the pipeline alone: 100,000 answers cut into serial-sized chunks, timed from appending the last
//     chunk to the frame stream through frame parsing, text decoding and ID validation;
// (2) end to end: 200 cards presented to the SAM simulator on a real pseudo-terminal, timed from the
//     simulator sending the answer to the reader's cardRead signal (pty, QSerialPort, event loop).
// Prints median, p99 and peak RSS. Target: under 5 ms.

#include "BenchStats.h"
#include "core/Clock.h"
#include "core/RegionTable.h"
#include "devices/IdCardTextDecoder.h"
#include "devices/IdCardTextEncoder.h"
#include "devices/SamFrame.h"
#include "devices/SamFrameStream.h"
#include "devices/SamSimulator.h"
#include "devices/SamStatus.h"
#include "devices/SerialIdCardReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using SteadyClock = std::chrono::steady_clock;

ow::IdCardData sampleCard(int i)
{
    ow::IdCardData card;
    card.name = QStringLiteral("张伟");
    card.gender = ow::IdCardData::Gender::Male;
    card.ethnicityCode = 1;
    card.birthDate = QDate(1990, 3, 7);
    card.address = QStringLiteral("湖北省荆门市东宝区象山大道%1号").arg(i % 500);
    card.idNumber = QStringLiteral("420802199003071230");
    card.issuingAuthority = QStringLiteral("荆门市公安局东宝分局");
    card.validFrom = QDate(2015, 6, 1);
    card.validUntil = QDate(2035, 6, 1);
    return card;
}

void pipeline(const ow::RegionTable& regions)
{
    constexpr int count = 100000;
    const QDate today(2026, 11, 26);
    const QByteArray frame =
        ow::SamFrame::buildResponse(ow::SamStatus::ok, ow::IdCardTextEncoder::encodeBaseInfo(sampleCard(7)));
    const QByteArrayView head = QByteArrayView(frame).first(frame.size() - 32);
    const QByteArrayView last = QByteArrayView(frame).last(32); // the last chunk a serial read delivers
    std::vector<double> micros;
    micros.reserve(count);
    qint64 checksum = 0;
    for (int i = 0; i < count; ++i) {
        ow::SamFrameStream stream;
        stream.append(head);
        const auto begin = SteadyClock::now();
        stream.append(last);
        auto whole = stream.next();
        auto response = ow::SamFrame::parseResponse(whole->value());
        auto card = ow::IdCardTextDecoder::decodeBaseInfo(response->data, regions, today);
        const std::chrono::duration<double, std::micro> elapsed = SteadyClock::now() - begin;
        micros.push_back(elapsed.count());
        checksum += card->name.size();
    }
    std::printf("pipeline   %d answers: median %.1f us, p99 %.1f us, max %.1f us (checksum %lld)\n", count,
                percentile(micros, 0.5), percentile(micros, 0.99),
                *std::max_element(micros.begin(), micros.end()), static_cast<long long>(checksum));
}

void endToEnd(const ow::RegionTable& regions)
{
    constexpr int count = 200;
    QTemporaryDir dir;
    ow::FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    ow::SamSimulator sam(dir.filePath(QStringLiteral("ttyBench")));
    if (!sam.plugIn()) {
        std::printf("end-to-end: no pseudo-terminal available\n");
        return;
    }
    ow::SerialIdCardReaderSettings settings;
    settings.portName = sam.portName();
    settings.pollIntervalMs = 2;
    ow::SerialIdCardReader reader(settings, regions, clock);
    std::vector<double> micros;
    SteadyClock::time_point sentAt;
    int presented = 0;
    int findsSinceRemoval = 0;
    QObject::connect(&sam, &ow::SamSimulator::commandReceived, &sam, [&](quint16 command) {
        if (command == ow::SamFrame::readBaseInfo)
            sentAt = SteadyClock::now(); // the answer is written right after this signal
    });
    QObject::connect(&reader, &ow::IdCardReader::cardRead, &reader, [&](const ow::IdCardData&) {
        const std::chrono::duration<double, std::micro> elapsed = SteadyClock::now() - sentAt;
        micros.push_back(elapsed.count());
        sam.removeCard();
        findsSinceRemoval = 0;
        if (++presented == count)
            QCoreApplication::quit();
    });
    // The next card once the reader has seen the pad empty (it needs two empty polls).
    QObject::connect(&sam, &ow::SamSimulator::commandReceived, &sam, [&](quint16 command) {
        if (command == ow::SamFrame::findCard && !sam.cardPresent() && ++findsSinceRemoval == 4)
            sam.presentCard(sampleCard(presented));
    });
    QObject::connect(&reader, &ow::IdCardReader::error, &reader,
                     [](const ow::Error& e) { std::printf("reader error: %s\n", qPrintable(e.code)); });
    reader.start();
    sam.presentCard(sampleCard(0));
    QTimer::singleShot(60000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    if (micros.empty()) {
        std::printf("end-to-end: no card read\n");
        return;
    }
    std::printf("end-to-end %zu cards over a pty: median %.1f us, p99 %.1f us, max %.1f us\n", micros.size(),
                percentile(micros, 0.5), percentile(micros, 0.99),
                *std::max_element(micros.begin(), micros.end()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer load;
    load.start();
    const ow::RegionTable& regions = ow::RegionTable::builtIn();
    std::printf("bench_idcard: region table loaded in %lld ms (once, at start-up)\n",
                static_cast<long long>(load.elapsed()));
    pipeline(regions);
    endToEnd(regions);
    std::printf("peak RSS %ld KiB; target: under 5 ms from the last byte to IdCardData\n", peakRssKiB());
    return 0;
}
