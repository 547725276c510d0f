#include "automapdialog.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

AutoMapDialog::AutoMapDialog(QList<Mapping::AutoMapProposal> proposals, QWidget *parent)
    : QDialog(parent)
    , m_proposals(std::move(proposals))
{
    setObjectName(u"autoMapDialog"_s);
    setWindowTitle(tr("Auto-map"));
    auto *intro = new QLabel(
        m_proposals.isEmpty() ? tr("Auto-map has nothing to propose: every target it can match is mapped.")
                              : tr("Auto-map proposes these lines. Check the ones to draw; the likely ones "
                                   "are checked already."),
        this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"proposalList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Source field"), tr("Target field"), tr("Confidence"), tr("Why")});
    for (const Mapping::AutoMapProposal &proposal : std::as_const(m_proposals)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, proposal.source);
        item->setText(1, proposal.target);
        item->setText(2, u"%1 %"_s.arg(qRound(proposal.confidence * 100)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3,
                      proposal.needsTransform
                          ? tr("%1; needs a transform (the types differ)").arg(proposal.reason)
                          : proposal.reason);
        item->setCheckState(0, proposal.confidence >= 0.8 ? Qt::Checked : Qt::Unchecked);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Draw the checked lines"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_proposals.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

AutoMapDialog::~AutoMapDialog() = default;

void AutoMapDialog::setChecked(const QString &target, bool checked)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(1) == target)
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<Mapping::AutoMapProposal> AutoMapDialog::checkedProposals() const
{
    QList<Mapping::AutoMapProposal> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            result.append(m_proposals.at(i));
    return result;
}

} // namespace LedgerLink::Studio
