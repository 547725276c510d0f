#include "mappingcommands.h"

#include "mapping/fieldcatalog.h"
#include "mapping/governancesheet.h"
#include "mapping/mappingdocument.h"
#include "mapping/objectmapper.h"
#include "mapping/validator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};

int badUsage(QTextStream &err, const QString &what)
{
    err << u"ledgerlink-cli mapping: "_s << what << u"\n\n"_s << mappingUsage();
    return 2;
}

// Options of the form --name VALUE or --name=VALUE, plus positional arguments.
struct Options
{
    QStringList positional;
    QHash<QString, QString> values;
    QString error;
};

Options parse(const QStringList &args, const QStringList &known)
{
    Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--")) {
            options.positional.append(arg);
            continue;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = eq < 0 ? arg.mid(2) : arg.mid(2, eq - 2);
        if (!known.contains(name)) {
            options.error = Text::tr("unknown option \"%1\"").arg(arg);
            return options;
        }
        if (eq >= 0) {
            options.values.insert(name, arg.mid(eq + 1));
        } else if (i + 1 < args.size()) {
            options.values.insert(name, args.at(++i));
        } else {
            options.error = Text::tr("--%1 needs a value").arg(name);
            return options;
        }
    }
    return options;
}

std::optional<Mapping::MappingDocument> loadDocument(const QString &fileName, QTextStream &err)
{
    Mapping::LoadResult loaded = Mapping::MappingDocument::load(fileName);
    if (!loaded.ok()) {
        err << Text::tr("ledgerlink-cli: %1: %2").arg(fileName, loaded.error) << u'\n';
        return std::nullopt;
    }
    return std::move(loaded.document);
}

// A catalog from a file given on the command line, else the built-in one the document names.
std::optional<Mapping::FieldCatalog> loadCatalog(const QString &file, const QString &builtinId,
                                                 QTextStream &err)
{
    QString error;
    std::optional<Mapping::FieldCatalog> catalog;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            error = Text::tr("cannot read %1: %2").arg(file, f.errorString());
        else
            catalog = Mapping::FieldCatalog::fromJson(f.readAll(), &error);
    } else {
        catalog = Mapping::FieldCatalog::builtin(builtinId, &error);
    }
    if (!catalog)
        err << u"ledgerlink-cli: "_s << error << u'\n';
    return catalog;
}

int validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = parse(args, {u"store-catalog"_s, u"erp-catalog"_s});
    if (!options.error.isEmpty())
        return badUsage(err, options.error);
    if (options.positional.size() != 1)
        return badUsage(err, Text::tr("validate takes one mapping document"));
    const QString fileName = options.positional.first();
    const auto document = loadDocument(fileName, err);
    if (!document)
        return 2;
    const auto store = loadCatalog(options.values.value(u"store-catalog"_s), document->store.catalog, err);
    const auto erp = loadCatalog(options.values.value(u"erp-catalog"_s), document->erp.catalog, err);
    if (!store || !erp)
        return 2;
    const QList<Mapping::Issue> issues = Mapping::validate(*document, *store, *erp);
    qsizetype errors = 0;
    for (const Mapping::Issue &issue : issues) {
        out << issue.text() << u'\n';
        errors += issue.isError() ? 1 : 0;
    }
    out << Text::tr("%1: %2 error(s), %3 warning(s)").arg(fileName).arg(errors).arg(issues.size() - errors)
        << u'\n';
    return errors > 0 ? 1 : 0;
}

int sheet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = parse(args, {u"format"_s});
    if (!options.error.isEmpty())
        return badUsage(err, options.error);
    if (options.positional.size() != 1)
        return badUsage(err, Text::tr("sheet takes one mapping document"));
    const QString format = options.values.value(u"format"_s, u"csv"_s);
    if (format != u"csv" && format != u"html")
        return badUsage(err, Text::tr("--format is csv or html, not \"%1\"").arg(format));
    const auto document = loadDocument(options.positional.first(), err);
    if (!document)
        return 2;
    const QByteArray bytes = format == u"csv" ? Mapping::sheetCsv(*document) : Mapping::sheetHtml(*document);
    out << QString::fromUtf8(bytes);
    return 0;
}

int preview(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = parse(args, {u"object"_s, u"source"_s});
    if (!options.error.isEmpty())
        return badUsage(err, options.error);
    if (options.positional.size() != 1)
        return badUsage(err, Text::tr("preview takes one mapping document"));
    if (!options.values.contains(u"object"_s) || !options.values.contains(u"source"_s))
        return badUsage(err, Text::tr("preview needs --object RULE and --source SAMPLE.json"));
    const auto document = loadDocument(options.positional.first(), err);
    if (!document)
        return 2;
    QString error;
    const auto mapper = Mapping::ObjectMapper::create(*document, options.values.value(u"object"_s), &error);
    if (!mapper) {
        err << u"ledgerlink-cli: "_s << error << u'\n';
        return 2;
    }
    const QString sourceName = options.values.value(u"source"_s);
    QFile sourceFile(sourceName);
    if (!sourceFile.open(QIODevice::ReadOnly)) {
        err << Text::tr("ledgerlink-cli: cannot read %1: %2").arg(sourceName, sourceFile.errorString())
            << u'\n';
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument source = QJsonDocument::fromJson(sourceFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !source.isObject()) {
        err << Text::tr("ledgerlink-cli: %1 is not a JSON object: %2")
                   .arg(sourceName, parseError.errorString())
            << u'\n';
        return 2;
    }
    // A vendor envelope such as {"order": {...}} is unwrapped to the record inside it.
    QJsonObject record = source.object();
    const QString sourceObject = mapper->rule().sourceObject();
    if (record.size() == 1 && record.value(sourceObject).isObject())
        record = record.value(sourceObject).toObject();

    const Mapping::MappingResult result = mapper->map(record);
    QJsonArray fields;
    for (const Mapping::FieldResult &field : result.fields) {
        QJsonObject entry{{u"id"_s, field.id}, {u"target"_s, field.target}};
        if (!field.ok())
            entry.insert(u"error"_s, field.error);
        else if (!field.value.isUndefined())
            entry.insert(u"value"_s, field.value);
        fields.append(entry);
    }
    const QJsonObject report{{u"object"_s, mapper->rule().id},
                             {u"payload"_s, result.payload},
                             {u"fields"_s, fields},
                             {u"errors"_s, QJsonArray::fromStringList(result.errors())}};
    out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    return result.ok() ? 0 : 1;
}

} // namespace

QString mappingUsage()
{
    return Text::tr("  mapping validate FILE [--store-catalog CATALOG.json] [--erp-catalog CATALOG.json]\n"
                    "                 check a mapping document against the two sides' field catalogs\n"
                    "  mapping sheet FILE --format csv|html\n"
                    "                 print the governance sheet (field-mapping sheet for sign-off)\n"
                    "  mapping preview FILE --object RULE --source SAMPLE.json\n"
                    "                 map one sample record and print the target payload, field by field\n");
}

int mapping(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return badUsage(err, Text::tr("no mapping command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"validate")
        return validate(rest, out, err);
    if (command == u"sheet")
        return sheet(rest, out, err);
    if (command == u"preview")
        return preview(rest, out, err);
    return badUsage(err, Text::tr("unknown mapping command \"%1\"").arg(command));
}

} // namespace LedgerLink::Cli
