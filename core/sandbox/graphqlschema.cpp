#include "sandbox/graphqlschema.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox::Graphql {

const InputValueDef *FieldDef::argument(const QString &argumentName) const
{
    for (const InputValueDef &candidate : arguments) {
        if (candidate.name == argumentName)
            return &candidate;
    }
    return nullptr;
}

const FieldDef *TypeDef::field(const QString &fieldName) const
{
    for (const FieldDef &candidate : fields) {
        if (candidate.name == fieldName)
            return &candidate;
    }
    return nullptr;
}

const InputValueDef *TypeDef::inputField(const QString &fieldName) const
{
    for (const InputValueDef &candidate : inputFields) {
        if (candidate.name == fieldName)
            return &candidate;
    }
    return nullptr;
}

Schema::Schema()
{
    addScalar(u"String"_s, ScalarKind::String);
    addScalar(u"Int"_s, ScalarKind::Int);
    addScalar(u"Float"_s, ScalarKind::Float);
    addScalar(u"Boolean"_s, ScalarKind::Boolean);
    addScalar(u"ID"_s, ScalarKind::Id);
    addObject(u"PageInfo"_s,
              {
                  FieldDef{u"hasNextPage"_s, u"Boolean!"_s},
                  FieldDef{u"hasPreviousPage"_s, u"Boolean!"_s},
                  FieldDef{u"startCursor"_s, u"String"_s},
                  FieldDef{u"endCursor"_s, u"String"_s},
              });
}

void Schema::addScalar(const QString &name, ScalarKind kind)
{
    TypeDef type;
    type.name = name;
    type.kind = TypeKind::Scalar;
    type.scalar = kind;
    m_types.insert(name, type);
}

void Schema::addEnum(const QString &name, const QStringList &values)
{
    TypeDef type;
    type.name = name;
    type.kind = TypeKind::Enum;
    type.enumValues = values;
    m_types.insert(name, type);
}

void Schema::addObject(const QString &name, const QList<FieldDef> &fields)
{
    TypeDef type;
    type.name = name;
    type.kind = TypeKind::Object;
    type.fields = fields;
    m_types.insert(name, type);
}

void Schema::addInput(const QString &name, const QList<InputValueDef> &fields)
{
    TypeDef type;
    type.name = name;
    type.kind = TypeKind::InputObject;
    type.inputFields = fields;
    m_types.insert(name, type);
}

void Schema::addConnection(const QString &node)
{
    // The executor projects connections itself (Connection pages), so these fields need no
    // resolvers.
    addObject(node + u"Edge"_s, {FieldDef{u"cursor"_s, u"String!"_s}, FieldDef{u"node"_s, node + u'!'}});
    TypeDef connection;
    connection.name = node + u"Connection"_s;
    connection.kind = TypeKind::Object;
    connection.connectionNode = node;
    connection.fields = {
        FieldDef{u"edges"_s, u"["_s + node + u"Edge!]!"_s},
        FieldDef{u"nodes"_s, u"["_s + node + u"!]!"_s},
        FieldDef{u"pageInfo"_s, u"PageInfo!"_s},
    };
    m_types.insert(connection.name, connection);
}

const TypeDef *Schema::type(const QString &name) const
{
    const auto it = m_types.constFind(name);
    return it == m_types.cend() ? nullptr : &it.value();
}

const FieldDef *Schema::field(const QString &typeName, const QString &fieldName) const
{
    const TypeDef *owner = type(typeName);
    return owner ? owner->field(fieldName) : nullptr;
}

bool Schema::isLeaf(const QString &typeName) const
{
    const TypeDef *def = type(typeName);
    return def && (def->kind == TypeKind::Scalar || def->kind == TypeKind::Enum);
}

} // namespace LedgerLink::Sandbox::Graphql
