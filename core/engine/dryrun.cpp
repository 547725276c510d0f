#include "engine/dryrun.h"

#include "engine/workspace.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

/// User-facing text of this file, translated in the context "LedgerLink::Engine::DryRun".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::DryRun)
};

} // namespace

int DryRunReport::count(PlanAction action) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [action](const PlannedChange &change) { return change.action == action; }));
}

int DryRunReport::flagged() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const PlannedChange &change) { return !change.flags.isEmpty(); }));
}

QString formatReport(const DryRunReport &report)
{
    QString text;
    text += Text::tr("LedgerLink dry run %1 — workspace %2\n").arg(report.runId, report.workspaceDir);
    text += Text::tr("Source: %1\n\n").arg(report.source);

    const QStringList header{Text::tr("OBJECT"), Text::tr("ACTION"), Text::tr("KEY"), Text::tr("SUMMARY")};
    QList<QStringList> rows;
    for (const PlannedChange &change : report.changes)
        rows.append({change.objectType, Store::nameOf(change.action), change.matchKey, change.summary});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : QList<QStringList>{header} + rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    const auto line = [&widths](const QStringList &row) -> QString {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c)
            out += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        return out + u'\n';
    };
    text += line(header);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        text += line(rows.at(r));
        for (const QString &reason : report.changes.at(r).reasons)
            text += u"    ✗ "_s + reason + u'\n';
        for (const QString &flag : report.changes.at(r).flags)
            text += u"    ⚑ "_s + flag + u'\n';
    }
    text += u'\n';
    text += Text::tr("%n change(s): ", nullptr, int(report.changes.size()));
    text += Text::tr("%1 create, %2 update, %3 skip, %4 conflict, %5 blocked\n")
                .arg(report.count(PlanAction::Create))
                .arg(report.count(PlanAction::Update))
                .arg(report.count(PlanAction::Skip))
                .arg(report.count(PlanAction::Conflict))
                .arg(report.count(PlanAction::Blocked));
    if (const int flagged = report.flagged(); flagged > 0)
        text +=
            Text::tr("Flagged (⚑): %1 of the changes; their writes go ahead, check them before they do.\n")
                .arg(flagged);
    for (const QString &note : report.notes)
        text += Text::tr("Note: %1\n").arg(note);
    text += Text::tr("The plan is stored in %1 as run %2.\n")
                .arg(stateFilePath(report.workspaceDir), report.runId);
    return text;
}

} // namespace LedgerLink::Engine
