// The visual mapper, offscreen: a line drawn with real mouse events on the view's viewport
// creates exactly that field mapping, undo and redo take it away and back; auto-map, the
// transform editor (live result and errors), lookup tables, the rule table's combo boxes, the
// table view, save/open and the governance sheet export — all on the bundled sandbox mapping.
#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "i18n.h"
#include "mainwindow.h"
#include "mapper/automapdialog.h"
#include "mapper/choicedelegate.h"
#include "mapper/fieldmappingsmodel.h"
#include "mapper/lookuptableeditor.h"
#include "mapper/mapperpage.h"
#include "mapper/mapperscene.h"
#include "mapper/mapperview.h"
#include "mapper/mappingeditor.h"
#include "mapper/objectrulesmodel.h"
#include "mapper/transformeditor.h"
#include "mapping/governancesheet.h"
#include "studiotestsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonValue>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPalette>
#include <QtGui/QUndoStack>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTreeWidget>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::MapperSide;

namespace {

const Mapping::FieldMapping *findField(const Mapping::MappingDocument &document, const QString &ruleId,
                                       const QString &source, const QString &target)
{
    const Mapping::ObjectRule *rule = document.rule(ruleId);
    if (!rule)
        return nullptr;
    for (const Mapping::FieldMapping &field : rule->fields)
        if (field.source == source && field.target == target)
            return &field;
    return nullptr;
}

template<typename T>
T *waitForChild(QWidget *parent)
{
    T *child = nullptr;
    if (!QTest::qWaitFor([&] { return (child = parent->findChild<T *>()) != nullptr; }, 3000))
        return nullptr;
    return child;
}

} // namespace

class TestMapper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    Mapping::MappingDocument m_original;

    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    /// A fresh copy of the bundled sandbox mapping, opened in `editor`.
    void openSandboxMapping(Studio::MappingEditor &editor)
    {
        QFile::remove(m_file);
        QVERIFY(QFile::copy(u":/ledgerlink/mappings/sandbox.mapping.json"_s, m_file));
        QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY2(editor.open(m_file, &error), qPrintable(error));
        m_original = editor.document();
    }

    /// Presses on `from`'s port, moves in steps and releases on `to`'s port — real mouse events
    /// on the viewport, at the positions the scene reports.
    void drag(Studio::MapperPage &page, MapperSide fromSide, const QString &from, MapperSide toSide,
              const QString &to)
    {
        Studio::MapperScene *scene = page.scene();
        Studio::MapperView *view = page.view();
        const QPointF fromScene = scene->portPosition(fromSide, from);
        const QPointF toScene = scene->portPosition(toSide, to);
        QVERIFY2(!fromScene.isNull(), qPrintable(from));
        QVERIFY2(!toScene.isNull(), qPrintable(to));
        const QPoint start = view->mapFromScene(fromScene);
        const QPoint end = view->mapFromScene(toScene);
        QVERIFY2(view->viewport()->rect().contains(start), "the source port is outside the viewport");
        QVERIFY2(view->viewport()->rect().contains(end), "the target port is outside the viewport");
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view->viewport(), start + (end - start) * step / 5);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        LedgerLink::installTranslations();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"mapping.json"_s);
    }

    void aDragFromPortToPortCreatesThatMappingAndUndoRedoWork()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester rulesTester(page.rulesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fieldsTester(page.fieldsModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.selectRule(u"order"_s);
        QCOMPARE(page.currentRule(), u"order"_s);
        QCOMPARE(page.fieldsModel()->rowCount(), 21);
        QCOMPARE(page.scene()->lineIds().size(), 21);
        // Search both trees down to the two fields.
        page.findChild<QLineEdit *>(u"sourceFilter"_s)->setText(u"first_name"_s);
        page.findChild<QLineEdit *>(u"targetFilter"_s)->setText(u"FirstName"_s);
        QVERIFY(page.scene()->isRowVisible(MapperSide::Source, u"customer.first_name"_s));
        QVERIFY(!page.scene()->isRowVisible(MapperSide::Source, u"email"_s));
        QVERIFY(page.scene()->isRowVisible(MapperSide::Target, u"Contact.FirstName"_s));
        QVERIFY(!page.scene()->isRowVisible(MapperSide::Target, u"Reference"_s));

        drag(page, MapperSide::Source, u"customer.first_name"_s, MapperSide::Target, u"Contact.FirstName"_s);

        const Mapping::ObjectRule *rule = editor.document().rule(u"order"_s);
        QCOMPARE(rule->fields.size(), 22);
        const Mapping::FieldMapping *added =
            findField(editor.document(), u"order"_s, u"customer.first_name"_s, u"Contact.FirstName"_s);
        QVERIFY(added);
        QCOMPARE(added->id, u"contact_first_name"_s);
        QVERIFY(added->transform.isEmpty());
        QVERIFY(!added->required);
        // Exactly that mapping: everything else as it was.
        Mapping::MappingDocument expected = m_original;
        for (Mapping::ObjectRule &r : expected.objects)
            if (r.id == u"order"_s)
                r.fields.append(*added);
        QCOMPARE(editor.document(), expected);
        QVERIFY(editor.isModified());
        QCOMPARE(editor.undoStack()->count(), 1);
        QVERIFY(page.scene()->lineIds().contains(u"contact_first_name"_s));
        QCOMPARE(page.scene()->selectedFieldMappings(), QStringList{u"contact_first_name"_s});
        QCOMPARE(page.fieldsModel()->rowCount(), 22);

        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);
        QVERIFY(!editor.isModified());
        QVERIFY(!page.scene()->lineIds().contains(u"contact_first_name"_s));
        QCOMPARE(page.fieldsModel()->rowCount(), 21);
        editor.undoStack()->redo();
        QCOMPARE(editor.document(), expected);
        QVERIFY(page.scene()->lineIds().contains(u"contact_first_name"_s));

        // A drag onto a target that is mapped already redraws its line from the new source.
        page.findChild<QLineEdit *>(u"sourceFilter"_s)->setText(u"last_name"_s);
        QCoreApplication::processEvents();
        drag(page, MapperSide::Source, u"customer.last_name"_s, MapperSide::Target, u"Contact.FirstName"_s);
        QCOMPARE(editor.document().rule(u"order"_s)->field(u"contact_first_name"_s)->source,
                 u"customer.last_name"_s);
        QCOMPARE(editor.undoStack()->count(), 2);
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), expected);

        // A read-only target refuses the line and says why.
        page.findChild<QLineEdit *>(u"targetFilter"_s)->setText(u"SubTotal"_s);
        QCoreApplication::processEvents();
        drag(page, MapperSide::Source, u"customer.last_name"_s, MapperSide::Target, u"SubTotal"_s);
        QCOMPARE(editor.document(), expected);
        QVERIFY2(page.statusText().contains(u"read-only"_s), qPrintable(page.statusText()));

        // Delete removes the selected line, as one undo step.
        page.findChild<QLineEdit *>(u"sourceFilter"_s)->clear();
        page.findChild<QLineEdit *>(u"targetFilter"_s)->clear();
        page.scene()->selectFieldMapping(u"contact_first_name"_s);
        page.view()->setFocus();
        QTest::keyClick(page.view()->viewport(), Qt::Key_Delete);
        QCOMPARE(editor.document(), m_original);
        QVERIFY(page.scene()->selectedFieldMappings().isEmpty());
        QVERIFY(!page.scene()->lineIds().contains(u"contact_first_name"_s));
    }

    void requiredTargetsAndValidationMessages()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRule(u"order"_s);
        QVERIFY(!page.scene()->isMarkedMissing(u"Contact.Name"_s));
        auto *issues = page.findChild<QListWidget *>(u"issuesList"_s);
        const int before = issues->count();
        editor.removeFieldMapping(u"order"_s, u"contact_name"_s);
        QVERIFY(page.scene()->isMarkedMissing(u"Contact.Name"_s));
        QVERIFY(!page.scene()->isMarkedMissing(u"Contact.FirstName"_s)); // not required
        // An element's required field counts only while its list is mapped (as the validator says).
        QVERIFY(!page.scene()->isMarkedMissing(u"InvoiceAddresses[].AddressLine1"_s));
        QListWidgetItem *message = nullptr;
        for (int i = 0; i < issues->count(); ++i)
            if (issues->item(i)->text().contains(u"\"Contact.Name\""_s))
                message = issues->item(i);
        QVERIFY2(message, "no validation message names Contact.Name");
        QVERIFY(message->text().startsWith(u"error: order"_s));
        QCOMPARE(before, 1); // "No problems: ..."
        QCOMPARE(issues->count(), 1); // just this one
        // Clicking the message shows the field, even when the search hides it.
        page.findChild<QLineEdit *>(u"targetFilter"_s)->setText(u"LineItems"_s);
        QVERIFY(!page.scene()->isRowVisible(MapperSide::Target, u"Contact.Name"_s));
        const QRect rect = issues->visualItemRect(message);
        QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(page.scene()->isRowVisible(MapperSide::Target, u"Contact.Name"_s));
        // A message about a field selects its line.
        Mapping::FieldMapping broken = *editor.document().rule(u"order"_s)->field(u"currency"_s);
        broken.source = u"no_such_field"_s;
        editor.changeFieldMapping(u"order"_s, broken);
        for (int i = 0; i < issues->count(); ++i) {
            if (issues->item(i)->text().contains(u"order/currency"_s)) {
                QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                                  issues->visualItemRect(issues->item(i)).center());
                break;
            }
        }
        QCOMPARE(page.scene()->selectedFieldMappings(), QStringList{u"currency"_s});
        // The path the catalog lacks has a row of its own, marked.
        QVERIFY(page.scene()->isRowVisible(MapperSide::Source, u"no_such_field"_s));
    }

    void collapsedListsKeepTheirLines()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRule(u"order"_s);
        // Lists nobody can write start collapsed.
        QVERIFY(!page.scene()->isExpanded(MapperSide::Target, u"Payments"_s));
        QVERIFY(!page.scene()->isRowVisible(MapperSide::Target, u"Payments[].Amount"_s));
        QVERIFY(page.scene()->isExpanded(MapperSide::Target, u"LineItems"_s));
        page.scene()->setExpanded(MapperSide::Target, u"LineItems"_s, false);
        QVERIFY(!page.scene()->isRowVisible(MapperSide::Target, u"LineItems[].ItemCode"_s));
        QVERIFY(page.scene()->isRowVisible(MapperSide::Target, u"LineItems"_s));
        // The line now ends at the collapsed list.
        QVERIFY(page.scene()->lineIds().contains(u"line_sku"_s));
        page.scene()->setExpanded(MapperSide::Target, u"LineItems"_s, true);
        QVERIFY(page.scene()->isRowVisible(MapperSide::Target, u"LineItems[].ItemCode"_s));
        // Zoom.
        page.view()->zoomOut();
        QVERIFY(page.view()->zoom() < 1.0);
        page.view()->resetZoom();
        QCOMPARE(page.view()->zoom(), 1.0);
    }

    void autoMapProposalsAreAccepted()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRule(u"customer"_s);
        // Every line auto-map could draw is drawn in the sandbox mapping; take two away.
        editor.removeFieldMapping(u"customer"_s, u"first_name"_s);
        editor.removeFieldMapping(u"customer"_s, u"last_name"_s);
        const Mapping::MappingDocument before = editor.document();
        const QList<Mapping::AutoMapProposal> proposals = editor.proposals(u"customer"_s);
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals.at(0).source, u"first_name"_s);
        QCOMPARE(proposals.at(0).target, u"FirstName"_s);
        QCOMPARE(proposals.at(1).source, u"last_name"_s);
        QCOMPARE(proposals.at(1).target, u"LastName"_s);
        const Mapping::AutoMapProposal chosen = proposals.at(1);
        page.openAutoMap();
        auto *dialog = waitForChild<Studio::AutoMapDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->list()->topLevelItemCount(), proposals.size());
        saveScreenshots(dialog, u"mapper-automap"_s);
        for (const auto &p : proposals)
            dialog->setChecked(p.target, false);
        dialog->setChecked(chosen.target, true);
        QCOMPARE(dialog->checkedProposals().size(), 1);
        dialog->accept();
        const Mapping::FieldMapping *added =
            findField(editor.document(), u"customer"_s, chosen.source, chosen.target);
        QVERIFY2(added, qPrintable(chosen.source + u" → "_s + chosen.target));
        QCOMPARE(editor.document().rule(u"customer"_s)->fields.size(),
                 before.rule(u"customer"_s)->fields.size() + 1);
        QCOMPARE(editor.undoStack()->count(), 3);
        // Auto-map does not propose it again.
        const auto again = editor.proposals(u"customer"_s);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).target, u"FirstName"_s);
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), before);
    }

    void theTransformEditorShowsErrorsAndTheLiveResult()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRule(u"order"_s);
        // The badge on the line opens the editor — a real click.
        const QPointF badge = page.scene()->badgePosition(u"reference"_s);
        QVERIFY(!badge.isNull());
        page.view()->ensureVisible(QRectF(badge, QSizeF(1, 1)));
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->mapFromScene(badge));
        auto *dialog = waitForChild<Studio::TransformEditor>(&page);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY(!dialog->isEvaluating());
        // No transform: the order's name as it is, from the sandbox's first order.
        QCOMPARE(dialog->resultText(), u"Reference = #1001"_s);

        QSignalSpy shown(dialog, &Studio::TransformEditor::resultShown);
        dialog->formulaEdit()->setPlainText(u"$uppercase($"_s);
        QTRY_VERIFY(!dialog->isEvaluating());
        QVERIFY(shown.count() >= 1);
        const QStringList error = dialog->errorText().split(u'\n');
        QCOMPARE(error.size(), 3);
        QCOMPARE(error.at(0), u"$uppercase($"_s);
        QVERIFY2(error.at(2).contains(u"position"_s), qPrintable(error.at(2)));
        // The caret sits under the position the error names.
        const int caret = int(error.at(1).indexOf(u'^'));
        QVERIFY(caret >= 0);
        QVERIFY2(error.at(2).contains(u"position %1"_s.arg(caret)), qPrintable(dialog->errorText()));
        saveScreenshots(dialog, u"mapper-transform-error"_s);

        dialog->formulaEdit()->setPlainText(u"\"Order \" & $ & \" (\" & $record.currency & \")\""_s);
        QTRY_VERIFY(!dialog->isEvaluating());
        QVERIFY(dialog->errorText().isEmpty());
        QCOMPARE(dialog->resultText(), u"Reference = Order #1001 (EUR)"_s);
        // The sample can be edited to try other values.
        QString sample = dialog->sampleEdit()->toPlainText();
        sample.replace(u"\"#1001\""_s, u"\"#9999\""_s);
        dialog->sampleEdit()->setPlainText(sample);
        QTRY_VERIFY(!dialog->isEvaluating());
        QCOMPARE(dialog->resultText(), u"Reference = Order #9999 (EUR)"_s);
        // An evaluation error (a string into $number) is shown too.
        dialog->formulaEdit()->setPlainText(u"$number(\"abc\")"_s);
        QTRY_VERIFY(!dialog->isEvaluating());
        QVERIFY2(!dialog->errorText().isEmpty(), qPrintable(dialog->resultText()));
        dialog->formulaEdit()->setPlainText(u"\"Order \" & $"_s);
        QTRY_VERIFY(!dialog->isEvaluating());
        saveScreenshots(dialog, u"mapper-transform"_s);
        dialog->accept();
        QCOMPARE(editor.document().rule(u"order"_s)->field(u"reference"_s)->transform, u"\"Order \" & $"_s);
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);
    }

    void lookupTablesAreEdited()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::LookupTableEditor dialog(&editor, u"tax_types"_s);
        QCOMPARE(dialog.tableList()->currentItem()->text(), u"tax_types"_s);
        QTableWidget *entries = dialog.entryTable();
        QCOMPARE(entries->rowCount(), 10);
        dialog.addEntry();
        entries->item(10, 0)->setText(u"IVA 21 %"_s);
        entries->item(10, 1)->setText(u"OUTPUT"_s);
        // A duplicate key is refused with a message.
        dialog.addEntry();
        entries->item(11, 0)->setText(u"VAT 7%"_s);
        entries->item(11, 1)->setText(u"OUTPUT"_s);
        dialog.accept();
        QVERIFY2(dialog.problem().contains(u"VAT 7%"_s), qPrintable(dialog.problem()));
        QCOMPARE(editor.document(), m_original);
        entries->setCurrentCell(11, 0);
        dialog.removeEntry();
        dialog.accept();
        QVERIFY(dialog.problem().isEmpty());
        const Mapping::LookupTable *table = editor.document().lookupTable(u"tax_types"_s);
        QCOMPARE(table->entries.size(), 11);
        QCOMPARE(table->entries.value(u"IVA 21 %"_s), QJsonValue(u"OUTPUT"_s));
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);
    }

    void theRuleTableAndTheFieldTableEditThroughUndo()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::ObjectRulesModel rules(&editor);
        QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rules.rowOf(u"payment"_s);
        QVERIFY(row >= 0);
        const QModelIndex trigger = rules.index(row, Studio::ObjectRulesModel::Trigger);
        const QStringList choices = trigger.data(Studio::ChoicesRole).toStringList();
        QVERIFY(choices.contains(u"poll"_s));
        QVERIFY(rules.setData(trigger, choices.indexOf(u"poll"_s)));
        QCOMPARE(editor.document().rule(u"payment"_s)->trigger.kind, Mapping::TriggerKind::Poll);
        QCOMPARE(editor.document().rule(u"payment"_s)->trigger.everyMinutes, 15);
        QCOMPARE(trigger.data().toString(), u"poll every 15 min"_s);
        QCOMPARE(editor.document().rule(u"payment"_s)->fields, m_original.rule(u"payment"_s)->fields);
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);

        Studio::FieldMappingsModel fields(&editor);
        QAbstractItemModelTester fieldsTester(&fields,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        fields.setRule(u"customer"_s);
        QCOMPARE(fields.rowCount(), 5);
        const QModelIndex note =
            fields.index(fields.rowOf(u"first_name"_s), Studio::FieldMappingsModel::Note);
        // Typing into a cell is one undo step per commit.
        QVERIFY(fields.setData(note, u"Given name"_s));
        QCOMPARE(editor.document().rule(u"customer"_s)->field(u"first_name"_s)->note, u"Given name"_s);
        const QModelIndex required =
            fields.index(fields.rowOf(u"first_name"_s), Studio::FieldMappingsModel::Required);
        QVERIFY(fields.setData(required, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(editor.document().rule(u"customer"_s)->field(u"first_name"_s)->required);
        QCOMPARE(editor.undoStack()->count(), 2);
        // A mapping without a target is refused.
        QVERIFY(!fields.setData(fields.index(0, Studio::FieldMappingsModel::Target), QString()));
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);

        // The payment's invoice is linked to the order rule: chosen among the rules written store
        // → ERP, or taken off; one undo step each.
        fields.setRule(u"payment"_s);
        const QModelIndex linked =
            fields.index(fields.rowOf(u"invoice"_s), Studio::FieldMappingsModel::Linked);
        QCOMPARE(linked.data().toString(), u"order"_s);
        QCOMPARE(fields.headerData(Studio::FieldMappingsModel::Linked, Qt::Horizontal).toString(),
                 u"Linked to"_s);
        const QStringList links = linked.data(Studio::ChoicesRole).toStringList();
        QCOMPARE(links,
                 (QStringList{u"not linked"_s, u"rule \"customer\""_s, u"rule \"order\""_s,
                              u"rule \"payout\""_s}));
        QCOMPARE(linked.data(Qt::EditRole).toInt(), 2);
        QVERIFY(fields.setData(linked, 0));
        QVERIFY(editor.document().rule(u"payment"_s)->field(u"invoice"_s)->linked.isEmpty());
        QVERIFY(fields.setData(linked, 1));
        QCOMPARE(editor.document().rule(u"payment"_s)->field(u"invoice"_s)->linked, u"customer"_s);
        QVERIFY(!fields.setData(linked, 9)); // no such choice
        QCOMPARE(editor.undoStack()->count(), 2);
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);
    }

    void anOrderRuleIsSplitByVendorThroughTheRuleTable()
    {
        using Rules = Studio::ObjectRulesModel;
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        page.resize(1300, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRule(u"order"_s);
        Rules *rules = page.rulesModel();
        QAbstractItemModelTester tester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rules->headerData(Rules::Split, Qt::Horizontal).toString(), u"Split"_s);
        QCOMPARE(rules->headerData(Rules::MatchKey + 1, Qt::Horizontal).toString(), u"Split"_s);
        QCOMPARE(rules->headerData(Rules::Problems, Qt::Horizontal).toString(), u"Problems"_s);

        // The order rule (store → ERP, and Shopify names each line's vendor) offers the choice.
        const QModelIndex split = rules->index(rules->rowOf(u"order"_s), Rules::Split);
        QVERIFY(split.flags() & Qt::ItemIsEditable);
        QCOMPARE(split.data().toString(), u"Whole record"_s);
        QCOMPARE(split.data(Qt::ToolTipRole).toString(),
                 u"One ERP record per vendor of the order's lines; shipping and discounts are shared in "
                 u"proportion to each vendor's net item amount"_s);
        const QStringList choices = split.data(Studio::ChoicesRole).toStringList();
        QCOMPARE(choices, (QStringList{u"Whole record"_s, u"One per vendor"_s}));
        QCOMPARE(split.data(Qt::EditRole).toInt(), 0);
        QVERIFY(rules->setData(split, choices.indexOf(u"One per vendor"_s), Qt::EditRole));
        QCOMPARE(editor.document().rule(u"order"_s)->split, Mapping::SplitBy::Vendor);
        Mapping::MappingDocument expected = m_original;
        for (Mapping::ObjectRule &r : expected.objects)
            if (r.id == u"order"_s)
                r.split = Mapping::SplitBy::Vendor;
        QCOMPARE(editor.document(), expected); // that, and nothing else
        QCOMPARE(split.data().toString(), u"One per vendor"_s);
        QCOMPARE(split.data(Qt::EditRole).toInt(), 1);
        QVERIFY2(!Mapping::hasErrors(editor.issues()),
                 qPrintable(editor.issues().isEmpty() ? QString() : editor.issues().first().message));
        QCOMPARE(editor.undoStack()->count(), 1);
        QVERIFY(editor.isModified());

        // The column is there and wide enough to read in the table the page shows.
        auto *table = page.findChild<QTableView *>(u"rulesTable"_s);
        QVERIFY(table);
        QVERIFY(!table->isColumnHidden(Rules::Split));
        QVERIFY(table->columnWidth(Rules::Split)
                >= table->fontMetrics().horizontalAdvance(u"One per vendor"_s));
        saveScreenshots(&page, u"mapper-split"_s);

        editor.undoStack()->undo();
        QCOMPARE(editor.document().rule(u"order"_s)->split, Mapping::SplitBy::None);
        QCOMPARE(editor.document(), m_original);
        QCOMPARE(split.data().toString(), u"Whole record"_s);
        QVERIFY(!editor.isModified());

        // Through the view: the delegate's combo box commits the choice as one undo step.
        table->setCurrentIndex(split);
        table->edit(split);
        auto *combo = table->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentIndex(), 0);
        combo->setCurrentIndex(1);
        emit combo->activated(1);
        QCOMPARE(editor.document(), expected);
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QCOMPARE(editor.document(), m_original);

        // Other rules do not offer it.
        for (const QString &id : {u"customer"_s, u"invoice"_s, u"payment"_s, u"product"_s}) {
            const QModelIndex cell = rules->index(rules->rowOf(id), Rules::Split);
            QVERIFY2(!(cell.flags() & Qt::ItemIsEditable), qPrintable(id));
            QCOMPARE(cell.data().toString(), u"—"_s);
            QVERIFY(cell.data(Studio::ChoicesRole).toStringList().isEmpty());
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"Only order rules"_s));
            QVERIFY(!rules->setData(cell, 1, Qt::EditRole));
        }
        QCOMPARE(editor.document(), m_original);
        // Nor does the order rule once it is written the other way.
        Mapping::ObjectRule order = *editor.document().rule(u"order"_s);
        order.direction = Mapping::Direction::ErpToStore;
        editor.changeObjectRule(order);
        QVERIFY(!(split.flags() & Qt::ItemIsEditable));
        QCOMPARE(split.data().toString(), u"—"_s);
        editor.undoStack()->undo();
        QVERIFY(split.flags() & Qt::ItemIsEditable);

        // A split a document has on a rule that cannot have one is shown, with the validator's
        // error in the Problems column, and can be taken off (but not set again).
        Mapping::ObjectRule invoice = *editor.document().rule(u"invoice"_s);
        invoice.split = Mapping::SplitBy::Vendor;
        editor.changeObjectRule(invoice);
        const int invoiceRow = rules->rowOf(u"invoice"_s);
        const QModelIndex wrong = rules->index(invoiceRow, Rules::Split);
        QCOMPARE(wrong.data().toString(), u"One per vendor"_s);
        QVERIFY2(rules->index(invoiceRow, Rules::Problems).data().toString().contains(u"error"_s),
                 qPrintable(rules->index(invoiceRow, Rules::Problems).data().toString()));
        bool named = false;
        for (const Mapping::Issue &issue : editor.issues())
            named |= issue.isError() && issue.object == u"invoice"_s && issue.message.contains(u"split"_s);
        QVERIFY(named);
        QVERIFY(wrong.flags() & Qt::ItemIsEditable);
        QVERIFY(rules->setData(wrong, 0, Qt::EditRole));
        QCOMPARE(editor.document().rule(u"invoice"_s)->split, Mapping::SplitBy::None);
        QCOMPARE(wrong.data().toString(), u"—"_s);
        QVERIFY(!(wrong.flags() & Qt::ItemIsEditable));
        QVERIFY(!rules->setData(wrong, 1, Qt::EditRole));
        QCOMPARE(editor.document(), m_original);
    }

    void typedValuesKeepTheirType()
    {
        // A field that holds text keeps "4000" and "12.50" as text; other fields read JSON.
        QCOMPARE(Studio::valueFromText(u"4000"_s, true), QJsonValue(u"4000"_s));
        QCOMPARE(Studio::valueFromText(u"12.50"_s, true), QJsonValue(u"12.50"_s));
        QCOMPARE(Studio::valueFromText(u"\"4000\""_s, true), QJsonValue(u"4000"_s));
        QCOMPARE(Studio::valueFromText(u"4000"_s), QJsonValue(4000));
        QCOMPARE(Studio::valueFromText(u"true"_s), QJsonValue(true));
        QCOMPARE(Studio::valueFromText(u"a, b"_s), QJsonValue(u"a, b"_s));
        QVERIFY(!Studio::valueFromText(u"  "_s));
        // What the editors show reads back as the same value.
        for (const QJsonValue &value :
             {QJsonValue(u"4000"_s), QJsonValue(4000), QJsonValue(u"EUR"_s), QJsonValue(false)})
            QCOMPARE(Studio::valueFromText(Studio::textFromValue(value)), value);
        // In a lookup table of text values, a new "4000" is text too.
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::LookupTableEditor dialog(&editor, u"payment_accounts"_s);
        dialog.addEntry();
        QTableWidget *entries = dialog.entryTable();
        entries->item(entries->rowCount() - 1, 0)->setText(u"klarna"_s);
        entries->item(entries->rowCount() - 1, 1)->setText(u"4000"_s);
        dialog.accept();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(editor.document().lookupTable(u"payment_accounts"_s)->entries.value(u"klarna"_s),
                 QJsonValue(u"4000"_s));
        QCOMPARE(editor.document().lookupTable(u"payment_accounts"_s)->entries.value(u"paypal"_s),
                 QJsonValue(u"091"_s));
    }

    void renamingALookupTableKeepsItsUsers()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Mapping::FieldMapping uses = *editor.document().rule(u"order"_s)->field(u"line_tax_type"_s);
        // Both ways a transform names a table, and a table whose name starts the same, untouched.
        uses.transform = u"$lookup($tables.tax_types, $[0].title) & $lookup($tables.`tax_types`, 'x') & "
                         u"$exists($tables.tax_types_old)"_s;
        uses.lookup.clear();
        editor.changeFieldMapping(u"order"_s, uses);
        const Mapping::MappingDocument before = editor.document();
        Studio::LookupTableEditor dialog(&editor, u"tax_types"_s);
        auto *id = dialog.findChild<QLineEdit *>(u"tableId"_s);
        id->setText(u"vat_types"_s);
        dialog.accept();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(!editor.document().lookupTable(u"tax_types"_s));
        QCOMPARE(editor.document().lookupTable(u"vat_types"_s)->entries,
                 before.lookupTable(u"tax_types"_s)->entries);
        QCOMPARE(editor.document().rule(u"order"_s)->field(u"line_tax_type"_s)->transform,
                 u"$lookup($tables.vat_types, $[0].title) & $lookup($tables.vat_types, 'x') & "
                 u"$exists($tables.tax_types_old)"_s);
        editor.undoStack()->undo(); // the rename and its users, one step
        QCOMPARE(editor.document(), before);
    }

    void aTwoWayRuleGivesEveryNewFieldItsOwner()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Mapping::ObjectRule rule = *editor.document().rule(u"customer"_s);
        rule.direction = Mapping::Direction::Both;
        editor.changeObjectRule(rule);
        editor.removeFieldMapping(u"customer"_s, u"last_name"_s);
        const auto proposals = editor.proposals(u"customer"_s);
        QCOMPARE(proposals.size(), 1);
        editor.acceptProposals(u"customer"_s, proposals);
        const Mapping::FieldMapping *added =
            findField(editor.document(), u"customer"_s, u"last_name"_s, u"LastName"_s);
        QVERIFY(added);
        QCOMPARE(added->owner, std::optional<Mapping::Owner>(Mapping::Owner::Store));
    }

    void saveAndOpenRoundTrip()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Mapping::FieldMapping field;
        field.source = u"phone"_s;
        field.target = u"Contact.Website"_s;
        editor.addFieldMapping(u"order"_s, field);
        QVERIFY(editor.isModified());
        const QString copy = m_dir.filePath(u"copy.mapping.json"_s);
        QString error;
        QVERIFY2(editor.saveAs(copy, &error), qPrintable(error));
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.fileName(), QFileInfo(copy).absoluteFilePath());
        Studio::MappingEditor reopened;
        QVERIFY2(reopened.open(copy, &error), qPrintable(error));
        QCOMPARE(reopened.document(), editor.document());
        QVERIFY(!reopened.isModified());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), editor.document().toJson());
        // A broken file is refused with a message and the open document stays.
        QFile broken(m_dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schema_version\": 1, \"objects\": [");
        broken.close();
        QVERIFY(!reopened.open(broken.fileName(), &error));
        QVERIFY2(error.contains(u"JSON"_s), qPrintable(error));
        QCOMPARE(reopened.document(), editor.document());
        QCOMPARE(reopened.fileName(), QFileInfo(copy).absoluteFilePath());
    }

    void theGovernanceSheetIsExported()
    {
        Studio::MappingEditor editor;
        openSandboxMapping(editor);
        Studio::MapperPage page(&editor);
        QString error;
        const QString csv = m_dir.filePath(u"sheet.csv"_s);
        QVERIFY2(page.exportSheet(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QCOMPARE(csvBytes, Mapping::sheetCsv(editor.document()));
        // Hand-written: the header and the order's reference row.
        QVERIFY(csvBytes.startsWith(
            "Object,Store field,ERP field,Direction,Owner,Trigger,Transform,Lookup,Note\r\n"));
        QVERIFY2(csvBytes.contains("order,name,Reference,Store → ERP,Store,poll every 5 min,,,The order "
                                   "number as the customer knows it\r\n"),
                 csvBytes.constData());
        const QString html = m_dir.filePath(u"sheet.html"_s);
        QVERIFY2(page.exportSheet(html, &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QCOMPARE(htmlFile.readAll(), Mapping::sheetHtml(editor.document()));
        const QString pdf = m_dir.filePath(u"sheet.pdf"_s);
        QVERIFY2(page.exportSheet(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.contains("/Type /Page"));
        QVERIFY(!page.exportSheet(m_dir.filePath(u"sheet.docx"_s), &error));
        QVERIFY2(error.contains(u".csv"_s), qPrintable(error));
    }

    void theStudioOpensWithTheSandboxMapping()
    {
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        Studio::MainWindow window(workspace.path(), u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1300, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pages()->currentWidget(), window.mapperPage());
        Studio::MappingEditor *editor = window.mappingEditor();
        QCOMPARE(editor->fileName(), QFileInfo(Engine::mappingFilePath(workspace.path())).absoluteFilePath());
        QCOMPARE(editor->document().objects.size(), 8);
        QVERIFY(!Mapping::hasErrors(editor->issues()));
        window.mapperPage()->selectRule(u"order"_s);
        QCOMPARE(window.mapperPage()->scene()->lineIds().size(), 21);
        // The shipping lines appended to LineItems ("[+]") are drawn to the catalog's own rows.
        QVERIFY(window.mapperPage()->scene()->lineIds().contains(u"shipping_description"_s));
        QVERIFY(
            !window.mapperPage()->scene()->isRowVisible(MapperSide::Target, u"LineItems[+].Description"_s));
        QCoreApplication::processEvents();
        saveScreenshots(&window, u"mapper"_s);
        auto *views = window.mapperPage()->findChild<QTabWidget *>(u"mapperViews"_s);
        views->setCurrentIndex(1); // the same mappings as a table
        QCoreApplication::processEvents();
        saveScreenshots(&window, u"mapper-table"_s);
        views->setCurrentIndex(0);
        // Closing with unsaved changes asks; Cancel keeps the window open.
        Mapping::FieldMapping field;
        field.source = u"note"_s;
        field.target = u"Contact.Website"_s;
        editor->addFieldMapping(u"order"_s, field);
        QStringList asked;
        window.mapperPage()->setQuestion([&](const QString &text, QMessageBox::StandardButtons) {
            asked.append(text);
            return QMessageBox::Cancel;
        });
        QVERIFY(!window.close());
        QCOMPARE(asked.size(), 1);
        window.mapperPage()->setQuestion(
            [](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Save; });
        QVERIFY(window.close());
        Mapping::LoadResult saved = Mapping::MappingDocument::load(Engine::mappingFilePath(workspace.path()));
        QVERIFY(saved.ok());
        QVERIFY(findField(*saved.document, u"order"_s, u"note"_s, u"Contact.Website"_s));
    }
};

QTEST_MAIN(TestMapper)
#include "tst_mapper.moc"
