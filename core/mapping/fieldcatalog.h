#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Mapping {

/// The value type of a catalog field. Decimal is a decimal number carried as text ("199.00"),
/// the way stores send money; Date is "YYYY-MM-DD"; DateTime is ISO 8601 with an offset.
enum class FieldType { String, Number, Integer, Decimal, Boolean, Date, DateTime, Object, Array };

QString nameOf(FieldType type);

/// Whether a value of type `from` may be written unchanged into a field of type `to` (decimals
/// arrive as text, so they do not go unchanged into numbers; dates and times are text). If not,
/// *advice says what to do, as "convert it with a transform such as $number($)".
bool canWriteUnchanged(FieldType from, FieldType to, QString *advice = nullptr);

/// The catalog path a mapping path names: a mapping may write "LineItems[+].Description", the
/// elements appended after those of the list's own source list (ObjectMapper), which the catalog
/// knows as "LineItems[].Description".
[[nodiscard]] QString catalogPath(const QString &mappingPath);

/// One field a connector's object offers. `path` uses "." between levels and "[]" for the
/// elements of a list ("line_items[].sku").
struct CatalogField
{
    QString path;
    FieldType type = FieldType::String;
    bool required = false; ///< The system refuses a create without it.
    bool readOnly = false; ///< The system sets it; a mapping must not write it.
    QString description;
    QString canonicalConcept; ///< Canonical concept ("order.total", "line.sku"), empty if none.
};

/// One object of a catalog ("order", "Invoice") with its fields and the triggers its connector
/// can deliver (webhook, poll, schedule ...: names as in the mapping document).
struct CatalogObject
{
    QString name;
    QString description;
    QStringList triggers;
    QList<CatalogField> fields;

    const CatalogField *field(const QString &path) const;
};

/// What a connector says about its objects' fields. The mapper offers these fields, the
/// validator checks documents against them, auto-map matches them. Loaded from JSON (the
/// committed resources/catalogs/<id>.catalog.json; generated from the vendor's spec where one exists).
class FieldCatalog
{
public:
    QString id; ///< "shopify", "xero"
    QString system; ///< Human name of the system and API version.
    QList<CatalogObject> objects;

    const CatalogObject *object(const QString &name) const;

    /// Parses a catalog; on failure returns nullopt and sets *error.
    static std::optional<FieldCatalog> fromJson(const QByteArray &json, QString *error = nullptr);
    /// A catalog shipped with LedgerLink (":/ledgerlink/catalogs/<id>.catalog.json").
    static std::optional<FieldCatalog> builtin(const QString &id, QString *error = nullptr);
};

} // namespace LedgerLink::Mapping
