#include "connectors/shopify/shopifygraphql.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::ShopifyGraphQl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

const QString variantFields = u"id legacyResourceId sku title barcode price compareAtPrice inventoryQuantity "
                              u"createdAt updatedAt inventoryItem { id legacyResourceId }"_s;
const QString productFields =
    u"id legacyResourceId title descriptionHtml vendor productType status tags handle createdAt updatedAt"_s;

/// The fragment every product read selects (products page, one product, a variant's product,
/// mutation answers).
QString productFragment()
{
    return u"fragment LedgerLinkProductFields on Product { "_s + productFields + u" variants(first: "_s
        + QString::number(variantsPerProduct) + u") { nodes { "_s + variantFields
        + u" } pageInfo { hasNextPage endCursor } } }"_s;
}

// Costs by Shopify's documented rules (objects 1, scalars 0, connections 2 + first x node).
constexpr int variantNodeCost = 1 + 1; // the variant and its inventoryItem
constexpr int productNodeCost = 1 + (2 + variantsPerProduct * variantNodeCost) + 1; // + pageInfo

/// A GraphQL string literal (JSON's escaping is GraphQL's).
QString stringLiteral(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// A gid's number as a JSON integer (exact: Qt keeps integral JSON numbers as qint64).
QJsonValue numberOf(const QString &type, const QJsonValue &gidValue, const QString &path, QString *error)
{
    const std::optional<QString> id = idOfGid(type, gidValue.toString());
    bool ok = false;
    const qint64 number = id ? id->toLongLong(&ok) : 0;
    if (!ok) {
        if (error && error->isEmpty())
            *error = Text::tr("The Shopify GraphQL field %1 is \"%2\", not a %3 id.")
                         .arg(path, gidValue.toVariant().toString(), type);
        return {};
    }
    return QJsonValue(number);
}

void copy(QJsonObject &to, const QString &toKey, const QJsonObject &from, const QString &fromKey)
{
    if (from.contains(fromKey))
        to.insert(toKey, from.value(fromKey));
}

} // namespace

QString productsPageQuery()
{
    return u"query LedgerLinkProducts($first: Int!, $after: String, $query: String) { "
           u"products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) { "
           u"nodes { ...LedgerLinkProductFields } pageInfo { hasNextPage endCursor } } } "_s
        + productFragment();
}

QString productQuery()
{
    return u"query LedgerLinkProduct($id: ID!) { product(id: $id) { ...LedgerLinkProductFields } } "_s
        + productFragment();
}

QString variantsBySkuQuery()
{
    return u"query LedgerLinkVariantsBySku($query: String!) { productVariants(first: 2, query: $query) { "
           u"nodes { id sku product { ...LedgerLinkProductFields } } } } "_s
        + productFragment();
}

QString variantsPageQuery()
{
    return u"query LedgerLinkProductVariants($id: ID!, $after: String) { product(id: $id) { "
           u"variants(first: 100, after: $after) { nodes { "_s
        + variantFields + u" } pageInfo { hasNextPage endCursor } } } }"_s;
}

QString bulkProductsQuery(const QString &search)
{
    const QString arguments = search.isEmpty() ? QString() : u"(query: "_s + stringLiteral(search) + u')';
    return u"{ products"_s + arguments + u" { edges { node { "_s + productFields
        + u" variants { edges { node { "_s + variantFields + u" } } } } } } }"_s;
}

QString bulkRunMutation()
{
    return u"mutation LedgerLinkBulkProducts($query: String!) { bulkOperationRunQuery(query: $query) { "
           u"bulkOperation { id status } userErrors { field message } } }"_s;
}

QString bulkStatusQuery()
{
    return u"query LedgerLinkBulkStatus { currentBulkOperation { id status errorCode objectCount "
           u"rootObjectCount url } }"_s;
}

QString productCreateMutation()
{
    return u"mutation LedgerLinkProductCreate($input: ProductInput!) { productCreate(input: $input) { "
           u"product { ...LedgerLinkProductFields } userErrors { field message } } } "_s
        + productFragment();
}

QString productUpdateMutation()
{
    return u"mutation LedgerLinkProductUpdate($input: ProductInput!) { productUpdate(input: $input) { "
           u"product { ...LedgerLinkProductFields } userErrors { field message } } } "_s
        + productFragment();
}

QString variantsBulkUpdateMutation()
{
    return u"mutation LedgerLinkVariantsUpdate($productId: ID!, $variants: [ProductVariantsBulkInput!]!) { "
           u"productVariantsBulkUpdate(productId: $productId, variants: $variants) { "
           u"product { ...LedgerLinkProductFields } userErrors { field message } } } "_s
        + productFragment();
}

int productsPageCost(int first)
{
    return 2 + first * productNodeCost + 1;
}

int productsPerPage(int pageSize)
{
    int first = std::max(1, pageSize);
    while (first > 1 && productsPageCost(first) > maxQueryCost)
        --first;
    return first;
}

QString gid(const QString &type, const QString &id)
{
    return u"gid://shopify/"_s + type + u'/' + id;
}

std::optional<QString> idOfGid(const QString &type, const QString &gid)
{
    const QString prefix = u"gid://shopify/"_s + type + u'/';
    if (!gid.startsWith(prefix))
        return std::nullopt;
    QString id = gid.mid(prefix.size());
    id.truncate(id.indexOf(u'?') < 0 ? id.size() : id.indexOf(u'?')); // "...?inventory_item_id=…"
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    if (!digits.match(id).hasMatch())
        return std::nullopt;
    return id;
}

QString updatedSinceSearch(const QString &isoUtc)
{
    return u"updated_at:>='"_s + isoUtc + u'\'';
}

QString skuSearch(const QString &sku)
{
    QString escaped = sku;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u"sku:\""_s + escaped + u'"';
}

QJsonArray variantNodes(const QJsonObject &productNode)
{
    const QJsonObject connection = productNode.value(u"variants"_s).toObject();
    if (connection.contains(u"nodes"_s))
        return connection.value(u"nodes"_s).toArray();
    QJsonArray nodes;
    for (const QJsonValue &edge : connection.value(u"edges"_s).toArray())
        nodes.append(edge.toObject().value(u"node"_s));
    return nodes;
}

std::optional<QJsonObject> restProduct(const QJsonObject &node, const QJsonArray &variants, QString *error)
{
    QString problem;
    QJsonObject product;
    const QJsonValue productId = numberOf(u"Product"_s, node.value(u"id"_s), u"id"_s, &problem);
    product.insert(u"id"_s, productId);
    product.insert(u"admin_graphql_api_id"_s, node.value(u"id"_s));
    copy(product, u"title"_s, node, u"title"_s);
    copy(product, u"body_html"_s, node, u"descriptionHtml"_s);
    copy(product, u"vendor"_s, node, u"vendor"_s);
    copy(product, u"product_type"_s, node, u"productType"_s);
    copy(product, u"handle"_s, node, u"handle"_s);
    if (node.contains(u"status"_s))
        product.insert(u"status"_s, node.value(u"status"_s).toString().toLower());
    if (node.contains(u"tags"_s)) {
        QStringList tags;
        for (const QJsonValue &tag : node.value(u"tags"_s).toArray())
            tags.append(tag.toString());
        product.insert(u"tags"_s, tags.join(u", "_s));
    }
    copy(product, u"created_at"_s, node, u"createdAt"_s);
    copy(product, u"updated_at"_s, node, u"updatedAt"_s);

    QJsonArray restVariants;
    const QJsonArray nodes = variants.isEmpty() ? variantNodes(node) : variants;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject variantNode = nodes.at(i).toObject();
        const QString path = u"variants["_s + QString::number(i) + u']';
        QJsonObject variant;
        variant.insert(u"id"_s,
                       numberOf(u"ProductVariant"_s, variantNode.value(u"id"_s), path + u".id"_s, &problem));
        variant.insert(u"admin_graphql_api_id"_s, variantNode.value(u"id"_s));
        variant.insert(u"product_id"_s, productId);
        copy(variant, u"sku"_s, variantNode, u"sku"_s);
        copy(variant, u"title"_s, variantNode, u"title"_s);
        copy(variant, u"barcode"_s, variantNode, u"barcode"_s);
        copy(variant, u"price"_s, variantNode, u"price"_s);
        copy(variant, u"compare_at_price"_s, variantNode, u"compareAtPrice"_s);
        copy(variant, u"inventory_quantity"_s, variantNode, u"inventoryQuantity"_s);
        const QJsonObject item = variantNode.value(u"inventoryItem"_s).toObject();
        if (!item.isEmpty())
            variant.insert(
                u"inventory_item_id"_s,
                numberOf(u"InventoryItem"_s, item.value(u"id"_s), path + u".inventoryItem.id"_s, &problem));
        copy(variant, u"created_at"_s, variantNode, u"createdAt"_s);
        copy(variant, u"updated_at"_s, variantNode, u"updatedAt"_s);
        restVariants.append(variant);
    }
    product.insert(u"variants"_s, restVariants);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return product;
}

std::optional<ProductWrite> productWrite(const QJsonObject &payload, QString *error)
{
    static const QList<std::pair<QString, QString>> productKeys = {
        {u"title"_s, u"title"_s},   {u"body_html"_s, u"descriptionHtml"_s},
        {u"vendor"_s, u"vendor"_s}, {u"product_type"_s, u"productType"_s},
        {u"handle"_s, u"handle"_s}, {u"status"_s, u"status"_s},
        {u"tags"_s, u"tags"_s},     {u"variants"_s, QString()},
        {u"id"_s, QString()},       {u"admin_graphql_api_id"_s, QString()},
    };
    static const QStringList variantKeys = {
        u"sku"_s,   u"price"_s, u"compare_at_price"_s,     u"barcode"_s,
        u"title"_s, u"id"_s,    u"admin_graphql_api_id"_s, u"product_id"_s};
    QStringList unsupported;
    QStringList wrongType;
    ProductWrite write;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const auto known = std::find_if(productKeys.begin(), productKeys.end(),
                                        [&it](const auto &key) { return key.first == it.key(); });
        if (known == productKeys.end()) {
            unsupported.append(it.key());
            continue;
        }
        if (known->second.isEmpty())
            continue; // variants below; ids are the connector's business
        QJsonValue value = it.value();
        if (it.key() == u"tags"_s) {
            QJsonArray tags;
            if (value.isString()) {
                for (const QString &tag : value.toString().split(u',', Qt::SkipEmptyParts))
                    if (!tag.trimmed().isEmpty())
                        tags.append(tag.trimmed());
            } else if (value.isArray()) {
                tags = value.toArray();
            } else if (!value.isNull()) {
                wrongType.append(it.key());
            }
            value = tags;
        } else if (it.key() == u"status"_s) {
            if (!value.isString())
                wrongType.append(it.key());
            value = value.toString().toUpper();
        } else if (!value.isString() && !value.isNull()) {
            wrongType.append(it.key());
        }
        write.input.insert(known->second, value);
    }
    const QJsonValue variants = payload.value(u"variants"_s);
    if (!variants.isUndefined() && !variants.isNull() && !variants.isArray())
        wrongType.append(u"variants"_s);
    const QJsonArray variantList = variants.toArray();
    for (qsizetype i = 0; i < variantList.size(); ++i) {
        const QJsonObject variant = variantList.at(i).toObject();
        for (auto it = variant.begin(); it != variant.end(); ++it) {
            const QString path = u"variants["_s + QString::number(i) + u"]."_s + it.key();
            if (!variantKeys.contains(it.key()))
                unsupported.append(path);
            else if (!it.value().isString() && !it.value().isDouble() && !it.value().isNull())
                wrongType.append(path);
        }
        write.variants.append(variant);
    }
    if (!unsupported.isEmpty() || !wrongType.isEmpty()) {
        if (error) {
            QStringList parts;
            if (!unsupported.isEmpty())
                parts.append(Text::tr("LedgerLink does not write the Shopify product fields %1 (GraphQL "
                                      "productCreate/productUpdate/productVariantsBulkUpdate)")
                                 .arg(unsupported.join(u", "_s)));
            if (!wrongType.isEmpty())
                parts.append(
                    Text::tr("the Shopify product fields %1 hold a value of the wrong type (text expected)")
                        .arg(wrongType.join(u", "_s)));
            *error = parts.join(u"; "_s) + u'.';
        }
        return std::nullopt;
    }
    return write;
}

namespace {

/// A money value of a REST variant payload as GraphQL Money (decimal text). A JSON number is
/// written back as the shortest text that reads as the same number, which is how JSON wrote it
/// ("19.9"), as the REST API would have received it; never rounded here.
QJsonValue moneyText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value;
}

} // namespace

QJsonObject createVariantInput(const QJsonObject &variant)
{
    QJsonObject input;
    copy(input, u"sku"_s, variant, u"sku"_s);
    copy(input, u"barcode"_s, variant, u"barcode"_s);
    if (variant.contains(u"price"_s))
        input.insert(u"price"_s, moneyText(variant.value(u"price"_s)));
    if (variant.contains(u"compare_at_price"_s))
        input.insert(u"compareAtPrice"_s, moneyText(variant.value(u"compare_at_price"_s)));
    const QString title = variant.value(u"title"_s).toString();
    if (!title.isEmpty())
        input.insert(u"options"_s, QJsonArray{title});
    return input;
}

QJsonObject updateVariantInput(const QJsonObject &variant, const QString &variantGid)
{
    QJsonObject input;
    copy(input, u"barcode"_s, variant, u"barcode"_s);
    if (variant.contains(u"price"_s))
        input.insert(u"price"_s, moneyText(variant.value(u"price"_s)));
    if (variant.contains(u"compare_at_price"_s))
        input.insert(u"compareAtPrice"_s, moneyText(variant.value(u"compare_at_price"_s)));
    if (input.isEmpty())
        return input;
    input.insert(u"id"_s, variantGid);
    return input;
}

QString userErrorText(const QJsonObject &payload)
{
    QStringList parts;
    for (const QJsonValue &value : payload.value(u"userErrors"_s).toArray()) {
        const QJsonObject userError = value.toObject();
        QStringList field;
        for (const QJsonValue &part : userError.value(u"field"_s).toArray())
            field.append(part.isString() ? part.toString() : QString::number(part.toInteger()));
        const QString message = userError.value(u"message"_s).toString();
        parts.append(field.isEmpty() ? message : field.join(u'.') + u": "_s + message);
    }
    return parts.join(u"; "_s);
}

std::optional<Cost> costOf(const QJsonObject &body)
{
    const QJsonObject cost = body.value(u"extensions"_s).toObject().value(u"cost"_s).toObject();
    if (cost.isEmpty())
        return std::nullopt;
    const QJsonObject throttle = cost.value(u"throttleStatus"_s).toObject();
    // Points are whole numbers that Shopify writes as 1000.0: rounded, they are exact.
    const auto points = [](const QJsonValue &value) {
        return int(std::lround(value.toDouble(-1)));
    };
    Cost result;
    result.requested = points(cost.value(u"requestedQueryCost"_s));
    result.actual = cost.value(u"actualQueryCost"_s).isNull() ? -1 : points(cost.value(u"actualQueryCost"_s));
    result.maximumAvailable = points(throttle.value(u"maximumAvailable"_s));
    result.currentlyAvailable = points(throttle.value(u"currentlyAvailable"_s));
    result.restoreRate = points(throttle.value(u"restoreRate"_s));
    return result;
}

int secondsUntilAffordable(const Cost &cost)
{
    if (cost.restoreRate <= 0)
        return 1;
    const int missing = std::max(0, cost.requested - cost.currentlyAvailable);
    return std::max(1, (missing + cost.restoreRate - 1) / cost.restoreRate);
}

} // namespace LedgerLink::Connectors::ShopifyGraphQl
