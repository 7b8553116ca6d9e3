#include "storage/PageImporter.h"

#include "StorageFixtures.h"
#include "storage/BlobStore.h"

#include <QDir>

using namespace ow;
using namespace ow::test;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(500, 'j');
const QByteArray pdf = QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") + QByteArray(300, 'p');

} // namespace

TEST_CASE("Pages are checked by content, not by name", "[intake][pages]")
{
    QTemporaryDir dir;
    BlobStore blobs(dir.filePath(QStringLiteral("data")));
    PageImporter importer(blobs, 4096);

    SECTION("an image and a PDF are taken, the same content once")
    {
        auto first = importer.importFile(write(dir, QStringLiteral("申请书.jpg"), jpeg));
        REQUIRE(first);
        CHECK(*first == sha256Hex(jpeg));
        auto again = importer.importFile(write(dir, QStringLiteral("copy.jpeg"), jpeg));
        REQUIRE(again);
        CHECK(*again == *first);
        CHECK(importer.importFile(write(dir, QStringLiteral("lease.pdf"), pdf)));
        CHECK(importer.importBytes(QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'p'),
                                   QStringLiteral("camera")));
        CHECK(blobs.get(*first).value() == jpeg);
    }
    SECTION("a Word document named .jpg is refused, saying what it is")
    {
        const QByteArray word = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, 'w');
        auto refused = importer.importFile(write(dir, QStringLiteral("身份证.jpg"), word));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == QStringLiteral("page.kind"));
        CHECK(refused.error().message.contains(QStringLiteral("身份证.jpg")));
        CHECK(refused.error().message.contains(QStringLiteral("Office")));
    }
    SECTION("an empty file, a file over the limit and a missing file are refused")
    {
        CHECK(importer.importFile(write(dir, QStringLiteral("empty.png"), {})).error().code ==
              QStringLiteral("page.empty"));
        auto big = importer.importFile(write(dir, QStringLiteral("scan.jpg"), jpeg + QByteArray(5000, 'x')));
        REQUIRE_FALSE(big);
        CHECK(big.error().code == QStringLiteral("page.too-large"));
        CHECK(importer.importFile(dir.filePath(QStringLiteral("gone.pdf"))).error().code ==
              QStringLiteral("page.unreadable"));
    }
    SECTION("nothing refused reaches the blob store")
    {
        CHECK_FALSE(importer.importFile(write(dir, QStringLiteral("a.txt"), QByteArray("hello world"))));
        const QDir root(blobs.root());
        CHECK(root.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort).isEmpty());
    }
}
