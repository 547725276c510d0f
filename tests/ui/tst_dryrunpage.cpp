// The studio's one-click sandbox dry run, offscreen: click, wait for the worker, read the table.
#include "dryrunpage.h"
#include "i18n.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtSql/QSqlQuery>
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
        // The sandbox store and books serve the workspace (as `sandbox serve` would), so that
        // the test can count what reached them.
        QTemporaryDir workspace;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions options;
        options.dataDir = workspace.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        QCOMPARE(
            Sandbox::writeSandboxRecord(
                workspace.path(), {started.storeUrl, started.booksUrl, QCoreApplication::applicationPid()}),
            QString());

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

        // The 13 seeded orders, each a new invoice (nothing is in the books yet).
        Studio::PlanModel *model = page->model();
        QCOMPARE(model->rowCount(), 13);
        QHash<QString, int> rowOf;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, Studio::PlanModel::ObjectColumn).data().toString(), u"order"_s);
            QCOMPARE(model->index(row, Studio::PlanModel::ActionColumn).data().toString(), u"create"_s);
            rowOf.insert(model->index(row, Studio::PlanModel::KeyColumn).data().toString(), row);
        }
        QCOMPARE(rowOf.size(), 13);
        QCOMPARE(model->index(rowOf.value(u"1001"_s), Studio::PlanModel::SummaryColumn).data().toString(),
                 u"new invoice #1001, 1 line"_s);
        QCOMPARE(model->index(rowOf.value(u"1006"_s), Studio::PlanModel::SummaryColumn).data().toString(),
                 u"new invoice #1006, 3 lines"_s);
        QCOMPARE(page->summaryText(),
                 u"13 changes planned: 13 create, 0 update, 0 skip, 0 conflict, 0 blocked"_s);
        QVERIFY(QFile::exists(workspace.filePath(u"state.sqlite"_s)));

        // Nothing but reads reached either system.
        for (const QUrl &base : {started.storeUrl, started.booksUrl}) {
            QNetworkAccessManager network;
            QNetworkReply *reply = network.get(QNetworkRequest(base.resolved(QUrl(u"/__sandbox/stats"_s))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            const QJsonObject requests =
                QJsonDocument::fromJson(reply->readAll()).object().value(u"requests"_s).toObject();
            reply->deleteLater();
            QVERIFY2(requests.value(u"GET"_s).toInt() >= 1, qPrintable(base.toString()));
            for (const QString &method : {u"PUT"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s})
                QCOMPARE(requests.value(method).toInt(), 0);
        }
        saveScreenshot(&window, u"dryrun-page.png"_s);
        Sandbox::removeSandboxRecord(workspace.path(), QCoreApplication::applicationPid());
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
        const bool cancelled = !finished.first().first().toBool();
        if (cancelled) {
            QCOMPARE(page.summaryText(), u"Dry run cancelled; nothing was stored."_s);
            QCOMPARE(page.model()->rowCount(), 0);
        } else {
            QCOMPARE(page.model()->rowCount(), 13);
        }
        // A cancelled dry run stored no run; a finished one stored its plan.
        Store::StateStore store(Store::StoreLocation::sqlite(workspace.filePath(u"state.sqlite"_s)));
        QVERIFY(store.open());
        int runs = -1;
        {
            auto db = store.database();
            QSqlQuery query(db.value());
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM ll_runs"_s) && query.next());
            runs = query.value(0).toInt();
        }
        store.closeThreadConnection();
        QCOMPARE(runs, cancelled ? 0 : 1);
    }
};

QTEST_MAIN(TestDryRunPage)
#include "tst_dryrunpage.moc"
