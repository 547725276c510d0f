#pragma once

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Mapping {

/// The schema version this build writes. Older documents are migrated on load; newer ones are
/// refused (a newer LedgerLink wrote them and this build would silently drop what it does not know).
inline constexpr int CurrentSchemaVersion = 1;

/// Which side of the connection pair holds the truth for an object or a field.
enum class Owner { Store, Erp, Gateway };
/// Which way an object's data flows.
enum class Direction { StoreToErp, ErpToStore, Both, None };
/// What starts a sync of an object.
enum class TriggerKind {
    Webhook,
    Poll,
    Schedule,
    OnChange,
    OnFirstOrder,
    OnSettlement,
    OnGeneration,
    Manual
};
/// How two records are recognised as the same one. Name and Title are mutable: the format can
/// express them (so an old or hand-written document loads) but validation refuses them.
enum class MatchKey { Sku, Email, ExternalId, OrderId, Name, Title };
/// Which side computes tax; the other receives the computed amounts and never recomputes.
enum class TaxAuthority { Store, Erp };
enum class RoundingScope { PerLine, PerDocument };
enum class RoundingMode { HalfEven, HalfUp };
/// Staged rollout: writes are allowed only as far as the stage says.
enum class RolloutStage { ReadOnly, OneDirection, Both };
/// How one source record becomes target records: whole, or one per vendor of its lines (a
/// marketplace order: one ERP record per vendor, shipping and discounts shared by the rule of
/// docs/money.md, "Marketplace split").
enum class SplitBy { None, Vendor };

QString nameOf(Owner value);
QString nameOf(Direction value);
QString nameOf(TriggerKind value);
QString nameOf(MatchKey value);
QString nameOf(TaxAuthority value);
QString nameOf(RoundingScope value);
QString nameOf(RoundingMode value);
QString nameOf(RolloutStage value);
QString nameOf(SplitBy value);

/// What starts a sync: a kind, plus the interval of a poll or the time of a schedule.
struct Trigger
{
    TriggerKind kind = TriggerKind::Manual;
    int everyMinutes = 0; ///< Poll only: minutes between polls (> 0).
    QString at; ///< Schedule only: as "daily 02:00" or "hourly".

    /// Short human text: "webhook", "poll every 5 min", "schedule daily 02:00".
    QString text() const;
    friend bool operator==(const Trigger &, const Trigger &) = default;
};

/// One source field → one target field. Paths are catalog paths ("line_items[].sku",
/// "LineItems[].ItemCode"); a "[]" segment maps an array element by element. `source` is on
/// the side the object flows from (the store for store → ERP and for two-way objects).
struct FieldMapping
{
    QString id; ///< Stable id, unique within its object rule.
    QString source; ///< Source path; empty when only a default or transform fills the target.
    QString target; ///< Target path (required).
    /// JSONata: `$` the source value, `$record` the record, `$line` the element, `$tables` the lookup tables.
    QString transform;
    QString lookup; ///< Id of a lookup table applied after the transform.
    std::optional<QJsonValue> defaultValue; ///< Used when the source and transform give nothing.
    bool required = false; ///< Mapping fails for a record when this field ends up empty.
    std::optional<Owner> owner; ///< Per-field owner; needed for every field of a two-way object.
    QString note; ///< Free text for the governance sheet.
    /// Id of another object rule of the document: the value (after transform and lookup) is a
    /// source id of that rule, and what is written is the id of the target record that rule
    /// wrote for it (the engine's cross-reference): a payment's `Invoice.InvoiceID` from its
    /// `order_id`, linked to the rule "order". Empty: the value is written as it is.
    QString linked = {};

    friend bool operator==(const FieldMapping &, const FieldMapping &) = default;
};

/// The rule for one object of the connection pair (orders, customers, products ...).
struct ObjectRule
{
    QString id; ///< Stable id, unique within the document, e.g. "order".
    QString object; ///< Canonical object kind: product, variant, inventory_level, customer, order,
                    ///< invoice, credit_note, payment, refund, payout.
    QString storeObject; ///< Object name in the store's catalog ("order").
    QString erpObject; ///< Object name in the ERP's catalog ("Invoice").
    Owner owner = Owner::Store;
    Direction direction = Direction::StoreToErp;
    Trigger trigger;
    MatchKey matchKey = MatchKey::ExternalId;
    /// "split": "vendor" — each source record becomes one target record per vendor of its lines,
    /// with the source id "<id>/<vendor>" (orders from the store only; absent: whole).
    SplitBy split = SplitBy::None;
    QString note;
    QList<FieldMapping> fields;

    /// The catalog object the fields' `source` paths live in, and the one `target` paths live in.
    QString sourceObject() const { return direction == Direction::ErpToStore ? erpObject : storeObject; }
    QString targetObject() const { return direction == Direction::ErpToStore ? storeObject : erpObject; }
    const FieldMapping *field(const QString &fieldId) const;
    friend bool operator==(const ObjectRule &, const ObjectRule &) = default;
};

/// A table of values → values (tax classes → tax codes, payment methods → accounts ...).
struct LookupTable
{
    QString id;
    QString description;
    QMap<QString, QJsonValue> entries; ///< Keyed by the source value's text.
    std::optional<QJsonValue> fallback; ///< Used for a value with no entry; without it that is an error.

    friend bool operator==(const LookupTable &, const LookupTable &) = default;
};

/// Financial policies of the connection pair.
struct Policies
{
    TaxAuthority taxAuthority = TaxAuthority::Store;
    RoundingScope roundingScope = RoundingScope::PerLine;
    RoundingMode roundingMode = RoundingMode::HalfEven;
    /// Always true in schema 1: the order's currency and rate travel with it; no default currency.
    bool storeOrderCurrencyAndRate = true;
    RolloutStage rolloutStage = RolloutStage::ReadOnly;

    friend bool operator==(const Policies &, const Policies &) = default;
};

/// One side of the connection pair: the system's name and the id of its field catalog.
struct Endpoint
{
    QString system; ///< "Sandbox Shop"
    QString catalog; ///< Catalog id, e.g. "shopify" (resources/catalogs/shopify.catalog.json).
    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

/// Outcome of loading a document: the document, or a message saying what is wrong and where.
struct LoadResult;

/// A mapping document: everything one connection pair needs to map records (object rules,
/// field mappings, lookup tables, policies). Plain JSON, schema-versioned, written with sorted
/// keys and four-space indentation so that saving an unchanged document gives identical bytes.
class MappingDocument
{
public:
    QString name;
    Endpoint store;
    Endpoint erp;
    Policies policies;
    QList<ObjectRule> objects;
    QList<LookupTable> lookupTables;

    /// Parses a document. Refuses a newer schema version, unknown enum names and structural
    /// errors with a message naming the place ("objects[order].fields[total]: ...").
    static LoadResult fromJson(const QByteArray &json);
    static LoadResult load(const QString &fileName);
    QJsonObject toJsonObject() const;
    /// Pretty-printed JSON, sorted keys, '\n' line ends, final newline.
    QByteArray toJson() const;
    /// Writes toJson() atomically; returns an error message or an empty string.
    QString save(const QString &fileName) const;

    const ObjectRule *rule(const QString &ruleId) const;
    const LookupTable *lookupTable(const QString &tableId) const;

    /// A new document for a store → ERP pair with one object rule per row of the default
    /// governance table (DESIGN.md) and no field mappings yet.
    static MappingDocument fromTemplates(const Endpoint &store, const Endpoint &erp);
    /// The default rule for one canonical object kind, or nullopt for an unknown kind.
    static std::optional<ObjectRule> defaultRule(const QString &object);

    friend bool operator==(const MappingDocument &, const MappingDocument &) = default;
};

struct LoadResult
{
    std::optional<MappingDocument> document;
    QString error;
    bool ok() const { return document.has_value(); }
};

/// One read of a lookup table in a transform: "$tables.tax_types" or "$tables.`tax types`".
struct TableReference
{
    QString tableId;
    qsizetype start = 0; ///< where "$tables" starts in the expression
    qsizetype length = 0; ///< up to the end of the name (with its closing backtick)
};

/// Every lookup table a transform reads through `$tables`, in order.
QList<TableReference> tableReferences(const QString &expression);
/// `expression` with every read of a renamed table (old id → new id, all in one pass, so tables
/// may swap names) turned into a read of its new id, in backticks when it is not a plain name;
/// reads of other tables, even ones whose name starts like a renamed one, stay as they are.
QString renameTableReferences(const QString &expression, const QHash<QString, QString> &renamed);

} // namespace LedgerLink::Mapping
