#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace LedgerLink::Studio {

/// The role a model answers with the labels a cell may choose from (a QStringList); the cell's
/// Qt::EditRole is the chosen label's index.
inline constexpr int ChoicesRole = Qt::UserRole + 40;

/// Edits a cell that answers ChoicesRole with a combo box that commits as soon as a choice is
/// made; other cells are edited as usual.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~ChoiceDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace LedgerLink::Studio
