// Tests of acceptance numbers (受理编号) and query codes (查询密码).

#include "core/AcceptanceNumber.h"

#include "core/QueryCode.h"

#include <QRandomGenerator>
#include <QSet>
#include <catch2/catch.hpp>

using ow::AcceptanceNumber;
using ow::AcceptanceNumberParts;
using ow::QueryCode;

namespace {

AcceptanceNumberParts sample()
{
    return {QStringLiteral("420802"), 1, 7, QDate(2020, 11, 23), 42};
}

QString errorCode(QStringView typed)
{
    const auto parsed = AcceptanceNumber::parse(typed);
    return parsed.ok() ? QString() : parsed.error().code;
}

// Numbers the detection tests run over: ordinary, check X, all-nines fields, a city-level hall.
const QStringList& sampleNumbers()
{
    static const QStringList numbers{
        QStringLiteral("42080201007201123000425"), QStringLiteral("4208000300125063000003X"),
        QStringLiteral("11010512999991231999993"),
        AcceptanceNumber::compose({QStringLiteral("650102"), 10, 100, QDate(2024, 2, 29), 10000}).value()};
    return numbers;
}

} // namespace

TEST_CASE("An acceptance number has the documented fields and check character", "[core][acceptance]")
{
    const auto composed = AcceptanceNumber::compose(sample());
    REQUIRE(composed.ok());
    CHECK(*composed == QStringLiteral("42080201007201123000425"));
    CHECK(composed->size() == AcceptanceNumber::length);
    CHECK(AcceptanceNumber::display(*composed) == QStringLiteral("420802-01-007-201123-00042-5"));
    CHECK(AcceptanceNumber::checkCharacter(u"4208000300125063000003") == QLatin1Char('X'));
    // The same MOD 11-2 as the resident ID number (GB 11643): known check characters.
    CHECK(AcceptanceNumber::checkCharacter(u"11010519491231002") == QLatin1Char('X'));
    CHECK(AcceptanceNumber::checkCharacter(u"44052418800101001") == QLatin1Char('4'));

    const auto parsed = AcceptanceNumber::parse(*composed);
    REQUIRE(parsed.ok());
    CHECK(*parsed == sample());
}

TEST_CASE("Acceptance numbers round-trip for random parts", "[core][acceptance]")
{
    QRandomGenerator random(42);
    const qint64 first = QDate(2000, 1, 1).toJulianDay();
    const qint64 last = QDate(2099, 12, 31).toJulianDay();
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        AcceptanceNumberParts parts;
        parts.regionCode = QStringLiteral("%1%2")
                               .arg(random.bounded(11, 83))
                               .arg(random.bounded(0, 10000), 4, 10, QLatin1Char('0'));
        parts.hall = random.bounded(1, 100);
        parts.window = random.bounded(1, 1000);
        parts.date = QDate::fromJulianDay(random.bounded(first, last + 1));
        parts.sequence = random.bounded(1, 100000);
        const auto composed = AcceptanceNumber::compose(parts);
        REQUIRE(composed.ok());
        REQUIRE(composed->size() == AcceptanceNumber::length);
        const auto parsed = AcceptanceNumber::parse(*composed);
        REQUIRE(parsed.ok());
        REQUIRE(*parsed == parts);
        const auto fromDisplay = AcceptanceNumber::parse(AcceptanceNumber::display(*composed));
        REQUIRE(fromDisplay.ok());
        REQUIRE(*fromDisplay == parts);
        seen.insert(*composed);
    }
    CHECK(seen.size() > 19990); // distinct parts give distinct numbers; random parts rarely repeat
}

TEST_CASE("Every single-character substitution is detected", "[core][acceptance]")
{
    const QString alphabet = QStringLiteral("0123456789X");
    int tried = 0;
    for (const QString& number : sampleNumbers()) {
        REQUIRE(AcceptanceNumber::parse(number).ok());
        for (int i = 0; i < number.size(); ++i) {
            for (QChar c : alphabet) {
                if (c == number[i])
                    continue;
                QString typo = number;
                typo[i] = c;
                const QString code = errorCode(typo);
                INFO(typo.toStdString());
                // A digit where X belongs is caught by the check; an X among the digits by the reader.
                CHECK((code == QLatin1String("acceptance.check") ||
                       code == QLatin1String("acceptance.character")));
                ++tried;
            }
        }
    }
    CHECK(tried == 4 * 23 * 10);
}

TEST_CASE("Every adjacent transposition is detected", "[core][acceptance]")
{
    int tried = 0;
    for (const QString& number : sampleNumbers()) {
        for (int i = 0; i + 1 < number.size(); ++i) {
            if (number[i] == number[i + 1])
                continue;
            QString typo = number;
            std::swap(typo[i], typo[i + 1]);
            INFO(typo.toStdString());
            const QString code = errorCode(typo);
            CHECK(
                (code == QLatin1String("acceptance.check") || code == QLatin1String("acceptance.character")));
            ++tried;
        }
    }
    CHECK(tried > 40);
}

TEST_CASE("Composing refuses parts out of range", "[core][acceptance]")
{
    const auto refused = [](AcceptanceNumberParts parts, const char* code) {
        const auto result = AcceptanceNumber::compose(parts);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String(code));
        CHECK_FALSE(result.error().message.isEmpty());
    };
    auto parts = sample();
    for (const char* region : {"42080", "4208021", "4208O2", "000000", "990000", "", "１２３４５６"}) {
        parts.regionCode = QString::fromUtf8(region);
        refused(parts, "acceptance.region");
    }
    parts = sample();
    for (int hall : {0, -1, 100}) {
        parts.hall = hall;
        refused(parts, "acceptance.hall");
    }
    parts = sample();
    for (int window : {0, 1000}) {
        parts.window = window;
        refused(parts, "acceptance.window");
    }
    parts = sample();
    for (QDate date : {QDate(), QDate(1999, 12, 31), QDate(2100, 1, 1)}) {
        parts.date = date;
        refused(parts, "acceptance.date");
    }
    parts = sample();
    for (int sequence : {0, -5, 100000}) {
        parts.sequence = sequence;
        refused(parts, "acceptance.sequence");
    }
    parts = {QStringLiteral("820000"), 99, 999, QDate(2099, 12, 31), 99999};
    CHECK(AcceptanceNumber::compose(parts).ok());
    parts = {QStringLiteral("110000"), 1, 1, QDate(2000, 1, 1), 1};
    CHECK(AcceptanceNumber::compose(parts).ok());
}

TEST_CASE("Parsing tolerates separators, case, spaces and full-width digits", "[core][acceptance]")
{
    const QStringList forms{
        QStringLiteral("42080201007201123000425"),
        QStringLiteral("  420802-01-007-201123-00042-5 \t"),
        QStringLiteral("420802 01 007 201123 00042 5"),
        QStringLiteral("420802–01–007–201123–00042–5"), // en dashes
        QStringLiteral("４２０８０２－０１－００７－２０１１２３－０００４２－５"),
        QStringLiteral("4208-0201-0072-0112-3000-425"),
    };
    for (const QString& form : forms) {
        INFO(form.toStdString());
        const auto parsed = AcceptanceNumber::parse(form);
        REQUIRE(parsed.ok());
        CHECK(*parsed == sample());
        CHECK(AcceptanceNumber::display(form) == QStringLiteral("420802-01-007-201123-00042-5"));
    }
    for (const QString& form :
         {QStringLiteral("4208000300125063000003x"), QStringLiteral("420800-03-001-250630-00003-ｘ")}) {
        const auto parsed = AcceptanceNumber::parse(form);
        REQUIRE(parsed.ok());
        CHECK(parsed->sequence == 3);
        CHECK(AcceptanceNumber::display(form) == QStringLiteral("420800-03-001-250630-00003-X"));
    }
}

TEST_CASE("Parsing refuses wrong lengths, foreign characters, wrong checks and impossible dates",
          "[core][acceptance]")
{
    CHECK(errorCode(u"") == QLatin1String("acceptance.length"));
    CHECK(errorCode(u"4208020100720112300042") == QLatin1String("acceptance.length")); // check missing
    CHECK(errorCode(u"420802010072011230004255") == QLatin1String("acceptance.length"));
    CHECK(errorCode(u"420802-01-007-201123-0042-5") == QLatin1String("acceptance.length"));
    CHECK(errorCode(u"420802-01-007-201123-00042-K") == QLatin1String("acceptance.character"));
    CHECK(errorCode(u"420802/01/007/201123/00042/5") == QLatin1String("acceptance.character"));
    CHECK(errorCode(u"4208020100720112300X425") == QLatin1String("acceptance.character"));

    const auto wrongCheck = AcceptanceNumber::parse(u"42080201007201123000426");
    REQUIRE_FALSE(wrongCheck.ok());
    CHECK(wrongCheck.error().code == QLatin1String("acceptance.check"));
    CHECK(wrongCheck.error().message ==
          QLatin1String("The check character does not match: the number was probably mistyped."));

    // 31 November 2020, with a check character that matches: not a mistyping but not a real day.
    const auto badDate = AcceptanceNumber::parse(u"42080201007201131000425");
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().code == QLatin1String("acceptance.date"));
    CHECK(badDate.error().message.contains(QLatin1String("201131")));

    // Fields no generator writes, with a matching check character.
    const QString zeroSequence = QStringLiteral("420802010072011230000");
    const QString digits = zeroSequence + QLatin1Char('0');
    CHECK(errorCode(digits + AcceptanceNumber::checkCharacter(digits)) ==
          QLatin1String("acceptance.sequence"));

    CHECK(AcceptanceNumber::display(u"  not a number ") == QStringLiteral("not a number"));
}

TEST_CASE("Query codes are six unambiguous characters from the given random source", "[core][querycode]")
{
    QRandomGenerator first(7);
    QRandomGenerator second(7);
    const QString code = QueryCode::generate(first);
    CHECK(code == QueryCode::generate(second)); // deterministic for a seeded source
    CHECK(code.size() == QueryCode::length);

    QRandomGenerator random(2020);
    QSet<QChar> used;
    QSet<QString> codes;
    for (int i = 0; i < 20000; ++i) {
        const QString next = QueryCode::generate(random);
        REQUIRE(next.size() == 6);
        for (QChar c : next) {
            REQUIRE_FALSE(QStringLiteral("01OIL").contains(c));
            used.insert(c);
        }
        REQUIRE(QueryCode::normalized(next) == next);
        codes.insert(next);
    }
    CHECK(used.size() == QueryCode::alphabetSize);
    CHECK(codes.size() > 19990);

    CHECK(QueryCode::normalized(u"  ab3k7q ") == QStringLiteral("AB3K7Q"));
    CHECK(QueryCode::normalized(u"AB3K7").isEmpty());
    CHECK(QueryCode::normalized(u"AB3K70").isEmpty()); // 0 is not in the alphabet
    CHECK(QueryCode::normalized(u"AB3KIQ").isEmpty());
}
