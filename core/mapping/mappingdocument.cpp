#include "mapping/mappingdocument.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace LedgerLink::Mapping {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Mapping::MappingDocument)
};

// One table per enum: the JSON name of each value. The JSON names are the file format.
template<typename E, std::size_t N>
using Names = std::array<std::pair<E, const char16_t *>, N>;

constexpr Names<Owner, 3> ownerNames{
    {{Owner::Store, u"store"}, {Owner::Erp, u"erp"}, {Owner::Gateway, u"gateway"}}};
constexpr Names<Direction, 4> directionNames{{{Direction::StoreToErp, u"store_to_erp"},
                                              {Direction::ErpToStore, u"erp_to_store"},
                                              {Direction::Both, u"both"},
                                              {Direction::None, u"none"}}};
constexpr Names<TriggerKind, 8> triggerNames{{{TriggerKind::Webhook, u"webhook"},
                                              {TriggerKind::Poll, u"poll"},
                                              {TriggerKind::Schedule, u"schedule"},
                                              {TriggerKind::OnChange, u"on_change"},
                                              {TriggerKind::OnFirstOrder, u"on_first_order"},
                                              {TriggerKind::OnSettlement, u"on_settlement"},
                                              {TriggerKind::OnGeneration, u"on_generation"},
                                              {TriggerKind::Manual, u"manual"}}};
constexpr Names<MatchKey, 6> matchKeyNames{{{MatchKey::Sku, u"sku"},
                                            {MatchKey::Email, u"email"},
                                            {MatchKey::ExternalId, u"external_id"},
                                            {MatchKey::OrderId, u"order_id"},
                                            {MatchKey::Name, u"name"},
                                            {MatchKey::Title, u"title"}}};
constexpr Names<TaxAuthority, 2> taxNames{{{TaxAuthority::Store, u"store"}, {TaxAuthority::Erp, u"erp"}}};
constexpr Names<RoundingScope, 2> scopeNames{
    {{RoundingScope::PerLine, u"per_line"}, {RoundingScope::PerDocument, u"per_document"}}};
constexpr Names<RoundingMode, 2> modeNames{
    {{RoundingMode::HalfEven, u"half_even"}, {RoundingMode::HalfUp, u"half_up"}}};
constexpr Names<SplitBy, 2> splitNames{{{SplitBy::None, u"none"}, {SplitBy::Vendor, u"vendor"}}};
constexpr Names<RolloutStage, 3> stageNames{{{RolloutStage::ReadOnly, u"read_only"},
                                             {RolloutStage::OneDirection, u"one_direction"},
                                             {RolloutStage::Both, u"both"}}};

template<typename E, std::size_t N>
QString nameIn(const Names<E, N> &names, E value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

const QString currencyPolicy = u"order_currency_and_rate"_s;

// Reads a JSON document, remembering the first problem with the path where it happened.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? message : path + u": "_s + message;
    }

    // Every key must be known: a document is never loaded with parts silently dropped.
    void checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QStringView> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                fail(path, Text::tr("unknown key \"%1\"; remove it or check its spelling").arg(it.key()));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path, Text::tr("\"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString())
            fail(path, Text::tr("\"%1\" must be a text").arg(key));
        return value.toString();
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isUndefined() && !value.isObject())
            fail(path, Text::tr("\"%1\" must be an object").arg(key));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isUndefined() && !value.isArray())
            fail(path, Text::tr("\"%1\" must be a list").arg(key));
        return value.toArray();
    }

    template<typename E, std::size_t N>
    E enumeration(const QJsonObject &object, const QString &path, const QString &key,
                  const Names<E, N> &names, E fallback, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return fallback;
        const QString text = value.toString();
        QStringList allowed;
        for (const auto &[v, name] : names) {
            if (text == QStringView(name))
                return v;
            allowed.append(QString::fromUtf16(name));
        }
        if (value.isUndefined())
            fail(path, Text::tr("\"%1\" is missing; use one of %2").arg(key, allowed.join(u", "_s)));
        else
            fail(path,
                 Text::tr("\"%1\" is not a valid %2; use one of %3").arg(text, key, allowed.join(u", "_s)));
        return fallback;
    }
};

void putString(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject fieldToJson(const FieldMapping &f)
{
    QJsonObject o{{u"id"_s, f.id}, {u"target"_s, f.target}};
    putString(o, u"source"_s, f.source);
    putString(o, u"transform"_s, f.transform);
    putString(o, u"lookup"_s, f.lookup);
    putString(o, u"linked"_s, f.linked);
    putString(o, u"note"_s, f.note);
    if (f.defaultValue)
        o.insert(u"default"_s, *f.defaultValue);
    if (f.required)
        o.insert(u"required"_s, true);
    if (f.owner)
        o.insert(u"owner"_s, nameOf(*f.owner));
    return o;
}

QJsonObject ruleToJson(const ObjectRule &r)
{
    QJsonObject trigger{{u"kind"_s, nameOf(r.trigger.kind)}};
    if (r.trigger.everyMinutes > 0)
        trigger.insert(u"every_minutes"_s, r.trigger.everyMinutes);
    putString(trigger, u"at"_s, r.trigger.at);
    QJsonArray fields;
    for (const FieldMapping &f : r.fields)
        fields.append(fieldToJson(f));
    QJsonObject o{{u"id"_s, r.id},
                  {u"object"_s, r.object},
                  {u"owner"_s, nameOf(r.owner)},
                  {u"direction"_s, nameOf(r.direction)},
                  {u"trigger"_s, trigger},
                  {u"match_key"_s, nameOf(r.matchKey)},
                  {u"fields"_s, fields}};
    putString(o, u"store_object"_s, r.storeObject);
    putString(o, u"erp_object"_s, r.erpObject);
    if (r.split != SplitBy::None)
        o.insert(u"split"_s, nameOf(r.split));
    putString(o, u"note"_s, r.note);
    return o;
}

FieldMapping readField(Reader &in, const QJsonObject &o, const QString &parentPath, int index)
{
    FieldMapping f;
    f.id = o.value(u"id"_s).toString();
    const QString path = parentPath + u".fields["_s + (f.id.isEmpty() ? QString::number(index) : f.id) + u']';
    in.checkKeys(o, path,
                 {u"id", u"source", u"target", u"transform", u"lookup", u"linked", u"default", u"required",
                  u"owner", u"note"});
    f.id = in.string(o, path, u"id"_s, true);
    f.source = in.string(o, path, u"source"_s);
    f.target = in.string(o, path, u"target"_s, true);
    f.transform = in.string(o, path, u"transform"_s);
    f.lookup = in.string(o, path, u"lookup"_s);
    f.linked = in.string(o, path, u"linked"_s);
    f.note = in.string(o, path, u"note"_s);
    if (o.contains(u"default"_s))
        f.defaultValue = o.value(u"default"_s);
    const QJsonValue required = o.value(u"required"_s);
    if (!required.isUndefined() && !required.isBool())
        in.fail(path, Text::tr("\"required\" must be true or false"));
    f.required = required.toBool();
    if (o.contains(u"owner"_s))
        f.owner = in.enumeration(o, path, u"owner"_s, ownerNames, Owner::Store);
    return f;
}

ObjectRule readRule(Reader &in, const QJsonObject &o, int index)
{
    ObjectRule r;
    r.id = o.value(u"id"_s).toString();
    const QString path = u"objects["_s + (r.id.isEmpty() ? QString::number(index) : r.id) + u']';
    in.checkKeys(o, path,
                 {u"id", u"object", u"store_object", u"erp_object", u"owner", u"direction", u"trigger",
                  u"match_key", u"split", u"note", u"fields"});
    r.id = in.string(o, path, u"id"_s, true);
    r.object = in.string(o, path, u"object"_s, true);
    r.storeObject = in.string(o, path, u"store_object"_s);
    r.erpObject = in.string(o, path, u"erp_object"_s);
    r.owner = in.enumeration(o, path, u"owner"_s, ownerNames, Owner::Store);
    r.direction = in.enumeration(o, path, u"direction"_s, directionNames, Direction::None);
    r.matchKey = in.enumeration(o, path, u"match_key"_s, matchKeyNames, MatchKey::ExternalId);
    r.split = in.enumeration(o, path, u"split"_s, splitNames, SplitBy::None, false);
    r.note = in.string(o, path, u"note"_s);
    const QJsonObject trigger = in.object(o, path, u"trigger"_s);
    const QString triggerPath = path + u".trigger"_s;
    in.checkKeys(trigger, triggerPath, {u"kind", u"every_minutes", u"at"});
    r.trigger.kind = in.enumeration(trigger, triggerPath, u"kind"_s, triggerNames, TriggerKind::Manual);
    r.trigger.everyMinutes = trigger.value(u"every_minutes"_s).toInt();
    r.trigger.at = in.string(trigger, triggerPath, u"at"_s);
    if (r.trigger.kind == TriggerKind::Poll && r.trigger.everyMinutes <= 0)
        in.fail(triggerPath, Text::tr("a poll needs \"every_minutes\" greater than 0"));
    if (r.trigger.kind == TriggerKind::Schedule && r.trigger.at.isEmpty())
        in.fail(triggerPath, Text::tr("a schedule needs \"at\", as in \"daily 02:00\""));
    const QJsonArray fields = in.array(o, path, u"fields"_s);
    for (qsizetype i = 0; i < fields.size() && !in.failed(); ++i) {
        if (!fields.at(i).isObject()) {
            in.fail(path, Text::tr("every entry of \"fields\" must be an object"));
            break;
        }
        r.fields.append(readField(in, fields.at(i).toObject(), path, int(i)));
    }
    return r;
}

// Schema versions older than the current one are migrated here, one step at a time. Version 1
// is the first published version, so there is nothing to migrate yet.
QJsonObject migrate(QJsonObject root, int /*fromVersion*/)
{
    return root;
}

ObjectRule makeRule(const QString &object, Owner owner, Direction direction, Trigger trigger, MatchKey key,
                    const QString &note)
{
    ObjectRule r;
    r.id = object;
    r.object = object;
    r.owner = owner;
    r.direction = direction;
    r.trigger = std::move(trigger);
    r.matchKey = key;
    r.note = note;
    return r;
}

} // namespace

QString nameOf(Owner value)
{
    return nameIn(ownerNames, value);
}
QString nameOf(Direction value)
{
    return nameIn(directionNames, value);
}
QString nameOf(TriggerKind value)
{
    return nameIn(triggerNames, value);
}
QString nameOf(MatchKey value)
{
    return nameIn(matchKeyNames, value);
}
QString nameOf(SplitBy value)
{
    return nameIn(splitNames, value);
}
QString nameOf(TaxAuthority value)
{
    return nameIn(taxNames, value);
}
QString nameOf(RoundingScope value)
{
    return nameIn(scopeNames, value);
}
QString nameOf(RoundingMode value)
{
    return nameIn(modeNames, value);
}
QString nameOf(RolloutStage value)
{
    return nameIn(stageNames, value);
}

QString Trigger::text() const
{
    switch (kind) {
    case TriggerKind::Poll:
        return Text::tr("poll every %1 min").arg(everyMinutes);
    case TriggerKind::Schedule:
        return Text::tr("schedule %1").arg(at);
    default:
        return nameOf(kind).replace(u'_', u' ');
    }
}

const FieldMapping *ObjectRule::field(const QString &fieldId) const
{
    for (const FieldMapping &f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

const ObjectRule *MappingDocument::rule(const QString &ruleId) const
{
    for (const ObjectRule &r : objects) {
        if (r.id == ruleId)
            return &r;
    }
    return nullptr;
}

const LookupTable *MappingDocument::lookupTable(const QString &tableId) const
{
    for (const LookupTable &t : lookupTables) {
        if (t.id == tableId)
            return &t;
    }
    return nullptr;
}

QJsonObject MappingDocument::toJsonObject() const
{
    QJsonArray rules;
    for (const ObjectRule &r : objects)
        rules.append(ruleToJson(r));
    QJsonArray tables;
    for (const LookupTable &t : lookupTables) {
        QJsonObject entries;
        for (auto it = t.entries.cbegin(); it != t.entries.cend(); ++it)
            entries.insert(it.key(), it.value());
        QJsonObject table{{u"id"_s, t.id}, {u"entries"_s, entries}};
        putString(table, u"description"_s, t.description);
        if (t.fallback)
            table.insert(u"fallback"_s, *t.fallback);
        tables.append(table);
    }
    const QJsonObject policyObject{
        {u"tax_authority"_s, nameOf(policies.taxAuthority)},
        {u"rounding_scope"_s, nameOf(policies.roundingScope)},
        {u"rounding_mode"_s, nameOf(policies.roundingMode)},
        {u"currency"_s, currencyPolicy},
        {u"rollout_stage"_s, nameOf(policies.rolloutStage)},
    };
    return QJsonObject{
        {u"schema"_s, CurrentSchemaVersion},
        {u"name"_s, name},
        {u"store"_s, QJsonObject{{u"system"_s, store.system}, {u"catalog"_s, store.catalog}}},
        {u"erp"_s, QJsonObject{{u"system"_s, erp.system}, {u"catalog"_s, erp.catalog}}},
        {u"policies"_s, policyObject},
        {u"lookup_tables"_s, tables},
        {u"objects"_s, rules},
    };
}

QByteArray MappingDocument::toJson() const
{
    // QJsonObject keeps its keys sorted, so the order is stable whatever order the document was
    // built or edited in; Indented writes four spaces and a final newline.
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QString MappingDocument::save(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(fileName, file.errorString());
    file.write(toJson());
    if (!file.commit())
        return Text::tr("cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}

LoadResult MappingDocument::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, Text::tr("cannot read %1: %2").arg(fileName, file.errorString())};
    return fromJson(file.readAll());
}

LoadResult MappingDocument::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {
            std::nullopt,
            Text::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return {std::nullopt, Text::tr("a mapping document is a JSON object")};
    QJsonObject root = doc.object();
    const QJsonValue schema = root.value(u"schema"_s);
    if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1)
        return {std::nullopt,
                Text::tr("\"schema\" is missing or not a version number; this is not a "
                         "LedgerLink mapping document")};
    const int version = schema.toInt();
    if (version > CurrentSchemaVersion)
        return {std::nullopt,
                Text::tr("schema version %1 is newer than this LedgerLink understands (%2); "
                         "update LedgerLink to open this document")
                    .arg(version)
                    .arg(CurrentSchemaVersion)};
    if (version < CurrentSchemaVersion)
        root = migrate(root, version);

    Reader in;
    MappingDocument d;
    in.checkKeys(root, {}, {u"schema", u"name", u"store", u"erp", u"policies", u"lookup_tables", u"objects"});
    d.name = in.string(root, {}, u"name"_s);
    for (auto [key, endpoint] : {std::pair{u"store"_s, &d.store}, std::pair{u"erp"_s, &d.erp}}) {
        const QJsonObject o = in.object(root, {}, key);
        in.checkKeys(o, key, {u"system", u"catalog"});
        endpoint->system = in.string(o, key, u"system"_s);
        endpoint->catalog = in.string(o, key, u"catalog"_s);
    }
    const QJsonObject p = in.object(root, {}, u"policies"_s);
    const QString pp = u"policies"_s;
    in.checkKeys(p, pp,
                 {u"tax_authority", u"rounding_scope", u"rounding_mode", u"currency", u"rollout_stage"});
    d.policies.taxAuthority = in.enumeration(p, pp, u"tax_authority"_s, taxNames, TaxAuthority::Store);
    d.policies.roundingScope = in.enumeration(p, pp, u"rounding_scope"_s, scopeNames, RoundingScope::PerLine);
    d.policies.roundingMode = in.enumeration(p, pp, u"rounding_mode"_s, modeNames, RoundingMode::HalfEven);
    d.policies.rolloutStage = in.enumeration(p, pp, u"rollout_stage"_s, stageNames, RolloutStage::ReadOnly);
    if (p.contains(u"currency"_s) && p.value(u"currency"_s).toString() != currencyPolicy)
        in.fail(pp,
                Text::tr("\"currency\" must be \"%1\": the order's currency and rate always travel with "
                         "it and no default currency is assumed")
                    .arg(currencyPolicy));

    const QJsonArray tables = in.array(root, {}, u"lookup_tables"_s);
    for (qsizetype i = 0; i < tables.size() && !in.failed(); ++i) {
        const QJsonObject o = tables.at(i).toObject();
        LookupTable t;
        t.id = o.value(u"id"_s).toString();
        const QString path = u"lookup_tables["_s + (t.id.isEmpty() ? QString::number(i) : t.id) + u']';
        in.checkKeys(o, path, {u"id", u"description", u"entries", u"fallback"});
        t.id = in.string(o, path, u"id"_s, true);
        t.description = in.string(o, path, u"description"_s);
        const QJsonObject entries = in.object(o, path, u"entries"_s);
        for (auto it = entries.begin(); it != entries.end(); ++it)
            t.entries.insert(it.key(), it.value());
        if (o.contains(u"fallback"_s))
            t.fallback = o.value(u"fallback"_s);
        d.lookupTables.append(t);
    }
    const QJsonArray rules = in.array(root, {}, u"objects"_s);
    for (qsizetype i = 0; i < rules.size() && !in.failed(); ++i) {
        if (!rules.at(i).isObject()) {
            in.fail(u"objects"_s, Text::tr("every entry must be an object"));
            break;
        }
        d.objects.append(readRule(in, rules.at(i).toObject(), int(i)));
    }
    if (in.failed())
        return {std::nullopt, in.error};
    return {std::move(d), {}};
}

std::optional<ObjectRule> MappingDocument::defaultRule(const QString &object)
{
    // The default governance sheet of DESIGN.md, one row per object.
    const Trigger nightly{TriggerKind::Schedule, 0, u"daily 02:00"_s};
    if (object == u"product" || object == u"variant")
        return makeRule(object, Owner::Erp, Direction::ErpToStore, nightly, MatchKey::Sku,
                        Text::tr("ERP owns the catalog and prices; scheduled, plus on change"));
    if (object == u"inventory_level")
        return makeRule(object, Owner::Erp, Direction::ErpToStore, {TriggerKind::Poll, 5, {}}, MatchKey::Sku,
                        Text::tr("ERP (or WMS) owns stock per location; frequent"));
    if (object == u"customer")
        return makeRule(object, Owner::Store, Direction::StoreToErp, {TriggerKind::OnFirstOrder, 0, {}},
                        MatchKey::Email, Text::tr("Store owns customers; created in the ERP on first order"));
    if (object == u"order")
        return makeRule(object, Owner::Store, Direction::StoreToErp, {TriggerKind::Webhook, 0, {}},
                        MatchKey::OrderId,
                        Text::tr("Store owns orders; real time (webhook, or polling where no webhook can "
                                 "reach the desktop)"));
    if (object == u"invoice" || object == u"credit_note")
        return makeRule(object, Owner::Erp, Direction::ErpToStore, {TriggerKind::OnGeneration, 0, {}},
                        MatchKey::ExternalId,
                        Text::tr("ERP owns invoices and credit notes; status back to the store"));
    if (object == u"payment" || object == u"refund")
        return makeRule(object, Owner::Gateway, Direction::StoreToErp, {TriggerKind::OnSettlement, 0, {}},
                        MatchKey::ExternalId,
                        Text::tr("The gateway, through the store, owns payments and refunds"));
    if (object == u"payout")
        return makeRule(object, Owner::Gateway, Direction::StoreToErp, {TriggerKind::OnSettlement, 0, {}},
                        MatchKey::ExternalId,
                        Text::tr("The gateway owns payouts; each paid payout becomes a bank deposit with "
                                 "its fees"));
    return std::nullopt;
}

MappingDocument MappingDocument::fromTemplates(const Endpoint &store, const Endpoint &erp)
{
    MappingDocument d;
    d.name = store.system + u" \u2192 "_s + erp.system;
    d.store = store;
    d.erp = erp;
    for (const QString &object : {u"product"_s, u"inventory_level"_s, u"customer"_s, u"order"_s, u"invoice"_s,
                                  u"credit_note"_s, u"payment"_s, u"refund"_s}) {
        d.objects.append(*defaultRule(object));
    }
    return d;
}

QList<TableReference> tableReferences(const QString &expression)
{
    static const QRegularExpression reference(u"\\$tables\\.(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)"_s);
    QList<TableReference> references;
    for (auto it = reference.globalMatch(expression); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString id = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        references.append({id, match.capturedStart(), match.capturedLength()});
    }
    return references;
}

QString renameTableReferences(const QString &expression, const QHash<QString, QString> &renamed)
{
    static const QRegularExpression plainName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QString result = expression;
    const QList<TableReference> references = tableReferences(expression);
    for (auto it = references.crbegin(); it != references.crend(); ++it) { // from the end: offsets hold
        const auto to = renamed.constFind(it->tableId);
        if (to == renamed.cend())
            continue;
        const QString name = plainName.match(*to).hasMatch() ? *to : u'`' + *to + u'`';
        result.replace(it->start, it->length, u"$tables."_s + name);
    }
    return result;
}

} // namespace LedgerLink::Mapping
