#pragma once

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <variant>

namespace LedgerLink::Sandbox::Graphql {

/// An object as a resolver hands it to the executor, which projects it onto a selection set.
struct Object
{
    QString type = {}; ///< the GraphQL object type ("Product")
    QJsonObject fields = {}; ///< the values of its scalar and enum fields, already GraphQL-shaped
    QJsonObject source = {}; ///< what its object fields are resolved from (a REST document...)
    QJsonObject owner = {}; ///< the document that holds `source` (a variant's product)
};

/// One page of a Relay connection.
struct Connection
{
    QList<Object> nodes = {};
    QStringList cursors = {}; ///< one per node
    bool hasNextPage = false;
    bool hasPreviousPage = false;
};

/// What an object field resolves to: null, an object, a list of objects or a connection page.
using Resolved = std::variant<std::monostate, Object, QList<Object>, Connection>;

/// Resolves an object field of `parent` with its coerced arguments. Setting `*error` makes the
/// field null and reports the message as a field error (with the field's path).
using Resolver = std::function<Resolved(const Object &parent, const QJsonObject &arguments, QString *error)>;

/// An argument of a field, or a field of an input object.
struct InputValueDef
{
    QString name = {};
    QString type = {}; ///< "Int", "ID!", "[ProductVariantsBulkInput!]!"
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
};

struct FieldDef
{
    QString name = {};
    QString type = {}; ///< the return type: "String", "Product", "[UserError!]!"
    QList<InputValueDef> arguments = {};
    /// Object fields only; a scalar field's value is read from Object::fields.
    Resolver resolve = {};
    /// Root fields: any one of these access scopes lets the token use the field.
    QStringList scopes = {};

    [[nodiscard]] const InputValueDef *argument(const QString &argumentName) const;
};

enum class TypeKind { Scalar, Enum, Object, InputObject };

/// How an input scalar is coerced; output values are whatever the resolvers put in fields.
enum class ScalarKind { String, Int, Float, Boolean, Id, Decimal };

struct TypeDef
{
    QString name = {};
    TypeKind kind = TypeKind::Object;
    ScalarKind scalar = ScalarKind::String;
    QList<FieldDef> fields = {}; ///< object types
    QList<InputValueDef> inputFields = {}; ///< input object types
    QStringList enumValues = {};
    /// For "<Node>Connection" types: the node type ("Product"); its edge type is "<Node>Edge".
    QString connectionNode = {};

    [[nodiscard]] const FieldDef *field(const QString &fieldName) const;
    [[nodiscard]] const InputValueDef *inputField(const QString &fieldName) const;
};

/// The types a GraphQL API serves: the built-in scalars, PageInfo, and what the API adds.
class Schema
{
public:
    Schema();

    void addScalar(const QString &name, ScalarKind kind);
    void addEnum(const QString &name, const QStringList &values);
    void addObject(const QString &name, const QList<FieldDef> &fields);
    void addInput(const QString &name, const QList<InputValueDef> &fields);
    /// Adds "<node>Connection" (edges, nodes, pageInfo) and "<node>Edge" (cursor, node).
    void addConnection(const QString &node);

    [[nodiscard]] const TypeDef *type(const QString &name) const;
    [[nodiscard]] const FieldDef *field(const QString &typeName, const QString &fieldName) const;
    /// Scalars and enums (no selection set).
    [[nodiscard]] bool isLeaf(const QString &typeName) const;

    QString queryType = QStringLiteral("QueryRoot");
    QString mutationType = QStringLiteral("Mutation");

private:
    QHash<QString, TypeDef> m_types;
};

} // namespace LedgerLink::Sandbox::Graphql
