#include "findingdetail.h"

#include "reconciliationmodel.h"
#include "sidebysidemodel.h"

#include "engine/reconciliation.h"
#include "engine/reconciliationrepair.h"

#include <QtCore/QEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

FindingDetail::FindingDetail(QWidget *parent)
    : QWidget(parent)
    , m_sidesModel(new SideBySideModel(this))
{
    setObjectName(u"findingDetail"_s);
    m_title = wrappingLabel(this, u"detailTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_amounts = wrappingLabel(this, u"amounts"_s);
    m_sidesTitle = wrappingLabel(this, u"sidesTitle"_s);
    m_sidesNote = wrappingLabel(this, u"sidesNote"_s);
    m_sidesNote->setVisible(false);
    m_sidesTable = new QTableView(this);
    m_sidesTable->setObjectName(u"sidesView"_s);
    m_sidesTable->setModel(m_sidesModel);
    m_sidesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sidesTable->setWordWrap(false);
    m_sidesTable->verticalHeader()->setVisible(false);
    m_sidesTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sidesTable->verticalHeader()->setDefaultSectionSize(m_sidesTable->fontMetrics().height() + 8);
    // The amounts keep their width; the two descriptions share what is left, each as much as its
    // text needs where that fits (fitSideColumns(): a side with less to say, or nothing, leaves
    // its room to the other).
    m_sidesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sidesTable->horizontalHeader()->setSectionResizeMode(SideBySideModel::Store, QHeaderView::Fixed);
    m_sidesTable->horizontalHeader()->setSectionResizeMode(SideBySideModel::Erp, QHeaderView::Fixed);
    m_sidesTable->viewport()->installEventFilter(this);
    connect(m_sidesModel, &QAbstractItemModel::modelReset, this, &FindingDetail::fitSideColumns);
    m_evidence = wrappingLabel(this, u"evidence"_s);
    m_repair = wrappingLabel(this, u"repair"_s);
    m_repairButton = new QPushButton(this);
    m_repairButton->setObjectName(u"repairButton"_s);
    m_reviewState = wrappingLabel(this, u"reviewState"_s);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setClearButtonEnabled(true);
    m_reviewButton = new QPushButton(this);
    m_reviewButton->setObjectName(u"reviewButton"_s);

    auto *sides = new QWidget(this);
    auto *sidesLayout = new QVBoxLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    sidesLayout->addWidget(m_sidesTitle);
    sidesLayout->addWidget(m_sidesNote);
    sidesLayout->addWidget(m_sidesTable, 1);

    auto *repairRow = new QHBoxLayout;
    repairRow->addWidget(m_repair, 1);
    repairRow->addWidget(m_repairButton, 0, Qt::AlignTop);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_comment, 1);
    reviewRow->addStretch(0); // the button keeps its size when the comment is hidden (reviewed)
    reviewRow->addWidget(m_reviewButton);
    // The evidence can be long: in a small window it scrolls rather than being cut; the review
    // stays in sight below it.
    auto *evidence = new QWidget;
    auto *evidenceLayout = new QVBoxLayout(evidence);
    evidenceLayout->setContentsMargins(0, 0, 4, 0);
    evidenceLayout->addWidget(m_evidence);
    evidenceLayout->addLayout(repairRow);
    evidenceLayout->addStretch(1);
    auto *evidenceScroll = new QScrollArea(this);
    evidenceScroll->setObjectName(u"evidenceScroll"_s);
    evidenceScroll->setWidget(evidence);
    evidenceScroll->setWidgetResizable(true);
    evidenceScroll->setFrameShape(QFrame::NoFrame);
    evidenceScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *why = new QWidget(this);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(evidenceScroll, 1);
    whyLayout->addWidget(m_reviewState);
    whyLayout->addLayout(reviewRow);

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setChildrenCollapsible(false);
    body->addWidget(sides);
    body->addWidget(why);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_amounts);
    layout->addWidget(body, 1);

    connect(m_repairButton, &QPushButton::clicked, this, &FindingDetail::repairClicked);
    connect(m_reviewButton, &QPushButton::clicked, this, &FindingDetail::reviewClicked);
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (m_hasFinding && !m_finding.reviewed && !m_saving)
            emit reviewClicked();
    });
    retranslate();
    clear({});
}

QString FindingDetail::titleText() const
{
    return m_title->text();
}

QString FindingDetail::amountsText() const
{
    return m_amounts->text();
}

QString FindingDetail::evidenceText() const
{
    return m_evidence->text();
}

QString FindingDetail::repairText() const
{
    return m_repair->text();
}

QString FindingDetail::sidesNoteText() const
{
    return m_sidesNote->text();
}

QString FindingDetail::comment() const
{
    return m_comment->text().trimmed();
}

void FindingDetail::retranslate()
{
    m_repairButton->setText(tr("Repair"));
    m_comment->setPlaceholderText(tr("Comment for the review (optional)"));
    if (m_hasFinding)
        showFinding(m_finding, false);
    setState(m_saving, m_running);
}

void FindingDetail::clear(const QString &message)
{
    m_hasFinding = false;
    m_title->setText(message);
    for (QLabel *label : {m_amounts, m_sidesTitle, m_sidesNote, m_evidence, m_repair, m_reviewState})
        label->clear();
    m_sidesNote->setVisible(false);
    m_sidesModel->clear();
    m_comment->clear();
    m_comment->setVisible(true);
    setState(m_saving, m_running);
}

void FindingDetail::showFinding(const Store::ReconciliationResult &finding, bool changed)
{
    m_finding = finding;
    m_hasFinding = true;
    const std::optional<Engine::MismatchCause> cause = Engine::mismatchCauseFrom(finding.cause);
    const QString causeText = cause ? Engine::describe(*cause) : finding.cause;
    m_title->setText(
        tr("%1 %2 — %3")
            .arg(ReconciliationModel::objectLabel(finding.objectType), finding.matchKey, causeText));
    const auto side = [](const QString &amount, const QString &currency, const QString &id) {
        if (amount.isEmpty() && id.isEmpty())
            return tr("no record");
        const QString text = ReconciliationModel::amountText(amount, currency);
        return id.isEmpty() ? text : tr("%1 (id %2)").arg(text, id);
    };
    QString amounts = tr("Store: %1 · ERP: %2 · Difference: %3")
                          .arg(side(finding.storeAmount, finding.currency, finding.storeId),
                               side(finding.erpAmount, finding.currency, finding.erpId),
                               ReconciliationModel::differenceText(finding.difference, finding.currency));
    if (!finding.currency.isEmpty())
        amounts +=
            u' ' + tr("(%1 cents)").arg(ReconciliationModel::centsText(finding.difference, finding.currency));
    m_amounts->setText(amounts);
    m_evidence->setText(tr("Cause: %1.").arg(causeText) + u'\n' + tr("Evidence: %1").arg(finding.evidence));

    const QJsonObject &repair = finding.repair;
    const QString description = repair.value(u"description"_s).toString();
    const QString where = repair.value(u"side"_s).toString() == u"store"_s ? tr("the store") : tr("the ERP");
    if (repair.value(u"job"_s).isObject())
        m_repair->setText(tr("Proposed repair (%1 in %2, through the sync): %3")
                              .arg(repair.value(u"action"_s).toString(), where, description));
    else if (!description.isEmpty())
        m_repair->setText(tr("Proposed repair (by a person, in %1): %2").arg(where, description));
    else
        m_repair->setText(tr("No repair proposed."));
    // What became of the repair (a repair pass's, or one asked for here), as its job stands now.
    if (const QString state = Engine::describeRepairState(repair); !state.isEmpty())
        m_repair->setText(m_repair->text() + u'\n' + tr("Status: %1").arg(state));
    if (const QString refusal = stageRefusal(); !refusal.isEmpty())
        m_repair->setText(m_repair->text() + u'\n' + refusal);

    if (finding.reviewed) {
        const QString when = finding.reviewedAt ? timeText(*finding.reviewedAt) : tr("(time unknown)");
        m_reviewState->setText(finding.reviewComment.isEmpty()
                                   ? tr("✓ Reviewed %1, without a comment.").arg(when)
                                   : tr("✓ Reviewed %1: “%2”").arg(when, finding.reviewComment));
        m_comment->setText(finding.reviewComment);
    } else {
        m_reviewState->setText(tr("Not reviewed yet."));
        if (changed)
            m_comment->clear();
    }
    m_comment->setVisible(!finding.reviewed);
    if (changed) {
        m_sidesModel->clear();
        m_sidesTitle->setText(tr("Side by side"));
    }
    setState(m_saving, m_running);
}

void FindingDetail::showSides(const Engine::FindingSides &sides)
{
    m_sidesModel->setSides(sides);
    const QString store = sides.storeTitle.isEmpty() ? tr("no record") : sides.storeTitle;
    const QString erp = sides.erpTitle.isEmpty() ? tr("no record") : sides.erpTitle;
    m_sidesTitle->setText(tr("Side by side — store: %1 · ERP: %2").arg(store, erp));
    QStringList notes = sides.notes;
    if (!sides.conversion.isEmpty())
        notes.prepend(sides.conversion);
    m_sidesNote->setText(notes.join(u'\n'));
    m_sidesNote->setVisible(!notes.isEmpty());
}

bool FindingDetail::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sidesTable->viewport() && event->type() == QEvent::Resize)
        fitSideColumns();
    return QWidget::eventFilter(watched, event);
}

void FindingDetail::fitSideColumns()
{
    QHeaderView *header = m_sidesTable->horizontalHeader();
    // (QAbstractItemView's public sizeHintForColumn(), the table's own: what ResizeToContents uses)
    const QAbstractItemView *view = m_sidesTable;
    const auto wanted = [view, header](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    int available = m_sidesTable->viewport()->width();
    for (int column = 0; column < SideBySideModel::ColumnCount; ++column) {
        if (column != SideBySideModel::Store && column != SideBySideModel::Erp)
            available -= wanted(column);
    }
    const int store = wanted(SideBySideModel::Store);
    const int erp = wanted(SideBySideModel::Erp);
    if (available <= 0 || store + erp <= 0)
        return;
    const int half = available / 2;
    int storeWidth = half; // neither fits in half: half each
    if (store + erp <= available) // both whole: what is left, half each
        storeWidth = store + (available - store - erp) / 2;
    else if (store <= half) // the store's whole, the rest to the ERP's
        storeWidth = store;
    else if (erp <= half)
        storeWidth = available - erp;
    header->resizeSection(SideBySideModel::Store, storeWidth);
    header->resizeSection(SideBySideModel::Erp, available - storeWidth);
}

void FindingDetail::showSidesNote(const QString &note)
{
    m_sidesModel->clear();
    m_sidesTitle->setText(tr("Side by side"));
    m_sidesNote->setText(note);
    m_sidesNote->setVisible(!note.isEmpty());
}

void FindingDetail::setState(bool saving, bool running)
{
    m_saving = saving;
    m_running = running;
    const Store::ReconciliationResult *shown = finding();
    m_reviewButton->setEnabled(shown && !saving);
    m_comment->setEnabled(shown && !saving);
    m_reviewButton->setText(shown && shown->reviewed ? tr("Mark not reviewed") : tr("Mark reviewed"));
    const QString blocked = repairBlockedText();
    m_repairButton->setEnabled(shown && blocked.isEmpty());
    m_repairButton->setToolTip(
        blocked.isEmpty() ? tr("Repair this difference now: its job writes it through the normal sync path")
                          : blocked);
}

void FindingDetail::setWrites(bool erp, bool store, const QString &stage)
{
    m_erpWrites = erp;
    m_storeWrites = store;
    m_stage = stage;
    if (m_hasFinding)
        showFinding(m_finding, false);
    setState(m_saving, m_running);
}

QString FindingDetail::stageRefusal() const
{
    const Store::ReconciliationResult *shown = finding();
    if (!shown || !shown->repair.value(u"job"_s).isObject()
        || shown->repair.value(u"action"_s).toString() == u"review"_s)
        return {};
    const bool erp = shown->repair.value(u"side"_s).toString() != u"store"_s;
    if (erp ? m_erpWrites : m_storeWrites)
        return {};
    return tr("The rollout stage “%1” does not let LedgerLink write to %2: change the stage in the mapping "
              "to repair it.")
        .arg(m_stage, erp ? tr("the ERP") : tr("the store"));
}

QString FindingDetail::repairBlockedText() const
{
    const Store::ReconciliationResult *shown = finding();
    if (!shown)
        return {};
    QString why;
    if (!Engine::canRepair(shown->repair, &why))
        return tr("Not available: %1.").arg(why);
    if (const QString refusal = stageRefusal(); !refusal.isEmpty())
        return refusal;
    if (m_running)
        return tr("Not available while a reconciliation or a repair runs.");
    return {};
}

} // namespace LedgerLink::Studio
