#pragma once

#include "engine/reconciliationreview.h"
#include "store/reconciliationrepository.h"

#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace LedgerLink::Studio {

class SideBySideModel;

/**
 * One reconciliation finding in full, for the Reconciliation page: what differs and by how much
 * (with the cents), the store record and the ERP record side by side line by line with every
 * difference highlighted, the cause and its evidence, the proposed repair, and the review (state,
 * comment, the button that toggles it). It only shows what it is given and says what was clicked;
 * the page reads and writes.
 */
class FindingDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetail)

public:
    explicit FindingDetail(QWidget *parent = nullptr);

    SideBySideModel *sidesModel() const { return m_sidesModel; }
    QTableView *sidesView() const { return m_sidesTable; }
    QString titleText() const;
    QString amountsText() const;
    QString evidenceText() const;
    QString repairText() const;
    QString sidesNoteText() const;
    /// The comment typed for the review.
    QString comment() const;

    /// No finding: `message` says why ("Select a finding…").
    void clear(const QString &message);
    /// Shows `finding`; `changed` false keeps what was typed in the comment and the sides shown.
    void showFinding(const Store::ReconciliationResult &finding, bool changed);
    /// Both records side by side.
    void showSides(const Engine::FindingSides &sides);
    /// No side-by-side view (yet): `note` says why ("Reading…", an error).
    void showSidesNote(const QString &note);
    /// Enables the review and the repair: `saving` while a review is written, `running` while a
    /// pass or a repair runs (no repair then).
    void setState(bool saving, bool running);
    /// What the workspace's rollout stage (`stage`, e.g. "read_only") lets LedgerLink write: the
    /// Repair button is disabled, saying why, for a repair that would write where it may not.
    void setWrites(bool erp, bool store, const QString &stage);
    /// Why the shown finding's repair cannot be asked for now ("" when it can): the tooltip of the
    /// disabled Repair button.
    QString repairBlockedText() const;
    void retranslate();

signals:
    void reviewClicked();
    void repairClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The store's and the ERP's descriptions share the side-by-side table's width left beside the
    /// amounts: each whole where both fit, else in proportion to their text.
    void fitSideColumns();
    const Store::ReconciliationResult *finding() const { return m_hasFinding ? &m_finding : nullptr; }

    SideBySideModel *m_sidesModel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_amounts = nullptr;
    QLabel *m_sidesTitle = nullptr;
    QLabel *m_sidesNote = nullptr;
    QTableView *m_sidesTable = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_repair = nullptr;
    QPushButton *m_repairButton = nullptr;
    QLabel *m_reviewState = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_reviewButton = nullptr;
    Store::ReconciliationResult m_finding;
    bool m_hasFinding = false;
    /// Why the shown finding's repair would write where the rollout stage forbids ("" when not).
    QString stageRefusal() const;

    bool m_saving = false;
    bool m_running = false;
    bool m_erpWrites = true;
    bool m_storeWrites = true;
    QString m_stage;
};

} // namespace LedgerLink::Studio
