#include "sandbox/storegraphql.h"

#include "model/decimal.h"
#include "sandbox/graphqlexecutor.h"
#include "sandbox/sandboxdb.h"
#include "sandbox/storesearch.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

using namespace Graphql;

namespace {

/// Shopify's single query limit.
constexpr qint64 maxQueryCost = 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString gid(const QString &kind, qint64 id)
{
    return u"gid://shopify/"_s + kind + u'/' + QString::number(id);
}

/// The number inside "gid://shopify/<kind>/<n>", or 0.
qint64 gidNumber(const QJsonValue &value, const QString &kind)
{
    const QString prefix = u"gid://shopify/"_s + kind + u'/';
    const QString text = value.toString();
    if (!text.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(text).mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QJsonValue utcTime(const QJsonValue &rest)
{
    const QDateTime time = QDateTime::fromString(rest.toString(), Qt::ISODate);
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

/// Money as the REST documents keep it: a decimal string with its cents.
QJsonValue money(const QJsonValue &value)
{
    const auto decimal = Model::Decimal::fromJson(value);
    return decimal ? QJsonValue(decimal->rounded(2, Model::RoundingMode::HalfEven).toString()) : QJsonValue();
}

QJsonObject userError(const QJsonValue &field, const QString &message)
{
    return QJsonObject{{u"field"_s, field}, {u"message"_s, message}};
}

Object productObject(const QJsonObject &product)
{
    const qint64 id = product.value(u"id"_s).toInteger();
    QJsonArray tags;
    for (const QString &tag : product.value(u"tags"_s).toString().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    const QJsonObject fields{
        {u"id"_s, gid(u"Product"_s, id)},
        {u"legacyResourceId"_s, QString::number(id)},
        {u"title"_s, product.value(u"title"_s).toString()},
        {u"descriptionHtml"_s, product.value(u"body_html"_s).toString()},
        {u"vendor"_s, product.value(u"vendor"_s).toString()},
        {u"productType"_s, product.value(u"product_type"_s).toString()},
        {u"status"_s, product.value(u"status"_s).toString(u"active"_s).toUpper()},
        {u"tags"_s, tags},
        {u"handle"_s, product.value(u"handle"_s).toString()},
        {u"createdAt"_s, utcTime(product.value(u"created_at"_s))},
        {u"updatedAt"_s, utcTime(product.value(u"updated_at"_s))},
    };
    return Object{u"Product"_s, fields, product, {}};
}

Object variantObject(const QJsonObject &variant, const QJsonObject &product)
{
    const qint64 id = variant.value(u"id"_s).toInteger();
    const QJsonValue compareAt = variant.value(u"compare_at_price"_s);
    const QJsonValue created =
        variant.contains(u"created_at"_s) ? variant.value(u"created_at"_s) : product.value(u"created_at"_s);
    const QJsonObject fields{
        {u"id"_s, gid(u"ProductVariant"_s, id)},
        {u"legacyResourceId"_s, QString::number(id)},
        {u"sku"_s, variant.value(u"sku"_s).isString() ? variant.value(u"sku"_s) : QJsonValue()},
        {u"title"_s, variant.value(u"title"_s).toString()},
        {u"barcode"_s, variant.value(u"barcode"_s).isString() ? variant.value(u"barcode"_s) : QJsonValue()},
        {u"price"_s, money(variant.value(u"price"_s))},
        {u"compareAtPrice"_s,
         compareAt.isNull() || compareAt.isUndefined() ? QJsonValue() : money(compareAt)},
        {u"inventoryQuantity"_s, variant.value(u"inventory_quantity"_s).toInteger()},
        {u"createdAt"_s, utcTime(created)},
        {u"updatedAt"_s, utcTime(variant.value(u"updated_at"_s))},
    };
    return Object{u"ProductVariant"_s, fields, variant, product};
}

/// A mutation payload: the parts its fields resolve from.
Object payload(const QString &type, const QJsonValue &product, const QJsonArray &userErrors,
               const QJsonValue &variants = {})
{
    return Object{
        type,
        {},
        QJsonObject{{u"product"_s, product}, {u"userErrors"_s, userErrors}, {u"variants"_s, variants}},
        {}};
}

/// Calls `visit` with each product document in id order, read as a stream.
template<typename Visitor>
bool eachProduct(SandboxDb &db, Visitor visit)
{
    auto query = db.exec(u"SELECT doc FROM products ORDER BY id"_s);
    if (!query)
        return false;
    while (query->next())
        visit(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
    return true;
}

} // namespace

StoreGraphql::StoreGraphql(StoreGraphqlHost &host)
    : m_host(host)
    , m_schema(std::make_unique<Schema>())
{
    buildSchema();
    buildMutations();
}

StoreGraphql::~StoreGraphql() = default;

void StoreGraphql::buildSchema()
{
    Schema &schema = *m_schema;
    schema.addScalar(u"DateTime"_s, ScalarKind::String);
    schema.addScalar(u"HTML"_s, ScalarKind::String);
    schema.addScalar(u"URL"_s, ScalarKind::String);
    schema.addScalar(u"UnsignedInt64"_s, ScalarKind::String);
    schema.addScalar(u"Money"_s, ScalarKind::Decimal);
    schema.addEnum(u"ProductStatus"_s, {u"ACTIVE"_s, u"ARCHIVED"_s, u"DRAFT"_s});
    schema.addEnum(u"ProductSortKeys"_s, {u"ID"_s, u"TITLE"_s, u"UPDATED_AT"_s});
    schema.addEnum(u"CurrencyCode"_s, {u"EUR"_s});
    schema.addEnum(u"BulkOperationType"_s, {u"QUERY"_s, u"MUTATION"_s});
    schema.addEnum(u"BulkOperationStatus"_s,
                   {u"CANCELED"_s, u"CANCELING"_s, u"COMPLETED"_s, u"CREATED"_s, u"EXPIRED"_s, u"FAILED"_s,
                    u"RUNNING"_s});
    schema.addEnum(u"BulkOperationErrorCode"_s,
                   {u"ACCESS_DENIED"_s, u"INTERNAL_SERVER_ERROR"_s, u"TIMEOUT"_s});

    const QList<InputValueDef> page{{u"first"_s, u"Int"_s}, {u"after"_s, u"String"_s}};
    schema.addObject(u"Shop"_s, {{u"name"_s, u"String!"_s}, {u"currencyCode"_s, u"CurrencyCode!"_s}});
    schema.addObject(u"UserError"_s, {{u"field"_s, u"[String!]"_s}, {u"message"_s, u"String!"_s}});
    schema.addObject(
        u"InventoryItem"_s,
        {{u"id"_s, u"ID!"_s}, {u"legacyResourceId"_s, u"UnsignedInt64!"_s}, {u"sku"_s, u"String"_s}});
    schema.addObject(
        u"Product"_s,
        {
            {u"id"_s, u"ID!"_s},
            {u"legacyResourceId"_s, u"UnsignedInt64!"_s},
            {u"title"_s, u"String!"_s},
            {u"descriptionHtml"_s, u"HTML!"_s},
            {u"vendor"_s, u"String!"_s},
            {u"productType"_s, u"String!"_s},
            {u"status"_s, u"ProductStatus!"_s},
            {u"tags"_s, u"[String!]!"_s},
            {u"handle"_s, u"String!"_s},
            {u"createdAt"_s, u"DateTime!"_s},
            {u"updatedAt"_s, u"DateTime!"_s},
            {u"variants"_s, u"ProductVariantConnection!"_s, page,
             [](const Object &parent, const QJsonObject &arguments, QString *error) -> Resolved {
                 QList<PageRow> rows;
                 const QJsonArray variants = parent.source.value(u"variants"_s).toArray();
                 for (qsizetype i = 0; i < variants.size(); ++i) {
                     const QJsonObject variant = variants.at(i).toObject();
                     rows.append(PageRow{
                         variant.value(u"id"_s).toInteger(), i, {}, variantObject(variant, parent.source)});
                 }
                 return pageOf(rows, u"POSITION"_s, false, arguments, error);
             }},
        });
    schema.addObject(u"ProductVariant"_s,
                     {
                         {u"id"_s, u"ID!"_s},
                         {u"legacyResourceId"_s, u"UnsignedInt64!"_s},
                         {u"sku"_s, u"String"_s},
                         {u"title"_s, u"String!"_s},
                         {u"barcode"_s, u"String"_s},
                         {u"price"_s, u"Money!"_s},
                         {u"compareAtPrice"_s, u"Money"_s},
                         {u"inventoryQuantity"_s, u"Int"_s},
                         {u"createdAt"_s, u"DateTime!"_s},
                         {u"updatedAt"_s, u"DateTime!"_s},
                         {u"product"_s,
                          u"Product!"_s,
                          {},
                          [](const Object &parent, const QJsonObject &, QString *) -> Resolved {
                              return productObject(parent.owner);
                          }},
                         {u"inventoryItem"_s,
                          u"InventoryItem!"_s,
                          {},
                          [](const Object &parent, const QJsonObject &, QString *) -> Resolved {
                              const qint64 item = parent.source.value(u"inventory_item_id"_s).toInteger();
                              if (item <= 0)
                                  return std::monostate();
                              return Object{u"InventoryItem"_s,
                                            {{u"id"_s, gid(u"InventoryItem"_s, item)},
                                             {u"legacyResourceId"_s, QString::number(item)},
                                             {u"sku"_s, parent.fields.value(u"sku"_s)}},
                                            {},
                                            {}};
                          }},
                     });
    schema.addConnection(u"Product"_s);
    schema.addConnection(u"ProductVariant"_s);
    schema.addObject(u"BulkOperation"_s,
                     {
                         {u"id"_s, u"ID!"_s},
                         {u"status"_s, u"BulkOperationStatus!"_s},
                         {u"errorCode"_s, u"BulkOperationErrorCode"_s},
                         {u"objectCount"_s, u"UnsignedInt64!"_s},
                         {u"rootObjectCount"_s, u"UnsignedInt64!"_s},
                         {u"fileSize"_s, u"UnsignedInt64"_s},
                         {u"url"_s, u"URL"_s},
                         {u"partialDataUrl"_s, u"URL"_s},
                         {u"createdAt"_s, u"DateTime!"_s},
                         {u"completedAt"_s, u"DateTime"_s},
                         {u"query"_s, u"String!"_s},
                         {u"type"_s, u"BulkOperationType!"_s},
                     });

    const QStringList readProducts{u"read_products"_s, u"write_products"_s};
    schema.addObject(
        u"QueryRoot"_s,
        {
            {u"shop"_s,
             u"Shop!"_s,
             {},
             [](const Object &, const QJsonObject &, QString *) -> Resolved {
                 return Object{
                     u"Shop"_s, {{u"name"_s, u"Sandbox Shop"_s}, {u"currencyCode"_s, u"EUR"_s}}, {}, {}};
             }},
            {u"products"_s,
             u"ProductConnection!"_s,
             {{u"first"_s, u"Int"_s},
              {u"after"_s, u"String"_s},
              {u"query"_s, u"String"_s},
              {u"sortKey"_s, u"ProductSortKeys"_s, u"ID"_s},
              {u"reverse"_s, u"Boolean"_s, false}},
             [this](const Object &, const QJsonObject &arguments, QString *error) -> Resolved {
                 return productsPage(arguments, error);
             },
             readProducts},
            {u"product"_s,
             u"Product"_s,
             {{u"id"_s, u"ID!"_s}},
             [this](const Object &, const QJsonObject &arguments, QString *) -> Resolved {
                 const auto product = loadProduct(gidNumber(arguments.value(u"id"_s), u"Product"_s));
                 return product ? Resolved(productObject(*product)) : Resolved();
             },
             readProducts},
            {u"productVariants"_s, u"ProductVariantConnection!"_s,
             page + QList<InputValueDef>{{u"query"_s, u"String"_s}},
             [this](const Object &, const QJsonObject &arguments, QString *error) -> Resolved {
                 return variantsPage(arguments, error);
             },
             readProducts},
            {u"currentBulkOperation"_s,
             u"BulkOperation"_s,
             {{u"type"_s, u"BulkOperationType"_s, u"QUERY"_s}},
             [this](const Object &, const QJsonObject &arguments, QString *) -> Resolved {
                 bool exists = false;
                 Object operation = currentBulkOperation(arguments, &exists);
                 return exists ? Resolved(operation) : Resolved();
             }},
        });
}

void StoreGraphql::buildMutations()
{
    Schema &schema = *m_schema;
    schema.addInput(u"ProductVariantInput"_s,
                    {{u"sku"_s, u"String"_s},
                     {u"price"_s, u"Money"_s},
                     {u"barcode"_s, u"String"_s},
                     {u"compareAtPrice"_s, u"Money"_s},
                     {u"options"_s, u"[String!]"_s}});
    schema.addInput(u"ProductInput"_s,
                    {{u"id"_s, u"ID"_s},
                     {u"title"_s, u"String"_s},
                     {u"descriptionHtml"_s, u"String"_s},
                     {u"vendor"_s, u"String"_s},
                     {u"productType"_s, u"String"_s},
                     {u"status"_s, u"ProductStatus"_s},
                     {u"tags"_s, u"[String!]"_s},
                     {u"handle"_s, u"String"_s},
                     {u"variants"_s, u"[ProductVariantInput!]"_s}});
    schema.addInput(u"ProductVariantsBulkInput"_s,
                    {{u"id"_s, u"ID"_s},
                     {u"price"_s, u"Money"_s},
                     {u"compareAtPrice"_s, u"Money"_s},
                     {u"barcode"_s, u"String"_s}});

    // The payloads resolve from Object::source: {"product", "variants", "userErrors",
    // "bulkOperation"} (see payload()).
    const FieldDef productField{
        u"product"_s, u"Product"_s, {}, [](const Object &parent, const QJsonObject &, QString *) -> Resolved {
            const QJsonValue product = parent.source.value(u"product"_s);
            return product.isObject() ? Resolved(productObject(product.toObject())) : Resolved();
        }};
    const FieldDef userErrorsField{u"userErrors"_s,
                                   u"[UserError!]!"_s,
                                   {},
                                   [](const Object &parent, const QJsonObject &, QString *) -> Resolved {
                                       QList<Object> errors;
                                       for (const QJsonValue &error :
                                            parent.source.value(u"userErrors"_s).toArray())
                                           errors.append(Object{u"UserError"_s, error.toObject(), {}, {}});
                                       return errors;
                                   }};
    schema.addObject(u"ProductCreatePayload"_s, {productField, userErrorsField});
    schema.addObject(u"ProductUpdatePayload"_s, {productField, userErrorsField});
    schema.addObject(u"ProductVariantsBulkUpdatePayload"_s,
                     {productField, userErrorsField,
                      FieldDef{u"productVariants"_s,
                               u"[ProductVariant!]"_s,
                               {},
                               [](const Object &parent, const QJsonObject &, QString *) -> Resolved {
                                   if (!parent.source.value(u"variants"_s).isArray())
                                       return std::monostate();
                                   QList<Object> variants;
                                   const QJsonObject product = parent.source.value(u"product"_s).toObject();
                                   for (const QJsonValue &variant :
                                        parent.source.value(u"variants"_s).toArray())
                                       variants.append(variantObject(variant.toObject(), product));
                                   return variants;
                               }}});
    schema.addObject(u"BulkOperationRunQueryPayload"_s,
                     {userErrorsField,
                      FieldDef{u"bulkOperation"_s,
                               u"BulkOperation"_s,
                               {},
                               [](const Object &parent, const QJsonObject &, QString *) -> Resolved {
                                   const QJsonValue bulk = parent.source.value(u"bulkOperation"_s);
                                   if (!bulk.isObject())
                                       return std::monostate();
                                   return Object{u"BulkOperation"_s, bulk.toObject(), {}, {}};
                               }}});

    const QStringList writeProducts{u"write_products"_s};
    schema.addObject(u"Mutation"_s,
                     {
                         {u"productCreate"_s,
                          u"ProductCreatePayload"_s,
                          {{u"input"_s, u"ProductInput!"_s}},
                          [this](const Object &, const QJsonObject &arguments, QString *error) -> Resolved {
                              return productCreate(arguments.value(u"input"_s).toObject(), error);
                          },
                          writeProducts},
                         {u"productUpdate"_s,
                          u"ProductUpdatePayload"_s,
                          {{u"input"_s, u"ProductInput!"_s}},
                          [this](const Object &, const QJsonObject &arguments, QString *error) -> Resolved {
                              return productUpdate(arguments.value(u"input"_s).toObject(), error);
                          },
                          writeProducts},
                         {u"productVariantsBulkUpdate"_s,
                          u"ProductVariantsBulkUpdatePayload"_s,
                          {{u"productId"_s, u"ID!"_s}, {u"variants"_s, u"[ProductVariantsBulkInput!]!"_s}},
                          [this](const Object &, const QJsonObject &arguments, QString *error) -> Resolved {
                              return variantsBulkUpdate(arguments, error);
                          },
                          writeProducts},
                         {u"bulkOperationRunQuery"_s,
                          u"BulkOperationRunQueryPayload"_s,
                          {{u"query"_s, u"String!"_s}},
                          [this](const Object &, const QJsonObject &arguments, QString *) -> Resolved {
                              return bulkRunQuery(arguments.value(u"query"_s).toString());
                          }},
                     });
}

std::optional<StoreGraphql::Request> StoreGraphql::readRequest(const QByteArray &body,
                                                               const QByteArray &contentType)
{
    Request request;
    if (contentType.startsWith("application/graphql")) {
        request.query = QString::fromUtf8(body);
        return request;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!json.value(u"query"_s).isString())
        return std::nullopt;
    request.query = json.value(u"query"_s).toString();
    request.variables = json.value(u"variables"_s).toObject();
    request.operationName = json.value(u"operationName"_s).toString();
    return request;
}

bool StoreGraphql::isMutation(const QByteArray &body, const QByteArray &contentType)
{
    const auto request = readRequest(body, contentType);
    if (!request)
        return false;
    const auto parsed = parseDocument(request->query);
    const auto *document = std::get_if<Document>(&parsed);
    if (!document)
        return false;
    for (const Operation &operation : document->operations) {
        if (request->operationName.isEmpty() || operation.name == request->operationName) {
            if (operation.kind == u"mutation")
                return true;
        }
    }
    return false;
}

GraphqlAnswer StoreGraphql::answer(const QByteArray &body, const QByteArray &contentType,
                                   const QStringList &scopes, const std::function<bool(qint64)> &admit)
{
    GraphqlAnswer result;
    const auto request = readRequest(body, contentType);
    if (!request) {
        result.status = 400;
        result.body = {{u"errors"_s, QJsonObject{{u"query"_s, u"Required parameter missing or invalid"_s}}}};
        return result;
    }
    const auto parsed = parseDocument(request->query);
    if (const auto *syntax = std::get_if<SyntaxError>(&parsed)) {
        result.body = {{u"errors"_s, QJsonArray{errorObject(syntax->message, syntax->location)}}};
        return result;
    }
    const Document &document = std::get<Document>(parsed);
    Executor executor(*m_schema, document);
    const bool prepared = executor.prepare(request->operationName, request->variables);
    result.requestedCost = executor.requestedCost();
    if (!prepared) {
        result.body = {{u"errors"_s, executor.errors()}};
        return result;
    }
    if (result.requestedCost > maxQueryCost) {
        const QString cost = QString::number(result.requestedCost);
        result.body = {
            {u"errors"_s,
             QJsonArray{errorObject(
                 u"Query cost is "_s + cost + u", which exceeds the single query max cost limit ("_s
                     + QString::number(maxQueryCost) + u")."_s,
                 {}, {},
                 {{u"code"_s, u"MAX_COST_EXCEEDED"_s},
                  {u"cost"_s, result.requestedCost},
                  {u"maxCost"_s, maxQueryCost},
                  {u"documentation"_s, u"https://shopify.dev/api/usage/rate-limits"_s}})}}};
        return result;
    }
    if (const QJsonArray denied = executor.accessErrors(scopes); !denied.isEmpty()) {
        result.body = {{u"errors"_s, denied}};
        return result;
    }
    if (!admit(result.requestedCost)) {
        result.body = {{u"errors"_s,
                        QJsonArray{errorObject(
                            u"Throttled"_s, {}, {},
                            {{u"code"_s, u"THROTTLED"_s},
                             {u"documentation"_s, u"https://shopify.dev/api/usage/rate-limits"_s}})}}};
        return result;
    }

    m_scopes = scopes;
    m_events.clear();
    m_writeFailed = false;
    SandboxDb &db = m_host.storeDatabase();
    // A mutation's writes go in one transaction; webhooks follow its commit.
    const bool mutation = executor.isMutation();
    if (mutation)
        db.begin();
    qint64 actualCost = 0;
    const QJsonObject data = executor.execute(&actualCost);
    result.actualCost = actualCost;
    if (mutation) {
        if (m_writeFailed || !db.commit()) {
            db.rollback();
            m_events.clear();
            result.body = {
                {u"errors"_s,
                 QJsonArray{errorObject(u"Internal error. The sandbox store could not write its database."_s,
                                        {}, {}, {{u"code"_s, u"INTERNAL_SERVER_ERROR"_s}})}}};
            return result;
        }
        for (const Event &event : std::as_const(m_events))
            m_host.productCommitted(event.topic, event.product);
        m_events.clear();
    }
    result.body.insert(u"data"_s, data);
    if (!executor.errors().isEmpty())
        result.body.insert(u"errors"_s, executor.errors());
    return result;
}

// ---- Reads ------------------------------------------------------------------------------------

std::optional<QJsonObject> StoreGraphql::loadProduct(qint64 id)
{
    if (id <= 0)
        return std::nullopt;
    auto query = m_host.storeDatabase().exec(u"SELECT doc FROM products WHERE id = ?"_s, {id});
    if (!query || !query->next())
        return std::nullopt;
    return QJsonDocument::fromJson(query->value(0).toByteArray()).object();
}

Connection StoreGraphql::productsPage(const QJsonObject &arguments, QString *error)
{
    const auto terms = parseSearch(arguments.value(u"query"_s).toString(), productSearchFields(), error);
    if (!terms)
        return {};
    const QString sort = arguments.value(u"sortKey"_s).toString(u"ID"_s);
    QList<PageRow> rows;
    const bool read = eachProduct(m_host.storeDatabase(), [&](const QJsonObject &product) {
        if (!matchesSearch(*terms, product, product, false))
            return;
        PageRow row;
        row.id = product.value(u"id"_s).toInteger();
        row.number = parseSearchTime(product.value(u"updated_at"_s).toString()).toMSecsSinceEpoch();
        row.text = product.value(u"title"_s).toString();
        row.node = productObject(product);
        rows.append(row);
    });
    if (!read) {
        *error = u"Internal error. The sandbox store could not read its database."_s;
        return {};
    }
    return pageOf(rows, sort, arguments.value(u"reverse"_s).toBool(), arguments, error);
}

Connection StoreGraphql::variantsPage(const QJsonObject &arguments, QString *error)
{
    const auto terms = parseSearch(arguments.value(u"query"_s).toString(), variantSearchFields(), error);
    if (!terms)
        return {};
    QList<PageRow> rows;
    const bool read = eachProduct(m_host.storeDatabase(), [&](const QJsonObject &product) {
        for (const QJsonValue &value : product.value(u"variants"_s).toArray()) {
            const QJsonObject variant = value.toObject();
            if (matchesSearch(*terms, variant, product, true))
                rows.append(
                    PageRow{variant.value(u"id"_s).toInteger(), 0, {}, variantObject(variant, product)});
        }
    });
    if (!read) {
        *error = u"Internal error. The sandbox store could not read its database."_s;
        return {};
    }
    return pageOf(rows, u"ID"_s, false, arguments, error);
}

Object StoreGraphql::currentBulkOperation(const QJsonObject &arguments, bool *exists)
{
    *exists = m_bulk && arguments.value(u"type"_s).toString(u"QUERY"_s) == u"QUERY";
    if (!*exists)
        return {};
    // The sandbox's clock for bulk operations is the client's polling: each read moves it on.
    if (m_bulk->status == u"CREATED")
        m_bulk->status = u"RUNNING"_s;
    else if (m_bulk->status == u"RUNNING")
        runBulk(*m_bulk);
    return bulkObject(*m_bulk);
}

// ---- Writes -----------------------------------------------------------------------------------

namespace {

/// The REST fields a ProductInput sets (variants apart).
void applyProductInput(const QJsonObject &input, QJsonObject &product)
{
    static const QList<std::pair<QString, QString>> names{{u"title"_s, u"title"_s},
                                                          {u"descriptionHtml"_s, u"body_html"_s},
                                                          {u"vendor"_s, u"vendor"_s},
                                                          {u"productType"_s, u"product_type"_s},
                                                          {u"handle"_s, u"handle"_s}};
    for (const auto &[graphql, rest] : names) {
        if (input.contains(graphql))
            product.insert(rest, input.value(graphql));
    }
    if (input.value(u"status"_s).isString())
        product.insert(u"status"_s, input.value(u"status"_s).toString().toLower());
    if (input.contains(u"tags"_s)) {
        QStringList tags;
        for (const QJsonValue &tag : input.value(u"tags"_s).toArray())
            tags.append(tag.toString().trimmed());
        product.insert(u"tags"_s, tags.join(u", "_s));
    }
}

QJsonObject restVariant(const QJsonObject &input)
{
    const QString title = input.value(u"options"_s).toArray().first().toString(u"Default Title"_s);
    QJsonObject variant{{u"title"_s, title}, {u"option1"_s, title}};
    if (input.contains(u"sku"_s))
        variant.insert(u"sku"_s, input.value(u"sku"_s));
    if (input.value(u"price"_s).isString())
        variant.insert(u"price"_s, money(input.value(u"price"_s)));
    if (input.contains(u"barcode"_s))
        variant.insert(u"barcode"_s, input.value(u"barcode"_s));
    if (input.contains(u"compareAtPrice"_s))
        variant.insert(u"compare_at_price"_s, money(input.value(u"compareAtPrice"_s)));
    return variant;
}

bool blankTitle(const QJsonObject &input)
{
    return input.contains(u"title"_s) && input.value(u"title"_s).toString().trimmed().isEmpty();
}

} // namespace

Object StoreGraphql::productCreate(const QJsonObject &input, QString *error)
{
    if (!input.contains(u"title"_s) || blankTitle(input))
        return payload(u"ProductCreatePayload"_s, QJsonValue(),
                       {userError(QJsonArray{u"title"_s}, u"Title can't be blank"_s)});
    if (input.contains(u"id"_s))
        return payload(u"ProductCreatePayload"_s, QJsonValue(),
                       {userError(QJsonArray{u"id"_s}, u"Cannot specify an id when creating a product"_s)});
    QJsonObject product;
    applyProductInput(input, product);
    if (input.value(u"variants"_s).isArray() && !input.value(u"variants"_s).toArray().isEmpty()) {
        QJsonArray variants;
        for (const QJsonValue &variant : input.value(u"variants"_s).toArray())
            variants.append(restVariant(variant.toObject()));
        product.insert(u"variants"_s, variants);
    }
    if (!m_host.createProductRecord(product)) {
        m_writeFailed = true;
        *error = u"Internal error. The sandbox store could not write its database."_s;
        return {};
    }
    m_events.append(Event{u"products/create"_s, product});
    return payload(u"ProductCreatePayload"_s, product, {});
}

Object StoreGraphql::productUpdate(const QJsonObject &input, QString *error)
{
    auto product = loadProduct(gidNumber(input.value(u"id"_s), u"Product"_s));
    if (!product)
        return payload(u"ProductUpdatePayload"_s, QJsonValue(),
                       {userError(QJsonArray{u"id"_s}, u"Product does not exist"_s)});
    if (blankTitle(input))
        return payload(u"ProductUpdatePayload"_s, QJsonValue(),
                       {userError(QJsonArray{u"title"_s}, u"Title can't be blank"_s)});
    applyProductInput(input, *product); // variants are productVariantsBulkUpdate's business
    if (!m_host.updateProductRecord(*product, {})) {
        m_writeFailed = true;
        *error = u"Internal error. The sandbox store could not write its database."_s;
        return {};
    }
    m_events.append(Event{u"products/update"_s, *product});
    return payload(u"ProductUpdatePayload"_s, *product, {});
}

Object StoreGraphql::variantsBulkUpdate(const QJsonObject &arguments, QString *error)
{
    const QString type = u"ProductVariantsBulkUpdatePayload"_s;
    auto product = loadProduct(gidNumber(arguments.value(u"productId"_s), u"Product"_s));
    if (!product)
        return payload(type, QJsonValue(),
                       {userError(QJsonArray{u"productId"_s}, u"Product does not exist"_s)});
    QJsonArray variants = product->value(u"variants"_s).toArray();
    const QJsonArray changes = arguments.value(u"variants"_s).toArray();
    QList<qint64> changed;
    QJsonArray errors;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const qint64 id = gidNumber(change.value(u"id"_s), u"ProductVariant"_s);
        const auto found = std::find_if(variants.begin(), variants.end(), [id](const QJsonValue &variant) {
            return variant.toObject().value(u"id"_s).toInteger() == id;
        });
        if (id == 0 || found == variants.end()) {
            errors.append(userError(QJsonArray{u"variants"_s, QString::number(i), u"id"_s},
                                    u"Product variant does not exist"_s));
            continue;
        }
        QJsonObject variant = found->toObject();
        if (change.value(u"price"_s).isString())
            variant.insert(u"price"_s, money(change.value(u"price"_s)));
        if (change.contains(u"compareAtPrice"_s))
            variant.insert(u"compare_at_price"_s, money(change.value(u"compareAtPrice"_s)));
        if (change.contains(u"barcode"_s))
            variant.insert(u"barcode"_s, change.value(u"barcode"_s));
        *found = variant;
        changed.append(id);
    }
    if (!errors.isEmpty())
        return payload(type, QJsonValue(), errors);
    product->insert(u"variants"_s, variants);
    if (!m_host.updateProductRecord(*product, changed)) {
        m_writeFailed = true;
        *error = u"Internal error. The sandbox store could not write its database."_s;
        return {};
    }
    m_events.append(Event{u"products/update"_s, *product});
    QJsonArray updated;
    for (const qint64 id : std::as_const(changed)) {
        for (const QJsonValue &variant : product->value(u"variants"_s).toArray()) {
            if (variant.toObject().value(u"id"_s).toInteger() == id)
                updated.append(variant);
        }
    }
    return payload(type, *product, {}, updated);
}

// ---- Bulk operations --------------------------------------------------------------------------

namespace {

/// True when a connection is selected anywhere below `sets`.
bool selectsConnection(const Executor &executor, const Schema &schema, const QString &type,
                       const QList<const SelectionSet *> &sets)
{
    for (const FieldGroup &group : executor.collect(type, sets)) {
        const FieldDef *def = schema.field(type, group.field->name);
        if (!def || schema.isLeaf(namedType(def->type)))
            continue;
        const TypeDef *target = schema.type(namedType(def->type));
        if (!target->connectionNode.isEmpty()
            || selectsConnection(executor, schema, target->name, group.subsets))
            return true;
    }
    return false;
}

/// A bulk query's shape: its root connection and the one connection nested in its nodes, if any.
struct BulkPlan
{
    FieldGroup root = {};
    const FieldDef *rootField = nullptr;
    QList<FieldGroup> nodeFields = {};
    QString nodeType = {};
    QString nestedKey = {};
    QList<FieldGroup> nestedFields = {};
    QString error = {};
};

BulkPlan planBulk(const Executor &executor, const Schema &schema)
{
    BulkPlan plan;
    const QList<FieldGroup> roots = executor.rootFields();
    const FieldDef *def =
        roots.size() == 1 ? schema.field(schema.queryType, roots.first().field->name) : nullptr;
    const TypeDef *connection = def ? schema.type(namedType(def->type)) : nullptr;
    if (!connection || connection->connectionNode.isEmpty()) {
        plan.error = u"Invalid bulk query: a bulk query selects exactly one connection at its root "
                     "(products or productVariants)"_s;
        return plan;
    }
    plan.root = roots.first();
    plan.rootField = def;
    plan.nodeType = connection->connectionNode;
    plan.nodeFields =
        executor.collect(plan.nodeType, executor.nodeSelections(connection->name, plan.root.subsets));
    for (const FieldGroup &group : std::as_const(plan.nodeFields)) {
        const FieldDef *field = schema.field(plan.nodeType, group.field->name);
        if (!field || schema.isLeaf(namedType(field->type)))
            continue;
        const TypeDef *target = schema.type(namedType(field->type));
        if (target->connectionNode.isEmpty()) {
            if (selectsConnection(executor, schema, target->name, group.subsets))
                plan.error = u"Invalid bulk query: connections may only be nested directly in the root "
                             "connection's nodes"_s;
            continue;
        }
        const QList<const SelectionSet *> nested = executor.nodeSelections(target->name, group.subsets);
        if (!plan.nestedKey.isEmpty()
            || selectsConnection(executor, schema, target->connectionNode, nested)) {
            plan.error = u"Invalid bulk query: the sandbox store supports one nested connection at most"_s;
            continue;
        }
        plan.nestedKey = group.key;
        plan.nestedFields = executor.collect(target->connectionNode, nested);
    }
    return plan;
}

} // namespace

QString StoreGraphql::checkBulkQuery(const QString &query)
{
    const auto parsed = parseDocument(query);
    if (const auto *syntax = std::get_if<SyntaxError>(&parsed))
        return u"Invalid bulk query: "_s + syntax->message;
    Executor executor(*m_schema, std::get<Document>(parsed));
    executor.setBulk(true);
    if (!executor.prepare({}, {}))
        return u"Invalid bulk query: "_s
            + executor.errors().first().toObject().value(u"message"_s).toString();
    if (executor.isMutation())
        return u"Invalid bulk query: bulkOperationRunQuery runs a query, not a mutation"_s;
    const BulkPlan plan = planBulk(executor, *m_schema);
    if (!plan.error.isEmpty())
        return plan.error;
    QString error;
    const QJsonObject arguments = executor.coerceArguments(*plan.rootField, *plan.root.field, &error);
    const bool variants = plan.nodeType == u"ProductVariant";
    if (error.isEmpty())
        parseSearch(arguments.value(u"query"_s).toString(),
                    variants ? variantSearchFields() : productSearchFields(), &error);
    return error;
}

Object StoreGraphql::bulkRunQuery(const QString &query)
{
    const QString type = u"BulkOperationRunQueryPayload"_s;
    if (m_bulk && (m_bulk->status == u"CREATED" || m_bulk->status == u"RUNNING")) {
        return payload(type, QJsonValue(),
                       {userError(QJsonValue(),
                                  u"A bulk query operation for this app and shop is already in "
                                  "progress: "_s
                                      + gid(u"BulkOperation"_s, m_bulk->id) + u'.')});
    }
    if (const QString error = checkBulkQuery(query); !error.isEmpty())
        return payload(type, QJsonValue(), {userError(QJsonArray{u"query"_s}, error)});
    BulkOperation operation;
    operation.id = m_host.storeDatabase().nextValue(u"next_bulk_operation_id"_s, 1);
    operation.status = u"CREATED"_s;
    operation.query = query;
    operation.createdMs = nowMs();
    m_bulk = operation;
    Object answer = payload(type, QJsonValue(), {});
    answer.source.insert(u"bulkOperation"_s, bulkObject(operation).fields);
    return answer;
}

void StoreGraphql::runBulk(BulkOperation &operation)
{
    operation.completedMs = nowMs();
    operation.status = u"FAILED"_s;
    const auto parsed = parseDocument(operation.query);
    Executor executor(*m_schema, std::get<Document>(parsed)); // checked by bulkRunQuery
    executor.setBulk(true);
    executor.prepare({}, {});
    if (!executor.accessErrors(m_scopes).isEmpty()) {
        operation.errorCode = u"ACCESS_DENIED"_s;
        return;
    }
    const BulkPlan plan = planBulk(executor, *m_schema);
    QString error;
    const QJsonObject arguments = executor.coerceArguments(*plan.rootField, *plan.root.field, &error);
    const bool variantsRoot = plan.nodeType == u"ProductVariant";
    const auto terms = parseSearch(arguments.value(u"query"_s).toString(),
                                   variantsRoot ? variantSearchFields() : productSearchFields(), &error);
    if (!m_bulkDir)
        m_bulkDir = std::make_unique<QTemporaryDir>();
    QFile file(m_bulkDir->filePath(QString::number(operation.id) + u".jsonl"_s));
    if (!terms || !m_bulkDir->isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        operation.errorCode = u"INTERNAL_SERVER_ERROR"_s;
        return;
    }
    // One line per object as it is read: a product, then its variants pointing back to it.
    qint64 cost = 0;
    auto write = [&](const QJsonObject &line) {
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        ++operation.objectCount;
    };
    const bool read = eachProduct(m_host.storeDatabase(), [&](const QJsonObject &product) {
        const QJsonArray variants = product.value(u"variants"_s).toArray();
        if (variantsRoot) {
            for (const QJsonValue &variant : variants) {
                if (!matchesSearch(*terms, variant.toObject(), product, true))
                    continue;
                write(
                    executor.project(variantObject(variant.toObject(), product), plan.nodeFields, {}, &cost));
                ++operation.rootObjectCount;
            }
            return;
        }
        if (!matchesSearch(*terms, product, product, false))
            return;
        write(executor.project(productObject(product), plan.nodeFields, {}, &cost));
        ++operation.rootObjectCount;
        if (plan.nestedKey.isEmpty())
            return;
        const QString parent = gid(u"Product"_s, product.value(u"id"_s).toInteger());
        for (const QJsonValue &variant : variants) {
            QJsonObject line =
                executor.project(variantObject(variant.toObject(), product), plan.nestedFields, {}, &cost);
            line.insert(u"__parentId"_s, parent);
            write(line);
        }
    });
    file.close();
    if (!read || file.error() != QFileDevice::NoError) {
        operation.errorCode = u"INTERNAL_SERVER_ERROR"_s;
        return;
    }
    operation.fileSize = file.size();
    if (operation.objectCount == 0)
        file.remove(); // as Shopify: no objects, no file, url null
    operation.status = u"COMPLETED"_s;
}

Object StoreGraphql::bulkObject(const BulkOperation &operation) const
{
    const bool done = operation.status == u"COMPLETED" || operation.status == u"FAILED";
    const bool hasFile = operation.status == u"COMPLETED" && operation.objectCount > 0;
    const QJsonObject fields{
        {u"id"_s, gid(u"BulkOperation"_s, operation.id)},
        {u"status"_s, operation.status},
        {u"errorCode"_s, operation.errorCode.isEmpty() ? QJsonValue() : QJsonValue(operation.errorCode)},
        {u"objectCount"_s, QString::number(operation.objectCount)},
        {u"rootObjectCount"_s, QString::number(operation.rootObjectCount)},
        {u"fileSize"_s, hasFile ? QJsonValue(QString::number(operation.fileSize)) : QJsonValue()},
        {u"url"_s,
         hasFile ? QJsonValue(m_host.publicBaseUrl() + u"/__sandbox/bulk/"_s + QString::number(operation.id)
                              + u".jsonl"_s)
                 : QJsonValue()},
        {u"partialDataUrl"_s, QJsonValue()},
        {u"createdAt"_s, utcTime(operation.createdMs)},
        {u"completedAt"_s, done ? QJsonValue(utcTime(operation.completedMs)) : QJsonValue()},
        {u"query"_s, operation.query},
        {u"type"_s, u"QUERY"_s},
    };
    return Object{u"BulkOperation"_s, fields, {}, {}};
}

QString StoreGraphql::bulkResultPath(qint64 id) const
{
    if (!m_bulkDir || id <= 0)
        return {};
    const QString path = m_bulkDir->filePath(QString::number(id) + u".jsonl"_s);
    return QFile::exists(path) ? path : QString();
}

} // namespace LedgerLink::Sandbox
