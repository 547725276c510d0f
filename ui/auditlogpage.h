#pragma once

#include "store/storelocation.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace LedgerLink::Studio {

class AuditLogModel;

/**
 * The audit log: every attempt of every operation, newest first, however many there are (see
 * AuditLogModel). Filters by record (order number, SKU, email), object, result and time; the
 * selected row's request and response in the detail pane; "Trace this record" lists every
 * attempt on the selected record across runs.
 */
class AuditLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(const Store::StoreLocation &location, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    /// Filters on `record` (an order number with or without '#', a SKU, an email).
    void showRecord(const QString &record);
    QString detailText() const;

public slots:
    void applyFilter();
    void refresh();
    void traceSelected();

signals:
    /// The detail pane shows the selected entry whole.
    void detailShown(qint64 id);

private:
    void showDetail();
    /// Nothing selected: the detail pane says so and Trace waits for a row.
    void clearDetail();

    AuditLogModel *m_model = nullptr;
    QLineEdit *m_record = nullptr;
    QComboBox *m_object = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_trace = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    qint64 m_shown = 0;
};

} // namespace LedgerLink::Studio
