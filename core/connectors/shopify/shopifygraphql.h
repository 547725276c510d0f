#pragma once

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/**
 * Shopify's Admin GraphQL API as the Shopify connector uses it for products (Shopify made the
 * REST product endpoints legacy in 2024-04): the documents it sends and the translation between
 * GraphQL product nodes and the REST product document the rest of LedgerLink (field catalog,
 * mappings, Shopify::toCanonical) knows. Ids: `gid://shopify/Product/<n>` in GraphQL, the
 * number <n> (a JSON integer, never a double) in the REST document, which keeps the gid as
 * `admin_graphql_api_id` like Shopify's own REST documents.
 */
namespace LedgerLink::Connectors::ShopifyGraphQl {

/// Variants read with each product in one query; a product with more is completed by
/// variantsPageQuery().
inline constexpr int variantsPerProduct = 50;
/// Shopify refuses a query whose requested cost exceeds this.
inline constexpr int maxQueryCost = 1000;

/// `query LedgerLinkProducts($first: Int!, $after: String, $query: String)`: a page of products
/// by updated time (sortKey UPDATED_AT), each with its first variants.
QString productsPageQuery();
/// `query LedgerLinkProduct($id: ID!)`.
QString productQuery();
/// `query LedgerLinkVariantsBySku($query: String!)`: at most two variants (a duplicate SKU shows)
/// with their products.
QString variantsBySkuQuery();
/// `query LedgerLinkProductVariants($id: ID!, $after: String)`: the next 100 variants of a product.
QString variantsPageQuery();
/// The document a bulk operation runs: every product (matching `search` when set) with all its
/// variants, as `edges { node }` connections.
QString bulkProductsQuery(const QString &search = {});
/// `mutation LedgerLinkBulkProducts($query: String!) { bulkOperationRunQuery(...) }`.
QString bulkRunMutation();
/// `query LedgerLinkBulkStatus { currentBulkOperation { ... } }`.
QString bulkStatusQuery();
QString productCreateMutation();
QString productUpdateMutation();
QString variantsBulkUpdateMutation();

/// How many products one page may ask for so that its requested cost stays within maxQueryCost
/// (Shopify's rules: a connection costs 2 plus `first` times its node's cost, an object 1).
int productsPerPage(int pageSize);
/// The requested cost of productsPageQuery() with `first` products.
int productsPageCost(int first);

/// "gid://shopify/Product/123" from "123".
QString gid(const QString &type, const QString &id);
/// The number at the end of a gid ("123"), or nullopt when `gid` is not a Shopify gid of `type`.
std::optional<QString> idOfGid(const QString &type, const QString &gid);

/// The search syntax of `products(query:)` for records updated at or after `isoUtc`.
QString updatedSinceSearch(const QString &isoUtc);
/// The search syntax for one SKU, quoted: `sku:"A B"`.
QString skuSearch(const QString &sku);

/**
 * The REST product document of a GraphQL Product node and its variant nodes (`variants`
 * replaces the node's own `variants` connection when not empty). nullopt and `error` (naming the
 * field) when an id is missing or not a gid.
 */
std::optional<QJsonObject> restProduct(const QJsonObject &node, const QJsonArray &variants, QString *error);
/// The variant nodes of a Product node's `variants` connection (`nodes` or `edges[].node`).
QJsonArray variantNodes(const QJsonObject &productNode);

/// What a REST-shaped product payload (as mappings write it) becomes in GraphQL.
struct ProductWrite
{
    QJsonObject input; ///< ProductInput without variants (title, descriptionHtml, vendor, ...)
    /// The payload's variants as REST objects (sku, price, compare_at_price, barcode, title).
    QJsonArray variants;
};

/**
 * Translates a REST product payload: title, body_html, vendor, product_type, status, tags
 * (text "a, b" or a list), handle, variants[] (sku, price, compare_at_price, barcode, title).
 * nullopt and `error` naming the fields when the payload holds one that LedgerLink does not
 * write through GraphQL (nothing is sent then), or a value of the wrong type.
 */
std::optional<ProductWrite> productWrite(const QJsonObject &payload, QString *error);
/// A REST variant payload as a ProductVariantInput for productCreate (sku, price, barcode,
/// compareAtPrice, options: [title]).
QJsonObject createVariantInput(const QJsonObject &variant);
/// A REST variant payload as a ProductVariantsBulkInput for the variant `variantGid`; empty
/// when the payload changes nothing that the bulk update writes.
QJsonObject updateVariantInput(const QJsonObject &variant, const QString &variantGid);

/// A mutation payload's userErrors as "field: message; ..."; "" when there are none.
QString userErrorText(const QJsonObject &payload);

/// The leaky bucket of a GraphQL answer (`extensions.cost`).
struct Cost
{
    int requested = -1; ///< -1: the answer carried no cost
    int actual = -1; ///< -1: not charged (a throttled query)
    int maximumAvailable = 0;
    int currentlyAvailable = 0;
    int restoreRate = 0; ///< points per second
};
/// The cost of a GraphQL answer body, or nullopt when it has none.
std::optional<Cost> costOf(const QJsonObject &body);
/// Seconds (at least 1) until the bucket holds `cost.requested` points again.
int secondsUntilAffordable(const Cost &cost);

} // namespace LedgerLink::Connectors::ShopifyGraphQl
