#pragma once

// The reconciliation suites' common start: a sandbox, a workspace on it, and the seeded store
// synced to the books the way `ledgerlink-cli run --rule` does (customers, then orders, then the
// paid payouts as bank deposits).

#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "engine/workspaceconfig.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxservices.h"
#include "store/crossreferencerepository.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <memory>
#include <optional>

namespace LedgerLink::Testing {

struct SyncedSandbox
{
    Sandbox::SandboxServices sandbox;
    std::unique_ptr<Store::StateStore> store;
    std::optional<Engine::WorkspaceConfig> config;
    Engine::RunSummary orders; ///< the order sync's summary
    Engine::RunSummary payouts; ///< the payout sync's summary

    /// Starts the sandbox in <dir>/sandbox, opens the workspace <dir>/workspace and, if `sync`,
    /// syncs the seeded store to the books. An empty string, or what failed.
    QString start(const QDir &dir, bool sync = true)
    {
        using namespace Qt::StringLiterals;
        Sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(u"sandbox"_s);
        const Sandbox::SandboxStarted started = sandbox.start(options);
        if (!started.ok)
            return started.error;
        if (!QDir().mkpath(dir.filePath(u"workspace"_s)))
            return u"cannot create %1"_s.arg(dir.filePath(u"workspace"_s));
        store = std::make_unique<Store::StateStore>(
            Store::StoreLocation::sqlite(dir.filePath(u"workspace/state.sqlite"_s)));
        if (!store->open())
            return u"the workspace's state store does not open"_s;
        QString error;
        config = Engine::loadWorkspaceConfig(dir.filePath(u"workspace"_s), &error,
                                             std::pair{sandbox.storeUrl(), sandbox.booksUrl()});
        if (!config)
            return error;
        if (!sync)
            return {};
        Engine::ExecutorOptions executorOptions;
        executorOptions.allowWrites = true;
        Engine::Executor executor(*config, *store, executorOptions);
        if (!executor.open(&error) || !executor.enqueueRulePull(u"customer"_s, &error))
            return error;
        if (const Engine::RunSummary customers = executor.runUntilIdle(); !customers.error.isEmpty())
            return u"customers: "_s + customers.error;
        if (!executor.enqueuePull(&error))
            return error;
        orders = executor.runUntilIdle();
        if (!orders.error.isEmpty())
            return orders.error;
        if (!executor.enqueueRulePull(u"payout"_s, &error))
            return error;
        payouts = executor.runUntilIdle();
        return payouts.error.isEmpty() ? QString() : u"payouts: "_s + payouts.error;
    }

    /// A truth pass of `objects` (all when empty) over the workspace, as `ledgerlink-cli reconcile`.
    Engine::ReconcileOutcome reconcile(Engine::ReconcileMode mode,
                                       const QList<Engine::ReconcileObject> &objects)
    {
        Engine::Reconciler reconciler(*config, *store);
        QString error;
        if (!reconciler.open(&error)) {
            Engine::ReconcileOutcome failed;
            failed.error = error;
            return failed;
        }
        Engine::ReconcileOptions options;
        options.objects = objects;
        options.mode = mode;
        return reconciler.run(options);
    }

    /// The ERP id rule `rule` linked store record `storeId` with ("" when none).
    QString linkedErpId(const QString &rule, const QString &storeId)
    {
        const auto linked =
            Store::CrossReferenceRepository(*store).findByStoreId(config->connectionPair, rule, storeId);
        return linked && linked.value() ? linked.value()->erpId : QString();
    }

    /// One request to the sandbox store (`books` false) or books with their test credentials,
    /// answered with its JSON; `path` may carry a query ("inventory_levels.json?inventory_item_ids=1").
    QJsonObject call(bool books, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr)
    {
        using namespace Qt::StringLiterals;
        QUrl url = books ? sandbox.booksUrl() : sandbox.storeUrl();
        const qsizetype query = path.indexOf(u'?');
        url.setPath((books ? u"/api.xro/2.0/"_s : u"/admin/api/2024-04/"_s) + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (books) {
            request.setRawHeader("Authorization",
                                 "Bearer " + QByteArray(Sandbox::Credentials::xeroAccessTokenText));
            request.setRawHeader("xero-tenant-id", Sandbox::Credentials::xeroTenantIdText);
        } else {
            request.setRawHeader("X-Shopify-Access-Token", Sandbox::Credentials::shopAccessTokenText);
        }
        QNetworkReply *reply = network.sendCustomRequest(
            request, method,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager network;
};

} // namespace LedgerLink::Testing
