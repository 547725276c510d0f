// libFuzzer target: the mapping document loader and validator (core/mapping). Input: the bytes of
// a mapping document. A document that loads is validated against the built-in field catalogs it
// names (or empty ones), its transforms' table references are read, and it is saved: the saved
// bytes must load again and save to the same bytes (a document survives a save unchanged).
// Seeds: tests/fuzz/corpus/fuzz_mapping/ (and resources/mappings/ through run-fuzzers.sh).
#include "fuzzsupport.h"

#include "mapping/fieldcatalog.h"
#include "mapping/mappingdocument.h"
#include "mapping/validator.h"

#include <QtCore/QHash>

using namespace Qt::StringLiterals;
namespace Mapping = LedgerLink::Mapping;

namespace {

const Mapping::FieldCatalog &catalog(const QString &id)
{
    static QHash<QString, Mapping::FieldCatalog> cache;
    static const Mapping::FieldCatalog empty;
    const auto found = cache.constFind(id);
    if (found != cache.constEnd())
        return *found;
    // Only the built-in ids are cached: an arbitrary id from the input must not grow the cache.
    static const QStringList builtins = {u"businesscentral"_s, u"netsuite"_s, u"odoo"_s,   u"quickbooks"_s,
                                         u"sapb1"_s,           u"shopify"_s,  u"tryton"_s, u"vendure"_s,
                                         u"woocommerce"_s,     u"xero"_s,     u"zoho"_s};
    if (!builtins.contains(id))
        return empty;
    auto loaded = Mapping::FieldCatalog::builtin(id);
    LEDGERLINK_FUZZ_CHECK(loaded.has_value(), "every built-in catalog loads");
    return *cache.insert(id, *loaded);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    LedgerLink::Fuzz::initializeQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Mapping::LoadResult loaded =
        Mapping::MappingDocument::fromJson(LedgerLink::Fuzz::bytesOf(data, size));
    if (!loaded.ok()) {
        LEDGERLINK_FUZZ_CHECK(!loaded.error.isEmpty(), "a refused document says why");
        return 0;
    }
    const Mapping::MappingDocument &document = *loaded.document;

    const QList<Mapping::Issue> issues =
        Mapping::validate(document, catalog(document.store.catalog), catalog(document.erp.catalog));
    for (const Mapping::Issue &issue : issues)
        LEDGERLINK_FUZZ_CHECK(!issue.text().isEmpty(), "every issue has a text");
    (void)Mapping::hasErrors(issues);

    QHash<QString, QString> renamed;
    for (const Mapping::LookupTable &table : document.lookupTables)
        renamed.insert(table.id, table.id + u"_renamed"_s);
    for (const Mapping::ObjectRule &rule : document.objects) {
        for (const Mapping::FieldMapping &field : rule.fields) {
            for (const Mapping::TableReference &reference : Mapping::tableReferences(field.transform)) {
                LEDGERLINK_FUZZ_CHECK(reference.start >= 0 && reference.length > 0
                                          && reference.start + reference.length <= field.transform.size(),
                                      "a table reference lies inside its transform");
            }
            (void)Mapping::renameTableReferences(field.transform, renamed);
        }
    }

    const QByteArray saved = document.toJson();
    const Mapping::LoadResult reloaded = Mapping::MappingDocument::fromJson(saved);
    if (!reloaded.ok())
        std::fprintf(stderr, "reload error: %s\n", qUtf8Printable(reloaded.error));
    LEDGERLINK_FUZZ_CHECK(reloaded.ok(), "a saved document loads again");
    LEDGERLINK_FUZZ_CHECK(reloaded.document->toJson() == saved, "saving a loaded document changes nothing");
    return 0;
}
