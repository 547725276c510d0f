// Unit tests for LedgerLink::Model::Currency: the ISO 4217 table and look-ups.

#include "model/currency.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using LedgerLink::Model::Currency;

class TestCurrency : public QObject
{
    Q_OBJECT

private slots:
    void minorUnits_data();
    void minorUnits();
    void caseInsensitive();
    void unknown_data();
    void unknown();
    void invalidDefault();
    void numericLookup();
    void tableIsConsistent();
    void equality();
};

void TestCurrency::minorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("numeric");
    QTest::addColumn<int>("minor");

    QTest::newRow("JPY") << u"JPY"_s << 392 << 0;
    QTest::newRow("USD") << u"USD"_s << 840 << 2;
    QTest::newRow("EUR") << u"EUR"_s << 978 << 2;
    QTest::newRow("GBP") << u"GBP"_s << 826 << 2;
    QTest::newRow("CHF") << u"CHF"_s << 756 << 2;
    QTest::newRow("KWD") << u"KWD"_s << 414 << 3;
    QTest::newRow("BHD") << u"BHD"_s << 48 << 3;
    QTest::newRow("TND") << u"TND"_s << 788 << 3;
    QTest::newRow("OMR") << u"OMR"_s << 512 << 3;
    QTest::newRow("JOD") << u"JOD"_s << 400 << 3;
    QTest::newRow("IQD") << u"IQD"_s << 368 << 3;
    QTest::newRow("LYD") << u"LYD"_s << 434 << 3;
    QTest::newRow("CLF") << u"CLF"_s << 990 << 4;
    QTest::newRow("UYW") << u"UYW"_s << 927 << 4;
    QTest::newRow("ISK") << u"ISK"_s << 352 << 0;
    QTest::newRow("KRW") << u"KRW"_s << 410 << 0;
    QTest::newRow("VND") << u"VND"_s << 704 << 0;
    QTest::newRow("XAF") << u"XAF"_s << 950 << 0;
    QTest::newRow("XOF") << u"XOF"_s << 952 << 0;
    QTest::newRow("XPF") << u"XPF"_s << 953 << 0;
    QTest::newRow("CLP") << u"CLP"_s << 152 << 0;
    QTest::newRow("UGX") << u"UGX"_s << 800 << 0;
    QTest::newRow("PYG") << u"PYG"_s << 600 << 0;
    QTest::newRow("UYI") << u"UYI"_s << 940 << 0;
    QTest::newRow("HUF") << u"HUF"_s << 348 << 2;
    QTest::newRow("ALL leading zeros") << u"ALL"_s << 8 << 2;
    QTest::newRow("ZWG") << u"ZWG"_s << 924 << 2;
    QTest::newRow("XCG") << u"XCG"_s << 532 << 2;
    QTest::newRow("SLE") << u"SLE"_s << 925 << 2;
    QTest::newRow("VED") << u"VED"_s << 926 << 2;
    QTest::newRow("MRU") << u"MRU"_s << 929 << 2;
}

void TestCurrency::minorUnits()
{
    QFETCH(QString, code);
    QFETCH(int, numeric);
    QFETCH(int, minor);
    const std::optional<Currency> c = Currency::fromCode(code);
    QVERIFY(c.has_value());
    QVERIFY(c->isValid());
    QCOMPARE(c->code(), code);
    QCOMPARE(c->numericCode(), numeric);
    QCOMPARE(c->minorUnits(), minor);
}

void TestCurrency::caseInsensitive()
{
    QCOMPARE(Currency::fromCode(u"eur")->code(), u"EUR"_s);
    QCOMPARE(Currency::fromCode(u"Jpy")->code(), u"JPY"_s);
    QVERIFY(*Currency::fromCode(u"kwd") == *Currency::fromCode(u"KWD"));
}

void TestCurrency::unknown_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"ABC"_s;
    QTest::newRow("too long") << u"EURO"_s;
    QTest::newRow("too short") << u"EU"_s;
    QTest::newRow("space") << u" EUR"_s;
    QTest::newRow("digits") << u"978"_s;
    QTest::newRow("withdrawn HRK") << u"HRK"_s;
    QTest::newRow("withdrawn CUC") << u"CUC"_s;
    QTest::newRow("gold has no minor unit") << u"XAU"_s;
    QTest::newRow("no currency") << u"XXX"_s;
    QTest::newRow("non-ASCII") << u"\u00c9UR"_s;
}

void TestCurrency::unknown()
{
    QFETCH(QString, code);
    QVERIFY(!Currency::fromCode(code).has_value());
}

void TestCurrency::invalidDefault()
{
    const Currency c;
    QVERIFY(!c.isValid());
    QCOMPARE(c.code(), QString());
    QCOMPARE(c.minorUnits(), 0);
    QCOMPARE(c.numericCode(), 0);
}

void TestCurrency::numericLookup()
{
    QCOMPARE(Currency::fromNumericCode(978)->code(), u"EUR"_s);
    QCOMPARE(Currency::fromNumericCode(392)->code(), u"JPY"_s);
    QCOMPARE(Currency::fromNumericCode(8)->code(), u"ALL"_s);
    QVERIFY(!Currency::fromNumericCode(0).has_value());
    QVERIFY(!Currency::fromNumericCode(999).has_value());
}

void TestCurrency::tableIsConsistent()
{
    const QList<Currency> all = Currency::all();
    QCOMPARE(all.size(), 165);
    QSet<QString> codes;
    QSet<int> numerics;
    for (const Currency &c : all) {
        QCOMPARE(c.code().size(), 3);
        QVERIFY2(!codes.contains(c.code()), qPrintable(c.code()));
        QVERIFY2(!numerics.contains(c.numericCode()), qPrintable(c.code()));
        codes.insert(c.code());
        numerics.insert(c.numericCode());
        QVERIFY(c.numericCode() > 0 && c.numericCode() < 1000);
        QVERIFY(c.minorUnits() >= 0 && c.minorUnits() <= 4);
        QCOMPARE(Currency::fromCode(c.code()), std::optional<Currency>(c));
        QCOMPARE(Currency::fromNumericCode(c.numericCode()), std::optional<Currency>(c));
    }
    // Spot-check the distribution of minor units against ISO 4217: 17 currencies with 0,
    // 7 with 3 and 2 with 4 decimals; everything else has 2.
    int zero = 0, three = 0, four = 0;
    for (const Currency &c : all) {
        zero += c.minorUnits() == 0;
        three += c.minorUnits() == 3;
        four += c.minorUnits() == 4;
    }
    QCOMPARE(zero, 17);
    QCOMPARE(three, 7);
    QCOMPARE(four, 2);
}

void TestCurrency::equality()
{
    QVERIFY(*Currency::fromCode(u"EUR") == *Currency::fromCode(u"EUR"));
    QVERIFY(*Currency::fromCode(u"EUR") != *Currency::fromCode(u"USD"));
    QVERIFY(Currency() != *Currency::fromCode(u"USD"));
    QCOMPARE(qHash(*Currency::fromCode(u"EUR"), 1), qHash(*Currency::fromCode(u"eur"), 1));
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
