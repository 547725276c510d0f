// The studio's audit log and dead-letter pages, offscreen, on the audit rows and the dead letter of
// a real sandbox sync (the sandbox in process, the engine's Executor), and the audit log model on
// a log too large to load whole.
#include "auditlogmodel.h"
#include "auditlogpage.h"
#include "dashboardpage.h"
#include "dashboardprogress.h"
#include "deadletterspage.h"
#include "engine/executor.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "i18n.h"
#include "mainwindow.h"
#include "sandbox/sandboxservices.h"
#include "store/auditlog.h"
#include "store/deadletterrepository.h"
#include "store/jobqueue.h"
#include "store/statestore.h"
#include "studiotestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPalette>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace { } // namespace

class TestStudioPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    Sandbox::SandboxServices m_sandbox;

    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    int count(const QString &sql)
    {
        Store::StateStore store(Store::StoreLocation::sqlite(Engine::stateFilePath(m_workspace)));
        if (!store.open())
            return -1;
        int n = -1;
        {
            auto db = store.database();
            QSqlQuery query(db.value());
            n = query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
        }
        store.closeThreadConnection();
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        LedgerLink::installTranslations();
        QVERIFY(m_dir.isValid());
        // A real sandbox sync: 12 invoices and #1010 (a SKU the books do not know) a dead letter.
        Sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = m_sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        m_workspace = m_dir.filePath(u"workspace"_s);
        QVERIFY(QDir().mkpath(m_workspace));
        QString error;
        const auto config = Engine::loadWorkspaceConfig(
            m_workspace, &error, std::pair{m_sandbox.storeUrl(), m_sandbox.booksUrl()});
        QVERIFY2(config, qPrintable(error));
        Store::StateStore store(Store::StoreLocation::sqlite(Engine::stateFilePath(m_workspace)));
        QVERIFY(store.open());
        Engine::ExecutorOptions executorOptions;
        executorOptions.allowWrites = true;
        Engine::Executor executor(*config, store, executorOptions);
        QVERIFY2(executor.open(&error), qPrintable(error));
        QVERIFY2(executor.enqueuePull(&error), qPrintable(error));
        const Engine::RunSummary summary = executor.runUntilIdle();
        QCOMPARE(summary.created, 12);
        QCOMPARE(summary.dead, 1);
        store.closeThreadConnection();
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void theAuditLogFindsAnOrderAndShowsItsRequest()
    {
        Studio::MainWindow window(m_workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Studio::AuditLogPage *page = window.auditLogPage();
        window.pages()->setCurrentWidget(page);
        Studio::AuditLogModel *model = page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = count(u"SELECT COUNT(*) FROM ll_audit"_s);
        QVERIFY(all > 13);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), all, 10000);

        // "What happened to order #1001?"
        QSignalSpy counted(model, &Studio::AuditLogModel::counted);
        auto *record = page->findChild<QLineEdit *>(u"recordFilter"_s);
        QVERIFY(record);
        record->setText(u"#1001"_s);
        QTest::keyClick(record, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 10000);
        const int rows = count(u"SELECT COUNT(*) FROM ll_audit WHERE match_key = '1001'"_s);
        QVERIFY(rows >= 1);
        QCOMPARE(model->rowCount(), rows);
        QTRY_VERIFY_WITH_TIMEOUT(model->entryAt(0), 10000);
        for (int row = 0; row < rows; ++row)
            QCOMPARE(model->index(row, Studio::AuditLogModel::Record).data().toString(), u"1001"_s);
        // The write of its invoice: the detail pane shows the request body sent for it.
        int write = -1;
        for (int row = 0; row < rows && write < 0; ++row)
            if (model->entryAt(row)->operation == u"create" && model->entryAt(row)->result == u"ok")
                write = row;
        QVERIFY(write >= 0);
        QCOMPARE(model->index(write, Studio::AuditLogModel::Request).data().toString().left(4), u"PUT "_s);
        QCOMPARE(model->index(write, Studio::AuditLogModel::Status).data().toInt(), 200);
        QSignalSpy shown(page, &Studio::AuditLogPage::detailShown);
        page->view()->selectRow(write);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        auto *request = page->findChild<QPlainTextEdit *>(u"requestView"_s);
        QVERIFY(request->toPlainText().startsWith(u"PUT "_s));
        QVERIFY2(request->toPlainText().contains(u"\"Reference\": \"#1001\""_s),
                 qPrintable(request->toPlainText()));
        QVERIFY(!request->toPlainText().contains(u"sandbox-books-token"_s)); // redacted
        auto *response = page->findChild<QPlainTextEdit *>(u"responseView"_s);
        QVERIFY(response->toPlainText().startsWith(u"HTTP 200"_s));
        saveScreenshots(&window, u"auditlog-page"_s);

        // Failed results only: exactly the failed rows.
        record->clear();
        auto *result = page->findChild<QComboBox *>(u"resultFilter"_s);
        counted.clear();
        result->setCurrentIndex(result->findData(u"dead"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && !model->isCounting(), 10000);
        QCOMPARE(model->rowCount(), count(u"SELECT COUNT(*) FROM ll_audit WHERE result = 'dead'"_s));
        QVERIFY(model->rowCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(model->entryAt(0), 10000);
        QCOMPARE(model->index(0, Studio::AuditLogModel::Record).data().toString(), u"1010"_s);

        // Trace this record: every attempt on #1010, whatever its result.
        page->view()->selectRow(0);
        auto *trace = page->findChild<QPushButton *>(u"traceButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(trace->isEnabled(), 10000);
        counted.clear();
        QTest::mouseClick(trace, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && !model->isCounting(), 10000);
        QCOMPARE(record->text(), u"1010"_s);
        QCOMPARE(result->currentIndex(), 0);
        QCOMPARE(
            model->rowCount(),
            count(u"SELECT COUNT(*) FROM ll_audit WHERE match_key = '1010' AND object_type = 'order'"_s));
        QVERIFY(model->rowCount() >= 1);

        // Shown again (the tab's refresh): nothing selected, so no detail and no Trace.
        page->refresh();
        QVERIFY(!trace->isEnabled());
        QVERIFY(!model->entryAt(-1));
        QCOMPARE(page->findChild<QLabel *>(u"detailTitle"_s)->text(),
                 u"Select a row to see its request and response."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting() && model->entryAt(0), 10000);
        QVERIFY(!trace->isEnabled());
    }

    void deadLettersAreInspectedEditedReplayedAndDiscarded()
    {
        Studio::MainWindow window(m_workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Studio::DeadLettersPage *page = window.deadLettersPage();
        window.pages()->setCurrentWidget(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, Studio::DeadLetterModel::Record).data().toString(), u"#1010"_s);
        QSignalSpy finished(page, &Studio::DeadLettersPage::finished);
        page->view()->selectRow(0);
        auto *payload = page->findChild<QPlainTextEdit *>(u"payloadEditor"_s);
        QVERIFY(payload->toPlainText().contains(u"\"Reference\": \"#1010\""_s));
        auto *exchange = page->findChild<QPlainTextEdit *>(u"exchangeView"_s);
        QVERIFY2(exchange->toPlainText().startsWith(u"PUT "_s), qPrintable(exchange->toPlainText()));
        saveScreenshots(&window, u"deadletters-page"_s);

        // An edit that changes the Reference is refused, and says why.
        const QString original = payload->toPlainText();
        QString renamed = original;
        renamed.replace(u"\"#1010\""_s, u"\"#9999\""_s);
        payload->setPlainText(renamed);
        QTest::mouseClick(page->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(page->statusText().contains(u"differs from the order's \"#1010\""_s),
                 qPrintable(page->statusText()));
        // Not JSON: refused before anything is stored.
        payload->setPlainText(u"{\"Reference\": "_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(finished.count(), 2);
        QVERIFY(page->statusText().startsWith(u"The payload is not a JSON object"_s));
        // A good edit is kept with the letter and audited.
        QString edited = original;
        edited.replace(u"\"Reference\": \"#1010\""_s,
                       u"\"Reference\": \"#1010\",\n    \"Url\": \"https://example.com/1010\""_s);
        payload->setPlainText(edited);
        QTest::mouseClick(page->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(page->statusText()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM ll_audit WHERE operation = 'edit' AND result = 'edited'"_s), 1);
        {
            Store::StateStore store(Store::StoreLocation::sqlite(Engine::stateFilePath(m_workspace)));
            QVERIFY(store.open());
            const auto letters = Store::DeadLetterRepository(store).list();
            QVERIFY(letters);
            QCOMPARE(letters.value().size(), 1);
            QCOMPARE(letters.value()
                         .first()
                         .payload.value(u"mapped_payload"_s)
                         .toObject()
                         .value(u"Url"_s)
                         .toString(),
                     u"https://example.com/1010"_s);
            store.closeThreadConnection();
        }

        // Replay: queued again as a job, audited, gone from the open letters.
        const int queuedBefore = count(u"SELECT COUNT(*) FROM ll_jobs WHERE state = 'queued'"_s);
        QSignalSpy replayed(page, &Studio::DeadLettersPage::replayed);
        page->view()->selectRow(0);
        QTest::mouseClick(page->findChild<QPushButton *>(u"replayButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ll_jobs WHERE state = 'queued'"_s), queuedBefore + 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ll_jobs WHERE state = 'queued' AND id = %1"_s.arg(
                     replayed.first().first().toLongLong())),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ll_audit WHERE operation = 'replay' AND result = 'replayed'"_s),
                 1);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->statusText().contains(u"queued again as job"_s));

        // Discard (after the question is answered yes): removed, audited.
        Store::DeadLetter another;
        another.objectType = u"order"_s;
        another.objectId = u"77"_s;
        another.error = u"the ERP said no"_s;
        another.payload = QJsonObject{{u"match_key"_s, u"7777"_s}};
        {
            Store::StateStore store(Store::StoreLocation::sqlite(Engine::stateFilePath(m_workspace)));
            QVERIFY(store.open());
            QVERIFY(Store::DeadLetterRepository(store).add(another));
            store.closeThreadConnection();
        }
        page->reload();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
        QStringList asked;
        page->setConfirmation([&asked](const QString &question) {
            asked << question;
            return true;
        });
        page->view()->selectRow(0);
        const qsizetype before = finished.count();
        QTest::mouseClick(page->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, 10000);
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ll_audit WHERE operation = 'discard' AND match_key = '7777'"_s),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ll_dead_letters WHERE replayed_ms IS NULL"_s), 0);
    }

    void theDashboardSyncsAFreshWorkspaceAndListsTheRun()
    {
        // A fresh sandbox workspace: Sync now, the run's outcome, #1001 in the audit log.
        QTemporaryDir home;
        const QString workspace = home.filePath(u"sandbox"_s);
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The toolbar says what a sync may write: here, only the sandbox books.
        QCOMPARE(window.findChild<QLabel *>(u"stageLabel"_s)->text(),
                 u"sandbox: writes go to the sandbox books only"_s);
        Studio::DashboardPage *dashboard = window.dashboardPage();
        window.pages()->setCurrentWidget(dashboard);
        QAbstractItemModelTester tester(dashboard->runsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QVERIFY(dashboard->isSyncing());
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject first = synced.first().first().toJsonObject();
        QVERIFY2(first.value(u"error"_s).toString().isEmpty(),
                 qPrintable(first.value(u"error"_s).toString()));
        // One sync of the sandbox's three rules: orders (#1010 a dead letter), their payments (9
        // applied, #1006's refund skipped, #1002 and #1004 refused for a cent, #1010's with no
        // invoice: tst_payments), the two paid payouts.
        QCOMPARE(first.value(u"orders_read"_s).toInt(), 13);
        QCOMPARE(first.value(u"created"_s).toInt(), 12 + 9 + 2);
        QCOMPARE(first.value(u"dead"_s).toInt(), 1 + 3);
        QCOMPARE(first.value(u"runs"_s).toArray().size(), 3);
        const QStringList lines = dashboard->statusText().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines.at(0).startsWith(u"13 orders read: 12 created, 0 updated, 0 unchanged, 1 dead letters"_s),
            qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(1).startsWith(u"Payments: 13 read: 9 created, 0 updated, 1 unchanged, 3 dead letters"_s),
            qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(2).startsWith(u"Payouts: 2 read: 2 created, 0 updated, 0 unchanged, 0 dead letters"_s),
            qPrintable(lines.at(2)));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->runsModel()->rowCount(), 3, 10000);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(dashboard->runsModel()->index(row, Studio::RunsModel::Status).data().toString(),
                     u"succeeded"_s);
        // Newest first.
        QCOMPARE(dashboard->runsModel()->index(0, Studio::RunsModel::Outcome).data().toString(),
                 u"2 read · 2 created · 0 updated · 0 skipped · 0 dead letters"_s);
        QCOMPARE(dashboard->runsModel()->index(1, Studio::RunsModel::Outcome).data().toString(),
                 u"13 read · 9 created · 0 updated · 1 skipped · 3 dead letters"_s);
        QCOMPARE(dashboard->runsModel()->index(2, Studio::RunsModel::Outcome).data().toString(),
                 u"13 read · 12 created · 0 updated · 0 skipped · 1 dead letters"_s);
        saveScreenshots(&window, u"dashboard-page"_s);

        // The audit log answers "what happened to order #1001?".
        Studio::AuditLogPage *audit = window.auditLogPage();
        window.pages()->setCurrentWidget(audit);
        audit->showRecord(u"#1001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isCounting() && audit->model()->rowCount() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->entryAt(0), 10000);
        QCOMPARE(audit->model()->entryAt(0)->matchKey, u"1001"_s);
        // (Replaying the dead letter from the studio: tst_studiojourney, the whole new-user path.)
    }

    void aSyncCancelledBeforeItStartsWritesNothing()
    {
        QTemporaryDir home;
        const QString workspace = home.filePath(u"sandbox"_s);
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        Studio::DashboardPage *dashboard = window.dashboardPage();
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        dashboard->syncNow();
        dashboard->cancelSync(); // the sandbox is still starting
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QCOMPARE(synced.first().first().toJsonObject().value(u"error"_s).toString(),
                 u"Cancelled before the sync started; nothing was written."_s);
        QVERIFY(!dashboard->isSyncing());
        QCOMPARE(dashboard->objectProgress()->bar(u"order"_s)->text(), u"did not run"_s);
        dashboard->reloadRuns();
        QSignalSpy reloaded(dashboard, &Studio::DashboardPage::runsReloaded);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000);
        QCOMPARE(dashboard->runsModel()->rowCount(), 0); // no run was started
        // The next sync runs in full.
        dashboard->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 60000);
        QCOMPARE(synced.at(1).first().toJsonObject().value(u"created"_s).toInt(), 12 + 9 + 2);
        QCOMPARE(dashboard->objectProgress()->bar(u"order"_s)->text(), u"13 of 13"_s);
        QCOMPARE(dashboard->objectProgress()->bar(u"payment"_s)->text(), u"13 of 13"_s);
        QCOMPARE(dashboard->objectProgress()->bar(u"payout"_s)->text(), u"2 of 2"_s);
    }

    void theAuditLogModelReadsOnlyWhatIsShown()
    {
        // 20,000 rows: the model counts them, reads the first page, and the last one straight away
        // when asked (from the other end), never the rows in between.
        QTemporaryDir dir;
        const Store::StoreLocation location = Store::StoreLocation::sqlite(dir.filePath(u"state.sqlite"_s));
        {
            Store::StateStore store(location);
            QVERIFY(store.open());
            const QDateTime t0(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
            auto filled = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
                for (int i = 0; i < 20000; ++i) {
                    Store::AuditEntry entry;
                    entry.timestamp = t0.addSecs(i);
                    entry.objectType = u"order"_s;
                    entry.matchKey = QString::number(100000 + i);
                    entry.operation = u"create"_s;
                    entry.result = i % 10 == 0 ? u"failed"_s : u"ok"_s;
                    entry.bodiesRedacted = true;
                    if (auto added = Store::AuditLog(store).append(entry); !added)
                        return added.error();
                }
                return std::nullopt;
            });
            QVERIFY(filled);
            store.closeThreadConnection();
        }
        Studio::AuditLogModel model(location);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &Studio::AuditLogModel::counted);
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 10000);
        QCOMPARE(model.rowCount(), 20000);
        QSignalSpy loaded(&model, &Studio::AuditLogModel::pageLoaded);
        // A row not read yet says so, and is asked for.
        QCOMPARE(model.index(10000, Studio::AuditLogModel::Time).data().toString(), u"…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.entryAt(10000), 10000);
        QCOMPARE(model.index(10000, Studio::AuditLogModel::Record).data().toString(), u"109999"_s);
        (void)model.index(0, Studio::AuditLogModel::Record).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.entryAt(0), 10000);
        QCOMPARE(model.index(0, Studio::AuditLogModel::Record).data().toString(),
                 u"119999"_s); // newest first
        (void)model.index(19999, Studio::AuditLogModel::Record).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.entryAt(19999), 10000);
        QCOMPARE(model.index(19999, Studio::AuditLogModel::Record).data().toString(), u"100000"_s);
        QCOMPARE(model.index(19800, Studio::AuditLogModel::Record).data().toString(), u"100199"_s);
        QCOMPARE(model.loadedRows(), 3 * Studio::AuditLogModel::pageSize);
        QVERIFY(!model.entryAt(5000)); // never read
        QVERIFY(!model.entryAt(15000));
        // A filter: exactly its rows, counted in the store.
        counted.clear();
        Store::AuditQuery failed;
        failed.result = u"failed"_s;
        model.setFilter(failed);
        QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 10000);
        QCOMPARE(model.rowCount(), 2000);
        (void)model.index(0, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.entryAt(0), 10000);
        QCOMPARE(model.index(0, Studio::AuditLogModel::Record).data().toString(), u"119990"_s);
        QCOMPARE(model.index(1, Studio::AuditLogModel::Record).data().toString(), u"119980"_s);
        QCOMPARE(model.index(0, Studio::AuditLogModel::Result).data().toString(), u"failed"_s);
    }
};

QTEST_MAIN(TestStudioPages)
#include "tst_studiopages.moc"
