#pragma once

#include "connectors/connector.h"
#include "mapping/mappingdocument.h"

#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>

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
 *   ({"store": {"system", "environment", "base_url", "account", "concurrency"}, "erp": {...},
 *   "time_zone", "ca_bundle"}; "environment" is "sandbox" or "production", informational so far), which never
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
    /// Whether `run` may write to the store (rules whose target is the store: products, stock,
    /// invoice status): the sandbox workspace's own sandbox store always; others only in the
    /// rollout stage "both".
    bool allowStoreWrites = false;
    bool rateLimits = false; ///< apply the connectors' vendor quotas (off for the sandbox)
    /**
     * Certificate authorities trusted besides the system's, for both connections: the PEM file
     * named by the LEDGERLINK_CA_BUNDLE environment variable, and connections.json's "ca_bundle"
     * (a path relative to the workspace folder). Certificate checks are never turned off.
     */
    QList<QSslCertificate> caCertificates;

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

/**
 * The certificate authorities `dir`'s workspace trusts besides the system's, loaded as
 * loadWorkspaceConfig() loads WorkspaceConfig::caCertificates: the LEDGERLINK_CA_BUNDLE file, then
 * connections.json's "ca_bundle" (relative to `dir`), with the same error texts. For a check that
 * needs the trust without the whole workspace (the studio's Test connection of a form that may not
 * be saved yet). Empty when neither is set; only the variable's when `dir` has no connections.json.
 * nullopt with *error when a bundle cannot be read or holds no certificate, or connections.json is
 * not a JSON object. Reads files: call it off the GUI thread.
 */
std::optional<QList<QSslCertificate>> loadWorkspaceCaCertificates(const QString &dir, QString *error);

/// Whether `dir` is a sandbox workspace (it has no connections.json).
bool isSandboxWorkspace(const QString &dir);

/// One side of connections.json as the studio's Connections page edits it (never a secret).
struct ConnectionEntry
{
    QString system; ///< "shopify", "xero"
    QString environment = QStringLiteral("production"); ///< "sandbox" or "production"
    QUrl baseUrl;
    QString account; ///< shop domain, Xero tenant id
};

/// The connection pair of connections.json.
struct WorkspaceConnections
{
    ConnectionEntry store;
    ConnectionEntry erp;
};

/**
 * The two sides of `dir`'s connections.json; nullopt with an empty *error when the folder has
 * none (a sandbox workspace), nullopt with *error naming the problem when it cannot be read.
 */
std::optional<WorkspaceConnections> readWorkspaceConnections(const QString &dir, QString *error);

/**
 * The governance document a new workspace of this store and ERP starts from: the bundled
 * `:/ledgerlink/mappings/<store>-<erp>.mapping.json` (e.g. vendure-tryton) when there is one,
 * else the sandbox's Shopify → Xero document.
 */
QString bundledMappingFor(const QString &storeSystem, const QString &erpSystem);

/**
 * Writes the two sides into `dir`'s connections.json atomically (QSaveFile), keeping every other
 * key already there ("time_zone", "concurrency", "api_version"); the folder stops being a sandbox
 * workspace. A folder without a mapping document gets the bundled mapping of its pair (bundledMappingFor()),
 * or, when no bundled document is written in the pair's catalogs, the default governance rules without
 * field mappings (MappingDocument::fromTemplates()), its sides named after the accounts, in the read-only
 * rollout stage. Secrets are never written: they belong
 * in the keychain. False with *error naming the file and the problem.
 */
bool writeWorkspaceConnections(const QString &dir, const WorkspaceConnections &connections, QString *error);

} // namespace LedgerLink::Engine
