// `ledgerlink-cli mapping ...` as a user runs it: a real process, its exit code and its output.
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("LEDGERLINK_CLI"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString sandbox = QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/mappings/sandbox.mapping.json");
const QString shopifyOrder =
    QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

} // namespace

class TestMappingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LEDGERLINK_CLI")),
                 "LEDGERLINK_CLI must name the built ledgerlink-cli (set by CTest)");
    }

    void validateTheSandboxDocument()
    {
        const CliResult r = runCli({u"mapping"_s, u"validate"_s, sandbox});
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, sandbox + u": 0 error(s), 0 warning(s)\n"_s);
        QCOMPARE(r.exitCode, 0);
    }

    void validateReportsErrors()
    {
        QFile file(sandbox);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.replace("\"match_key\": \"email\"", "\"match_key\": \"name\"");
        QTemporaryDir dir;
        const QString broken = writeFile(dir, u"broken.mapping.json"_s, bytes);
        const CliResult r = runCli({u"mapping"_s, u"validate"_s, broken});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out,
                 u"error: customer: the match key \"name\" is mutable and would create duplicates when it "
                 "changes; match on SKU, email or an external id\n"_s
                     + broken + u": 1 error(s), 0 warning(s)\n"_s);
    }

    void validateRefusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString newer = writeFile(dir, u"newer.mapping.json"_s, R"({"schema": 7})");
        const CliResult r = runCli({u"mapping"_s, u"validate"_s, newer});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 u"ledgerlink-cli: "_s + newer
                     + u": schema version 7 is newer than this LedgerLink understands (1); update "
                       "LedgerLink to open this document\n"_s);
    }

    void sheetAsCsvAndHtml()
    {
        const CliResult csv = runCli({u"mapping"_s, u"sheet"_s, sandbox, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(
            u"Object,Store field,ERP field,Direction,Owner,Trigger,Transform,Lookup,Note\r\n"_s));
        QVERIFY(csv.out.contains(u"order,line_items[].sku,LineItems[].ItemCode,Store \u2192 ERP,Store,"
                                 "poll every 5 min,,,\r\n"_s));
        const CliResult html = runCli({u"mapping"_s, u"sheet"_s, sandbox, u"--format=html"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.out.contains(u"<table>"_s));
        const CliResult bad = runCli({u"mapping"_s, u"sheet"_s, sandbox, u"--format"_s, u"pdf"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"--format is csv or html, not \"pdf\""_s));
    }

    void previewTheShopifySampleOrder()
    {
        const CliResult r = runCli(
            {u"mapping"_s, u"preview"_s, sandbox, u"--object"_s, u"order"_s, u"--source"_s, shopifyOrder});
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"object"_s).toString(), u"order"_s);
        QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
        const QJsonObject payload = report.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"Reference"_s).toString(), u"#1001"_s);
        // Its three lines, then its shipping line ("[+]"), free and untaxed.
        const QJsonArray lines = payload.value(u"LineItems"_s).toArray();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1).toObject().value(u"ItemCode"_s).toString(), u"IPOD2008RED"_s);
        // (No discount and no tax lines: nothing to pass through; TaxType NONE says it is untaxed.)
        const QJsonObject shipping{{u"Description"_s, u"Free Shipping"_s},
                                   {u"Quantity"_s, 1},
                                   {u"TaxType"_s, u"NONE"_s},
                                   {u"UnitAmount"_s, 0}};
        QCOMPARE(lines.at(3).toObject(), shipping);
        const QJsonArray fields = report.value(u"fields"_s).toArray();
        QCOMPARE(fields.first().toObject().value(u"id"_s).toString(), u"type"_s);
        QCOMPARE(fields.first().toObject().value(u"value"_s).toString(), u"ACCREC"_s);
    }

    void previewShowsEachFieldsError()
    {
        QTemporaryDir dir;
        const QString source =
            writeFile(dir, u"txn.json"_s,
                      R"({"transaction": {"order_id": 5101, "amount": "12.50", "currency": "EUR",
                                "gateway": "bitcoin", "processed_at": "2026-11-02T10:00:00Z"}})");
        const CliResult r =
            runCli({u"mapping"_s, u"preview"_s, sandbox, u"--object"_s, u"payment"_s, u"--source"_s, source});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"errors"_s).toArray(),
                 QJsonArray{u"account (Account.Code): \"bitcoin\" has no entry in the lookup table "
                            "\"payment_accounts\"; add it to the table"_s});
        QCOMPARE(report.value(u"payload"_s).toObject().value(u"Amount"_s).toDouble(), 12.5);
        // The invoice is "linked" to the order rule: a preview, which reads no cross-reference,
        // shows the order's id where the engine writes its invoice's.
        QCOMPARE(report.value(u"payload"_s).toObject().value(u"Invoice"_s).toObject().value(u"InvoiceID"_s),
                 QJsonValue(5101));
    }

    void usage()
    {
        const CliResult help = runCli({u"help"_s});
        QVERIFY(help.out.contains(u"mapping preview FILE --object RULE --source SAMPLE.json"_s));
        const CliResult r = runCli({u"mapping"_s, u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(u"ledgerlink-cli mapping: unknown mapping command \"frobnicate\""_s));
    }
};

QTEST_GUILESS_MAIN(TestMappingCli)
#include "tst_mappingcli.moc"
