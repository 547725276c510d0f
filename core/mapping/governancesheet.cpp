#include "mapping/governancesheet.h"

#include "mapping/mappingdocument.h"
#include "model/csvfield.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace LedgerLink::Mapping {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Mapping::GovernanceSheet)
};

QString directionText(Direction direction)
{
    switch (direction) {
    case Direction::StoreToErp:
        return Text::tr("Store \u2192 ERP");
    case Direction::ErpToStore:
        return Text::tr("ERP \u2192 Store");
    case Direction::Both:
        return Text::tr("both ways");
    case Direction::None:
        break;
    }
    return Text::tr("none");
}

QString ownerText(Owner owner)
{
    switch (owner) {
    case Owner::Store:
        return Text::tr("Store");
    case Owner::Erp:
        return Text::tr("ERP");
    case Owner::Gateway:
        break;
    }
    return Text::tr("Gateway");
}

QStringList cells(const SheetRow &row)
{
    return {row.object,  row.storeField, row.erpField, row.direction, row.owner,
            row.trigger, row.transform,  row.lookup,   row.note};
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(Model::csvField(f));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace

QStringList sheetHeader()
{
    return {Text::tr("Object"),    Text::tr("Store field"), Text::tr("ERP field"),
            Text::tr("Direction"), Text::tr("Owner"),       Text::tr("Trigger"),
            Text::tr("Transform"), Text::tr("Lookup"),      Text::tr("Note")};
}

QList<SheetRow> sheetRows(const MappingDocument &document)
{
    QList<SheetRow> rows;
    for (const ObjectRule &rule : document.objects) {
        const QString object = rule.id;
        const QString store = rule.storeObject;
        const QString erp = rule.erpObject;
        if (rule.fields.isEmpty()) {
            rows.append({object,
                         store,
                         erp,
                         directionText(rule.direction),
                         ownerText(rule.owner),
                         rule.trigger.text(),
                         {},
                         {},
                         rule.note});
            continue;
        }
        const bool storeIsSource = rule.direction != Direction::ErpToStore;
        for (const FieldMapping &f : rule.fields) {
            QString storeField = storeIsSource ? f.source : f.target;
            QString erpField = storeIsSource ? f.target : f.source;
            // A field filled by a default or a transform alone has no field on the source side.
            QString transform = f.transform;
            if (f.defaultValue && transform.isEmpty()) {
                const QJsonValue v = *f.defaultValue;
                transform =
                    Text::tr("default: %1")
                        .arg(v.isString() ? v.toString()
                                          : QString::fromUtf8(
                                                QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                                .mid(1)
                                                .chopped(1));
            }
            if (!f.linked.isEmpty()) {
                const QString link =
                    Text::tr("the id of the record the rule \"%1\" wrote for it").arg(f.linked);
                transform = transform.isEmpty() ? link : transform + u"; "_s + link;
            }
            rows.append({object, storeField, erpField, directionText(rule.direction),
                         ownerText(f.owner.value_or(rule.owner)), rule.trigger.text(), transform, f.lookup,
                         f.note});
        }
    }
    return rows;
}

QByteArray sheetCsv(const MappingDocument &document)
{
    QString csv = csvLine(sheetHeader());
    for (const SheetRow &row : sheetRows(document))
        csv += csvLine(cells(row));
    return csv.toUtf8();
}

QByteArray sheetHtml(const MappingDocument &document)
{
    const auto e = [](const QString &text) -> QString {
        return text.toHtmlEscaped();
    };
    const Policies &p = document.policies;
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
        + e(Text::tr("Field-mapping sheet: %1").arg(document.name)) + u"</title>\n"_s
        + u"<style>\n"
          "body { font-family: sans-serif; font-size: 10pt; margin: 1.5em; }\n"
          "table { border-collapse: collapse; width: 100%; }\n"
          "th, td { border: 1px solid #888; padding: 3px 6px; text-align: left; vertical-align: top; }\n"
          "th { background: #eee; }\n"
          "td.code { font-family: monospace; white-space: pre-wrap; }\n"
          "thead { display: table-header-group; }\n"
          "tr { page-break-inside: avoid; }\n"
          "@page { size: A4 landscape; margin: 12mm; }\n"
          "@media print { body { margin: 0; } }\n"
          "</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + e(Text::tr("Field-mapping sheet: %1").arg(document.name)) + u"</h1>\n"_s;
    html += u"<p>"_s
        + e(Text::tr("Store: %1 (catalog %2). ERP: %3 (catalog %4).")
                .arg(document.store.system, document.store.catalog, document.erp.system,
                     document.erp.catalog))
        + u"</p>\n<ul>\n"_s;
    html += u"<li>"_s
        + e(Text::tr("Tax authority: %1")
                .arg(ownerText(p.taxAuthority == TaxAuthority::Store ? Owner::Store : Owner::Erp)))
        + u"</li>\n"_s;
    html += u"<li>"_s + e(Text::tr("Rounding: %1, %2").arg(nameOf(p.roundingScope), nameOf(p.roundingMode)))
        + u"</li>\n"_s;
    html += u"<li>"_s + e(Text::tr("Currency: the order's currency and exchange rate, never a default"))
        + u"</li>\n"_s;
    html += u"<li>"_s + e(Text::tr("Rollout stage: %1").arg(nameOf(p.rolloutStage))) + u"</li>\n</ul>\n"_s;
    html += u"<table>\n<thead>\n<tr>"_s;
    for (const QString &title : sheetHeader())
        html += u"<th>"_s + e(title) + u"</th>"_s;
    html += u"</tr>\n</thead>\n<tbody>\n"_s;
    for (const SheetRow &row : sheetRows(document)) {
        html += u"<tr>"_s;
        const QStringList values = cells(row);
        for (qsizetype i = 0; i < values.size(); ++i)
            html += (i == 6 ? u"<td class=\"code\">"_s : u"<td>"_s) + e(values.at(i)) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace LedgerLink::Mapping
