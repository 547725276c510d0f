// The issue's "done when", as one offscreen session in the real main window on a fresh sandbox
// workspace: the studio opens on the sandbox mapping, a line is drawn with the mouse and saved,
// the one-click dry run plans it (the new field in order #1001's plan, nothing written), the
// sandbox sync runs from the dashboard, order #1001 is found in the audit log, and the dead
// letter is replayed and tried again by the next sync.
#include "auditlogmodel.h"
#include "auditlogpage.h"
#include "dashboardpage.h"
#include "deadletterspage.h"
#include "dryrunpage.h"
#include "engine/workspaceconfig.h"
#include "i18n.h"
#include "mainwindow.h"
#include "mapper/mapperpage.h"
#include "mapper/mapperscene.h"
#include "mapper/mapperview.h"
#include "mapper/mappingeditor.h"
#include "planfieldmodel.h"
#include "planmodel.h"
#include "store/auditlog.h"

#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::MapperSide;

class TestStudioJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        LedgerLink::installTranslations();
    }

    void aNewUserMapsPlansSyncsFindsAndReplays()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString workspace = home.filePath(u"sandbox"_s);
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1300, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. The studio opens on the sandbox mapping, ready.
        Studio::MapperPage *mapper = window.mapperPage();
        QCOMPARE(window.pages()->currentWidget(), mapper);
        QCOMPARE(mapper->editor()->document().name, u"Sandbox Shop → Sandbox Books"_s);
        QVERIFY(!Mapping::hasErrors(mapper->editor()->issues()));

        // 2. Draw a line: the order's customer first name to the invoice contact's first name.
        mapper->selectRule(u"order"_s);
        mapper->findChild<QLineEdit *>(u"sourceFilter"_s)->setText(u"customer.first"_s);
        mapper->findChild<QLineEdit *>(u"targetFilter"_s)->setText(u"Contact.First"_s);
        Studio::MapperView *view = mapper->view();
        const QPoint from =
            view->mapFromScene(mapper->scene()->portPosition(MapperSide::Source, u"customer.first_name"_s));
        const QPoint to =
            view->mapFromScene(mapper->scene()->portPosition(MapperSide::Target, u"Contact.FirstName"_s));
        QVERIFY(view->viewport()->rect().contains(from) && view->viewport()->rect().contains(to));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), (from + to) / 2);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        const Mapping::FieldMapping *drawn =
            mapper->editor()->document().rule(u"order"_s)->field(u"contact_first_name"_s);
        QVERIFY(drawn);
        QCOMPARE(drawn->source, u"customer.first_name"_s);
        QCOMPARE(drawn->target, u"Contact.FirstName"_s);
        // Save with the page's action (Ctrl+S).
        auto *save = mapper->findChild<QAction *>(u"saveMapping"_s);
        QVERIFY(save);
        save->trigger();
        QVERIFY(!mapper->editor()->isModified());
        const Mapping::LoadResult saved = Mapping::MappingDocument::load(Engine::mappingFilePath(workspace));
        QVERIFY(saved.ok());
        QCOMPARE(*saved.document, mapper->editor()->document());

        // 3. One click: the dry run plans the saved mapping, read-only.
        QAction *dryRun = nullptr;
        for (QAction *action : window.findChild<QToolBar *>(u"mainToolBar"_s)->actions())
            if (action->text() == u"▶ Dry run"_s)
                dryRun = action;
        QVERIFY(dryRun);
        Studio::DryRunPage *plan = window.dryRunPage();
        QSignalSpy planned(plan, &Studio::DryRunPage::dryRunFinished);
        dryRun->trigger();
        QCOMPARE(window.pages()->currentWidget(), plan);
        QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 60000);
        QVERIFY(planned.first().first().toBool());
        QCOMPARE(plan->model()->index(0, Studio::PlanModel::ChangeColumn).data().toString(), u"order (13)"_s);
        // Read the plan: #1001's invoice now carries the contact's first name.
        const QModelIndex order1001 = plan->model()->findChange(u"order"_s, u"1001"_s);
        QVERIFY(order1001.isValid());
        plan->planView()->scrollTo(order1001);
        QTest::mouseClick(plan->planView()->viewport(), Qt::LeftButton, {},
                          plan->planView()->visualRect(order1001).center());
        QString firstName;
        for (int r = 0; r < plan->fieldModel()->rowCount(); ++r) {
            if (plan->fieldModel()->index(r, Studio::PlanFieldModel::FieldColumn).data().toString()
                == u"Contact.FirstName"_s)
                firstName =
                    plan->fieldModel()->index(r, Studio::PlanFieldModel::AfterColumn).data().toString();
        }
        QCOMPARE(firstName, u"Anna"_s);

        // 4. Sync the sandbox from the dashboard.
        Studio::DashboardPage *dashboard = window.dashboardPage();
        window.pages()->setCurrentWidget(dashboard);
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject first = synced.first().first().toJsonObject();
        QVERIFY2(first.value(u"error"_s).toString().isEmpty(),
                 qPrintable(first.value(u"error"_s).toString()));
        // Orders (#1010 a dead letter), their payments (9; three dead letters), the two payouts.
        QCOMPARE(first.value(u"created"_s).toInt(), 12 + 9 + 2);
        QCOMPARE(first.value(u"dead"_s).toInt(), 1 + 3);

        // 5. Find #1001 in the audit log: its invoice request carries the new field.
        Studio::AuditLogPage *audit = window.auditLogPage();
        window.pages()->setCurrentWidget(audit);
        audit->showRecord(u"#1001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isCounting() && audit->model()->rowCount() >= 1, 10000);
        bool sentFirstName = false;
        QSignalSpy detail(audit, &Studio::AuditLogPage::detailShown);
        for (int row = 0; row < audit->model()->rowCount() && !sentFirstName; ++row) {
            QTRY_VERIFY_WITH_TIMEOUT(audit->model()->entryAt(row), 10000);
            QCOMPARE(audit->model()->entryAt(row)->matchKey, u"1001"_s);
            const int shown = int(detail.count());
            audit->view()->selectRow(row);
            QTRY_VERIFY_WITH_TIMEOUT(detail.count() > shown, 10000);
            sentFirstName = audit->detailText().contains(u"\"FirstName\": \"Anna\""_s);
        }
        QVERIFY2(sentFirstName, qPrintable(audit->detailText()));

        // 6. Replay the dead letter (#1010: a SKU the books do not know); the next sync tries it
        //    again and nothing is created twice.
        Studio::DeadLettersPage *letters = window.deadLettersPage();
        window.pages()->setCurrentWidget(letters);
        QTRY_VERIFY_WITH_TIMEOUT(!letters->isBusy() && letters->model()->rowCount() == 4, 10000);
        int orderRow = -1;
        for (int row = 0; row < letters->model()->rowCount(); ++row) {
            if (letters->model()->letterAt(row)->objectType == u"order"_s)
                orderRow = row;
        }
        QVERIFY(orderRow >= 0);
        QCOMPARE(letters->model()->letterAt(orderRow)->objectId, u"5110"_s);
        letters->view()->selectRow(orderRow);
        QSignalSpy replayed(letters, &Studio::DeadLettersPage::replayed);
        QTest::mouseClick(letters->findChild<QPushButton *>(u"replayButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, 10000);
        window.pages()->setCurrentWidget(dashboard);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 60000);
        const QJsonObject second = synced.at(1).first().toJsonObject();
        QCOMPARE(second.value(u"created"_s).toInt(), 0);
        QCOMPARE(second.value(u"dead"_s).toInt(), 1);
    }
};

QTEST_MAIN(TestStudioJourney)
#include "tst_studiojourney.moc"
