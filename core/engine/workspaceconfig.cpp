#include "engine/workspaceconfig.h"

#include "net/httpclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxrecord.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Workspace)
};

const QString bundledSandboxMapping = u":/ledgerlink/mappings/sandbox.mapping.json"_s;

bool ensureMapping(const QString &dir, QString *error)
{
    const QString path = mappingFilePath(dir);
    if (QFileInfo::exists(path))
        return true;
    QFile bundled(bundledSandboxMapping);
    if (!bundled.open(QIODevice::ReadOnly)) {
        *error =
            Text::tr("the bundled sandbox mapping %1 is missing from this build").arg(bundledSandboxMapping);
        return false;
    }
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bundled.readAll()) < 0) {
        *error = Text::tr("%1: cannot write the sandbox mapping document: %2").arg(path, copy.errorString());
        return false;
    }
    return true;
}

std::optional<Connectors::ConnectorConfig> endpointFrom(const QJsonObject &object, const QString &file,
                                                        const QString &side, QString *error)
{
    Connectors::ConnectorConfig config;
    config.system = object.value(u"system"_s).toString();
    config.baseUrl = QUrl(object.value(u"base_url"_s).toString());
    config.account = object.value(u"account"_s).toString();
    config.apiVersion = object.value(u"api_version"_s).toString();
    if (const QJsonValue concurrency = object.value(u"concurrency"_s); !concurrency.isUndefined()) {
        const int value = concurrency.toInt(-1);
        if (!concurrency.isDouble() || value < 1 || value > maxConcurrency
            || value != concurrency.toDouble()) {
            *error = Text::tr("%1: \"%2.concurrency\" must be a whole number from 1 to %3")
                         .arg(file, side)
                         .arg(maxConcurrency);
            return std::nullopt;
        }
        config.concurrency = value;
    }
    if (config.system.isEmpty()) {
        *error = Text::tr("%1: \"%2.system\" is missing (e.g. \"shopify\", \"xero\")").arg(file, side);
        return std::nullopt;
    }
    if (!config.baseUrl.isValid() || config.baseUrl.scheme().isEmpty()) {
        *error = Text::tr("%1: \"%2.base_url\" is not an absolute URL").arg(file, side);
        return std::nullopt;
    }
    if (object.contains(u"access_token"_s) || object.contains(u"webhook_secret"_s)) {
        *error =
            Text::tr("%1: \"%2\" holds a secret; secrets belong in the keychain, never in workspace files")
                .arg(file, side);
        return std::nullopt;
    }
    return config;
}

/// connections.json's top-level object; nullopt with *error naming the file and the problem.
std::optional<QJsonObject> readConnectionsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = document.isNull() ? Text::tr("%1: not valid JSON (%2 at offset %3)")
                                         .arg(path, parseError.errorString())
                                         .arg(parseError.offset)
                                   : Text::tr("%1: the top level must be a JSON object").arg(path);
        return std::nullopt;
    }
    return document.object();
}

/// Adds the certificates of the LEDGERLINK_CA_BUNDLE file, when the variable is set.
bool addEnvironmentCas(QList<QSslCertificate> *certificates, QString *error)
{
    const QString bundle = qEnvironmentVariable(Net::caBundleVariable);
    if (bundle.isEmpty())
        return true;
    QString why;
    const auto loaded = Net::loadCaBundle(bundle, &why);
    if (!loaded) {
        *error = Text::tr("%1: %2").arg(QString::fromLatin1(Net::caBundleVariable), why);
        return false;
    }
    *certificates += *loaded;
    return true;
}

/// Adds the certificates of connections.json's "ca_bundle" (`root`), a path relative to `dir`.
bool addWorkspaceCas(const QJsonObject &root, const QString &dir, QList<QSslCertificate> *certificates,
                     QString *error)
{
    const QString bundle = root.value(u"ca_bundle"_s).toString();
    if (bundle.isEmpty())
        return true;
    QString why;
    const auto loaded = Net::loadCaBundle(QDir(dir).absoluteFilePath(bundle), &why);
    if (!loaded) {
        *error = Text::tr("%1: \"ca_bundle\": %2").arg(connectionsFilePath(dir), why);
        return false;
    }
    *certificates += *loaded;
    return true;
}

} // namespace

QString WorkspaceConfig::storeKeyName() const
{
    const QString account = store.account.isEmpty() ? store.system : store.account;
    return account.section(u'.', 0, 0);
}

QString mappingFilePath(const QString &workspaceDir)
{
    return QDir(workspaceDir).absoluteFilePath(u"mapping.json"_s);
}

QString connectionsFilePath(const QString &workspaceDir)
{
    return QDir(workspaceDir).absoluteFilePath(u"connections.json"_s);
}

bool isSandboxWorkspace(const QString &dir)
{
    return !QFileInfo::exists(connectionsFilePath(dir));
}

std::optional<WorkspaceConfig> loadWorkspaceConfig(const QString &dirArgument, QString *error,
                                                   const std::optional<std::pair<QUrl, QUrl>> &sandboxUrls)
{
    WorkspaceConfig config;
    config.dir = QDir(dirArgument).absolutePath();
    config.sandbox = isSandboxWorkspace(config.dir);
    if (config.sandbox) {
        if (!QDir().mkpath(config.dir)) {
            *error = Text::tr("cannot create the workspace folder %1").arg(config.dir);
            return std::nullopt;
        }
        if (!ensureMapping(config.dir, error))
            return std::nullopt;
    } else if (!QFileInfo(config.dir).isDir()) {
        *error = Text::tr("the workspace folder %1 does not exist").arg(config.dir);
        return std::nullopt;
    }

    const QString mappingPath = mappingFilePath(config.dir);
    if (!QFileInfo::exists(mappingPath)) {
        *error = Text::tr("%1: the workspace has no mapping document").arg(mappingPath);
        return std::nullopt;
    }
    Mapping::LoadResult loaded = Mapping::MappingDocument::load(mappingPath);
    if (!loaded.document) {
        *error = Text::tr("%1: %2").arg(mappingPath, loaded.error);
        return std::nullopt;
    }
    config.mapping = *loaded.document;

    // Extra certificate authorities for every workspace of this process (an operator's server).
    if (!addEnvironmentCas(&config.caCertificates, error))
        return std::nullopt;

    if (config.sandbox) {
        QUrl storeUrl;
        QUrl booksUrl;
        if (sandboxUrls) {
            storeUrl = sandboxUrls->first;
            booksUrl = sandboxUrls->second;
        } else if (const auto record = Sandbox::readSandboxRecord(config.dir)) {
            storeUrl = record->storeUrl;
            booksUrl = record->booksUrl;
        } else {
            *error = Text::tr("%1: no sandbox is serving this workspace (start one with "
                              "\"ledgerlink-cli sandbox serve --workspace %2\")")
                         .arg(Sandbox::sandboxRecordPath(config.dir), config.dir);
            return std::nullopt;
        }
        config.store = {u"shopify"_s,
                        storeUrl,
                        Sandbox::Credentials::shopDomain(),
                        QByteArray(Sandbox::Credentials::shopAccessTokenText),
                        QByteArray(Sandbox::Credentials::shopWebhookSecretText),
                        Sandbox::Credentials::shopApiVersion()};
        config.erp = {u"xero"_s,
                      booksUrl,
                      Sandbox::Credentials::xeroTenantId(),
                      QByteArray(Sandbox::Credentials::xeroAccessTokenText),
                      QByteArray(Sandbox::Credentials::xeroWebhookKeyText),
                      {}};
        config.connectionPair = u"sandbox-shop:sandbox-books"_s;
        config.allowWrites = true;
        config.allowStoreWrites = true;
        config.rateLimits = false;
        return config;
    }

    const QString path = connectionsFilePath(config.dir);
    const std::optional<QJsonObject> connections = readConnectionsFile(path, error);
    if (!connections)
        return std::nullopt;
    const QJsonObject &root = *connections;
    auto store = endpointFrom(root.value(u"store"_s).toObject(), path, u"store"_s, error);
    if (!store)
        return std::nullopt;
    auto erp = endpointFrom(root.value(u"erp"_s).toObject(), path, u"erp"_s, error);
    if (!erp)
        return std::nullopt;
    config.store = *store;
    config.erp = *erp;
    config.timeZone = root.value(u"time_zone"_s).toString(u"UTC"_s);
    if (!QTimeZone(config.timeZone.toUtf8()).isValid()) {
        *error = Text::tr("%1: \"time_zone\" is not a known time zone: %2").arg(path, config.timeZone);
        return std::nullopt;
    }
    if (!addWorkspaceCas(root, config.dir, &config.caCertificates, error))
        return std::nullopt;
    config.connectionPair = config.store.account + u':' + config.erp.account;
    config.allowWrites = config.mapping.policies.rolloutStage != Mapping::RolloutStage::ReadOnly;
    config.allowStoreWrites = config.mapping.policies.rolloutStage == Mapping::RolloutStage::Both;
    config.rateLimits = true;
    // Secrets: the engine thread cannot use the keychain; the caller (main thread) must fill
    // store.accessToken and erp.accessToken before starting the engine.
    return config;
}

std::optional<WorkspaceConnections> readWorkspaceConnections(const QString &dir, QString *error)
{
    error->clear();
    const QString path = connectionsFilePath(dir);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const std::optional<QJsonObject> root = readConnectionsFile(path, error);
    if (!root)
        return std::nullopt;
    const auto entryOf = [](const QJsonObject &object) {
        ConnectionEntry entry;
        entry.system = object.value(u"system"_s).toString();
        entry.environment = object.value(u"environment"_s).toString(u"production"_s);
        entry.baseUrl = QUrl(object.value(u"base_url"_s).toString());
        entry.account = object.value(u"account"_s).toString();
        return entry;
    };
    WorkspaceConnections connections;
    connections.store = entryOf(root->value(u"store"_s).toObject());
    connections.erp = entryOf(root->value(u"erp"_s).toObject());
    return connections;
}

std::optional<QList<QSslCertificate>> loadWorkspaceCaCertificates(const QString &dir, QString *error)
{
    QList<QSslCertificate> certificates;
    if (!addEnvironmentCas(&certificates, error))
        return std::nullopt;
    const QString absolute = QDir(dir).absolutePath();
    const QString path = connectionsFilePath(absolute);
    if (!QFileInfo::exists(path))
        return certificates; // a sandbox workspace, or connections not saved yet
    const std::optional<QJsonObject> root = readConnectionsFile(path, error);
    if (!root || !addWorkspaceCas(*root, absolute, &certificates, error))
        return std::nullopt;
    return certificates;
}

bool writeWorkspaceConnections(const QString &dir, const WorkspaceConnections &connections, QString *error)
{
    const QString path = connectionsFilePath(dir);
    if (!QDir().mkpath(dir)) {
        *error = Text::tr("cannot create the workspace folder %1").arg(dir);
        return false;
    }
    // Keep what the studio does not edit (time zone, concurrency, API version).
    QJsonObject root;
    if (QFile existing(path); existing.open(QIODevice::ReadOnly))
        root = QJsonDocument::fromJson(existing.readAll()).object();
    const auto merge = [&root](const QString &side, const ConnectionEntry &entry) {
        QJsonObject object = root.value(side).toObject();
        object.insert(u"system"_s, entry.system);
        object.insert(u"environment"_s, entry.environment);
        object.insert(u"base_url"_s, entry.baseUrl.toString());
        object.insert(u"account"_s, entry.account);
        object.remove(u"access_token"_s); // secrets live in the keychain only
        object.remove(u"webhook_secret"_s);
        root.insert(side, object);
    };
    merge(u"store"_s, connections.store);
    merge(u"erp"_s, connections.erp);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = Text::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }

    const QString mappingPath = mappingFilePath(dir);
    if (QFileInfo::exists(mappingPath))
        return true;
    const QString storeCatalog = connections.store.system.trimmed().toLower();
    const QString erpCatalog = connections.erp.system.trimmed().toLower();
    const QString bundledPath = bundledMappingFor(storeCatalog, erpCatalog);
    Mapping::LoadResult bundled = Mapping::MappingDocument::load(bundledPath);
    if (!bundled.document) {
        *error = Text::tr("%1: the bundled mapping cannot be read: %2").arg(bundledPath, bundled.error);
        return false;
    }
    Mapping::MappingDocument mapping = *bundled.document;
    if (mapping.store.catalog != storeCatalog || mapping.erp.catalog != erpCatalog) {
        // No bundled document speaks this pair's catalogs: the default governance rules, with the
        // fields to be drawn in the mapper, rather than another pair's paths.
        mapping =
            Mapping::MappingDocument::fromTemplates({storeCatalog, storeCatalog}, {erpCatalog, erpCatalog});
    }
    mapping.store.system =
        connections.store.account.isEmpty() ? connections.store.system : connections.store.account;
    mapping.erp.system = connections.erp.account.isEmpty() ? connections.erp.system : connections.erp.account;
    mapping.name = mapping.store.system + u" → "_s + mapping.erp.system;
    mapping.policies.rolloutStage = Mapping::RolloutStage::ReadOnly; // a new pair starts read-only
    if (const QString saveError = mapping.save(mappingPath); !saveError.isEmpty()) {
        *error = Text::tr("%1: cannot write the mapping document: %2").arg(mappingPath, saveError);
        return false;
    }
    return true;
}

QString bundledMappingFor(const QString &storeSystem, const QString &erpSystem)
{
    const QString pair = u":/ledgerlink/mappings/"_s + storeSystem.trimmed().toLower() + u'-'
        + erpSystem.trimmed().toLower() + u".mapping.json"_s;
    return QFileInfo::exists(pair) ? pair : bundledSandboxMapping;
}

} // namespace LedgerLink::Engine
