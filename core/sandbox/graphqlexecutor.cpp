#include "sandbox/graphqlexecutor.h"

#include "model/decimal.h"

#include <QtCore/QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox::Graphql {

namespace {

/// Costs stop growing here: deep nesting of big pages must not overflow.
constexpr qint64 costCeiling = Q_INT64_C(1000000000000);

qint64 saturated(qint64 value)
{
    return qMin(value, costCeiling);
}

/// A value as written, for error messages: {title: "Mug", variants: [{price: 19.90}]}.
QString printValue(const Value &value)
{
    switch (value.kind) {
    case Value::Kind::Null:
        return u"null"_s;
    case Value::Kind::String:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value.text}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case Value::Kind::Variable:
        return u'$' + value.text;
    case Value::Kind::List: {
        QStringList items;
        for (const Value &item : value.items)
            items.append(printValue(item));
        return u'[' + items.join(u", "_s) + u']';
    }
    case Value::Kind::Object: {
        QStringList fields;
        for (size_t i = 0; i < value.items.size(); ++i)
            fields.append(value.names.at(i) + u": "_s + printValue(value.items.at(i)));
        return u'{' + fields.join(u", "_s) + u'}';
    }
    case Value::Kind::Int:
    case Value::Kind::Float:
    case Value::Kind::Boolean:
    case Value::Kind::Enum:
        break;
    }
    return value.text;
}

QString printArguments(const Selection &field)
{
    QStringList parts;
    for (const Argument &argument : field.arguments)
        parts.append(argument.name + u": "_s + printValue(argument.value));
    return parts.join(u", "_s);
}

/// The spreads anywhere inside a selection set.
void spreadsIn(const SelectionSet &selections, QStringList *names)
{
    for (const Selection &selection : selections) {
        if (selection.kind == Selection::Kind::FragmentSpread)
            names->append(selection.name);
        else
            spreadsIn(selection.selections, names);
    }
}

QString kindWord(const QString &type, const Schema &schema)
{
    const TypeDef *def = schema.type(namedType(type));
    if (!def)
        return u"an unknown type"_s;
    return def->kind == TypeKind::Enum ? u"an enum"_s : u"a scalar"_s;
}

} // namespace

QJsonObject errorObject(const QString &message, Location location, const QJsonArray &path,
                        const QJsonObject &extensions)
{
    QJsonObject error{{u"message"_s, message}};
    if (location.line > 0)
        error.insert(u"locations"_s,
                     QJsonArray{QJsonObject{{u"line"_s, location.line}, {u"column"_s, location.column}}});
    if (!path.isEmpty())
        error.insert(u"path"_s, path);
    if (!extensions.isEmpty())
        error.insert(u"extensions"_s, extensions);
    return error;
}

Executor::Executor(const Schema &schema, const Document &document)
    : m_schema(schema)
    , m_document(document)
{ }

void Executor::addError(const QString &message, Location location, const QJsonArray &path,
                        const QJsonObject &extensions)
{
    m_errors.append(errorObject(message, location, path, extensions));
}

bool Executor::isMutation() const
{
    return m_operation && m_operation->kind == u"mutation";
}

QString Executor::rootType(const Operation &operation) const
{
    return operation.kind == u"mutation" ? m_schema.mutationType : m_schema.queryType;
}

bool Executor::prepare(const QString &operationName, const QJsonObject &variables)
{
    validateDocument();
    if (!m_errors.isEmpty())
        return false;
    for (const Operation &operation : m_document.operations) {
        if (operationName.isEmpty() ? m_document.operations.size() == 1 : operation.name == operationName)
            m_operation = &operation;
    }
    if (!m_operation) {
        addError(operationName.isEmpty() ? u"An operation name is required"_s
                                         : u"No operation named \""_s + operationName + u'"',
                 {}, {});
        return false;
    }
    coerceVariables(variables);
    if (!m_errors.isEmpty())
        return false;
    m_requestedCost = requested(rootType(*m_operation), {&m_operation->selections}, {});
    return m_errors.isEmpty();
}

// ---- Validation -------------------------------------------------------------------------------

void Executor::validateDocument()
{
    QSet<QString> names;
    for (const Operation &operation : m_document.operations) {
        if (operation.name.isEmpty() && m_document.operations.size() > 1)
            addError(u"Operation name is required when multiple operations are present"_s, operation.location,
                     {}, {{u"code"_s, u"loneAnonymousOperation"_s}});
        else if (!operation.name.isEmpty() && names.contains(operation.name))
            addError(u"Operation name \""_s + operation.name + u"\" must be unique"_s, operation.location, {},
                     {{u"code"_s, u"uniquelyNamedOperations"_s}});
        names.insert(operation.name);
        validateOperation(operation);
    }
    validateFragments();
}

void Executor::validateOperation(const Operation &operation)
{
    const QJsonArray path{operation.label()};
    QSet<QString> declared;
    for (const VariableDefinition &variable : operation.variables) {
        if (declared.contains(variable.name))
            addError(u"There can only be one variable named \"$"_s + variable.name + u'"', variable.location,
                     path, {{u"code"_s, u"variableNotUnique"_s}});
        declared.insert(variable.name);
        const TypeDef *type = m_schema.type(namedType(variable.type));
        if (!type || type->kind == TypeKind::Object) {
            addError(
                namedType(variable.type) + u" isn't a defined input type (on $"_s + variable.name + u')',
                variable.location, path,
                {{u"code"_s, u"variableRequiresValidType"_s}, {u"typeName"_s, namedType(variable.type)}});
            continue;
        }
        QJsonValue ignored;
        if (variable.defaultValue && !coerceLiteral(*variable.defaultValue, variable.type, true, &ignored))
            addError(u"Default value for $"_s + variable.name + u" doesn't match type "_s + variable.type,
                     variable.location, path, {{u"code"_s, u"defaultValueInvalidType"_s}});
    }
    const QString root = rootType(operation);
    if (!m_schema.type(root)) {
        addError(u"Schema is not configured for "_s + operation.kind + u"s"_s, operation.location, path,
                 {{u"code"_s, u"missingMutationConfiguration"_s}});
        return;
    }
    validateSelections(root, operation.selections, path);
    if (!m_errors.isEmpty())
        return; // variable usages follow fields and fragments, which must be sound first
    QSet<QString> visited;
    QSet<QString> used;
    checkVariableUsages(operation, root, operation.selections, &visited, &used);
    for (const VariableDefinition &variable : operation.variables) {
        if (!used.contains(variable.name))
            addError(u"Variable $"_s + variable.name + u" is declared by "_s
                         + (operation.name.isEmpty() ? u"anonymous "_s + operation.kind : operation.name)
                         + u" but not used"_s,
                     variable.location, path,
                     {{u"code"_s, u"variableNotUsed"_s}, {u"variableName"_s, variable.name}});
    }
}

void Executor::validateFragments()
{
    QSet<QString> names;
    QStringList used;
    for (const Operation &operation : m_document.operations)
        spreadsIn(operation.selections, &used);
    for (const Fragment &fragment : m_document.fragments)
        spreadsIn(fragment.selections, &used);
    for (const Fragment &fragment : m_document.fragments) {
        const QJsonArray path{QString(u"fragment "_s + fragment.name)};
        if (names.contains(fragment.name))
            addError(u"Fragment name \""_s + fragment.name + u"\" must be unique"_s, fragment.location, path,
                     {{u"code"_s, u"fragmentNotUnique"_s}, {u"fragmentName"_s, fragment.name}});
        names.insert(fragment.name);
        if (!used.contains(fragment.name))
            addError(u"Fragment "_s + fragment.name + u" was defined, but not used"_s, fragment.location,
                     path, {{u"code"_s, u"useAndDefineFragment"_s}, {u"fragmentName"_s, fragment.name}});
        const TypeDef *type = m_schema.type(fragment.typeCondition);
        if (!type || type->kind != TypeKind::Object) {
            addError(u"No such type "_s + fragment.typeCondition + u", so it can't be a fragment condition"_s,
                     fragment.location, path,
                     {{u"code"_s, u"undefinedType"_s}, {u"typeName"_s, fragment.typeCondition}});
            continue;
        }
        validateSelections(fragment.typeCondition, fragment.selections, path);
    }
    for (const QString &name : std::as_const(used)) {
        if (!m_document.fragment(name)) {
            addError(u"Fragment "_s + name + u" was used, but not defined"_s, {}, {},
                     {{u"code"_s, u"useAndDefineFragment"_s}, {u"fragmentName"_s, name}});
            return;
        }
    }
    // A fragment that spreads itself, directly or not, would expand forever.
    for (const Fragment &fragment : m_document.fragments) {
        QStringList pending{fragment.name};
        QSet<QString> seen;
        while (!pending.isEmpty()) {
            const Fragment *current = m_document.fragment(pending.takeLast());
            QStringList next;
            spreadsIn(current->selections, &next);
            if (next.contains(fragment.name)) {
                addError(u"Fragment "_s + fragment.name + u" contains an infinite loop"_s, fragment.location,
                         {QString(u"fragment "_s + fragment.name)},
                         {{u"code"_s, u"infiniteLoop"_s}, {u"fragmentName"_s, fragment.name}});
                break;
            }
            for (const QString &name : std::as_const(next)) {
                if (!seen.contains(name)) {
                    seen.insert(name);
                    pending.append(name);
                }
            }
        }
    }
}

void Executor::validateSelections(const QString &type, const SelectionSet &selections, const QJsonArray &path)
{
    for (const Selection &selection : selections) {
        if (selection.kind == Selection::Kind::FragmentSpread) {
            const Fragment *fragment = m_document.fragment(selection.name);
            if (fragment && fragment->typeCondition != type && m_schema.type(fragment->typeCondition))
                addError(u"Fragment "_s + fragment->name + u" on "_s + fragment->typeCondition
                             + u" can't be spread inside "_s + type,
                         selection.location, path,
                         {{u"code"_s, u"cannotSpreadFragment"_s}, {u"fragmentName"_s, fragment->name}});
            continue;
        }
        const QJsonArray here = path + selection.responseKey();
        if (selection.name == u"__typename") {
            if (!selection.arguments.empty() || !selection.selections.empty())
                addError(u"Selections can't be made on scalars (field '__typename' returns String!)"_s,
                         selection.location, here, {{u"code"_s, u"selectionMismatch"_s}});
            continue;
        }
        const FieldDef *def = m_schema.field(type, selection.name);
        if (!def) {
            addError(
                u"Field '"_s + selection.name + u"' doesn't exist on type '"_s + type + u'\'',
                selection.location, here,
                {{u"code"_s, u"undefinedField"_s}, {u"typeName"_s, type}, {u"fieldName"_s, selection.name}});
            continue;
        }
        validateArguments(*def, selection, here);
        const QString target = namedType(def->type);
        if (m_schema.isLeaf(target)) {
            if (!selection.selections.empty())
                addError(u"Selections can't be made on "_s + kindWord(target, m_schema) + u"s (field '"_s
                             + selection.name + u"' returns "_s + target + u" but has selections [...])"_s,
                         selection.location, here, {{u"code"_s, u"selectionMismatch"_s}});
        } else if (selection.selections.empty()) {
            addError(u"Field must have selections (field '"_s + selection.name + u"' returns "_s + target
                         + u" but has no selections. Did you mean '"_s + selection.name + u" { ... }'?)"_s,
                     selection.location, here, {{u"code"_s, u"selectionMismatch"_s}});
        } else {
            validateSelections(target, selection.selections, here);
        }
    }
}

void Executor::validateArguments(const FieldDef &def, const Selection &field, const QJsonArray &path)
{
    QSet<QString> given;
    for (const Argument &argument : field.arguments) {
        given.insert(argument.name);
        const InputValueDef *expected = def.argument(argument.name);
        if (!expected) {
            addError(u"Field '"_s + field.name + u"' doesn't accept argument '"_s + argument.name + u'\'',
                     argument.location, path,
                     {{u"code"_s, u"argumentNotAccepted"_s},
                      {u"name"_s, field.name},
                      {u"typeName"_s, u"Field"_s},
                      {u"argumentName"_s, argument.name}});
            continue;
        }
        QJsonValue ignored;
        if (!coerceLiteral(argument.value, expected->type, false, &ignored))
            addError(u"Argument '"_s + argument.name + u"' on Field '"_s + field.name
                         + u"' has an invalid value ("_s + printValue(argument.value)
                         + u"). Expected type '"_s + expected->type + u"'."_s,
                     argument.location, path,
                     {{u"code"_s, u"argumentLiteralsIncompatible"_s},
                      {u"typeName"_s, u"Field"_s},
                      {u"argumentName"_s, argument.name}});
    }
    QStringList missing;
    for (const InputValueDef &argument : def.arguments) {
        if (isNonNull(argument.type) && argument.defaultValue.isUndefined() && !given.contains(argument.name))
            missing.append(argument.name);
    }
    if (!missing.isEmpty())
        addError(u"Field '"_s + field.name + u"' is missing required arguments: "_s + missing.join(u", "_s),
                 field.location, path,
                 {{u"code"_s, u"missingRequiredArguments"_s},
                  {u"className"_s, u"Field"_s},
                  {u"name"_s, field.name},
                  {u"arguments"_s, missing.join(u", "_s)}});
}

void Executor::checkVariableUsages(const Operation &operation, const QString &type,
                                   const SelectionSet &selections, QSet<QString> *visitedFragments,
                                   QSet<QString> *used)
{
    for (const Selection &selection : selections) {
        if (selection.kind == Selection::Kind::FragmentSpread) {
            const Fragment *fragment = m_document.fragment(selection.name);
            if (fragment && !visitedFragments->contains(fragment->name)) {
                visitedFragments->insert(fragment->name);
                checkVariableUsages(operation, fragment->typeCondition, fragment->selections,
                                    visitedFragments, used);
            }
            continue;
        }
        const FieldDef *def = m_schema.field(type, selection.name);
        if (!def)
            continue; // __typename
        for (const Argument &argument : selection.arguments) {
            if (const InputValueDef *expected = def->argument(argument.name))
                checkVariableUsage(operation, argument.value, expected->type, argument.name,
                                   !expected->defaultValue.isUndefined(), used);
        }
        checkVariableUsages(operation, namedType(def->type), selection.selections, visitedFragments, used);
    }
}

void Executor::checkVariableUsage(const Operation &operation, const Value &value, const QString &type,
                                  const QString &argumentName, bool hasDefault, QSet<QString> *used)
{
    if (value.kind == Value::Kind::List && isList(type)) {
        for (const Value &item : value.items)
            checkVariableUsage(operation, item, listItemType(type), argumentName, false, used);
        return;
    }
    if (value.kind == Value::Kind::Object) {
        const TypeDef *input = m_schema.type(namedType(type));
        for (size_t i = 0; input && i < value.items.size(); ++i) {
            if (const InputValueDef *field = input->inputField(value.names.at(i)))
                checkVariableUsage(operation, value.items.at(i), field->type, field->name,
                                   !field->defaultValue.isUndefined(), used);
        }
        return;
    }
    if (value.kind != Value::Kind::Variable)
        return;
    used->insert(value.text);
    const QString label = operation.name.isEmpty() ? u"anonymous "_s + operation.kind : operation.name;
    const VariableDefinition *variable = operation.variable(value.text);
    if (!variable) {
        addError(u"Variable $"_s + value.text + u" is used by "_s + label + u" but not declared"_s,
                 value.location, {operation.label()},
                 {{u"code"_s, u"variableNotDefined"_s}, {u"variableName"_s, value.text}});
        return;
    }
    QString declared = variable->type;
    QString wanted = type;
    if (declared.remove(u'!') != wanted.remove(u'!')) {
        addError(u"Type mismatch on variable $"_s + value.text + u" and argument "_s + argumentName + u" ("_s
                     + variable->type + u" / "_s + type + u')',
                 value.location, {operation.label()},
                 {{u"code"_s, u"variableMismatch"_s}, {u"variableName"_s, value.text}});
    } else if (isNonNull(type) && !isNonNull(variable->type) && !variable->defaultValue && !hasDefault) {
        addError(u"Nullability mismatch on variable $"_s + value.text + u" and argument "_s + argumentName
                     + u" ("_s + variable->type + u" / "_s + type + u')',
                 value.location, {operation.label()},
                 {{u"code"_s, u"variableMismatch"_s}, {u"variableName"_s, value.text}});
    }
}

void Executor::coerceVariables(const QJsonObject &variables)
{
    for (const VariableDefinition &variable : m_operation->variables) {
        QJsonValue value = variables.value(variable.name);
        if (value.isUndefined() && variable.defaultValue) {
            coerceLiteral(*variable.defaultValue, variable.type, true, &value);
            m_variables.insert(variable.name, value);
            continue;
        }
        if (value.isUndefined() && !isNonNull(variable.type))
            continue; // not provided: arguments using it fall back to their defaults
        QJsonArray problems;
        const QJsonValue coerced = coerceJson(value, variable.type, {}, &problems);
        if (problems.isEmpty()) {
            m_variables.insert(variable.name, coerced);
            continue;
        }
        QString message = u"Variable $"_s + variable.name + u" of type "_s + variable.type
            + u" was provided invalid value"_s;
        const QJsonObject first = problems.first().toObject();
        QStringList where;
        for (const QJsonValue &step : first.value(u"path"_s).toArray())
            where.append(step.isString() ? step.toString() : QString::number(step.toInteger()));
        if (!where.isEmpty())
            message +=
                u" for "_s + where.join(u'.') + u" ("_s + first.value(u"explanation"_s).toString() + u')';
        addError(message, variable.location, {},
                 {{u"code"_s, u"INVALID_VARIABLE"_s},
                  {u"value"_s, value.isUndefined() ? QJsonValue() : value},
                  {u"problems"_s, problems}});
    }
}

// ---- Input coercion ---------------------------------------------------------------------------

QJsonValue Executor::coerceJson(const QJsonValue &value, const QString &type, const QJsonArray &path,
                                QJsonArray *problems) const
{
    auto problem = [&](const QString &explanation) {
        problems->append(QJsonObject{{u"path"_s, path}, {u"explanation"_s, explanation}});
        return QJsonValue();
    };
    if (value.isNull() || value.isUndefined())
        return isNonNull(type) ? problem(u"Expected value to not be null"_s) : QJsonValue();
    if (isList(type)) {
        const QString item = listItemType(type);
        if (!value.isArray())
            return QJsonArray{coerceJson(value, item, path, problems)};
        QJsonArray items;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            items.append(coerceJson(array.at(i), item, path + i, problems));
        return items;
    }
    const TypeDef *def = m_schema.type(namedType(type));
    if (!def)
        return problem(u"Unknown type "_s + namedType(type));
    const QString shown =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    const QString couldNot = u"Could not coerce value "_s + shown + u" to "_s + def->name;
    switch (def->kind) {
    case TypeKind::Scalar:
        switch (def->scalar) {
        case ScalarKind::String:
            return value.isString() ? value : problem(couldNot);
        case ScalarKind::Boolean:
            return value.isBool() ? value : problem(couldNot);
        case ScalarKind::Float:
            return value.isDouble() ? value : problem(couldNot);
        case ScalarKind::Int: {
            const double number = value.toDouble();
            if (!value.isDouble() || std::trunc(number) != number
                || number < std::numeric_limits<qint32>::min() || number > std::numeric_limits<qint32>::max())
                return problem(couldNot);
            return QJsonValue(qint64(number));
        }
        case ScalarKind::Id:
            if (value.isString())
                return value;
            // Qt keeps integral JSON numbers exact as qint64.
            if (value.isDouble() && value.toDouble() == std::trunc(value.toDouble()))
                return QString::number(value.toInteger());
            return problem(couldNot);
        case ScalarKind::Decimal:
            if (const auto decimal = Model::Decimal::fromJson(value))
                return decimal->toString();
            return problem(couldNot);
        }
        break;
    case TypeKind::Enum:
        if (value.isString() && def->enumValues.contains(value.toString()))
            return value;
        return problem(u"Expected "_s + shown + u" to be one of: "_s + def->enumValues.join(u", "_s));
    case TypeKind::InputObject: {
        if (!value.isObject())
            return problem(couldNot);
        const QJsonObject object = value.toObject();
        QJsonObject coerced;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!def->inputField(it.key()))
                problems->append(
                    QJsonObject{{u"path"_s, path + it.key()},
                                {u"explanation"_s, QString(u"Field is not defined on "_s + def->name)}});
        }
        for (const InputValueDef &field : def->inputFields) {
            const QJsonValue given = object.value(field.name);
            if (given.isUndefined()) {
                if (!field.defaultValue.isUndefined())
                    coerced.insert(field.name, field.defaultValue);
                else if (isNonNull(field.type))
                    problems->append(QJsonObject{{u"path"_s, path + field.name},
                                                 {u"explanation"_s, u"Expected value to not be null"_s}});
                continue;
            }
            coerced.insert(field.name, coerceJson(given, field.type, path + field.name, problems));
        }
        return coerced;
    }
    case TypeKind::Object:
        break;
    }
    return problem(def->name + u" is not an input type"_s);
}

bool Executor::coerceLiteral(const Value &value, const QString &type, bool constant, QJsonValue *out) const
{
    if (value.kind == Value::Kind::Variable) {
        // Statically any variable fits here (checkVariableUsage() compares the types); at run time
        // it holds its coerced value, or is absent.
        *out = constant ? QJsonValue(QJsonValue::Undefined) : m_variables.value(value.text);
        return true;
    }
    if (value.kind == Value::Kind::Null) {
        *out = QJsonValue();
        return !isNonNull(type);
    }
    if (isList(type)) {
        const QString item = listItemType(type);
        if (value.kind != Value::Kind::List) {
            QJsonValue single;
            const bool ok = coerceLiteral(value, item, constant, &single);
            *out = QJsonArray{single};
            return ok;
        }
        QJsonArray items;
        for (const Value &element : value.items) {
            QJsonValue coerced;
            if (!coerceLiteral(element, item, constant, &coerced))
                return false;
            items.append(coerced);
        }
        *out = items;
        return true;
    }
    const TypeDef *def = m_schema.type(namedType(type));
    if (!def)
        return false;
    using Kind = Value::Kind;
    switch (def->kind) {
    case TypeKind::Scalar:
        switch (def->scalar) {
        case ScalarKind::String:
            *out = value.text;
            return value.kind == Kind::String;
        case ScalarKind::Boolean:
            *out = value.text == u"true";
            return value.kind == Kind::Boolean;
        case ScalarKind::Int: {
            bool ok = false;
            const int number = value.text.toInt(&ok);
            *out = qint64(number);
            return value.kind == Kind::Int && ok;
        }
        case ScalarKind::Float: {
            bool ok = false;
            *out = value.text.toDouble(&ok);
            return (value.kind == Kind::Int || value.kind == Kind::Float) && ok;
        }
        case ScalarKind::Id:
            *out = value.text;
            return value.kind == Kind::String || value.kind == Kind::Int;
        case ScalarKind::Decimal: {
            // The literal's text, never a double: 19.90 stays 19.90.
            const auto decimal = Model::Decimal::fromString(value.text);
            *out = decimal ? QJsonValue(decimal->toString()) : QJsonValue();
            return decimal
                && (value.kind == Kind::String || value.kind == Kind::Int || value.kind == Kind::Float);
        }
        }
        return false;
    case TypeKind::Enum:
        *out = value.text;
        return value.kind == Kind::Enum && def->enumValues.contains(value.text);
    case TypeKind::InputObject: {
        if (value.kind != Kind::Object)
            return false;
        QJsonObject object;
        for (size_t i = 0; i < value.items.size(); ++i) {
            const InputValueDef *field = def->inputField(value.names.at(i));
            QJsonValue coerced;
            if (!field || !coerceLiteral(value.items.at(i), field->type, constant, &coerced))
                return false;
            if (!coerced.isUndefined())
                object.insert(field->name, coerced);
        }
        for (const InputValueDef &field : def->inputFields) {
            if (object.contains(field.name)
                || std::find(value.names.cbegin(), value.names.cend(), field.name) != value.names.cend())
                continue;
            if (!field.defaultValue.isUndefined())
                object.insert(field.name, field.defaultValue);
            else if (isNonNull(field.type))
                return false;
        }
        *out = object;
        return true;
    }
    case TypeKind::Object:
        break;
    }
    return false;
}

QJsonObject Executor::coerceArguments(const FieldDef &field, const Selection &selection, QString *error) const
{
    QJsonObject arguments;
    for (const InputValueDef &argument : field.arguments) {
        QJsonValue value(QJsonValue::Undefined);
        if (const Argument *given = selection.argument(argument.name)) {
            if (!coerceLiteral(given->value, argument.type, false, &value)) {
                *error = u"Argument '"_s + argument.name + u"' on Field '"_s + field.name
                    + u"' has an invalid value ("_s + printValue(given->value) + u"). Expected type '"_s
                    + argument.type + u"'."_s;
                return {};
            }
        }
        if (value.isUndefined())
            value = argument.defaultValue;
        if (value.isUndefined() || value.isNull()) {
            if (isNonNull(argument.type)) {
                *error = u"Field '"_s + field.name + u"' is missing required arguments: "_s + argument.name;
                return {};
            }
            continue; // a null argument is left out: the resolvers take null as "not given"
        }
        arguments.insert(argument.name, value);
    }
    return arguments;
}

// ---- Selections, cost and execution ----------------------------------------------------------

void Executor::collectInto(const QString &type, const SelectionSet &selections,
                           QList<FieldGroup> *groups) const
{
    for (const Selection &selection : selections) {
        if (selection.kind == Selection::Kind::FragmentSpread) {
            if (const Fragment *fragment = m_document.fragment(selection.name))
                collectInto(type, fragment->selections, groups);
            continue;
        }
        const QString key = selection.responseKey();
        auto existing = std::find_if(groups->begin(), groups->end(),
                                     [&key](const FieldGroup &group) { return group.key == key; });
        if (existing == groups->end()) {
            FieldGroup group;
            group.key = key;
            group.field = &selection;
            group.subsets.append(&selection.selections);
            groups->append(group);
            continue;
        }
        if (existing->field->name != selection.name)
            existing->conflict = existing->field->name + u" or "_s + selection.name;
        else if (printArguments(*existing->field) != printArguments(selection))
            existing->conflict = u"differing arguments"_s;
        existing->subsets.append(&selection.selections);
    }
}

QList<FieldGroup> Executor::collect(const QString &type, const QList<const SelectionSet *> &sets) const
{
    QList<FieldGroup> groups;
    for (const SelectionSet *set : sets)
        collectInto(type, *set, &groups);
    return groups;
}

QList<FieldGroup> Executor::rootFields() const
{
    return m_operation ? collect(rootType(*m_operation), {&m_operation->selections}) : QList<FieldGroup>();
}

QList<const SelectionSet *> Executor::nodeSelections(const QString &connectionType,
                                                     const QList<const SelectionSet *> &sets) const
{
    const TypeDef *connection = m_schema.type(connectionType);
    QList<const SelectionSet *> nodes;
    for (const FieldGroup &group : collect(connectionType, sets)) {
        if (group.field->name == u"nodes") {
            nodes += group.subsets;
        } else if (group.field->name == u"edges") {
            for (const FieldGroup &edge : collect(connection->connectionNode + u"Edge"_s, group.subsets)) {
                if (edge.field->name == u"node")
                    nodes += edge.subsets;
            }
        }
    }
    return nodes;
}

QJsonArray Executor::accessErrors(const QStringList &granted) const
{
    QJsonArray errors;
    for (const FieldGroup &group : rootFields()) {
        const FieldDef *def = m_schema.field(rootType(*m_operation), group.field->name);
        if (!def || def->scopes.isEmpty())
            continue;
        const bool allowed =
            std::any_of(def->scopes.cbegin(), def->scopes.cend(),
                        [&granted](const QString &scope) { return granted.contains(scope); });
        if (allowed)
            continue;
        const QString required = u'`' + def->scopes.first() + u"` access scope."_s;
        errors.append(
            errorObject(u"Access denied for "_s + def->name + u" field. Required access: "_s + required,
                        group.field->location, {group.key},
                        {{u"code"_s, u"ACCESS_DENIED"_s},
                         {u"documentation"_s, u"https://shopify.dev/api/usage/access-scopes"_s},
                         {u"requiredAccess"_s, required}}));
    }
    return errors;
}

qint64 Executor::requested(const QString &type, const QList<const SelectionSet *> &sets,
                           const QJsonArray &path)
{
    qint64 total = 0;
    for (const FieldGroup &group : collect(type, sets)) {
        const QJsonArray here = path + group.key;
        if (!group.conflict.isEmpty()) {
            addError(u"Field '"_s + group.key + u"' has a field conflict: "_s + group.conflict + u'?',
                     group.field->location, here, {{u"code"_s, u"fieldConflict"_s}});
            continue;
        }
        const FieldDef *def = m_schema.field(type, group.field->name);
        if (!def || m_schema.isLeaf(namedType(def->type)))
            continue; // __typename, scalars and enums cost nothing
        QString error;
        const QJsonObject arguments = coerceArguments(*def, *group.field, &error);
        if (!error.isEmpty()) {
            addError(error, group.field->location, here);
            continue;
        }
        const TypeDef *target = m_schema.type(namedType(def->type));
        if (target->connectionNode.isEmpty()) {
            const qint64 base = type == m_schema.mutationType ? 10 : 1;
            total = saturated(total + base + requested(target->name, group.subsets, here));
            continue;
        }
        const qint64 nodeCost =
            requested(target->connectionNode, nodeSelections(target->name, group.subsets), here);
        if (m_bulk)
            continue; // a bulk query has no page size and costs nothing
        const QJsonValue first = arguments.value(u"first"_s);
        if (first.isUndefined() || first.isNull()) {
            addError(u"you must provide one of first or last"_s, group.field->location, here);
            continue;
        }
        if (first.toInteger() > maxPageSize || first.toInteger() < 1) {
            addError(first.toInteger() < 1 ? u"The first argument must be >= 1"_s
                                           : u"The first argument must be <= 250"_s,
                     group.field->location, here);
            continue;
        }
        total = saturated(total + 2 + first.toInteger() * qMax<qint64>(1, nodeCost));
    }
    return total;
}

QJsonObject Executor::execute(qint64 *actualCost)
{
    *actualCost = 0;
    if (!m_operation)
        return {};
    return project(Object{rootType(*m_operation), {}, {}, {}}, rootFields(), {}, actualCost);
}

QJsonObject Executor::project(const Object &object, const QList<FieldGroup> &fields, const QJsonArray &path,
                              qint64 *cost)
{
    QJsonObject out;
    for (const FieldGroup &group : fields) {
        const Selection &field = *group.field;
        if (field.name == u"__typename") {
            out.insert(group.key, object.type);
            continue;
        }
        const FieldDef *def = m_schema.field(object.type, field.name);
        if (!def)
            continue; // validated before: cannot happen
        const QString target = namedType(def->type);
        if (m_schema.isLeaf(target)) {
            const QJsonValue value = object.fields.value(field.name);
            out.insert(group.key, value.isUndefined() ? QJsonValue() : value);
            continue;
        }
        const bool connection = !m_schema.type(target)->connectionNode.isEmpty();
        if (connection && m_bulk)
            continue;
        *cost += object.type == m_schema.mutationType ? 10 : connection ? 2 : 1;
        const QJsonArray here = path + group.key;
        QString error;
        const QJsonObject arguments = coerceArguments(*def, field, &error);
        Resolved resolved;
        if (error.isEmpty() && def->resolve)
            resolved = def->resolve(object, arguments, &error);
        if (!error.isEmpty()) {
            addError(error, field.location, here);
            out.insert(group.key, QJsonValue());
            continue;
        }
        out.insert(group.key, resolvedValue(resolved, target, group.subsets, here, cost));
    }
    return out;
}

QJsonValue Executor::resolvedValue(const Resolved &resolved, const QString &type,
                                   const QList<const SelectionSet *> &subsets, const QJsonArray &path,
                                   qint64 *cost)
{
    if (const auto *one = std::get_if<Object>(&resolved))
        return project(*one, collect(one->type, subsets), path, cost);
    if (const auto *list = std::get_if<QList<Object>>(&resolved)) {
        QJsonArray items;
        for (qsizetype i = 0; i < list->size(); ++i)
            items.append(project(list->at(i), collect(list->at(i).type, subsets), path + i, cost));
        return items;
    }
    if (const auto *page = std::get_if<Connection>(&resolved))
        return projectConnection(*page, type, subsets, path, cost);
    return QJsonValue();
}

QJsonObject Executor::projectConnection(const Connection &page, const QString &type,
                                        const QList<const SelectionSet *> &sets, const QJsonArray &path,
                                        qint64 *cost)
{
    const QString edgeType = m_schema.type(type)->connectionNode + u"Edge"_s;
    QList<qint64> nodeCosts(page.nodes.size(), 0);
    QJsonObject out;
    for (const FieldGroup &group : collect(type, sets)) {
        const QString &name = group.field->name;
        const QJsonArray here = path + group.key;
        if (name == u"__typename") {
            out.insert(group.key, type);
        } else if (name == u"edges") {
            QJsonArray edges;
            const QList<FieldGroup> edgeFields = collect(edgeType, group.subsets);
            for (qsizetype i = 0; i < page.nodes.size(); ++i) {
                QJsonObject edge;
                for (const FieldGroup &edgeField : edgeFields) {
                    if (edgeField.field->name == u"__typename")
                        edge.insert(edgeField.key, edgeType);
                    else if (edgeField.field->name == u"cursor")
                        edge.insert(edgeField.key, page.cursors.value(i));
                    else
                        edge.insert(edgeField.key,
                                    project(page.nodes.at(i),
                                            collect(page.nodes.at(i).type, edgeField.subsets),
                                            here + i + edgeField.key, &nodeCosts[i]));
                }
                edges.append(edge);
            }
            out.insert(group.key, edges);
        } else if (name == u"nodes") {
            QJsonArray nodes;
            for (qsizetype i = 0; i < page.nodes.size(); ++i)
                nodes.append(project(page.nodes.at(i), collect(page.nodes.at(i).type, group.subsets),
                                     here + i, &nodeCosts[i]));
            out.insert(group.key, nodes);
        } else if (name == u"pageInfo") {
            QJsonObject info;
            for (const FieldGroup &infoField : collect(u"PageInfo"_s, group.subsets)) {
                const QString &infoName = infoField.field->name;
                if (infoName == u"__typename")
                    info.insert(infoField.key, u"PageInfo"_s);
                else if (infoName == u"hasNextPage")
                    info.insert(infoField.key, page.hasNextPage);
                else if (infoName == u"hasPreviousPage")
                    info.insert(infoField.key, page.hasPreviousPage);
                else if (infoName == u"startCursor")
                    info.insert(infoField.key, page.cursors.isEmpty() ? QJsonValue() : page.cursors.first());
                else if (infoName == u"endCursor")
                    info.insert(infoField.key, page.cursors.isEmpty() ? QJsonValue() : page.cursors.last());
            }
            out.insert(group.key, info);
        }
    }
    for (const qint64 nodeCost : std::as_const(nodeCosts))
        *cost += qMax<qint64>(1, nodeCost);
    return out;
}

} // namespace LedgerLink::Sandbox::Graphql
