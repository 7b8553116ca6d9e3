// bench_print: the acceptance receipt rendered to PDF (build + layout + PDF with embedded CJK font
// subset) p50/p99 over 300 runs, with a 30-material receipt on A5 too; and a 200-case dispatch slip.
// Prints figures and peak RSS; asserts nothing on time. Target: receipt p99 under 50 ms.
// `bench_print 50` for a quick run (runs per receipt kind).

#include "BenchStats.h"
#include "core/AcceptanceNumber.h"
#include "print/DispatchSlipDocument.h"
#include "print/PageComposer.h"
#include "print/PdfExporter.h"
#include "print/ReceiptDocument.h"

#include <QFile>
#include <QGuiApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

ow::PrintSiteConfig site()
{
    ow::PrintSiteConfig config;
    config.hallName = QStringLiteral("荆门市政务服务中心");
    config.footerText = QStringLiteral("监督电话 0724-12345 · 荆门市东宝区象山大道 39 号");
    config.progressHint = QStringLiteral("扫描二维码或在鄂汇办 app 输入受理编号和查询密码，可查询办理进度。");
    QImage logo(120, 120, QImage::Format_RGB32);
    logo.fill(Qt::red);
    config.logo = logo;
    return config;
}

QString number(int sequence)
{
    return ow::AcceptanceNumber::compose({QStringLiteral("420802"), 1, 7, QDate(2020, 11, 23), sequence})
        .value();
}

ow::ReceiptData receipt(int materials)
{
    ow::ReceiptData data;
    data.window = QStringLiteral("7");
    data.clerkName = QStringLiteral("王丽");
    data.acceptedAt = QDateTime(QDate(2020, 11, 23), QTime(8, 44));
    data.acceptanceNumber = number(42);
    data.queryCode = QStringLiteral("7KQ2MX");
    data.applicant = {ow::ApplicantKind::Person,
                      QStringLiteral("张伟"),
                      QStringLiteral("42080219900307123X"),
                      QStringLiteral("13872345678"),
                      {},
                      {}};
    data.items = {{QStringLiteral("个体工商户设立登记"), QStringLiteral("荆门市市场监督管理局"), 3}};
    for (int i = 1; i <= materials; ++i)
        data.materials.append({QStringLiteral("材料%1：个体工商户设立登记申请书").arg(i),
                               static_cast<ow::MaterialSource>(i % 5),
                               {},
                               i % 4,
                               {}});
    data.deadline = {QDate(2020, 11, 26), false};
    data.promisedDays = 3;
    return data;
}

ow::DispatchSlipData dispatch(int cases)
{
    ow::DispatchSlipData data{QStringLiteral("PJ-20201123-007-03"),
                              QStringLiteral("荆门市卫生健康委员会"),
                              QDateTime(QDate(2020, 11, 23), QTime(16, 0)),
                              QStringLiteral("陈刚"),
                              {}};
    for (int i = 1; i <= cases; ++i)
        data.cases.append({number(i),
                           i % 2 ? QStringLiteral("荆门康华医疗有限公司") : QStringLiteral("张伟"),
                           QStringLiteral("医疗机构执业登记"),
                           3 + i % 5,
                           10 + i % 17,
                           {QDate(2020, 12, 7), false}});
    return data;
}

// CPU time of this thread, in ms: what the work costs, whatever else the machine is doing.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Run
{
    qsizetype bytes = 0;
    qsizetype pages = 0;
};

void measure(const char* what, int runs, const std::function<Run()>& once)
{
    once(); // warm up: font loading, the radical table
    std::vector<double> ms;
    std::vector<double> cpu;
    Run last;
    for (int i = 0; i < runs; ++i) {
        const auto begin = Clock::now();
        const double cpuBegin = threadCpuMs();
        last = once();
        cpu.push_back(threadCpuMs() - cpuBegin);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
    }
    std::printf(
        "%-34s runs %4d  wall p50 %6.2f p99 %6.2f ms | cpu p50 %6.2f p99 %6.2f ms | %lld page(s), %lld KiB\n",
        what, runs, percentile(ms, 0.5), percentile(ms, 0.99), percentile(cpu, 0.5), percentile(cpu, 0.99),
        static_cast<long long>(last.pages), static_cast<long long>(last.bytes / 1024));
}

Run renderToPdf(const ow::PrintDocument& document, ow::PaperKind paper)
{
    const ow::ComposedDocument composed = ow::PageComposer().compose(document, ow::PageFormat::of(paper));
    return {ow::PdfExporter::toBytes(composed).value().size(), composed.pages.size()};
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 300;
    const ow::PrintSiteConfig config = site();
    const ow::ReceiptData simple = receipt(3);
    const ow::ReceiptData thirty = receipt(30);
    const ow::DispatchSlipData slip = dispatch(200);

    measure("receipt A4, 3 materials -> PDF", runs, [&] {
        return renderToPdf(ow::ReceiptDocument::build(simple, config).value(), ow::PaperKind::A4);
    });
    measure("receipt A5, 30 materials -> PDF", runs, [&] {
        return renderToPdf(ow::ReceiptDocument::build(thirty, config).value(), ow::PaperKind::A5);
    });
    measure("receipt A4, layout only", runs, [&] {
        const auto composed = ow::PageComposer().compose(ow::ReceiptDocument::build(simple, config).value(),
                                                         ow::PageFormat::of(ow::PaperKind::A4));
        return Run{0, composed.pages.size()};
    });
    measure("dispatch slip, 200 cases -> PDF", std::max(1, runs / 10), [&] {
        return renderToPdf(ow::DispatchSlipDocument::build(slip, config).value(), ow::PaperKind::A4);
    });
    std::printf("peak RSS %ld KiB\n", peakRssKiB());
    return 0;
}
