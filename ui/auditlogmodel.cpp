#include "auditlogmodel.h"

#include "store/statestore.h"

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

/// Reads the audit log on its own thread (its own StateStore and connection). Work arrives as
/// functors queued to it; answers go back the same way to the model's thread.
class AuditLogReader final : public QObject
{
public:
    explicit AuditLogReader(Store::StoreLocation location)
        : m_location(std::move(location))
    { }
    ~AuditLogReader() override
    {
        if (m_store)
            m_store->closeThreadConnection();
    }

    /// The store, opened on this thread on first use; nullptr with *error.
    Store::StateStore *store(QString *error)
    {
        if (!m_store) {
            auto store = std::make_unique<Store::StateStore>(m_location);
            if (auto opened = store->open(); !opened) {
                *error = opened.error().message;
                return nullptr;
            }
            m_store = std::move(store);
        }
        return m_store.get();
    }

private:
    Store::StoreLocation m_location;
    std::unique_ptr<Store::StateStore> m_store;
};

AuditLogModel::AuditLogModel(Store::StoreLocation location, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thread(new QThread)
    , m_reader(new AuditLogReader(std::move(location)))
{
    m_thread->setObjectName(u"audit-log-reader"_s);
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread->start();
}

AuditLogModel::~AuditLogModel()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

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
    QPointer<AuditLogModel> self(this);
    const Store::AuditQuery filter = m_filter;
    QMetaObject::invokeMethod(m_reader, [self, reader = m_reader, generation, filter] {
        QString error;
        qint64 rows = 0;
        if (Store::StateStore *store = reader->store(&error)) {
            auto counted = Store::AuditLog(*store).count(filter);
            if (counted)
                rows = counted.value();
            else
                error = counted.error().message;
        }
        QMetaObject::invokeMethod(self, [self, generation, rows, error] {
            if (!self || generation != self->m_generation)
                return;
            self->m_counting = false;
            if (!error.isEmpty()) {
                emit self->errorOccurred(error);
                return;
            }
            if (rows > 0) {
                self->beginInsertRows({}, 0, int(qMin<qint64>(rows, std::numeric_limits<int>::max())) - 1);
                self->m_rows = rows;
                self->endInsertRows();
            }
            emit self->counted(rows);
        });
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
    QPointer<AuditLogModel> self(const_cast<AuditLogModel *>(this));
    QMetaObject::invokeMethod(m_reader, [self, reader = m_reader, generation = m_generation, page, query] {
        QString error;
        QList<Store::AuditEntry> rows;
        if (Store::StateStore *store = reader->store(&error)) {
            auto read = Store::AuditLog(*store).query(query);
            if (read)
                rows = std::move(read).value();
            else
                error = read.error().message;
        }
        if (query.oldestFirst)
            std::reverse(rows.begin(), rows.end());
        QMetaObject::invokeMethod(self, [self, generation, page, rows = std::move(rows), error] {
            if (self)
                self->storePage(generation, page, rows, error);
        });
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
    QPointer<AuditLogModel> self(this);
    QMetaObject::invokeMethod(m_reader, [self, reader = m_reader, id, done = std::move(done)] {
        QString error;
        std::optional<Store::AuditEntry> entry;
        if (Store::StateStore *store = reader->store(&error)) {
            auto read = Store::AuditLog(*store).entry(id);
            if (read)
                entry = read.value();
            else
                error = read.error().message;
        }
        QMetaObject::invokeMethod(self, [self, done, entry, error] {
            if (self)
                done(entry, error);
        });
    });
}

} // namespace LedgerLink::Studio
