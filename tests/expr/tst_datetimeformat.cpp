// $fromMillis / $toMillis picture formatting and parsing: hand-written edge cases called
// directly. The official suite's cases (function-fromMillis, function-tomillis) run through the
// real engine in the jsonata_conformance test, whose baseline requires every one of them to pass.

#include "expr/datetimeformat.h"

#include <QtCore/QDateTime>
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

class TestDateTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void isoOutput_data();
    void isoOutput();
    void pictures_data();
    void pictures();
    void parsing_data();
    void parsing();
    void nowFillsLeadingComponents();
    void undefinedAndErrors();
};

void TestDateTimeFormat::isoOutput_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch") << qint64(0) << QString() << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("millis") << qint64(1517478133123) << QString() << u"2018-02-01T09:42:13.123Z"_s;
    QTest::newRow("negative millis") << qint64(-1) << QString() << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("before 1900") << qint64(-2777932800000) << QString() << u"1881-12-21T00:00:00.000Z"_s;
    QTest::newRow("plus offset") << qint64(0) << u"+0100"_s << u"1970-01-01T01:00:00.000+01:00"_s;
    QTest::newRow("minus offset") << qint64(0) << u"-0500"_s << u"1969-12-31T19:00:00.000-05:00"_s;
    QTest::newRow("half hour offset") << qint64(0) << u"+0530"_s << u"1970-01-01T05:30:00.000+05:30"_s;
    QTest::newRow("zero offset") << qint64(0) << u"0000"_s << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("leap day") << qint64(951782400000) << QString() << u"2000-02-29T00:00:00.000Z"_s;
}

void TestDateTimeFormat::isoOutput()
{
    QFETCH(qint64, millis);
    QFETCH(QString, timezone);
    QFETCH(QString, expected);
    FormatError error;
    QCOMPARE(formatDateTime(millis, QString(), timezone, &error), expected);
}

void TestDateTimeFormat::pictures_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("expected");
    const qint64 t = 1521801216617; // Friday 2018-03-23T10:33:36.617Z
    QTest::newRow("ordinal day") << t << u"[D1o] [MNn] [Y]"_s << QString() << u"23rd March 2018"_s;
    QTest::newRow("21st") << qint64(1521590400000) << u"[D1o]"_s << QString() << u"21st"_s;
    QTest::newRow("12 hour pm") << qint64(1521810000000) << u"[h]:[m01] [P]"_s << QString() << u"1:00 pm"_s;
    QTest::newRow("midnight is 12 am") << qint64(0) << u"[h] [PN]"_s << QString() << u"12 AM"_s;
    QTest::newRow("names truncated") << t << u"[FNn,2-2] [MN,3-3]"_s << QString() << u"Fr MAR"_s;
    QTest::newRow("timezone shifts the day") << t << u"[D01] [H01]:[m01]"_s << u"+1400"_s << u"24 00:33"_s;
    QTest::newRow("z with offset") << t << u"[z]"_s << u"+0200"_s << u"GMT+02:00"_s;
    QTest::newRow("Z without minutes") << t << u"[Z0]"_s << u"+0200"_s << u"+2"_s;
    QTest::newRow("day of year") << t << u"[d001]"_s << QString() << u"082"_s;
    QTest::newRow("roman year") << t << u"[YI]"_s << QString() << u"MMXVIII"_s;
    QTest::newRow("year words") << t << u"[Yw]"_s << QString() << u"two thousand and eighteen"_s;
    QTest::newRow("two digit year") << t << u"[Y01]"_s << QString() << u"18"_s;
    QTest::newRow("iso week year") << qint64(1104537600000) << u"[X0001]-W[W01]-[F1]"_s << QString()
                                   << u"2004-W53-6"_s;
    QTest::newRow("escaped brackets") << t << u"[[[Y]]]"_s << QString() << u"[2018]"_s;
    QTest::newRow("negative millis") << qint64(-86400000) << u"[Y0001]-[M01]-[D01] [FNn]"_s << QString()
                                     << u"1969-12-31 Wednesday"_s;
}

void TestDateTimeFormat::pictures()
{
    QFETCH(qint64, millis);
    QFETCH(QString, picture);
    QFETCH(QString, timezone);
    QFETCH(QString, expected);
    FormatError error;
    const auto result = formatDateTime(millis, picture, timezone, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestDateTimeFormat::parsing_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("iso with offset") << u"2018-02-01T09:42:13.123+01:00"_s << QString()
                                     << qint64(1517474533123);
    QTest::newRow("iso year-month") << u"2018-02"_s << QString() << qint64(1517443200000);
    QTest::newRow("iso long fraction")
        << u"2018-02-01T09:42:13.123456Z"_s << QString() << qint64(1517478133123);
    QTest::newRow("iso negative offset")
        << u"2018-02-01T09:42:13-0500"_s << QString() << qint64(1517496133000);
    QTest::newRow("picture with offset")
        << u"2018-02-01 10:42 +01:00"_s << u"[Y]-[M]-[D] [H]:[m] [Z]"_s << qint64(1517478120000);
    QTest::newRow("fraction as tenths")
        << u"2018-02-01T09:42:13.5"_s << u"[Y]-[M]-[D]T[H]:[m]:[s].[f1]"_s << qint64(1517478133500);
    QTest::newRow("day of year") << u"2018-082"_s << u"[Y]-[d]"_s << qint64(1521763200000);
    QTest::newRow("before 1970") << u"31/12/1969"_s << u"[D]/[M]/[Y]"_s << qint64(-86400000);
    QTest::newRow("round trip roman")
        << u"XXIII iii MMXVIII"_s << u"[DI] [Mi] [YI]"_s << qint64(1521763200000);
}

void TestDateTimeFormat::parsing()
{
    QFETCH(QString, timestamp);
    QFETCH(QString, picture);
    QFETCH(qint64, expected);
    FormatError error;
    const auto result = parseDateTime(timestamp, picture, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestDateTimeFormat::nowFillsLeadingComponents()
{
    FormatError error;
    const qint64 now = 1521801216617; // 2018-03-23T10:33:36.617Z
    // a time alone takes today's date; lower components default to zero
    QCOMPARE(parseDateTime(u"13:45"_s, u"[H]:[m]"_s, now, &error), qint64(1521812700000));
    // a month and day take this year, midnight
    QCOMPARE(parseDateTime(u"12-25"_s, u"[M]-[D]"_s, now, &error), qint64(1545696000000));
}

void TestDateTimeFormat::undefinedAndErrors()
{
    FormatError error;
    QVERIFY(!parseDateTime(u"no match"_s, u"[Y]-[M]-[D]"_s, &error));
    QVERIFY(error.code.isEmpty());
    QVERIFY(!parseDateTime(u"literal"_s, u"literal"_s, &error));
    QVERIFY(error.code.isEmpty());
    QVERIFY(!parseDateTime(u"2018-13"_s, u"[Y]-[D]"_s, &error));
    QCOMPARE(error.code, u"D3136"_s);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!parseDateTime(u"01/02/2018"_s, QString(), &error));
    QCOMPARE(error.code, u"D3110"_s);
    QVERIFY(!formatDateTime(0, u"[Y"_s, QString(), &error));
    QCOMPARE(error.code, u"D3135"_s);
    QVERIFY(!formatDateTime(0, u"[q]"_s, QString(), &error));
    QCOMPARE(error.code, u"D3132"_s);
    QVERIFY(!formatDateTime(0, u"[DN]"_s, QString(), &error));
    QCOMPARE(error.code, u"D3133"_s);
    QVERIFY(!formatDateTime(0, u"[Z000001]"_s, QString(), nullptr));
}

QTEST_GUILESS_MAIN(TestDateTimeFormat)
#include "tst_datetimeformat.moc"
