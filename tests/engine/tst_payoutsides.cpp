// A payout finding's two records side by side, line by line (Engine::payoutSideBySide(), and
// Engine::readFindingSides() reading both records of the synced sandbox read-only): each of the
// payout's movements, then what the deposit books — payments less refunds, fees, the total —
// beside the deposit's lines, every cent of a difference in a row's difference.
//
// The sandbox's payout 71000000001 (resources/sandbox/store-seed.json, balance transactions
// 72000000001–72000000004; tests/engine/tst_settlement.cpp works the fees out: 1.9 % + 0.25 EUR,
// half-up), processed_at in +01:00, shown as the UTC day:
//   #1001 (order 5101)               charge 64.88, fee 1.48, net 63.40, 2026-11-20T10:12:44+01:00
//   #1002 (order 820982911946154508) charge 50.77, fee 1.21, net 49.56, 2026-11-21T15:02:10+01:00
//   #1003 (order 5103)               charge 78.33, fee 1.74, net 76.59, 2026-11-21T18:30:00+01:00
//   #1004 (order 5104)               charge 89.36, fee 1.95, net 87.41, 2026-11-22T09:05:00+01:00
//   payments 64.88 + 50.77 + 78.33 + 89.36 = 283.34; fees 1.48 + 1.21 + 1.74 + 1.95 = 6.38;
//   deposit 283.34 − 6.38 = 276.96 (the payout's amount).
// The "payout" rule books it as a RECEIVE bank transaction on 095 with the lines 090 283.34 and
// 404 −6.38, total 276.96: every row's difference is 0.00. With the fee line booked as −6.39
// the total is 283.34 − 6.39 = 276.95: the Fees row differs by −6.38 − (−6.39) = +0.01 and the
// Total row by 276.96 − 276.95 = +0.01; payments less refunds still 0.00. The deposit deleted:
// the store's side alone, each row's difference its whole store amount (+283.34, −6.38, +276.96).

#include "engine/reconciliationreview.h"
#include "model/payout.h"
#include "sandbox/sandboxrecord.h"
#include "syncedsandbox.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Engine::FindingSides;
using Engine::SideBySideRow;

namespace {

/// A row as "label | store text | store amount | ERP text | ERP amount | difference" ("—": none).
QString rowText(const SideBySideRow &row)
{
    const auto amount = [](const std::optional<Model::Decimal> &value) {
        return value ? value->toString() : u"—"_s;
    };
    QString difference = u"—"_s;
    if (row.difference)
        difference =
            row.difference->signum() > 0 ? u"+"_s + row.difference->toString() : row.difference->toString();
    return QStringList{row.label,   row.storeText,         amount(row.storeAmount),
                       row.erpText, amount(row.erpAmount), difference}
        .join(u" | "_s);
}

QStringList rowTexts(const FindingSides &sides)
{
    QStringList rows;
    for (const SideBySideRow &row : sides.rows)
        rows.append(rowText(row));
    return rows;
}

Model::Money eur(const char *amount)
{
    return *Model::Money::fromString(QString::fromLatin1(amount), *Model::Currency::fromCode(u"EUR"));
}

Model::PayoutTransaction movement(const char *id, const char *type, const char *orderId, const char *amount,
                                  const char *fee)
{
    Model::PayoutTransaction transaction;
    transaction.id = QString::fromLatin1(id);
    transaction.type = QString::fromLatin1(type);
    transaction.orderId = QString::fromLatin1(orderId);
    transaction.amount = eur(amount);
    transaction.fee = eur(fee);
    transaction.net = *transaction.amount.minus(transaction.fee);
    transaction.processedAt = QDateTime(QDate(2026, 11, 20), QTime(23, 30), Qt::UTC);
    return transaction;
}

QJsonObject depositLine(const QString &account, const QString &description, const QString &amount)
{
    return {{u"account_code"_s, account},
            {u"description"_s, description},
            {u"quantity"_s, u"1"_s},
            {u"unit_amount"_s, amount},
            {u"amount"_s, amount}};
}

QJsonObject deposit(const QString &total, const QJsonArray &lines)
{
    return {{u"id"_s, u"bt-1"_s},          {u"reference"_s, u"Shopify Payments payout 1"_s},
            {u"type"_s, u"RECEIVE"_s},     {u"status"_s, u"AUTHORISED"_s},
            {u"currency"_s, u"EUR"_s},     {u"date"_s, u"2026-11-21"_s},
            {u"total"_s, total},           {u"total_tax"_s, u"0.00"_s},
            {u"bank_account"_s, u"095"_s}, {u"lines"_s, lines}};
}

} // namespace

class TestPayoutSides : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced;

    QString workspace() const { return m_dir.filePath(u"workspace"_s); }

    /// The payout finding of 71000000001 as the truth pass stores it (the amounts matter not:
    /// the two records are read again).
    Store::ReconciliationResult finding(const QString &depositId)
    {
        Store::ReconciliationResult result;
        result.id = 1;
        result.objectType = u"payout"_s;
        result.matchKey = u"Shopify Payments payout 71000000001"_s;
        result.storeId = u"71000000001"_s;
        result.erpId = depositId;
        result.currency = u"EUR"_s;
        result.storeAmount = u"276.96"_s;
        result.details = {{u"rule"_s, u"payout"_s}};
        return result;
    }

    FindingSides read(const QString &depositId)
    {
        const Engine::FindingSidesOutcome outcome =
            Engine::readFindingSides(workspace(), finding(depositId), {});
        if (!outcome.sides) {
            qWarning("%s", qPrintable(outcome.error));
            return {};
        }
        return *outcome.sides;
    }

    /// The four movements of 71000000001, as the side-by-side view lists them.
    static QStringList movements()
    {
        return {
            u"#1001 | charge · fee 1.48 · 2026-11-20 | 64.88 |  | — | —"_s,
            u"#1002 | charge · fee 1.21 · 2026-11-21 | 50.77 |  | — | —"_s,
            u"#1003 | charge · fee 1.74 · 2026-11-21 | 78.33 |  | — | —"_s,
            u"#1004 | charge · fee 1.95 · 2026-11-22 | 89.36 |  | — | —"_s,
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_synced.start(QDir(m_dir.path()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // readFindingSides() finds the sandbox serving the workspace by its record.
        const QString written = Sandbox::writeSandboxRecord(
            workspace(),
            {m_synced.sandbox.storeUrl(), m_synced.sandbox.booksUrl(), QCoreApplication::applicationPid()});
        QVERIFY2(written.isEmpty(), qPrintable(written));
    }

    void cleanupTestCase() { Sandbox::removeSandboxRecord(workspace(), QCoreApplication::applicationPid()); }

    void payoutFindingsHaveLines() { QVERIFY(Engine::hasLines(finding({}))); }

    /// The deposit as the "payout" rule wrote it: 283.34 and −6.38, every row's difference 0.00.
    void theSyncedDepositAgreesRowByRow()
    {
        const QString depositId = m_synced.linkedErpId(u"payout"_s, u"71000000001"_s);
        QVERIFY(!depositId.isEmpty());
        const FindingSides sides = read(depositId);
        QCOMPARE(sides.storeTitle, u"payout 71000000001"_s);
        QCOMPARE(sides.erpTitle,
                 u"BankTransaction Shopify Payments payout 71000000001 (%1)"_s.arg(depositId));
        QCOMPARE(sides.currency, u"EUR"_s);
        QVERIFY2(sides.notes.isEmpty(), qPrintable(sides.notes.join(u'\n')));
        const QStringList expected = movements()
            + QStringList{
                u"Payments less refunds | payments 283.34 | 283.34 | 090 · Payments less refunds, "
                u"Shopify Payments payout 71000000001 | 283.34 | 0.00"_s,
                u"Fees | −(1.48 + 1.21 + 1.74 + 1.95) | -6.38 | 404 · Fees, Shopify Payments payout "
                u"71000000001 | -6.38 | 0.00"_s,
                u"Total | deposit · paid · 2026-11-23 | 276.96 | RECEIVE · AUTHORISED · bank account "
                u"095 · 2026-11-23 | 276.96 | 0.00"_s,
            };
        QCOMPARE(rowTexts(sides), expected);
        QCOMPARE(sides.rows.at(0).kind, SideBySideRow::Kind::Movement);
        QCOMPARE(sides.rows.at(4).kind, SideBySideRow::Kind::Sum);
        QCOMPARE(sides.rows.at(6).kind, SideBySideRow::Kind::Total);
    }

    /// Someone books the fee a cent higher (−6.39, total 276.95): the Fees row and the Total row
    /// differ by exactly +0.01, the payments row not at all.
    void aFeeACentHigherDiffersOnTheFeesAndTheTotal()
    {
        const QString depositId = m_synced.linkedErpId(u"payout"_s, u"71000000001"_s);
        const QJsonObject stored = m_synced.call(true, "GET", u"BankTransactions/"_s + depositId)
                                       .value(u"BankTransactions"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QJsonArray items = stored.value(u"LineItems"_s).toArray();
        QCOMPARE(items.size(), 2);
        QJsonObject fee = items.at(1).toObject();
        fee.insert(u"UnitAmount"_s, -6.39);
        fee.remove(u"LineAmount"_s);
        items.replace(1, fee);
        int status = 0;
        m_synced.call(
            true, "POST", u"BankTransactions/"_s + depositId,
            {{u"BankTransactions"_s,
              QJsonArray{QJsonObject{{u"BankTransactionID"_s, depositId}, {u"LineItems"_s, items}}}}},
            &status);
        QCOMPARE(status, 200);

        const FindingSides sides = read(depositId);
        QVERIFY2(sides.notes.isEmpty(), qPrintable(sides.notes.join(u'\n')));
        const QStringList expected = movements()
            + QStringList{
                u"Payments less refunds | payments 283.34 | 283.34 | 090 · Payments less refunds, "
                u"Shopify Payments payout 71000000001 | 283.34 | 0.00"_s,
                u"Fees | −(1.48 + 1.21 + 1.74 + 1.95) | -6.38 | 404 · Fees, Shopify Payments payout "
                u"71000000001 | -6.39 | +0.01"_s,
                u"Total | deposit · paid · 2026-11-23 | 276.96 | RECEIVE · AUTHORISED · bank account "
                u"095 · 2026-11-23 | 276.95 | +0.01"_s,
            };
        QCOMPARE(rowTexts(sides), expected);
        QCOMPARE(*Engine::inMinorUnits(*sides.rows.at(5).difference, sides.currency), Model::Decimal(1));
        QCOMPARE(*Engine::inMinorUnits(*sides.rows.at(6).difference, sides.currency), Model::Decimal(1));
    }

    /// The deposit deleted in the books, and a payout never written: the store's side alone.
    void aMissingDepositShowsTheStoreSideAlone()
    {
        const QString depositId = m_synced.linkedErpId(u"payout"_s, u"71000000001"_s);
        int status = 0;
        m_synced.call(
            true, "POST", u"BankTransactions/"_s + depositId,
            {{u"BankTransactions"_s,
              QJsonArray{QJsonObject{{u"BankTransactionID"_s, depositId}, {u"Status"_s, u"DELETED"_s}}}}},
            &status);
        QCOMPARE(status, 200);
        const QStringList alone = movements()
            + QStringList{
                u"Payments less refunds | payments 283.34 | 283.34 |  | — | +283.34"_s,
                u"Fees | −(1.48 + 1.21 + 1.74 + 1.95) | -6.38 |  | — | -6.38"_s,
                u"Total | deposit · paid · 2026-11-23 | 276.96 |  | — | +276.96"_s,
            };

        const FindingSides deleted = read(depositId);
        QCOMPARE(deleted.notes,
                 QStringList{u"The ERP's deposit is DELETED: it counts as no deposit, so the store's side is "
                             u"shown alone."_s});
        QCOMPARE(rowTexts(deleted), alone);

        const FindingSides never = read({});
        QCOMPARE(never.erpTitle, QString());
        QCOMPARE(never.notes, QStringList{u"The ERP has no such record."_s});
        QCOMPARE(rowTexts(never), alone);
    }

    /// The matching without the sandbox: a refund and an adjustment are taken out of the payments;
    /// a line on an account the mapping does not name goes by its sign, and is named and counted.
    void everyDepositLineIsNamedAndCounted()
    {
        // charge 100.00 (fee 2.20) − refund 10.00 − adjustment 5.00 = 85.00; fees 2.20; deposit
        // 85.00 − 2.20 = 82.80. The books: 090 85.00, 404 −2.20 and a stray −0.01 on 400, total
        // 82.79: the Fees row is −2.20 − (−2.20 − 0.01) = +0.01, the Total 82.80 − 82.79 = +0.01.
        Model::Payout payout;
        payout.id = u"1"_s;
        payout.status = u"paid"_s;
        payout.date = QDateTime(QDate(2026, 11, 21), QTime(), Qt::UTC);
        payout.currency = *Model::Currency::fromCode(u"EUR");
        payout.amount = eur("82.80");
        payout.transactions = {movement("11", "charge", "5101", "100.00", "2.20"),
                               movement("12", "refund", "5101", "-10.00", "0.00"),
                               movement("13", "adjustment", "", "-5.00", "0.00")};
        Engine::PayoutContext context;
        context.paymentAccounts = {u"090"_s};
        context.feeAccounts = {u"404"_s};
        context.orderNumbers = {{u"5101"_s, u"#1001"_s}};
        const QJsonObject books = deposit(u"82.79"_s,
                                          {depositLine(u"090"_s, u"Payments"_s, u"85.00"_s),
                                           depositLine(u"404"_s, u"Fees"_s, u"-2.20"_s),
                                           depositLine(u"400"_s, u"Rounding"_s, u"-0.01"_s)});
        const FindingSides sides = Engine::payoutSideBySide(payout.toJson(), books, context);
        QVERIFY2(sides.notes.isEmpty(), qPrintable(sides.notes.join(u'\n')));
        QCOMPARE(
            rowTexts(sides),
            (QStringList{
                u"#1001 | charge · fee 2.20 · 2026-11-20 | 100.00 |  | — | —"_s,
                u"#1001 | refund · fee 0.00 · 2026-11-20 | -10.00 |  | — | —"_s,
                u"adjustment 13 | adjustment · fee 0.00 · 2026-11-20 | -5.00 |  | — | —"_s,
                u"Payments less refunds | payments 100.00 · refunds -10.00 · other movements -5.00 | "
                u"85.00 | 090 · Payments | 85.00 | 0.00"_s,
                u"Fees | −(2.20) | -2.20 | 404 · Fees: -2.20; 400 · Rounding: -0.01 | -2.21 | +0.01"_s,
                u"Total | deposit · paid · 2026-11-21 | 82.80 | RECEIVE · AUTHORISED · bank account 095 · "
                u"2026-11-21 | 82.79 | +0.01"_s,
            }));
    }

    /// More refunded than charged: the payments line is negative. The mapping's accounts keep it
    /// on its row; without them it goes by its sign, to the fees, and both rows say so.
    void theAccountsDecideBeforeTheSign()
    {
        // charge 20.00 (fee 0.63) − refund 50.00 = −30.00; fees 0.63; deposit −30.63.
        Model::Payout payout;
        payout.id = u"2"_s;
        payout.status = u"paid"_s;
        payout.currency = *Model::Currency::fromCode(u"EUR");
        payout.amount = eur("-30.63");
        payout.transactions = {movement("21", "charge", "5102", "20.00", "0.63"),
                               movement("22", "refund", "5103", "-50.00", "0.00")};
        const QJsonObject books = deposit(u"-30.63"_s,
                                          {depositLine(u"090"_s, u"Payments"_s, u"-30.00"_s),
                                           depositLine(u"404"_s, u"Fees"_s, u"-0.63"_s)});
        Engine::PayoutContext context;
        context.paymentAccounts = {u"090"_s};
        context.feeAccounts = {u"404"_s};
        const FindingSides known = Engine::payoutSideBySide(payout.toJson(), books, context);
        QCOMPARE(
            rowTexts(known).mid(2),
            (QStringList{
                u"Payments less refunds | payments 20.00 · refunds -50.00 | -30.00 | 090 · Payments | "
                u"-30.00 | 0.00"_s,
                u"Fees | −(0.63) | -0.63 | 404 · Fees | -0.63 | 0.00"_s,
                u"Total | deposit · paid | -30.63 | RECEIVE · AUTHORISED · bank account 095 · 2026-11-21 | "
                u"-30.63 | 0.00"_s,
            }));
        QCOMPARE(rowTexts(known).first(),
                 u"order 5102 | charge · fee 0.63 · 2026-11-20 | 20.00 |  | — | —"_s);

        const FindingSides bySign = Engine::payoutSideBySide(payout.toJson(), books);
        QCOMPARE(
            rowTexts(bySign).mid(2),
            (QStringList{
                u"Payments less refunds | payments 20.00 · refunds -50.00 | -30.00 | (no such line) | — | "
                u"-30.00"_s,
                u"Fees | −(0.63) | -0.63 | 090 · Payments: -30.00; 404 · Fees: -0.63 | -30.63 | +30.00"_s,
                u"Total | deposit · paid | -30.63 | RECEIVE · AUTHORISED · bank account 095 · 2026-11-21 | "
                u"-30.63 | 0.00"_s,
            }));
    }

    /// A payout whose movements do not come to its deposit says so; the rows compare what each
    /// side has.
    void aPayoutThatDoesNotAddUpSaysSo()
    {
        // 100.00 − fee 2.20 = 97.80, but the gateway says it paid 97.70: 0.10 unexplained.
        Model::Payout payout;
        payout.id = u"3"_s;
        payout.status = u"paid"_s;
        payout.currency = *Model::Currency::fromCode(u"EUR");
        payout.amount = eur("97.70");
        payout.transactions = {movement("31", "charge", "", "100.00", "2.20")};
        const FindingSides sides = Engine::payoutSideBySide(payout.toJson(), {});
        QCOMPARE(
            sides.notes,
            (QStringList{u"The payout's movements come to 97.80 (100.00 less fees 2.20), not to its deposit "
                         u"97.70: the gateway's own figures differ by -0.10."_s,
                         u"The ERP has no such record."_s}));
        QCOMPARE(rowTexts(sides).first(),
                 u"charge 31 | charge · fee 2.20 · 2026-11-20 | 100.00 |  | — | —"_s);
        QCOMPARE(rowTexts(sides).last(), u"Total | deposit · paid | 97.70 |  | — | +97.70"_s);
    }
};

QTEST_GUILESS_MAIN(TestPayoutSides)
#include "tst_payoutsides.moc"
