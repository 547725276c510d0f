// The studio's Dry run page, offscreen: the one-click sandbox dry run (the plan grouped by object
// and action with totals, a change's fields before → after, the CSV and HTML export, and no write
// reaching either system), a workspace of one's own planned with its access tokens from a real
// Secret Service (the keyring fixture), and the rollout-stage control with its confirmations.
#include "dryrunpage.h"
#include "i18n.h"
#include "mainwindow.h"
#include "mapper/mappingeditor.h"
#include "planfieldmodel.h"
#include "planmodel.h"
#include "studiotestsupport.h"

#include "engine/planexport.h"
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"
#include "sandboxflags.h"
#include "secrets/credentialstore.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtGui/QPalette>
#include <QtGui/QUndoStack>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Engine::PlanAction;
using Mapping::RolloutStage;
using Studio::PlanModel;

namespace {

/// The seeded orders in the order the store lists them (by id: #1002's id is the largest).
const QStringList seededKeys{u"1001"_s, u"1003"_s, u"1004"_s, u"1005"_s, u"1006"_s, u"1007"_s, u"1008"_s,
                             u"1009"_s, u"1010"_s, u"1011"_s, u"1012"_s, u"1013"_s, u"1002"_s};
/// The seeded plan's flags of the order `key`: 4 orders flagged, 5 flags (worked out by hand in
/// sandboxflags.h).
QStringList seededFlags(const QString &key)
{
    return Testing::sandboxFlags(key);
}
using Testing::flag1002;
using Testing::flag1008;
using Testing::flags1004;

const QStringList seededIds{u"5101"_s,
                            u"5103"_s,
                            u"5104"_s,
                            u"5105"_s,
                            u"5106"_s,
                            u"5107"_s,
                            u"5108"_s,
                            u"5109"_s,
                            u"5110"_s,
                            u"5111"_s,
                            u"5112"_s,
                            u"5113"_s,
                            u"820982911946154508"_s};

/// Order #1001 as the sandbox mapping turns it into a Xero invoice, written out by hand from the
/// store seed (resources/sandbox/store-seed.json) and the mapping: field, after (before is ∅).
const QList<std::pair<QString, QString>> invoice1001{
    {u"Contact.EmailAddress"_s, u"anna.schmidt@example.de"_s},
    {u"Contact.Name"_s, u"Anna Schmidt"_s},
    {u"CurrencyCode"_s, u"EUR"_s},
    {u"Date"_s, u"2026-11-20"_s},
    {u"LineAmountTypes"_s, u"Inclusive"_s},
    {u"LineItems[0].Description"_s, u"Organic Cotton Tee - M"_s},
    {u"LineItems[0].DiscountAmount"_s, u"0"_s},
    {u"LineItems[0].ItemCode"_s, u"TEE-ORG-M"_s},
    {u"LineItems[0].Quantity"_s, u"2"_s},
    {u"LineItems[0].TaxAmount"_s, u"9.58"_s},
    {u"LineItems[0].TaxType"_s, u"OUTPUT2"_s},
    {u"LineItems[0].UnitAmount"_s, u"29.99"_s},
    // Shipping, a line of its own: DHL Paket 4.90 with its 0.78 MwSt 19 %, no SKU; no discount
    // (the sum over its empty discount_allocations is undefined in JSONata: no field).
    {u"LineItems[1].Description"_s, u"DHL Paket"_s},
    {u"LineItems[1].Quantity"_s, u"1"_s},
    {u"LineItems[1].TaxAmount"_s, u"0.78"_s},
    {u"LineItems[1].TaxType"_s, u"OUTPUT2"_s},
    {u"LineItems[1].UnitAmount"_s, u"4.9"_s}, // $money() gives a JSON number: no trailing zero
    {u"Reference"_s, u"#1001"_s},
    {u"Status"_s, u"AUTHORISED"_s}, // approved, so that its payment can be applied
    {u"Type"_s, u"ACCREC"_s},
};

/// The "changes" cell of #1001 in the CSV export.
const QString changes1001 =
    u"Contact.EmailAddress: ∅ → anna.schmidt@example.de; Contact.Name: ∅ → Anna Schmidt; "
    u"CurrencyCode: ∅ → EUR; Date: ∅ → 2026-11-20; LineAmountTypes: ∅ → Inclusive; "
    u"LineItems[0].Description: ∅ → Organic Cotton Tee - M; LineItems[0].DiscountAmount: ∅ → 0; "
    u"LineItems[0].ItemCode: ∅ → TEE-ORG-M; LineItems[0].Quantity: ∅ → 2; LineItems[0].TaxAmount: ∅ → 9.58; "
    u"LineItems[0].TaxType: ∅ → OUTPUT2; LineItems[0].UnitAmount: ∅ → 29.99; "
    u"LineItems[1].Description: ∅ → DHL Paket; LineItems[1].Quantity: ∅ → 1; LineItems[1].TaxAmount: ∅ → "
    u"0.78; "
    u"LineItems[1].TaxType: ∅ → OUTPUT2; LineItems[1].UnitAmount: ∅ → 4.9; Reference: ∅ → #1001; "
    u"Status: ∅ → AUTHORISED; Type: ∅ → ACCREC"_s;

QByteArray readFile(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A workspace of one's own (connections.json, no secrets) whose two systems are the in-process
/// sandbox store and books, with the bundled sandbox mapping (read-only stage).
bool writeOwnWorkspace(const QString &dir, const QUrl &storeUrl, const QUrl &booksUrl)
{
    const QJsonObject connections{
        {u"store"_s,
         QJsonObject{{u"system"_s, u"shopify"_s},
                     {u"base_url"_s, storeUrl.toString()},
                     {u"account"_s, Sandbox::Credentials::shopDomain()},
                     {u"api_version"_s, Sandbox::Credentials::shopApiVersion()}}},
        {u"erp"_s,
         QJsonObject{{u"system"_s, u"xero"_s},
                     {u"base_url"_s, booksUrl.toString()},
                     {u"account"_s, Sandbox::Credentials::xeroTenantId()}}},
    };
    return QDir().mkpath(dir)
        && writeFile(Engine::mappingFilePath(dir), readFile(u":/ledgerlink/mappings/sandbox.mapping.json"_s))
        && writeFile(Engine::connectionsFilePath(dir), QJsonDocument(connections).toJson());
}

/// How many requests of each method reached a sandbox service.
QJsonObject requestCounts(const QUrl &base)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(base.resolved(QUrl(u"/__sandbox/stats"_s))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    const QJsonObject requests =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"requests"_s).toObject();
    reply->deleteLater();
    return requests;
}

Studio::PlanModel::Row row(const QString &object, PlanAction action, const QString &key,
                           const QStringList &reasons = {})
{
    Engine::PlannedChange change;
    change.objectType = object;
    change.action = action;
    change.direction = u"store→erp"_s;
    change.matchKey = key;
    change.sourceId = u"id-"_s + key;
    change.summary = u"summary of "_s + key;
    change.reasons = reasons;
    return {change, {}};
}

} // namespace

class TestDryRunPage : public QObject
{
    Q_OBJECT

private:
    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    /// Waits for one keychain removal (entries left by an earlier run of this test).
    void removeSecret(Secrets::CredentialStore &keychain, const QString &key)
    {
        bool answered = false;
        keychain.remove(key, this, [&answered](const Secrets::CredentialResult &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }

    /// Clicks the tree row of a change, as a user would.
    void clickChange(Studio::DryRunPage *page, const QString &key)
    {
        const QModelIndex index = page->model()->findChange(u"order"_s, key);
        QVERIFY(index.isValid());
        page->planView()->scrollTo(index);
        const QRect rect = page->planView()->visualRect(index);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(page->planView()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(page->planView()->currentIndex().siblingAtColumn(0), index);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
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
        QString error;
        QVERIFY2(Engine::loadWorkspaceConfig(workspace.path(), &error), qPrintable(error)); // the mapping

        Studio::MainWindow window(workspace.path(), u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1200, 680);
        // The page and the mapping document as the main window holds them (the test sets the
        // editor itself, as the window does, so that it does not depend on the window's wiring).
        auto *page = window.findChild<Studio::DryRunPage *>();
        QVERIFY(page);
        auto *tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(page);
        Studio::MappingEditor ownEditor;
        Studio::MappingEditor *editor = window.findChild<Studio::MappingEditor *>();
        if (!editor) {
            QVERIFY2(ownEditor.open(Engine::mappingFilePath(workspace.path()), &error), qPrintable(error));
            editor = &ownEditor;
        }
        QCOMPARE(editor->fileName(), Engine::mappingFilePath(workspace.path()));
        page->setMappingEditor(editor);
        QCOMPARE(page->rolloutStage(), RolloutStage::ReadOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"LedgerLink — Sandbox Shop ↔ Sandbox Books"_s);
        auto *stage = page->findChild<QComboBox *>(u"stageCombo"_s);
        QVERIFY(stage->isEnabled());
        QCOMPARE(stage->currentText(), u"Read-only"_s);
        QCOMPARE(stage->itemText(1), u"One direction: Sandbox Shop → Sandbox Books"_s);
        QCOMPARE(page->findChild<QLabel *>(u"stageNote"_s)->text(),
                 u"The sandbox workspace writes only to its own sandbox books, whatever the stage; the stage "
                 u"applies when this mapping is used with real connections. A dry run never writes."_s);

        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fieldTester(page->fieldModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(page, &Studio::DryRunPage::dryRunFinished);
        auto *run = page->findChild<QPushButton *>(u"runButton"_s);
        QVERIFY(run);
        QCOMPARE(run->text(), u"▶ Dry run"_s);
        auto *exportButton = page->findChild<QPushButton *>(u"exportButton"_s);
        QVERIFY(!exportButton->isEnabled()); // nothing to export yet
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(page->isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);

        // Grouped: one object (order), one action (create) with the 13 seeded orders, each a new
        // invoice (nothing is in the books yet), in the order the store lists them.
        PlanModel *model = page->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex order = model->index(0, PlanModel::ChangeColumn);
        QCOMPARE(order.data().toString(), u"order (13)"_s);
        QCOMPARE(order.data(PlanModel::ObjectRole).toString(), u"order"_s);
        QCOMPARE(order.data(PlanModel::KindRole).toInt(), int(PlanModel::RowKind::Object));
        QCOMPARE(order.data(PlanModel::CountRole).toInt(), 13);
        QCOMPARE(order.siblingAtColumn(PlanModel::SummaryColumn).data().toString(),
                 u"13 create, 0 update, 0 skip, 0 conflict, 0 blocked"_s);
        QCOMPARE(model->rowCount(order), 1);
        const QModelIndex create = model->index(0, PlanModel::ChangeColumn, order);
        QCOMPARE(create.data().toString(), u"create (13)"_s);
        QCOMPARE(create.data(PlanModel::KindRole).toInt(), int(PlanModel::RowKind::Action));
        QCOMPARE(create.data(PlanModel::ActionRole).toInt(), int(PlanAction::Create));
        QCOMPARE(create.siblingAtColumn(PlanModel::SummaryColumn).data().toString(), QString());
        QCOMPARE(create.data(PlanModel::CountRole).toInt(), 13);
        QCOMPARE(model->rowCount(create), 13);
        for (int r = 0; r < 13; ++r) {
            const QModelIndex change = model->index(r, PlanModel::ChangeColumn, create);
            QCOMPARE(change.data().toString(), seededKeys.at(r));
            QCOMPARE(change.data(PlanModel::KindRole).toInt(), int(PlanModel::RowKind::Change));
            QCOMPARE(change.data(PlanModel::ObjectRole).toString(), u"order"_s);
            QCOMPARE(change.data(PlanModel::ActionRole).toInt(), int(PlanAction::Create));
            QCOMPARE(change.siblingAtColumn(PlanModel::DirectionColumn).data().toString(), u"store → ERP"_s);
            QCOMPARE(change.siblingAtColumn(PlanModel::ReasonColumn).data().toString(), QString());
            QCOMPARE(model->rowCount(change), 0);
            QVERIFY(page->planView()->isExpanded(change.parent()));
        }
        QCOMPARE(model->findChange(u"order"_s, u"1001"_s)
                     .siblingAtColumn(PlanModel::SummaryColumn)
                     .data()
                     .toString(),
                 u"new invoice #1001, 2 lines"_s);
        QCOMPARE(model->findChange(u"order"_s, u"1006"_s)
                     .siblingAtColumn(PlanModel::SummaryColumn)
                     .data()
                     .toString(),
                 u"new invoice #1006, 4 lines"_s);
        QCOMPARE(model->count(u"order"_s, PlanAction::Create), 13);
        for (PlanAction action :
             {PlanAction::Update, PlanAction::Skip, PlanAction::Conflict, PlanAction::Blocked})
            QCOMPARE(model->count(u"order"_s, action), 0);
        QCOMPARE(page->summaryText(),
                 u"13 changes planned: 13 create, 0 update, 0 skip, 0 conflict, 0 blocked; "
                 u"⚑ 4 flagged before the write"_s);
        QVERIFY(QFile::exists(workspace.filePath(u"state.sqlite"_s)));

        // #1008 is flagged before the write: Xero computes its tax per line (0.03 + 0.03), the
        // store charged 10 % of its 0.50 total (0.05). So are #1002, #1003 and #1004, written in
        // the shop's EUR (seededFlags()). Every other order's prediction matches.
        QCOMPARE(order.siblingAtColumn(PlanModel::FlagColumn).data().toString(), u"⚑ 4 flagged"_s);
        QCOMPARE(create.siblingAtColumn(PlanModel::FlagColumn).data().toString(), u"⚑ 4 flagged"_s);
        for (int r = 0; r < 13; ++r) {
            const QModelIndex change = model->index(r, PlanModel::ChangeColumn, create);
            const QStringList flags = seededFlags(seededKeys.at(r));
            const bool flagged = !flags.isEmpty();
            QCOMPARE(change.data(PlanModel::FlagsRole).toStringList(), flags);
            QCOMPARE(change.siblingAtColumn(PlanModel::FlagColumn).data().toString(),
                     flagged ? QString(u"⚑ "_s + flags.join(u"; ⚑ "_s)) : QString());
            QCOMPARE(change.data(Qt::DecorationRole).value<QIcon>().isNull(), !flagged);
            for (const QString &flag : flags)
                QVERIFY(change.data(Qt::ToolTipRole).toString().contains(flag));
            QCOMPARE(change.data(Qt::ToolTipRole).toString().contains(u"⚑"_s), flagged);
        }

        // The detail pane: the first change is shown at once; a click shows another.
        auto *detailTitle = page->findChild<QLabel *>(u"detailTitle"_s);
        QCOMPARE(detailTitle->text(), u"order 1001 — create, store → ERP\nnew invoice #1001, 2 lines"_s);
        clickChange(page, u"1006"_s);
        QCOMPARE(detailTitle->text(), u"order 1006 — create, store → ERP\nnew invoice #1006, 4 lines"_s);
        QHash<QString, QString> after1006;
        for (int r = 0; r < page->fieldModel()->rowCount(); ++r)
            after1006.insert(
                page->fieldModel()->index(r, Studio::PlanFieldModel::FieldColumn).data().toString(),
                page->fieldModel()->index(r, Studio::PlanFieldModel::AfterColumn).data().toString());
        QCOMPARE(after1006.value(u"Reference"_s), u"#1006"_s);
        QVERIFY(after1006.contains(u"LineItems[2].ItemCode"_s)); // three item lines, then shipping
        QVERIFY(!after1006.contains(u"LineItems[3].ItemCode"_s));
        clickChange(page, u"1001"_s);
        QCOMPARE(detailTitle->text(), u"order 1001 — create, store → ERP\nnew invoice #1001, 2 lines"_s);
        QVERIFY(!page->findChild<QLabel *>(u"detailReasons"_s)->isVisible());
        Studio::PlanFieldModel *fields = page->fieldModel();
        QList<std::pair<QString, QString>> shown;
        for (int r = 0; r < fields->rowCount(); ++r)
            shown.append({fields->index(r, Studio::PlanFieldModel::FieldColumn).data().toString(),
                          fields->index(r, Studio::PlanFieldModel::AfterColumn).data().toString()});
        for (qsizetype r = 0; r < qMin(shown.size(), invoice1001.size()); ++r) {
            QCOMPARE(shown.at(r).first, invoice1001.at(r).first);
            QCOMPARE(shown.at(r).second, invoice1001.at(r).second);
        }
        QCOMPARE(shown.size(), invoice1001.size());
        for (int r = 0; r < fields->rowCount(); ++r) {
            QCOMPARE(fields->index(r, Studio::PlanFieldModel::FieldColumn).data().toString(),
                     invoice1001.at(r).first);
            QCOMPARE(fields->index(r, Studio::PlanFieldModel::BeforeColumn).data().toString(), u"∅"_s);
            QCOMPARE(fields->index(r, Studio::PlanFieldModel::AfterColumn).data().toString(),
                     invoice1001.at(r).second);
        }

        // Nothing but reads reached either system.
        for (const QUrl &base : {started.storeUrl, started.booksUrl}) {
            const QJsonObject requests = requestCounts(base);
            QVERIFY2(requests.value(u"GET"_s).toInt() >= 1, qPrintable(base.toString()));
            for (const QString &method : {u"PUT"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s})
                QCOMPARE(requests.value(method).toInt(), 0);
        }
        saveScreenshots(&window, u"dryrun-page"_s);
        auto *detailFlags = page->findChild<QLabel *>(u"detailFlags"_s);
        QVERIFY(!detailFlags->isVisible());
        clickChange(page, u"1008"_s);
        QVERIFY(detailFlags->isVisible());
        QCOMPARE(detailFlags->text(),
                 u"⚑ Flagged before the write (it goes ahead; check before it does):\n• "_s + flag1008);
        saveScreenshots(&window, u"dryrun-page-flagged"_s);
        clickChange(page, u"1001"_s);
        QVERIFY(!detailFlags->isVisible());

        // Export…: the file dialog is replaced by a chooser that names the file.
        QVERIFY(exportButton->isEnabled());
        QString suggested;
        QString chosen = workspace.filePath(u"exported-plan.csv"_s);
        page->setExportFileChooser([&](const QString &proposal) {
            suggested = proposal;
            return chosen;
        });
        QSignalSpy exported(page, &Studio::DryRunPage::exportFinished);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QCOMPARE(suggested, QDir(workspace.path()).filePath(u"plan-1.csv"_s));
        QCOMPARE(exported.first().at(0).toString(), chosen);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QCOMPARE(page->findChild<QLabel *>(u"exportStatus"_s)->text(), u"Plan exported to %1."_s.arg(chosen));
        const QStringList csv = QString::fromUtf8(readFile(chosen)).split(u"\r\n"_s);
        QCOMPARE(csv.size(), 15); // header, 13 rows, the empty rest after the last line end
        QCOMPARE(csv.at(0), u"run,object,id,key,action,reasons,flags,changes"_s);
        QCOMPARE(csv.at(1), u"1,order,5101,1001,create,,,"_s + changes1001);
        // The flags in their column, quoted where they hold a comma (RFC 4180).
        const auto flagCell = [](const QString &key) {
            const QString flags = seededFlags(key).join(u"; "_s);
            return flags.contains(u',') ? u'"' + flags + u'"' : flags;
        };
        for (int r = 1; r < 13; ++r)
            QVERIFY2(csv.at(r + 1).startsWith(u"1,order,%1,%2,create,,%3,"_s.arg(
                         seededIds.at(r), seededKeys.at(r), flagCell(seededKeys.at(r))))
                         && csv.at(r + 1).contains(
                             u"; Reference: ∅ → #%1; Status: ∅ → AUTHORISED; Type: ∅ → ACCREC"_s.arg(
                                 seededKeys.at(r))),
                     qPrintable(csv.at(r + 1)));
        QCOMPARE(csv.at(14), QString());

        chosen = workspace.filePath(u"exported-plan.html"_s);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 10000);
        QCOMPARE(exported.last().at(1).toString(), QString());
        const QStringList html = QString::fromUtf8(readFile(chosen)).split(u'\n');
        QCOMPARE(html.at(0), u"<!DOCTYPE html>"_s);
        QVERIFY2(
            html.contains(u"<tr><th>Object</th><th>create</th><th>update</th><th>skip</th><th>conflict</th>"
                          u"<th>blocked</th><th>Total</th></tr>"_s),
            qPrintable(html.join(u'\n')));
        QVERIFY(html.contains(
            u"<tr><td>order</td><td class=\"n\">13</td><td class=\"n\">0</td><td class=\"n\">0</td>"
            u"<td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">13</td></tr>"_s));
        QVERIFY(html.contains(u"<tr><th>Object</th><th>Id</th><th>Key</th><th>Action</th><th>Reasons</th>"
                              u"<th>Flags</th><th>Changes (before → after)</th></tr>"_s));
        QCOMPARE(html.filter(u"<td>1008</td><td>create</td><td></td><td>⚑ "_s + flag1008 + u"</td>"_s).size(),
                 1);
        QCOMPARE(html.filter(u"<td>1004</td><td>create</td><td></td><td>⚑ "_s + flags1004.at(0) + u"<br>⚑ "_s
                             + flags1004.at(1) + u"</td>"_s)
                     .size(),
                 1);
        QCOMPARE(html.filter(u"<td>⚑ "_s).size(), 4);
        QString row1001 =
            u"<tr class=\"create\"><td>order</td><td>5101</td><td>1001</td><td>create</td><td></td><td></td><td>"_s;
        QStringList lines1001;
        for (const auto &[field, after] : invoice1001)
            lines1001.append(field + u": ∅ → "_s + after);
        row1001 += lines1001.join(u"<br>"_s) + u"</td></tr>"_s;
        QVERIFY2(html.contains(row1001), qPrintable(html.join(u'\n')));
        QCOMPARE(html.filter(u"<tr class=\"create\">"_s).size(), 13);
        QCOMPARE(html.at(html.size() - 3), u"</table>"_s);
        QCOMPARE(html.at(html.size() - 2), u"</body></html>"_s);
        QCOMPARE(html.last(), QString());

        // Export to a folder that does not exist: said plainly.
        chosen = workspace.filePath(u"missing/plan.csv"_s);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 10000);
        QVERIFY(exported.last().at(1).toString().startsWith(u"cannot write %1: "_s.arg(chosen)));
        QVERIFY(page->findChild<QLabel *>(u"exportStatus"_s)
                    ->text()
                    .startsWith(u"The plan could not be exported: "_s));

        Sandbox::removeSandboxRecord(workspace.path(), QCoreApplication::applicationPid());
    }

    void blockedChangeShowsItsReasons()
    {
        // The mapping made stricter (every line needs a SKU): #1012, whose second line has none,
        // is blocked, and the page says why.
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
        QString error;
        QVERIFY2(Engine::loadWorkspaceConfig(workspace.path(), &error), qPrintable(error));
        Studio::MappingEditor editor;
        QVERIFY2(editor.open(Engine::mappingFilePath(workspace.path()), &error), qPrintable(error));
        Mapping::FieldMapping sku = *editor.document().rule(u"order"_s)->field(u"line_sku"_s);
        sku.required = true;
        editor.changeFieldMapping(u"order"_s, sku);
        QVERIFY2(editor.save(&error), qPrintable(error));
        // An edit not saved yet is not part of the dry run, and the page says so.
        Mapping::ObjectRule rule = *editor.document().rule(u"order"_s);
        rule.note = u"not saved"_s;
        editor.changeObjectRule(rule);

        Studio::DryRunPage page(workspace.path());
        page.setMappingEditor(&editor);
        page.resize(1200, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&page, &Studio::DryRunPage::dryRunFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(page.summaryText()));
        QCOMPARE(
            page.summaryText(),
            u"13 changes planned: 12 create, 0 update, 0 skip, 0 conflict, 1 blocked; ⚑ 4 flagged before the write"_s);
        QVERIFY2(
            page.notesText().endsWith(u"\nThe dry run uses the saved mapping document; the unsaved changes "
                                      u"in the mapper are not part of it."_s),
            qPrintable(page.notesText()));

        PlanModel *model = page.model();
        const QModelIndex order = model->index(0, 0);
        QCOMPARE(order.data().toString(), u"order (13)"_s);
        QCOMPARE(order.siblingAtColumn(PlanModel::SummaryColumn).data().toString(),
                 u"12 create, 0 update, 0 skip, 0 conflict, 1 blocked"_s);
        QCOMPARE(model->rowCount(order), 2);
        QCOMPARE(model->index(0, 0, order).data().toString(), u"create (12)"_s);
        const QModelIndex blockedGroup = model->index(1, 0, order);
        QCOMPARE(blockedGroup.data().toString(), u"blocked (1)"_s);
        QCOMPARE(model->rowCount(blockedGroup), 1);
        const QModelIndex blocked = model->index(0, 0, blockedGroup);
        QCOMPARE(blocked.data().toString(), u"1012"_s);
        const QString reason = blocked.siblingAtColumn(PlanModel::ReasonColumn).data().toString();
        QVERIFY2(reason.contains(u"ItemCode"_s), qPrintable(reason));
        QCOMPARE(blocked.siblingAtColumn(PlanModel::SummaryColumn).data().toString(),
                 u"blocked by the mapping"_s);

        clickChange(&page, u"1012"_s);
        auto *reasons = page.findChild<QLabel *>(u"detailReasons"_s);
        QVERIFY(reasons->isVisible());
        QCOMPARE(reasons->text(), u"Reasons:\n• "_s + reason);
        QCOMPARE(page.findChild<QLabel *>(u"detailTitle"_s)->text(),
                 u"order 1012 — blocked, store → ERP\nblocked by the mapping"_s);
        // What the mapping did produce, before ∅; the missing SKU is not among it.
        QStringList fieldNames;
        for (int r = 0; r < page.fieldModel()->rowCount(); ++r)
            fieldNames.append(
                page.fieldModel()->index(r, Studio::PlanFieldModel::FieldColumn).data().toString());
        QVERIFY(fieldNames.contains(u"Reference"_s));
        QVERIFY(fieldNames.contains(u"LineItems[0].ItemCode"_s));
        QVERIFY(!fieldNames.contains(u"LineItems[1].ItemCode"_s));
        saveScreenshots(&page, u"dryrun-blocked"_s);

        // A group row shows its totals in the detail pane.
        page.planView()->setCurrentIndex(order);
        QCOMPARE(page.findChild<QLabel *>(u"detailTitle"_s)->text(),
                 u"order (13): 12 create, 0 update, 0 skip, 0 conflict, 1 blocked\nSelect a change to see "
                 u"its fields "
                 u"before → after."_s);
        QCOMPARE(page.fieldModel()->rowCount(), 0);
        QVERIFY(!reasons->isVisible());
        Sandbox::removeSandboxRecord(workspace.path(), QCoreApplication::applicationPid());
    }

    void groupingOfAMixedPlan()
    {
        // Objects in the order the plan first names them; actions in their fixed order, only
        // those that occur; changes in plan order inside their group.
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan({row(u"order"_s, PlanAction::Update, u"1"_s),
                       row(u"customer"_s, PlanAction::Create, u"a@example.com"_s),
                       row(u"order"_s, PlanAction::Blocked, u"2"_s, {u"ItemCode is required"_s, u"no tax"_s}),
                       row(u"order"_s, PlanAction::Create, u"3"_s),
                       row(u"order"_s, PlanAction::Update, u"4"_s),
                       row(u"order"_s, PlanAction::Skip, u"5"_s)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex order = model.index(0, 0);
        QCOMPARE(order.data().toString(), u"order (5)"_s);
        QCOMPARE(order.siblingAtColumn(PlanModel::SummaryColumn).data().toString(),
                 u"1 create, 2 update, 1 skip, 0 conflict, 1 blocked"_s);
        QStringList groups;
        for (int r = 0; r < model.rowCount(order); ++r) {
            const QModelIndex group = model.index(r, 0, order);
            QStringList keys;
            for (int c = 0; c < model.rowCount(group); ++c)
                keys.append(model.index(c, 0, group).data().toString());
            groups.append(group.data().toString() + u": "_s + keys.join(u", "_s));
        }
        QCOMPARE(
            groups,
            (QStringList{u"create (1): 3"_s, u"update (2): 1, 4"_s, u"skip (1): 5"_s, u"blocked (1): 2"_s}));
        const QModelIndex customer = model.index(1, 0);
        QCOMPARE(customer.data().toString(), u"customer (1)"_s);
        QCOMPARE(customer.siblingAtColumn(PlanModel::SummaryColumn).data().toString(),
                 u"1 create, 0 update, 0 skip, 0 conflict, 0 blocked"_s);
        QCOMPARE(model.rowCount(customer), 1);
        const QModelIndex blocked = model.findChange(u"order"_s, u"2"_s);
        QCOMPARE(blocked.parent().data().toString(), u"blocked (1)"_s);
        QCOMPARE(blocked.siblingAtColumn(PlanModel::ReasonColumn).data().toString(),
                 u"ItemCode is required; no tax"_s);
        QCOMPARE(model.rowAt(blocked)->change.matchKey, u"2"_s);
        QVERIFY(!model.rowAt(blocked.parent()));
        QCOMPARE(model.count(u"order"_s, PlanAction::Update), 2);
        QCOMPARE(model.count(u"customer"_s, PlanAction::Update), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void exportOfAMixedPlan()
    {
        // An update shows its diff, a blocked record its reasons and what was mapped, a skip
        // nothing; cells with commas or quotes are quoted (RFC 4180).
        Store::Run run;
        run.id = 7;
        run.connectionPair = u"shop:books"_s;
        run.started = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
        Store::PlanItem update;
        update.objectType = u"order"_s;
        update.objectId = u"5101"_s;
        update.action = PlanAction::Update;
        update.matchKey = u"1001"_s;
        update.diff = QJsonObject{
            {u"fields"_s,
             QJsonObject{
                 {u"Contact.Name"_s, QJsonObject{{u"before"_s, u"Anna"_s}, {u"after"_s, u"Anna, \"A\""_s}}},
                 {u"LineItems[1].Quantity"_s, QJsonObject{{u"before"_s, QJsonValue()}, {u"after"_s, 3}}}}}};
        Store::PlanItem blocked;
        blocked.objectType = u"order"_s;
        blocked.objectId = u"5110"_s;
        blocked.action = PlanAction::Blocked;
        blocked.matchKey = u"1010"_s;
        blocked.after = QJsonObject{{u"Reference"_s, u"#1010"_s}, {u"LineItems"_s, QJsonArray{}}};
        blocked.diff =
            QJsonObject{{u"reasons"_s, QJsonArray{u"LineItems: at least one line"_s, u"<no tax>"_s}}};
        Store::PlanItem skip;
        skip.objectType = u"customer"_s;
        skip.objectId = u"9"_s;
        skip.action = PlanAction::Skip;
        skip.matchKey = u"a@example.com"_s;
        skip.after = QJsonObject{{u"Name"_s, u"A"_s}};

        QCOMPARE(Engine::planFieldChanges(update),
                 (QList<Engine::PlanFieldChange>{{u"Contact.Name"_s, u"Anna"_s, u"Anna, \"A\""_s},
                                                 {u"LineItems[1].Quantity"_s, QJsonValue(), 3}}));
        QCOMPARE(Engine::planFieldChanges(skip), QList<Engine::PlanFieldChange>());
        const QList<Store::PlanItem> items{update, blocked, skip};
        QCOMPARE(QString::fromUtf8(Engine::planToCsv(run, items)).split(u"\r\n"_s),
                 (QStringList{u"run,object,id,key,action,reasons,flags,changes"_s,
                              u"7,order,5101,1001,update,,,\"Contact.Name: Anna → Anna, \"\"A\"\"; "
                              u"LineItems[1].Quantity: ∅ → 3\""_s,
                              u"7,order,5110,1010,blocked,LineItems: at least one line; <no tax>,,"
                              u"LineItems: ∅ → []; Reference: ∅ → #1010"_s,
                              u"7,customer,9,a@example.com,skip,,,"_s, QString()}));
        const QStringList html = QString::fromUtf8(Engine::planToHtml(run, items)).split(u'\n');
        QVERIFY(html.contains(u"<h1>LedgerLink plan 7 (shop:books, 2026-11-27T09:30:00Z)</h1>"_s));
        QVERIFY(html.contains(
            u"<tr><td>order</td><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">0</td>"
            u"<td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">2</td></tr>"_s));
        QVERIFY(html.contains(
            u"<tr><td>customer</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td>"
            u"<td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td></tr>"_s));
        QVERIFY(html.contains(
            u"<tr class=\"update\"><td>order</td><td>5101</td><td>1001</td><td>update</td><td></td><td></td>"
            u"<td>Contact.Name: Anna → Anna, &quot;A&quot;<br>LineItems[1].Quantity: ∅ → 3</td></tr>"_s));
        QVERIFY(
            html.contains(u"<tr class=\"blocked\"><td>order</td><td>5110</td><td>1010</td><td>blocked</td>"
                          u"<td>LineItems: at least one line<br>&lt;no tax&gt;</td><td></td>"
                          u"<td>LineItems: ∅ → []<br>Reference: ∅ → #1010</td></tr>"_s));
    }

    void rolloutStageSteps()
    {
        // A workspace of one's own, so that the stage is what its syncs will do.
        QTemporaryDir workspace;
        QVERIFY(writeOwnWorkspace(workspace.path(), QUrl(u"http://127.0.0.1:9"_s),
                                  QUrl(u"http://127.0.0.1:9"_s)));
        const QString file = Engine::mappingFilePath(workspace.path());
        Studio::MappingEditor editor;
        QString error;
        QVERIFY2(editor.open(file, &error), qPrintable(error));
        Studio::DryRunPage page(workspace.path());
        page.resize(1000, 500);
        QStringList questions;
        bool answer = false;
        page.setConfirmation([&](const QString &question) {
            questions.append(question);
            return answer;
        });
        auto *combo = page.findChild<QComboBox *>(u"stageCombo"_s);
        auto *note = page.findChild<QLabel *>(u"stageNote"_s);
        QVERIFY(!combo->isEnabled()); // no document yet
        QSignalSpy changed(&page, &Studio::DryRunPage::rolloutStageChanged);
        page.setMappingEditor(&editor);
        QCOMPARE(changed.count(), 1);
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentText(), u"Read-only"_s);
        QCOMPARE(note->text(), u"Read-only: syncs write to neither system. A dry run never writes."_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // One step up, refused: nothing changes, on screen, in the document or on disk.
        const QByteArray original = readFile(file);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(questions.size(), 1);
        const QString oneDirection =
            u"Step up to “one direction”?\n\nFrom now on, syncs write to Sandbox Books (the ERP): they "
            u"create and "
            u"update its records for customer, order, payment, payout from Sandbox Shop. Nothing is written "
            u"to "
            u"Sandbox "
            u"Shop.\n\nThe stage is saved to %1 at once."_s.arg(QDir::toNativeSeparators(file));
        QCOMPARE(questions.at(0), oneDirection);
        QCOMPARE(combo->currentText(), u"Read-only"_s);
        QCOMPARE(editor.document().policies.rolloutStage, RolloutStage::ReadOnly);
        QVERIFY(!editor.isModified());
        QCOMPARE(readFile(file), original);
        QCOMPARE(changed.count(), 1);

        // Accepted: saved at once, and said.
        answer = true;
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(1), oneDirection);
        QCOMPARE(combo->currentText(), u"One direction: Sandbox Shop → Sandbox Books"_s);
        QCOMPARE(Mapping::MappingDocument::load(file).document->policies.rolloutStage,
                 RolloutStage::OneDirection);
        QVERIFY(readFile(file).contains("\"rollout_stage\": \"one_direction\""));
        QVERIFY(!editor.isModified());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().value<RolloutStage>(), RolloutStage::OneDirection);
        QCOMPARE(note->text(),
                 u"One direction: syncs write to Sandbox Books only; nothing is written to Sandbox "
                 u"Shop. A dry run never writes."_s);

        // The next step up with another edit unsaved: the question says it is saved too.
        Mapping::ObjectRule rule = *editor.document().rule(u"order"_s);
        rule.note = u"checked by the accountant"_s;
        editor.changeObjectRule(rule);
        QVERIFY(editor.isModified());
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(questions.size(), 3);
        QCOMPARE(
            questions.at(2),
            u"Step up to “both directions”?\n\nFrom now on, syncs also write to Sandbox Shop (the store): "
            u"they "
            u"create and update its records for product, inventory_level, invoice, credit_note from Sandbox "
            u"Books, besides what they write to Sandbox Books.\n\nThe mapping document has other unsaved "
            u"changes; they will be saved too.\n\nThe stage is saved to %1 at once."_s.arg(
                QDir::toNativeSeparators(file)));
        QCOMPARE(combo->currentText(), u"Both directions"_s);
        const Mapping::MappingDocument saved = *Mapping::MappingDocument::load(file).document;
        QCOMPARE(saved.policies.rolloutStage, RolloutStage::Both);
        QCOMPARE(saved.rule(u"order"_s)->note, u"checked by the accountant"_s);
        QVERIFY(!editor.isModified());
        QCOMPARE(changed.last().first().value<RolloutStage>(), RolloutStage::Both);

        // Stepping down asks nothing and is saved at once.
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(questions.size(), 3);
        QCOMPARE(combo->currentText(), u"Read-only"_s);
        QCOMPARE(Mapping::MappingDocument::load(file).document->policies.rolloutStage,
                 RolloutStage::ReadOnly);
        QCOMPARE(changed.last().first().value<RolloutStage>(), RolloutStage::ReadOnly);

        // Two steps at once ask twice; refusing the second leaves everything as it was.
        const QByteArray readOnly = readFile(file);
        int asked = 0;
        page.setConfirmation([&](const QString &) { return ++asked == 1; });
        QTest::keyClick(combo, Qt::Key_End);
        QCOMPARE(asked, 2);
        QCOMPARE(combo->currentText(), u"Read-only"_s);
        QCOMPARE(readFile(file), readOnly);
        QCOMPARE(editor.document().policies.rolloutStage, RolloutStage::ReadOnly);

        // A change elsewhere (undo in the mapper) is followed.
        const int before = int(changed.count());
        editor.undoStack()->undo();
        QCOMPARE(combo->currentText(), u"Both directions"_s);
        QCOMPARE(changed.count(), before + 1);
        QCOMPARE(changed.last().first().value<RolloutStage>(), RolloutStage::Both);
    }

    void ownWorkspaceReadsItsTokensFromTheKeychain()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run through CTest: the keyring fixture provides the session bus");
        QTemporaryDir dir;
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(options);
        QVERIFY2(started.ok, qPrintable(started.error));
        const QString workspace = dir.filePath(u"shop"_s);
        QVERIFY(writeOwnWorkspace(workspace, started.storeUrl, started.booksUrl));
        QVERIFY(!Engine::isSandboxWorkspace(workspace));
        QString error;
        const auto config = Engine::loadWorkspaceConfig(workspace, &error);
        QVERIFY2(config, qPrintable(error));
        const QString field = QString::fromLatin1(Engine::accessTokenField);
        const QString storeKey = Engine::credentialKey(config->store, field);
        const QString erpKey = Engine::credentialKey(config->erp, field);
        QCOMPARE(storeKey, u"connection/shopify:sandbox-shop.myshopify.com/access_token"_s);
        Secrets::CredentialStore keychain(QCoreApplication::applicationName());
        removeSecret(keychain, storeKey);
        removeSecret(keychain, erpKey);

        Studio::DryRunPage page(workspace);
        page.resize(1200, 600);
        QSignalSpy finished(&page, &Studio::DryRunPage::dryRunFinished);
        // No token at all: the store's is named first, with where to add it.
        page.startDryRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(page.summaryText(),
                 u"No access token for the store in the keychain: add it on the Connections page."_s);
        QCOMPARE(page.notesText(), u"Keychain entry: "_s + storeKey);
        QVERIFY(!page.isRunning());
        QCOMPARE(page.model()->rowCount(), 0);

        // The store's token only: the ERP's is missing.
        QCOMPARE(
            Engine::keychainNow(keychain, storeKey, Sandbox::Credentials::shopAccessToken().toUtf8()).status,
            Secrets::CredentialResult::Status::Ok);
        page.startDryRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(page.summaryText(),
                 u"No access token for the ERP in the keychain: add it on the Connections page."_s);

        // Both: the same plan as the sandbox workspace's, and nothing written.
        QCOMPARE(
            Engine::keychainNow(keychain, erpKey, Sandbox::Credentials::xeroAccessToken().toUtf8()).status,
            Secrets::CredentialResult::Status::Ok);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.startDryRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(page.summaryText()));
        QCOMPARE(page.summaryText(),
                 u"13 changes planned: 13 create, 0 update, 0 skip, 0 conflict, 0 blocked; "
                 u"⚑ 4 flagged before the write"_s);
        const QModelIndex create = page.model()->index(0, 0, page.model()->index(0, 0));
        QCOMPARE(create.data().toString(), u"create (13)"_s);
        QStringList keys;
        for (int r = 0; r < page.model()->rowCount(create); ++r)
            keys.append(page.model()->index(r, 0, create).data().toString());
        QCOMPARE(keys, seededKeys);
        QVERIFY2(!page.notesText().contains(Sandbox::Credentials::shopAccessToken())
                     && !page.notesText().contains(Sandbox::Credentials::xeroAccessToken()),
                 "a secret was shown");
        for (const QUrl &base : {started.storeUrl, started.booksUrl}) {
            const QJsonObject requests = requestCounts(base);
            QVERIFY2(requests.value(u"GET"_s).toInt() >= 1, qPrintable(base.toString()));
            for (const QString &method : {u"PUT"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s})
                QCOMPARE(requests.value(method).toInt(), 0);
        }
        removeSecret(keychain, storeKey);
        removeSecret(keychain, erpKey);
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
            QCOMPARE(page.model()->rowCount(), 1);
            QCOMPARE(page.model()->index(0, 0).data(PlanModel::CountRole).toInt(), 13);
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
