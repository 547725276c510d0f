#include "auditlogpage.h"

#include "auditlogmodel.h"
#include "jsonhighlighter.h"

#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {
namespace {

/// A filter's combo box: its choices as (label, value), the first one "all".
QComboBox *filterBox(QWidget *parent, const QString &objectName, const QString &accessibleName,
                     const QList<std::pair<QString, QVariant>> &choices)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    for (const auto &[label, value] : choices)
        box->addItem(label, value);
    return box;
}

} // namespace

AuditLogPage::AuditLogPage(const Store::StoreLocation &location, QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(location, this))
{
    setObjectName(u"auditLogPage"_s);
    m_record = new QLineEdit(this);
    m_record->setObjectName(u"recordFilter"_s);
    m_record->setPlaceholderText(tr("Order number, SKU or email"));
    m_record->setClearButtonEnabled(true);
    m_record->setAccessibleName(tr("Record"));
    m_object = filterBox(this, u"objectFilter"_s, tr("Object"),
                         {{tr("All objects"), QString()},
                          {tr("Orders"), u"order"_s},
                          {tr("Customers"), u"customer"_s},
                          {tr("Products"), u"product"_s},
                          {tr("Stock"), u"inventory"_s},
                          {tr("Invoices"), u"invoice"_s},
                          {tr("Credit notes"), u"credit_note"_s},
                          {tr("Payments"), u"payment"_s},
                          {tr("Payouts"), u"payout"_s},
                          {tr("Webhooks"), u"webhook"_s}});
    m_result = filterBox(this, u"resultFilter"_s, tr("Result"),
                         {{tr("All results"), QString()},
                          {tr("ok"), u"ok"_s},
                          {tr("failed"), u"failed"_s},
                          {tr("retry"), u"retry"_s},
                          {tr("dead letter"), u"dead"_s},
                          {tr("blocked"), u"blocked"_s},
                          {tr("skipped"), u"skipped"_s},
                          {tr("deferred"), u"deferred"_s},
                          {tr("replayed"), u"replayed"_s},
                          {tr("edited"), u"edited"_s},
                          {tr("discarded"), u"discarded"_s}});
    m_period = filterBox(this, u"periodFilter"_s, tr("Time"),
                         {{tr("Any time"), 0},
                          {tr("Last hour"), 1},
                          {tr("Last 24 hours"), 24},
                          {tr("Last 7 days"), 24 * 7},
                          {tr("Last 30 days"), 24 * 30}});
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    m_trace = new QPushButton(tr("Trace this record"), this);
    m_trace->setObjectName(u"traceButton"_s);
    m_trace->setToolTip(tr("Every attempt on the selected record, across runs"));
    m_trace->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_record, 2);
    filters->addWidget(m_object);
    filters->addWidget(m_result);
    filters->addWidget(m_period);
    filters->addWidget(refreshButton);
    filters->addWidget(m_trace);

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    m_table->setColumnWidth(AuditLogModel::Time, digit * 25);
    m_table->setColumnWidth(AuditLogModel::Object, digit * 10);
    m_table->setColumnWidth(AuditLogModel::Record, digit * 14);
    m_table->setColumnWidth(AuditLogModel::Operation, digit * 16);
    m_table->setColumnWidth(AuditLogModel::Result, digit * 10);
    m_table->setColumnWidth(AuditLogModel::Request, digit * 40);
    m_table->setColumnWidth(AuditLogModel::Status, digit * 7);

    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    m_detailTitle = new QLabel(tr("Select a row to see its request and response."), this);
    m_detailTitle->setObjectName(u"detailTitle"_s);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request = jsonTextView(this, u"requestView"_s, true);
    m_response = jsonTextView(this, u"responseView"_s, true);
    auto *bodies = new QSplitter(Qt::Horizontal, this);
    auto *requestBox = new QWidget(bodies);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(new QLabel(tr("Request"), requestBox));
    requestLayout->addWidget(m_request);
    auto *responseBox = new QWidget(bodies);
    auto *responseLayout = new QVBoxLayout(responseBox);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(new QLabel(tr("Response"), responseBox));
    responseLayout->addWidget(m_response);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(bodies, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connect(m_record, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_record, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    for (QComboBox *box : {m_object, m_result, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_trace, &QPushButton::clicked, this, &AuditLogPage::traceSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showDetail);
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        if (m_shown == 0)
            showDetail(); // the selected row's page arrived
    });
    connect(m_model, &AuditLogModel::counted, this, [this](qint64 rows) {
        m_count->setText(
            tr("%n audit entries", nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max()))));
    });
    connect(m_model, &AuditLogModel::errorOccurred, this, [this](const QString &message) {
        m_count->setText(tr("The audit log cannot be read: %1").arg(message));
    });
    applyFilter();
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::applyFilter()
{
    Store::AuditQuery filter;
    QString record = m_record->text().trimmed();
    if (record.startsWith(u'#'))
        record.remove(0, 1);
    filter.matchKey = record;
    filter.objectType = m_object->currentData().toString();
    filter.result = m_result->currentData().toString();
    if (const int hours = m_period->currentData().toInt(); hours > 0)
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    m_count->setText(tr("Counting…"));
    clearDetail();
    m_model->setFilter(filter);
}

void AuditLogPage::refresh()
{
    m_count->setText(tr("Counting…"));
    clearDetail();
    m_model->refresh();
}

void AuditLogPage::clearDetail()
{
    m_shown = 0;
    m_trace->setEnabled(false);
    m_detailTitle->setText(tr("Select a row to see its request and response."));
    m_request->clear();
    m_response->clear();
}

void AuditLogPage::showRecord(const QString &record)
{
    m_record->setText(record);
    applyFilter();
}

void AuditLogPage::traceSelected()
{
    const Store::AuditEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    if (!entry || entry->matchKey.isEmpty())
        return;
    const QSignalBlocker objectBlocker(m_object);
    const QSignalBlocker resultBlocker(m_result);
    const QSignalBlocker periodBlocker(m_period);
    m_object->setCurrentIndex(qMax(0, m_object->findData(entry->objectType)));
    m_result->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    showRecord(entry->matchKey);
}

QString AuditLogPage::detailText() const
{
    return m_detailTitle->text() + u'\n' + m_request->toPlainText() + u'\n' + m_response->toPlainText();
}

void AuditLogPage::showDetail()
{
    const Store::AuditEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    m_trace->setEnabled(entry && !entry->matchKey.isEmpty());
    if (!entry) {
        m_shown = 0;
        return;
    }
    if (entry->id == m_shown)
        return;
    m_shown = entry->id;
    const qint64 id = entry->id;
    m_detailTitle->setText(tr("Loading entry %1…").arg(id));
    m_model->readEntry(id, [this, id](std::optional<Store::AuditEntry> whole, const QString &error) {
        if (id != m_shown)
            return; // another row was selected meanwhile
        if (!whole) {
            m_detailTitle->setText(error.isEmpty() ? tr("Entry %1 is no longer in the audit log.").arg(id)
                                                   : tr("Entry %1 cannot be read: %2").arg(id).arg(error));
            return;
        }
        QString headers;
        for (const auto &[name, value] : whole->requestHeaders)
            headers += QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value) + u'\n';
        m_detailTitle->setText(
            tr("#%1 · %2 · %3 %4 · %5 · attempt %6 · %7 ms%8%9")
                .arg(id)
                .arg(QLocale().toString(whole->timestamp.toLocalTime(), QLocale::LongFormat),
                     whole->objectType, whole->matchKey.isEmpty() ? whole->sourceId : whole->matchKey,
                     whole->operation)
                .arg(whole->attempt)
                .arg(whole->durationMs)
                .arg(whole->idempotencyKey.isEmpty() ? QString() : tr(" · key %1").arg(whole->idempotencyKey),
                     whole->error.isEmpty() ? QString() : u"\n"_s + whole->error));
        const QString requestLine = whole->requestMethod.isEmpty()
            ? QString()
            : whole->requestMethod + u' ' + whole->requestUrl + u'\n';
        m_request->setPlainText(requestLine + headers + (headers.isEmpty() ? QString() : u"\n"_s)
                                + readableBody(whole->requestBody));
        m_response->setPlainText(
            (whole->responseStatus > 0 ? tr("HTTP %1").arg(whole->responseStatus) + u'\n' : QString())
            + readableBody(whole->responseBody));
        emit detailShown(id);
    });
}

} // namespace LedgerLink::Studio
