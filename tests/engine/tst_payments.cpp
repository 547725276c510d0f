// Payments through the whole write path, against the sandbox: the sandbox mapping's "payment" rule
// writes each settled Shopify charge as a Xero payment applied to the invoice the "order" rule
// wrote for its order (the field "invoice": `order_id` linked to the rule "order"), into the
// clearing account 090 (lookup payment_accounts). Transactions are read in the shop's currency
// (Shopify's in_shop_currency), the currency of the invoices.
//
// Worked out by hand from the seed (resources/sandbox/generate_sandbox_seed.py; each invoice is
// the order's shop-money lines as the sandbox books total them, tax per line half-up):
//   #1001 64.88 = invoice 59.98 + 4.90 → PAID.
//   #1002 paid 55.19 USD; in EUR 55.19 × 50.77 / 55.19 = 50.77. The invoice: 13.34 + 30.21 +
//     4.60 + tax 0.80 (13.34 × 6 % = 0.8004) + 1.81 (30.21 × 6 % = 1.8126) = 50.76: the payment
//     is 0.01 more than the invoice (the lines' conversion, "currency rate"): refused, a dead letter.
//   #1003 paid 66.95 GBP = 78.33 EUR; invoice 49.14 + 24.58 + 4.62 = 78.34 → 0.01 still due.
//   #1004 paid 84.30 CHF = 89.36 EUR; invoice 43.99 + 37.94 + 7.42 = 89.35 → refused as #1002.
//   #1005 158.06 = 90.72 + 30.10 + 12.00 + tax 17.24 + 5.72 + 2.28 → PAID.
//   #1006 121.87, #1007 100.89, #1009 9.95, #1012 38.39 → PAID; #1006's refund of 29.99 is no
//     payment (skipped: the books own credit notes).
//   #1008 paid 0.55; the books compute 0.03 tax per 0.25 line (half-up), invoice 0.56 → 0.01 due.
//   #1010's order is a dead letter (its old SKU): its payment has no invoice to go to.
//   #1011 paid 2980 JPY = 18.18 EUR; invoice 15.13 + 3.05 = 18.18 → PAID.
//   #1013 has no transaction.
// So: 13 transactions, 9 payments written, 1 skipped, 3 dead letters.

#include "engine/deadletters.h"
#include "engine/executor.h"
#include "store/deadletterrepository.h"
#include "syncedsandbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

QString text(const QJsonValue &value)
{
    return value.toVariant().toString();
}

/// Runs the rule `rule` ("" : the orders) of `synced`'s workspace until idle.
Engine::RunSummary runRule(Testing::SyncedSandbox &synced, const QString &rule,
                           Engine::ExecutorOptions options = {})
{
    options.allowWrites = true;
    Engine::Executor executor(*synced.config, *synced.store, options);
    QString error;
    Engine::RunSummary failed;
    if (!executor.open(&error)
        || !(rule.isEmpty() ? executor.enqueuePull(&error) : executor.enqueueRulePull(rule, &error))) {
        failed.error = error;
        return failed;
    }
    return executor.runUntilIdle();
}

/// The open dead letters by object id.
QHash<QString, Store::DeadLetter> deadLetters(Store::StateStore &store)
{
    QHash<QString, Store::DeadLetter> byId;
    const auto letters = Store::DeadLetterRepository(store).list();
    if (letters) {
        for (const Store::DeadLetter &letter : letters.value())
            byId.insert(letter.objectId, letter);
    }
    return byId;
}

} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced;

    /// The books' invoices by Reference ("#1001").
    QHash<QString, QJsonObject> invoices()
    {
        QHash<QString, QJsonObject> byReference;
        for (const QJsonValue &value :
             m_synced.call(true, "GET", u"Invoices"_s).value(u"Invoices"_s).toArray())
            byReference.insert(value.toObject().value(u"Reference"_s).toString(), value.toObject());
        return byReference;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_synced.start(QDir(m_dir.path()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_synced.orders.created, 12); // #1010 is a dead letter
    }

    void paymentsAreAppliedToTheirOrdersInvoices()
    {
        const Engine::RunSummary payments = runRule(m_synced, u"payment"_s);
        QVERIFY2(payments.error.isEmpty(), qPrintable(payments.error));
        QCOMPARE(payments.recordsRead, 13);
        QCOMPARE(payments.created, 9);
        QCOMPARE(payments.skipped, 1);
        QCOMPARE(payments.dead, 3);
        QCOMPARE(payments.retries, 0); // nothing waits: every order was written or is a dead letter

        const QHash<QString, QJsonObject> books = invoices();
        const auto expect = [&books](const QString &reference, const QString &status, const QString &paid,
                                     const QString &due) {
            const QJsonObject invoice = books.value(reference);
            QCOMPARE(invoice.value(u"Status"_s).toString(), status);
            QCOMPARE(text(invoice.value(u"AmountPaid"_s)), paid);
            QCOMPARE(text(invoice.value(u"AmountDue"_s)), due);
        };
        expect(u"#1001"_s, u"PAID"_s, u"64.88"_s, u"0"_s);
        expect(u"#1003"_s, u"AUTHORISED"_s, u"78.33"_s, u"0.01"_s);
        expect(u"#1005"_s, u"PAID"_s, u"158.06"_s, u"0"_s);
        expect(u"#1006"_s, u"PAID"_s, u"121.87"_s, u"0"_s);
        expect(u"#1007"_s, u"PAID"_s, u"100.89"_s, u"0"_s);
        expect(u"#1008"_s, u"AUTHORISED"_s, u"0.55"_s, u"0.01"_s);
        expect(u"#1009"_s, u"PAID"_s, u"9.95"_s, u"0"_s);
        expect(u"#1011"_s, u"PAID"_s, u"18.18"_s, u"0"_s);
        expect(u"#1012"_s, u"PAID"_s, u"38.39"_s, u"0"_s);
        // Refused: the invoice stays unpaid.
        QCOMPARE(books.value(u"#1002"_s).value(u"Status"_s).toString(), u"AUTHORISED"_s);
        QCOMPARE(text(books.value(u"#1002"_s).value(u"AmountDue"_s)), u"50.76"_s);
        QCOMPARE(text(books.value(u"#1004"_s).value(u"AmountDue"_s)), u"89.35"_s);

        // Each payment is on the invoice of its own order, into the clearing account.
        const QJsonArray written = m_synced.call(true, "GET", u"Payments"_s).value(u"Payments"_s).toArray();
        QCOMPARE(written.size(), 9);
        for (const QJsonValue &value : written) {
            const QJsonObject payment = value.toObject();
            const QString invoiceId = payment.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString();
            bool found = false;
            for (const QJsonObject &invoice : books) {
                if (invoice.value(u"InvoiceID"_s).toString() == invoiceId) {
                    found = true;
                    QCOMPARE(text(payment.value(u"Amount"_s)), text(invoice.value(u"AmountPaid"_s)));
                }
            }
            QVERIFY2(found, qPrintable(invoiceId));
            QCOMPARE(payment.value(u"Account"_s).toObject().value(u"Code"_s).toString(), u"090"_s);
        }
        QCOMPARE(m_synced.linkedErpId(u"payment"_s, u"5101/16000000001"_s).isEmpty(), false);

        const QHash<QString, Store::DeadLetter> letters = deadLetters(*m_synced.store);
        // The payment converted to the shop's currency exactly, and refused for the cent.
        const Store::DeadLetter usd = letters.value(u"820982911946154508/16000000002"_s);
        QVERIFY2(usd.error.contains(u"Payment amount exceeds the amount outstanding on this document"_s),
                 qPrintable(usd.error));
        const Store::DeadLetter chf = letters.value(u"5104/16000000004"_s);
        QVERIFY2(chf.error.contains(u"exceeds the amount outstanding"_s), qPrintable(chf.error));
        // #1010: its order is a dead letter; said at once, with the order's own reason.
        const Store::DeadLetter orphan = letters.value(u"5110/16000000011"_s);
        QVERIFY2(orphan.error.contains(u"the order 5110 it refers to is a dead letter"_s),
                 qPrintable(orphan.error));
        QVERIFY2(orphan.error.contains(u"Item code 'MUG-350' is not valid"_s), qPrintable(orphan.error));
        QVERIFY(!letters.contains(u"5106/16000000007"_s)); // the refund: skipped, not a failure
    }

    void aSecondRunWritesNothing()
    {
        const Engine::RunSummary again = runRule(m_synced, u"payment"_s);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        // The cursor moved past the transactions read: nothing new.
        QCOMPARE(again.created + again.updated + again.dead, 0);
        QCOMPARE(m_synced.call(true, "GET", u"Payments"_s).value(u"Payments"_s).toArray().size(), 9);
    }

    void aPaymentWaitsForItsInvoice()
    {
        // Another workspace, nothing synced yet: the payments come first.
        QTemporaryDir dir;
        Testing::SyncedSandbox fresh;
        QString error = fresh.start(QDir(dir.path()), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDateTime now = QDateTime::currentDateTimeUtc();
        Engine::ExecutorOptions waiting;
        waiting.clock = [&now] {
            return now;
        };
        waiting.sleeper = [&now](std::chrono::milliseconds delay) {
            now = now.addMSecs(delay.count());
        };
        waiting.random = [] {
            return 1.0;
        };
        waiting.retry.maxAttempts = 3;
        const Engine::RunSummary early = runRule(fresh, u"payment"_s, waiting);
        QVERIFY2(early.error.isEmpty(), qPrintable(early.error));
        QCOMPARE(early.recordsRead, 13);
        QCOMPARE(early.skipped, 1);
        QCOMPARE(early.created, 0);
        QCOMPARE(early.retries, 24); // 12 charges, tried 3 times each
        QCOMPARE(early.dead, 12);
        const QHash<QString, Store::DeadLetter> letters = deadLetters(*fresh.store);
        const Store::DeadLetter first = letters.value(u"5101/16000000001"_s);
        QVERIFY2(
            first.error.contains(u"the order 5101 it refers to has not been written yet (rule \"order\"); "
                                 "waiting for it"_s),
            qPrintable(first.error));
        QCOMPARE(fresh.call(true, "GET", u"Payments"_s).value(u"Payments"_s).toArray().size(), 0);

        // The orders are written; the waiting payments, replayed, find their invoices.
        const Engine::RunSummary orders = runRule(fresh, {});
        QCOMPARE(orders.created, 12);
        for (const Store::DeadLetter &letter : letters) {
            QVERIFY2(Engine::replayDeadLetter(*fresh.store, letter.id, &error), qPrintable(error));
        }
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        Engine::Executor executor(*fresh.config, *fresh.store, options);
        QVERIFY2(executor.open(&error), qPrintable(error));
        const Engine::RunSummary replayed = executor.runUntilIdle();
        QCOMPARE(replayed.created, 9);
        QCOMPARE(replayed.dead, 3); // #1002 and #1004 (the cent), #1010 (no invoice)
        QCOMPARE(fresh.call(true, "GET", u"Payments"_s).value(u"Payments"_s).toArray().size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
