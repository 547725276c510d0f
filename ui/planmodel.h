#pragma once

#include "engine/planexport.h"
#include "engine/plannedchange.h"

#include <QtCore/QAbstractItemModel>

#include <array>

namespace LedgerLink::Studio {

/**
 * A dry-run plan grouped for a tree view: one top-level row per object ("order"), under it one
 * row per action that occurs (create, update, skip, conflict, blocked, in that order), under
 * that the planned changes in plan order. Group rows carry their totals. Plain data set in one
 * piece from the GUI thread (the plan is computed elsewhere); data() never does I/O.
 */
class PlanModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column {
        ChangeColumn, ///< the object, the action or the change's match key (the tree column)
        DirectionColumn,
        SummaryColumn, ///< the change's summary, or a group's totals
        ReasonColumn,
        /// What to look at before the write goes ahead (PlannedChange::flags), or a group's count
        /// of flagged changes; the change's key carries a warning icon and the flags as tooltip.
        FlagColumn,
        ColumnCount
    };
    enum class RowKind { Object, Action, Change };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(RowKind)
        ObjectRole, ///< the object type, on every row
        ActionRole, ///< int(PlanAction), on action and change rows
        KeyRole, ///< the match key, on change rows
        CountRole, ///< the number of changes in a group (1 on a change row)
        FlagsRole, ///< QStringList: the change's flags (change rows); a group's count of flagged changes
    };

    /// One planned change and its field-level before → after.
    struct Row
    {
        Engine::PlannedChange change;
        QList<Engine::PlanFieldChange> fields;
    };

    explicit PlanModel(QObject *parent = nullptr);
    ~PlanModel() override;

    void setPlan(QList<Row> rows);
    void clear();
    const QList<Row> &rows() const { return m_rows; }

    /// The number of changes of `object` with `action`.
    int count(const QString &object, Engine::PlanAction action) const;
    /// The change shown at `index` (any column), or nullptr for a group row.
    const Row *rowAt(const QModelIndex &index) const;
    /// The change row of `object` with match key `key` (column 0), or an invalid index.
    QModelIndex findChange(const QString &object, const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated name of an action ("create").
    static QString actionLabel(Engine::PlanAction action);
    /// Text for a direction as the plan spells it ("store→erp").
    static QString directionLabel(const QString &direction);

private:
    static constexpr std::size_t actionCount = 5;
    struct Node
    {
        RowKind kind = RowKind::Change;
        int parent = -1; ///< node index, -1 for a top-level row
        int row = 0; ///< the row under its parent
        QString object;
        Engine::PlanAction action = Engine::PlanAction::Create;
        int change = -1; ///< index into m_rows, change rows only
        QList<int> children; ///< node indexes
        std::array<int, actionCount> counts{}; ///< per action, object rows
        int total = 0;
        int flagged = 0; ///< changes with flags in the group (1 or 0 on a change row)
    };

    const Node *nodeOf(const QModelIndex &index) const;
    QVariant groupData(const Node &node, int column, int role) const;

    QList<Row> m_rows;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace LedgerLink::Studio
