// How a reconciliation pass reads: the text report for accountants and the CSV of its findings.

#include "engine/reconciliation.h"

#include "engine/reconciliationrepair.h"
#include "engine/workspace.h"
#include "model/csvfield.h"
#include "model/currency.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Reconciler)
};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString signedText(const Model::Decimal &value)
{
    return value.signum() > 0 ? u"+"_s + value.toString() : value.toString();
}

/// "64.88 EUR", "80 units", "—" when the side has none.
QString amountText(const std::optional<Model::Decimal> &amount, const QString &currency)
{
    if (!amount)
        return Text::tr("—");
    return currency.isEmpty() ? Text::tr("%1 units").arg(amount->toString())
                              : amount->toString() + u' ' + currency;
}

/// "+4.90 EUR (+490 cents)", "-1 JPY", "+5 units".
QString differenceText(const ReconciliationFinding &finding)
{
    if (finding.currency.isEmpty())
        return Text::tr("%1 units").arg(signedText(finding.difference));
    QString text = signedText(finding.difference) + u' ' + finding.currency;
    const auto currency = Model::Currency::fromCode(finding.currency);
    if (currency && currency->minorUnits() > 0) {
        qint64 factor = 1;
        for (int i = 0; i < currency->minorUnits(); ++i)
            factor *= 10;
        const Model::Decimal cents =
            finding.difference.rounded(currency->minorUnits(), Model::RoundingMode::HalfEven)
            * Model::Decimal(factor);
        text += u" ("_s + Text::tr("%1 cents").arg(signedText(cents.normalized())) + u')';
    }
    return text;
}

QString objectTitle(ReconcileObject object)
{
    switch (object) {
    case ReconcileObject::Orders:
        return Text::tr("orders");
    case ReconcileObject::Refunds:
        return Text::tr("refunds");
    case ReconcileObject::Prices:
        return Text::tr("prices per SKU");
    case ReconcileObject::Stock:
        return Text::tr("stock per SKU");
    case ReconcileObject::Payouts:
        return Text::tr("payouts (bank deposits)");
    }
    return {};
}

} // namespace

QString formatReconciliation(const ReconcileReport &report)
{
    QString text;
    const bool repair = report.mode == ReconcileMode::Repair;
    text += (repair ? Text::tr("LedgerLink reconciliation %1 — %2 ↔ %3 (repair: the repairs the owners allow "
                               "go through the sync's jobs)\n")
                    : Text::tr("LedgerLink reconciliation %1 — %2 ↔ %3 (report only: nothing was changed in "
                               "either system)\n"))
                .arg(report.runId)
                .arg(report.storeName, report.erpName);
    text += Text::tr("Workspace %1, compared %2").arg(report.workspaceDir, timeText(report.finished));
    if (report.since.isValid())
        text += Text::tr("; orders and refunds changed since %1").arg(timeText(report.since));
    text += u"\n\n"_s;

    // What was compared, with the counts.
    const QStringList header{Text::tr("COMPARED"), Text::tr("STORE"), Text::tr("ERP"),
                             Text::tr("CHECKED"),  Text::tr("EQUAL"), Text::tr("DIFFER"),
                             Text::tr("MISSING")};
    QList<QStringList> rows;
    for (const ReconcileTally &tally : report.tallies) {
        const QString what = objectTitle(tally.object)
            + (tally.rule.isEmpty() ? QString() : Text::tr(" (rule \"%1\")").arg(tally.rule));
        if (!tally.skipped.isEmpty()) {
            rows.append({what, Text::tr("not compared: %1").arg(tally.skipped)});
            continue;
        }
        rows.append({what, QString::number(tally.storeRecords), QString::number(tally.erpRecords),
                     QString::number(tally.compared), QString::number(tally.matched),
                     QString::number(tally.differences), QString::number(tally.missing)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : QList<QStringList>{header} + rows) {
        if (row.size() != header.size())
            continue;
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&widths](const QStringList &row) -> QString {
        QString out = u"  "_s;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString &cell = row.at(c);
            if (c == 0)
                out += cell.leftJustified(widths[c] + 2);
            else if (row.size() == 2)
                out += cell;
            else
                out += cell.rightJustified(widths[c]) + (c + 1 < row.size() ? u"  "_s : QString());
        }
        return out + u'\n';
    };
    text += line(header);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        text += line(rows.at(r));
        for (const QString &note : report.tallies.at(r).notes)
            text += u"      "_s + Text::tr("Note: %1").arg(note) + u'\n';
    }
    text += u'\n';

    if (report.findings.isEmpty()) {
        text += Text::tr("No differences: both sides agree to the cent on everything compared.\n");
    } else {
        // The counts by cause, most frequent first.
        std::map<QString, int> byCause;
        for (const ReconciliationFinding &finding : report.findings)
            ++byCause[describe(finding.cause)];
        QList<std::pair<QString, int>> causes(byCause.begin(), byCause.end());
        std::stable_sort(causes.begin(), causes.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList counts;
        for (const auto &[cause, count] : causes)
            counts.append(QString::number(count) + u' ' + cause);
        text += Text::tr("%n difference(s): %1\n", nullptr, int(report.findings.size()))
                    .arg(counts.join(u", "_s));
        for (const ReconciliationFinding &finding : report.findings) {
            text += u'\n';
            text += Text::tr("%1 %2 — %3\n").arg(finding.object, finding.key, describe(finding.cause));
            text += u"    "_s
                + Text::tr("store %1 (%2), ERP %3 (%4), difference %5\n")
                      .arg(amountText(finding.storeAmount, finding.currency),
                           finding.storeId.isEmpty() ? Text::tr("no record")
                                                     : Text::tr("id %1").arg(finding.storeId),
                           amountText(finding.erpAmount, finding.currency),
                           finding.erpId.isEmpty() ? Text::tr("no record")
                                                   : Text::tr("id %1").arg(finding.erpId),
                           differenceText(finding));
            text += u"    "_s + finding.evidence + u'\n';
            const QString action = finding.repair.value(u"action"_s).toString();
            const QString side = finding.repair.value(u"side"_s).toString() == u"store"_s
                ? Text::tr("the store")
                : Text::tr("the ERP");
            if (action == u"review"_s)
                text += u"    "_s
                    + Text::tr("Repair (by a person, in %1): %2\n")
                          .arg(side, finding.repair.value(u"description"_s).toString());
            else
                text += u"    "_s
                    + Text::tr("Repair (%1 in %2 through the sync, job %3): %4\n")
                          .arg(action, side,
                               finding.repair.value(u"job"_s).toObject().value(u"kind"_s).toString(),
                               finding.repair.value(u"description"_s).toString());
            const QString status = finding.repair.value(u"status"_s).toString();
            if (finding.repair.contains(u"outcome"_s))
                text += u"    "_s + Text::tr("Repair: %1\n").arg(describeRepairState(finding.repair));
            else if (status == u"enqueued"_s)
                text += u"    "_s
                    + Text::tr("Repair enqueued as job %1\n")
                          .arg(finding.repair.value(u"job_id"_s).toInteger());
            else if (!status.isEmpty() && status != u"review"_s)
                text += u"    "_s
                    + Text::tr("Repair not enqueued: %1\n").arg(finding.repair.value(u"note"_s).toString());
        }
    }
    if (repair) {
        const RepairTally &tally = report.repairs;
        text += u'\n'
            + Text::tr(
                  "Repairs: %1 enqueued, %2 already queued, %3 not allowed by the rollout stage, %4 for a "
                  "person, %5 waiting in the dead-letter queue.\n")
                  .arg(tally.enqueued)
                  .arg(tally.alreadyQueued)
                  .arg(tally.notAllowed)
                  .arg(tally.review)
                  .arg(tally.deadLetter);
        if (tally.ran) {
            const QJsonObject &run = tally.run;
            text +=
                Text::tr("Run %1 carried them out: created %2, updated %3, skipped %4, dead letters %5.\n")
                    .arg(run.value(u"run"_s).toInteger())
                    .arg(run.value(u"created"_s).toInt())
                    .arg(run.value(u"updated"_s).toInt())
                    .arg(run.value(u"skipped"_s).toInt())
                    .arg(run.value(u"dead"_s).toInt());
            text += Text::tr("Run \"ledgerlink-cli reconcile\" again to confirm both sides agree.\n");
        }
        if (!tally.note.isEmpty())
            text += Text::tr("Note: %1\n").arg(tally.note);
    }
    text += u'\n'
        + Text::tr("%n request(s) to compare, all reads. Stored in %1 as run %2.\n", nullptr, report.requests)
              .arg(stateFilePath(report.workspaceDir))
              .arg(report.runId);
    return text;
}

QByteArray reconciliationCsv(const ReconcileReport &report)
{
    QByteArray csv =
        "run,object,rule,key,store_id,store_amount,erp_id,erp_amount,difference,currency,cause,evidence,"
        "repair\r\n";
    for (const ReconciliationFinding &finding : report.findings) {
        const QStringList fields{
            QString::number(report.runId),
            finding.object,
            finding.rule,
            finding.key,
            finding.storeId,
            finding.storeAmount ? finding.storeAmount->toString() : QString(),
            finding.erpId,
            finding.erpAmount ? finding.erpAmount->toString() : QString(),
            finding.difference.toString(),
            finding.currency,
            nameOf(finding.cause),
            finding.evidence,
            QString::fromUtf8(QJsonDocument(finding.repair).toJson(QJsonDocument::Compact))};
        QByteArrayList cells;
        for (const QString &field : fields)
            cells.append(Model::csvField(field).toUtf8());
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}

} // namespace LedgerLink::Engine
