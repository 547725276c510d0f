// $formatNumber / $formatInteger / $parseInteger: hand-written edge cases called directly.
// The official suite's cases of these groups (function-formatNumber, -formatInteger,
// -parseInteger) run through the real engine in the jsonata_conformance test, whose baseline
// requires every one of them to pass.

#include "expr/numberformat.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtTest/QTest>

#include <cmath>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Expr;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatNumberEdges_data();
    void formatNumberEdges();
    void formatIntegerEdges_data();
    void formatIntegerEdges();
    void parseIntegerEdges();
    void errorsCarryMessages();
};

void TestNumberFormat::formatNumberEdges_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QString>("expected");
    // rounding is half-to-even on the shortest decimal form of the number
    QTest::newRow("half-even down") << 0.125 << u"0.00"_s << u"0.12"_s;
    QTest::newRow("half-even up") << 0.135 << u"0.00"_s << u"0.14"_s;
    QTest::newRow("2.5 to even") << 2.5 << u"0"_s << u"2"_s;
    QTest::newRow("3.5 to even") << 3.5 << u"0"_s << u"4"_s;
    QTest::newRow("1.005 is exact in decimal") << 1.005 << u"0.00"_s << u"1.00"_s;
    QTest::newRow("negative default minus") << -1234.5 << u"#,##0.00"_s << u"-1,234.50"_s;
    QTest::newRow("negative sub-picture") << -3.0 << u"0;(0)"_s << u"(3)"_s;
    QTest::newRow("zero") << 0.0 << u"#,##0.00"_s << u"0.00"_s;
    QTest::newRow("large grouped") << 9007199254740991.0 << u"#,##0"_s << u"9,007,199,254,740,991"_s;
    QTest::newRow("percent") << 0.256 << u"#0.0%"_s << u"25.6%"_s;
    QTest::newRow("small exponent") << 0.000123 << u"0.00e0"_s << u"1.23e-4"_s;
    QTest::newRow("optional digits only") << 0.5 << u"#"_s << u"0"_s;
    QTest::newRow("prefix and suffix") << 12.0 << u"$#,##0.00 USD"_s << u"$12.00 USD"_s;
}

void TestNumberFormat::formatNumberEdges()
{
    QFETCH(double, value);
    QFETCH(QString, picture);
    QFETCH(QString, expected);
    FormatError error;
    const auto result = formatNumber(value, picture, {}, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestNumberFormat::formatIntegerEdges_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words 123") << 123.0 << u"w"_s << u"one hundred and twenty-three"_s;
    QTest::newRow("ordinal 21st") << 21.0 << u"0;o"_s << u"21st"_s;
    QTest::newRow("ordinal 11th") << 11.0 << u"0;o"_s << u"11th"_s;
    QTest::newRow("ordinal 112th") << 112.0 << u"0;o"_s << u"112th"_s;
    QTest::newRow("ordinal 102nd") << 102.0 << u"0;o"_s << u"102nd"_s;
    QTest::newRow("ordinal words") << 21.0 << u"w;o"_s << u"twenty-first"_s;
    QTest::newRow("roman 3999") << 3999.0 << u"I"_s << u"MMMCMXCIX"_s;
    QTest::newRow("roman 4") << 4.0 << u"i"_s << u"iv"_s;
    QTest::newRow("negative roman") << -14.0 << u"I"_s << u"-XIV"_s;
    QTest::newRow("zero words") << 0.0 << u"w"_s << u"zero"_s;
    QTest::newRow("negative words") << -5.0 << u"Ww"_s << u"-Five"_s;
    QTest::newRow("floored") << -2.5 << u"0"_s << u"-3"_s;
    QTest::newRow("letters 702") << 702.0 << u"A"_s << u"ZZ"_s;
    QTest::newRow("letters 703") << 703.0 << u"a"_s << u"aaa"_s;
    QTest::newRow("devanagari grouped")
        << 1234567.0 << u"#,##\u0966"_s << u"\u0967,\u0968\u0969\u096a,\u096b\u096c\u096d"_s;
    QTest::newRow("beyond 1e21") << 1e21 << u"0"_s << u"1e+21"_s;
}

void TestNumberFormat::formatIntegerEdges()
{
    QFETCH(double, value);
    QFETCH(QString, picture);
    QFETCH(QString, expected);
    FormatError error;
    const auto result = formatInteger(value, picture, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestNumberFormat::parseIntegerEdges()
{
    FormatError error;
    QCOMPARE(parseInteger(u"one hundred and twenty-three"_s, u"w"_s, &error), 123.0);
    QCOMPARE(parseInteger(u"MMMCMXCIX"_s, u"I"_s, &error), 3999.0);
    QCOMPARE(parseInteger(u"21st"_s, u"0;o"_s, &error), 21.0);
    QCOMPARE(parseInteger(u"zz"_s, u"a"_s, &error), 702.0);
    // like jsonata-js, text the picture cannot read gives NaN rather than an error
    const auto nan = parseInteger(u"abc"_s, u"0"_s, &error);
    QVERIFY(nan.has_value());
    QVERIFY(std::isnan(*nan));
    QVERIFY(!parseInteger(u"x"_s, u"#"_s, &error));
    QCOMPARE(error.code, u"D3130"_s);
}

void TestNumberFormat::errorsCarryMessages()
{
    FormatError error;
    QVERIFY(!formatNumber(1, u"#.0.0"_s, {}, &error));
    QCOMPARE(error.code, u"D3081"_s);
    QVERIFY(!error.message.isEmpty());
    error = {};
    QVERIFY(!formatInteger(1, u"#0\u0660"_s, &error));
    QCOMPARE(error.code, u"D3131"_s);
    QVERIFY(!error.message.isEmpty());
    // a null error pointer is allowed
    QVERIFY(!formatNumber(1, u"#;#;#"_s, {}, nullptr));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
