// The studio's Reconciliation review page, offscreen in the real main window on a fresh sandbox
// workspace: the sandbox is synced from the dashboard, "Reconcile now" runs the truth pass on a
// worker thread and lists exactly the findings the seeded sandbox gives (none unknown), #1008 is
// shown side by side line by line with its cent highlighted, a finding is marked reviewed with a
// comment (stored), and the pass is exported to CSV (reconciliationCsv()'s bytes) and PDF.
#include "dashboardpage.h"
#include "engine/reconciliation.h"
#include "engine/reconciliationreview.h"
#include "engine/workspace.h"
#include "i18n.h"
#include "mainwindow.h"
#include "reconciliationfilter.h"
#include "reconciliationmodel.h"
#include "reconciliationpage.h"
#include "sidebysidemodel.h"
#include "store/reconciliationrepository.h"
#include "store/runrepository.h"
#include "store/statestore.h"
#include "studiotestsupport.h"

#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtGui/QBrush>
#include <QtGui/QFont>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QTextDocument>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Studio::ReconciliationModel;
using Studio::SideBySideModel;

namespace {

/// What the seeded sandbox shows after its orders are synced (tests/engine/tst_reconciliation.cpp
/// explains each): the sandbox mapping carries no shipping line to the invoice, #1008 is the
/// one-cent tax-rounding pitfall, #1010's old SKU is refused by the books, #1006's refund has no
/// credit note. In the page's words: object, key, difference, cents, cause.
const QStringList seededFindings{
    u"Order #1001 +4.90 EUR +490 shipping"_s,
    u"Order #1002 +4.61 EUR +461 shipping"_s,
    u"Order #1003 +4.61 EUR +461 shipping"_s,
    u"Order #1004 +7.43 EUR +743 shipping"_s,
    u"Order #1005 +14.28 EUR +1428 shipping"_s,
    u"Order #1006 +4.90 EUR +490 shipping"_s,
    u"Order #1007 +4.90 EUR +490 shipping"_s,
    u"Order #1008 -0.01 EUR -1 tax rounding (per line vs on the total)"_s,
    u"Order #1010 +58.90 EUR +5890 missing record"_s,
    u"Order #1011 +3.05 EUR +305 shipping"_s,
    u"Order #1012 +4.90 EUR +490 shipping"_s,
    u"Order #1013 +4.90 EUR +490 shipping"_s,
    u"Refund #1006/refund/17000000001 +29.99 EUR +2999 refund not credited"_s,
};

/// The findings as the list shows them, sorted (the list keeps the pass's order: the store's).
QStringList shownFindings(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (const int column :
             {ReconciliationModel::Object, ReconciliationModel::Key, ReconciliationModel::Difference,
              ReconciliationModel::Cents, ReconciliationModel::Cause})
            cells.append(model->index(row, column).data().toString());
        lines.append(cells.join(u' '));
    }
    lines.sort();
    return lines;
}

/// One row of the side-by-side view: line, store amount, ERP amount, difference, highlighted.
QString sideRow(const SideBySideModel *model, int row)
{
    QStringList cells;
    for (const int column : {SideBySideModel::Line, SideBySideModel::StoreAmount, SideBySideModel::ErpAmount,
                             SideBySideModel::Difference})
        cells.append(model->index(row, column).data().toString());
    if (model->index(row, SideBySideModel::Difference).data(SideBySideModel::HighlightRole).toBool())
        cells.append(u"[highlighted]"_s);
    return cells.join(u" | "_s);
}

QStringList sideRows(const SideBySideModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(sideRow(model, row));
    return rows;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReconciliationPage : public QObject
{
    Q_OBJECT

private:
    void saveScreenshots(QWidget *window, const QString &name)
    {
        const QString failed = TestSupport::saveScreenshots(window, name);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    /// The first page of the PDF export as an image (what QTextDocument lays out on A4 landscape),
    /// saved beside the screenshots: the PDF itself cannot be looked at here.
    void savePrintPreview(const Engine::ReconcileReport &report, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LEDGERLINK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTextDocument text;
        text.setHtml(QString::fromUtf8(Engine::reconciliationHtml(report)));
        const QSizeF page(1123, 794); // A4 landscape at 96 dpi
        text.setPageSize(page);
        QImage image(page.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        text.drawContents(&painter, QRectF(QPointF(0, 0), page));
        painter.end();
        QVERIFY(image.save(dir + u'/' + name + u".png"_s));
    }

    /// Clicks the row of the finding of `object` with key `key` and waits for its two sides.
    void clickFinding(Studio::ReconciliationPage *page, const QString &object, const QString &key)
    {
        const int row = page->model()->rowOf(object, key);
        QVERIFY(row >= 0);
        const QModelIndex index = page->filter()->mapFromSource(page->model()->index(row, 0));
        QVERIFY(index.isValid());
        QSignalSpy shown(page, &Studio::ReconciliationPage::sidesShown);
        const qint64 id = page->model()->resultAt(row)->id;
        page->findingsView()->scrollTo(index);
        QTest::mouseClick(page->findingsView()->viewport(), Qt::LeftButton, {},
                          page->findingsView()->visualRect(index).center());
        QCOMPARE(page->selectedFinding()->id, id);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(shown.cbegin(), shown.cend(),
                        [id](const QList<QVariant> &signal) { return signal.at(0).toLongLong() == id; }),
            30000);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateSettings(u"reconciliationpage"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        LedgerLink::installTranslations(u"en"_s);
    }

    void cleanupTestCase() { TestSupport::removeIsolatedSettings(); }

    void anAccountantReconcilesReviewsAndExports()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString workspace = home.filePath(u"sandbox"_s);
        Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        window.resize(1360, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Studio::ReconciliationPage *page = window.reconciliationPage();
        QVERIFY(page);
        QCOMPARE(window.pages()->tabText(window.pages()->indexOf(page)), u"Reconciliation"_s);
        QAbstractItemModelTester findingsTester(page->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(page->filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sidesTester(page->sidesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Nothing reconciled yet.
        window.pages()->setCurrentWidget(page);
        QTRY_VERIFY(page->summaryText().startsWith(u"No reconciliation yet."_s));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!page->findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());

        // 1. Sync the sandbox from the dashboard (customers and orders to the books).
        Studio::DashboardPage *dashboard = window.dashboardPage();
        window.pages()->setCurrentWidget(dashboard);
        QSignalSpy synced(dashboard, &Studio::DashboardPage::syncFinished);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        const QJsonObject summary = synced.first().first().toJsonObject();
        QVERIFY2(summary.value(u"error"_s).toString().isEmpty(),
                 qPrintable(summary.value(u"error"_s).toString()));
        QCOMPARE(summary.value(u"created"_s).toInt(), 12);
        QCOMPARE(summary.value(u"dead"_s).toInt(), 1);

        // 2. Reconcile now: on a worker, with progress, read-only.
        window.pages()->setCurrentWidget(page);
        QSignalSpy finished(page, &Studio::ReconciliationPage::reconcileFinished);
        QSignalSpy shown(page, &Studio::ReconciliationPage::runShown);
        auto *reconcile = page->findChild<QPushButton *>(u"reconcileButton"_s);
        QTest::mouseClick(reconcile, Qt::LeftButton);
        QVERIFY(page->isRunning());
        QVERIFY(!reconcile->isEnabled());
        QVERIFY(page->findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
        QVERIFY(page->findChild<QProgressBar *>(u"progressBar"_s)->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->summaryText()));
        QVERIFY(!page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(page->report() && page->shownRunId() == page->report()->runId
                                     && page->model()->rowCount() > 0,
                                 10000);
        const qint64 runId = page->shownRunId();
        QVERIFY(runId > 0);

        // Exactly the seeded sandbox's findings, none unknown, each with both amounts.
        QCOMPARE(shownFindings(page->filter()), seededFindings);
        QCOMPARE(page->report()->findings.size(), seededFindings.size());
        QCOMPARE(page->report()->count(Engine::MismatchCause::Unknown), 0);
        QVERIFY2(page->summaryText().startsWith(u"Pass %1 of "_s.arg(runId)),
                 qPrintable(page->summaryText()));
        // ("differences" once the English translation has the plural form, "difference(s)" before)
        QVERIFY2(
            page->summaryText().contains(u"13 difference"_s)
                && page->summaryText().contains(u" (1 missing record, 1 refund not credited, 10 shipping, "
                                                u"1 tax rounding (per line vs on the total)); 11 record"_s),
            qPrintable(page->summaryText()));
        const int row1008 = page->model()->rowOf(u"order"_s, u"#1008"_s);
        QVERIFY(row1008 >= 0);
        QCOMPARE(page->model()->index(row1008, ReconciliationModel::Store).data().toString(), u"0.55 EUR"_s);
        QCOMPARE(page->model()->index(row1008, ReconciliationModel::Erp).data().toString(), u"0.56 EUR"_s);
        QCOMPARE(page->model()->index(row1008, ReconciliationModel::Reviewed).data().toString(), QString());
        const int row1010 = page->model()->rowOf(u"order"_s, u"#1010"_s);
        QCOMPARE(page->model()->index(row1010, ReconciliationModel::Erp).data().toString(), u"—"_s);
        // The run choice lists the pass.
        auto *runs = page->findChild<QComboBox *>(u"runCombo"_s);
        QCOMPARE(runs->count(), 1);
        QCOMPARE(runs->currentData().toLongLong(), runId);

        // 3. Filter by cause and by object.
        auto *causes = page->findChild<QComboBox *>(u"causeFilter"_s);
        auto *objects = page->findChild<QComboBox *>(u"objectFilter"_s);
        causes->setCurrentIndex(causes->findData(u"shipping"_s));
        QCOMPARE(causes->currentText(), u"shipping (10)"_s);
        QCOMPARE(page->filter()->rowCount(), 10);
        causes->setCurrentIndex(0);
        objects->setCurrentIndex(objects->findData(u"refund"_s));
        QCOMPARE(page->filter()->rowCount(), 1);
        QCOMPARE(page->filter()->index(0, ReconciliationModel::Key).data().toString(),
                 u"#1006/refund/17000000001"_s);
        objects->setCurrentIndex(0);
        QCOMPARE(page->filter()->rowCount(), 13);

        // 4. #1008 side by side, line by line: the lines agree, the tax and the total differ by
        // one cent, highlighted.
        clickFinding(page, u"order"_s, u"#1008"_s);
        QVERIFY2(page->sidesNoteText().isEmpty(), qPrintable(page->sidesNoteText()));
        QCOMPARE(sideRows(page->sidesModel()),
                 (QStringList{
                     u"STICKER-LOGO | 0.25 | 0.25 | 0.00"_s,
                     u"STICKER-LOGO | 0.25 | 0.25 | 0.00"_s,
                     u"Tax | 0.05 | 0.06 | -0.01 | [highlighted]"_s,
                     u"Total | 0.55 | 0.56 | -0.01 | [highlighted]"_s,
                 }));
        SideBySideModel *sides = page->sidesModel();
        QCOMPARE(sides->headerData(SideBySideModel::StoreAmount, Qt::Horizontal).toString(),
                 u"Store amount (EUR)"_s);
        QVERIFY2(
            sides->index(0, SideBySideModel::Store).data().toString().startsWith(u"1 × 0.25 · tax 0.03"_s),
            qPrintable(sides->index(0, SideBySideModel::Store).data().toString()));
        QVERIFY2(sides->index(0, SideBySideModel::Erp).data().toString().startsWith(u"1 × 0.25 · tax 0.03"_s),
                 qPrintable(sides->index(0, SideBySideModel::Erp).data().toString()));
        QCOMPARE(sides->index(2, SideBySideModel::Store).data().toString(), u"lines: 0.03 + 0.03"_s);
        const QModelIndex cent = sides->index(3, SideBySideModel::Difference);
        QVERIFY(cent.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY(cent.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!sides->index(0, SideBySideModel::Difference).data(Qt::BackgroundRole).isValid());
        QCOMPARE(page->detailTitleText(), u"Order #1008 — tax rounding (per line vs on the total)"_s);
        QVERIFY2(page->amountsText().contains(u"Store: 0.55 EUR (id 5108)"_s)
                     && page->amountsText().contains(u"Difference: -0.01 EUR (-1 cents)"_s),
                 qPrintable(page->amountsText()));
        QVERIFY2(page->evidenceText().contains(u"0.05 EUR tax on the order total"_s)
                     && page->evidenceText().contains(u"0.06 EUR (0.03 + 0.03)"_s),
                 qPrintable(page->evidenceText()));
        QVERIFY2(page->repairText().startsWith(u"Proposed repair (by a person, in the ERP)"_s),
                 qPrintable(page->repairText()));
        auto *repair = page->findChild<QPushButton *>(u"repairButton"_s);
        QVERIFY(!repair->isEnabled()); // a person must: no job can repair it
        saveScreenshots(&window, u"reconciliation-1008"_s);

        // 5. Mark it reviewed with a comment: written off the GUI thread, stored.
        auto *comment = page->findChild<QLineEdit *>(u"reviewComment"_s);
        auto *review = page->findChild<QPushButton *>(u"reviewButton"_s);
        QCOMPARE(review->text(), u"Mark reviewed"_s);
        QTest::keyClicks(comment, u"Xero rounds per line; accepted"_s);
        QSignalSpy saved(page, &Studio::ReconciliationPage::reviewSaved);
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(saved.first().at(1).toString(), QString());
        const qint64 reviewedId = saved.first().at(0).toLongLong();
        QCOMPARE(reviewedId, page->model()->resultAt(row1008)->id);
        QCOMPARE(page->model()->index(row1008, ReconciliationModel::Reviewed).data().toString(),
                 u"✓ reviewed"_s);
        QCOMPARE(review->text(), u"Mark not reviewed"_s);
        {
            Store::StateStore store(Engine::ownStateLocation(workspace));
            QVERIFY(store.open());
            const auto stored = Store::ReconciliationRepository(store).result(reviewedId);
            QVERIFY(stored && stored.value());
            QVERIFY(stored.value()->reviewed);
            QCOMPARE(stored.value()->reviewComment, u"Xero rounds per line; accepted"_s);
            QVERIFY(stored.value()->reviewedAt.has_value());
            QCOMPARE(stored.value()->matchKey, u"#1008"_s);
            store.closeThreadConnection();
        }
        auto *hideReviewed = page->findChild<QCheckBox *>(u"hideReviewed"_s);
        hideReviewed->setChecked(true);
        QCOMPARE(page->filter()->rowCount(), 12);
        hideReviewed->setChecked(false);

        // 6. A missing order: the store's lines against nothing; its repair has a job.
        clickFinding(page, u"order"_s, u"#1010"_s);
        QVERIFY2(page->sidesNoteText().contains(u"The ERP has no such record."_s),
                 qPrintable(page->sidesNoteText()));
        QCOMPARE(sides->rowOf(u"Total"_s), sides->rowCount() - 1);
        QCOMPARE(sides->index(sides->rowCount() - 1, SideBySideModel::StoreAmount).data().toString(),
                 u"58.90"_s);
        QCOMPARE(sides->index(sides->rowCount() - 1, SideBySideModel::ErpAmount).data().toString(), u"—"_s);
        QCOMPARE(sides->index(sides->rowCount() - 1, SideBySideModel::Difference).data().toString(),
                 u"+58.90"_s);
        QVERIFY(repair->isEnabled());
        QTest::mouseClick(repair, Qt::LeftButton);
        QVERIFY2(
            page->statusText().startsWith(u"Repairing one finding from the studio is not available yet"_s),
            qPrintable(page->statusText()));
        saveScreenshots(&window, u"reconciliation-1010"_s);

        // An order in dollars, converted line by line with its own rate.
        clickFinding(page, u"order"_s, u"#1002"_s);
        QVERIFY2(
            page->sidesNoteText().startsWith(u"Store amounts are in USD, shown in EUR at the order's rate"_s),
            qPrintable(page->sidesNoteText()));
        QCOMPARE(sides->index(sides->rowOf(u"Total"_s), SideBySideModel::Difference).data().toString(),
                 u"+4.61"_s);
        saveScreenshots(&window, u"reconciliation-1002"_s);

        // 7. Export: the CSV is reconciliationCsv()'s bytes; the PDF is a PDF.
        QSignalSpy exported(page, &Studio::ReconciliationPage::exportFinished);
        const QString csvFile = home.filePath(u"findings.csv"_s);
        QVERIFY(page->exportTo(csvFile));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QCOMPARE(exported.first().at(1).toString(), QString());
        const QByteArray csv = readAll(csvFile);
        QCOMPARE(csv, Engine::reconciliationCsv(*page->report()));
        QCOMPARE(csv.count("\r\n"), 14);
        QVERIFY(csv.contains("order,order,#1008,5108,0.55,"));
        const QString pdfFile = home.filePath(u"findings.pdf"_s);
        page->setExportFileChooser([&pdfFile](const QString &suggested, const QString &format) {
            return suggested.endsWith(u".pdf"_s) && format == u"pdf"_s ? pdfFile : QString();
        });
        QTest::mouseClick(page->findChild<QPushButton *>(u"exportPdfButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 30000);
        QCOMPARE(exported.at(1).at(0).toString(), pdfFile);
        QCOMPARE(exported.at(1).at(1).toString(), QString());
        const QByteArray pdf = readAll(pdfFile);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 2000);
        savePrintPreview(*page->report(), u"reconciliation-pdf-page1"_s);

        // 8. The pass read back from the store (a new page, as after a restart): the same
        // findings, the review kept, and the same CSV bytes.
        Studio::ReconciliationPage again(workspace, Engine::ownStateLocation(workspace));
        QSignalSpy againShown(&again, &Studio::ReconciliationPage::runShown);
        QTRY_COMPARE_WITH_TIMEOUT(againShown.count(), 1, 10000);
        QCOMPARE(again.shownRunId(), runId);
        QCOMPARE(shownFindings(again.filter()), seededFindings);
        QCOMPARE(again.model()->index(row1008, ReconciliationModel::Reviewed).data().toString(),
                 u"✓ reviewed"_s);
        QSignalSpy againExported(&again, &Studio::ReconciliationPage::exportFinished);
        const QString againCsv = home.filePath(u"again.csv"_s);
        QVERIFY(again.exportTo(againCsv));
        QTRY_COMPARE_WITH_TIMEOUT(againExported.count(), 1, 10000);
        QCOMPARE(readAll(againCsv), csv);

        // 9. A second pass is shown at once, its findings not reviewed yet; the first one is still
        // there to choose, with its review and the same export.
        QTest::mouseClick(reconcile, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.at(1).first().toBool(), qPrintable(page->summaryText()));
        QTRY_VERIFY_WITH_TIMEOUT(page->shownRunId() > runId && page->model()->rowCount() == 13, 10000);
        QCOMPARE(runs->count(), 2);
        QCOMPARE(runs->currentData().toLongLong(), page->shownRunId());
        QCOMPARE(shownFindings(page->filter()), seededFindings);
        QCOMPARE(page->model()
                     ->index(page->model()->rowOf(u"order"_s, u"#1008"_s), ReconciliationModel::Reviewed)
                     .data()
                     .toString(),
                 QString());
        const int earlier = runs->findData(runId);
        QVERIFY(earlier >= 0);
        runs->setCurrentIndex(earlier);
        emit runs->activated(earlier);
        QTRY_COMPARE_WITH_TIMEOUT(page->shownRunId(), runId, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 13, 10000);
        QCOMPARE(page->model()
                     ->index(page->model()->rowOf(u"order"_s, u"#1008"_s), ReconciliationModel::Reviewed)
                     .data()
                     .toString(),
                 u"✓ reviewed"_s);
        const QString earlierCsv = home.filePath(u"earlier.csv"_s);
        QVERIFY(page->exportTo(earlierCsv));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 10000);
        QCOMPARE(readAll(earlierCsv), csv);

        // 10. Cancel: the pass stops between two pages; nothing is stored, the pass shown stays.
        QTest::mouseClick(reconcile, Qt::LeftButton);
        QTest::mouseClick(page->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QCOMPARE(finished.at(2).first().toBool(), false);
        QCOMPARE(page->summaryText(), u"Reconciliation cancelled; nothing was stored."_s);
        QVERIFY(reconcile->isEnabled());
        QCOMPARE(page->shownRunId(), runId);
        QSignalSpy reloaded(page, &Studio::ReconciliationPage::runShown);
        page->reloadRuns();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        QCOMPARE(page->shownRunId(), runId);
        QCOMPARE(runs->count(), 2); // a cancelled pass is not listed

        // Back on #1008 of the first pass for the screenshot of the review.
        clickFinding(page, u"order"_s, u"#1008"_s);
        QCOMPARE(comment->text(), u"Xero rounds per line; accepted"_s);
        QVERIFY2(page->findChild<QLabel *>(u"reviewState"_s)
                     ->text()
                     .endsWith(u": “Xero rounds per line; accepted”"_s),
                 qPrintable(page->findChild<QLabel *>(u"reviewState"_s)->text()));
        saveScreenshots(&window, u"reconciliation-reviewed"_s);
        // The studio's default size: nothing clipped, the side-by-side view still readable.
        window.resize(1100, 640);
        saveScreenshots(&window, u"reconciliation-default-size"_s);
    }
};

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliationpage.moc"
