#pragma once

#include "expr/expression.h"
#include "mapping/mappingdocument.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace LedgerLink::Mapping {

/// An expression error as mapping messages show it: "at position 15: Expected ) before the end
/// of the expression (S0203)" (the position once, the JSONata code last).
QString expressionErrorText(const Expr::Error &error);

/// The outcome of one field mapping for one record (or one list element of it).
struct FieldResult
{
    QString id; ///< Field mapping id.
    QString target; ///< Target path, with the element index for list elements ("LineItems[0].ItemCode").
    QJsonValue value; ///< What was written; undefined when nothing was.
    QString error; ///< Why the field could not be filled; empty when it was.
    /// The error is a linked record that has not been written yet (it may still come: the job
    /// waits for it), not something wrong with the record or the mapping.
    bool waiting = false;
    bool ok() const { return error.isEmpty(); }
};

/// What a LinkResolver found for a "linked" field.
struct LinkResolution
{
    std::optional<QString> targetId; ///< the id the linked rule's record has in its target
    QString error; ///< why there is none, said plainly (when targetId is empty)
    bool waiting = false; ///< there is none yet, but it may come (the record is not written yet)
};

/// Resolves a "linked" field (FieldMapping::linked): the id of the target record that the rule
/// `ruleId` wrote for its source record `sourceId`.
using LinkResolver = std::function<LinkResolution(const QString &ruleId, const QString &sourceId)>;

/// The target payload built from one source record, with each field's result.
struct MappingResult
{
    QJsonObject payload;
    QList<FieldResult> fields;
    /// True when no field failed.
    bool ok() const;
    /// The failed fields' messages, "<id> (<target>): <error>".
    QStringList errors() const;
    /// True when fields failed and every one of them waits for a linked record (FieldResult::waiting).
    bool waiting() const;
};

/// Applies one object rule of a mapping document to source records: the engine's mapping step
/// (and the studio's preview). Compiles every transform once at creation; map() may then run
/// from any thread, any number of times.
///
/// Per field: the source value is read from `source` (a "[]" segment repeats the mapping for
/// each list element; a target list written "[+]" takes the source list's elements after the
/// elements the "[]" fields of that list fill, so that an invoice's LineItems get the order's
/// line_items and then its shipping_lines); the transform, if any, runs with `$` bound to that value (to the
/// record, or the element, when there is no source), `$record` to the whole record and `$line` to the current
/// element, `$tables` to the document's lookup tables (`$lookup($tables.tax_types, $)`); the lookup table, if
/// any, maps the result's text; the default fills a value that is still missing or null; a required field
/// that stays empty is an error. A field that ends up missing or null is left out of the payload (it never
/// clears the target's value). A "linked" field's value (after transform and lookup) is a source id of
/// another rule; map() given a LinkResolver writes the id of the target record that rule wrote for it
/// instead (no link: the field fails, FieldResult::waiting when the record may still be written);
/// without one (a preview) the value is written as it is.
class ObjectMapper
{
public:
    /// Prepares the rule `ruleId` of `document`; nullopt with *error when the rule does not exist
    /// or a transform does not compile.
    static std::optional<ObjectMapper> create(const MappingDocument &document, const QString &ruleId,
                                              QString *error = nullptr);

    MappingResult map(const QJsonValue &record, const LinkResolver &links = {}) const;

    const ObjectRule &rule() const { return m_rule; }

private:
    struct Prepared
    {
        FieldMapping mapping;
        std::optional<Expr::Expression> transform;
        std::optional<LookupTable> table;
        // The paths, split once: "LineItems[].ItemCode" ← "line_items[].sku".
        bool elementwise = false; ///< both source and target have "[]"
        QStringList targetKeys; ///< whole-value fields: the target's keys
        QString listPath; ///< elementwise: "LineItems"
        QStringList elementKeys; ///< elementwise: {"ItemCode"} (empty: the element itself)
        QString sourceListPath; ///< elementwise: "line_items"
        QString sourceRest; ///< elementwise: "sku"
        /// "[+]": the source list whose elements come first in the target list ("line_items"),
        /// empty when none does; these fields' elements follow them.
        std::optional<QString> appendAfter;
        bool usesLine = false; ///< the transform mentions `$line`
    };

    /// A transform's bindings as expression values, converted once per record (and per element
    /// for element-by-element fields) rather than once per field: `$record`, `$tables`, `$line`.
    struct Bindings
    {
        QHash<QString, Expr::Value> values;
        Expr::Value context; ///< the input of a transform without a source field
    };
    void apply(const Prepared &field, const QJsonValue &sourceValue, const Bindings *bindings,
               const LinkResolver &links, FieldResult &result) const;
    /// Notes what of the record `transform` can reach (m_bindRecord, m_wholeRecord,
    /// m_recordKeys); true when it mentions `$line`.
    bool noteRecordUse(const QString &transform, bool sourceless);

    ObjectRule m_rule;
    QList<Prepared> m_fields;
    QJsonObject m_tables; // every lookup table's entries by table id: `$tables` in transforms
    Expr::Value m_tablesValue; // the same, converted once
    bool m_anyTransform = false;
    /// What of a record the transforms can reach, found at creation: converting the whole
    /// record into expression values for every record cost more than the transforms. A
    /// transform reaches the record through `$record` (or, without a source field, as its input)
    /// and then only through the names it spells — unless it takes the record whole (a bare `$`
    /// without a source, `$record` not followed by a name) or uses a wildcard without a source.
    bool m_bindRecord = false; ///< some transform reads the record
    bool m_wholeRecord = false; ///< ... as a whole: convert all of it
    QSet<QString> m_recordKeys; ///< otherwise: the top-level keys worth converting (names spelt)
    Expr::EvaluateOptions m_options;
};

} // namespace LedgerLink::Mapping
