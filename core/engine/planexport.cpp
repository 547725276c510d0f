#include "engine/planexport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::PlanExport)
};

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return u"∅"_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString reasonsOf(const Store::PlanItem &item)
{
    QStringList reasons;
    for (const QJsonValue &reason : item.diff.value(u"reasons"_s).toArray())
        reasons.append(reason.toString());
    return reasons.join(u"; "_s);
}

/// "field: before → after" for every field in diff.fields ({"field": {"before":..., "after":...}}).
QString changesOf(const Store::PlanItem &item)
{
    QStringList changes;
    const QJsonObject fields = item.diff.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        changes.append(it.key() + u": "_s + valueText(change.value(u"before"_s)) + u" → "_s
                       + valueText(change.value(u"after"_s)));
    }
    return changes.join(u"; "_s);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray planToCsv(const Store::Run &run, const QList<Store::PlanItem> &items)
{
    QString csv = u"run,object,id,key,action,reasons,changes\r\n"_s;
    for (const Store::PlanItem &item : items) {
        const QStringList row{QString::number(run.id),    item.objectType, item.objectId,  item.matchKey,
                              Store::nameOf(item.action), reasonsOf(item), changesOf(item)};
        QStringList fields;
        for (const QString &field : row)
            fields.append(csvField(field));
        csv += fields.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

QByteArray planToHtml(const Store::Run &run, const QList<Store::PlanItem> &items)
{
    const QString title = Text::tr("LedgerLink plan %1 (%2, %3)")
                              .arg(run.id)
                              .arg(run.connectionPair, run.started.toString(Qt::ISODate));
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
        + u"</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
          u"td,th{border:1px solid #999;padding:2px 6px;vertical-align:top}"
          u".blocked,.conflict{background:#fdd}.create{background:#dfd}.update{background:#ffd}</style>"
          u"</head><body>\n<h1>"_s
        + title.toHtmlEscaped() + u"</h1>\n<table>\n<tr><th>"_s
        + QStringList{Text::tr("Object"), Text::tr("Id"),      Text::tr("Key"),
                      Text::tr("Action"), Text::tr("Reasons"), Text::tr("Changes (before → after)")}
              .join(u"</th><th>"_s)
        + u"</th></tr>\n"_s;
    for (const Store::PlanItem &item : items) {
        const QString action = Store::nameOf(item.action);
        html += u"<tr class=\""_s + action + u"\"><td>"_s
            + QStringList{item.objectType.toHtmlEscaped(), item.objectId.toHtmlEscaped(),
                          item.matchKey.toHtmlEscaped(),   action,
                          reasonsOf(item).toHtmlEscaped(), changesOf(item).toHtmlEscaped()}
                  .join(u"</td><td>"_s)
            + u"</td></tr>\n"_s;
    }
    html += u"</table>\n</body></html>\n"_s;
    return html.toUtf8();
}

} // namespace LedgerLink::Engine
