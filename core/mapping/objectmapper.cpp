#include "mapping/objectmapper.h"

#include "expr/tokenizer.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace LedgerLink::Mapping {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Mapping::ObjectMapper)
};

QJsonValue valueAt(const QJsonValue &root, QStringView path)
{
    if (path.isEmpty())
        return root;
    QJsonValue current = root;
    for (const QStringView key : path.split(u'.')) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

void setAt(QJsonObject &object, const QStringList &keys, qsizetype from, const QJsonValue &value)
{
    const QString &key = keys.at(from);
    if (key.endsWith(u"[]"_s) && from + 1 < keys.size()) {
        // A list inside a list element, filled by a single value: its element 0
        // ("Line[].LinkedTxn[].TxnId" from one invoice id writes Line[0].LinkedTxn[0].TxnId).
        const QString name = key.chopped(2);
        QJsonArray list = object.value(name).toArray();
        QJsonObject element = list.isEmpty() ? QJsonObject() : list.first().toObject();
        setAt(element, keys, from + 1, value);
        if (list.isEmpty())
            list.append(element);
        else
            list.replace(0, element);
        object.insert(name, list);
        return;
    }
    if (from + 1 == keys.size()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setAt(child, keys, from + 1, value);
    object.insert(key, child);
}

QString keyText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(value.toInteger()))
            return QString::number(value.toInteger());
        return QString::number(d, 'g', 17);
    }
    return {};
}

} // namespace

QString expressionErrorText(const Expr::Error &error)
{
    QString message = error.message;
    // The engine ends its messages with " (position N)"; the position is given once, up front.
    const QString suffix = u" (position "_s + QString::number(error.position) + u')';
    if (message.endsWith(suffix))
        message.chop(suffix.size());
    if (error.position < 0)
        return message + u" ("_s + error.code + u')';
    return Text::tr("at position %1: %2 (%3)").arg(error.position).arg(message, error.code);
}

bool MappingResult::ok() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const FieldResult &f) { return f.ok(); });
}

QStringList MappingResult::errors() const
{
    QStringList messages;
    for (const FieldResult &f : fields) {
        if (!f.ok())
            messages.append(f.id + u" ("_s + f.target + u"): "_s + f.error);
    }
    return messages;
}

bool MappingResult::waiting() const
{
    bool failed = false;
    for (const FieldResult &f : fields) {
        if (f.ok())
            continue;
        if (!f.waiting)
            return false;
        failed = true;
    }
    return failed;
}

bool ObjectMapper::noteRecordUse(const QString &transform, bool sourceless)
{
    // Read with the expression language's own tokenizer, so that names are exactly the names
    // it reads (back-quoted, quoted path steps, escapes, any letters).
    QList<Expr::Token> tokens;
    try {
        Expr::Tokenizer tokenizer(transform);
        Expr::Token token;
        bool infix = false; // after an operand a '/' divides; before one it starts a regex
        while (tokenizer.next(infix, &token)) {
            tokens.append(token);
            infix = token.kind != Expr::TokenKind::Operator
                || (token.value == u")" || token.value == u"]" || token.value == u"}");
        }
    } catch (...) { // compile() has accepted it; should the tokenizer not, convert everything
        m_bindRecord = m_wholeRecord = true;
        return true;
    }
    const auto isOperator = [&tokens](qsizetype i, QStringView op) {
        return i < tokens.size() && tokens.at(i).kind == Expr::TokenKind::Operator
            && tokens.at(i).value == op;
    };
    // The built-ins that take their context when called without it (signature "<x-…", "<o-…",
    // "<(oa)-…"): given the record as context, they read keys that no name spells.
    static const QSet<QString> takeTheirContext{u"boolean"_s, u"clone"_s,  u"each"_s,
                                                u"keys"_s,    u"lookup"_s, u"not"_s,
                                                u"sift"_s,    u"spread"_s, u"string"_s};
    bool mentionsRecord = false;
    bool mentionsLine = false;
    bool wildcards = false; // '*', '**' or the parent operator '%'
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Expr::Token &token = tokens.at(i);
        switch (token.kind) {
        case Expr::TokenKind::Name:
        case Expr::TokenKind::String: // a quoted path step, or a name $lookup() is given
            m_recordKeys.insert(token.value);
            break;
        case Expr::TokenKind::Variable:
            mentionsLine = mentionsLine || token.value == u"line";
            if (token.value == u"record") {
                mentionsRecord = true;
                // "$record.name" reaches that key only; anything else takes the record whole.
                if (!isOperator(i + 1, u".") || i + 2 >= tokens.size()
                    || (tokens.at(i + 2).kind != Expr::TokenKind::Name
                        && tokens.at(i + 2).kind != Expr::TokenKind::String))
                    m_wholeRecord = true;
            } else if (sourceless && (token.value.isEmpty() || token.value == u"$")) {
                m_wholeRecord = true; // `$` or `$$`: the record itself
            } else if (sourceless && takeTheirContext.contains(token.value) && isOperator(i + 1, u"(")) {
                m_wholeRecord = true;
            }
            break;
        case Expr::TokenKind::Operator:
            if (token.value == u"*" || token.value == u"**" || token.value == u"%")
                wildcards = true;
            break;
        default:
            break;
        }
    }
    if (mentionsRecord || sourceless)
        m_bindRecord = true;
    if (wildcards && (mentionsRecord || sourceless))
        m_wholeRecord = true;
    return mentionsLine;
}

std::optional<ObjectMapper> ObjectMapper::create(const MappingDocument &document, const QString &ruleId,
                                                 QString *error)
{
    const ObjectRule *rule = document.rule(ruleId);
    if (!rule) {
        if (error)
            *error = Text::tr("the mapping document has no object rule \"%1\"").arg(ruleId);
        return std::nullopt;
    }
    ObjectMapper mapper;
    mapper.m_rule = *rule;
    mapper.m_options.moneyRounding = document.policies.roundingMode == RoundingMode::HalfUp
        ? Expr::EvaluateOptions::Rounding::HalfUp
        : Expr::EvaluateOptions::Rounding::HalfEven;
    for (const LookupTable &table : document.lookupTables) {
        QJsonObject entries;
        for (auto it = table.entries.cbegin(); it != table.entries.cend(); ++it)
            entries.insert(it.key(), it.value());
        mapper.m_tables.insert(table.id, entries);
    }
    for (const FieldMapping &f : rule->fields) {
        Prepared prepared;
        prepared.mapping = f;
        const qsizetype sourceList = f.source.indexOf(u"[]"_s);
        const qsizetype appended = f.target.indexOf(u"[+]"_s);
        const qsizetype targetList = appended >= 0 ? appended : f.target.indexOf(u"[]"_s);
        prepared.elementwise = sourceList >= 0 && targetList >= 0;
        if (targetList >= 0) {
            // Into a list's elements; a whole value goes to element 0.
            prepared.listPath = f.target.left(targetList);
            const QString rest = f.target.mid(targetList + (appended >= 0 ? 4 : 3)); // after "[]." or "[+]."
            if (!rest.isEmpty())
                prepared.elementKeys = rest.split(u'.');
        } else {
            prepared.targetKeys = f.target.split(u'.');
        }
        if (prepared.elementwise) {
            prepared.sourceListPath = f.source.left(sourceList);
            prepared.sourceRest = f.source.mid(sourceList + 3);
            if (appended >= 0) {
                // After the elements of the list's own source list (the "[]" fields').
                prepared.appendAfter = QString();
                for (const FieldMapping &other : rule->fields) {
                    const qsizetype otherSource = other.source.indexOf(u"[]"_s);
                    if (otherSource >= 0 && other.target.startsWith(prepared.listPath + u"[]"_s)) {
                        prepared.appendAfter = other.source.left(otherSource);
                        break;
                    }
                }
            }
        }
        if (const LookupTable *table = document.lookupTable(f.lookup))
            prepared.table = *table;
        if (!f.transform.isEmpty()) {
            Expr::CompileResult compiled = Expr::Expression::compile(f.transform);
            if (!compiled.ok()) {
                if (error)
                    *error = Text::tr("%1/%2: the transform does not parse %3")
                                 .arg(ruleId, f.id, expressionErrorText(compiled.error));
                return std::nullopt;
            }
            prepared.transform = std::move(compiled.expression);
            mapper.m_anyTransform = true;
            prepared.usesLine = mapper.noteRecordUse(f.transform, f.source.isEmpty());
        }
        mapper.m_fields.append(std::move(prepared));
    }
    mapper.m_tablesValue = Expr::Value::fromJson(mapper.m_tables);
    return mapper;
}

MappingResult ObjectMapper::map(const QJsonValue &record, const LinkResolver &links) const
{
    MappingResult result;
    // Converted to expression values once per record, not once per transform.
    std::optional<Bindings> recordBindings;
    if (m_anyTransform) {
        recordBindings.emplace();
        if (m_bindRecord && !m_wholeRecord && record.isObject()) {
            // Only what the transforms can reach (see noteRecordUse()).
            const QJsonObject whole = record.toObject();
            QJsonObject reachable;
            for (auto it = whole.begin(); it != whole.end(); ++it) {
                if (m_recordKeys.contains(it.key()))
                    reachable.insert(it.key(), it.value());
            }
            recordBindings->context = Expr::Value::fromJson(reachable);
        } else if (m_bindRecord) {
            recordBindings->context = Expr::Value::fromJson(record);
        }
        recordBindings->values.insert(u"record"_s, recordBindings->context);
        recordBindings->values.insert(u"tables"_s, m_tablesValue);
    }
    // Writes into list elements are collected per list and applied to the payload in one go
    // (rebuilding a list for every field of every line cost more than the mapping itself): before
    // a whole-value write, which may overwrite a list, and at the end. The result is the same as
    // writing each value in field order.
    using Write = std::pair<QStringList, QJsonValue>; // element keys (empty: the element) → value
    QHash<QString, QList<QList<Write>>> lists;
    // Applies the staged writes to the payload: of the lists `touching` may overwrite or extend,
    // or (empty) of all.
    const auto flush = [&lists, &result](const QString &touching = {}) {
        for (auto it = lists.begin(); it != lists.end();) {
            const QString &path = it.key();
            if (!touching.isEmpty() && touching != path && !path.startsWith(touching + u'.')
                && !touching.startsWith(path + u'.')) {
                ++it;
                continue;
            }
            QJsonArray list = valueAt(result.payload, path).toArray();
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                if (it.value().at(i).isEmpty())
                    continue;
                while (list.size() <= i)
                    list.append(QJsonObject());
                QJsonValue element = list.at(i);
                QJsonObject object;
                bool building = false; // `object` holds the element while keyed writes go in
                for (const Write &write : it.value().at(i)) {
                    if (write.first.isEmpty()) {
                        element = write.second;
                        building = false;
                    } else {
                        if (!building) {
                            object = element.toObject();
                            building = true;
                        }
                        setAt(object, write.first, 0, write.second);
                    }
                }
                list.replace(i, building ? QJsonValue(object) : element);
            }
            setAt(result.payload, path.split(u'.'), 0, list);
            it = lists.erase(it);
        }
    };
    const auto stage = [&lists](const Prepared &field, qsizetype index, const QJsonValue &value) {
        QList<QList<Write>> &elements = lists[field.listPath];
        while (elements.size() <= index)
            elements.append(QList<Write>());
        elements[index].append({field.elementKeys, value});
    };
    for (const Prepared &field : m_fields) {
        const FieldMapping &f = field.mapping;
        if (!field.elementwise) {
            FieldResult r{f.id, f.target, QJsonValue(QJsonValue::Undefined), {}};
            const QJsonValue sourceValue =
                f.source.isEmpty() ? QJsonValue(QJsonValue::Undefined) : valueAt(record, f.source);
            apply(field, sourceValue, recordBindings ? &*recordBindings : nullptr, links, r);
            if (!r.value.isUndefined() && !r.value.isNull()) {
                if (!field.listPath.isEmpty()) {
                    stage(field, 0, r.value);
                } else {
                    if (!lists.isEmpty())
                        flush(f.target); // a list this value may replace gets its element writes first
                    setAt(result.payload, field.targetKeys, 0, r.value);
                }
            }
            result.fields.append(r);
            continue;
        }
        // Element by element: "line_items[].sku" → "LineItems[].ItemCode"; "[+]" after those.
        const QJsonArray elements = valueAt(record, field.sourceListPath).toArray();
        const qsizetype first = field.appendAfter && !field.appendAfter->isEmpty()
            ? valueAt(record, *field.appendAfter).toArray().size()
            : 0;
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const QJsonValue element = elements.at(i);
            FieldResult r{f.id,
                          QString(f.target).replace(field.appendAfter ? u"[+]"_s : u"[]"_s,
                                                    u'[' + QString::number(first + i) + u']'),
                          QJsonValue(QJsonValue::Undefined),
                          {}};
            // `$line` (the element as expression values) only for a transform that mentions it.
            std::optional<Bindings> elementBindings;
            if (field.transform && field.usesLine) {
                elementBindings = *recordBindings;
                elementBindings->context = Expr::Value::fromJson(element);
                elementBindings->values.insert(u"line"_s, elementBindings->context);
            }
            apply(field, valueAt(element, field.sourceRest),
                  elementBindings ? &*elementBindings : (field.transform ? &*recordBindings : nullptr), links,
                  r);
            if (!r.value.isUndefined() && !r.value.isNull())
                stage(field, first + i, r.value);
            result.fields.append(r);
        }
    }
    flush();
    return result;
}

void ObjectMapper::apply(const Prepared &field, const QJsonValue &sourceValue, const Bindings *bindings,
                         const LinkResolver &links, FieldResult &result) const
{
    const FieldMapping &f = field.mapping;
    QJsonValue value = sourceValue;
    if (field.transform && bindings) {
        const Expr::Value input = f.source.isEmpty() ? bindings->context : Expr::Value::fromJson(sourceValue);
        const Expr::EvaluateResult evaluated = field.transform->evaluate(input, bindings->values, m_options);
        if (!evaluated.ok()) {
            result.error = Text::tr("the transform failed %1").arg(expressionErrorText(*evaluated.error));
            return;
        }
        value = evaluated.json();
    }
    if (!f.lookup.isEmpty() && !value.isUndefined() && !value.isNull()) {
        if (!field.table) {
            result.error = Text::tr("the lookup table \"%1\" does not exist").arg(f.lookup);
            return;
        }
        const QString key = keyText(value);
        const auto entry = field.table->entries.constFind(key);
        if (entry != field.table->entries.cend()) {
            value = *entry;
        } else if (field.table->fallback) {
            value = *field.table->fallback;
        } else {
            result.error = Text::tr("\"%1\" has no entry in the lookup table \"%2\"; add it to the table")
                               .arg(key, f.lookup);
            return;
        }
    }
    if (!f.linked.isEmpty() && links && !value.isUndefined() && !value.isNull()) {
        const LinkResolution link = links(f.linked, keyText(value));
        if (!link.targetId) {
            result.error = link.error;
            result.waiting = link.waiting;
            return;
        }
        value = *link.targetId;
    }
    if ((value.isUndefined() || value.isNull()) && f.defaultValue)
        value = *f.defaultValue;
    if (f.required && (value.isUndefined() || value.isNull())) {
        result.error = f.source.isEmpty()
            ? Text::tr("required, but the transform gave nothing")
            : Text::tr("required, but \"%1\" is empty in the source record").arg(f.source);
        return;
    }
    result.value = value;
}

} // namespace LedgerLink::Mapping
