// The sandbox store's Admin GraphQL dialect over real HTTP on 127.0.0.1: pages and cursors,
// search filters, REST and GraphQL agreeing on the same records, mutations with user errors,
// validation and syntax errors, fragments and aliases, the cost bucket, access scopes and bulk
// operations.

#include "sandbox/sandboxservices.h"
#include "sandboxtestsupport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace SandboxTest;
using LedgerLink::Sandbox::SandboxOptions;
using LedgerLink::Sandbox::SandboxServices;

namespace {

const QString api = u"/admin/api/2024-04/"_s;

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject at(const QJsonValue &value, const QString &path)
{
    QJsonValue current = value;
    for (const QString &step : path.split(u'.'))
        current = current.isArray() ? current.toArray().at(step.toInt()) : current.toObject().value(step);
    return current.toObject();
}

} // namespace

class TestStoreGraphql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void productsPageContinuesAtEndCursor();
    void updatedAtSearchAndSortKeys();
    void productByIdAndVariantsBySku();
    void restProductReadByGraphql();
    void productCreateSeenByRestWithWebhook();
    void productUpdateLeavesVariants();
    void variantsBulkUpdateChangesOnlyThePrice();
    void userErrorsWriteNothing();
    void unknownFieldIsRefusedWithPath();
    void syntaxErrorsCarryLineAndColumn();
    void fragmentsAndAliases();
    void variableAndArgumentErrors();
    void tokenAndMethod();
    void missingScopeIsAccessDenied();
    void throttlingAndMaxCost();
    void bulkOperation();

private:
    Response graphql(const QUrl &store, const QString &query, const QJsonObject &variables = {},
                     const QString &operationName = {});
    QJsonObject rest(const QString &path);

    QTemporaryDir m_dir;
    SandboxServices m_services;
    QUrl m_store;
    QNetworkAccessManager m_network;
};

Response TestStoreGraphql::graphql(const QUrl &store, const QString &query, const QJsonObject &variables,
                                   const QString &operationName)
{
    QJsonObject body{{u"query"_s, query}};
    if (!variables.isEmpty())
        body.insert(u"variables"_s, variables);
    if (!operationName.isEmpty())
        body.insert(u"operationName"_s, operationName);
    return send(m_network, "POST", url(store, api + u"graphql.json"_s), Auth::Store,
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject TestStoreGraphql::rest(const QString &path)
{
    const Response response = send(m_network, "GET", url(m_store, api + path), Auth::Store);
    return response.json();
}

void TestStoreGraphql::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"main"_s);
    const auto started = m_services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    m_store = started.storeUrl;
}

void TestStoreGraphql::cleanupTestCase()
{
    m_services.stop();
}

void TestStoreGraphql::productsPageContinuesAtEndCursor()
{
    const QString query = uR"(query LedgerLinkProducts($first: Int!, $after: String) {
  products(first: $first, after: $after) {
    edges {
      cursor
      node {
        id legacyResourceId title descriptionHtml vendor productType status tags handle createdAt updatedAt
        variants(first: 5) { nodes { sku price } }
      }
    }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
})"_s;
    const Response first = graphql(m_store, query, {{u"first"_s, 2}, {u"after"_s, QJsonValue()}});
    QCOMPARE(first.status, 200);
    QVERIFY2(!first.json().contains(u"errors"_s), first.body.constData());
    const QJsonObject products = at(first.json(), u"data.products"_s);
    const QJsonArray edges = products.value(u"edges"_s).toArray();
    QCOMPARE(edges.size(), 2);
    const QJsonObject tee = edges.at(0).toObject().value(u"node"_s).toObject();
    QCOMPARE(tee.value(u"id"_s).toString(), u"gid://shopify/Product/7100000001"_s);
    QCOMPARE(tee.value(u"legacyResourceId"_s).toString(), u"7100000001"_s);
    QCOMPARE(tee.value(u"title"_s).toString(), u"Organic Cotton Tee"_s);
    QCOMPARE(tee.value(u"descriptionHtml"_s).toString(), u"<p>Organic Cotton Tee</p>"_s);
    QCOMPARE(tee.value(u"vendor"_s).toString(), u"Sandbox Apparel"_s);
    QCOMPARE(tee.value(u"productType"_s).toString(), QString());
    QCOMPARE(tee.value(u"status"_s).toString(), u"ACTIVE"_s);
    QCOMPARE(tee.value(u"tags"_s).toArray(), QJsonArray());
    QCOMPARE(tee.value(u"handle"_s).toString(), u"organic-cotton-tee"_s);
    QCOMPARE(tee.value(u"createdAt"_s).toString(), u"2026-09-02T09:00:00Z"_s);
    QCOMPARE(tee.value(u"updatedAt"_s).toString(), u"2026-09-02T09:00:00Z"_s);
    const QJsonArray variants = at(tee, u"variants"_s).value(u"nodes"_s).toArray();
    QCOMPARE(variants.size(), 3);
    QCOMPARE(variants.at(2).toObject(), (QJsonObject{{u"sku"_s, u"TEE-ORG-L"_s}, {u"price"_s, u"29.99"_s}}));
    QCOMPARE(edges.at(1).toObject().value(u"node"_s).toObject().value(u"id"_s).toString(),
             u"gid://shopify/Product/7100000002"_s);
    const QJsonObject info = products.value(u"pageInfo"_s).toObject();
    QCOMPARE(info.value(u"hasNextPage"_s).toBool(), true);
    QCOMPARE(info.value(u"hasPreviousPage"_s).toBool(), false);
    QCOMPARE(info.value(u"startCursor"_s).toString(), edges.at(0).toObject().value(u"cursor"_s).toString());
    QCOMPARE(info.value(u"endCursor"_s).toString(), edges.at(1).toObject().value(u"cursor"_s).toString());

    // Requested: 2 + 2 x (variants: 2 + 5 x 1) = 16; actual: 2 + (2 + 3) + (2 + 1) = 10.
    const QJsonObject cost = at(first.json(), u"extensions.cost"_s);
    QCOMPARE(cost.value(u"requestedQueryCost"_s).toInteger(), 16);
    QCOMPARE(cost.value(u"actualQueryCost"_s).toInteger(), 10);
    const QJsonObject throttle = cost.value(u"throttleStatus"_s).toObject();
    QCOMPARE(throttle.value(u"maximumAvailable"_s).toDouble(), 1000.0);
    QCOMPARE(throttle.value(u"restoreRate"_s).toDouble(), 50.0);
    QVERIFY(throttle.value(u"currentlyAvailable"_s).toDouble() >= 990);
    QVERIFY(first.header("X-Shopify-Shop-Api-Call-Limit").isEmpty()); // not counted as a REST call

    const Response next =
        graphql(m_store, query, {{u"first"_s, 2}, {u"after"_s, info.value(u"endCursor"_s).toString()}});
    const QJsonObject page2 = at(next.json(), u"data.products"_s);
    QStringList ids;
    for (const QJsonValue &edge : page2.value(u"edges"_s).toArray())
        ids.append(edge.toObject().value(u"node"_s).toObject().value(u"id"_s).toString());
    QCOMPARE(ids,
             (QStringList{u"gid://shopify/Product/7100000003"_s, u"gid://shopify/Product/7100000004"_s}));
    QCOMPARE(page2.value(u"pageInfo"_s).toObject().value(u"hasPreviousPage"_s).toBool(), true);
    QCOMPARE(page2.value(u"pageInfo"_s).toObject().value(u"hasNextPage"_s).toBool(), true);

    const Response bad = graphql(m_store, query, {{u"first"_s, 2}, {u"after"_s, u"not-a-cursor"_s}});
    QCOMPARE(bad.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Invalid cursor for current pagination sort."_s);
    QCOMPARE(at(bad.json(), u"data"_s).value(u"products"_s), QJsonValue());
}

void TestStoreGraphql::updatedAtSearchAndSortKeys()
{
    auto ids = [this](const QString &arguments) {
        const Response response =
            graphql(m_store, u"{ products("_s + arguments + u") { nodes { legacyResourceId } } }"_s);
        QStringList list;
        for (const QJsonValue &node : at(response.json(), u"data.products"_s).value(u"nodes"_s).toArray())
            list.append(node.toObject().value(u"legacyResourceId"_s).toString());
        if (response.json().contains(u"errors"_s))
            list.append(QString::fromUtf8(response.body));
        return list;
    };
    // Only the mug was updated in November 2026 (12:00 +01:00 = 11:00Z). (Raw strings stay out of
    // QCOMPARE: moc's preprocessor does not read them inside macro arguments.)
    const QList<std::pair<QString, QStringList>> cases{
        {uR"(first: 10, query: "updated_at:>'2026-11-01T00:00:00Z' AND updated_at:<2026-11-11")"_s,
         {u"7100000002"_s}},
        {uR"(first: 10, query: "updated_at:>=2026-11-10T11:00:00Z updated_at:<2026-11-11")"_s,
         {u"7100000002"_s}},
        {uR"(first: 10, query: "updated_at:>2026-11-10T11:00:00Z updated_at:<2026-11-11")"_s, {}},
        {uR"(first: 2, query: "sku:'TEE-ORG-M'")"_s, {u"7100000001"_s}},
        {uR"(first: 2, query: "id:7100000005")"_s, {u"7100000005"_s}},
        // Ceramic, Dotted, Logo
        {uR"(first: 3, sortKey: TITLE, query: "id:<=7100000008")"_s,
         {u"7100000002"_s, u"7100000008"_s, u"7100000006"_s}},
        {uR"(first: 2, sortKey: ID, reverse: true, query: "id:<=7100000008")"_s,
         {u"7100000008"_s, u"7100000007"_s}},
    };
    for (const auto &[arguments, expected] : cases)
        QCOMPARE(ids(arguments), expected);

    const Response unsupported =
        graphql(m_store, uR"({ products(first: 1, query: "color:red") { nodes { id } } })"_s);
    QVERIFY2(unsupported.body.contains("Invalid search query"), unsupported.body.constData());
    const Response tooMany = graphql(m_store, u"{ products(first: 251) { nodes { id } } }"_s);
    const QJsonObject error = tooMany.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"message"_s).toString(), u"The first argument must be <= 250"_s);
    QCOMPARE(error.value(u"path"_s).toArray(), (QJsonArray{u"products"_s}));
    QVERIFY(!tooMany.json().contains(u"data"_s));
}

void TestStoreGraphql::productByIdAndVariantsBySku()
{
    const Response response = graphql(m_store, uR"(query Lookup($id: ID!) {
  product(id: $id) { title variants(first: 1) { edges { node { price } } } }
  missing: product(id: "gid://shopify/Product/1") { title }
  productVariants(first: 5, query: "sku:TEE-ORG-M") {
    nodes {
      id legacyResourceId sku title price compareAtPrice barcode inventoryQuantity
      product { id title }
      inventoryItem { id legacyResourceId sku }
    }
  }
})"_s,
                                      {{u"id"_s, u"gid://shopify/Product/7100000004"_s}});
    QVERIFY2(!response.json().contains(u"errors"_s), response.body.constData());
    const QJsonObject data = response.json().value(u"data"_s).toObject();
    QCOMPARE(at(data, u"product"_s).value(u"title"_s).toString(), u"Matcha Tea 30 g"_s);
    QCOMPARE(at(data, u"product.variants.edges.0.node"_s).value(u"price"_s), QJsonValue(u"16.90"_s));
    QCOMPARE(data.value(u"missing"_s), QJsonValue());
    const QJsonArray variants = at(data, u"productVariants"_s).value(u"nodes"_s).toArray();
    QCOMPARE(variants.size(), 1);
    const QJsonObject expected{
        {u"id"_s, u"gid://shopify/ProductVariant/4900000002"_s},
        {u"legacyResourceId"_s, u"4900000002"_s},
        {u"sku"_s, u"TEE-ORG-M"_s},
        {u"title"_s, u"M"_s},
        {u"price"_s, u"29.99"_s},
        {u"compareAtPrice"_s, QJsonValue()},
        {u"barcode"_s, QJsonValue()},
        {u"inventoryQuantity"_s, 55},
        {u"product"_s,
         QJsonObject{{u"id"_s, u"gid://shopify/Product/7100000001"_s},
                     {u"title"_s, u"Organic Cotton Tee"_s}}},
        {u"inventoryItem"_s,
         QJsonObject{{u"id"_s, u"gid://shopify/InventoryItem/5100000002"_s},
                     {u"legacyResourceId"_s, u"5100000002"_s},
                     {u"sku"_s, u"TEE-ORG-M"_s}}},
    };
    QCOMPARE(variants.first().toObject(), expected);
    // Cost: product 1 + variants (2 + 1) + missing 1 + productVariants 2 + 5 x (product 1 + item 1).
    QCOMPARE(at(response.json(), u"extensions.cost"_s).value(u"requestedQueryCost"_s).toInteger(), 17);
    QCOMPARE(at(response.json(), u"extensions.cost"_s).value(u"actualQueryCost"_s).toInteger(), 9);
}

void TestStoreGraphql::restProductReadByGraphql()
{
    const Response created = send(
        m_network, "POST", url(m_store, api + u"products.json"_s), Auth::Store,
        R"({"product":{"title":"Rest Made","vendor":"REST Vendor","variants":[{"sku":"REST-1","price":"7.5"}]}})");
    QCOMPARE(created.status, 201);
    const qint64 id = at(created.json(), u"product"_s).value(u"id"_s).toInteger();
    const Response read = graphql(
        m_store,
        u"{ product(id: \"gid://shopify/Product/"_s + QString::number(id)
            + u"\") { legacyResourceId handle variants(first: 5) { nodes { sku price inventoryQuantity } } } }"_s);
    const QJsonObject product = at(read.json(), u"data.product"_s);
    QCOMPARE(product.value(u"legacyResourceId"_s).toString(), QString::number(id));
    QCOMPARE(product.value(u"handle"_s).toString(), u"rest-made"_s);
    QCOMPARE(at(product, u"variants.nodes.0"_s),
             (QJsonObject{{u"sku"_s, u"REST-1"_s}, {u"price"_s, u"7.50"_s}, {u"inventoryQuantity"_s, 0}}));
    QVERIFY(read.body.contains("\"price\":\"7.50\""));
}

void TestStoreGraphql::productCreateSeenByRestWithWebhook()
{
    QList<QByteArray> deliveries;
    QHttpServer receiver;
    receiver.route(u"/hooks"_s, [&deliveries](const QHttpServerRequest &request) {
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("X-Shopify-Topic", Qt::CaseInsensitive) == 0)
                deliveries.append(value + ' ' + request.body());
        }
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    // (Raw strings stay out of QCOMPARE: moc's preprocessor does not read them inside macros.)
    const QByteArray registration = R"({"webhook":{"topic":"products/create","address":"http://127.0.0.1:)"
        + QByteArray::number(port) + R"(/hooks","format":"json"}})";
    const Response registered =
        send(m_network, "POST", url(m_store, api + u"webhooks.json"_s), Auth::Store, registration);
    QCOMPARE(registered.status, 201);
    const qint64 writesBefore = send(m_network, "GET", url(m_store, u"/__sandbox/stats"_s), Auth::None)
                                    .json()
                                    .value(u"writes_committed"_s)
                                    .toInteger();

    const Response created = graphql(m_store, uR"(mutation Create($input: ProductInput!) {
  productCreate(input: $input) {
    product { id title status tags vendor variants(first: 5) { nodes { id sku price title } } }
    userErrors { field message }
  }
})"_s,
                                     {{u"input"_s,
                                       QJsonObject{
                                           {u"title"_s, u"GraphQL Lamp"_s},
                                           {u"vendor"_s, u"GraphQL Goods"_s},
                                           {u"status"_s, u"DRAFT"_s},
                                           {u"tags"_s, QJsonArray{u"lamp"_s, u"new"_s}},
                                           {u"variants"_s,
                                            QJsonArray{QJsonObject{
                                                {u"sku"_s, u"LAMP-BLUE"_s},
                                                {u"price"_s, u"12.3"_s},
                                                {u"options"_s, QJsonArray{u"Blue"_s}},
                                            }}},
                                       }}});
    QVERIFY2(!created.json().contains(u"errors"_s), created.body.constData());
    const QJsonObject payload = at(created.json(), u"data.productCreate"_s);
    QCOMPARE(payload.value(u"userErrors"_s).toArray(), QJsonArray());
    const QJsonObject product = payload.value(u"product"_s).toObject();
    QCOMPARE(product.value(u"status"_s).toString(), u"DRAFT"_s);
    QCOMPARE(product.value(u"tags"_s).toArray(), (QJsonArray{u"lamp"_s, u"new"_s}));
    const QString gid = product.value(u"id"_s).toString();
    QVERIFY(gid.startsWith(u"gid://shopify/Product/"_s));
    const qint64 id = gid.section(u'/', -1).toLongLong();
    // Mutation root 10 + product (1 + variants 2 + 5) + userErrors 1 = 19; actual 10 + 1 + 2 + 1 + 1 = 15.
    QCOMPARE(at(created.json(), u"extensions.cost"_s).value(u"requestedQueryCost"_s).toInteger(), 19);
    QCOMPARE(at(created.json(), u"extensions.cost"_s).value(u"actualQueryCost"_s).toInteger(), 15);

    const QJsonObject stored =
        rest(u"products/"_s + QString::number(id) + u".json"_s).value(u"product"_s).toObject();
    QCOMPARE(stored.value(u"id"_s).toInteger(), id);
    QCOMPARE(stored.value(u"title"_s).toString(), u"GraphQL Lamp"_s);
    QCOMPARE(stored.value(u"vendor"_s).toString(), u"GraphQL Goods"_s);
    QCOMPARE(stored.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(stored.value(u"tags"_s).toString(), u"lamp, new"_s);
    QCOMPARE(stored.value(u"handle"_s).toString(), u"graphql-lamp"_s);
    const QJsonObject variant = stored.value(u"variants"_s).toArray().first().toObject();
    QCOMPARE(variant.value(u"price"_s), QJsonValue(u"12.30"_s));
    QCOMPARE(variant.value(u"sku"_s).toString(), u"LAMP-BLUE"_s);
    QCOMPARE(variant.value(u"title"_s).toString(), u"Blue"_s);
    QVERIFY(variant.value(u"inventory_item_id"_s).toInteger() > 0);
    QCOMPARE(u"gid://shopify/ProductVariant/"_s + QString::number(variant.value(u"id"_s).toInteger()),
             at(product, u"variants.nodes.0"_s).value(u"id"_s).toString());

    QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1, 5000);
    QVERIFY(deliveries.first().startsWith("products/create {"));
    QCOMPARE(parse(deliveries.first().mid(16)).value(u"id"_s).toInteger(), id);
    QCOMPARE(send(m_network, "GET", url(m_store, u"/__sandbox/stats"_s), Auth::None)
                 .json()
                 .value(u"writes_committed"_s)
                 .toInteger(),
             writesBefore + 1);
}

void TestStoreGraphql::productUpdateLeavesVariants()
{
    const QJsonObject before = rest(u"products/7100000005.json"_s).value(u"product"_s).toObject();
    const Response updated = graphql(m_store, uR"(mutation {
  productUpdate(input: {id: "gid://shopify/Product/7100000005", title: "Oak Bowl 22 cm", tags: ["wood"],
                        variants: [{price: "1.00"}]}) {
    product { title tags updatedAt }
    userErrors { field message }
  }
})"_s);
    QVERIFY2(!updated.json().contains(u"errors"_s), updated.body.constData());
    QCOMPARE(at(updated.json(), u"data.productUpdate.product"_s).value(u"title"_s).toString(),
             u"Oak Bowl 22 cm"_s);
    const QJsonObject after = rest(u"products/7100000005.json"_s).value(u"product"_s).toObject();
    QCOMPARE(after.value(u"title"_s).toString(), u"Oak Bowl 22 cm"_s);
    QCOMPARE(after.value(u"tags"_s).toString(), u"wood"_s);
    QCOMPARE(after.value(u"variants"_s), before.value(u"variants"_s)); // untouched, price 39.00
    QVERIFY(after.value(u"updated_at"_s) != before.value(u"updated_at"_s));

    const Response unknown = graphql(m_store, uR"(mutation {
  productUpdate(input: {id: "gid://shopify/Product/42", title: "Nothing"}) { product { id } userErrors { field message } }
})"_s);
    QCOMPARE(at(unknown.json(), u"data.productUpdate"_s),
             (QJsonObject{{u"product"_s, QJsonValue()},
                          {u"userErrors"_s,
                           QJsonArray{QJsonObject{{u"field"_s, QJsonArray{u"id"_s}},
                                                  {u"message"_s, u"Product does not exist"_s}}}}}));
}

void TestStoreGraphql::variantsBulkUpdateChangesOnlyThePrice()
{
    const QJsonObject before = rest(u"products/7100000003.json"_s).value(u"product"_s).toObject();
    const QString mutation = uR"(mutation Prices($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
  productVariantsBulkUpdate(productId: $productId, variants: $variants) {
    product { id }
    productVariants { id price sku }
    userErrors { field message }
  }
})"_s;
    const Response updated =
        graphql(m_store, mutation,
                {{u"productId"_s, u"gid://shopify/Product/7100000003"_s},
                 {u"variants"_s,
                  QJsonArray{QJsonObject{{u"id"_s, u"gid://shopify/ProductVariant/4900000005"_s},
                                         {u"price"_s, u"10.45"_s}}}}});
    QVERIFY2(!updated.json().contains(u"errors"_s), updated.body.constData());
    QCOMPARE(at(updated.json(), u"data.productVariantsBulkUpdate"_s).value(u"productVariants"_s).toArray(),
             (QJsonArray{QJsonObject{{u"id"_s, u"gid://shopify/ProductVariant/4900000005"_s},
                                     {u"price"_s, u"10.45"_s},
                                     {u"sku"_s, u"CANDLE-SOY-200"_s}}}));
    const QJsonObject after = rest(u"products/7100000003.json"_s).value(u"product"_s).toObject();
    QJsonObject variantBefore = before.value(u"variants"_s).toArray().first().toObject();
    QJsonObject variantAfter = after.value(u"variants"_s).toArray().first().toObject();
    QCOMPARE(variantAfter.value(u"price"_s), QJsonValue(u"10.45"_s));
    for (QJsonObject *variant : {&variantBefore, &variantAfter}) {
        variant->remove(u"price"_s);
        variant->remove(u"updated_at"_s);
    }
    QCOMPARE(variantAfter, variantBefore);
    QJsonObject productBefore = before;
    QJsonObject productAfter = after;
    for (QJsonObject *product : {&productBefore, &productAfter}) {
        product->remove(u"variants"_s);
        product->remove(u"updated_at"_s);
    }
    QCOMPARE(productAfter, productBefore);

    const Response wrong =
        graphql(m_store, mutation,
                {{u"productId"_s, u"gid://shopify/Product/7100000003"_s},
                 {u"variants"_s,
                  QJsonArray{QJsonObject{{u"id"_s, u"gid://shopify/ProductVariant/4900000001"_s},
                                         {u"price"_s, u"1.00"_s}}}}});
    QCOMPARE(at(wrong.json(), u"data.productVariantsBulkUpdate"_s).value(u"userErrors"_s).toArray(),
             (QJsonArray{QJsonObject{{u"field"_s, QJsonArray{u"variants"_s, u"0"_s, u"id"_s}},
                                     {u"message"_s, u"Product variant does not exist"_s}}}));
    QCOMPARE(at(wrong.json(), u"data.productVariantsBulkUpdate"_s).value(u"product"_s), QJsonValue());
    QCOMPARE(rest(u"products/7100000001.json"_s)
                 .value(u"product"_s)
                 .toObject()
                 .value(u"variants"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"price"_s),
             QJsonValue(u"29.99"_s));
}

void TestStoreGraphql::userErrorsWriteNothing()
{
    const qint64 count = rest(u"products/count.json"_s).value(u"count"_s).toInteger();
    const Response blank = graphql(m_store, uR"(mutation {
  productCreate(input: {title: "  ", vendor: "Nobody"}) { product { id } userErrors { field message } }
})"_s);
    QCOMPARE(at(blank.json(), u"data.productCreate"_s),
             (QJsonObject{{u"product"_s, QJsonValue()},
                          {u"userErrors"_s,
                           QJsonArray{QJsonObject{{u"field"_s, QJsonArray{u"title"_s}},
                                                  {u"message"_s, u"Title can't be blank"_s}}}}}));
    QCOMPARE(rest(u"products/count.json"_s).value(u"count"_s).toInteger(), count);
}

void TestStoreGraphql::unknownFieldIsRefusedWithPath()
{
    const qint64 count = rest(u"products/count.json"_s).value(u"count"_s).toInteger();
    const Response response = graphql(m_store, uR"(query LedgerLinkProducts {
  products(first: 1) {
    edges {
      node {
        id
        foo
      }
    }
  }
})"_s);
    QCOMPARE(response.status, 200);
    const QJsonObject body = response.json();
    QVERIFY(!body.contains(u"data"_s));
    const QJsonArray errors = body.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject(),
             (QJsonObject{
                 {u"message"_s, u"Field 'foo' doesn't exist on type 'Product'"_s},
                 {u"locations"_s, QJsonArray{QJsonObject{{u"line"_s, 6}, {u"column"_s, 9}}}},
                 {u"path"_s,
                  QJsonArray{u"query LedgerLinkProducts"_s, u"products"_s, u"edges"_s, u"node"_s, u"foo"_s}},
                 {u"extensions"_s,
                  QJsonObject{{u"code"_s, u"undefinedField"_s},
                              {u"typeName"_s, u"Product"_s},
                              {u"fieldName"_s, u"foo"_s}}}}));
    QCOMPARE(at(body, u"extensions.cost"_s).value(u"actualQueryCost"_s), QJsonValue());

    // A mutation naming an unknown field executes nothing.
    const Response mutation = graphql(m_store, uR"(mutation {
  productCreate(input: {title: "Never"}) { product { id colour } userErrors { field message } }
})"_s);
    QCOMPARE(mutation.json().value(u"errors"_s).toArray().first().toObject().value(u"path"_s).toArray(),
             (QJsonArray{u"mutation"_s, u"productCreate"_s, u"product"_s, u"colour"_s}));
    QCOMPARE(rest(u"products/count.json"_s).value(u"count"_s).toInteger(), count);
}

void TestStoreGraphql::syntaxErrorsCarryLineAndColumn()
{
    const Response extra = graphql(m_store, u"{\n  shop {\n    name\n  }}\n}"_s);
    QCOMPARE(extra.status, 200);
    const QJsonObject error = extra.json().value(u"errors"_s).toArray().first().toObject();
    QVERIFY2(error.value(u"message"_s).toString().startsWith(u"syntax error, unexpected RCURLY (\"}\")"_s),
             extra.body.constData());
    QCOMPARE(error.value(u"locations"_s).toArray(),
             (QJsonArray{QJsonObject{{u"line"_s, 5}, {u"column"_s, 1}}}));
    QVERIFY(!extra.json().contains(u"data"_s));
    QVERIFY(extra.json().contains(u"extensions"_s));

    const Response argument = graphql(m_store, u"query {\n  products(first: ) { nodes { id } }\n}"_s);
    const QJsonObject second = argument.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(second.value(u"message"_s).toString(),
             u"syntax error, unexpected RPAREN (\")\"), expecting a value at [2, 19]"_s);
    QCOMPARE(second.value(u"locations"_s).toArray(),
             (QJsonArray{QJsonObject{{u"line"_s, 2}, {u"column"_s, 19}}}));

    const Response string = graphql(m_store, u"{ product(id: \"gid://shopify/Product/1) { id } }"_s);
    QVERIFY2(string.body.contains("syntax error, unexpected unterminated string"), string.body.constData());
}

void TestStoreGraphql::fragmentsAndAliases()
{
    const Response response = graphql(m_store, uR"(
query Two {
  first: product(id: "gid://shopify/Product/7100000001") { ...Bits }
  second: product(id: "gid://shopify/Product/7100000002") { ...Bits name: title }
  __typename
}
query Other { shop { name currencyCode } }
fragment Bits on Product { id title __typename handle: legacyResourceId }
)"_s,
                                      {}, u"Two"_s);
    QVERIFY2(!response.json().contains(u"errors"_s), response.body.constData());
    const QJsonObject data = response.json().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"__typename"_s).toString(), u"QueryRoot"_s);
    QCOMPARE(data.value(u"first"_s).toObject(),
             (QJsonObject{{u"id"_s, u"gid://shopify/Product/7100000001"_s},
                          {u"title"_s, u"Organic Cotton Tee"_s},
                          {u"__typename"_s, u"Product"_s},
                          {u"handle"_s, u"7100000001"_s}}));
    QCOMPARE(data.value(u"second"_s).toObject().value(u"name"_s).toString(), u"Ceramic Mug 350 ml"_s);
    QCOMPARE(data.value(u"second"_s).toObject().value(u"title"_s).toString(), u"Ceramic Mug 350 ml"_s);

    const Response other = graphql(m_store, u"query Other { shop { name currencyCode } }"_s);
    QCOMPARE(at(other.json(), u"data.shop"_s),
             (QJsonObject{{u"name"_s, u"Sandbox Shop"_s}, {u"currencyCode"_s, u"EUR"_s}}));

    const Response ambiguous = graphql(m_store, u"query A { shop { name } } query B { shop { name } }"_s);
    QCOMPARE(ambiguous.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"An operation name is required"_s);
    const Response inline_ = graphql(m_store, u"{ product(id: \"x\") { ... on Product { id } } }"_s);
    QVERIFY2(inline_.body.contains("inline fragment"), inline_.body.constData());
    const Response wrongType = graphql(m_store, u"{ shop { ...Bits } } fragment Bits on Product { id }"_s);
    QCOMPARE(wrongType.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Fragment Bits on Product can't be spread inside Shop"_s);
    const Response loop = graphql(
        m_store,
        u"{ product(id: \"x\") { ...A } } fragment A on Product { ...B } fragment B on Product { ...A }"_s);
    QVERIFY2(loop.body.contains("contains an infinite loop"), loop.body.constData());
    const Response conflict =
        graphql(m_store, u"{ product(id: \"gid://shopify/Product/7100000001\") { x: title x: handle } }"_s);
    QVERIFY2(conflict.body.contains("fieldConflict"), conflict.body.constData());
}

void TestStoreGraphql::variableAndArgumentErrors()
{
    const Response missing = graphql(m_store, u"query One($id: ID!) { product(id: $id) { id } }"_s);
    const QJsonObject error = missing.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"message"_s).toString(), u"Variable $id of type ID! was provided invalid value"_s);
    QCOMPARE(at(error, u"extensions"_s).value(u"code"_s).toString(), u"INVALID_VARIABLE"_s);

    const Response unknownInput = graphql(
        m_store,
        u"mutation M($input: ProductInput!) { productCreate(input: $input) { userErrors { message } } }"_s,
        {{u"input"_s, QJsonObject{{u"title"_s, u"X"_s}, {u"colour"_s, u"red"_s}}}});
    QCOMPARE(
        unknownInput.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
        u"Variable $input of type ProductInput! was provided invalid value for colour (Field is not defined on ProductInput)"_s);

    const Response required = graphql(m_store, u"{ product { id } }"_s);
    QCOMPARE(required.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Field 'product' is missing required arguments: id"_s);
    const Response literal = graphql(m_store, u"{ products(first: \"two\") { nodes { id } } }"_s);
    QCOMPARE(literal.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Argument 'first' on Field 'products' has an invalid value (\"two\"). Expected type 'Int'."_s);
    const Response undeclared = graphql(m_store, u"query Q { products(first: $n) { nodes { id } } }"_s);
    QCOMPARE(undeclared.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Variable $n is used by Q but not declared"_s);
    const Response noFirst = graphql(m_store, u"{ products { nodes { id } } }"_s);
    QCOMPARE(noFirst.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"you must provide one of first or last"_s);
    const Response leaf = graphql(m_store, u"{ shop }"_s);
    QVERIFY2(leaf.body.contains("Field must have selections"), leaf.body.constData());
}

void TestStoreGraphql::tokenAndMethod()
{
    const Response noToken = send(m_network, "POST", url(m_store, api + u"graphql.json"_s), Auth::None,
                                  R"({"query":"{ shop { name } }"})");
    QCOMPARE(noToken.status, 401);
    QCOMPARE(send(m_network, "GET", url(m_store, api + u"graphql.json"_s), Auth::Store).status, 406);
    const Response noQuery =
        send(m_network, "POST", url(m_store, api + u"graphql.json"_s), Auth::Store, "{}");
    QCOMPARE(noQuery.status, 400);
    const Response raw = send(m_network, "POST", url(m_store, api + u"graphql.json"_s), Auth::Store,
                              "{ shop { name } }", {{"Content-Type", "application/graphql"}});
    QCOMPARE(at(raw.json(), u"data.shop"_s).value(u"name"_s).toString(), u"Sandbox Shop"_s);
}

void TestStoreGraphql::missingScopeIsAccessDenied()
{
    auto setScopes = [this](const QByteArray &handles) {
        return send(m_network, "POST", url(m_store, u"/__sandbox/access-scopes"_s), Auth::None,
                    R"({"handles":)" + handles + '}')
            .status;
    };
    const QByteArray readOnly = R"(["read_products","read_orders"])";
    QCOMPARE(setScopes(readOnly), 200);
    const Response denied = graphql(m_store, uR"(mutation {
  productCreate(input: {title: "Denied"}) { product { id } userErrors { field message } }
})"_s);
    const QJsonObject error = denied.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"message"_s).toString(),
             u"Access denied for productCreate field. Required access: `write_products` access scope."_s);
    QCOMPARE(at(error, u"extensions"_s).value(u"code"_s).toString(), u"ACCESS_DENIED"_s);
    QCOMPARE(error.value(u"path"_s).toArray(), (QJsonArray{u"productCreate"_s}));
    QVERIFY(!denied.json().contains(u"data"_s));
    QCOMPARE(graphql(m_store, u"{ products(first: 1) { nodes { id } } }"_s).json().contains(u"errors"_s),
             false);

    const QByteArray ordersOnly = R"(["read_orders"])";
    QCOMPARE(setScopes(ordersOnly), 200);
    const Response read = graphql(m_store, u"{ shop { name } products(first: 1) { nodes { id } } }"_s);
    QCOMPARE(read.json().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Access denied for products field. Required access: `read_products` access scope."_s);
    QCOMPARE(graphql(m_store, u"{ shop { name } }"_s).json().contains(u"errors"_s), false); // no scope needed

    const QByteArray all =
        R"(["read_orders","write_orders","read_customers","write_customers",)"
        R"("read_products","write_products","read_inventory","write_inventory","read_locations"])";
    QCOMPARE(setScopes(all), 200);
}

void TestStoreGraphql::throttlingAndMaxCost()
{
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"limited"_s);
    options.rateLimits = true;
    options.writeDelayMs = 400;
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    const QUrl store = started.storeUrl;

    const Response set = send(m_network, "POST", url(store, u"/__sandbox/graphql-bucket"_s), Auth::None,
                              R"({"currentlyAvailable": 5})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(u"currentlyAvailable"_s).toInteger(), 5);
    QCOMPARE(set.json().value(u"maximumAvailable"_s).toDouble(), 1000.0);

    // 2 + 100 x 1 = 102 points; the bucket holds 5 plus 50 per second.
    const Response throttled = graphql(store, u"{ products(first: 100) { edges { node { id } } } }"_s);
    QCOMPARE(throttled.status, 200);
    const QJsonObject body = throttled.json();
    QVERIFY(!body.contains(u"data"_s));
    QCOMPARE(body.value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"message"_s, u"Throttled"_s},
                 {u"extensions"_s,
                  QJsonObject{{u"code"_s, u"THROTTLED"_s},
                              {u"documentation"_s, u"https://shopify.dev/api/usage/rate-limits"_s}}}}}));
    const QJsonObject cost = at(body, u"extensions.cost"_s);
    QCOMPARE(cost.value(u"requestedQueryCost"_s).toInteger(), 102);
    QCOMPARE(cost.value(u"actualQueryCost"_s), QJsonValue());
    QVERIFY(at(cost, u"throttleStatus"_s).value(u"currentlyAvailable"_s).toInteger() < 102);

    // A query within the bucket runs and is charged its actual cost.
    const Response cheap = graphql(store, u"{ shop { name } }"_s);
    QCOMPARE(at(cheap.json(), u"extensions.cost"_s).value(u"actualQueryCost"_s).toInteger(), 1);
    QCOMPARE(at(cheap.json(), u"data.shop"_s).value(u"name"_s).toString(), u"Sandbox Shop"_s);

    const Response tooBig = graphql(
        store,
        u"{ products(first: 250) { edges { node { variants(first: 250) { edges { node { id } } } } } } }"_s);
    const QJsonObject error = tooBig.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"message"_s).toString(),
             u"Query cost is 63002, which exceeds the single query max cost limit (1000)."_s);
    QCOMPARE(at(error, u"extensions"_s).value(u"code"_s).toString(), u"MAX_COST_EXCEEDED"_s);
    QCOMPARE(at(tooBig.json(), u"extensions.cost"_s).value(u"requestedQueryCost"_s).toInteger(), 63002);

    // GraphQL requests are not counted in the REST call limit.
    const Response restCall = send(m_network, "GET", url(store, api + u"orders/count.json"_s), Auth::Store);
    QCOMPARE(restCall.header("X-Shopify-Shop-Api-Call-Limit"), QByteArray("1/40"));

    // Only a mutation is a write: the write delay holds it back, a query answers at once.
    QVERIFY2(cheap.elapsedMs < 400, QByteArray::number(cheap.elapsedMs).constData());
    QCOMPARE(send(m_network, "POST", url(store, u"/__sandbox/graphql-bucket"_s), Auth::None,
                  "{\"currentlyAvailable\": 1000}")
                 .json()
                 .value(u"currentlyAvailable"_s)
                 .toInteger(),
             1000);
    const Response write =
        graphql(store, u"mutation { productCreate(input: {title: \"Slow\"}) { userErrors { message } } }"_s);
    QVERIFY2(!write.json().contains(u"errors"_s), write.body.constData());
    QCOMPARE(at(write.json(), u"data.productCreate"_s).value(u"userErrors"_s).toArray(), QJsonArray());
    QCOMPARE(at(write.json(), u"extensions.cost.throttleStatus"_s).value(u"currentlyAvailable"_s).toInteger(),
             1000 - 11);
    QVERIFY2(write.elapsedMs >= 400, QByteArray::number(write.elapsedMs).constData());
    const QJsonObject stats = send(m_network, "GET", url(store, u"/__sandbox/stats"_s), Auth::None).json();
    QCOMPARE(stats.value(u"writes_committed"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"max_writes_in_flight"_s).toInteger(), 1);
    services.stop();
}

void TestStoreGraphql::bulkOperation()
{
    SandboxServices services;
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"bulk"_s);
    const auto started = services.start(options);
    QVERIFY2(started.ok, qPrintable(started.error));
    const QUrl store = started.storeUrl;
    const QString poll =
        u"{ currentBulkOperation { id status errorCode objectCount rootObjectCount fileSize url "
        "completedAt } }"_s;
    QCOMPARE(at(graphql(store, poll).json(), u"data"_s).value(u"currentBulkOperation"_s), QJsonValue());

    const QString run = uR"(mutation {
  bulkOperationRunQuery(query: """
    {
      products(query: "vendor:'Sandbox Apparel'") {
        edges { node { id title variants { edges { node { id sku price } } } } }
      }
    }
  """) {
    bulkOperation { id status }
    userErrors { field message }
  }
})"_s;
    const Response created = graphql(store, run);
    QVERIFY2(!created.json().contains(u"errors"_s), created.body.constData());
    const QJsonObject operation = at(created.json(), u"data.bulkOperationRunQuery.bulkOperation"_s);
    QCOMPARE(operation.value(u"status"_s).toString(), u"CREATED"_s);
    const QString id = operation.value(u"id"_s).toString();
    QVERIFY(id.startsWith(u"gid://shopify/BulkOperation/"_s));
    QCOMPARE(at(created.json(), u"data.bulkOperationRunQuery"_s).value(u"userErrors"_s).toArray(),
             QJsonArray());

    const Response again = graphql(store, run);
    QCOMPARE(at(again.json(), u"data.bulkOperationRunQuery"_s).value(u"userErrors"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"field"_s, QJsonValue()},
                 {u"message"_s,
                  QString(u"A bulk query operation for this app and shop is already in progress: "_s + id
                          + u'.')}}}));
    QCOMPARE(at(again.json(), u"data.bulkOperationRunQuery"_s).value(u"bulkOperation"_s), QJsonValue());

    const QJsonObject running = at(graphql(store, poll).json(), u"data.currentBulkOperation"_s);
    QCOMPARE(running.value(u"status"_s).toString(), u"RUNNING"_s);
    QCOMPARE(running.value(u"url"_s), QJsonValue());
    QCOMPARE(running.value(u"completedAt"_s), QJsonValue());
    QCOMPARE(at(graphql(store, run).json(), u"data.bulkOperationRunQuery"_s)
                 .value(u"userErrors"_s)
                 .toArray()
                 .size(),
             1); // still in progress

    const QJsonObject done = at(graphql(store, poll).json(), u"data.currentBulkOperation"_s);
    QCOMPARE(done.value(u"id"_s).toString(), id);
    QCOMPARE(done.value(u"status"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(done.value(u"errorCode"_s), QJsonValue());
    QCOMPARE(done.value(u"objectCount"_s), QJsonValue(u"6"_s));
    QCOMPARE(done.value(u"rootObjectCount"_s), QJsonValue(u"2"_s));
    QVERIFY2(done.value(u"completedAt"_s).toString().endsWith(u'Z'),
             qPrintable(done.value(u"completedAt"_s).toString()));
    const QString fileUrl = done.value(u"url"_s).toString();
    QCOMPARE(fileUrl, store.toString() + u"/__sandbox/bulk/"_s + id.section(u'/', -1) + u".jsonl"_s);
    QCOMPARE(at(graphql(store, poll).json(), u"data.currentBulkOperation"_s).value(u"status"_s).toString(),
             u"COMPLETED"_s);

    const Response file = send(m_network, "GET", QUrl(fileUrl), Auth::None);
    QCOMPARE(file.status, 200);
    QCOMPARE(done.value(u"fileSize"_s).toString(), QString::number(file.body.size()));
    QVERIFY(file.body.endsWith('\n'));
    const QList<QByteArray> lines = file.body.trimmed().split('\n');
    auto variant = [](const QString &variantId, const QString &sku, const QString &price,
                      const QString &parent) {
        return QJsonObject{{u"id"_s, QString(u"gid://shopify/ProductVariant/"_s + variantId)},
                           {u"sku"_s, sku},
                           {u"price"_s, price},
                           {u"__parentId"_s, QString(u"gid://shopify/Product/"_s + parent)}};
    };
    const QList<QJsonObject> expected{
        QJsonObject{{u"id"_s, u"gid://shopify/Product/7100000001"_s}, {u"title"_s, u"Organic Cotton Tee"_s}},
        variant(u"4900000001"_s, u"TEE-ORG-S"_s, u"29.99"_s, u"7100000001"_s),
        variant(u"4900000002"_s, u"TEE-ORG-M"_s, u"29.99"_s, u"7100000001"_s),
        variant(u"4900000003"_s, u"TEE-ORG-L"_s, u"29.99"_s, u"7100000001"_s),
        QJsonObject{{u"id"_s, u"gid://shopify/Product/7100000006"_s}, {u"title"_s, u"Logo Sticker"_s}},
        variant(u"4900000008"_s, u"STICKER-LOGO"_s, u"0.25"_s, u"7100000006"_s),
    };
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(parse(lines.at(i)), expected.at(i));
    QVERIFY(lines.at(1).contains("\"__parentId\":\"gid://shopify/Product/7100000001\""));

    // Once completed another may start; an inner query naming an unknown field is a user error.
    const Response unknown = graphql(store, uR"(mutation {
  bulkOperationRunQuery(query: "{ products { edges { node { id foo } } } }") { bulkOperation { id } userErrors { field message } }
})"_s);
    QCOMPARE(at(unknown.json(), u"data.bulkOperationRunQuery"_s).value(u"userErrors"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"field"_s, QJsonArray{u"query"_s}},
                 {u"message"_s, u"Invalid bulk query: Field 'foo' doesn't exist on type 'Product'"_s}}}));
    const Response empty = graphql(store, uR"(mutation {
  bulkOperationRunQuery(query: "{ products(query: \"sku:NOPE\") { nodes { id } } }") { bulkOperation { status } userErrors { message } }
})"_s);
    QCOMPARE(at(empty.json(), u"data.bulkOperationRunQuery.bulkOperation"_s).value(u"status"_s).toString(),
             u"CREATED"_s);
    graphql(store, poll);
    const QJsonObject nothing = at(graphql(store, poll).json(), u"data.currentBulkOperation"_s);
    QCOMPARE(nothing.value(u"status"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(nothing.value(u"objectCount"_s), QJsonValue(u"0"_s));
    QCOMPARE(nothing.value(u"url"_s), QJsonValue());
    services.stop();
}

QTEST_MAIN(TestStoreGraphql)
#include "tst_storegraphql.moc"
