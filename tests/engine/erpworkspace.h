#pragma once

// The common start of the end-to-end tests that sync the sandbox store to another ERP than the
// sandbox books (tst_quickbookssync, tst_businesscentralsync, tst_netsuitesync, tst_sapb1sync,
// tst_zohosync, tst_odoosync; the steps they share are in erpsyncsteps.h): the in-process sandbox store, a
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
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <functional>
#include <memory>
#include <optional>

namespace LedgerLink::Testing {

struct ErpWorkspace
{
    Sandbox::SandboxServices sandbox;
    std::unique_ptr<Store::StateStore> store;
    std::optional<Engine::WorkspaceConfig> config;
    QNetworkAccessManager network;
    QString path; ///< the workspace's folder, <dir>/workspace

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
        path = workspace;
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

    /**
     * The owner's stock choices in `mapping`: the store's inventory items of the seed's SKUs in the
     * lookup table "inventory_items" (5100000001 on, in the seed's order; a product the seed does not
     * have, such as the ERP's new candle, has none yet), and in "store_locations" its Berlin
     * warehouse (61000000001), where the stock the ERP keeps as `erpLocation` is sold from.
     */
    static void mapSeedStock(Mapping::MappingDocument &mapping, const QString &erpLocation)
    {
        using namespace Qt::StringLiterals;
        for (Mapping::LookupTable &table : mapping.lookupTables) {
            if (table.id == u"inventory_items"_s) {
                qint64 inventoryItem = 5100000001;
                for (const QString &sku : {u"TEE-ORG-S"_s, u"TEE-ORG-M"_s, u"TEE-ORG-L"_s, u"MUG-CER-350"_s,
                                           u"CANDLE-SOY-200"_s, u"TEA-MATCHA-30"_s, u"BOWL-OAK-20"_s,
                                           u"STICKER-LOGO"_s, u"SCARF-MERINO"_s, u"NOTEBOOK-A5"_s})
                    table.entries.insert(sku, inventoryItem++);
            }
            if (table.id == u"store_locations"_s)
                table.entries = {{erpLocation, qint64(61000000001)}};
        }
    }

    /// Runs the rule `rule` ("": the orders) until idle, writes allowed both ways, not waiting for
    /// retries due later.
    Engine::RunSummary run(const QString &rule)
    {
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        options.allowStoreWrites = true; // the ERP's catalogue and stock go to the store
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

    /// One request to the sandbox store with its test credentials (`path` under the Admin API,
    /// "orders.json", with a query if any: "products.json?limit=250"), answered with its JSON;
    /// *status gets the HTTP status.
    QJsonObject storeCall(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                          int *status = nullptr)
    {
        using namespace Qt::StringLiterals;
        QUrl url = sandbox.storeUrl();
        const qsizetype query = path.indexOf(u'?');
        url.setPath(u"/admin/api/2024-04/"_s + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Shopify-Access-Token", Sandbox::Credentials::shopAccessTokenText);
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

    /// A copy of the seeded order `name` ("#1005") for the sandbox store: without its ids, name,
    /// times and transactions, its lines numbered `lineBase` + 1, 2, …, with `refunds`.
    static QJsonObject seededOrderCopy(const QString &name, qint64 lineBase, const QJsonArray &refunds)
    {
        using namespace Qt::StringLiterals;
        QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/sandbox/store-seed.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject order;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(file.readAll()).object().value(u"orders"_s).toArray()) {
            if (value.toObject().value(u"name"_s).toString() == name)
                order = value.toObject();
        }
        for (const char *key : {"id", "name", "number", "order_number", "admin_graphql_api_id", "created_at",
                                "updated_at", "processed_at", "transactions"})
            order.remove(QString::fromLatin1(key));
        QJsonArray lines = order.value(u"line_items"_s).toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject line = lines.at(i).toObject();
            line.insert(u"id"_s, lineBase + i + 1);
            line.remove(u"admin_graphql_api_id"_s);
            lines.replace(i, line);
        }
        order.insert(u"line_items"_s, lines);
        order.insert(u"refunds"_s, refunds);
        return order;
    }

    /**
     * Posts to the sandbox store a copy of the seeded order #1005 (tax-exclusive: 10 notebooks at
     * 10.08 less a 10.08 discount, tax 17.24; shipping 12.00, tax 2.28) with one refund worked out
     * by hand: three notebooks as Shopify states them (subtotal 3/10 of 90.72 = 27.216 → 27.22,
     * tax 5.17) and the shipping as its order adjustment (−12.00, tax −2.28), 46.67 paid back.
     * The copy's name ("#10xx"), or empty with *error saying why.
     */
    QString postNotebookRefundOrder(QString *error)
    {
        using namespace Qt::StringLiterals;
        const qint64 lineBase = 13000000900;
        const QJsonObject refundLine{{u"id"_s, qint64(17000000901)},
                                     {u"line_item_id"_s, lineBase + 1},
                                     {u"quantity"_s, 3},
                                     {u"restock_type"_s, u"return"_s},
                                     {u"subtotal"_s, u"27.22"_s},
                                     {u"total_tax"_s, u"5.17"_s},
                                     {u"line_item"_s,
                                      QJsonObject{{u"id"_s, lineBase + 1},
                                                  {u"name"_s, u"Dotted Notebook A5"_s},
                                                  {u"sku"_s, u"NOTEBOOK-A5"_s},
                                                  {u"price"_s, u"10.08"_s},
                                                  {u"quantity"_s, 10}}}};
        const QJsonObject shipping{{u"id"_s, qint64(17000000902)},
                                   {u"kind"_s, u"shipping_refund"_s},
                                   {u"reason"_s, u"Shipping refund"_s},
                                   {u"amount"_s, u"-12.00"_s},
                                   {u"tax_amount"_s, u"-2.28"_s}};
        const QJsonObject money{{u"id"_s, qint64(16000000900)},
                                {u"kind"_s, u"refund"_s},
                                {u"gateway"_s, u"shopify_payments"_s},
                                {u"status"_s, u"success"_s},
                                {u"amount"_s, u"46.67"_s},
                                {u"currency"_s, u"EUR"_s},
                                {u"processed_at"_s, u"2026-11-27T10:00:00+01:00"_s}};
        const QJsonObject refund{{u"id"_s, qint64(17000000900)},
                                 {u"created_at"_s, u"2026-11-27T10:00:00+01:00"_s},
                                 {u"processed_at"_s, u"2026-11-27T10:00:00+01:00"_s},
                                 {u"note"_s, u"Three notebooks returned"_s},
                                 {u"refund_line_items"_s, QJsonArray{refundLine}},
                                 {u"order_adjustments"_s, QJsonArray{shipping}},
                                 {u"transactions"_s, QJsonArray{money}}};
        int status = 0;
        const QJsonObject created =
            storeCall("POST", u"orders.json"_s,
                      {{u"order"_s, seededOrderCopy(u"#1005"_s, lineBase, QJsonArray{refund})}}, &status)
                .value(u"order"_s)
                .toObject();
        const QString name = created.value(u"name"_s).toString();
        if (status != 201 || name.isEmpty())
            *error = u"the sandbox store answered HTTP %1 to the refunded copy of #1005"_s.arg(status);
        return status == 201 ? name : QString();
    }

    /// The sandbox store's product variants by SKU (each with its product's title as
    /// "product_title"), and
    /// the available stock of each inventory item at `location` by inventory item id.
    QHash<QString, QJsonObject> storeVariants()
    {
        using namespace Qt::StringLiterals;
        QHash<QString, QJsonObject> variants;
        for (const QJsonValue &product :
             storeCall("GET", u"products.json?limit=250"_s).value(u"products"_s).toArray()) {
            for (const QJsonValue &value : product.toObject().value(u"variants"_s).toArray()) {
                QJsonObject variant = value.toObject();
                variant.insert(u"product_title"_s, product.toObject().value(u"title"_s));
                variants.insert(variant.value(u"sku"_s).toString(), variant);
            }
        }
        return variants;
    }
    QHash<qint64, qint64> storeStock(qint64 location)
    {
        using namespace Qt::StringLiterals;
        QHash<qint64, qint64> stock;
        const QJsonObject answer =
            storeCall("GET", u"inventory_levels.json?limit=250&location_ids="_s + QString::number(location));
        for (const QJsonValue &level : answer.value(u"inventory_levels"_s).toArray())
            stock.insert(level.toObject().value(u"inventory_item_id"_s).toInteger(),
                         level.toObject().value(u"available"_s).toInteger());
        return stock;
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
