// The Shopify connector's products: Shopify's Admin GraphQL API (the REST product endpoints are
// legacy since 2024-04). Documents and translation: shopifygraphql.{h,cpp}.

#include "connectors/shopify/shopifycanonical.h"
#include "connectors/shopify/shopifyconnector.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QThread>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

namespace Gql = ShopifyGraphQl;

const QString productType = u"Product"_s;

/// Polling a bulk operation: the first wait, doubled after each poll up to the longest.
constexpr std::chrono::milliseconds firstBulkPoll{200};
constexpr std::chrono::milliseconds longestBulkPoll{5000};

/// A page token of LedgerLink's own: "<kind>?key=value&..." with percent-encoded values.
QString tokenOf(const QString &kind, const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[key, value] : items)
        parts.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return kind + u'?' + parts.join(u'&');
}

/// The items of a token made by tokenOf(), or nullopt when `token` is not of `kind`.
std::optional<QHash<QString, QString>> itemsOf(const QString &token, const QString &kind)
{
    if (!token.startsWith(kind + u'?'))
        return std::nullopt;
    QHash<QString, QString> items;
    for (const QString &part : token.mid(kind.size() + 1).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        items.insert(part.left(equals), QUrl::fromPercentEncoding(part.mid(equals + 1).toLatin1()));
    }
    return items;
}

} // namespace

Support::GraphQlCall ShopifyConnector::graphQl(const QString &what, const QString &document,
                                               const QJsonObject &variables, bool mutation,
                                               QList<Net::HttpExchange> &exchanges,
                                               const QString &idempotencyKey)
{
    Support::GraphQlRequest request;
    request.url = apiUrl(u"graphql.json"_s);
    request.headers.append({QByteArrayLiteral("X-Shopify-Access-Token"), m_config.accessToken});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.query = document;
    request.variables = variables;
    request.read = !mutation;
    request.idempotencyKey = idempotencyKey;
    Support::GraphQlCall call = Support::sendGraphQl(m_client, request, what, exchanges);
    const QJsonObject body = QJsonDocument::fromJson(call.exchange.response.body).object();
    if (const std::optional<Gql::Cost> cost = Gql::costOf(body))
        m_lastCost = cost;
    if (call.errorCode == u"THROTTLED"_s && m_lastCost) {
        // Shopify answers 200 with THROTTLED: wait until the bucket holds the requested cost.
        const int seconds = Gql::secondsUntilAffordable(*m_lastCost);
        const QString detail = Text::tr("throttled: the query costs %1 points, the bucket holds %2 of %3 and "
                                        "refills %4 a second")
                                   .arg(m_lastCost->requested)
                                   .arg(m_lastCost->currentlyAvailable)
                                   .arg(m_lastCost->maximumAvailable)
                                   .arg(m_lastCost->restoreRate);
        call.failure =
            ConnectorFailure{Engine::AttemptOutcome::http(429, QByteArray::number(seconds), detail),
                             Text::tr("%1 failed: %2; retry in %3 s.").arg(what, detail).arg(seconds)};
    }
    return call;
}

std::optional<VendorRecord> ShopifyConnector::productRecord(const QJsonObject &node,
                                                            QList<Net::HttpExchange> &exchanges,
                                                            std::optional<ConnectorFailure> &failure)
{
    QJsonArray variants = Gql::variantNodes(node);
    QJsonObject pageInfo = node.value(u"variants"_s).toObject().value(u"pageInfo"_s).toObject();
    while (pageInfo.value(u"hasNextPage"_s).toBool()) {
        const Support::GraphQlCall call = graphQl(
            u"query LedgerLinkProductVariants"_s, Gql::variantsPageQuery(),
            {{u"id"_s, node.value(u"id"_s)}, {u"after"_s, pageInfo.value(u"endCursor"_s)}}, false, exchanges);
        if (!call.data) {
            failure = call.failure;
            return std::nullopt;
        }
        const QJsonObject product = call.data->value(u"product"_s).toObject();
        for (const QJsonValue &variant : Gql::variantNodes(product))
            variants.append(variant);
        pageInfo = product.value(u"variants"_s).toObject().value(u"pageInfo"_s).toObject();
    }
    QString error;
    const std::optional<QJsonObject> document = Gql::restProduct(node, variants, &error);
    std::optional<VendorRecord> record =
        document ? Shopify::vendorRecord(u"product"_s, *document, &error) : std::nullopt;
    if (!record)
        failure = Support::permanentFailure(error);
    return record;
}

ReadPage ShopifyConnector::readProducts(const ReadCursor &cursor, int pageSize)
{
    const auto notOurs = [&cursor]() {
        return Support::pageFailure(
            Text::tr("The Shopify page token \"%1\" is not one of LedgerLink's.").arg(cursor.pageToken));
    };
    if (const auto bulk = itemsOf(cursor.pageToken, u"bulk"_s)) {
        bool ok = false;
        const qint64 offset = bulk->value(u"offset"_s).toLongLong(&ok);
        const QString operation = bulk->value(u"operation"_s);
        if (!ok || offset < 0 || !Gql::idOfGid(u"BulkOperation"_s, operation))
            return notOurs();
        if (operation != m_bulkOperation || !m_bulkFile)
            return startBulkProducts(pageSize); // the result is not here (any more): read again
        return readBulkFile(operation, offset, pageSize);
    }
    if (cursor.pageToken.isEmpty() && !cursor.updatedSince.isValid())
        return startBulkProducts(pageSize);

    QString since = cursor.updatedSince.isValid() ? Support::isoUtc(cursor.updatedSince) : QString();
    QString after;
    if (!cursor.pageToken.isEmpty()) {
        const auto items = itemsOf(cursor.pageToken, u"graphql"_s);
        if (!items)
            return notOurs();
        since = items->value(u"since"_s);
        after = items->value(u"after"_s);
    }
    ReadPage page;
    learnShopCurrency(page.exchanges);
    const QJsonObject variables{
        {u"first"_s, Gql::productsPerPage(pageSize)},
        {u"after"_s, after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(after)},
        {u"query"_s,
         since.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(Gql::updatedSinceSearch(since))}};
    const Support::GraphQlCall call =
        graphQl(u"query LedgerLinkProducts"_s, Gql::productsPageQuery(), variables, false, page.exchanges);
    if (!call.data) {
        page.failure = call.failure;
        return page;
    }
    const QJsonObject products = call.data->value(u"products"_s).toObject();
    for (const QJsonValue &node : products.value(u"nodes"_s).toArray()) {
        std::optional<VendorRecord> record = productRecord(node.toObject(), page.exchanges, page.failure);
        if (!record) {
            page.records.clear();
            return page;
        }
        page.records.append(*record);
    }
    const QJsonObject pageInfo = products.value(u"pageInfo"_s).toObject();
    if (pageInfo.value(u"hasNextPage"_s).toBool())
        page.nextPageToken = tokenOf(
            u"graphql"_s, {{u"since"_s, since}, {u"after"_s, pageInfo.value(u"endCursor"_s).toString()}});
    return page;
}

ReadPage ShopifyConnector::startBulkProducts(int pageSize)
{
    ReadPage page;
    learnShopCurrency(page.exchanges);
    // Running a bulk query changes no data: the write guard lets it pass like a query.
    const Support::GraphQlCall run = graphQl(u"mutation bulkOperationRunQuery"_s, Gql::bulkRunMutation(),
                                             {{u"query"_s, Gql::bulkProductsQuery()}}, false, page.exchanges);
    if (!run.data) {
        page.failure = run.failure;
        return page;
    }
    const QJsonObject payload = run.data->value(u"bulkOperationRunQuery"_s).toObject();
    if (const QString errors = Gql::userErrorText(payload); !errors.isEmpty()) {
        // Typically another bulk query of this app still runs: try again later.
        const QString message = Text::tr("Shopify refused the bulk read of the products: %1").arg(errors);
        page.failure = ConnectorFailure{Engine::AttemptOutcome::http(409, "60", errors), message};
        return page;
    }
    const QString operation = payload.value(u"bulkOperation"_s).toObject().value(u"id"_s).toString();

    QElapsedTimer clock;
    clock.start();
    std::chrono::milliseconds pause = firstBulkPoll;
    QJsonObject status;
    for (;;) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            page.failure =
                ConnectorFailure{Engine::AttemptOutcome::network(QNetworkReply::OperationCanceledError),
                                 Text::tr("The bulk read of the Shopify products was cancelled.")};
            return page;
        }
        if (clock.elapsed() > m_bulkTimeout.count()) {
            const QString message =
                Text::tr("Shopify's bulk read of the products (%1) has not finished after %2 "
                         "minutes; LedgerLink reads again later.")
                    .arg(operation)
                    .arg(m_bulkTimeout.count() / 60000);
            page.failure = ConnectorFailure{Engine::AttemptOutcome::http(503, "300", message), message};
            return page;
        }
        m_client.wait(pause);
        pause = std::min(pause * 2, longestBulkPoll);
        const Support::GraphQlCall poll =
            graphQl(u"query LedgerLinkBulkStatus"_s, Gql::bulkStatusQuery(), {}, false, page.exchanges);
        if (!poll.data) {
            page.failure = poll.failure;
            return page;
        }
        status = poll.data->value(u"currentBulkOperation"_s).toObject();
        if (status.value(u"id"_s).toString() != operation) {
            const QString message =
                Text::tr("Another bulk operation (%1) replaced LedgerLink's bulk read of the products (%2).")
                    .arg(status.value(u"id"_s).toString(), operation);
            page.failure = ConnectorFailure{Engine::AttemptOutcome::http(409, "60", message), message};
            return page;
        }
        const QString state = status.value(u"status"_s).toString();
        if (state == u"COMPLETED"_s)
            break;
        if (state != u"CREATED"_s && state != u"RUNNING"_s) {
            page.failure = Support::permanentFailure(
                Text::tr("Shopify's bulk read of the products (%1) ended %2 (%3).")
                    .arg(operation, state, status.value(u"errorCode"_s).toString()));
            return page;
        }
    }

    const QString url = status.value(u"url"_s).toString();
    if (url.isEmpty())
        return page; // no products: Shopify writes no file
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open()) {
        page.failure = Support::permanentFailure(
            Text::tr("No temporary file for Shopify's bulk result: %1").arg(file->errorString()));
        return page;
    }
    // A signed storage URL: it is the credential, the access token is never sent there.
    Net::HttpRequest download;
    download.url = QUrl(url);
    download.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/jsonl")});
    download.bodySink = file.get();
    const Net::HttpExchange exchange = m_client.send(download);
    page.exchanges.append(exchange);
    const QString what = Text::tr("the download of Shopify's bulk result");
    if (std::optional<ConnectorFailure> failure =
            Support::failureOf(exchange, what, [](const Net::HttpResponse &) { return QString(); })) {
        page.failure = failure;
        return page;
    }
    if (exchange.response.sinkFailed || !file->flush()) {
        page.failure =
            ConnectorFailure{Engine::AttemptOutcome::http(507, "60", file->errorString()),
                             Text::tr("%1 could not be written to disk: %2").arg(what, file->errorString())};
        return page;
    }
    m_bulkOperation = operation;
    m_bulkFile = std::move(file);
    ReadPage first = readBulkFile(operation, 0, pageSize);
    first.exchanges = page.exchanges + first.exchanges;
    return first;
}

ReadPage ShopifyConnector::readBulkFile(const QString &operation, qint64 offset, int pageSize)
{
    ReadPage page;
    QTemporaryFile &file = *m_bulkFile;
    if (!file.seek(offset)) {
        page.failure = Support::permanentFailure(
            Text::tr("Shopify's bulk result has no byte %1: %2").arg(offset).arg(file.errorString()));
        return page;
    }
    const int wanted = std::max(1, pageSize);
    QJsonObject product;
    QJsonArray variants;
    const auto finish = [&]() -> bool {
        if (product.isEmpty())
            return true;
        std::optional<VendorRecord> record = productRecord(product, page.exchanges, page.failure);
        if (!record)
            return false;
        page.records.append(*record);
        return true;
    };
    const auto fail = [&page](const QString &message) {
        page.records.clear();
        page.failure = Support::permanentFailure(message);
        return page;
    };
    while (!file.atEnd()) {
        const qint64 lineStart = file.pos();
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || object.isEmpty())
            return fail(
                Text::tr("Shopify's bulk result holds a line that is not a JSON object at byte %1: %2")
                    .arg(lineStart)
                    .arg(parseError.errorString()));
        const QString parent = object.value(u"__parentId"_s).toString();
        if (parent.isEmpty()) { // a product: the one before is complete
            if (!product.isEmpty()) {
                product.insert(u"variants"_s, QJsonObject{{u"nodes"_s, variants}});
                if (!finish()) {
                    page.records.clear();
                    return page;
                }
                if (page.records.size() >= wanted) {
                    page.nextPageToken = tokenOf(
                        u"bulk"_s, {{u"operation"_s, operation}, {u"offset"_s, QString::number(lineStart)}});
                    return page;
                }
            }
            product = object;
            variants = QJsonArray();
        } else if (parent == product.value(u"id"_s).toString()) {
            QJsonObject variant = object;
            variant.remove(u"__parentId"_s);
            variants.append(variant);
        } else {
            return fail(
                Text::tr("Shopify's bulk result holds a variant of %1 at byte %2, not after its product.")
                    .arg(parent)
                    .arg(lineStart));
        }
    }
    if (!product.isEmpty()) {
        product.insert(u"variants"_s, QJsonObject{{u"nodes"_s, variants}});
        if (!finish())
            page.records.clear();
    }
    return page;
}

ReadOne ShopifyConnector::readProduct(const QString &id)
{
    ReadOne result;
    learnShopCurrency(result.exchanges);
    const Support::GraphQlCall call =
        graphQl(u"query LedgerLinkProduct"_s, Gql::productQuery(), {{u"id"_s, Gql::gid(productType, id)}},
                false, result.exchanges);
    if (!call.data) {
        result.failure = call.failure;
        return result;
    }
    const QJsonValue node = call.data->value(u"product"_s);
    if (!node.isObject())
        return result; // not found
    result.record = productRecord(node.toObject(), result.exchanges, result.failure);
    return result;
}

ReadOne ShopifyConnector::findProductBySku(const QString &sku)
{
    ReadOne result;
    learnShopCurrency(result.exchanges);
    const Support::GraphQlCall call = graphQl(u"query LedgerLinkVariantsBySku"_s, Gql::variantsBySkuQuery(),
                                              {{u"query"_s, Gql::skuSearch(sku)}}, false, result.exchanges);
    if (!call.data) {
        result.failure = call.failure;
        return result;
    }
    QJsonObject found;
    QStringList products;
    for (const QJsonValue &value :
         call.data->value(u"productVariants"_s).toObject().value(u"nodes"_s).toArray()) {
        const QJsonObject variant = value.toObject();
        if (variant.value(u"sku"_s).toString() != sku) // the search also finds prefixes
            continue;
        const QJsonObject product = variant.value(u"product"_s).toObject();
        const QString id = product.value(u"id"_s).toString();
        if (!products.contains(id))
            products.append(id);
        if (found.isEmpty())
            found = product;
    }
    if (products.size() > 1) {
        result.failure = Support::permanentFailure(
            Text::tr(
                "The SKU \"%1\" is on more than one Shopify product (%2): LedgerLink does not match on a "
                "duplicate SKU; give each variant its own SKU in Shopify.")
                .arg(sku, products.join(u", "_s)));
        return result;
    }
    if (found.isEmpty())
        return result;
    result.record = productRecord(found, result.exchanges, result.failure);
    if (result.record)
        result.record->matchKey = sku;
    return result;
}

WriteOutcome ShopifyConnector::writeProduct(const WriteRequest &request)
{
    WriteOutcome outcome;
    QString error;
    const std::optional<Gql::ProductWrite> write = Gql::productWrite(request.payload, &error);
    if (!write) {
        outcome.failure = Support::permanentFailure(error);
        return outcome;
    }
    const auto answer = [&](const Support::GraphQlCall &call, const QString &field,
                            const QString &what) -> std::optional<QJsonObject> {
        if (!call.data) {
            outcome.failure = call.failure;
            return std::nullopt;
        }
        const QJsonObject payload = call.data->value(field).toObject();
        if (const QString errors = Gql::userErrorText(payload); !errors.isEmpty()) {
            outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, errors));
            return std::nullopt;
        }
        const QJsonObject product = payload.value(u"product"_s).toObject();
        if (product.isEmpty())
            outcome.failure =
                Support::permanentFailure(Text::tr("%1 answered without the product.").arg(what));
        return product.isEmpty() ? std::nullopt : std::optional<QJsonObject>(product);
    };

    if (request.existingId.isEmpty()) {
        if (!request.matchKey.isEmpty()) {
            // Shopify has no idempotency keys: a product that an earlier attempt made is found.
            ReadOne found = findProductBySku(request.matchKey);
            outcome.exchanges += found.exchanges;
            if (found.failure || found.record) {
                outcome.failure = found.failure;
                outcome.record = found.record;
                outcome.alreadyExisted = found.record.has_value();
                return outcome;
            }
        }
        QJsonObject input = write->input;
        QJsonArray variants;
        for (const QJsonValue &variant : write->variants)
            variants.append(Gql::createVariantInput(variant.toObject()));
        if (!variants.isEmpty())
            input.insert(u"variants"_s, variants);
        const QString what = u"mutation productCreate"_s;
        const Support::GraphQlCall call = graphQl(what, Gql::productCreateMutation(), {{u"input"_s, input}},
                                                  true, outcome.exchanges, request.idempotencyKey);
        if (const std::optional<QJsonObject> product = answer(call, u"productCreate"_s, what))
            outcome.record = productRecord(*product, outcome.exchanges, outcome.failure);
        return outcome;
    }

    if (!Gql::idOfGid(productType, Gql::gid(productType, request.existingId))) {
        outcome.failure = Support::permanentFailure(
            Text::tr("\"%1\" is not a Shopify product id.").arg(request.existingId));
        return outcome;
    }
    // The product as it is: its variants' ids, found by SKU.
    ReadOne current = readProduct(request.existingId);
    outcome.exchanges += current.exchanges;
    if (current.failure || !current.record) {
        outcome.failure = current.failure
            ? current.failure
            : Support::permanentFailure(
                Text::tr(
                    "The Shopify product %1 no longer exists: it was deleted in Shopify after LedgerLink "
                    "linked it.")
                    .arg(request.existingId));
        return outcome;
    }
    const QJsonArray existing = current.record->document.value(u"variants"_s).toArray();
    QJsonArray updates;
    QStringList unknown;
    for (const QJsonValue &value : write->variants) {
        const QJsonObject variant = value.toObject();
        const QString sku = variant.value(u"sku"_s).toString();
        const auto match = std::find_if(existing.begin(), existing.end(), [&](const QJsonValue &candidate) {
            return sku.isEmpty() ? existing.size() == 1
                                 : candidate.toObject().value(u"sku"_s).toString() == sku;
        });
        if (match == existing.end()) {
            unknown.append(sku.isEmpty() ? Text::tr("(no SKU)") : sku);
            continue;
        }
        const QJsonObject input =
            Gql::updateVariantInput(variant, match->toObject().value(u"admin_graphql_api_id"_s).toString());
        if (!input.isEmpty())
            updates.append(input);
    }
    if (!unknown.isEmpty()) {
        // Refused before anything is written.
        outcome.failure = Support::permanentFailure(
            Text::tr(
                "The Shopify product %1 has no variant with the SKU %2: LedgerLink updates the variants a "
                "product has; add the variant in Shopify first.")
                .arg(request.existingId, unknown.join(u", "_s)));
        return outcome;
    }
    const QString productGid = Gql::gid(productType, request.existingId);
    std::optional<QJsonObject> product;
    if (!write->input.isEmpty()) {
        QJsonObject input = write->input;
        input.insert(u"id"_s, productGid);
        const QString what = u"mutation productUpdate"_s;
        product = answer(graphQl(what, Gql::productUpdateMutation(), {{u"input"_s, input}}, true,
                                 outcome.exchanges, request.idempotencyKey),
                         u"productUpdate"_s, what);
        if (!product)
            return outcome;
    }
    if (!updates.isEmpty()) {
        // After productUpdate: a retry of a write that failed here sets the same values again.
        const QString what = u"mutation productVariantsBulkUpdate"_s;
        product = answer(graphQl(what, Gql::variantsBulkUpdateMutation(),
                                 {{u"productId"_s, productGid}, {u"variants"_s, updates}}, true,
                                 outcome.exchanges, request.idempotencyKey),
                         u"productVariantsBulkUpdate"_s, what);
        if (!product)
            return outcome;
    }
    if (!product) { // nothing to change
        outcome.record = current.record;
        return outcome;
    }
    outcome.record = productRecord(*product, outcome.exchanges, outcome.failure);
    return outcome;
}

} // namespace LedgerLink::Connectors
