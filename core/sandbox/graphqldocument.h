#pragma once

#include <QtCore/QString>

#include <optional>
#include <variant>
#include <vector>

/// The GraphQL language as the sandbox store reads it: executable documents (operations and
/// named fragments), parsed into a plain tree. Inline fragments, directives and subscriptions
/// are refused with a clear error.
namespace LedgerLink::Sandbox::Graphql {

/// A place in the document, 1-based, as GraphQL reports it in "locations".
struct Location
{
    int line = 0;
    int column = 0;
};

/// An input value as written: a literal, a list, an input object or a $variable.
struct Value
{
    enum class Kind { Null, Int, Float, String, Boolean, Enum, List, Object, Variable };
    Kind kind = Kind::Null;
    /// Int and Float as written ("19.90" stays exact), a String's contents, an Enum's or a
    /// Variable's name, "true"/"false".
    QString text = {};
    std::vector<Value> items = {}; ///< List items; Object field values
    std::vector<QString> names = {}; ///< Object field names, parallel to items
    Location location = {};
};

struct Argument
{
    QString name = {};
    Value value = {};
    Location location = {};
};

/// A field (optional alias, arguments, sub-selection) or a named fragment spread (`...Name`).
struct Selection
{
    enum class Kind { Field, FragmentSpread };
    Kind kind = Kind::Field;
    QString alias = {};
    QString name = {}; ///< the field's or the fragment's name
    std::vector<Argument> arguments = {};
    std::vector<Selection> selections = {};
    Location location = {};

    /// The key of the field in the answer: the alias, else the name.
    [[nodiscard]] QString responseKey() const { return alias.isEmpty() ? name : alias; }
    [[nodiscard]] const Argument *argument(const QString &argumentName) const;
};

using SelectionSet = std::vector<Selection>;

struct VariableDefinition
{
    QString name = {};
    QString type = {}; ///< as written, normalised: "ID!", "[ProductVariantsBulkInput!]!"
    std::optional<Value> defaultValue = {};
    Location location = {};
};

struct Operation
{
    QString kind = {}; ///< "query" or "mutation"
    QString name = {}; ///< empty for an anonymous operation
    std::vector<VariableDefinition> variables = {};
    SelectionSet selections = {};
    Location location = {};

    /// How errors name the operation at the head of a "path": "query LedgerLinkProducts", "query".
    [[nodiscard]] QString label() const { return name.isEmpty() ? kind : kind + u' ' + name; }
    [[nodiscard]] const VariableDefinition *variable(const QString &variableName) const;
};

struct Fragment
{
    QString name = {};
    QString typeCondition = {};
    SelectionSet selections = {};
    Location location = {};
};

struct Document
{
    std::vector<Operation> operations = {};
    std::vector<Fragment> fragments = {};

    [[nodiscard]] const Fragment *fragment(const QString &name) const;
};

struct SyntaxError
{
    QString message = {}; ///< "syntax error, unexpected RCURLY ("}"), expecting NAME at [3, 5]"
    Location location = {};
};

/// Parses an executable document (GraphQL October 2021, without inline fragments, directives
/// and subscriptions).
std::variant<Document, SyntaxError> parseDocument(const QString &text);

/// The named type inside a type reference: "[ProductVariantsBulkInput!]!" -> "ProductVariantsBulkInput".
QString namedType(const QString &type);
/// True for "T!" and "[T]!".
bool isNonNull(const QString &type);
/// True for "[T]" and "[T]!".
bool isList(const QString &type);
/// The item type of a list type: "[T!]!" -> "T!".
QString listItemType(const QString &type);
/// The type without its outer "!": "ID!" -> "ID".
QString nullableType(const QString &type);

} // namespace LedgerLink::Sandbox::Graphql
