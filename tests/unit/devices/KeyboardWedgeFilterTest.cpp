// The keyboard-wedge filter driven with real key events (QTest) into a real QLineEdit.

#include "devices/KeyboardWedgeFilter.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

struct Desk
{
    explicit Desk(KeyboardWedgeSettings settings = {})
        : filter(settings)
    {
        qApp->installEventFilter(&filter);
        edit.show();
        edit.setFocus();
    }
    ~Desk() { qApp->removeEventFilter(&filter); }

    // A scanner: every key at once, then the terminator.
    void scan(const QString& code, bool enter = true)
    {
        QTest::keyClicks(&edit, code);
        if (enter)
            QTest::keyClick(&edit, Qt::Key_Return);
    }
    // A person: a pause before every key.
    void type(const QString& text) { QTest::keyClicks(&edit, text, Qt::NoModifier, 90); }

    QString scanAt(int i) const { return scans.at(i).at(0).toString(); }

    KeyboardWedgeFilter filter;
    QLineEdit edit;
    QSignalSpy scans{&filter, &KeyboardWedgeFilter::scanned};
    QSignalSpy returns{&edit, &QLineEdit::returnPressed};
};

} // namespace

TEST_CASE("a scan is delivered whole and kept out of the focused field", "[devices][wedge]")
{
    Desk desk;
    desk.scan(QStringLiteral("420802199003071230"));
    REQUIRE(desk.scans.count() == 1);
    CHECK(desk.scanAt(0) == u"420802199003071230");
    CHECK(desk.edit.text().isEmpty());
    CHECK(desk.returns.isEmpty()); // the terminator was the scanner's, not the clerk's
    QTest::qWait(100);
    CHECK(desk.edit.text().isEmpty());
}

TEST_CASE("typing reaches the field as typed, Enter included", "[devices][wedge]")
{
    Desk desk;
    desk.type(QStringLiteral("gtsh"));
    QTest::qWait(60);
    CHECK(desk.edit.text() == u"gtsh");
    QTest::keyClick(&desk.edit, Qt::Key_Return, Qt::NoModifier, 90);
    CHECK(desk.returns.count() == 1);
    CHECK(desk.scans.isEmpty());
}

TEST_CASE("a scanner typing while the clerk types does not mix into the field", "[devices][wedge]")
{
    Desk desk;
    desk.type(QStringLiteral("ab"));
    QTest::qWait(60);
    desk.scan(QStringLiteral("91420800MA4912345X"));
    desk.type(QStringLiteral("c"));
    QTest::qWait(60);
    CHECK(desk.edit.text() == u"abc");
    REQUIRE(desk.scans.count() == 1);
    CHECK(desk.scanAt(0) == u"91420800MA4912345X");
}

TEST_CASE("short fast runs and keys with Ctrl are typing", "[devices][wedge]")
{
    Desk desk;
    desk.scan(QStringLiteral("ab")); // two keys then Enter, fast: shorter than minLength
    CHECK(desk.edit.text() == u"ab");
    CHECK(desk.returns.count() == 1);
    QTest::keyClick(&desk.edit, Qt::Key_A, Qt::ControlModifier); // select all
    QTest::keyClicks(&desk.edit, QStringLiteral("xyz"));
    QTest::keyClick(&desk.edit, Qt::Key_Backspace); // not printable: the held keys go first
    CHECK(desk.edit.text() == u"xy");
    CHECK(desk.scans.isEmpty());
}

TEST_CASE("a fast run without terminator is given back to the field after a pause", "[devices][wedge]")
{
    Desk desk;
    QTest::keyClicks(&desk.edit, QStringLiteral("12345678"));
    CHECK(desk.edit.text().isEmpty()); // held while it may still be a scan
    QTest::qWait(80);
    CHECK(desk.edit.text() == u"12345678");
    CHECK(desk.scans.isEmpty());
}

TEST_CASE("prefix and suffix frame a scan; other typing is not delayed", "[devices][wedge]")
{
    KeyboardWedgeSettings settings;
    settings.prefix = QStringLiteral("]Q");
    settings.suffix = QStringLiteral("#");
    settings.terminatorRequired = false;
    Desk desk(settings);
    QTest::keyClicks(&desk.edit, QStringLiteral("x"));
    CHECK(desk.edit.text() == u"x"); // at once: it cannot start a scan
    desk.scan(QStringLiteral("]QOW1:42080201007201123000425:7KQ2ZM#"), false);
    REQUIRE(desk.scans.count() == 1);
    CHECK(desk.scanAt(0) == u"OW1:42080201007201123000425:7KQ2ZM");
    CHECK(desk.edit.text() == u"x");

    QTest::keyClicks(&desk.edit, QStringLiteral("]y"));
    CHECK(desk.edit.text() == u"x]y"); // a half prefix is given back as soon as it breaks
}

TEST_CASE("without a terminator a pause ends the scan", "[devices][wedge]")
{
    KeyboardWedgeSettings settings;
    settings.terminatorRequired = false;
    Desk desk(settings);
    desk.scan(QStringLiteral("YY2026112600042"), false);
    CHECK(desk.scans.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return desk.scans.count() == 1; }, 500));
    CHECK(desk.scanAt(0) == u"YY2026112600042");
    CHECK(desk.edit.text().isEmpty());
}

TEST_CASE("a disabled filter lets every key through", "[devices][wedge]")
{
    Desk desk;
    desk.filter.setEnabled(false);
    desk.scan(QStringLiteral("420802199003071230"));
    CHECK(desk.edit.text() == u"420802199003071230");
    CHECK(desk.scans.isEmpty());
}
