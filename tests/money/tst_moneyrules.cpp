// The financial rules (core/engine/moneyrules.h): every golden case under tests/money/<case>/
// (input.json → expected.json, both written by hand, the arithmetic in the case's NOTES.md)
// compared exactly, and focused tests of each rule, including the errors for bad input.
#include "engine/moneyrules.h"

#include "moneycases.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
namespace MR = LedgerLink::Engine::MoneyRules;
using Model::Currency;
using Model::Decimal;
using Model::Money;
using Model::RoundingMode;

namespace LedgerLink::Model {

// Found by QTest through ADL, so a failing QCOMPARE prints "19.99 EUR" instead of nothing.
char *toString(const Decimal &value)
{
    return QTest::toString(value.toString());
}

char *toString(const Money &value)
{
    return QTest::toString(value.isValid() ? value.toString() : QStringLiteral("(invalid Money)"));
}

} // namespace LedgerLink::Model

using namespace MoneyCases;

namespace {

const QString casesDir = QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/money");

// ---- test data helpers: a typo in a literal aborts instead of testing nonsense ----------------

Decimal dec(const QString &text)
{
    const std::optional<Decimal> d = Decimal::fromString(text);
    if (!d)
        qFatal("test data is not a decimal: %s", qPrintable(text));
    return *d;
}

Currency cur(const QString &code)
{
    const std::optional<Currency> c = Currency::fromCode(code);
    if (!c)
        qFatal("test data is not a currency: %s", qPrintable(code));
    return *c;
}

Money money(const QString &amount, const QString &code)
{
    const std::optional<Money> m = Money::fromString(amount, cur(code));
    if (!m)
        qFatal("test data is not an amount: %s %s", qPrintable(amount), qPrintable(code));
    return *m;
}

Model::TaxLine tax(const QString &title, const QString &rate, const Money &amount = {})
{
    Model::TaxLine t;
    t.title = title;
    t.rate = dec(rate);
    t.amount = amount;
    return t;
}

Model::OrderLine line(const QString &id, const QString &quantity, const Money &unitPrice,
                      const QList<Model::TaxLine> &taxes, const QString &vendor = {})
{
    Model::OrderLine l;
    l.id = id;
    l.sku = u"SKU-"_s + id;
    l.title = u"Item "_s + id;
    l.vendor = vendor;
    l.quantity = dec(quantity);
    l.unitPrice = unitPrice;
    l.taxLines = taxes;
    return l;
}

Model::Order order(const QString &id, const QString &code, const QList<Model::OrderLine> &lines)
{
    Model::Order o;
    o.id = id;
    o.number = u'#' + id;
    o.currency = cur(code);
    o.lines = lines;
    return o;
}

MR::TaxRule rule(Mapping::RoundingScope scope, RoundingMode mode)
{
    MR::TaxRule r;
    r.scope = scope;
    r.mode = mode;
    return r;
}

constexpr auto PerLine = Mapping::RoundingScope::PerLine;
constexpr auto PerDocument = Mapping::RoundingScope::PerDocument;

/// The 3-line order the refund tests credit: L1 2 × 10.00, L2 3 × 5.00, L3 1 × 7.50, shipping
/// 4.00, VAT 20 %.
MR::TaxDocument refundDocument()
{
    Model::Order o = order(u"E-9"_s, u"EUR"_s,
                           {line(u"L1"_s, u"2"_s, money(u"10.00"_s, u"EUR"_s), {tax(u"VAT"_s, u"0.2"_s)}),
                            line(u"L2"_s, u"3"_s, money(u"5.00"_s, u"EUR"_s), {tax(u"VAT"_s, u"0.2"_s)}),
                            line(u"L3"_s, u"1"_s, money(u"7.50"_s, u"EUR"_s), {tax(u"VAT"_s, u"0.2"_s)})});
    Model::ShippingLine shipping;
    shipping.id = u"S1"_s;
    shipping.price = money(u"4.00"_s, u"EUR"_s);
    shipping.taxLines = {tax(u"VAT"_s, u"0.2"_s)};
    o.shippingLines = {shipping};
    const MR::MoneyResult<MR::TaxDocument> document =
        MR::buildTaxDocument(o, rule(PerLine, RoundingMode::HalfEven));
    if (!document)
        qFatal("refund test order: %s", qPrintable(document.error()));
    return *document;
}

Model::Refund refundOf(const QString &id, const QString &orderLineId, const QString &quantity)
{
    Model::Refund r;
    r.id = id;
    r.orderId = u"E-9"_s;
    Model::RefundLine l;
    l.orderLineId = orderLineId;
    l.quantity = dec(quantity);
    r.lines = {l};
    return r;
}

MR::InvoiceRef invoiceRef()
{
    MR::InvoiceRef ref;
    ref.invoiceId = u"INV-9"_s;
    ref.invoiceNumber = u"INV-0009"_s;
    ref.customerId = u"C-9"_s;
    return ref;
}

} // namespace

class TestMoneyRules : public QObject
{
    Q_OBJECT

private slots:
    // ---- golden cases --------------------------------------------------------------------------

    void goldenCases_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(casesDir);
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        int count = 0;
        for (const QString &name : cases) {
            if (!QFile::exists(root.filePath(name + u"/input.json"_s)))
                continue;
            QTest::newRow(qPrintable(name)) << root.filePath(name);
            ++count;
        }
        // The pitfalls the issue lists: line vs total rounding, tax-inclusive prices, three
        // currencies, refunds line by line, the marketplace split, JPY/KWD, a target that
        // computes tax, a settlement with fees.
        QVERIFY2(count >= 8, qPrintable(u"only %1 golden cases under "_s.arg(count) + casesDir));
    }

    void goldenCases()
    {
        QFETCH(QString, dir);
        QVERIFY2(QFile::exists(dir + u"/expected.json"_s), "every case has a hand-written expected.json");
        QVERIFY2(QFile::exists(dir + u"/NOTES.md"_s), "every case has its arithmetic in NOTES.md");
        QString error;
        const QJsonObject input = readJson(dir + u"/input.json"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject expected = readJson(dir + u"/expected.json"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QJsonObject actual = runCase(input, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList withoutEvidenceText;
        const QJsonValue compared = withoutEvidence(actual, u"$"_s, withoutEvidenceText);
        QVERIFY2(withoutEvidenceText.isEmpty(),
                 qPrintable(u"differences without evidence: "_s + withoutEvidenceText.join(u", "_s)));
        const QString difference = firstDifference(expected, compared, u"$"_s);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // ---- 1. tax documents ----------------------------------------------------------------------

    void issueExampleUnderEachRule_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QStringList>("lineTaxes");
        QTest::newRow("per line, half-up")
            << int(PerLine) << int(RoundingMode::HalfUp) << u"0.06"_s << QStringList{u"0.03"_s, u"0.03"_s};
        QTest::newRow("per line, half-even")
            << int(PerLine) << int(RoundingMode::HalfEven) << u"0.04"_s << QStringList{u"0.02"_s, u"0.02"_s};
        QTest::newRow("on the total, half-up") << int(PerDocument) << int(RoundingMode::HalfUp) << u"0.05"_s
                                               << QStringList{u"0.03"_s, u"0.02"_s};
        QTest::newRow("on the total, half-even") << int(PerDocument) << int(RoundingMode::HalfEven)
                                                 << u"0.05"_s << QStringList{u"0.03"_s, u"0.02"_s};
    }

    void issueExampleUnderEachRule()
    {
        QFETCH(int, scope);
        QFETCH(int, mode);
        QFETCH(QString, tax);
        QFETCH(QStringList, lineTaxes);
        const Model::Order o =
            order(u"I-1"_s, u"EUR"_s,
                  {line(u"A"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s), {::tax(u"VAT"_s, u"0.10"_s)}),
                   line(u"B"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s), {::tax(u"VAT"_s, u"0.10"_s)})});
        const auto document =
            MR::buildTaxDocument(o, rule(Mapping::RoundingScope(scope), RoundingMode(mode)));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error()));
        QCOMPARE(document->taxTotal.toString(), tax + u" EUR"_s);
        QStringList actual;
        for (const MR::DocumentLine &l : document->lines)
            actual.append(l.tax.amount().toString());
        QCOMPARE(actual, lineTaxes);
        QCOMPARE(*document->net.plus(document->taxTotal), document->total);
    }

    void evidenceShowsTheArithmetic()
    {
        const Model::Order o = order(u"EV-1"_s, u"EUR"_s,
                                     {line(u"A"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s),
                                           {tax(u"VAT"_s, u"0.10"_s, money(u"0.03"_s, u"EUR"_s))}),
                                      line(u"B"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s),
                                           {tax(u"VAT"_s, u"0.10"_s, money(u"0.03"_s, u"EUR"_s))})});
        const auto halfEven = MR::buildTaxDocument(o, rule(PerLine, RoundingMode::HalfEven));
        QVERIFY(halfEven.ok());
        const QList<MR::MoneyDifference> differences = MR::compareWithSource(o, *halfEven, u"Odoo"_s);
        QCOMPARE(differences.size(), qsizetype(3)); // two lines and the tax total
        const QString line = differences.at(0).evidence;
        for (const QString &part : {u"0.03 EUR"_s, u"per line, half-up"_s, u"10 % of 0.25 = 0.025"_s,
                                    u"Odoo"_s, u"per line, half-even: 0.02 EUR"_s})
            QVERIFY2(line.contains(part), qPrintable(line + u" lacks "_s + part));
        const QString total = differences.at(2).evidence;
        for (const QString &part : {u"0.06 EUR"_s, u"(0.03 + 0.03)"_s, u"0.04 EUR (0.02 + 0.02)"_s})
            QVERIFY2(total.contains(part), qPrintable(total + u" lacks "_s + part));
    }

    void perDocumentRoundsOnceAndLinesAddUp()
    {
        // Eleven lines of 0.33 at 7 %: exact 0.0231 each, 0.2541 in all. Per line half-even
        // that is 11 × 0.02 = 0.22; on the total 0.25, allocated so that the lines still add up.
        QList<Model::OrderLine> lines;
        for (int i = 0; i < 11; ++i)
            lines.append(line(u"L"_s + QString::number(i), u"1"_s, money(u"0.33"_s, u"USD"_s),
                              {tax(u"Tax"_s, u"0.07"_s)}));
        const Model::Order o = order(u"P-1"_s, u"USD"_s, lines);
        const auto perLine = MR::buildTaxDocument(o, rule(PerLine, RoundingMode::HalfEven));
        const auto perDocument = MR::buildTaxDocument(o, rule(PerDocument, RoundingMode::HalfEven));
        QVERIFY(perLine.ok() && perDocument.ok());
        QCOMPARE(perLine->taxTotal, money(u"0.22"_s, u"USD"_s));
        QCOMPARE(perDocument->taxTotal, money(u"0.25"_s, u"USD"_s));
        Money sum = Money::zero(cur(u"USD"_s));
        for (const MR::DocumentLine &l : perDocument->lines) {
            QVERIFY(l.tax == money(u"0.02"_s, u"USD"_s) || l.tax == money(u"0.03"_s, u"USD"_s));
            sum = *sum.plus(l.tax);
        }
        QCOMPARE(sum, perDocument->taxTotal);
        QCOMPARE(perDocument->taxSummary.size(), qsizetype(1));
        QCOMPARE(perDocument->taxSummary.first().tax, perDocument->taxTotal);
    }

    void taxInclusiveWithTwoTaxes()
    {
        // Quebec: GST 5 % and QST 9.975 % on one line, 10.00 including both. Divisor 1.14975:
        // GST 10 × 0.05 / 1.14975 = 0.43487… → 0.43, QST 10 × 0.09975 / 1.14975 = 0.86758… → 0.87.
        Model::Order o = order(u"Q-1"_s, u"CAD"_s,
                               {line(u"A"_s, u"1"_s, money(u"10.00"_s, u"CAD"_s),
                                     {tax(u"GST"_s, u"0.05"_s), tax(u"QST"_s, u"0.09975"_s)})});
        o.taxesIncluded = true;
        const auto document = MR::buildTaxDocument(o, rule(PerLine, RoundingMode::HalfUp));
        QVERIFY(document.ok());
        const MR::DocumentLine &l = document->lines.first();
        QCOMPARE(l.taxes.at(0).amount, money(u"0.43"_s, u"CAD"_s));
        QCOMPARE(l.taxes.at(1).amount, money(u"0.87"_s, u"CAD"_s));
        QCOMPARE(l.gross, money(u"10.00"_s, u"CAD"_s));
        QCOMPARE(l.net, money(u"8.70"_s, u"CAD"_s));
        QCOMPARE(document->total, money(u"10.00"_s, u"CAD"_s));
        QCOMPARE(document->taxSummary.size(), qsizetype(2));
    }

    void perDocumentWithDifferentDivisors()
    {
        // Two lines of 10.00 including tax: A carries GST 5 % and QST 9.975 % (divisor 1.14975),
        // B only GST (divisor 1.05). GST on the total: 0.5 / 1.14975 + 0.5 / 1.05 = 0.434877… +
        // 0.476190… = 0.911067… → 0.91; allocated 91 cents over the exact shares: A 43.44 → 43,
        // B 47.56 → 47, the last cent to B (larger remainder) → 0.43 and 0.48. QST: A alone,
        // 0.9975 / 1.14975 = 0.867579… → 0.87.
        Model::Order o =
            order(u"Q-2"_s, u"CAD"_s,
                  {line(u"A"_s, u"1"_s, money(u"10.00"_s, u"CAD"_s),
                        {tax(u"GST"_s, u"0.05"_s), tax(u"QST"_s, u"0.09975"_s)}),
                   line(u"B"_s, u"1"_s, money(u"10.00"_s, u"CAD"_s), {tax(u"GST"_s, u"0.05"_s)})});
        o.taxesIncluded = true;
        const auto document = MR::buildTaxDocument(o, rule(PerDocument, RoundingMode::HalfEven));
        QVERIFY(document.ok());
        QCOMPARE(document->lines.at(0).taxes.at(0).amount, money(u"0.43"_s, u"CAD"_s));
        QCOMPARE(document->lines.at(0).taxes.at(1).amount, money(u"0.87"_s, u"CAD"_s));
        QCOMPARE(document->lines.at(1).taxes.at(0).amount, money(u"0.48"_s, u"CAD"_s));
        QCOMPARE(document->lines.at(0).net, money(u"8.70"_s, u"CAD"_s));
        QCOMPARE(document->lines.at(1).net, money(u"9.52"_s, u"CAD"_s));
        QCOMPARE(document->taxTotal, money(u"1.78"_s, u"CAD"_s));
        QCOMPARE(document->total, money(u"20.00"_s, u"CAD"_s));
        QCOMPARE(document->taxSummary.size(), qsizetype(2));
        QCOMPARE(document->taxSummary.at(0).tax, money(u"0.91"_s, u"CAD"_s));
    }

    void buildErrorsNameWhatAndWhere_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("negative quantity")
            << 0 << QStringList{u"order #E-1"_s, u"lines[1].quantity"_s, u"-2"_s};
        QTest::newRow("another currency") << 1 << QStringList{u"lines[0].unit_price"_s, u"GBP"_s, u"EUR"_s};
        QTest::newRow("no currency") << 2 << QStringList{u"currency: missing"_s};
        QTest::newRow("discount above the line") << 3 << QStringList{u"lines[0].discount"_s, u"99.00 EUR"_s};
        QTest::newRow("negative rate") << 4 << QStringList{u"lines[1].tax_lines[0].rate"_s, u"-0.1"_s};
        QTest::newRow("order discount below the lines'")
            << 5 << QStringList{u"discount_total"_s, u"1.00 EUR"_s};
        QTest::newRow("order discount above the items")
            << 6 << QStringList{u"discount_total"_s, u"500.00 EUR"_s};
        QTest::newRow("shipping in another currency")
            << 7 << QStringList{u"shipping_lines[0].price"_s, u"USD"_s};
        QTest::newRow("missing unit price") << 8 << QStringList{u"lines[1].unit_price: missing"_s};
    }

    void buildErrorsNameWhatAndWhere()
    {
        QFETCH(int, mutation);
        QFETCH(QStringList, mentions);
        Model::Order o = order(u"E-1"_s, u"EUR"_s,
                               {line(u"A"_s, u"1"_s, money(u"10.00"_s, u"EUR"_s), {tax(u"VAT"_s, u"0.1"_s)}),
                                line(u"B"_s, u"2"_s, money(u"5.00"_s, u"EUR"_s), {tax(u"VAT"_s, u"0.1"_s)})});
        switch (mutation) {
        case 0:
            o.lines[1].quantity = dec(u"-2"_s);
            break;
        case 1:
            o.lines[0].unitPrice = money(u"10.00"_s, u"GBP"_s);
            break;
        case 2:
            o.currency = Currency();
            break;
        case 3:
            o.lines[0].discount = money(u"99.00"_s, u"EUR"_s);
            break;
        case 4:
            o.lines[1].taxLines[0].rate = dec(u"-0.1"_s);
            break;
        case 5:
            o.lines[0].discount = money(u"2.00"_s, u"EUR"_s);
            o.discountTotal = money(u"1.00"_s, u"EUR"_s);
            break;
        case 6:
            o.discountTotal = money(u"500.00"_s, u"EUR"_s);
            break;
        case 7: {
            Model::ShippingLine s;
            s.id = u"S"_s;
            s.price = money(u"3.00"_s, u"USD"_s);
            o.shippingLines = {s};
            break;
        }
        case 8:
            o.lines[1].unitPrice = Money();
            break;
        }
        const auto document = MR::buildTaxDocument(o, MR::TaxRule());
        QVERIFY(!document.ok());
        for (const QString &mention : mentions)
            QVERIFY2(document.error().contains(mention),
                     qPrintable(document.error() + u" lacks "_s + mention));
    }

    void passThroughKeepsTheStoresAmounts()
    {
        Model::Order o = order(u"PT-1"_s, u"EUR"_s,
                               {line(u"A"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s),
                                     {tax(u"VAT"_s, u"0.1"_s, money(u"0.02"_s, u"EUR"_s))})});
        const auto document = MR::passThroughDocument(o);
        QVERIFY(document.ok());
        QVERIFY(document->passThrough);
        QCOMPARE(document->taxTotal, money(u"0.02"_s, u"EUR"_s)); // never recomputed to 0.03
        o.lines[0].taxLines[0].amount = Money();
        const auto missing = MR::passThroughDocument(o);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"lines[0].tax_lines[0].amount: missing"_s),
                 qPrintable(missing.error()));
    }

    void compareNamesUnknownAndShipping()
    {
        // The store charged 1.00 tax on a 0.50 line at 10 %: no rounding rule explains that.
        Model::Order o = order(u"U-1"_s, u"EUR"_s,
                               {line(u"A"_s, u"1"_s, money(u"0.50"_s, u"EUR"_s),
                                     {tax(u"VAT"_s, u"0.1"_s, money(u"1.00"_s, u"EUR"_s))})});
        o.taxTotal = money(u"1.00"_s, u"EUR"_s);
        o.total = money(u"1.50"_s, u"EUR"_s);
        const auto built = MR::buildTaxDocument(o, rule(PerLine, RoundingMode::HalfEven));
        QVERIFY(built.ok());
        const QList<MR::MoneyDifference> differences = MR::compareWithSource(o, *built, u"Xero"_s);
        QCOMPARE(differences.size(), qsizetype(3)); // the line, the tax total and the total's tax part
        for (const MR::MoneyDifference &d : differences) {
            QCOMPARE(d.cause, MR::Cause::Unknown);
            QVERIFY2(d.evidence.contains(u"Xero"_s), qPrintable(d.evidence));
        }
        QCOMPARE(differences.at(1).difference, money(u"0.95"_s, u"EUR"_s));

        // A total that counts 4.90 shipping the order has no shipping line for.
        Model::Order s = order(u"S-1"_s, u"EUR"_s, {line(u"A"_s, u"1"_s, money(u"10.00"_s, u"EUR"_s), {})});
        s.shippingTotal = money(u"4.90"_s, u"EUR"_s);
        s.total = money(u"14.90"_s, u"EUR"_s);
        const auto shippingless = MR::buildTaxDocument(s, MR::TaxRule());
        QVERIFY(shippingless.ok());
        const QList<MR::MoneyDifference> shipping = MR::compareWithSource(s, *shippingless);
        QCOMPARE(shipping.size(), qsizetype(1));
        QCOMPARE(shipping.first().cause, MR::Cause::Shipping);
        QCOMPARE(shipping.first().field, u"total"_s);
        QCOMPARE(shipping.first().difference, money(u"4.90"_s, u"EUR"_s));
        QCOMPARE(MR::nameOf(MR::Cause::Shipping), u"shipping"_s);
        QCOMPARE(shipping.first().toJson().value(u"cause"_s).toString(), u"shipping"_s);
    }

    void taxRuleFromPolicies()
    {
        Mapping::Policies policies;
        policies.roundingScope = PerDocument;
        policies.roundingMode = Mapping::RoundingMode::HalfUp;
        const MR::TaxRule r = MR::TaxRule::fromPolicies(policies);
        QCOMPARE(r.scope, PerDocument);
        QCOMPARE(r.mode, RoundingMode::HalfUp);
        QCOMPARE(r.toJson().value(u"rounding_scope"_s).toString(), u"per_document"_s);
        QCOMPARE(r.toJson().value(u"rounding_mode"_s).toString(), u"half_up"_s);
    }

    // ---- 2. pass-through and a target that computes tax ------------------------------------------

    void xeroRoundsPerLineHalfUp()
    {
        const MR::TargetTaxBehaviour xero = MR::TargetTaxBehaviour::xero();
        QCOMPARE(xero.system, u"Xero"_s);
        QCOMPARE(xero.rule.scope, PerLine);
        QCOMPARE(xero.rule.mode, RoundingMode::HalfUp);
        QCOMPARE(MR::TargetTaxBehaviour::xero(PerDocument).rule.scope, PerDocument);
    }

    void planWithTheErpAsTaxAuthority()
    {
        // The ERP computes (per line half-even) what the store charged per line half-up.
        Model::Order o = order(u"ERP-1"_s, u"EUR"_s,
                               {line(u"A"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s),
                                     {tax(u"VAT"_s, u"0.1"_s, money(u"0.03"_s, u"EUR"_s))}),
                                line(u"B"_s, u"1"_s, money(u"0.25"_s, u"EUR"_s),
                                     {tax(u"VAT"_s, u"0.1"_s, money(u"0.03"_s, u"EUR"_s))})});
        Mapping::Policies policies;
        policies.taxAuthority = Mapping::TaxAuthority::Erp;
        const auto plan = MR::planTax(o, policies);
        QVERIFY(plan.ok());
        QCOMPARE(plan->authority, Mapping::TaxAuthority::Erp);
        QVERIFY(!plan->send.passThrough);
        QCOMPARE(plan->send.taxTotal, money(u"0.04"_s, u"EUR"_s));
        QVERIFY(!plan->targetResult);
        QCOMPARE(plan->differences.size(), qsizetype(3)); // two lines and the tax total (no total given)
        for (const MR::MoneyDifference &d : plan->differences)
            QCOMPARE(d.cause, MR::Cause::TaxRounding);

        // Store authority without a target that computes tax: the store's own amounts, clean.
        policies.taxAuthority = Mapping::TaxAuthority::Store;
        const auto passed = MR::planTax(o, policies);
        QVERIFY(passed.ok());
        QVERIFY(passed->send.passThrough);
        QCOMPARE(passed->send.taxTotal, money(u"0.06"_s, u"EUR"_s));
        QVERIFY(passed->differences.isEmpty());
    }

    // ---- 3. multi-currency ----------------------------------------------------------------------

    void toHomeCurrency_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("EUR to USD") << u"10.00 EUR"_s << u"USD"_s << u"1.0845"_s
                                    << int(RoundingMode::HalfEven)
                                    << u"10.84 USD"_s; // 10.845, a tie: to the even cent
        QTest::newRow("tie half-even") << u"1.25 EUR"_s << u"USD"_s << u"1.1"_s << int(RoundingMode::HalfEven)
                                       << u"1.38 USD"_s; // 1.375 → 1.38 (8 even)
        QTest::newRow("tie half-up") << u"1.15 EUR"_s << u"USD"_s << u"1.1"_s << int(RoundingMode::HalfUp)
                                     << u"1.27 USD"_s; // 1.265 → 1.27
        QTest::newRow("to JPY") << u"19.99 USD"_s << u"JPY"_s << u"151.37"_s << int(RoundingMode::HalfEven)
                                << u"3026 JPY"_s;
        QTest::newRow("JPY tie") << u"250 JPY"_s << u"USD"_s << u"0.0067"_s << int(RoundingMode::HalfEven)
                                 << u"1.68 USD"_s; // 1.675 → 1.68 (8 even)
        QTest::newRow("to KWD") << u"49.90 EUR"_s << u"KWD"_s << u"0.33247"_s << int(RoundingMode::HalfEven)
                                << u"16.590 KWD"_s;
        QTest::newRow("from KWD") << u"1.845 KWD"_s << u"USD"_s << u"3.2541"_s << int(RoundingMode::HalfUp)
                                  << u"6.00 USD"_s;
        QTest::newRow("same currency")
            << u"5.00 EUR"_s << u"EUR"_s << u"1"_s << int(RoundingMode::HalfEven) << u"5.00 EUR"_s;
    }

    void toHomeCurrency()
    {
        QFETCH(QString, amount);
        QFETCH(QString, home);
        QFETCH(QString, rate);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        const auto converted =
            MR::toHomeCurrency(*Money::fromString(amount), cur(home), dec(rate), RoundingMode(mode));
        QVERIFY2(converted.ok(), qPrintable(converted.ok() ? QString() : converted.error()));
        QCOMPARE(converted->toString(), expected);
    }

    void toHomeCurrencyErrors()
    {
        const Money ten = money(u"10.00"_s, u"EUR"_s);
        const auto zeroRate = MR::toHomeCurrency(ten, cur(u"USD"_s), dec(u"0"_s), RoundingMode::HalfEven);
        QVERIFY(!zeroRate.ok());
        QVERIFY2(zeroRate.error().contains(u"not positive"_s), qPrintable(zeroRate.error()));
        QVERIFY(!MR::toHomeCurrency(ten, cur(u"USD"_s), dec(u"-1.1"_s), RoundingMode::HalfEven).ok());
        const auto itself = MR::toHomeCurrency(ten, cur(u"EUR"_s), dec(u"1.1"_s), RoundingMode::HalfEven);
        QVERIFY(!itself.ok());
        QVERIFY2(itself.error().contains(u"EUR and itself"_s), qPrintable(itself.error()));
        const auto noHome = MR::toHomeCurrency(ten, Currency(), dec(u"1.1"_s), RoundingMode::HalfEven);
        QVERIFY(!noHome.ok());
        QVERIFY2(noHome.error().contains(u"no default currency"_s), qPrintable(noHome.error()));
        QVERIFY(!MR::toHomeCurrency(Money(), cur(u"USD"_s), dec(u"1.1"_s), RoundingMode::HalfEven).ok());
    }

    void noDefaultBaseCurrency()
    {
        Model::Order o = order(u"B-1"_s, u"USD"_s, {line(u"A"_s, u"1"_s, money(u"10.00"_s, u"USD"_s), {})});
        o.exchangeRate = dec(u"0.9"_s);
        const auto document = MR::buildTaxDocument(o, MR::TaxRule());
        QVERIFY(document.ok());
        const auto converted = MR::convertOrderDocument(o, *document, RoundingMode::HalfEven);
        QVERIFY(!converted.ok());
        QVERIFY2(converted.error().contains(u"base_currency: missing"_s), qPrintable(converted.error()));
        QVERIFY2(converted.error().contains(u"order #B-1"_s), qPrintable(converted.error()));
        o.baseCurrency = cur(u"EUR"_s);
        const auto ok = MR::convertOrderDocument(o, *document, RoundingMode::HalfEven);
        QVERIFY(ok.ok());
        QCOMPARE(ok->total, money(u"9.00"_s, u"EUR"_s));
        QVERIFY(ok->differences.isEmpty());
    }

    // ---- 4. refunds -------------------------------------------------------------------------------

    void refundErrorsNameWhatAndWhere_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("more than sold") << 0
                                        << QStringList{u"refund R-2 of order #E-9"_s, u"lines[0].quantity"_s,
                                                       u"4 of line L2 (SKU-L2) asked"_s, u"only 3 of 3"_s};
        QTest::newRow("more than is left") << 1 << QStringList{u"refund R-2"_s, u"only 1 of 3"_s};
        QTest::newRow("negative quantity")
            << 2 << QStringList{u"lines[0].quantity"_s, u"-1 is not a positive quantity"_s};
        QTest::newRow("not a line of the order")
            << 3 << QStringList{u"lines[0].order_line_id"_s, u"\"L9\""_s};
        QTest::newRow("another order's refund") << 4 << QStringList{u"refund R-2 belongs to order X-1"_s};
        QTest::newRow("credited twice") << 5 << QStringList{u"refund R-1"_s, u"already credited"_s};
        QTest::newRow("another currency") << 6 << QStringList{u"lines[0].subtotal"_s, u"USD"_s};
        QTest::newRow("more money than is left")
            << 7 << QStringList{u"lines[0].subtotal"_s, u"16.00 EUR"_s, u"15.00 EUR"_s};
        QTest::newRow("more shipping than is left")
            << 8 << QStringList{u"shipping"_s, u"4.01 EUR"_s, u"4.00 EUR"_s};
        QTest::newRow("an earlier refund is bad")
            << 9 << QStringList{u"refund R-1"_s, u"lines[0].quantity"_s};
        QTest::newRow("a line without tax refunds tax") << 10 << QStringList{u"lines[0].tax"_s, u"no tax"_s};
    }

    void refundErrorsNameWhatAndWhere()
    {
        QFETCH(int, mutation);
        QFETCH(QStringList, mentions);
        MR::TaxDocument document = refundDocument();
        QList<Model::Refund> earlier{refundOf(u"R-1"_s, u"L2"_s, u"2"_s)};
        Model::Refund refund = refundOf(u"R-2"_s, u"L2"_s, u"1"_s);
        switch (mutation) {
        case 0:
            earlier.clear();
            refund.lines[0].quantity = dec(u"4"_s);
            break;
        case 1:
            refund.lines[0].quantity = dec(u"2"_s);
            break;
        case 2:
            refund.lines[0].quantity = dec(u"-1"_s);
            break;
        case 3:
            refund.lines[0].orderLineId = u"L9"_s;
            break;
        case 4:
            refund.orderId = u"X-1"_s;
            break;
        case 5:
            refund.id = u"R-1"_s;
            break;
        case 6:
            refund.lines[0].subtotal = money(u"5.00"_s, u"USD"_s);
            break;
        case 7:
            earlier.clear();
            refund.lines[0].quantity = dec(u"3"_s);
            refund.lines[0].subtotal = money(u"16.00"_s, u"EUR"_s);
            break;
        case 8:
            refund.shipping = money(u"4.01"_s, u"EUR"_s);
            break;
        case 9:
            earlier[0].lines[0].quantity = dec(u"7"_s);
            break;
        case 10:
            document.lines[1].taxes.clear();
            refund.lines[0].tax = money(u"1.00"_s, u"EUR"_s);
            break;
        }
        const auto note = MR::creditNoteForRefund(document, invoiceRef(), earlier, refund);
        QVERIFY(!note.ok());
        for (const QString &mention : mentions)
            QVERIFY2(note.error().contains(mention), qPrintable(note.error() + u" lacks "_s + mention));
    }

    void creditNoteLinksTheInvoice()
    {
        const MR::TaxDocument document = refundDocument();
        Model::Refund refund = refundOf(u"R-1"_s, u"L1"_s, u"1"_s);
        refund.note = u"wrong size"_s;
        refund.shipping = money(u"2.00"_s, u"EUR"_s); // half the shipping: half its 0.80 tax
        const auto note = MR::creditNoteForRefund(document, invoiceRef(), {}, refund);
        QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error()));
        QCOMPARE(note->note.invoiceId, u"INV-9"_s);
        QCOMPARE(note->note.customerId, u"C-9"_s);
        QCOMPARE(note->note.orderId, u"E-9"_s);
        QCOMPARE(note->note.refundId, u"R-1"_s);
        QCOMPARE(note->note.reason, u"wrong size"_s);
        QCOMPARE(note->note.lines.size(), qsizetype(2));
        QCOMPARE(note->note.lines.at(0).orderLineId, u"L1"_s);
        QCOMPARE(note->note.lines.at(0).total, money(u"10.00"_s, u"EUR"_s));
        QCOMPARE(note->note.lines.at(0).taxLines.first().amount, money(u"2.00"_s, u"EUR"_s));
        QCOMPARE(note->note.lines.at(1).orderLineId, u"S1"_s);
        QCOMPARE(note->note.lines.at(1).total, money(u"2.00"_s, u"EUR"_s));
        QCOMPARE(note->note.lines.at(1).taxLines.first().amount, money(u"0.40"_s, u"EUR"_s));
        QCOMPARE(note->note.total, money(u"14.40"_s, u"EUR"_s));
        QVERIFY(note->differences.isEmpty()); // the refund states no total

        // The invoice of the same document: lines, subtotal, tax and total.
        const Model::Invoice invoice = document.toInvoice();
        QCOMPARE(invoice.lines.size(), qsizetype(4));
        QCOMPARE(invoice.subtotal, money(u"46.50"_s, u"EUR"_s));
        QCOMPARE(invoice.taxTotal, money(u"9.30"_s, u"EUR"_s));
        QCOMPARE(invoice.total, money(u"55.80"_s, u"EUR"_s));
    }

    void fullRefundCreditsOnlyTheRemainder()
    {
        const MR::TaxDocument document = refundDocument();
        const QList<Model::Refund> earlier{refundOf(u"R-1"_s, u"L2"_s, u"1"_s),
                                           refundOf(u"R-2"_s, u"L1"_s, u"2"_s)};
        Model::Refund full;
        full.id = u"R-3"_s;
        full.orderId = u"E-9"_s;
        const auto rest = MR::creditNoteForRemainder(document, invoiceRef(), earlier, full);
        QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error()));
        // Left: L2 2 units (10.00 + 2.00), L3 (7.50 + 1.50), shipping (4.00 + 0.80).
        QCOMPARE(rest->note.lines.size(), qsizetype(3));
        QCOMPARE(rest->note.lines.at(0).quantity, dec(u"2"_s));
        QCOMPARE(rest->note.total, money(u"25.80"_s, u"EUR"_s));

        QList<Model::Refund> all = earlier;
        all.append(full);
        Model::Refund again;
        again.id = u"R-4"_s;
        const auto nothing = MR::creditNoteForRemainder(document, invoiceRef(), all, again);
        QVERIFY(!nothing.ok());
        QVERIFY2(nothing.error().contains(u"fully credited"_s), qPrintable(nothing.error()));
    }

    void storeAmountsThatLeaveAResidueAreReported()
    {
        // The store credits all 3 units of L2 (15.00 + 3.00) as 14.90 + 2.98: 0.12 stays on the
        // invoice and is reported, not absorbed.
        const MR::TaxDocument document = refundDocument();
        Model::Refund refund = refundOf(u"R-1"_s, u"L2"_s, u"3"_s);
        refund.lines[0].subtotal = money(u"14.90"_s, u"EUR"_s);
        refund.lines[0].tax = money(u"2.98"_s, u"EUR"_s);
        refund.total = money(u"17.88"_s, u"EUR"_s);
        const auto note = MR::creditNoteForRefund(document, invoiceRef(), {}, refund);
        QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error()));
        QCOMPARE(note->note.total, money(u"17.88"_s, u"EUR"_s));
        QCOMPARE(note->differences.size(), qsizetype(2));
        QCOMPARE(note->differences.at(0).field, u"lines[0].subtotal"_s);
        QCOMPARE(note->differences.at(0).cause, MR::Cause::RefundNotCredited);
        QCOMPARE(note->differences.at(0).difference, money(u"-0.10"_s, u"EUR"_s));
        QCOMPARE(note->differences.at(1).field, u"lines[0].tax"_s);
        QCOMPARE(note->differences.at(1).cause, MR::Cause::RefundNotCredited);
        QCOMPARE(note->differences.at(1).difference, money(u"-0.02"_s, u"EUR"_s));
    }

    void refundTotalAboveTheCreditIsNotCredited()
    {
        const MR::TaxDocument document = refundDocument();
        Model::Refund refund = refundOf(u"R-1"_s, u"L3"_s, u"1"_s);
        refund.total = money(u"12.00"_s, u"EUR"_s); // 7.50 + 1.50 = 9.00 is credited
        const auto note = MR::creditNoteForRefund(document, invoiceRef(), {}, refund);
        QVERIFY(note.ok());
        QCOMPARE(note->differences.size(), qsizetype(1));
        QCOMPARE(note->differences.first().cause, MR::Cause::RefundNotCredited);
        QCOMPARE(note->differences.first().difference, money(u"3.00"_s, u"EUR"_s));
    }

    // ---- 5. marketplace split -------------------------------------------------------------------

    void splitErrors()
    {
        Model::Order o = order(u"V-1"_s, u"EUR"_s,
                               {line(u"A"_s, u"1"_s, money(u"10.00"_s, u"EUR"_s), {}, u"Alder"_s),
                                line(u"B"_s, u"1"_s, money(u"5.00"_s, u"EUR"_s), {})});
        const auto document = MR::buildTaxDocument(o, MR::TaxRule());
        QVERIFY(document.ok());
        const auto split = MR::splitByVendor(*document);
        QVERIFY(!split.ok());
        QVERIFY2(split.error().contains(u"lines[1].vendor: empty"_s), qPrintable(split.error()));

        // Shipping with nothing to share it by: every vendor's lines are free.
        Model::Order free =
            order(u"V-2"_s, u"EUR"_s, {line(u"A"_s, u"1"_s, money(u"0.00"_s, u"EUR"_s), {}, u"Alder"_s)});
        Model::ShippingLine s;
        s.id = u"S"_s;
        s.price = money(u"3.00"_s, u"EUR"_s);
        free.shippingLines = {s};
        const auto freeDocument = MR::buildTaxDocument(free, MR::TaxRule());
        QVERIFY(freeDocument.ok());
        const auto freeSplit = MR::splitByVendor(*freeDocument);
        QVERIFY(!freeSplit.ok());
        QVERIFY2(freeSplit.error().contains(u"shipping 3.00 EUR cannot be shared"_s),
                 qPrintable(freeSplit.error()));
    }

    void splitAddsUpWhateverTheShape()
    {
        // Orders of 1–5 vendors, awkward amounts, an order discount and shipping with tax, under
        // every rule: the vendor documents always add up to the order's to the minor unit.
        const QStringList vendors{u"V1"_s, u"V2"_s, u"V3"_s, u"V4"_s, u"V5"_s};
        const QStringList prices{u"3.33"_s, u"0.01"_s, u"19.99"_s, u"0.07"_s, u"101.10"_s, u"7.77"_s};
        int checked = 0;
        for (int n = 1; n <= 5; ++n) {
            for (int shape = 0; shape < 6; ++shape) {
                QList<Model::OrderLine> lines;
                for (int i = 0; i < n + shape % 3; ++i) {
                    lines.append(line(u"L"_s + QString::number(i), QString::number(1 + (i + shape) % 4),
                                      money(prices.at((i * 7 + shape) % prices.size()), u"EUR"_s),
                                      {tax(u"VAT"_s, shape % 2 ? u"0.19"_s : u"0.07"_s)}, vendors.at(i % n)));
                }
                Model::Order o = order(u"SH-"_s + QString::number(n * 10 + shape), u"EUR"_s, lines);
                o.taxesIncluded = shape % 3 == 0;
                o.discountTotal = money(u"0.05"_s, u"EUR"_s);
                Model::ShippingLine s;
                s.id = u"S"_s;
                s.price = money(u"4.99"_s, u"EUR"_s);
                s.taxLines = {tax(u"VAT"_s, u"0.19"_s)};
                o.shippingLines = {s};
                for (const auto scope : {PerLine, PerDocument}) {
                    for (const auto mode : {RoundingMode::HalfEven, RoundingMode::HalfUp}) {
                        const auto document = MR::buildTaxDocument(o, rule(scope, mode));
                        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error()));
                        const auto parts = MR::splitByVendor(*document);
                        QVERIFY2(parts.ok(), qPrintable(parts.ok() ? QString() : parts.error()));
                        QCOMPARE(parts->size(), std::min<qsizetype>(n, lines.size()));
                        Money total = Money::zero(cur(u"EUR"_s));
                        Money discount = Money::zero(cur(u"EUR"_s));
                        for (const MR::TaxDocument &part : *parts) {
                            QCOMPARE(*part.net.plus(part.taxTotal), part.total);
                            total = *total.plus(part.total);
                            discount = *discount.plus(part.discountTotal);
                        }
                        QCOMPARE(total, document->total);
                        QCOMPARE(discount, money(u"0.05"_s, u"EUR"_s));
                        ++checked;
                    }
                }
            }
        }
        QCOMPARE(checked, 120);
    }

    // ---- 6. settlement ----------------------------------------------------------------------------

    void settleErrors_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("payment in another currency")
            << 0 << QStringList{u"payout PO-1"_s, u"payments[1].amount"_s, u"EUR"_s, u"USD"_s};
        QTest::newRow("pending payment") << 1 << QStringList{u"payments[0].status"_s, u"pending"_s};
        QTest::newRow("same payment twice") << 2 << QStringList{u"payments[1]"_s, u"P1"_s, u"twice"_s};
        QTest::newRow("no deposit") << 3 << QStringList{u"deposit: missing"_s};
        QTest::newRow("negative payment") << 4 << QStringList{u"payments[0].amount"_s, u"not positive"_s};
        QTest::newRow("refund without total") << 5 << QStringList{u"refunds[0].total: missing"_s};
        QTest::newRow("fee in another currency") << 6 << QStringList{u"fees[0].amount"_s, u"GBP"_s};
        QTest::newRow("an authorization") << 7 << QStringList{u"payments[0].kind"_s, u"authorization"_s};
    }

    void settleErrors()
    {
        QFETCH(int, mutation);
        QFETCH(QStringList, mentions);
        Model::Payment p1;
        p1.id = u"P1"_s;
        p1.amount = money(u"10.00"_s, u"USD"_s);
        p1.status = u"success"_s;
        Model::Payment p2 = p1;
        p2.id = u"P2"_s;
        QList<Model::Payment> payments{p1, p2};
        Model::Refund refund;
        refund.id = u"RF"_s;
        refund.total = money(u"1.00"_s, u"USD"_s);
        QList<Model::Refund> refunds{refund};
        QList<MR::GatewayFee> fees{MR::GatewayFee{u"P1"_s, u"fee"_s, money(u"0.59"_s, u"USD"_s)}};
        Money deposit = money(u"18.41"_s, u"USD"_s);
        switch (mutation) {
        case 0:
            payments[1].amount = money(u"10.00"_s, u"EUR"_s);
            break;
        case 1:
            payments[0].status = u"pending"_s;
            break;
        case 2:
            payments[1].id = u"P1"_s;
            break;
        case 3:
            deposit = Money();
            break;
        case 4:
            payments[0].amount = money(u"-10.00"_s, u"USD"_s);
            break;
        case 5:
            refunds[0].total = Money();
            break;
        case 6:
            fees[0].amount = money(u"0.59"_s, u"GBP"_s);
            break;
        case 7:
            payments[0].kind = u"authorization"_s;
            break;
        }
        const auto payout = MR::settle(u"PO-1"_s, payments, refunds, fees, deposit);
        QVERIFY(!payout.ok());
        for (const QString &mention : mentions)
            QVERIFY2(payout.error().contains(mention), qPrintable(payout.error() + u" lacks "_s + mention));
    }

    void settleMatchesTheDeposit()
    {
        Model::Payment p;
        p.id = u"P1"_s;
        p.amount = money(u"10.00"_s, u"USD"_s);
        const QList<MR::GatewayFee> fees{MR::GatewayFee{u"P1"_s, u"fee"_s, money(u"0.59"_s, u"USD"_s)}};
        const auto payout = MR::settle(u"PO-1"_s, {p}, {}, fees, money(u"9.41"_s, u"USD"_s));
        QVERIFY(payout.ok());
        QVERIFY(payout->matchesDeposit());
        QCOMPARE(payout->fees, money(u"0.59"_s, u"USD"_s));
        const auto off = MR::settle(u"PO-1"_s, {p}, {}, fees, money(u"9.40"_s, u"USD"_s));
        QVERIFY(off.ok());
        QVERIFY(!off->matchesDeposit());
        QCOMPARE(off->differences.first().cause, MR::Cause::Unknown);
        QCOMPARE(off->differences.first().difference, money(u"-0.01"_s, u"USD"_s));
    }

    void percentageFee()
    {
        const auto fee = MR::percentageFee(money(u"59.90"_s, u"USD"_s), dec(u"0.029"_s),
                                           money(u"0.30"_s, u"USD"_s), RoundingMode::HalfUp);
        QVERIFY(fee.ok());
        QCOMPARE(*fee, money(u"2.04"_s, u"USD"_s));
        const auto yen =
            MR::percentageFee(money(u"1250"_s, u"JPY"_s), dec(u"0.036"_s), Money(), RoundingMode::HalfEven);
        QVERIFY(yen.ok());
        QCOMPARE(*yen, money(u"45"_s, u"JPY"_s)); // 45.0
        QVERIFY(!MR::percentageFee(money(u"1.00"_s, u"USD"_s), dec(u"-0.01"_s), Money(), RoundingMode::HalfUp)
                     .ok());
        const auto mixed = MR::percentageFee(money(u"1.00"_s, u"USD"_s), dec(u"0.01"_s),
                                             money(u"0.30"_s, u"EUR"_s), RoundingMode::HalfUp);
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().contains(u"EUR"_s), qPrintable(mixed.error()));
    }
};

QTEST_GUILESS_MAIN(TestMoneyRules)
#include "tst_moneyrules.moc"
