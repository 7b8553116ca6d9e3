#include "admin/ZipWriter.h"

#include "AdminFixtures.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>

namespace ow::test {

QList<ZipEntry> readZip(const QByteArray& zip, const QMap<QString, QByteArray>& expected)
{
    const auto* bytes = reinterpret_cast<const uchar*>(zip.constData());
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(bytes + at); };
    const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(bytes + at); };
    if (zip.size() < 22)
        return {};
    const qsizetype end = zip.size() - 22;
    if (u32(end) != 0x06054b50)
        return {};
    const int count = u16(end + 10);
    const quint32 directorySize = u32(end + 12);
    const quint32 directoryStart = u32(end + 16);
    if (u16(end + 8) != count || qsizetype(directoryStart) + directorySize != end)
        return {};
    QList<ZipEntry> entries;
    qsizetype at = directoryStart;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(at) != 0x02014b50)
            return {};
        ZipEntry entry;
        entry.method = u16(at + 10);
        const quint32 crc = u32(at + 16);
        const quint32 compressed = u32(at + 20);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const quint32 offset = u32(at + 42);
        const QByteArray name = zip.mid(at + 46, nameLength);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
        if (u32(offset) != 0x04034b50 || zip.mid(offset + 30, u16(offset + 26)) != name ||
            u16(offset + 8) != entry.method || u32(offset + 14) != crc || (u16(offset + 6) & (1u << 11)) == 0)
            return {};
        entry.name = QString::fromUtf8(name);
        const QByteArray body = zip.mid(offset + 30 + u16(offset + 26) + u16(offset + 28), compressed);
        if (entry.method == 0) {
            entry.data = body;
        } else if (entry.method == 8 && expected.contains(entry.name)) {
            QByteArray framed(4, '\0');
            qToBigEndian<quint32>(size, framed.data());
            framed += QByteArrayLiteral("\x78\xDA") + body;
            QByteArray adler(4, '\0');
            qToBigEndian<quint32>(adler32(expected.value(entry.name)), adler.data());
            entry.data = qUncompress(framed + adler);
        }
        entry.crcMatches = quint32(entry.data.size()) == size && ZipWriter::crc32(entry.data) == crc;
        entries.append(entry);
    }
    return at == end ? entries : QList<ZipEntry>{};
}

} // namespace ow::test

using namespace ow;
using namespace ow::test;

TEST_CASE("CRC-32 is the zip one", "[admin][zip]")
{
    CHECK(ZipWriter::crc32(QByteArrayLiteral("123456789")) == 0xCBF43926u);
    CHECK(ZipWriter::crc32({}) == 0u);
}

TEST_CASE("A zip holds its files, stored or deflated, with UTF-8 names", "[admin][zip]")
{
    QMap<QString, QByteArray> files;
    files.insert(QStringLiteral("README.txt"), QByteArrayLiteral("hello"));
    files.insert(QStringLiteral("日志/log.txt"), QByteArray("a log line that repeats\n").repeated(500));
    files.insert(QStringLiteral("empty.txt"), QByteArray());
    QByteArray random;
    for (int i = 0; i < 4096; ++i)
        random.append(char((i * 7919 + (i >> 3) * 104729) & 0xFF));
    files.insert(QStringLiteral("noise.bin"), random);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(buffer);
    const QDateTime when(QDate(2024, 5, 6), QTime(14, 30, 20));
    for (auto it = files.begin(); it != files.end(); ++it)
        REQUIRE(zip.addFile(it.key(), it.value(), when));
    REQUIRE(zip.finish());

    const QList<ZipEntry> entries = readZip(buffer.data(), files);
    REQUIRE(entries.size() == files.size());
    for (const ZipEntry& entry : entries) {
        INFO(entry.name.toStdString());
        CHECK(entry.crcMatches);
        CHECK(entry.data == files.value(entry.name));
    }
    const auto log = std::find_if(entries.begin(), entries.end(),
                                  [](const ZipEntry& e) { return e.name == QStringLiteral("日志/log.txt"); });
    CHECK(log->method == 8);                     // repetitive text is deflated
    CHECK(buffer.data().size() < 12 * 1024 / 2); // and the archive is small

    // Where Info-ZIP's unzip is installed, it agrees.
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (!unzip.isEmpty()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test.zip"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(buffer.data());
        file.close();
        QProcess process;
        process.start(unzip, {QStringLiteral("-t"), path});
        REQUIRE(process.waitForFinished(10000));
        INFO(process.readAll().toStdString());
        CHECK(process.exitCode() == 0);
    }
}

TEST_CASE("A failing device is reported", "[admin][zip]")
{
    QBuffer buffer; // not open
    ZipWriter zip(buffer);
    CHECK_FALSE(zip.addFile(QStringLiteral("a.txt"), QByteArrayLiteral("x"), QDateTime::currentDateTime()));
    CHECK_FALSE(zip.errorString().isEmpty());
}
