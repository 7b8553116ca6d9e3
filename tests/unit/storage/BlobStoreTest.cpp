#include "storage/BlobStore.h"

#include "StorageFixtures.h"

#include <QBuffer>
#include <QDirIterator>
#include <csignal>
#include <sys/resource.h>

using namespace ow;
using namespace ow::test;

namespace {

// Yields `good` bytes, then fails like a device unplugged mid-read.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 good)
        : m_good(good)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_given >= m_good) {
            setErrorString(QStringLiteral("device unplugged"));
            return -1;
        }
        const qint64 n = std::min(maxSize, m_good - m_given);
        std::fill(data, data + n, 'x');
        m_given += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_good;
    qint64 m_given = 0;
};

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QByteArray content(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7);
    return bytes;
}

} // namespace

TEST_CASE("Blobs are stored under their SHA-256 and read back verified", "[storage][blobs]")
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray page = content(100000, 3);
    QBuffer buffer;
    buffer.setData(page);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const auto hash = store.put(buffer);
    REQUIRE(hash.ok());
    CHECK(*hash == sha256Hex(page));
    CHECK(store.pathOf(*hash) ==
          dir.path() + QStringLiteral("/blobs/") + hash->left(2) + QLatin1Char('/') + hash->mid(2));
    CHECK(QFileInfo::exists(store.pathOf(*hash)));
    CHECK(store.exists(*hash));
    CHECK(*store.get(*hash) == page);

    const auto device = store.open(*hash);
    REQUIRE(device.ok());
    CHECK((*device)->readAll() == page);

    CHECK(filesUnder(store.root()).size() == 1);
    REQUIRE(store.remove(*hash).ok());
    CHECK_FALSE(store.exists(*hash));
    CHECK(store.get(*hash).error().code == QLatin1String("storage.blobMissing"));
}

TEST_CASE("Storing the same content twice stores nothing new", "[storage][blobs]")
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QString source = dir.filePath(QStringLiteral("scan.pdf"));
    QFile file(source);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // 12 MiB written in pieces: the store streams it in chunks.
    for (int i = 0; i < 12; ++i)
        file.write(content(1 << 20, char(i)));
    file.close();

    const auto first = store.putFile(source);
    REQUIRE(first.ok());
    CHECK(*first == QString::fromLatin1(fileHash(source)));
    const QString path = store.pathOf(*first);
    const QDateTime written = QFileInfo(path).lastModified();
    const auto second = store.putFile(source);
    REQUIRE(second.ok());
    CHECK(*second == *first);
    CHECK(filesUnder(store.root()) == QStringList{path});
    CHECK(QFileInfo(path).lastModified() == written);

    QBuffer empty;
    REQUIRE(empty.open(QIODevice::ReadOnly));
    const auto emptyHash = store.put(empty);
    REQUIRE(emptyHash.ok());
    CHECK(*emptyHash == sha256Hex(QByteArray()));
    CHECK(store.get(*emptyHash)->isEmpty());
    CHECK(store.putFile(dir.filePath(QStringLiteral("missing.jpg"))).error().code ==
          QLatin1String("storage.blobReadFailed"));
}

TEST_CASE("A damaged blob is reported, not returned", "[storage][blobs]")
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    QBuffer buffer;
    buffer.setData(content(4096, 9));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const QString hash = store.put(buffer).value();
    QFile file(store.pathOf(hash));
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(1000);
    file.write("!");
    file.close();

    const auto got = store.get(hash);
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().code == QLatin1String("storage.blobCorrupt"));
    CHECK(store.open(hash).error().code == QLatin1String("storage.blobCorrupt"));
    CHECK(store.get(QStringLiteral("../../etc/passwd")).error().code == QLatin1String("storage.blobBadHash"));
    CHECK_FALSE(store.exists(hash.toUpper()));
}

TEST_CASE("A source failing mid-read leaves no partial file", "[storage][blobs]")
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    FailingDevice source(3 * 1024 * 1024 + 17);
    const auto stored = store.put(source);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == QLatin1String("storage.blobReadFailed"));
    CHECK(stored.error().message.contains(QStringLiteral("device unplugged")));
    CHECK(filesUnder(store.root()).isEmpty());
}

TEST_CASE("A full disk gives a clear error and leaves no partial file", "[storage][blobs]")
{
    // The file size limit makes write(2) fail with EFBIG exactly like a full disk fails with ENOSPC.
    QTemporaryDir dir;
    BlobStore store(dir.path());
    QBuffer warmUp; // creates the folders before the limit
    REQUIRE(warmUp.open(QIODevice::ReadOnly));
    REQUIRE(store.put(warmUp).ok());
    const auto before = filesUnder(store.root());

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &previous) == 0);
    rlimit tiny = previous;
    tiny.rlim_cur = 256 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    QBuffer big;
    big.setData(content(2 * 1024 * 1024, 1));
    REQUIRE(big.open(QIODevice::ReadOnly));
    const auto stored = store.put(big);
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == QLatin1String("storage.blobWriteFailed"));
    CHECK(stored.error().message.contains(QStringLiteral("disk may be full")));
    CHECK(filesUnder(store.root()) == before);
}

TEST_CASE("Leftovers of an interrupted put are removed at start-up", "[storage][blobs]")
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    REQUIRE(QDir().mkpath(store.root()));
    QFile leftover(store.root() + QStringLiteral("/.incoming-deadbeef"));
    REQUIRE(leftover.open(QIODevice::WriteOnly));
    leftover.write("partial");
    leftover.close();
    CHECK(store.removeLeftovers() == 1);
    CHECK(filesUnder(store.root()).isEmpty());
}
