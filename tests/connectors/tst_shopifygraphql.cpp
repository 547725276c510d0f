// Shopify's Admin GraphQL API as the connector speaks it, without a server: GraphQL product nodes
// into the REST product document (expected documents written by hand), REST payloads into
// ProductInput (and what is refused), ids, search syntax, and the cost bucket arithmetic.
#include "connectors/shopify/shopifycanonical.h"
#include "connectors/shopify/shopifygraphql.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
namespace Gql = LedgerLink::Connectors::ShopifyGraphQl;

namespace {

/// JSON text as an object. In raw strings "/" is written "\/" (JSON allows it): moc misreads a
/// "//" inside a raw string as a comment.
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestShopifyGraphQl : public QObject
{
    Q_OBJECT

private slots:
    void productNodeBecomesTheRestDocument()
    {
        // A Product node as products(...) { nodes { ...LedgerLinkProductFields } } answers it; the
        // product id is above 2^53, so it must never pass through a double.
        const QJsonObject node = json(R"({
            "id": "gid:\/\/shopify/Product/820982911946154508",
            "legacyResourceId": "820982911946154508",
            "title": "Organic Tee", "descriptionHtml": "<p>Soft</p>", "vendor": "Acme",
            "productType": "Shirts", "status": "ACTIVE", "tags": ["eco", "summer"],
            "handle": "organic-tee",
            "createdAt": "2024-05-01T10:00:00Z", "updatedAt": "2024-05-02T11:30:00Z",
            "variants": {"nodes": [{
                "id": "gid:\/\/shopify/ProductVariant/49000000001", "legacyResourceId": "49000000001",
                "sku": "TEE-ORG-L", "title": "L", "barcode": null, "price": "19.90",
                "compareAtPrice": null, "inventoryQuantity": 7,
                "createdAt": "2024-05-01T10:00:00Z", "updatedAt": "2024-05-02T11:30:00Z",
                "inventoryItem": {"id": "gid:\/\/shopify/InventoryItem/51000000001", "legacyResourceId": "51000000001"}
            }], "pageInfo": {"hasNextPage": false, "endCursor": "abc"}}
        })");
        QString error;
        const std::optional<QJsonObject> product = Gql::restProduct(node, {}, &error);
        QVERIFY2(product, qPrintable(error));
        const QJsonObject expected = json(R"({
            "id": 820982911946154508,
            "admin_graphql_api_id": "gid:\/\/shopify/Product/820982911946154508",
            "title": "Organic Tee", "body_html": "<p>Soft</p>", "vendor": "Acme",
            "product_type": "Shirts", "status": "active", "tags": "eco, summer", "handle": "organic-tee",
            "created_at": "2024-05-01T10:00:00Z", "updated_at": "2024-05-02T11:30:00Z",
            "variants": [{
                "id": 49000000001, "admin_graphql_api_id": "gid:\/\/shopify/ProductVariant/49000000001",
                "product_id": 820982911946154508, "sku": "TEE-ORG-L", "title": "L", "barcode": null,
                "price": "19.90", "compare_at_price": null, "inventory_quantity": 7,
                "inventory_item_id": 51000000001,
                "created_at": "2024-05-01T10:00:00Z", "updated_at": "2024-05-02T11:30:00Z"
            }]
        })");
        QCOMPARE(*product, expected);
        QCOMPARE(product->value(u"id"_s).toInteger(), Q_INT64_C(820982911946154508));

        // The REST document is what the rest of LedgerLink reads: match key, id, canonical price.
        const auto record = LedgerLink::Connectors::Shopify::vendorRecord(u"product"_s, *product, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->id, u"820982911946154508"_s);
        QCOMPARE(record->matchKey, u"TEE-ORG-L"_s);
    }

    void bulkVariantsReplaceTheConnection()
    {
        // A bulk result's product line has no variants; its variant lines are passed beside it.
        const QJsonObject node = json(R"({"id": "gid:\/\/shopify/Product/7", "title": "Mug"})");
        const QJsonArray variants{
            json(R"({"id": "gid:\/\/shopify/ProductVariant/8", "sku": "MUG", "price": "9.50"})")};
        QString error;
        const std::optional<QJsonObject> product = Gql::restProduct(node, variants, &error);
        QVERIFY2(product, qPrintable(error));
        QCOMPARE(product->value(u"variants"_s).toArray().size(), 1);
        QCOMPARE(
            product->value(u"variants"_s).toArray().first().toObject().value(u"product_id"_s).toInteger(), 7);
        QCOMPARE(product->value(u"variants"_s).toArray().first().toObject().value(u"price"_s).toString(),
                 u"9.50"_s);
    }

    void aBadIdIsNamed()
    {
        QString error;
        const QJsonObject order = json(R"({"id": "gid:\/\/shopify/Order/1"})");
        QVERIFY(!Gql::restProduct(order, {}, &error));
        QCOMPARE(error, u"The Shopify GraphQL field id is \"gid://shopify/Order/1\", not a Product id."_s);
        error.clear();
        const QJsonObject badVariant = json(R"({"id": "gid:\/\/shopify/Product/1",
            "variants": {"nodes": [{"id": "gid:\/\/shopify/ProductVariant/x"}]}})");
        QVERIFY(!Gql::restProduct(badVariant, {}, &error));
        QCOMPARE(error,
                 u"The Shopify GraphQL field variants[0].id is \"gid://shopify/ProductVariant/x\", not a "
                 u"ProductVariant id."_s);
    }

    void ids()
    {
        QCOMPARE(Gql::gid(u"Product"_s, u"42"_s), u"gid://shopify/Product/42"_s);
        QCOMPARE(Gql::idOfGid(u"Product"_s, u"gid://shopify/Product/42"_s), std::optional<QString>(u"42"_s));
        QCOMPARE(Gql::idOfGid(u"BulkOperation"_s, u"gid://shopify/BulkOperation/720918"_s),
                 std::optional<QString>(u"720918"_s));
        QCOMPARE(Gql::idOfGid(u"Product"_s, u"gid://shopify/ProductVariant/42"_s), std::nullopt);
        QCOMPARE(Gql::idOfGid(u"Product"_s, u"42"_s), std::nullopt);
        QCOMPARE(Gql::idOfGid(u"Product"_s, u"gid://shopify/Product/"_s), std::nullopt);
    }

    void searchSyntax()
    {
        QCOMPARE(Gql::updatedSinceSearch(u"2024-05-01T10:00:00Z"_s),
                 u"updated_at:>='2024-05-01T10:00:00Z'"_s);
        QCOMPARE(Gql::skuSearch(u"TEE-ORG-L"_s), u"sku:\"TEE-ORG-L\""_s);
        QCOMPARE(Gql::skuSearch(u"A \"B\" \\C"_s), u"sku:\"A \\\"B\\\" \\\\C\""_s);
        // The bulk document embeds the search as a GraphQL string literal.
        QVERIFY(Gql::bulkProductsQuery(u"sku:\"X\""_s)
                    .startsWith(u"{ products(query: \"sku:\\\"X\\\"\") { edges"_s));
        QVERIFY(Gql::bulkProductsQuery().startsWith(u"{ products { edges { node { id legacyResourceId"_s));
    }

    void pagesStayWithinTheCostLimit()
    {
        // Product: 1 + variants connection (2 + 50 x (variant 1 + inventoryItem 1)) + pageInfo 1 = 104;
        // the page: 2 + first x 104 + pageInfo 1. Nine products cost 939, ten 1043 (over 1000).
        QCOMPARE(Gql::productsPageCost(9), 939);
        QCOMPARE(Gql::productsPageCost(10), 1043);
        QCOMPARE(Gql::productsPerPage(250), 9);
        QCOMPARE(Gql::productsPerPage(3), 3);
        QCOMPARE(Gql::productsPerPage(0), 1);
    }

    void restPayloadBecomesProductInput()
    {
        const QJsonObject payload = json(R"({
            "title": "Tote", "body_html": "<b>Canvas</b>", "vendor": "Acme", "product_type": "Bags",
            "status": "draft", "tags": "eco,  canvas ,", "handle": "tote",
            "variants": [{"sku": "TOTE-CANVAS", "title": "Natural", "price": "24.00",
                          "compare_at_price": 30, "barcode": "4006381333931"}]
        })");
        const QJsonObject input = json(R"({"title": "Tote", "descriptionHtml": "<b>Canvas</b>",
            "vendor": "Acme", "productType": "Bags", "status": "DRAFT", "tags": ["eco", "canvas"],
            "handle": "tote"})");
        const QJsonObject createVariant = json(R"({"sku": "TOTE-CANVAS", "price": "24.00",
            "compareAtPrice": "30", "barcode": "4006381333931", "options": ["Natural"]})");
        const QJsonObject updateVariant = json(R"({"id": "gid:\/\/shopify/ProductVariant/9", "price": "24.00",
            "compareAtPrice": "30", "barcode": "4006381333931"})");
        const QString variantGid = u"gid://shopify/ProductVariant/9"_s;

        QString error;
        const auto write = Gql::productWrite(payload, &error);
        QVERIFY2(write, qPrintable(error));
        QCOMPARE(write->input, input);
        QCOMPARE(write->variants.size(), 1);
        QCOMPARE(Gql::createVariantInput(write->variants.first().toObject()), createVariant);
        QCOMPARE(Gql::updateVariantInput(write->variants.first().toObject(), variantGid), updateVariant);
        // A number keeps the text JSON gave it: 19.9 is "19.9", never 19.899999...
        const QJsonObject numberPrice = json(R"({"price": 19.9})");
        QCOMPARE(Gql::createVariantInput(numberPrice).value(u"price"_s).toString(), u"19.9"_s);
        // Only an SKU: nothing for the bulk update to write.
        const QJsonObject onlySku = json(R"({"sku": "X"})");
        QVERIFY(Gql::updateVariantInput(onlySku, variantGid).isEmpty());
    }

    void fieldsLedgerLinkDoesNotWriteAreRefusedByName()
    {
        const QJsonObject unsupported =
            json(R"({"title": "T", "images": [], "variants": [{"sku": "A", "weight": 2}]})");
        const QJsonObject wrongTypes = json(R"({"title": 5, "variants": {}})");
        QString error;
        QVERIFY(!Gql::productWrite(unsupported, &error));
        QCOMPARE(error,
                 u"LedgerLink does not write the Shopify product fields images, variants[0].weight (GraphQL "
                 u"productCreate/productUpdate/productVariantsBulkUpdate)."_s);
        QVERIFY(!Gql::productWrite(wrongTypes, &error));
        QCOMPARE(
            error,
            u"the Shopify product fields title, variants hold a value of the wrong type (text expected)."_s);
    }

    void userErrors()
    {
        const QJsonObject payload = json(R"({"userErrors": [
            {"field": ["title"], "message": "Title can\u0027t be blank"},
            {"field": ["variants", 0, "id"], "message": "Product variant does not exist"},
            {"field": null, "message": "Something"}]})");
        const QJsonObject none = json(R"({"userErrors": []})");
        QCOMPARE(Gql::userErrorText(payload),
                 u"title: Title can't be blank; variants.0.id: Product variant does not exist; Something"_s);
        QCOMPARE(Gql::userErrorText(none), QString());
    }

    void costAndThrottle()
    {
        // Shopify's throttled answer (HTTP 200).
        const QJsonObject throttled = json(R"({"errors": [{"message": "Throttled",
            "extensions": {"code": "THROTTLED"}}],
            "extensions": {"cost": {"requestedQueryCost": 941, "actualQueryCost": null,
                "throttleStatus": {"maximumAvailable": 1000.0, "currentlyAvailable": 66, "restoreRate": 50.0}}}})");
        const QJsonObject noCost = json(R"({"data": {}})");
        const std::optional<Gql::Cost> cost = Gql::costOf(throttled);
        QVERIFY(cost);
        QCOMPARE(cost->requested, 941);
        QCOMPARE(cost->actual, -1);
        QCOMPARE(cost->maximumAvailable, 1000);
        QCOMPARE(cost->currentlyAvailable, 66);
        QCOMPARE(cost->restoreRate, 50);
        // 875 points missing at 50 a second: 17.5 s, so 18.
        QCOMPARE(Gql::secondsUntilAffordable(*cost), 18);
        Gql::Cost enough = *cost;
        enough.currentlyAvailable = 1000;
        QCOMPARE(Gql::secondsUntilAffordable(enough), 1);
        QVERIFY(!Gql::costOf(noCost));
    }
};

QTEST_GUILESS_MAIN(TestShopifyGraphQl)
#include "tst_shopifygraphql.moc"
