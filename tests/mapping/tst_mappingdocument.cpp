// MappingDocument: the file format (load, save, byte-identical round trip, schema versions,
// refusals with the place named) and the default templates of the governance table.
#include "mapping/mappingdocument.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The smallest valid document with one rule, to be mutated by each refusal case.
QByteArray minimal(const QString &ruleExtra = {}, int schema = 1)
{
    return (uR"({"schema": %1, "name": "t", "store": {"system": "S", "catalog": "shopify"},
              "erp": {"system": "E", "catalog": "xero"},
              "policies": {"tax_authority": "store", "rounding_scope": "per_line",
                           "rounding_mode": "half_even", "rollout_stage": "read_only"},
              "lookup_tables": [],
              "objects": [{"id": "order", "object": "order", "store_object": "order", "erp_object": "Invoice",
                           "owner": "store", "direction": "store_to_erp", "trigger": {"kind": "webhook"},
                           "match_key": "order_id", "fields": [] %2}]})"_s)
        .arg(schema)
        .arg(ruleExtra)
        .toUtf8();
}

} // namespace

class TestMappingDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("sandbox resource") << u":/ledgerlink/mappings/sandbox.mapping.json"_s;
        QTest::newRow("every feature") << QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/mapping/documents/"
                                                                               "every-feature.mapping.json");
    }

    void roundTripIsByteIdentical()
    {
        QFETCH(QString, fileName);
        const QByteArray original = readAll(fileName);
        QVERIFY2(!original.isEmpty(), qPrintable(fileName));
        const LoadResult loaded = MappingDocument::fromJson(original);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.document->toJson(), original);

        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.mapping.json"_s);
        QCOMPARE(loaded.document->save(copy), QString());
        QCOMPARE(readAll(copy), original);
        const LoadResult again = MappingDocument::load(copy);
        QVERIFY(again.ok());
        QVERIFY(*again.document == *loaded.document);
    }

    void everyFeatureIsRead()
    {
        const LoadResult loaded = MappingDocument::load(
            QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/mapping/documents/every-feature.mapping.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const MappingDocument &d = *loaded.document;
        QCOMPARE(d.policies.taxAuthority, TaxAuthority::Erp);
        QCOMPARE(d.policies.roundingScope, RoundingScope::PerDocument);
        QCOMPARE(d.policies.roundingMode, RoundingMode::HalfUp);
        QCOMPARE(d.policies.rolloutStage, RolloutStage::OneDirection);
        const ObjectRule *customer = d.rule(u"customer"_s);
        QVERIFY(customer);
        QCOMPARE(customer->direction, Direction::Both);
        QCOMPARE(customer->trigger.kind, TriggerKind::Poll);
        QCOMPARE(customer->trigger.everyMinutes, 15);
        QCOMPARE(customer->trigger.text(), u"poll every 15 min"_s);
        const FieldMapping *phone = customer->field(u"phone"_s);
        QVERIFY(phone);
        QCOMPARE(phone->owner, std::optional<Owner>(Owner::Erp));
        QCOMPARE(phone->defaultValue, std::optional<QJsonValue>(QJsonValue())); // a JSON null default
        QCOMPARE(customer->split, SplitBy::None);
        const ObjectRule *refund = d.rule(u"refund"_s);
        QVERIFY(refund);
        QCOMPARE(refund->split, SplitBy::Vendor); // read as written; the validator says where it does not fit
        const LookupTable *table = d.lookupTable(u"tax_codes"_s);
        QVERIFY(table);
        QCOMPARE(table->entries.value(u"reduced"_s), QJsonValue(u"OUTPUT3"_s));
        QCOMPARE(table->fallback, std::optional<QJsonValue>(QJsonValue(u"NONE"_s)));
    }

    void aLinkedFieldIsReadAndWritten()
    {
        LoadResult loaded = MappingDocument::load(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const ObjectRule *payment = loaded.document->rule(u"payment"_s);
        QVERIFY(payment);
        const FieldMapping *invoice = payment->field(u"invoice"_s);
        QVERIFY(invoice);
        QCOMPARE(invoice->linked, u"order"_s);
        QCOMPARE(invoice->target, u"Invoice.InvoiceID"_s);
        // Written back only where set.
        MappingDocument d = *loaded.document;
        for (ObjectRule &rule : d.objects) {
            for (FieldMapping &field : rule.fields)
                field.linked.clear();
        }
        QVERIFY(!d.toJson().contains("\"linked\""));
        QVERIFY(loaded.document->toJson().contains("\"linked\": \"order\""));
    }

    void editedDocumentKeepsIdsAndOrder()
    {
        LoadResult loaded = MappingDocument::load(u":/ledgerlink/mappings/sandbox.mapping.json"_s);
        QVERIFY(loaded.ok());
        MappingDocument d = *loaded.document;
        FieldMapping note;
        note.id = u"note"_s;
        note.source = u"note"_s;
        note.target = u"Reference"_s;
        d.objects[3].fields.prepend(note);
        const LoadResult reloaded = MappingDocument::fromJson(d.toJson());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.document->objects.at(3).fields.first().id, u"note"_s);
        QCOMPARE(reloaded.document->objects.at(3).fields.at(1).id, u"type"_s);
        QVERIFY(*reloaded.document == d);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("newer schema")
            << minimal({}, 2)
            << u"schema version 2 is newer than this LedgerLink understands (1); update LedgerLink to open "
               "this document"_s;
        QTest::newRow("no schema")
            << QByteArray(R"({"name": "x"})")
            << u"\"schema\" is missing or not a version number; this is not a LedgerLink "
               "mapping document"_s;
        QTest::newRow("not JSON") << QByteArray("{\"schema\": 1,")
                                  << u"not valid JSON at byte 13: unterminated object"_s;
        QTest::newRow("unknown key")
            << minimal(u", \"colour\": \"red\""_s)
            << u"objects[order]: unknown key \"colour\"; remove it or check its spelling"_s;
        QTest::newRow("bad direction") << minimal().replace("\"store_to_erp\"", "\"sideways\"")
                                       << u"objects[order]: \"sideways\" is not a valid direction; use one "
                                          u"of store_to_erp, erp_to_store, "
                                          "both, none"_s;
        QTest::newRow("bad split")
            << minimal(u", \"split\": \"seller\""_s)
            << u"objects[order]: \"seller\" is not a valid split; use one of none, vendor"_s;
        QTest::newRow("poll without interval")
            << minimal().replace(R"({"kind": "webhook"})", R"({"kind": "poll"})")
            << u"objects[order].trigger: a poll needs \"every_minutes\" greater than 0"_s;
        QTest::newRow("field without target")
            << minimal().replace(R"("fields": [] )", R"("fields": [{"id": "a", "source": "name"}])")
            << u"objects[order].fields[a]: \"target\" is missing"_s;
        QTest::newRow("default currency")
            << minimal().replace(R"("rollout_stage")", R"("currency": "EUR", "rollout_stage")")
            << u"policies: \"currency\" must be \"order_currency_and_rate\": the order's currency and rate "
               u"always "
               "travel with it and no default currency is assumed"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const LoadResult loaded = MappingDocument::fromJson(json);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error, message);
    }

    void minimalDocumentLoads()
    {
        const LoadResult loaded = MappingDocument::fromJson(minimal());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.document->objects.size(), 1);
    }

    void templatesFollowTheGovernanceTable()
    {
        const MappingDocument d =
            MappingDocument::fromTemplates({u"Shop"_s, u"shopify"_s}, {u"Books"_s, u"xero"_s});
        QCOMPARE(d.name, u"Shop \u2192 Books"_s);
        struct Row
        {
            const char16_t *object;
            Owner owner;
            Direction direction;
            TriggerKind trigger;
            MatchKey key;
        };
        const Row rows[] = {
            {u"product", Owner::Erp, Direction::ErpToStore, TriggerKind::Schedule, MatchKey::Sku},
            {u"inventory_level", Owner::Erp, Direction::ErpToStore, TriggerKind::Poll, MatchKey::Sku},
            {u"customer", Owner::Store, Direction::StoreToErp, TriggerKind::OnFirstOrder, MatchKey::Email},
            {u"order", Owner::Store, Direction::StoreToErp, TriggerKind::Webhook, MatchKey::OrderId},
            {u"invoice", Owner::Erp, Direction::ErpToStore, TriggerKind::OnGeneration, MatchKey::ExternalId},
            {u"credit_note", Owner::Erp, Direction::ErpToStore, TriggerKind::OnGeneration,
             MatchKey::ExternalId},
            {u"payment", Owner::Gateway, Direction::StoreToErp, TriggerKind::OnSettlement,
             MatchKey::ExternalId},
            {u"refund", Owner::Gateway, Direction::StoreToErp, TriggerKind::OnSettlement,
             MatchKey::ExternalId},
        };
        QCOMPARE(d.objects.size(), qsizetype(std::size(rows)));
        for (qsizetype i = 0; i < d.objects.size(); ++i) {
            const ObjectRule &rule = d.objects.at(i);
            QCOMPARE(rule.object, QString::fromUtf16(rows[i].object));
            QCOMPARE(rule.owner, rows[i].owner);
            QCOMPARE(rule.direction, rows[i].direction);
            QCOMPARE(rule.trigger.kind, rows[i].trigger);
            QCOMPARE(rule.matchKey, rows[i].key);
        }
        QCOMPARE(d.objects.first().trigger.text(), u"schedule daily 02:00"_s);
        QCOMPARE(d.policies.rolloutStage, RolloutStage::ReadOnly); // a new document starts read-only
        QVERIFY(!MappingDocument::defaultRule(u"shipment"_s));
        // A template document is itself a valid file.
        QVERIFY(MappingDocument::fromJson(d.toJson()).ok());
    }

    void tableReferencesInTransforms()
    {
        const QString expression =
            u"$lookup($tables.tax, x) & $lookup($tables.tax_types, y) & $lookup($tables.`tax`, z) & '$tables'"_s;
        const QList<TableReference> references = tableReferences(expression);
        QCOMPARE(references.size(), 3);
        QCOMPARE(references[0].tableId, u"tax"_s);
        QCOMPARE(references[0].start, 8);
        QCOMPARE(references[0].length, 11);
        QCOMPARE(references[1].tableId, u"tax_types"_s);
        QCOMPARE(references[2].tableId, u"tax"_s);
        QCOMPARE(references[2].length, 13);

        // Only the renamed table's reads change, quoted or not; a name that is no plain name gets
        // backticks; two tables may swap names.
        const QHash<QString, QString> taxToVat{{u"tax"_s, u"vat"_s}};
        const QHash<QString, QString> toSpaced{{u"tax"_s, u"vat codes"_s}};
        const QHash<QString, QString> swap{{u"a"_s, u"b"_s}, {u"b"_s, u"a"_s}};
        QCOMPARE(
            renameTableReferences(expression, taxToVat),
            u"$lookup($tables.vat, x) & $lookup($tables.tax_types, y) & $lookup($tables.vat, z) & '$tables'"_s);
        QCOMPARE(renameTableReferences(u"$tables.tax"_s, toSpaced), u"$tables.`vat codes`"_s);
        QCOMPARE(renameTableReferences(u"$tables.a & $tables.b"_s, swap), u"$tables.b & $tables.a"_s);
        QCOMPARE(renameTableReferences(u"$tables.taxes"_s, taxToVat), u"$tables.taxes"_s);
    }
};

QTEST_GUILESS_MAIN(TestMappingDocument)
#include "tst_mappingdocument.moc"
