#pragma once

#include "store/auditlog.h"
#include "store/storelocation.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>

#include <functional>
#include <memory>

namespace LedgerLink::Studio {

class StoreWorker;

/**
 * The audit log as a table, however many rows it holds: a windowed cache fed by a StoreWorker
 * (its own thread and database connection). The model knows how many rows match the filter
 * (one COUNT) and asks for the pages of 200 rows the view shows; a row not loaded yet reads
 * "…" until its page arrives. Pages near the end are read oldest first, so that scrolling to the
 * end loads only the last page; at most 64 pages are kept. Rows carry no headers or bodies:
 * entry() reads one row whole.
 */
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Time, Object, Record, Operation, Result, Request, Status, Error, ColumnCount };
    static constexpr int pageSize = 200;
    static constexpr int maxPages = 64;

    explicit AuditLogModel(Store::StoreLocation location, QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the rows matching `filter` (its limit and offset are the model's business).
    void setFilter(const Store::AuditQuery &filter);
    const Store::AuditQuery &filter() const { return m_filter; }
    /// Reads the filter's rows again (new rows at the top).
    void refresh();

    /// The row's entry without headers and bodies, when its page is loaded.
    const Store::AuditEntry *entryAt(int row) const;
    /// Reads entry `id` whole on the reader thread; `done` gets it (nullopt: gone, or an error).
    void readEntry(qint64 id, std::function<void(std::optional<Store::AuditEntry>, QString)> done);

    bool isCounting() const { return m_counting; }
    /// Rows loaded (at most maxPages × pageSize).
    qsizetype loadedRows() const;
    qsizetype pagesRequested() const { return m_requestedTotal; }

signals:
    /// The filter's rows are counted (after setFilter() or refresh()).
    void counted(qint64 rows);
    /// A page arrived.
    void pageLoaded(int page);
    void errorOccurred(const QString &message);

private:
    void requestPage(int page) const;
    void storePage(quint64 generation, int page, const QList<Store::AuditEntry> &rows, const QString &error);

    std::unique_ptr<StoreWorker> m_worker; ///< reads on its own thread and connection
    Store::AuditQuery m_filter;
    quint64 m_generation = 0;
    qint64 m_rows = 0;
    bool m_counting = false;
    mutable QHash<int, QList<Store::AuditEntry>> m_pages;
    mutable QList<int> m_recent; ///< page numbers, most recently used last
    mutable QSet<int> m_inFlight;
    mutable qsizetype m_requestedTotal = 0;
};

} // namespace LedgerLink::Studio
