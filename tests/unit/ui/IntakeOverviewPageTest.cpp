// The intake overview page: the catalog filter narrows the list as the clerk types, the open cases
// carry the urgency they are given, and nothing pretends to start an intake.

#include "ui/IntakeOverviewPage.h"

#include "ui/OpenCasesModel.h"
#include "ui/ServiceItemTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

ServiceItem item(const QString& code, const QString& name, const QString& department, int promised)
{
    ServiceItem i;
    i.code = code;
    i.name = name;
    i.department = department;
    i.promisedDays = promised;
    i.legalDays = promised + 10;
    return i;
}

QList<ServiceItem> sampleCatalog()
{
    return {item(QStringLiteral("HB-JM-010001"), QStringLiteral("个体工商户设立登记"),
                 QStringLiteral("市场监督管理局"), 3),
            item(QStringLiteral("HB-JM-010028"), QStringLiteral("食品经营许可"),
                 QStringLiteral("市场监督管理局"), 10),
            item(QStringLiteral("HB-JM-020001"), QStringLiteral("医疗机构设置审批"),
                 QStringLiteral("卫生健康委员会"), 10),
            item(QStringLiteral("HB-JM-020008"), QStringLiteral("公共场所卫生许可"),
                 QStringLiteral("卫生健康委员会"), 5),
            item(QStringLiteral("HB-JM-050015"), QStringLiteral("机动车驾驶证换证"), QStringLiteral("公安局"),
                 0)};
}

// What an input method does when the clerk picks the characters: one commit of the text.
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QTableView* catalogView(IntakeOverviewPage& page)
{
    return page.findChild<QTableView*>(QStringLiteral("catalogView"));
}

} // namespace

TEST_CASE("the catalog filter narrows the item list as the clerk types", "[ui][intake]")
{
    IntakeOverviewPage page;
    page.setCatalog(sampleCatalog());
    page.show();
    auto* filter = page.findChild<QLineEdit*>(QStringLiteral("catalogFilter"));
    QTableView* view = catalogView(page);
    REQUIRE(filter);
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() == 5);

    SECTION("by code, typed on the keyboard")
    {
        QTest::keyClicks(filter, QStringLiteral("hb-jm-02"));
        CHECK(filter->text() == QStringLiteral("hb-jm-02"));
        CHECK(view->model()->rowCount() == 2);
        CHECK(page.visibleItemCount() == 2);
        CHECK(page.findChild<QLabel*>(QStringLiteral("catalogCount"))->text() ==
              QStringLiteral("2 of 5 items"));

        QTest::keyClicks(filter, QStringLiteral("0008"));
        REQUIRE(view->model()->rowCount() == 1);
        CHECK(view->model()->index(0, ServiceItemTableModel::NameColumn).data().toString() ==
              QStringLiteral("公共场所卫生许可"));

        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        CHECK(view->model()->rowCount() == 5);
    }

    SECTION("by name, committed by the input method")
    {
        commitText(filter, QStringLiteral("许可"));
        CHECK(view->model()->rowCount() == 2);
        commitText(filter, QStringLiteral("经营")); // appended: nothing is called 许可经营
        CHECK(view->model()->rowCount() == 0);
        filter->clear();
        commitText(filter, QStringLiteral("经营"));
        CHECK(view->model()->rowCount() == 1);
    }

    SECTION("nothing matches")
    {
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        CHECK(view->model()->rowCount() == 0);
    }

    SECTION("Enter picks the first match")
    {
        QSignalSpy picked(&page, &IntakeOverviewPage::itemActivated);
        QTest::keyClicks(filter, QStringLiteral("050015"));
        QTest::keyClick(filter, Qt::Key_Return);
        REQUIRE(picked.count() == 1);
        CHECK(picked.at(0).at(0).toString() == QStringLiteral("HB-JM-050015"));
    }
}

TEST_CASE("the catalog shows code, name, department and the promised limit", "[ui][intake]")
{
    IntakeOverviewPage page;
    page.setCatalog(sampleCatalog());
    QAbstractItemModel* model = catalogView(page)->model();
    CHECK(model->columnCount() == 4);
    CHECK(model->index(0, ServiceItemTableModel::CodeColumn).data().toString() ==
          QStringLiteral("HB-JM-010001"));
    CHECK(model->index(0, ServiceItemTableModel::DepartmentColumn).data().toString() ==
          QStringLiteral("市场监督管理局"));
    CHECK(model->index(0, ServiceItemTableModel::PromisedColumn).data().toString() ==
          QStringLiteral("3 working days"));
    CHECK(model->index(4, ServiceItemTableModel::PromisedColumn).data().toString() ==
          QStringLiteral("Immediate"));
}

TEST_CASE("an empty catalog says where the items come from", "[ui][intake]")
{
    IntakeOverviewPage page;
    page.show();
    CHECK(page.findChild<QLabel*>(QStringLiteral("catalogEmpty"))->isVisible());
    CHECK_FALSE(catalogView(page)->isVisible());
    page.setCatalog(sampleCatalog());
    CHECK_FALSE(page.findChild<QLabel*>(QStringLiteral("catalogEmpty"))->isVisible());
    CHECK(catalogView(page)->isVisible());
}

TEST_CASE("open cases are shown with the urgency they are given", "[ui][intake]")
{
    IntakeOverviewPage page;
    page.show();
    CHECK(page.findChild<QLabel*>(QStringLiteral("openCasesEmpty"))->isVisible());

    const QList<OpenCaseRow> rows{
        {QStringLiteral("42080001007261120000216"), QStringLiteral("黄*强"), QStringLiteral("不动产转移登记"),
         QDate(2026, 11, 25), DeadlineUrgency::Overdue},
        {QStringLiteral("42080001007261113000832"), QStringLiteral("荆门市漳河餐饮管理有限公司"),
         QStringLiteral("食品经营许可"), QDate(2026, 11, 27), DeadlineUrgency::DueSoon},
        {QStringLiteral("42080001007261110000845"), QStringLiteral("杨*"), QStringLiteral("教师资格认定"),
         QDate(2026, 12, 22), DeadlineUrgency::Normal}};
    page.setOpenCases(rows);
    auto* view = page.findChild<QTableView*>(QStringLiteral("openCasesView"));
    REQUIRE(view->isVisible());
    QAbstractItemModel* model = view->model();
    REQUIRE(model->rowCount() == 3);

    CHECK(model->index(0, OpenCasesModel::NumberColumn).data().toString() ==
          QStringLiteral("420800-01-007-261120-00021-6"));
    CHECK(model->index(0, OpenCasesModel::ApplicantColumn).data().toString() == QStringLiteral("黄*强"));
    CHECK(model->index(0, OpenCasesModel::DeadlineColumn).data().toString() ==
          QStringLiteral("2026-11-25 · overdue"));
    CHECK(model->index(1, OpenCasesModel::DeadlineColumn).data().toString() ==
          QStringLiteral("2026-11-27 · due soon"));
    CHECK(model->index(2, OpenCasesModel::DeadlineColumn).data().toString() == QStringLiteral("2026-12-22"));

    const QColor overdue = model->index(0, 1, {}).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor dueSoon = model->index(1, 1, {}).data(Qt::BackgroundRole).value<QBrush>().color();
    CHECK(overdue.red() > overdue.green()); // red
    CHECK(dueSoon.red() > 200);
    CHECK(dueSoon.green() > 200); // yellow
    CHECK(dueSoon.blue() < 200);
    CHECK_FALSE(model->index(2, 1).data(Qt::BackgroundRole).isValid());
}

TEST_CASE("the new-intake button starts an intake", "[ui][intake]")
{
    IntakeOverviewPage page;
    auto* button = page.findChild<QPushButton*>(QStringLiteral("newIntake"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    QSignalSpy requested(&page, &IntakeOverviewPage::newIntakeRequested);
    button->click();
    CHECK(requested.size() == 1);
}
