#pragma once

#include "sandbox/graphqldocument.h"
#include "sandbox/graphqlschema.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QSet>

namespace LedgerLink::Sandbox::Graphql {

/// The fields of one selection level with the same response key, fragments expanded and merged.
struct FieldGroup
{
    QString key = {};
    const Selection *field = nullptr; ///< the first occurrence
    QList<const SelectionSet *> subsets = {}; ///< the merged sub-selections
    QString conflict = {}; ///< another field name or arguments under the same key
};

/**
 * Validates and runs one document against a schema: static validation (every field of every
 * operation and fragment checked against its type, arguments, variables, fragments), the choice
 * of the operation, variable coercion, the requested cost (Shopify's rules: scalar 0, object 1,
 * connection 2 + first x node cost, mutation root field 10), then execution with the actual cost.
 * Errors are GraphQL error objects (message, locations, path, extensions.code) as graphql-ruby
 * writes them. The document must outlive the executor.
 */
class Executor
{
public:
    /// The largest `first` a connection accepts.
    static constexpr qint64 maxPageSize = 250;

    Executor(const Schema &schema, const Document &document);

    /// Bulk mode: connections need no `first` and are left out of projections (the bulk
    /// operation walks them itself), and no cost is computed.
    void setBulk(bool bulk) { m_bulk = bulk; }

    /// Validates the document, chooses the operation and coerces the variables; false with
    /// errors() when the request cannot run.
    bool prepare(const QString &operationName, const QJsonObject &variables);
    /// ACCESS_DENIED errors for the root fields whose scopes `granted` lacks.
    [[nodiscard]] QJsonArray accessErrors(const QStringList &granted) const;
    /// Runs the operation's root fields in order; field errors are added to errors().
    QJsonObject execute(qint64 *actualCost);

    [[nodiscard]] const QJsonArray &errors() const { return m_errors; }
    [[nodiscard]] const Operation *operation() const { return m_operation; }
    [[nodiscard]] bool isMutation() const;
    [[nodiscard]] qint64 requestedCost() const { return m_requestedCost; }

    // The building blocks a bulk operation uses to run a connection itself.
    [[nodiscard]] QList<FieldGroup> rootFields() const;
    [[nodiscard]] QList<FieldGroup> collect(const QString &type,
                                            const QList<const SelectionSet *> &sets) const;
    /// The selections that apply to a connection's nodes: those of `edges { node }` and `nodes`.
    [[nodiscard]] QList<const SelectionSet *> nodeSelections(const QString &connectionType,
                                                             const QList<const SelectionSet *> &sets) const;
    /// The field's arguments coerced against their types, variables substituted, defaults added;
    /// null ones left out.
    QJsonObject coerceArguments(const FieldDef &field, const Selection &selection, QString *error) const;
    /// `object` projected onto `fields`; adds the actual cost of what was resolved to `*cost`.
    QJsonObject project(const Object &object, const QList<FieldGroup> &fields, const QJsonArray &path,
                        qint64 *cost);

private:
    // Validation.
    void validateDocument();
    void validateOperation(const Operation &operation);
    void validateFragments();
    void validateSelections(const QString &type, const SelectionSet &selections, const QJsonArray &path);
    void validateArguments(const FieldDef &def, const Selection &field, const QJsonArray &path);
    void checkVariableUsages(const Operation &operation, const QString &type, const SelectionSet &selections,
                             QSet<QString> *visitedFragments, QSet<QString> *used);
    void checkVariableUsage(const Operation &operation, const Value &value, const QString &type,
                            const QString &argumentName, bool hasDefault, QSet<QString> *used);
    void coerceVariables(const QJsonObject &variables);

    // Coercion of input values.
    QJsonValue coerceJson(const QJsonValue &value, const QString &type, const QJsonArray &path,
                          QJsonArray *problems) const;
    bool coerceLiteral(const Value &value, const QString &type, bool constant, QJsonValue *out) const;

    // Cost and execution.
    qint64 requested(const QString &type, const QList<const SelectionSet *> &sets, const QJsonArray &path);
    QJsonValue resolvedValue(const Resolved &resolved, const QString &type,
                             const QList<const SelectionSet *> &subsets, const QJsonArray &path,
                             qint64 *cost);
    QJsonObject projectConnection(const Connection &page, const QString &type,
                                  const QList<const SelectionSet *> &sets, const QJsonArray &path,
                                  qint64 *cost);
    void collectInto(const QString &type, const SelectionSet &selections, QList<FieldGroup> *groups) const;
    [[nodiscard]] QString rootType(const Operation &operation) const;

    void addError(const QString &message, Location location, const QJsonArray &path,
                  const QJsonObject &extensions = {});

    const Schema &m_schema;
    const Document &m_document;
    const Operation *m_operation = nullptr;
    QJsonObject m_variables;
    QJsonArray m_errors;
    qint64 m_requestedCost = 0;
    bool m_bulk = false;
};

/// A GraphQL error object: {"message", "locations", "path", "extensions"}.
QJsonObject errorObject(const QString &message, Location location = {}, const QJsonArray &path = {},
                        const QJsonObject &extensions = {});

} // namespace LedgerLink::Sandbox::Graphql
