#pragma once

#include "store/runrepository.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace LedgerLink::Engine {

/// One field of a planned change: its path in the payload the target would receive
/// ("LineItems[0].UnitAmount") and its value before and after (undefined or null: absent).
struct PlanFieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;

    bool operator==(const PlanFieldChange &) const = default;
};

/**
 * The field-level changes of a plan item, in path order: the diff's fields where the plan has a
 * diff (an update); for a create or a blocked record, which have nothing to compare with, every
 * field of the payload the mapping produced, each before ∅. Empty for a skip.
 */
QList<PlanFieldChange> planFieldChanges(const Store::PlanItem &item);

/// Why a plan item is blocked or in conflict (the diff's "reasons"); empty otherwise.
QStringList planReasons(const Store::PlanItem &item);

/// What to look at before the plan item's write goes ahead (the diff's "flags", see
/// PlannedChange::flags): e.g. the target will compute tax otherwise than the store charged it.
QStringList planFlags(const Store::PlanItem &item);

/// A plan value as the exports and the studio show it: strings bare, absent or null as "∅",
/// objects and arrays as compact JSON, numbers and booleans as JSON writes them.
QString planValueText(const QJsonValue &value);

/// A stored plan as CSV (RFC 4180, UTF-8, header row): run, object, id, key, action, reasons,
/// flags (what is flagged before the write, see planFlags()), field-level changes
/// ("field: before → after" joined by "; ", see planFieldChanges()). Fields go through
/// Model::csvField(): a value a spreadsheet would run as a formula is kept as text.
QByteArray planToCsv(const Store::Run &run, const QList<Store::PlanItem> &items);

/// A stored plan as one self-contained HTML page (escaped, no scripts) for sign-off: a totals
/// table per object and action, then every item with its reasons, flags and field-level changes.
QByteArray planToHtml(const Store::Run &run, const QList<Store::PlanItem> &items);

} // namespace LedgerLink::Engine
