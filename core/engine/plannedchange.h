#pragma once

#include "store/runrepository.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace LedgerLink::Engine {

/// What a dry run would do to one record (DESIGN.md, "Plan"): create, update, skip, conflict
/// or blocked. The same vocabulary as the plans table; Store::nameOf() gives the stored name.
using PlanAction = Store::PlanAction;

/// One line of a plan.
struct PlannedChange
{
    QString objectType; ///< "customer", "order", ...
    PlanAction action = PlanAction::Skip;
    QString direction; ///< "store→erp" or "erp→store"
    QString matchKey; ///< the stable key: order number, email, SKU
    QString sourceId; ///< the record's id on its source system
    QString targetId; ///< the cross-referenced id on the target, if any
    QString summary; ///< one line for people: "2 lines, 59.97 EUR"
    QStringList reasons; ///< why it is blocked or in conflict (empty otherwise)
    /// What to look at before the write goes ahead, said plainly (it does not stop the write):
    /// e.g. the target computes tax itself and will arrive at other amounts than the store
    /// charged (taxFlags(), docs/money.md). Empty when nothing is to be flagged.
    QStringList flags;
    QJsonObject after; ///< the canonical record that would be written

    bool operator==(const PlannedChange &) const = default;
};

/// A whole dry run's result.
struct DryRunReport
{
    QString runId;
    QString workspaceDir;
    QString source; ///< where the records came from, said plainly
    QList<PlannedChange> changes;
    QStringList notes; ///< what this dry run could not do, said plainly

    int count(PlanAction action) const;
    /// The changes that carry flags.
    int flagged() const;
};

} // namespace LedgerLink::Engine
