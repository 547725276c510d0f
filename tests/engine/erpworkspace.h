#pragma once

// The common start of the end-to-end tests that sync the sandbox store to another ERP than the
// sandbox books (tst_quickbookssync, tst_businesscentralsync): the in-process sandbox store, a
// workspace connected as "Connect real systems…" writes it (the bundled mapping of the pair), the
// owner's choices applied to its mapping, writes allowed, and the secrets the keychain would give.

#include "engine/executor.h"
#include "engine/workspaceconfig.h"
#include "mapping/mappingdocument.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "store/deadletterrepository.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QHash>
#include <QtCore/QString>

#include <functional>
#include <memory>
#include <optional>

namespace LedgerLink::Testing {

struct ErpWorkspace
{
    Sandbox::SandboxServices sandbox;
    std::unique_ptr<Store::StateStore> store;
    std::optional<Engine::WorkspaceConfig> config;

    /**
     * Starts the sandbox store in <dir>/sandbox and connects the workspace <dir>/workspace to it
     * and to `erp`, whose bundled mapping must be for the ERP catalog `erpCatalog`; `adjust` makes
     * the owner's changes to that mapping (the rollout stage is set to both sides first). `erpToken`
     * is the ERP's access token. An empty string, or what failed.
     */
    QString start(const QDir &dir, const Engine::ConnectionEntry &erp, const QString &erpCatalog,
                  const QByteArray &erpToken,
                  const std::function<void(Mapping::MappingDocument &)> &adjust = {})
    {
        using namespace Qt::StringLiterals;
        Sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(options);
        if (!started.ok)
            return started.error;
        const QString workspace = dir.filePath(u"workspace"_s);
        if (!QDir().mkpath(workspace))
            return u"cannot create "_s + workspace;
        Engine::WorkspaceConnections connections;
        connections.store = {u"shopify"_s, u"sandbox"_s, sandbox.storeUrl(),
                             Sandbox::Credentials::shopDomain()};
        connections.erp = erp;
        QString error;
        if (!Engine::writeWorkspaceConnections(workspace, connections, &error))
            return error;
        Mapping::LoadResult loaded = Mapping::MappingDocument::load(Engine::mappingFilePath(workspace));
        if (!loaded.ok())
            return loaded.error;
        Mapping::MappingDocument mapping = *loaded.document;
        if (mapping.erp.catalog != erpCatalog)
            return u"the workspace's mapping is for the catalog "_s + mapping.erp.catalog + u", not "_s
                + erpCatalog;
        mapping.policies.rolloutStage = Mapping::RolloutStage::Both;
        if (adjust)
            adjust(mapping);
        if (const QString saved = mapping.save(Engine::mappingFilePath(workspace)); !saved.isEmpty())
            return saved;
        store = std::make_unique<Store::StateStore>(
            Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)));
        if (!store->open())
            return u"the workspace's state store does not open"_s;
        config = Engine::loadWorkspaceConfig(workspace, &error);
        if (!config)
            return error;
        if (!config->allowWrites)
            return u"the workspace does not allow writes"_s;
        // The secrets the keychain would give.
        config->store.accessToken = Sandbox::Credentials::shopAccessTokenText;
        config->erp.accessToken = erpToken;
        config->rateLimits = false;
        return {};
    }

    /// Runs the rule `rule` ("": the orders) until idle, not waiting for retries due later.
    Engine::RunSummary run(const QString &rule)
    {
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        options.waitForRetries = false;
        Engine::Executor executor(*config, *store, options);
        QString error;
        Engine::RunSummary failed;
        if (!executor.open(&error)
            || !(rule.isEmpty() ? executor.enqueuePull(&error) : executor.enqueueRulePull(rule, &error))) {
            failed.error = error;
            return failed;
        }
        return executor.runUntilIdle();
    }

    /// The open dead letters by object id.
    QHash<QString, Store::DeadLetter> deadLetters()
    {
        QHash<QString, Store::DeadLetter> byId;
        if (const auto letters = Store::DeadLetterRepository(*store).list()) {
            for (const Store::DeadLetter &letter : letters.value())
                byId.insert(letter.objectId, letter);
        }
        return byId;
    }
};

} // namespace LedgerLink::Testing
