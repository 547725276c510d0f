#pragma once

#include "connectors/connector.h"
#include "mapping/mappingdocument.h"

#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace LedgerLink::Engine {

/**
 * Everything a workspace folder configures for the engine:
 * - state.sqlite: the state store;
 * - mapping.json: the connection pair's mapping document (the sandbox workspace gets a copy of
 *   the bundled :/ledgerlink/mappings/sandbox.mapping.json on first use);
 * - the connection pair: for a sandbox workspace (any folder without connections.json) the
 *   sandbox store and books at the URLs of sandbox.json (written by `ledgerlink-cli sandbox serve`)
 *   or of an in-process sandbox, with the fixed sandbox credentials; otherwise connections.json
 *   ({"store": {"system", "base_url", "account", "concurrency"}, "erp": {...}, "time_zone"}), which never
 * holds secrets: those come from the keychain through the main thread.
 */
struct WorkspaceConfig
{
    QString dir; ///< absolute
    bool sandbox = true;
    Mapping::MappingDocument mapping;
    Connectors::ConnectorConfig store;
    Connectors::ConnectorConfig erp;
    QString connectionPair; ///< the cross-reference's pair name, e.g. "sandbox-shop:sandbox-books"
    QString timeZone = QStringLiteral("UTC"); ///< IANA id the schedules are read in
    /// Whether `run` may write: the sandbox workspace always allows its own writes to its sandbox
    /// books (it is a rehearsal); other workspaces follow the mapping document's rollout stage.
    bool allowWrites = false;
    bool rateLimits = false; ///< apply the connectors' vendor quotas (off for the sandbox)

    /// The short store name used in idempotency keys: "sandbox-shop" for sandbox-shop.myshopify.com.
    QString storeKeyName() const;
};

/// The most write requests a connection may have in flight ("concurrency" in connections.json).
inline constexpr int maxConcurrency = 16;

/// The mapping document file of a workspace.
QString mappingFilePath(const QString &workspaceDir);
/// The connections file of a (non-sandbox) workspace.
QString connectionsFilePath(const QString &workspaceDir);

/**
 * Reads a workspace folder (creating it and its mapping document when it is a sandbox workspace).
 * `sandboxUrls`, when given, are the store and books URLs of an in-process sandbox and win over
 * sandbox.json. Returns nullopt with *error naming the file and the problem.
 */
std::optional<WorkspaceConfig>
loadWorkspaceConfig(const QString &dir, QString *error,
                    const std::optional<std::pair<QUrl, QUrl>> &sandboxUrls = {});

/// Whether `dir` is a sandbox workspace (it has no connections.json).
bool isSandboxWorkspace(const QString &dir);

} // namespace LedgerLink::Engine
