// The studio's one-click sandbox dry run, offscreen: click, wait for the worker, read the table.
#include "dryrunpage.h"
#include "i18n.h"
#include "mainwindow.h"
#include "planmodel.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

class TestDryRunPage : public QObject
{
    Q_OBJECT

private:
    void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LEDGERLINK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LedgerLink::installTranslations(); // English plural forms, as the studio loads them
    }

    void oneClickDryRun()
    {
        QTemporaryDir workspace;
        Studio::MainWindow window(workspace.path(), u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 620);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"LedgerLink — Sandbox Shop ↔ Sandbox Books"_s);

        Studio::DryRunPage *page = window.dryRunPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(page, &Studio::DryRunPage::dryRunFinished);
        auto *run = page->findChild<QPushButton *>();
        QVERIFY(run);
        QCOMPARE(run->text(), u"▶ Dry run"_s);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(page->isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);

        Studio::PlanModel *model = page->model();
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(model->index(0, Studio::PlanModel::ObjectColumn).data().toString(), u"customer"_s);
        QCOMPARE(model->index(0, Studio::PlanModel::ActionColumn).data().toString(), u"create"_s);
        QCOMPARE(model->index(8, Studio::PlanModel::KeyColumn).data().toString(), u"#1005"_s);
        QCOMPARE(model->index(8, Studio::PlanModel::ActionColumn).data().toString(), u"blocked"_s);
        QCOMPARE(model->index(8, Studio::PlanModel::ReasonColumn).data().toString(),
                 u"subtotal 10.00 EUR differs from the sum of its lines, 9.99 EUR, by 0.01 EUR"_s);
        QCOMPARE(model->index(5, Studio::PlanModel::SummaryColumn).data().toString(),
                 u"2 lines, 52.01 USD"_s);
        QCOMPARE(page->summaryText(),
                 u"11 changes planned: 8 create, 0 update, 0 skip, 0 conflict, 3 blocked"_s);
        QVERIFY(QFile::exists(workspace.filePath(u"state.sqlite"_s)));
        saveScreenshot(&window, u"dryrun-page.png"_s);
    }

    void applicationIconRenders()
    {
        const QIcon icon(u":/ledgerlink/icons/ledgerlink.svg"_s);
        const QImage image = icon.pixmap(128, 128).toImage();
        QCOMPARE(image.size(), QSize(128, 128));
        // The centre of the icon is the blue tile, not transparent (the SVG was really rendered).
        QCOMPARE(QColor(image.pixel(64, 40)).name(), u"#1f5fbf"_s);
        const QString dir = qEnvironmentVariable("LEDGERLINK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + u"/icon.png"_s));
    }

    void cancelBeforeStoringLeavesNoRun()
    {
        QTemporaryDir workspace;
        Studio::DryRunPage page(workspace.path());
        QSignalSpy finished(&page, &Studio::DryRunPage::dryRunFinished);
        page.startDryRun();
        page.cancelDryRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        // Either the worker saw the request (cancelled, nothing stored) or it had already
        // finished; the summary says which, and a cancelled run shows no plan.
        if (!finished.first().first().toBool()) {
            QCOMPARE(page.summaryText(), u"Dry run cancelled; nothing was stored."_s);
            QCOMPARE(page.model()->rowCount(), 0);
        } else {
            QCOMPARE(page.model()->rowCount(), 11);
        }
    }
};

QTEST_MAIN(TestDryRunPage)
#include "tst_dryrunpage.moc"
