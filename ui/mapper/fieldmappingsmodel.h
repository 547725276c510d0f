#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QStringList>

namespace LedgerLink::Mapping {
struct FieldMapping;
} // namespace LedgerLink::Mapping

namespace LedgerLink::Studio {

class MappingEditor;

/// The field mappings of one object rule as a table — the same mappings as the diagram, for
/// keyboard and screen-reader users. Source, target, transform, lookup, default and note are
/// edited as text, Required as a check box, the owner and the rule a field is linked to by a
/// choice; every change is an undo command on the editor.
class FieldMappingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMappingsModel)

public:
    enum Column { Source, Target, Transform, Lookup, Linked, Default, Required, Owner, Note, ColumnCount };
    static constexpr int FieldIdRole = Qt::UserRole + 1;

    explicit FieldMappingsModel(MappingEditor *editor, QObject *parent = nullptr);
    ~FieldMappingsModel() override;

    void setRule(const QString &ruleId);
    QString ruleId() const { return m_ruleId; }
    /// The row of a field mapping id, -1 when there is none.
    int rowOf(const QString &fieldId) const { return int(m_ids.indexOf(fieldId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    /// The Linked column's choices: "" (not linked), then the other rules of this rule's
    /// direction (and the rule the field names, should it be none of them).
    QStringList linkChoices(const Mapping::FieldMapping &field) const;
    QStringList currentIds() const;

    MappingEditor *m_editor;
    QString m_ruleId;
    QStringList m_ids; ///< the rows' field mapping ids, as the view knows them
};

} // namespace LedgerLink::Studio
