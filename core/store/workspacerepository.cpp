#include "store/workspacerepository.h"

#include "store/sqlvalues.h"
#include "store/statestore.h"

#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

StoreResult<Workspace> WorkspaceRepository::createWorkspace(const QString &name)
{
    Workspace workspace{newId(), name, m_store.now()};
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto insert = m_store.exec(db, u"INSERT INTO ll_workspaces (id, name, created_ms) VALUES (?, ?, ?)"_s,
                                   {workspace.id, workspace.name, Sql::ms(workspace.created)},
                                   u"adding the workspace"_s);
        return insert ? std::nullopt : std::optional(insert.error());
    });
    if (!done)
        return done.error();
    return workspace;
}

StoreResult<QList<Workspace>> WorkspaceRepository::workspaces()
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query =
        m_store.exec(db.value(), u"SELECT id, name, created_ms FROM ll_workspaces ORDER BY name, id"_s, {},
                     u"reading the workspaces"_s);
    if (!query)
        return query.error();
    QList<Workspace> result;
    QSqlQuery &q = query.value();
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), Sql::time(q.value(2))});
    return result;
}

StoreResult<ConnectionRecord> WorkspaceRepository::addConnection(ConnectionRecord connection)
{
    if (connection.id.isEmpty())
        connection.id = newId();
    connection.created = connection.updated = m_store.now();
    auto done = m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto insert =
            m_store.exec(db,
                         u"INSERT INTO ll_connections (id, workspace_id, kind, name, base_url, settings, "
                         u"keychain_key, created_ms, updated_ms) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {connection.id, connection.workspaceId, connection.kind, connection.name,
                          connection.baseUrl, Sql::jsonText(connection.settings), connection.keychainKey,
                          Sql::ms(connection.created), Sql::ms(connection.updated)},
                         u"adding the connection \"%1\""_s.arg(connection.name));
        return insert ? std::nullopt : std::optional(insert.error());
    });
    if (!done)
        return done.error();
    return connection;
}

StoreResult<void> WorkspaceRepository::updateConnection(const ConnectionRecord &connection)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto update = m_store.exec(db,
                                   u"UPDATE ll_connections SET kind = ?, name = ?, base_url = ?, settings = "
                                   u"?, keychain_key = ?, updated_ms = ? "
                                   u"WHERE id = ?"_s,
                                   {connection.kind, connection.name, connection.baseUrl,
                                    Sql::jsonText(connection.settings), connection.keychainKey,
                                    m_store.nowMs(), connection.id},
                                   u"updating the connection \"%1\""_s.arg(connection.name));
        if (!update)
            return update.error();
        if (update.value().numRowsAffected() != 1) {
            return StoreError{StoreError::Code::NotFound,
                              u"The connection %1 does not exist in %2."_s.arg(connection.id,
                                                                               m_store.location().describe()),
                              {}};
        }
        return std::nullopt;
    });
}

StoreResult<void> WorkspaceRepository::removeConnection(const QString &id)
{
    return m_store.transaction([&](QSqlDatabase &db) -> std::optional<StoreError> {
        auto remove = m_store.exec(db, u"DELETE FROM ll_connections WHERE id = ?"_s, {id},
                                   u"removing the connection"_s);
        if (!remove)
            return remove.error();
        if (remove.value().numRowsAffected() != 1) {
            return StoreError{
                StoreError::Code::NotFound,
                u"The connection %1 does not exist in %2."_s.arg(id, m_store.location().describe()),
                {}};
        }
        return std::nullopt;
    });
}

StoreResult<QList<ConnectionRecord>> WorkspaceRepository::connections(const QString &workspaceId)
{
    auto db = m_store.database();
    if (!db)
        return db.error();
    auto query = m_store.exec(
        db.value(),
        u"SELECT id, workspace_id, kind, name, base_url, settings, keychain_key, created_ms, updated_ms "
        u"FROM ll_connections WHERE workspace_id = ? ORDER BY name, id"_s,
        {workspaceId}, u"reading the connections"_s);
    if (!query)
        return query.error();
    QList<ConnectionRecord> result;
    QSqlQuery &q = query.value();
    while (q.next()) {
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), Sql::jsonObject(q.value(5)),
                       q.value(6).toString(), Sql::time(q.value(7)), Sql::time(q.value(8))});
    }
    return result;
}

} // namespace LedgerLink::Store
