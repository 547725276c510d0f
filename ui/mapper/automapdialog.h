#pragma once

#include "mapping/automapper.h"

#include <QtWidgets/QDialog>

class QTreeWidget;

namespace LedgerLink::Studio {

/// Auto-map's proposals for one object rule, each with its confidence and reason, for the user
/// to accept: the likely ones (confidence ≥ 80 %) come checked, the others not.
class AutoMapDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoMapDialog)

public:
    AutoMapDialog(QList<Mapping::AutoMapProposal> proposals, QWidget *parent = nullptr);
    ~AutoMapDialog() override;

    QTreeWidget *list() const { return m_list; }
    /// Checks or unchecks the proposal for a target field.
    void setChecked(const QString &target, bool checked);
    QList<Mapping::AutoMapProposal> checkedProposals() const;

private:
    QList<Mapping::AutoMapProposal> m_proposals;
    QTreeWidget *m_list = nullptr;
};

} // namespace LedgerLink::Studio
