#pragma once

#include <QtCore/QAbstractTableModel>

namespace LedgerLink::Studio {

class MappingEditor;

/// The object rules of the mapping document as a table: owner, direction, trigger, match key and
/// split are chosen from combo boxes (ChoicesRole); every change is an undo command on the editor.
/// Only an order rule written store → ERP may be split by vendor; other rules show "—" there (or
/// the split a document has anyway, which the validator then reports, and which may be undone).
class ObjectRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectRulesModel)

public:
    enum Column {
        Object,
        Objects,
        Owner,
        Direction,
        Trigger,
        MatchKey,
        Split,
        Fields,
        Problems,
        ColumnCount
    };
    /// The rule id of a row (Qt::UserRole).
    static constexpr int RuleIdRole = Qt::UserRole + 1;

    explicit ObjectRulesModel(MappingEditor *editor, QObject *parent = nullptr);
    ~ObjectRulesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a rule id, -1 when there is none.
    int rowOf(const QString &ruleId) const;

private:
    MappingEditor *m_editor;
};

} // namespace LedgerLink::Studio
