// ObjectMapper, the engine's mapping step: golden folders (mapping.json + source + hand-written
// expected.json), plus the behaviour around them (compile errors, run-time transform errors).
#include "mapping/mappingdocument.h"
#include "mapping/objectmapper.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

const QString goldenDir = QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/mapping/golden");

QJsonValue readJson(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(fileName), qPrintable(error.errorString()));
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// Compact JSON text: numbers compare by value (10.00 and 10 alike) and a difference is readable.
QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestObjectMapper : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList cases = QDir(goldenDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 7);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << goldenDir + u'/' + name;
    }

    void golden()
    {
        QFETCH(QString, folder);
        const LoadResult loaded = MappingDocument::load(folder + u"/mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.document->objects.size(), 1);
        QString error;
        const auto mapper =
            ObjectMapper::create(*loaded.document, loaded.document->objects.first().id, &error);
        QVERIFY2(mapper, qPrintable(error));

        QString sourceFile = folder + u"/source.json"_s;
        if (!QFile::exists(sourceFile)) {
            QFile reference(folder + u"/source.shared"_s);
            QVERIFY(reference.open(QIODevice::ReadOnly));
            sourceFile = QStringLiteral(LEDGERLINK_SHARED_DIR) + u'/'
                + QString::fromUtf8(reference.readAll()).trimmed();
        }
        const QJsonValue source = readJson(sourceFile);
        const QJsonObject expected = readJson(folder + u"/expected.json"_s).toObject();

        const MappingResult result = mapper->map(source);
        QCOMPARE(text(result.payload), text(expected.value(u"payload"_s).toObject()));
        QStringList expectedErrors;
        for (const QJsonValue &e : expected.value(u"errors"_s).toArray())
            expectedErrors.append(e.toString());
        QCOMPARE(result.errors(), expectedErrors);
        QCOMPARE(result.ok(), expectedErrors.isEmpty());
    }

    void everyFieldIsReported()
    {
        const LoadResult loaded =
            MappingDocument::load(goldenDir + u"/shopify-order-to-invoice/mapping.json"_s);
        QVERIFY(loaded.ok());
        const auto mapper = ObjectMapper::create(*loaded.document, u"order"_s);
        QVERIFY(mapper);
        const MappingResult result = mapper->map(readJson(
            QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json")));
        // 7 single fields + 7 element fields x 3 lines.
        QCOMPARE(result.fields.size(), 7 + 7 * 3);
        QCOMPARE(result.fields.at(7).id, u"line_sku"_s);
        QCOMPARE(result.fields.at(7).target, u"LineItems[0].ItemCode"_s);
        QCOMPARE(result.fields.at(7).value, QJsonValue(u"IPOD2008GREEN"_s));
    }

    void transformErrorIsReportedPerField()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/customer-to-contact/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        d.objects[0].fields[0].transform = u"$number(first_name)"_s;
        const auto mapper = ObjectMapper::create(d, u"customer"_s);
        QVERIFY(mapper);
        const MappingResult result =
            mapper->map(QJsonObject{{u"first_name"_s, u"Anna"_s}, {u"email"_s, u"a@example.com"_s}});
        QVERIFY(!result.ok());
        QCOMPARE(
            result.errors(),
            QStringList{u"name (Name): the transform failed at position 8: Unable to turn the text \"Anna\" "
                        "into a number (D3030)"_s});
        QCOMPARE(result.payload.value(u"EmailAddress"_s), QJsonValue(u"a@example.com"_s));
        QVERIFY(!result.payload.contains(u"Name"_s));
    }

    void transformsReadLookupTables()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/payment-half-even/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        FieldMapping &account = d.objects[0].fields[3];
        QCOMPARE(account.id, u"account"_s);
        account.lookup.clear();
        account.transform =
            u"$lookup($tables.payment_accounts, $) ? $lookup($tables.payment_accounts, $) : \"099\""_s;
        const auto mapper = ObjectMapper::create(d, u"payment"_s);
        QVERIFY(mapper);
        const QJsonObject known{{u"gateway"_s, u"manual"_s}};
        QCOMPARE(mapper->map(known).payload.value(u"Account"_s).toObject().value(u"Code"_s),
                 QJsonValue(u"092"_s));
        const QJsonObject unknown{{u"gateway"_s, u"cash"_s}};
        QCOMPARE(mapper->map(unknown).payload.value(u"Account"_s).toObject().value(u"Code"_s),
                 QJsonValue(u"099"_s));
    }

    void listWritesFollowFieldOrder()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/payment-half-even/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        const auto field = [](const QString &id, const QString &source, const QString &target) {
            FieldMapping f;
            f.id = id;
            f.source = source;
            f.target = target;
            return f;
        };
        d.objects[0].fields = {
            field(u"code"_s, u"lines[].sku"_s, u"Items[].Code"_s),
            field(u"note"_s, u"first"_s, u"Items[].Note"_s), // a whole value into element 0
            field(u"tags"_s, u"tags[]"_s, u"Tags[]"_s), // the elements themselves, not objects
            field(u"over_code"_s, u"lines[].sku"_s, u"Over[].Code"_s),
            field(u"over"_s, u"whole"_s, u"Over"_s), // written after: replaces the list
            field(u"nested"_s, u"lines[].sku"_s, u"Items[].Tracking.Option"_s),
        };
        const auto mapper = ObjectMapper::create(d, u"payment"_s);
        QVERIFY(mapper);
        const QJsonObject record{
            {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"A"_s}}, QJsonObject{{u"sku"_s, u"B"_s}}}},
            {u"first"_s, u"n"_s},
            {u"tags"_s, QJsonArray{u"x"_s, u"y"_s}},
            {u"whole"_s, QJsonArray{u"w"_s}},
        };
        const MappingResult result = mapper->map(record);
        QVERIFY2(result.ok(), qPrintable(result.errors().join(u"; "_s)));
        QCOMPARE(
            text(result.payload),
            uR"({"Items":[{"Code":"A","Note":"n","Tracking":{"Option":"A"}},{"Code":"B","Tracking":{"Option":"B"}}],"Over":["w"],"Tags":["x","y"]})"_s);
    }

    // "[+]": a second source list's elements follow the elements of the list's own source list
    // (an invoice's lines, then its shipping), whatever the order of the fields.
    void appendedElementsFollowTheList()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/payment-half-even/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        const auto field = [](const QString &id, const QString &source, const QString &target,
                              const QString &transform = {}) {
            FieldMapping f;
            f.id = id;
            f.source = source;
            f.target = target;
            f.transform = transform;
            return f;
        };
        d.objects[0].fields = {
            field(u"ship_title"_s, u"shipping[].title"_s, u"Items[+].Description"_s),
            field(u"code"_s, u"lines[].sku"_s, u"Items[].Code"_s),
            field(u"ship_one"_s, u"shipping[].price"_s, u"Items[+].Quantity"_s, u"1"_s),
            field(u"name"_s, u"lines[].name"_s, u"Items[].Description"_s),
            field(u"tags"_s, u"shipping[].code"_s, u"Tags[+]"_s), // a list with no "[]" part
        };
        const auto mapper = ObjectMapper::create(d, u"payment"_s);
        QVERIFY(mapper);
        const QJsonObject record{
            {u"lines"_s,
             QJsonArray{QJsonObject{{u"sku"_s, u"A"_s}, {u"name"_s, u"Apple"_s}},
                        QJsonObject{{u"sku"_s, u"B"_s}, {u"name"_s, u"Pear"_s}}}},
            {u"shipping"_s,
             QJsonArray{QJsonObject{{u"title"_s, u"DHL"_s}, {u"price"_s, u"4.90"_s}, {u"code"_s, u"dhl"_s}}}},
        };
        const MappingResult result = mapper->map(record);
        QVERIFY2(result.ok(), qPrintable(result.errors().join(u"; "_s)));
        QCOMPARE(
            text(result.payload),
            uR"({"Items":[{"Code":"A","Description":"Apple"},{"Code":"B","Description":"Pear"},{"Description":"DHL","Quantity":1}],"Tags":["dhl"]})"_s);
        QStringList targets;
        for (const FieldResult &f : result.fields)
            targets.append(f.target);
        QCOMPARE(targets,
                 (QStringList{u"Items[2].Description"_s, u"Items[0].Code"_s, u"Items[1].Code"_s,
                              u"Items[2].Quantity"_s, u"Items[0].Description"_s, u"Items[1].Description"_s,
                              u"Tags[0]"_s}));
        // No shipping: the lines alone.
        QJsonObject pickup = record;
        pickup.remove(u"shipping"_s);
        QCOMPARE(text(mapper->map(pickup).payload),
                 uR"({"Items":[{"Code":"A","Description":"Apple"},{"Code":"B","Description":"Pear"}]})"_s);
    }

    // The mapper converts only the keys a record's transforms can reach; whatever a transform
    // reads, the result must be what reading the whole record gives.
    void transformsSeeEveryKeyTheyCanReach_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("transform");
        QTest::addColumn<QString>("expected"); // the mapped value, compact JSON
        // By name: only the names spelt are needed.
        QTest::newRow("named, no source")
            << QString() << u"customer.first_name & \" \" & total"_s << uR"("Ada 12.5")"_s;
        QTest::newRow("$record.name")
            << u"total"_s << u"$ & \" \" & $record.currency"_s << uR"("12.5 EUR")"_s;
        QTest::newRow("back-quoted") << u"total"_s << u"$record.`tax-rate`"_s << u"0.2"_s;
        QTest::newRow("non-ASCII name") << u"total"_s << u"$record.Größe"_s << uR"("XL")"_s;
        // Whole: every key, including those no transform names.
        QTest::newRow("$keys($), no source")
            << QString() << u"$join($sort($keys($)), \",\")"_s
            << uR"("Größe,currency,customer,gift card,tax-rate,total,zone")"_s;
        QTest::newRow("$$, no source") << QString() << u"$count($keys($$))"_s << u"7"_s;
        QTest::newRow("$record whole")
            << u"total"_s << u"$record.zone & $count($keys($record))"_s << uR"("north7")"_s;
        QTest::newRow("$record.*") << u"total"_s << u"$count($record.*)"_s << u"7"_s;
        QTest::newRow("wildcard, no source") << QString() << u"$count(*)"_s << u"7"_s;
        QTest::newRow("descendants, no source") << QString() << u"$sort(**.first_name)"_s << uR"(["Ada"])"_s;
        QTest::newRow("lookup of a computed name")
            << u"total"_s << u"$lookup($record, \"zo\" & \"ne\")"_s << uR"("north")"_s;
        QTest::newRow("quoted path step, no source") << QString() << u"\"gift card\".amount"_s << u"5"_s;
        QTest::newRow("$lookup by a literal name, no source")
            << QString() << u"$lookup(\"zone\")"_s << uR"("north")"_s;
        QTest::newRow("$keys() of the context, no source") << QString() << u"$count($keys())"_s << u"7"_s;
        QTest::newRow("$each over the context, no source")
            << QString() << u"$count($each(function($v, $k) { $k }))"_s << u"7"_s;
        QTest::newRow("$string() of the context, no source")
            << QString() << u"$contains($string(), \"north\")"_s << u"1"_s;
        QTest::newRow("parent of a $record path")
            << u"total"_s << u"$count($keys($record.customer.%))"_s << u"7"_s;
        QTest::newRow("a name in a comment does not count")
            << u"total"_s << u"/* zone */ $record.currency"_s << uR"("EUR")"_s;
    }

    void transformsSeeEveryKeyTheyCanReach()
    {
        QFETCH(QString, source);
        QFETCH(QString, transform);
        QFETCH(QString, expected);
        LoadResult loaded = MappingDocument::load(goldenDir + u"/customer-to-contact/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        FieldMapping f;
        f.id = u"probe"_s;
        f.source = source;
        f.target = u"Probe"_s;
        f.transform = transform;
        d.objects[0].fields = {f};
        const auto mapper = ObjectMapper::create(d, u"customer"_s);
        QVERIFY(mapper);
        const QJsonObject record{
            {u"customer"_s, QJsonObject{{u"first_name"_s, u"Ada"_s}}},
            {u"total"_s, u"12.5"_s},
            {u"currency"_s, u"EUR"_s},
            {u"tax-rate"_s, 0.2},
            {u"Größe"_s, u"XL"_s},
            {u"zone"_s, u"north"_s},
            {u"gift card"_s, QJsonObject{{u"amount"_s, 5}}},
        };
        const MappingResult result = mapper->map(record);
        QVERIFY2(result.ok(), qPrintable(result.errors().join(u"; "_s)));
        const QJsonValue value = result.payload.value(u"Probe"_s);
        const QString actual = value.isString()
            ? u'"' + value.toString() + u'"'
            : (value.isArray() ? text(QJsonObject{{u"a"_s, value}}).mid(5).chopped(1)
                               : (value.isBool() ? QString::number(int(value.toBool()))
                                                 : QString::number(value.toDouble())));
        QCOMPARE(actual, expected);
    }

    void aLineTransformSeesItsLine()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/payment-half-even/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        FieldMapping withLine;
        withLine.id = u"with_line"_s;
        withLine.source = u"lines[].sku"_s;
        withLine.target = u"Items[].Code"_s;
        withLine.transform = u"$ & \"-\" & $line.size & \"-\" & $record.currency"_s;
        FieldMapping without;
        without.id = u"without"_s;
        without.source = u"lines[].qty"_s;
        without.target = u"Items[].Quantity"_s;
        without.transform = u"$ * 2"_s;
        d.objects[0].fields = {withLine, without};
        const auto mapper = ObjectMapper::create(d, u"payment"_s);
        QVERIFY(mapper);
        const QJsonObject record{
            {u"currency"_s, u"EUR"_s},
            {u"lines"_s,
             QJsonArray{QJsonObject{{u"sku"_s, u"A"_s}, {u"size"_s, u"S"_s}, {u"qty"_s, 1}},
                        QJsonObject{{u"sku"_s, u"B"_s}, {u"size"_s, u"M"_s}, {u"qty"_s, 3}}}},
        };
        const MappingResult result = mapper->map(record);
        QVERIFY2(result.ok(), qPrintable(result.errors().join(u"; "_s)));
        QCOMPARE(text(result.payload),
                 uR"({"Items":[{"Code":"A-S-EUR","Quantity":2},{"Code":"B-M-EUR","Quantity":6}]})"_s);
    }

    void linkedFieldsWriteTheLinkedRecordsId()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/payment-half-even/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        d.objects[0].fields.append(FieldMapping{
            u"invoice"_s, u"order_id"_s, u"Invoice.InvoiceID"_s, {}, {}, {}, true, {}, {}, u"order"_s});
        const auto mapper = ObjectMapper::create(d, u"payment"_s);
        QVERIFY(mapper);
        const QJsonObject payment{{u"order_id"_s, 5101},
                                  {u"amount"_s, u"64.88"_s},
                                  {u"currency"_s, u"EUR"_s},
                                  {u"processed_at"_s, u"2026-11-20T10:00:00+01:00"_s},
                                  {u"gateway"_s, u"shopify_payments"_s}};
        QStringList asked;
        const LinkResolver links = [&asked](const QString &rule, const QString &id) -> LinkResolution {
            asked.append(rule + u' ' + id);
            if (id == u"5101"_s)
                return {u"6f1c-invoice"_s, {}, false};
            if (id == u"5110"_s)
                return {std::nullopt, u"the order 5110 it refers to is a dead letter"_s, false};
            return {std::nullopt, u"the order "_s + id + u" has not been written yet"_s, true};
        };
        // Linked: the invoice's id, the number (not its text form "5101.0") asked for by the rule.
        const MappingResult written = mapper->map(payment, links);
        QVERIFY2(written.ok(), qPrintable(written.errors().join(u"; "_s)));
        QCOMPARE(written.payload.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s),
                 QJsonValue(u"6f1c-invoice"_s));
        QCOMPARE(written.payload.value(u"Amount"_s), QJsonValue(64.88));
        QCOMPARE(asked, QStringList{u"order 5101"_s});

        // Not written yet: the field fails, and the record waits.
        QJsonObject early = payment;
        early.insert(u"order_id"_s, 5999);
        const MappingResult waiting = mapper->map(early, links);
        QVERIFY(!waiting.ok());
        QVERIFY(waiting.waiting());
        QCOMPARE(waiting.errors(),
                 QStringList{u"invoice (Invoice.InvoiceID): the order 5999 has not been written yet"_s});

        // Cannot come by itself: an error like any other, no waiting.
        QJsonObject dead = payment;
        dead.insert(u"order_id"_s, 5110);
        const MappingResult refused = mapper->map(dead, links);
        QVERIFY(!refused.waiting());
        QCOMPARE(refused.errors(),
                 QStringList{u"invoice (Invoice.InvoiceID): the order 5110 it refers to is a dead letter"_s});

        // Waiting and a field that is wrong besides: not waiting (the record must be fixed).
        QJsonObject broken = early;
        broken.remove(u"gateway"_s);
        QVERIFY(!mapper->map(broken, links).waiting());

        // Without a resolver (the studio's preview) the value is written as it is.
        QCOMPARE(mapper->map(payment).payload.value(u"Invoice"_s).toObject().value(u"InvoiceID"_s),
                 QJsonValue(5101));
    }

    void createRefusesWhatCannotRun()
    {
        LoadResult loaded = MappingDocument::load(goldenDir + u"/customer-to-contact/mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        QString error;
        QVERIFY(!ObjectMapper::create(d, u"order"_s, &error));
        QCOMPARE(error, u"the mapping document has no object rule \"order\""_s);
        d.objects[0].fields[0].transform = u"first_name &"_s;
        QVERIFY(!ObjectMapper::create(d, u"customer"_s, &error));
        QVERIFY2(error.startsWith(u"customer/name: the transform does not parse at position "_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestObjectMapper)
#include "tst_objectmapper.moc"
