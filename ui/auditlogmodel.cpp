#include "auditlogmodel.h"

#include "store/statestore.h"
#include "storeworker.h"

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

AuditLogModel::AuditLogModel(Store::StoreLocation location, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<StoreWorker>(std::move(location)))
{ }

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Object:
        return tr("Object");
    case Record:
        return tr("Record");
    case Operation:
        return tr("Operation");
    case Result:
        return tr("Result");
    case Request:
        return tr("Request");
    case Status:
        return tr("Status");
    case Error:
        return tr("Message");
    default:
        return {};
    }
}

const Store::AuditEntry *AuditLogModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto page = m_pages.constFind(row / pageSize);
    if (page == m_pages.cend() || row % pageSize >= page->size())
        return nullptr;
    return &page->at(row % pageSize);
}

qsizetype AuditLogModel::loadedRows() const
{
    qsizetype rows = 0;
    for (const QList<Store::AuditEntry> &page : m_pages)
        rows += page.size();
    return rows;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / pageSize;
    const Store::AuditEntry *entry = entryAt(index.row());
    if (!entry) {
        requestPage(page);
        return role == Qt::DisplayRole && index.column() == Time ? QVariant(tr("…")) : QVariant();
    }
    if (const qsizetype at = m_recent.lastIndexOf(page); at != m_recent.size() - 1) {
        m_recent.removeAt(at);
        m_recent.append(page);
    }
    if (role == Qt::ToolTipRole && index.column() == Error)
        return entry->error;
    if (role == Qt::ForegroundRole && index.column() == Result) {
        if (entry->result == u"failed" || entry->result == u"dead" || entry->result == u"blocked"
            || entry->result == u"rejected")
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(entry->timestamp.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    case Object:
        return entry->objectType;
    case Record:
        return entry->matchKey.isEmpty() ? entry->sourceId : entry->matchKey;
    case Operation:
        return entry->attempt > 1 ? tr("%1 (attempt %2)").arg(entry->operation).arg(entry->attempt)
                                  : entry->operation;
    case Result:
        return entry->result;
    case Request:
        return entry->requestMethod.isEmpty() ? QString() : entry->requestMethod + u' ' + entry->requestUrl;
    case Status:
        return entry->responseStatus > 0 ? QVariant(entry->responseStatus) : QVariant();
    case Error:
        return entry->error.section(u'\n', 0, 0);
    default:
        return {};
    }
}

void AuditLogModel::setFilter(const Store::AuditQuery &filter)
{
    m_filter = filter;
    refresh();
}

void AuditLogModel::refresh()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows = 0;
    m_pages.clear();
    m_recent.clear();
    m_inFlight.clear();
    endResetModel();
    m_counting = true;
    auto rows = std::make_shared<qint64>(0);
    m_worker->run(
        this,
        [filter = m_filter, rows](Store::StateStore &store) {
            auto counted = Store::AuditLog(store).count(filter);
            if (!counted)
                return counted.error().message;
            *rows = counted.value();
            return QString();
        },
        [this, generation, rows](const QString &error) {
            if (generation != m_generation)
                return;
            m_counting = false;
            if (!error.isEmpty()) {
                emit errorOccurred(error);
                return;
            }
            if (*rows > 0) {
                beginInsertRows({}, 0, int(qMin<qint64>(*rows, std::numeric_limits<int>::max())) - 1);
                m_rows = *rows;
                endInsertRows();
            }
            emit counted(*rows);
        });
}

void AuditLogModel::requestPage(int page) const
{
    if (m_inFlight.contains(page) || m_pages.contains(page))
        return;
    m_inFlight.insert(page);
    ++m_requestedTotal;
    const qint64 first = qint64(page) * pageSize;
    const qint64 last = qMin(first + pageSize, m_rows);
    Store::AuditQuery query = m_filter;
    query.withBodies = false;
    query.limit = int(last - first);
    // The second half is read from the other end: an OFFSET from the nearer end.
    const bool fromEnd = first > m_rows / 2;
    query.oldestFirst = fromEnd;
    query.offset = int(fromEnd ? m_rows - last : first);
    auto rows = std::make_shared<QList<Store::AuditEntry>>();
    auto *self = const_cast<AuditLogModel *>(this);
    m_worker->run(
        self,
        [query, rows](Store::StateStore &store) {
            auto read = Store::AuditLog(store).query(query);
            if (!read)
                return read.error().message;
            *rows = std::move(read).value();
            if (query.oldestFirst)
                std::reverse(rows->begin(), rows->end());
            return QString();
        },
        [self, generation = m_generation, page, rows](const QString &error) {
            self->storePage(generation, page, *rows, error);
        });
}

void AuditLogModel::storePage(quint64 generation, int page, const QList<Store::AuditEntry> &rows,
                              const QString &error)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(page);
    if (!error.isEmpty()) {
        emit errorOccurred(error);
        return;
    }
    m_pages.insert(page, rows);
    m_recent.append(page);
    while (m_recent.size() > maxPages)
        m_pages.remove(m_recent.takeFirst());
    const int first = page * pageSize;
    const int last = int(qMin<qint64>(qint64(first) + rows.size(), m_rows)) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page);
}

void AuditLogModel::readEntry(qint64 id, std::function<void(std::optional<Store::AuditEntry>, QString)> done)
{
    auto entry = std::make_shared<std::optional<Store::AuditEntry>>();
    m_worker->run(
        this,
        [id, entry](Store::StateStore &store) {
            auto read = Store::AuditLog(store).entry(id);
            if (!read)
                return read.error().message;
            *entry = read.value();
            return QString();
        },
        [done = std::move(done), entry](const QString &error) { done(*entry, error); });
}

} // namespace LedgerLink::Studio
