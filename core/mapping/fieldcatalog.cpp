#include "mapping/fieldcatalog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace LedgerLink::Mapping {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Mapping::FieldCatalog)
};

constexpr std::pair<FieldType, const char16_t *> typeNames[] = {
    {FieldType::String, u"string"},     {FieldType::Number, u"number"},   {FieldType::Integer, u"integer"},
    {FieldType::Decimal, u"decimal"},   {FieldType::Boolean, u"boolean"}, {FieldType::Date, u"date"},
    {FieldType::DateTime, u"datetime"}, {FieldType::Object, u"object"},   {FieldType::Array, u"array"},
};

void setAdvice(QString *advice, const QString &text)
{
    if (advice)
        *advice = text;
}

} // namespace

bool canWriteUnchanged(FieldType from, FieldType to, QString *advice)
{
    if (from == to)
        return true;
    switch (to) {
    case FieldType::String:
        // Decimals, dates and times are text already; numbers and booleans are not written as text
        // unless a transform says so.
        if (from == FieldType::Decimal || from == FieldType::Date || from == FieldType::DateTime)
            return true;
        if (from == FieldType::Object || from == FieldType::Array)
            break;
        setAdvice(advice, Text::tr("convert it with a transform such as $string($)"));
        return false;
    case FieldType::Number:
        // A decimal arrives as text ("199.00"): writing it unchanged would send text to a number.
        if (from == FieldType::Integer)
            return true;
        setAdvice(advice,
                  Text::tr("convert it with a transform such as $number($), or $money($, currency) for "
                           "an amount"));
        return false;
    case FieldType::Decimal:
        if (from == FieldType::Integer || from == FieldType::Number)
            return true;
        setAdvice(advice, Text::tr("convert it with a transform such as $string($number($))"));
        return false;
    case FieldType::Integer:
        setAdvice(advice, Text::tr("convert it with a transform such as $round($number($))"));
        return false;
    case FieldType::Date:
        if (from == FieldType::DateTime) {
            setAdvice(advice,
                      Text::tr("the target takes a date (YYYY-MM-DD) only; use a transform such as "
                               "$substring($, 0, 10)"));
            return false;
        }
        setAdvice(advice, Text::tr("the target takes a date (YYYY-MM-DD); convert it with a transform"));
        return false;
    case FieldType::DateTime:
        setAdvice(advice,
                  Text::tr("the target takes an ISO 8601 date and time; convert it with a transform"));
        return false;
    default:
        break;
    }
    setAdvice(advice, Text::tr("map a field of the same type or convert it with a transform"));
    return false;
}

QString nameOf(FieldType type)
{
    for (const auto &[t, name] : typeNames) {
        if (t == type)
            return QString::fromUtf16(name);
    }
    return {};
}

QString catalogPath(const QString &mappingPath)
{
    return QString(mappingPath).replace(u"[+]"_s, u"[]"_s);
}

const CatalogField *CatalogObject::field(const QString &path) const
{
    for (const CatalogField &f : fields) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

const CatalogObject *FieldCatalog::object(const QString &name) const
{
    for (const CatalogObject &o : objects) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

std::optional<FieldCatalog> FieldCatalog::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<FieldCatalog> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Text::tr("the field catalog is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    FieldCatalog catalog;
    catalog.id = root.value(u"catalog"_s).toString();
    catalog.system = root.value(u"system"_s).toString();
    if (catalog.id.isEmpty())
        return fail(Text::tr("the field catalog has no \"catalog\" id"));
    const QJsonArray objects = root.value(u"objects"_s).toArray();
    for (const QJsonValue &objectValue : objects) {
        const QJsonObject o = objectValue.toObject();
        CatalogObject object;
        object.name = o.value(u"name"_s).toString();
        object.description = o.value(u"description"_s).toString();
        for (const QJsonValue &t : o.value(u"triggers"_s).toArray())
            object.triggers.append(t.toString());
        for (const QJsonValue &fieldValue : o.value(u"fields"_s).toArray()) {
            const QJsonObject f = fieldValue.toObject();
            CatalogField field;
            field.path = f.value(u"path"_s).toString();
            const QString type = f.value(u"type"_s).toString();
            bool known = false;
            for (const auto &[t, name] : typeNames) {
                if (type == QStringView(name)) {
                    field.type = t;
                    known = true;
                }
            }
            if (!known || field.path.isEmpty())
                return fail(Text::tr("%1.%2: a field needs a path and one of the known types (\"%3\" given)")
                                .arg(object.name, field.path, type));
            field.required = f.value(u"required"_s).toBool();
            field.readOnly = f.value(u"read_only"_s).toBool();
            field.description = f.value(u"description"_s).toString();
            field.canonicalConcept = f.value(u"concept"_s).toString();
            object.fields.append(field);
        }
        catalog.objects.append(object);
    }
    return catalog;
}

std::optional<FieldCatalog> FieldCatalog::builtin(const QString &id, QString *error)
{
    QFile file(u":/ledgerlink/catalogs/"_s + id + u".catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("no field catalog \"%1\" is built in").arg(id);
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

} // namespace LedgerLink::Mapping
