#include "PrintTestSupport.h"

#include "core/AcceptanceNumber.h"
#include "print/LayoutUnits.h"
#include "print/PageComposer.h"
#include "print/PdfExporter.h"
#include "print/TextWrapper.h"

#include <QDir>
#include <QFontMetricsF>
#include <QProcess>
#include <ZXing/ReadBarcode.h>
#include <catch2/catch.hpp>

namespace ow::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

PrintSiteConfig sampleSite()
{
    PrintSiteConfig site;
    site.hallName = QStringLiteral("荆门市政务服务中心");
    site.footerText = QStringLiteral("监督电话 0724-12345 · 荆门市东宝区象山大道 39 号");
    site.progressHint = QStringLiteral("扫描二维码或在鄂汇办 app 输入受理编号和查询密码，可查询办理进度。");
    site.hallAddress = QStringLiteral("湖北省荆门市东宝区象山大道 39 号 荆门市政务服务中心");
    site.hallPhone = QStringLiteral("0724-2345678");
    QImage logo(120, 120, QImage::Format_RGB32);
    logo.fill(QColor(0xc0, 0x10, 0x10));
    site.logo = logo;
    return site;
}

QString sampleAcceptanceNumber(int sequence)
{
    return AcceptanceNumber::compose({QStringLiteral("420802"), 1, 7, QDate(2020, 11, 23), sequence}).value();
}

ReceiptData sampleReceipt()
{
    ReceiptData data;
    data.window = QStringLiteral("7");
    data.clerkName = QStringLiteral("王丽");
    data.acceptedAt = QDateTime(QDate(2020, 11, 23), QTime(8, 44));
    data.acceptanceNumber = sampleAcceptanceNumber();
    data.queryCode = QStringLiteral("7KQ2MX");
    data.applicant.name = QStringLiteral("张伟");
    data.applicant.key = QStringLiteral("42080219900307123X");
    data.applicant.phone = QStringLiteral("13872345678");
    data.items = {{QStringLiteral("个体工商户设立登记"), QStringLiteral("荆门市市场监督管理局"), 3}};
    data.materials = {
        {QStringLiteral("个体工商户设立登记申请书"), MaterialSource::Pages, {}, 2, {}},
        {QStringLiteral("经营者身份证明"), MaterialSource::OriginalSeen, {}, 0, {}},
        {QStringLiteral("经营场所使用证明"), MaterialSource::Reused, {}, 3, {}},
    };
    data.deadline = {QDate(2020, 11, 26), false};
    data.promisedDays = 3;
    return data;
}

QString longName()
{
    return QStringLiteral("欧阳司马诸葛慕容皇甫上官长孙宇");
}

QString longAddress()
{
    return QStringLiteral("湖北省荆门市东宝区象山大道街道办事处龙泉社区居民委员会第三居民小组"
                          "金虾路与月亮湖北路交叉口东南角荆门康华医疗科技产业园二期七号楼"
                          "三单元一八室");
}

ReceiptData longReceipt()
{
    ReceiptData data = sampleReceipt();
    data.applicant.name = longName();
    data.applicant.agentName = QStringLiteral("买买提·艾力");
    data.applicant.agentIdNumber = QStringLiteral("65010219851201001X");
    data.themeName = QStringLiteral("我要办一级以下医疗机构");
    data.items = {
        {QStringLiteral("医疗机构设置审批"), QStringLiteral("荆门市卫生健康委员会"), 10},
        {QStringLiteral("医疗机构执业登记"), QStringLiteral("荆门市卫生健康委员会"), 15},
        {QStringLiteral("公共场所卫生许可"), QStringLiteral("荆门市卫生健康委员会"), 7},
    };
    data.materials.clear();
    for (int i = 1; i <= 30; ++i) {
        const auto source = static_cast<MaterialSource>(i % 5);
        data.materials.append(
            {QStringLiteral("材料%1：医疗机构设置申请书及可行性研究报告（含选址报告和建筑设计平面图）")
                 .arg(i),
             source,
             {},
             i % 4,
             {}});
    }
    data.delivery = DeliveryMethod::Mail;
    data.mailingAddress = longAddress();
    data.commitmentDue = {QDate(2020, 12, 7), false};
    return data;
}

CommitmentLetterData sampleCommitment()
{
    CommitmentLetterData data;
    data.applicant = {ApplicantKind::Enterprise,
                      QStringLiteral("荆门康华医疗有限公司"),
                      QStringLiteral("91420800MA49XXXX0K"),
                      QStringLiteral("0724-8765432"),
                      QStringLiteral("李娜"),
                      QStringLiteral("420802199205061228")};
    data.acceptanceNumber = sampleAcceptanceNumber(43);
    data.acceptedAt = QDateTime(QDate(2020, 11, 23), QTime(9, 15));
    data.itemNames = {QStringLiteral("医疗机构设置审批"), QStringLiteral("医疗机构执业登记")};
    data.missingMaterials = {QStringLiteral("消防安全检查合格证明")};
    data.due = {QDate(2020, 12, 7), false};
    data.window = QStringLiteral("7");
    data.clerkName = QStringLiteral("王丽");
    return data;
}

RefusalNoticeData sampleRefusal()
{
    RefusalNoticeData data;
    data.applicant = {
        ApplicantKind::Person, QStringLiteral("刘洋"), QStringLiteral("420802198811113312"), {}, {}, {}};
    data.noticeNumber = QStringLiteral("荆政服不受〔2020〕第 0158 号");
    data.at = QDateTime(QDate(2020, 11, 23), QTime(9, 40));
    data.itemName = QStringLiteral("出入境通行证签注");
    data.reason = QStringLiteral("该事项不属于本大厅受理范围，由公安机关出入境管理部门办理。");
    data.referral = QStringLiteral("荆门市公安局出入境管理支队（荆门市象山一路 8 号）");
    data.window = QStringLiteral("7");
    data.clerkName = QStringLiteral("王丽");
    return data;
}

OneTimeNoticeData sampleOneTimeNotice()
{
    OneTimeNoticeData data;
    data.applicant = {
        ApplicantKind::Person, QStringLiteral("陈静"), QStringLiteral("420802199501014420"), {}, {}, {}};
    data.at = QDateTime(QDate(2020, 11, 23), QTime(9, 50));
    data.itemName = QStringLiteral("食品经营许可（新办）");
    data.missing = {
        {QStringLiteral("食品安全管理制度文本"), MaterialForm::Original, 1, QStringLiteral("须加盖公章")},
        {QStringLiteral("经营场所平面布局图"), MaterialForm::Copy, 2, QStringLiteral("标明设备位置")}};
    data.received = {QStringLiteral("营业执照"), QStringLiteral("法定代表人身份证")};
    data.window = QStringLiteral("7");
    data.clerkName = QStringLiteral("王丽");
    return data;
}

DispatchSlipData sampleDispatch(int cases)
{
    DispatchSlipData data;
    data.batchNumber = QStringLiteral("PJ-20201123-007-03");
    data.department = QStringLiteral("荆门市卫生健康委员会");
    data.createdAt = QDateTime(QDate(2020, 11, 23), QTime(16, 0));
    data.dispatcher = QStringLiteral("陈刚");
    const QStringList names{QStringLiteral("张伟"), QStringLiteral("荆门康华医疗有限公司"), longName(),
                            QStringLiteral("李娜")};
    const QStringList items{QStringLiteral("医疗机构设置审批"), QStringLiteral("医疗机构执业登记"),
                            QStringLiteral("公共场所卫生许可"), QStringLiteral("放射诊疗许可")};
    for (int i = 1; i <= cases; ++i)
        data.cases.append({sampleAcceptanceNumber(i),
                           names.at(i % names.size()),
                           items.at(i % items.size()),
                           3 + i % 5,
                           10 + i % 17,
                           {QDate(2020, 12, 7).addDays(i % 10), i % 7 == 0}});
    return data;
}

MailingSlipData sampleMailing()
{
    MailingSlipData data;
    data.recipientName = QStringLiteral("赵晓燕");
    data.recipientPhone = QStringLiteral("13907241234");
    data.recipientAddress = longAddress();
    data.postalCode = QStringLiteral("448000");
    data.acceptanceNumber = sampleAcceptanceNumber(44);
    data.carrier = QStringLiteral("中国邮政 EMS");
    data.at = QDateTime(QDate(2020, 11, 30), QTime(10, 0));
    return data;
}

QueueTicketData sampleTicket()
{
    return {QStringLiteral("A012"), QStringLiteral("个体工商户登记"), 4,
            QDateTime(QDate(2020, 11, 23), QTime(8, 37))};
}

QString writePdf(const PrintDocument& document, const PageFormat& format, const QTemporaryDir& dir,
                 const QString& name, ComposedDocument* composed)
{
    const ComposedDocument pages = PageComposer().compose(document, format);
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const Result<void> written = PdfExporter::toFile(pages, path);
    REQUIRE(written.ok());
    if (composed)
        *composed = pages;
    return path;
}

QString pdfText(const QString& pdfPath)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
}

QString pdfFonts(const QString& pdfPath)
{
    return run(QStringLiteral("pdffonts"), {pdfPath});
}

QString squeezed(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QList<QImage> rasterise(const QString& pdfPath, int dpi)
{
    const QString prefix = pdfPath + QStringLiteral("-page");
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdfPath, prefix});
    const QFileInfo info(prefix);
    QStringList files =
        info.dir().entryList({info.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    QList<QImage> images;
    for (const QString& file : files)
        images.append(QImage(info.dir().filePath(file)));
    return images;
}

std::optional<QString> decodeQr(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}

bool everythingOnPaper(const ComposedDocument& document)
{
    const QMarginsF margins = document.format.marginsMm;
    const QRectF paper =
        QRectF(0, 0, units::mm(document.pageSizeMm().width()), units::mm(document.pageSizeMm().height()))
            .marginsRemoved(QMarginsF(units::mm(margins.left()), units::mm(margins.top()),
                                      units::mm(margins.right()), units::mm(margins.bottom())));
    for (const ComposedPage& page : document.pages) {
        for (const PageItem& item : page.items) {
            QRectF box;
            if (const auto* text = std::get_if<TextItem>(&item)) {
                const QFontMetricsF fm(text->font);
                box = QRectF(text->baseline.x(), text->baseline.y() - fm.ascent(),
                             TextWrapper::advance(text->text, text->font), fm.height());
            } else if (const auto* line = std::get_if<LineItem>(&item)) {
                box = QRectF(line->line.p1(), line->line.p2()).normalized();
            } else if (const auto* b = std::get_if<BoxItem>(&item)) {
                box = b->rect;
            } else if (const auto* qr = std::get_if<QrItem>(&item)) {
                box = qr->rect;
            } else {
                box = std::get<ImageItem>(item).rect;
            }
            const QRectF slack = paper.adjusted(-1, -1, 1, 1);
            if (!slack.contains(box.topLeft()) || !slack.contains(box.bottomRight())) {
                UNSCOPED_INFO("off the printable area: " << box.x() << "," << box.y() << " " << box.width()
                                                         << "x" << box.height() << " in " << paper.width()
                                                         << "x" << paper.height() << " at " << paper.x()
                                                         << "," << paper.y());
                return false;
            }
        }
    }
    return true;
}

void TinyTranslator::add(const char* context, const char* source, const QString& translation)
{
    m_map.insert(QString::fromLatin1(context) + QLatin1Char('\x1f') + QString::fromUtf8(source), translation);
}

QString TinyTranslator::translate(const char* context, const char* sourceText, const char*, int) const
{
    return m_map.value(QString::fromLatin1(context) + QLatin1Char('\x1f') + QString::fromUtf8(sourceText));
}

} // namespace ow::test
