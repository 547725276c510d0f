// Unit tests for LedgerLink::Model::Decimal: parsing, printing, arithmetic, rounding, division,
// comparison, hashing and JSON numbers.

#include "model/decimal.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QVariant>
#include <QtTest/QTest>

#include "modeltest.h"

#include <limits>

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;
using LedgerLink::Model::RoundingMode;
using ModelTest::dec;

Q_DECLARE_METATYPE(LedgerLink::Model::RoundingMode)

namespace {

// The first element of a one-element JSON array parsed from `json` (so that numbers go through
// Qt's JSON parser exactly as a vendor payload would).
QJsonValue jsonNumber(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", json.constData());
    return doc.array().at(0);
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsZero();
    void fromInteger();
    void fromUnscaled();
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void hugeValues();
    void arithmetic();
    void compoundAssignment();
    void rounding_data();
    void rounding();
    void roundingNegativePlaces();
    void withScale();
    void normalized();
    void divide_data();
    void divide();
    void divideByZero();
    void comparison();
    void hashing();
    void toInt64();
    void jsonNumbers_data();
    void jsonNumbers();
    void jsonRejects();
    void toJsonIsString();
    void fromDouble();
    void variant();
};

void TestDecimal::defaultIsZero()
{
    const Decimal d;
    QVERIFY(d.isZero());
    QCOMPARE(d.signum(), 0);
    QCOMPARE(d.scale(), 0);
    QCOMPARE(d.toString(), u"0"_s);
    QCOMPARE(d, Decimal(0));
}

void TestDecimal::fromInteger()
{
    QCOMPARE(Decimal(42).toString(), u"42"_s);
    QCOMPARE(Decimal(-7).toString(), u"-7"_s);
    QCOMPARE(Decimal(std::numeric_limits<qint64>::min()).toString(), u"-9223372036854775808"_s);
    QCOMPARE(Decimal(std::numeric_limits<qint64>::max()).toString(), u"9223372036854775807"_s);
    QCOMPARE(Decimal(-7).signum(), -1);
    QCOMPARE(Decimal(7).signum(), 1);
}

void TestDecimal::fromUnscaled()
{
    QCOMPARE(Decimal::fromUnscaled(1999, 2)->toString(), u"19.99"_s);
    QCOMPARE(Decimal::fromUnscaled(-5, 3)->toString(), u"-0.005"_s);
    QCOMPARE(Decimal::fromUnscaled(0, 2)->toString(), u"0.00"_s);
    QVERIFY(!Decimal::fromUnscaled(1, -1));
}

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("scale");

    QTest::newRow("trailing zero kept") << u"12.340"_s << u"12.340"_s << 3;
    QTest::newRow("negative fraction") << u"-0.5"_s << u"-0.5"_s << 1;
    QTest::newRow("plus sign") << u"+3"_s << u"3"_s << 0;
    QTest::newRow("integer") << u"1001"_s << u"1001"_s << 0;
    QTest::newRow("leading zeros") << u"007.50"_s << u"7.50"_s << 2;
    QTest::newRow("small exponent") << u"1e-3"_s << u"0.001"_s << 3;
    QTest::newRow("upper exponent") << u"1.5E+2"_s << u"150"_s << 0;
    QTest::newRow("exponent keeps decimals") << u"1.2345e2"_s << u"123.45"_s << 2;
    QTest::newRow("exponent zero") << u"2.50e0"_s << u"2.50"_s << 2;
    QTest::newRow("1e21") << u"1e21"_s << u"1000000000000000000000"_s << 0;
    QTest::newRow("negative zero") << u"-0"_s << u"0"_s << 0;
    QTest::newRow("negative zero scaled") << u"-0.00"_s << u"0.00"_s << 2;
    QTest::newRow("zero point zero") << u"0.0"_s << u"0.0"_s << 1;
    QTest::newRow("tiny") << u"-0.000000000000000000000000000001"_s << u"-0.000000000000000000000000000001"_s
                          << 30;
    QTest::newRow("big id") << u"820982911946154508"_s << u"820982911946154508"_s << 0;
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, scale);
    const std::optional<Decimal> d = Decimal::fromString(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), expected);
    QCOMPARE(d->scale(), scale);
}

void TestDecimal::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("comma") << u"1,5"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
    QTest::newRow("NaN") << u"NaN"_s;
    QTest::newRow("inf") << u"inf"_s;
    QTest::newRow("-Infinity") << u"-Infinity"_s;
    QTest::newRow("sign only") << u"-"_s;
    QTest::newRow("leading point") << u".5"_s;
    QTest::newRow("trailing point") << u"5."_s;
    QTest::newRow("leading space") << u" 1"_s;
    QTest::newRow("trailing space") << u"1 "_s;
    QTest::newRow("double sign") << u"--1"_s;
    QTest::newRow("empty exponent") << u"1e"_s;
    QTest::newRow("exponent sign only") << u"1e+"_s;
    QTest::newRow("fraction exponent") << u"1e1.5"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("currency") << u"19.99 EUR"_s;
    QTest::newRow("arabic digits") << u"\u0661\u0662"_s;
    QTest::newRow("exponent too large") << u"1e10001"_s;
    QTest::newRow("exponent absurd") << u"1e999999999999"_s;
}

void TestDecimal::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::fromString(text).has_value());
}

void TestDecimal::hugeValues()
{
    const Decimal big = dec(u"123456789012345678901234567890.123456789");
    QCOMPARE((big * big).toString(),
             u"15241578753238836750495351562566681945005334557625361987875.019051998750190521"_s);
    QCOMPARE((big * big).scale(), 18);
    QCOMPARE((big - big).toString(), u"0.000000000"_s);
}

void TestDecimal::arithmetic()
{
    QCOMPARE((dec(u"0.1") + dec(u"0.2")).toString(), u"0.3"_s);
    QCOMPARE((dec(u"19.99") + dec(u"0.010")).toString(), u"20.000"_s);
    QCOMPARE((dec(u"1") - dec(u"1.50")).toString(), u"-0.50"_s);
    QCOMPARE((dec(u"1.50") - dec(u"1.5")).toString(), u"0.00"_s);
    QCOMPARE((dec(u"19.99") * dec(u"3")).toString(), u"59.97"_s);
    QCOMPARE((dec(u"19.99") * dec(u"0.19")).toString(), u"3.7981"_s);
    QCOMPARE((dec(u"-2.5") * dec(u"-2.5")).toString(), u"6.25"_s);
    QCOMPARE((dec(u"-2.5") * dec(u"0")).toString(), u"0.0"_s);
    QCOMPARE((-dec(u"2.50")).toString(), u"-2.50"_s);
    QCOMPARE((-dec(u"0.00")).toString(), u"0.00"_s);
    QCOMPARE(dec(u"-3.10").abs().toString(), u"3.10"_s);
    QCOMPARE(dec(u"3.10").abs().toString(), u"3.10"_s);
    QVERIFY(dec(u"0.000").isZero());
    QVERIFY(!dec(u"0.001").isZero());
    QCOMPARE(dec(u"-0.001").signum(), -1);
    QVERIFY(dec(u"2.00").isIntegral());
    QVERIFY(!dec(u"2.01").isIntegral());
}

void TestDecimal::compoundAssignment()
{
    Decimal d = dec(u"10.00");
    d += dec(u"0.005");
    QCOMPARE(d.toString(), u"10.005"_s);
    d -= Decimal(11);
    QCOMPARE(d.toString(), u"-0.995"_s);
    d *= dec(u"-2");
    QCOMPARE(d.toString(), u"1.990"_s);
}

void TestDecimal::rounding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("halfEven");
    QTest::addColumn<QString>("halfUp");
    QTest::addColumn<QString>("halfDown");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QString>("up");

    // value, places, HalfEven, HalfUp, HalfDown, Down, Up
    QTest::newRow("half, even below")
        << u"0.125"_s << 2 << u"0.12"_s << u"0.13"_s << u"0.12"_s << u"0.12"_s << u"0.13"_s;
    QTest::newRow("half, odd below") << u"0.135"_s << 2 << u"0.14"_s << u"0.14"_s << u"0.13"_s << u"0.13"_s
                                     << u"0.14"_s;
    QTest::newRow("neg half, even") << u"-0.125"_s << 2 << u"-0.12"_s << u"-0.13"_s << u"-0.12"_s
                                    << u"-0.12"_s << u"-0.13"_s;
    QTest::newRow("neg half, odd") << u"-0.135"_s << 2 << u"-0.14"_s << u"-0.14"_s << u"-0.13"_s << u"-0.13"_s
                                   << u"-0.14"_s;
    QTest::newRow("below half") << u"1.2349"_s << 2 << u"1.23"_s << u"1.23"_s << u"1.23"_s << u"1.23"_s
                                << u"1.24"_s;
    QTest::newRow("above half") << u"1.2351"_s << 2 << u"1.24"_s << u"1.24"_s << u"1.24"_s << u"1.23"_s
                                << u"1.24"_s;
    QTest::newRow("neg below half") << u"-1.2349"_s << 2 << u"-1.23"_s << u"-1.23"_s << u"-1.23"_s
                                    << u"-1.23"_s << u"-1.24"_s;
    QTest::newRow("neg above half") << u"-1.2351"_s << 2 << u"-1.24"_s << u"-1.24"_s << u"-1.24"_s
                                    << u"-1.23"_s << u"-1.24"_s;
    QTest::newRow("half after more digits")
        << u"0.12500"_s << 2 << u"0.12"_s << u"0.13"_s << u"0.12"_s << u"0.12"_s << u"0.13"_s;
    QTest::newRow("just over half") << u"0.125001"_s << 2 << u"0.13"_s << u"0.13"_s << u"0.13"_s << u"0.12"_s
                                    << u"0.13"_s;
    QTest::newRow("already at scale")
        << u"19.99"_s << 2 << u"19.99"_s << u"19.99"_s << u"19.99"_s << u"19.99"_s << u"19.99"_s;
    QTest::newRow("pads to places") << u"19.9"_s << 3 << u"19.900"_s << u"19.900"_s << u"19.900"_s
                                    << u"19.900"_s << u"19.900"_s;
    QTest::newRow("carry") << u"9.995"_s << 2 << u"10.00"_s << u"10.00"_s << u"9.99"_s << u"9.99"_s
                           << u"10.00"_s;
    QTest::newRow("neg carry") << u"-9.995"_s << 2 << u"-10.00"_s << u"-10.00"_s << u"-9.99"_s << u"-9.99"_s
                               << u"-10.00"_s;
    QTest::newRow("carry 99.9999") << u"99.9999"_s << 2 << u"100.00"_s << u"100.00"_s << u"100.00"_s
                                   << u"99.99"_s << u"100.00"_s;
    QTest::newRow("places 0 half even") << u"2.5"_s << 0 << u"2"_s << u"3"_s << u"2"_s << u"2"_s << u"3"_s;
    QTest::newRow("places 0 half odd") << u"3.5"_s << 0 << u"4"_s << u"4"_s << u"3"_s << u"3"_s << u"4"_s;
    QTest::newRow("places 0 neg half")
        << u"-2.5"_s << 0 << u"-2"_s << u"-3"_s << u"-2"_s << u"-2"_s << u"-3"_s;
    QTest::newRow("places 0 small") << u"0.4"_s << 0 << u"0"_s << u"0"_s << u"0"_s << u"0"_s << u"1"_s;
    QTest::newRow("to zero keeps no sign")
        << u"-0.004"_s << 2 << u"0.00"_s << u"0.00"_s << u"0.00"_s << u"0.00"_s << u"-0.01"_s;
    QTest::newRow("half to zero") << u"0.5"_s << 0 << u"0"_s << u"1"_s << u"0"_s << u"0"_s << u"1"_s;
    QTest::newRow("zero") << u"0.000"_s << 1 << u"0.0"_s << u"0.0"_s << u"0.0"_s << u"0.0"_s << u"0.0"_s;
    QTest::newRow("KWD three places")
        << u"1.23450"_s << 3 << u"1.234"_s << u"1.235"_s << u"1.234"_s << u"1.234"_s << u"1.235"_s;
}

void TestDecimal::rounding()
{
    QFETCH(QString, value);
    QFETCH(int, places);
    QFETCH(QString, halfEven);
    QFETCH(QString, halfUp);
    QFETCH(QString, halfDown);
    QFETCH(QString, down);
    QFETCH(QString, up);

    const Decimal d = dec(value);
    QCOMPARE(d.rounded(places, RoundingMode::HalfEven).toString(), halfEven);
    QCOMPARE(d.rounded(places, RoundingMode::HalfUp).toString(), halfUp);
    QCOMPARE(d.rounded(places, RoundingMode::HalfDown).toString(), halfDown);
    QCOMPARE(d.rounded(places, RoundingMode::Down).toString(), down);
    QCOMPARE(d.rounded(places, RoundingMode::Up).toString(), up);
    QCOMPARE(d.rounded(places, RoundingMode::HalfEven).scale(), places);
}

void TestDecimal::roundingNegativePlaces()
{
    QCOMPARE(dec(u"1250").rounded(-2, RoundingMode::HalfUp).toString(), u"1300"_s);
    QCOMPARE(dec(u"1250").rounded(-2, RoundingMode::HalfEven).toString(), u"1200"_s);
    QCOMPARE(dec(u"1249.99").rounded(-2, RoundingMode::HalfUp).toString(), u"1200"_s);
    QCOMPARE(dec(u"-1250").rounded(-2, RoundingMode::Up).toString(), u"-1300"_s);
    QCOMPARE(dec(u"1250").rounded(-2, RoundingMode::Down).scale(), 0);
}

void TestDecimal::withScale()
{
    QCOMPARE(dec(u"19.9").withScale(2).toString(), u"19.90"_s);
    QCOMPARE(dec(u"19").withScale(3).toString(), u"19.000"_s);
    QCOMPARE(dec(u"19.900").withScale(2).toString(), u"19.90"_s);
    QCOMPARE(dec(u"19.900").withScale(0).toString(), u"19.9"_s); // never loses a digit
    QCOMPARE(dec(u"1.25").withScale(1).toString(), u"1.25"_s);
    QCOMPARE(dec(u"0.000").withScale(1).toString(), u"0.0"_s);
    QCOMPARE(dec(u"-5").withScale(2).toString(), u"-5.00"_s);
    QCOMPARE(dec(u"5.0").withScale(-3).toString(), u"5"_s);
}

void TestDecimal::normalized()
{
    QCOMPARE(dec(u"12.340").normalized().toString(), u"12.34"_s);
    QCOMPARE(dec(u"1.00").normalized().toString(), u"1"_s);
    QCOMPARE(dec(u"100").normalized().toString(), u"100"_s);
    QCOMPARE(dec(u"-0.00").normalized().toString(), u"0"_s);
    QCOMPARE(dec(u"-0.0500").normalized().toString(), u"-0.05"_s);
    QCOMPARE(dec(u"-0.0500").normalized().scale(), 2);
}

void TestDecimal::divide_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("places");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("third half even") << u"100"_s << u"3"_s << 2 << RoundingMode::HalfEven << u"33.33"_s;
    QTest::newRow("two thirds half up") << u"2"_s << u"3"_s << 4 << RoundingMode::HalfUp << u"0.6667"_s;
    QTest::newRow("two thirds down") << u"2"_s << u"3"_s << 4 << RoundingMode::Down << u"0.6666"_s;
    QTest::newRow("neg two thirds up") << u"-2"_s << u"3"_s << 4 << RoundingMode::Up << u"-0.6667"_s;
    QTest::newRow("neg divisor") << u"1"_s << u"-8"_s << 2 << RoundingMode::HalfEven << u"-0.12"_s;
    QTest::newRow("neg divisor half up") << u"1"_s << u"-8"_s << 2 << RoundingMode::HalfUp << u"-0.13"_s;
    QTest::newRow("both negative") << u"-1"_s << u"-8"_s << 3 << RoundingMode::HalfEven << u"0.125"_s;
    QTest::newRow("scaled operands") << u"19.99"_s << u"0.5"_s << 2 << RoundingMode::HalfEven << u"39.98"_s;
    QTest::newRow("gross to net") << u"119.00"_s << u"1.19"_s << 2 << RoundingMode::HalfEven << u"100.00"_s;
    QTest::newRow("more scale in a than places")
        << u"1.23456"_s << u"1"_s << 2 << RoundingMode::HalfUp << u"1.23"_s;
    QTest::newRow("places 0 half even") << u"5"_s << u"2"_s << 0 << RoundingMode::HalfEven << u"2"_s;
    QTest::newRow("places 0 half up") << u"5"_s << u"2"_s << 0 << RoundingMode::HalfUp << u"3"_s;
    QTest::newRow("exchange rate") << u"1"_s << u"1.0842"_s << 6 << RoundingMode::HalfEven << u"0.922339"_s;
    QTest::newRow("zero dividend") << u"0"_s << u"7"_s << 2 << RoundingMode::Up << u"0.00"_s;
}

void TestDecimal::divide()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, places);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, expected);
    const std::optional<Decimal> q = Decimal::divide(dec(a), dec(b), places, mode);
    QVERIFY(q.has_value());
    QCOMPARE(q->toString(), expected);
    QCOMPARE(q->scale(), places);
}

void TestDecimal::divideByZero()
{
    QVERIFY(!Decimal::divide(Decimal(1), Decimal(), 2, RoundingMode::HalfEven).has_value());
    QVERIFY(!Decimal::divide(Decimal(1), dec(u"0.00"), 2, RoundingMode::HalfEven).has_value());
    QVERIFY(!Decimal::divide(Decimal(1), Decimal(2), -1, RoundingMode::HalfEven).has_value());
}

void TestDecimal::comparison()
{
    QVERIFY(dec(u"1.0") == dec(u"1.00"));
    QVERIFY(dec(u"1.0") == Decimal(1));
    QVERIFY(!dec(u"1.0").isIdenticalTo(dec(u"1.00")));
    QVERIFY(dec(u"1.00").isIdenticalTo(dec(u"1.00")));
    QVERIFY(dec(u"1.01") != dec(u"1.00"));
    QVERIFY(dec(u"0.99") < dec(u"1"));
    QVERIFY(dec(u"-1") < dec(u"-0.99"));
    QVERIFY(dec(u"10") > dec(u"9.999"));
    QVERIFY(dec(u"-0.00") == dec(u"0"));
    QVERIFY((dec(u"2.50") <=> dec(u"2.5")) == std::strong_ordering::equal);
    QVERIFY((dec(u"2.49") <=> dec(u"2.5")) == std::strong_ordering::less);
    QVERIFY((dec(u"100000000000000000000") <=> dec(u"99999999999999999999.99"))
            == std::strong_ordering::greater);
}

void TestDecimal::hashing()
{
    QCOMPARE(qHash(dec(u"1.0"), 7), qHash(dec(u"1.00"), 7));
    QCOMPARE(qHash(dec(u"-0.00"), 7), qHash(Decimal(), 7));
    QHash<Decimal, int> hash;
    hash.insert(dec(u"19.90"), 1);
    QCOMPARE(hash.value(dec(u"19.9"), -1), 1);
    QCOMPARE(hash.value(dec(u"19.91"), -1), -1);
}

void TestDecimal::toInt64()
{
    QCOMPARE(dec(u"12.00").toInt64(), std::optional<qint64>(12));
    QCOMPARE(dec(u"-12").toInt64(), std::optional<qint64>(-12));
    QCOMPARE(dec(u"9223372036854775807").toInt64(),
             std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(dec(u"-9223372036854775808").toInt64(),
             std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QVERIFY(!dec(u"9223372036854775808").toInt64().has_value());
    QVERIFY(!dec(u"-9223372036854775809").toInt64().has_value());
    QVERIFY(!dec(u"12.5").toInt64().has_value());
}

void TestDecimal::jsonNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0.1") << QByteArray("0.1") << u"0.1"_s;
    QTest::newRow("19.99") << QByteArray("19.99") << u"19.99"_s;
    QTest::newRow("0.06 tax rate") << QByteArray("0.06") << u"0.06"_s;
    QTest::newRow("195.66") << QByteArray("195.66") << u"195.66"_s;
    QTest::newRow("1e21") << QByteArray("1e21") << u"1000000000000000000000"_s;
    QTest::newRow("1.5e-7") << QByteArray("1.5e-7") << u"0.00000015"_s;
    QTest::newRow("negative") << QByteArray("-2.5") << u"-2.5"_s;
    QTest::newRow("integer") << QByteArray("1001") << u"1001"_s;
    QTest::newRow("big integer exact") << QByteArray("820982911946154508") << u"820982911946154508"_s;
    QTest::newRow("qint64 max exact") << QByteArray("9223372036854775807") << u"9223372036854775807"_s;
    QTest::newRow("integral double") << QByteArray("2.0") << u"2"_s;
    // Known limit (docs/decisions.md): Qt's parser stores an integral number that fits in
    // qint64 as an integer even when written with an exponent, so beyond 2^53 the value is the
    // nearest double's, not the shortest text "820982911946150000". Money never gets there.
    QTest::newRow("exponent beyond 2^53") << QByteArray("8.2098291194615e17") << u"820982911946150016"_s;
    QTest::newRow("string keeps scale") << QByteArray("\"19.90\"") << u"19.90"_s;
    QTest::newRow("string exponent") << QByteArray("\"1e-3\"") << u"0.001"_s;
}

void TestDecimal::jsonNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const std::optional<Decimal> d = Decimal::fromJson(jsonNumber(json));
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), expected);
}

void TestDecimal::jsonRejects()
{
    QVERIFY(!Decimal::fromJson(QJsonValue()).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(true)).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(u"abc"_s)).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(u"1,5"_s)).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(QJsonArray{1})).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(QJsonObject{{u"amount"_s, 1}})).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(QJsonValue::Undefined)).has_value());
}

void TestDecimal::toJsonIsString()
{
    const QJsonValue v = dec(u"19.90").toJson();
    QVERIFY(v.isString());
    QCOMPARE(v.toString(), u"19.90"_s);
    QJsonObject o;
    o.insert(u"amount"_s, dec(u"-0.50").toJson());
    QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact), QByteArray(R"({"amount":"-0.50"})"));
}

void TestDecimal::fromDouble()
{
    QCOMPARE(Decimal::fromDouble(0.1)->toString(), u"0.1"_s);
    QCOMPARE(Decimal::fromDouble(0.1 + 0.2)->toString(), u"0.30000000000000004"_s);
    QCOMPARE(Decimal::fromDouble(19.99)->toString(), u"19.99"_s);
    QCOMPARE(Decimal::fromDouble(-0.0)->toString(), u"0"_s);
    QCOMPARE(Decimal::fromDouble(1e-7)->toString(), u"0.0000001"_s);
    QCOMPARE(Decimal::fromDouble(123456789.125)->toString(), u"123456789.125"_s);
    QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()).has_value());
    QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::infinity()).has_value());
    QVERIFY(!Decimal::fromDouble(-std::numeric_limits<double>::infinity()).has_value());
}

void TestDecimal::variant()
{
    const QVariant v = QVariant::fromValue(dec(u"3.30"));
    QVERIFY(v.canConvert<Decimal>());
    QCOMPARE(v.value<Decimal>().toString(), u"3.30"_s);
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
