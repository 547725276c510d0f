#include "engine/planexport.h"

#include "model/csvfield.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>

#include <array>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::PlanExport)
};

constexpr std::array<Store::PlanAction, 5> allActions{Store::PlanAction::Create, Store::PlanAction::Update,
                                                      Store::PlanAction::Skip, Store::PlanAction::Conflict,
                                                      Store::PlanAction::Blocked};

/// Every leaf of `value` as "path" → value, with the paths the executor's diff uses ("a.b", "a[0]").
void flattenInto(const QJsonValue &value, const QString &path, QList<PlanFieldChange> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(it.value(), path.isEmpty() ? it.key() : QString(path + u'.' + it.key()), out);
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenInto(array.at(i), path + u'[' + QString::number(i) + u']', out);
        return;
    }
    out.append({path, QJsonValue(QJsonValue::Null), value});
}

QString changeLine(const PlanFieldChange &change)
{
    return change.field + u": "_s + planValueText(change.before) + u" → "_s + planValueText(change.after);
}

} // namespace

QList<PlanFieldChange> planFieldChanges(const Store::PlanItem &item)
{
    QList<PlanFieldChange> changes;
    if (item.diff.contains(u"fields"_s)) {
        const QJsonObject fields = item.diff.value(u"fields"_s).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            changes.append({it.key(), change.value(u"before"_s), change.value(u"after"_s)});
        }
        return changes;
    }
    // Nothing to compare with: what the target would receive is the whole change.
    if ((item.action == Store::PlanAction::Create || item.action == Store::PlanAction::Blocked)
        && !item.after.isEmpty())
        flattenInto(item.after, {}, changes);
    return changes;
}

QStringList planReasons(const Store::PlanItem &item)
{
    QStringList reasons;
    for (const QJsonValue &reason : item.diff.value(u"reasons"_s).toArray())
        reasons.append(reason.toString());
    return reasons;
}

QStringList planFlags(const Store::PlanItem &item)
{
    QStringList flags;
    for (const QJsonValue &flag : item.diff.value(u"flags"_s).toArray())
        flags.append(flag.toString());
    return flags;
}

QString planValueText(const QJsonValue &value)
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

QByteArray planToCsv(const Store::Run &run, const QList<Store::PlanItem> &items)
{
    QString csv = u"run,object,id,key,action,reasons,flags,changes\r\n"_s;
    for (const Store::PlanItem &item : items) {
        QStringList changes;
        for (const PlanFieldChange &change : planFieldChanges(item))
            changes.append(changeLine(change));
        const QStringList row{QString::number(run.id),
                              item.objectType,
                              item.objectId,
                              item.matchKey,
                              Store::nameOf(item.action),
                              planReasons(item).join(u"; "_s),
                              planFlags(item).join(u"; "_s),
                              changes.join(u"; "_s)};
        QStringList fields;
        for (const QString &field : row)
            fields.append(Model::csvField(field));
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
          u"td,th{border:1px solid #999;padding:2px 6px;vertical-align:top}td.n{text-align:right}"
          u".blocked,.conflict{background:#fdd}.create{background:#dfd}.update{background:#ffd}</style>"
          u"</head><body>\n<h1>"_s
        + title.toHtmlEscaped() + u"</h1>\n"_s;

    // Totals per object (in the order the plan first names them) and action.
    QStringList objects;
    QMap<QString, std::array<int, allActions.size()>> counts;
    for (const Store::PlanItem &item : items) {
        if (!counts.contains(item.objectType)) {
            objects.append(item.objectType);
            counts.insert(item.objectType, {});
        }
        ++counts[item.objectType][std::size_t(item.action)];
    }
    QStringList header{Text::tr("Object")};
    for (Store::PlanAction action : allActions)
        header.append(Store::nameOf(action));
    header.append(Text::tr("Total"));
    html += u"<h2>"_s + Text::tr("Totals").toHtmlEscaped() + u"</h2>\n<table class=\"totals\">\n<tr><th>"_s
        + header.join(u"</th><th>"_s) + u"</th></tr>\n"_s;
    for (const QString &object : std::as_const(objects)) {
        const auto &row = counts.value(object);
        html += u"<tr><td>"_s + object.toHtmlEscaped() + u"</td>"_s;
        int total = 0;
        for (int count : row) {
            html += u"<td class=\"n\">"_s + QString::number(count) + u"</td>"_s;
            total += count;
        }
        html += u"<td class=\"n\">"_s + QString::number(total) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;

    html += u"<h2>"_s + Text::tr("Changes").toHtmlEscaped() + u"</h2>\n<table>\n<tr><th>"_s
        + QStringList{Text::tr("Object"),
                      Text::tr("Id"),
                      Text::tr("Key"),
                      Text::tr("Action"),
                      Text::tr("Reasons"),
                      Text::tr("Flags"),
                      Text::tr("Changes (before → after)")}
              .join(u"</th><th>"_s)
        + u"</th></tr>\n"_s;
    for (const Store::PlanItem &item : items) {
        const QString action = Store::nameOf(item.action);
        QStringList changes;
        for (const PlanFieldChange &change : planFieldChanges(item))
            changes.append(changeLine(change).toHtmlEscaped());
        QStringList reasons;
        for (const QString &reason : planReasons(item))
            reasons.append(reason.toHtmlEscaped());
        QStringList flags;
        for (const QString &flag : planFlags(item))
            flags.append(u"⚑ "_s + flag.toHtmlEscaped());
        html += u"<tr class=\""_s + action + u"\"><td>"_s
            + QStringList{item.objectType.toHtmlEscaped(), item.objectId.toHtmlEscaped(),
                          item.matchKey.toHtmlEscaped(),   action,
                          reasons.join(u"<br>"_s),         flags.join(u"<br>"_s),
                          changes.join(u"<br>"_s)}
                  .join(u"</td><td>"_s)
            + u"</td></tr>\n"_s;
    }
    html += u"</table>\n</body></html>\n"_s;
    return html.toUtf8();
}

} // namespace LedgerLink::Engine
