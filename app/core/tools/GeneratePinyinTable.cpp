// GeneratePinyinTable: build-time host tool that turns Unihan_Readings.txt (Debian package unicode-data)
// into the C++ source of the pinyin table behind core/PinyinTable.h. Qt Core only, so a fresh Debian
// machine needs no Python to build.
//
//   onewindow_pinyin_gen <Unihan_Readings.txt> <PinyinTableData.cpp>
//
// Readings come from kMandarin (the customary reading, listed first), then kXHC1983, kTGHZ2013 and
// kHanyuPinyin, so polyphonic characters (行 xing/hang, 长 chang/zhang, 重 zhong/chong, 乐 le/yue, 单
// dan/shan/chan) carry all their readings. Tones are stripped to plain a-z, ü is written v, ê is e.

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr char32_t kMaxCodePoint = 0x40000; // planes 0-3 hold every CJK ideograph
constexpr int kPageBits = 8;
constexpr int kPageSize = 1 << kPageBits;

// Field priority: the order in which a character's readings are listed.
int fieldRank(const QString& field)
{
    static const QStringList fields{QStringLiteral("kMandarin"), QStringLiteral("kXHC1983"),
                                    QStringLiteral("kTGHZ2013"), QStringLiteral("kHanyuPinyin")};
    return int(fields.indexOf(field));
}

// "lǜ" -> "lv", "ê̄" -> "e", "ńg" -> "ng"; empty when something other than a-z remains.
std::string toneless(const QString& reading)
{
    const QString decomposed = reading.normalized(QString::NormalizationForm_D);
    std::string out;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.isMark())
            continue;
        const char16_t u = c.toLower().unicode();
        if (u < u'a' || u > u'z')
            return {};
        const bool diaeresis = i + 1 < decomposed.size() && decomposed.at(i + 1).unicode() == 0x0308;
        out.push_back(u == u'u' && diaeresis ? 'v' : char(u));
    }
    return out;
}

// The readings of one field value: "10001.010:yī", "0443.050:hàng 0460.010:xìng", "20811.060:háng,xìng".
QStringList readingsOf(const QString& value)
{
    QStringList readings;
    for (const QString& token : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const QString tail = colon < 0 ? token : token.mid(colon + 1);
        readings << tail.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return readings;
}

void fail(const QString& message)
{
    std::fprintf(stderr, "onewindow_pinyin_gen: %s\n", qPrintable(message));
    std::exit(1);
}

template <typename T> void writeArray(QTextStream& out, const char* declaration, const std::vector<T>& values)
{
    out << declaration << "[] = {";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i % 24 == 0)
            out << "\n   ";
        out << ' ' << values[i] << ',';
    }
    out << "\n};\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        fail(QStringLiteral("usage: onewindow_pinyin_gen <Unihan_Readings.txt> <output.cpp>"));

    QFile input(args.at(1));
    if (!input.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("cannot read %1: %2").arg(args.at(1), input.errorString()));

    // code point -> field rank -> readings in the order listed
    std::map<char32_t, std::array<std::vector<std::string>, 4>> byChar;
    int skipped = 0;
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 3 || !fields.at(0).startsWith(QLatin1String("U+")))
            continue;
        const int rank = fieldRank(fields.at(1));
        if (rank < 0)
            continue;
        bool ok = false;
        const uint codePoint = fields.at(0).mid(2).toUInt(&ok, 16);
        if (!ok || codePoint >= kMaxCodePoint)
            continue;
        for (const QString& reading : readingsOf(fields.at(2))) {
            const std::string plain = toneless(reading);
            if (plain.empty()) {
                ++skipped;
                continue;
            }
            byChar[char32_t(codePoint)][std::size_t(rank)].push_back(plain);
        }
    }

    // Ordered, duplicate-free syllable lists per character.
    std::map<std::string, int> syllableIds;
    std::map<char32_t, std::vector<std::string>> readings;
    for (const auto& [codePoint, perField] : byChar) {
        std::vector<std::string>& list = readings[codePoint];
        for (const auto& field : perField) {
            for (const std::string& s : field) {
                if (std::find(list.begin(), list.end(), s) == list.end())
                    list.push_back(s);
            }
        }
        for (const std::string& s : list)
            syllableIds.emplace(s, 0);
    }
    std::vector<std::string> syllables;
    for (auto& [text, id] : syllableIds) {
        id = int(syllables.size());
        syllables.push_back(text);
    }

    // Reading sets (shared by characters with the same readings in the same order); set 0 is empty.
    std::map<std::vector<std::uint16_t>, int> setIds;
    std::vector<std::uint32_t> setOffsets{0, 0};
    std::vector<std::uint16_t> setData;
    std::vector<std::uint16_t> setOfChar(kMaxCodePoint, 0);
    int basicBlock = 0;
    for (const auto& [codePoint, list] : readings) {
        std::vector<std::uint16_t> ids;
        for (const std::string& s : list)
            ids.push_back(std::uint16_t(syllableIds.at(s)));
        auto [it, inserted] = setIds.emplace(ids, int(setOffsets.size() - 1));
        if (inserted) {
            setData.insert(setData.end(), ids.begin(), ids.end());
            setOffsets.push_back(std::uint32_t(setData.size()));
        }
        setOfChar[codePoint] = std::uint16_t(it->second);
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
            ++basicBlock;
    }
    if (setIds.size() >= 0xFFFF || syllables.size() >= 0xFFFF)
        fail(QStringLiteral("too many reading sets for 16-bit ids"));
    // Sanity: the basic block has 20,992 ideographs, nearly all with a Mandarin reading.
    if (basicBlock < 20000)
        fail(QStringLiteral("only %1 characters of U+4E00..U+9FFF have readings: is %2 complete?")
                 .arg(basicBlock)
                 .arg(args.at(1)));

    // Two-level table: page (code point >> 8) -> block of 256 set ids; identical blocks shared.
    std::vector<std::uint16_t> pageIndex(kMaxCodePoint >> kPageBits, 0);
    std::vector<std::uint16_t> blocks(kPageSize, 0); // block 0: no readings
    std::map<std::vector<std::uint16_t>, int> blockIds{{std::vector<std::uint16_t>(kPageSize, 0), 0}};
    for (std::size_t page = 0; page < pageIndex.size(); ++page) {
        std::vector<std::uint16_t> block(setOfChar.begin() + std::ptrdiff_t(page * kPageSize),
                                         setOfChar.begin() + std::ptrdiff_t((page + 1) * kPageSize));
        auto [it, inserted] = blockIds.emplace(block, int(blockIds.size()));
        if (inserted)
            blocks.insert(blocks.end(), block.begin(), block.end());
        pageIndex[page] = std::uint16_t(it->second);
    }

    std::vector<std::uint16_t> syllableOffsets{0};
    QString syllableText;
    for (const std::string& s : syllables) {
        syllableText += QString::fromLatin1(s.data(), qsizetype(s.size())) + QLatin1String("\\0");
        syllableOffsets.push_back(std::uint16_t(syllableOffsets.back() + s.size() + 1));
    }

    QSaveFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Text))
        fail(QStringLiteral("cannot write %1: %2").arg(args.at(2), output.errorString()));
    QTextStream out(&output);
    out << "// Generated by app/core/tools/GeneratePinyinTable.cpp from Unihan_Readings.txt. Do not edit.\n"
        << "// " << readings.size() << " characters, " << syllables.size() << " syllables, " << setIds.size()
        << " reading sets, " << blockIds.size() - 1 << " distinct pages.\n\n"
        << "#include <cstdint>\n\nnamespace ow::pinyin_data {\n\n"
        << "extern const int kSyllableCount = " << syllables.size() << ";\n"
        << "extern const int kSetCount = " << setOffsets.size() - 1 << ";\n"
        << "extern const int kPageCount = " << pageIndex.size() << ";\n"
        << "extern const int kCharacterCount = " << readings.size() << ";\n"
        << "extern const char kSyllableText[] = \"" << syllableText << "\";\n";
    writeArray(out, "extern const std::uint16_t kSyllableOffsets", syllableOffsets);
    writeArray(out, "extern const std::uint32_t kSetOffsets", setOffsets);
    writeArray(out, "extern const std::uint16_t kSetData", setData);
    writeArray(out, "extern const std::uint16_t kPageIndex", pageIndex);
    writeArray(out, "extern const std::uint16_t kBlocks", blocks);
    out << "\n} // namespace ow::pinyin_data\n";
    out.flush();
    if (!output.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(args.at(2), output.errorString()));
    std::printf("pinyin table: %zu characters (%d in U+4E00..U+9FFF), %zu syllables, %zu reading sets, "
                "%zu pages, %d readings skipped\n",
                readings.size(), basicBlock, syllables.size(), setIds.size(), blockIds.size() - 1, skipped);
    return 0;
}
