#include "connectors/shopify/shopifyconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/shopify/shopifycanonical.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

constexpr int maxPageSize = 250;

/// Transactions are read with their amounts in the shop's currency (Shopify's `in_shop_currency`):
/// a payment is applied to an invoice, and paid out, in the shop's currency, whatever the customer
/// paid in.
const QString transactionQuery = u"in_shop_currency=true"_s;

/// The list endpoint and JSON keys of the directly listable objects.
struct Endpoint
{
    QString list; ///< "orders.json"
    QString many; ///< "orders"
    QString single; ///< "order"
    QString base; ///< "orders"
};

std::optional<Endpoint> endpointOf(const QString &object)
{
    if (object == u"order"_s)
        return Endpoint{u"orders.json"_s, u"orders"_s, u"order"_s, u"orders"_s};
    if (object == u"customer"_s)
        return Endpoint{u"customers.json"_s, u"customers"_s, u"customer"_s, u"customers"_s};
    if (object == u"payout"_s)
        return Endpoint{u"shopify_payments/payouts.json"_s, u"payouts"_s, u"payout"_s,
                        u"shopify_payments/payouts"_s};
    return std::nullopt;
}

/**
 * A refund as its order leaves it, with what a credit note needs from the order and a refund does
 * not say: `ledgerlink_order` — the order's name, e-mail, currency, whether its prices include tax
 * (`taxes_included`), its shipping lines' titles and tax lines (the tax of refunded shipping) and
 * its customer's name — and each refunded line's `line_item.tax_lines` where
 * the refund leaves them out (Shopify's own refund lines carry the whole order line; a record
 * built without them takes the order line's). The refund's own fields are not changed.
 */
QJsonObject refundWithOrder(QJsonObject refund, const QJsonObject &order)
{
    const QJsonObject customer = order.value(u"customer"_s).toObject();
    QJsonArray shipping;
    for (const QJsonValue &line : order.value(u"shipping_lines"_s).toArray())
        shipping.append(QJsonObject{{u"title"_s, line.toObject().value(u"title"_s)},
                                    {u"tax_lines"_s, line.toObject().value(u"tax_lines"_s)}});
    refund.insert(u"ledgerlink_order"_s,
                  QJsonObject{{u"id"_s, order.value(u"id"_s)},
                              {u"name"_s, order.value(u"name"_s)},
                              {u"email"_s, order.value(u"email"_s)},
                              {u"currency"_s, order.value(u"currency"_s)},
                              {u"taxes_included"_s, order.value(u"taxes_included"_s).toBool()},
                              {u"shipping_lines"_s, shipping},
                              {u"customer"_s,
                               QJsonObject{{u"id"_s, customer.value(u"id"_s)},
                                           {u"first_name"_s, customer.value(u"first_name"_s)},
                                           {u"last_name"_s, customer.value(u"last_name"_s)}}}});
    QHash<QString, QJsonValue> taxLines;
    for (const QJsonValue &line : order.value(u"line_items"_s).toArray()) {
        const QJsonObject orderLine = line.toObject();
        taxLines.insert(Support::idText(orderLine.value(u"id"_s)).value_or(QString()),
                        orderLine.value(u"tax_lines"_s));
    }
    QJsonArray lines = refund.value(u"refund_line_items"_s).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        QJsonObject orderLine = line.value(u"line_item"_s).toObject();
        if (orderLine.contains(u"tax_lines"_s))
            continue;
        const QString lineId = Support::idText(line.value(u"line_item_id"_s)).value_or(QString());
        if (!taxLines.contains(lineId))
            continue;
        orderLine.insert(u"tax_lines"_s, taxLines.value(lineId));
        line.insert(u"line_item"_s, orderLine);
        lines.replace(i, line);
    }
    refund.insert(u"refund_line_items"_s, lines);
    return refund;
}

/// Shopify's error bodies: {"errors":"Not Found"}, {"errors":{"title":["can't be blank"]}},
/// {"errors":["..."]}, {"error":"..."}.
QString shopifyErrorText(const Net::HttpResponse &response)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QJsonValue errors = body.value(u"errors"_s);
    if (errors.isUndefined())
        errors = body.value(u"error"_s);
    if (errors.isString())
        return errors.toString();
    QStringList parts;
    const auto collect = [&parts](const QString &prefix, const QJsonValue &value) {
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                parts.append(prefix.isEmpty() ? item.toString() : prefix + u' ' + item.toString());
        } else if (value.isString()) {
            parts.append(prefix.isEmpty() ? value.toString() : prefix + u' ' + value.toString());
        }
    };
    if (errors.isObject()) {
        const QJsonObject object = errors.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.key(), it.value());
    } else {
        collect({}, errors);
    }
    return parts.join(u"; "_s);
}

bool isNumericId(const QString &id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    return digits.match(id).hasMatch();
}

} // namespace

ShopifyConnector::ShopifyConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
{
    if (m_config.apiVersion.isEmpty())
        m_config.apiVersion = QString(defaultApiVersion);
}

QString ShopifyConnector::system() const
{
    return u"shopify"_s;
}

Capabilities ShopifyConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = {u"order"_s,  u"customer"_s,    u"product"_s, u"inventory_level"_s,
                             u"refund"_s, u"transaction"_s, u"payout"_s};
    capabilities.writable = {u"product"_s, u"inventory_level"_s};
    capabilities.webhooks = true;
    capabilities.polling = true;
    capabilities.maxPageSize = maxPageSize;
    capabilities.maxBatchSize = 1;
    capabilities.idempotencyKeys = false;
    return capabilities;
}

Engine::RateLimitProfile ShopifyConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::shopifyRest();
}

std::optional<Net::WebhookVendor> ShopifyConnector::webhookVendor() const
{
    return Net::WebhookVendor::Shopify;
}

QUrl ShopifyConnector::apiUrl(const QString &path, const QString &encodedQuery) const
{
    return Support::endpoint(m_config.baseUrl, u"admin/api/"_s + m_config.apiVersion + u'/' + path,
                             encodedQuery);
}

Net::HttpRequest ShopifyConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({QByteArrayLiteral("X-Shopify-Access-Token"), m_config.accessToken});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

void ShopifyConnector::learnShopCurrency(QList<Net::HttpExchange> &exchanges)
{
    if (m_shopCurrency.isValid() || m_shopCurrencyAsked)
        return;
    m_shopCurrencyAsked = true;
    const Support::JsonCall call = Support::sendJson(m_client, request("GET", apiUrl(u"shop.json"_s)),
                                                     u"GET shop.json"_s, shopifyErrorText, exchanges);
    if (call.body) {
        const QString code = call.body->value(u"shop"_s).toObject().value(u"currency"_s).toString();
        if (const std::optional<Model::Currency> currency = Model::Currency::fromCode(code))
            m_shopCurrency = *currency;
    }
}

ReadPage ShopifyConnector::readList(const QString &object, const QUrl &url, const QString &key)
{
    ReadPage page;
    const QString what = u"GET "_s + url.path() + (url.hasQuery() ? u"?…"_s : QString());
    const Support::JsonCall call =
        Support::sendJson(m_client, request("GET", url), what, shopifyErrorText, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    const QJsonValue list = call.body->value(key);
    if (!list.isArray()) {
        page.failure =
            Support::permanentFailure(Text::tr("%1 answered without the \"%2\" list.").arg(what, key));
        return page;
    }
    for (const QJsonValue &value : list.toArray()) {
        QString error;
        std::optional<VendorRecord> record = Shopify::vendorRecord(object, value.toObject(), &error);
        if (!record) {
            page.failure = Support::permanentFailure(error);
            page.records.clear();
            return page;
        }
        noteShopCurrency(*record);
        page.records.append(*record);
    }
    const QUrl next = call.exchange.response.nextLink();
    if (next.isValid() && !next.isEmpty())
        page.nextPageToken = QString::fromLatin1(next.toEncoded());
    return page;
}

ReadPage ShopifyConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    if (object == u"refund"_s || object == u"transaction"_s)
        return readOrderChildren(object, cursor, pageSize);
    if (object == u"inventory_level"_s)
        return readInventoryLevels(cursor, pageSize);
    if (object == u"product"_s)
        return readProducts(cursor, pageSize);
    const std::optional<Endpoint> endpoint = endpointOf(object);
    if (!endpoint)
        return Support::pageFailure(Text::tr("Shopify cannot list \"%1\" records.").arg(object));

    QUrl url;
    if (!cursor.pageToken.isEmpty()) {
        const std::optional<QUrl> next = pageTokenUrl(cursor.pageToken);
        if (!next)
            return Support::pageFailure(
                Text::tr("The Shopify page token \"%1\" is not a URL of this shop.").arg(cursor.pageToken));
        url = *next;
    } else if (object == u"payout"_s) {
        // Only money that reached the bank is posted: a payout in transit may still fail.
        QString query = u"status=paid&limit="_s + QString::number(std::clamp(pageSize, 1, maxPageSize));
        if (cursor.updatedSince.isValid())
            query += u"&date_min="_s + cursor.updatedSince.toUTC().date().toString(Qt::ISODate);
        url = apiUrl(endpoint->list, query);
    } else {
        const int limit = std::clamp(pageSize, 1, maxPageSize);
        QString query = u"limit="_s + QString::number(limit) + u"&order=updated_at%20asc"_s;
        if (object == u"order"_s)
            query = u"status=any&"_s + query;
        if (cursor.updatedSince.isValid())
            query += u"&updated_at_min="_s + Support::encodeQueryValue(Support::isoUtc(cursor.updatedSince));
        url = apiUrl(endpoint->list, query);
    }
    ReadPage page = readList(object, url, endpoint->many);
    return object == u"payout"_s ? withBalanceTransactions(std::move(page), cursor) : page;
}

std::optional<QUrl> ShopifyConnector::pageTokenUrl(const QString &token) const
{
    const QUrl url = QUrl::fromEncoded(token.toLatin1(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != m_config.baseUrl.scheme() || url.host() != m_config.baseUrl.host()
        || url.port() != m_config.baseUrl.port())
        return std::nullopt;
    return url;
}

ReadPage ShopifyConnector::withBalanceTransactions(ReadPage page, const ReadCursor &cursor)
{
    if (page.failure)
        return page;
    // date_min has whole days: a cursor within a day leaves out that day's payouts (dated at its
    // midnight), as a record changed before the cursor is left out.
    if (cursor.updatedSince.isValid())
        page.records.removeIf(
            [&cursor](const VendorRecord &record) { return record.updatedAt < cursor.updatedSince; });
    for (VendorRecord &record : page.records) {
        if (std::optional<ConnectorFailure> failure = attachBalanceTransactions(record, page.exchanges)) {
            page.failure = failure;
            page.records.clear();
            page.nextPageToken.clear();
            return page;
        }
    }
    return page;
}

std::optional<ConnectorFailure>
ShopifyConnector::attachBalanceTransactions(VendorRecord &record, QList<Net::HttpExchange> &exchanges)
{
    QJsonArray transactions;
    QUrl url = apiUrl(u"shopify_payments/balance/transactions.json"_s,
                      u"payout_id="_s + record.id + u"&limit="_s + QString::number(maxPageSize));
    while (url.isValid() && !url.isEmpty()) {
        const Support::JsonCall call =
            Support::sendJson(m_client, request("GET", url),
                              u"GET shopify_payments/balance/transactions.json?payout_id="_s + record.id,
                              shopifyErrorText, exchanges);
        if (!call.body)
            return call.failure;
        const QJsonValue list = call.body->value(u"transactions"_s);
        if (!list.isArray()) {
            return Support::permanentFailure(
                Text::tr(
                    "The balance transactions of Shopify payout %1 came without the \"transactions\" list.")
                    .arg(record.id));
        }
        for (const QJsonValue &transaction : list.toArray())
            transactions.append(transaction);
        const QUrl next = call.exchange.response.nextLink();
        if (next.isValid() && !next.isEmpty() && !pageTokenUrl(QString::fromLatin1(next.toEncoded()))) {
            return Support::permanentFailure(
                Text::tr("The next page of payout %1's balance transactions is not a URL of this shop.")
                    .arg(record.id));
        }
        url = next;
    }
    record.document.insert(u"balance_transactions"_s, transactions);
    return std::nullopt;
}

ReadPage ShopifyConnector::readOrderChildren(const QString &object, const ReadCursor &cursor, int pageSize)
{
    ReadPage orders = readPage(u"order"_s, cursor, pageSize);
    ReadPage page;
    page.exchanges = orders.exchanges;
    page.failure = orders.failure;
    page.nextPageToken = orders.nextPageToken;
    if (orders.failure)
        return page;
    for (const VendorRecord &order : std::as_const(orders.records)) {
        QJsonArray children;
        if (object == u"refund"_s) {
            children = order.document.value(u"refunds"_s).toArray();
        } else {
            // In the shop's currency: the one its invoices, payouts and bank deposits are in.
            const QUrl url = apiUrl(u"orders/"_s + order.id + u"/transactions.json"_s, transactionQuery);
            const Support::JsonCall call =
                Support::sendJson(m_client, request("GET", url),
                                  u"GET orders/"_s + order.id + u"/transactions.json?"_s + transactionQuery,
                                  shopifyErrorText, page.exchanges);
            if (!call.body) {
                page.failure = call.failure;
                page.records.clear();
                page.nextPageToken.clear();
                return page;
            }
            children = call.body->value(u"transactions"_s).toArray();
        }
        for (const QJsonValue &child : std::as_const(children)) {
            QJsonObject document = child.toObject();
            if (!document.contains(u"order_id"_s))
                document.insert(u"order_id"_s, order.document.value(u"id"_s));
            if (object == u"refund"_s)
                document = refundWithOrder(document, order.document);
            QString error;
            const std::optional<VendorRecord> record = Shopify::vendorRecord(object, document, &error);
            if (!record) {
                page.failure = Support::permanentFailure(error);
                page.records.clear();
                page.nextPageToken.clear();
                return page;
            }
            page.records.append(*record);
        }
    }
    return page;
}

ReadPage ShopifyConnector::readInventoryLevels(const ReadCursor &cursor, int pageSize)
{
    if (!cursor.pageToken.isEmpty()) {
        const QUrl url = QUrl::fromEncoded(cursor.pageToken.toLatin1(), QUrl::StrictMode);
        if (!url.isValid() || url.host() != m_config.baseUrl.host() || url.port() != m_config.baseUrl.port())
            return Support::pageFailure(
                Text::tr("The Shopify page token \"%1\" is not a URL of this shop.").arg(cursor.pageToken));
        return readList(u"inventory_level"_s, url, u"inventory_levels"_s);
    }
    ReadPage page;
    const Support::JsonCall call =
        Support::sendJson(m_client, request("GET", apiUrl(u"locations.json"_s)), u"GET locations.json"_s,
                          shopifyErrorText, page.exchanges);
    if (!call.body) {
        page.failure = call.failure;
        return page;
    }
    QStringList locations;
    for (const QJsonValue &location : call.body->value(u"locations"_s).toArray()) {
        if (const std::optional<QString> id = Support::idText(location.toObject().value(u"id"_s));
            id && !id->isEmpty())
            locations.append(*id);
    }
    if (locations.isEmpty())
        return page; // no location, no stock
    QString query = u"location_ids="_s + Support::encodeQueryValue(locations.join(u',')) + u"&limit="_s
        + QString::number(std::clamp(pageSize, 1, maxPageSize));
    if (cursor.updatedSince.isValid())
        query += u"&updated_at_min="_s + Support::encodeQueryValue(Support::isoUtc(cursor.updatedSince));
    ReadPage levels =
        readList(u"inventory_level"_s, apiUrl(u"inventory_levels.json"_s, query), u"inventory_levels"_s);
    levels.exchanges = page.exchanges + levels.exchanges;
    return levels;
}

ReadOne ShopifyConnector::readById(const QString &object, const QString &id)
{
    QString path;
    QString key;
    QString query;
    const QStringList parts = id.split(object == u"inventory_level"_s ? u':' : u'/');
    const bool numeric = std::all_of(parts.begin(), parts.end(), isNumericId);
    if (!numeric)
        return Support::readFailure(Text::tr("\"%1\" is not a Shopify %2 id.").arg(id, object));
    if (object == u"product"_s && parts.size() == 1)
        return readProduct(id);
    if (const std::optional<Endpoint> endpoint = endpointOf(object); endpoint && parts.size() == 1) {
        path = endpoint->base + u'/' + id + u".json"_s;
        key = endpoint->single;
    } else if (object == u"refund"_s && parts.size() == 2) {
        // The order with its refunds: the refund record carries what it needs of its order.
        path = u"orders/"_s + parts[0] + u".json"_s;
        key = u"order"_s;
    } else if (object == u"transaction"_s && parts.size() == 2) {
        // The order's list (every API version has it), then the one asked for.
        path = u"orders/"_s + parts[0] + u"/transactions.json"_s;
        query = transactionQuery;
        key = object + u's';
    } else if (object == u"inventory_level"_s && parts.size() == 2) {
        path = u"inventory_levels.json"_s;
        query = u"inventory_item_ids="_s + parts[0] + u"&location_ids="_s + parts[1];
        key = u"inventory_levels"_s;
    } else {
        return Support::readFailure(Text::tr("\"%1\" is not a Shopify %2 id.").arg(id, object));
    }

    ReadOne result;
    const Support::JsonCall call = Support::sendJson(m_client, request("GET", apiUrl(path, query)),
                                                     u"GET "_s + path, shopifyErrorText, result.exchanges);
    if (call.status() == 404)
        return result; // not found
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    QJsonObject document;
    if (object == u"inventory_level"_s) {
        const QJsonArray levels = call.body->value(key).toArray();
        if (levels.isEmpty())
            return result;
        document = levels.first().toObject();
    } else if (object == u"refund"_s || object == u"transaction"_s) {
        const QJsonObject order = call.body->value(u"order"_s).toObject();
        const QJsonArray list =
            object == u"refund"_s ? order.value(u"refunds"_s).toArray() : call.body->value(key).toArray();
        const auto found = std::find_if(list.begin(), list.end(), [&parts](const QJsonValue &value) {
            return Support::idText(value.toObject().value(u"id"_s)).value_or(QString()) == parts[1];
        });
        if (found == list.end())
            return result;
        document = found->toObject();
        if (!document.contains(u"order_id"_s))
            document.insert(u"order_id"_s, QJsonValue(parts[0].toLongLong()));
        if (object == u"refund"_s)
            document = refundWithOrder(document, order);
    } else {
        document = call.body->value(key).toObject();
    }
    if (document.isEmpty()) {
        result.failure =
            Support::permanentFailure(Text::tr("GET %1 answered without the \"%2\" object.").arg(path, key));
        return result;
    }
    QString error;
    result.record = Shopify::vendorRecord(object, document, &error);
    if (!result.record) {
        result.failure = Support::permanentFailure(error);
    } else if (object == u"payout"_s) {
        if (std::optional<ConnectorFailure> failure =
                attachBalanceTransactions(*result.record, result.exchanges)) {
            result.record.reset();
            result.failure = failure;
        }
    } else {
        noteShopCurrency(*result.record);
    }
    return result;
}

void ShopifyConnector::noteShopCurrency(const VendorRecord &record)
{
    if (m_shopCurrency.isValid() || record.object != u"order"_s)
        return;
    if (const auto currency = Model::Currency::fromCode(record.document.value(u"currency"_s).toString()))
        m_shopCurrency = *currency;
}

ReadOne ShopifyConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    ReadOne result;
    if (matchKey.isEmpty())
        return Support::readFailure(Text::tr("No Shopify %1 can be found by an empty key.").arg(object));

    const auto firstMatching = [&](const QUrl &url, const QString &listKey,
                                   const std::function<bool(const VendorRecord &)> &matches) -> bool {
        ReadPage page = readList(object, url, listKey);
        result.exchanges += page.exchanges;
        if (page.failure) {
            result.failure = page.failure;
            return true;
        }
        for (const VendorRecord &record : std::as_const(page.records)) {
            if (matches(record)) {
                result.record = record;
                return true;
            }
        }
        return page.nextPageToken.isEmpty();
    };

    if (object == u"order"_s) {
        const QString number = matchKey.startsWith(u'#') ? matchKey.mid(1) : matchKey;
        firstMatching(apiUrl(u"orders.json"_s,
                             u"name="_s + Support::encodeQueryValue(u'#' + number) + u"&status=any"_s),
                      u"orders"_s,
                      [&number](const VendorRecord &record) { return record.matchKey == number; });
    } else if (object == u"customer"_s) {
        firstMatching(apiUrl(u"customers/search.json"_s,
                             u"query="_s + Support::encodeQueryValue(u"email:\""_s + matchKey + u'"')),
                      u"customers"_s, [&matchKey](const VendorRecord &record) {
                          return record.matchKey.compare(matchKey, Qt::CaseInsensitive) == 0;
                      });
    } else if (object == u"product"_s) {
        return findProductBySku(matchKey);
    } else if (object == u"payout"_s) {
        return readById(object, matchKey); // a payout's key is its id
    } else {
        return Support::readFailure(Text::tr("Shopify %1 records have no match key look-up.").arg(object));
    }
    return result;
}

QString ShopifyConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    if (object != u"product"_s)
        return {};
    return payload.value(u"variants"_s).toArray().first().toObject().value(u"sku"_s).toString();
}

WriteOutcome ShopifyConnector::write(const WriteRequest &writeRequest)
{
    if (writeRequest.object == u"product"_s)
        return writeProduct(writeRequest);
    WriteOutcome outcome;
    if (writeRequest.object != u"inventory_level"_s) {
        outcome.failure = Support::permanentFailure(
            Text::tr("Shopify %1 records cannot be written.").arg(writeRequest.object));
        return outcome;
    }
    const QString path = u"inventory_levels/set.json"_s;
    Net::HttpRequest request = this->request("POST", apiUrl(path));
    request.idempotencyKey = writeRequest.idempotencyKey;
    request.body = QJsonDocument(writeRequest.payload).toJson(QJsonDocument::Compact);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const QString what = u"POST "_s + path;
    const Support::JsonCall call =
        Support::sendJson(m_client, request, what, shopifyErrorText, outcome.exchanges);
    if (!call.body) {
        outcome.failure = call.failure;
        return outcome;
    }
    QString error;
    outcome.record =
        Shopify::vendorRecord(writeRequest.object, call.body->value(u"inventory_level"_s).toObject(), &error);
    if (!outcome.record)
        outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
    return outcome;
}

QStringList ShopifyConnector::requiredScopes()
{
    // What readPage/readById/findByMatchKey/write use: orders (with refunds and transactions),
    // customers, products, locations and inventory levels; products and inventory are written.
    return {u"read_orders"_s, u"read_customers"_s, u"write_products"_s, u"read_locations"_s,
            u"write_inventory"_s};
}

ConnectionCheck ShopifyConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const QString store = Text::tr("the store");
    const auto readBudget = [](const Net::HttpResponse &response, ConnectionCheck &check) {
        // "X-Shopify-Shop-Api-Call-Limit: 2/40": requests in the leaky bucket / its size.
        const QList<QByteArray> parts = response.header("X-Shopify-Shop-Api-Call-Limit").split('/');
        bool usedOk = false;
        bool sizeOk = false;
        const int used = parts.size() == 2 ? parts[0].trimmed().toInt(&usedOk) : 0;
        const int size = parts.size() == 2 ? parts[1].trimmed().toInt(&sizeOk) : 0;
        if (usedOk && sizeOk && size > 0) {
            check.rateLimitLimit = size;
            check.rateLimitRemaining = std::max(0, size - used);
            check.rateLimitDetail = Text::tr("the bucket refills by 2 requests a second");
        }
    };

    const Support::JsonCall shop = Support::sendJson(m_client, request("GET", apiUrl(u"shop.json"_s)),
                                                     u"GET shop.json"_s, shopifyErrorText, exchanges);
    const Net::HttpResponse &response = shop.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, store);

    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = response.status;
    readBudget(response, check);
    const QString host = m_config.baseUrl.host();
    const QString vendorText = shopifyErrorText(response).trimmed();
    const QString said = vendorText.isEmpty() ? QString::number(response.status)
                                              : QString::number(response.status) + u": "_s + vendorText;
    switch (response.status) {
    case 401:
        check.message = Text::tr("%1 answered, but refused the access token (HTTP %2): paste a current Admin "
                                 "API access token for this shop, or sign in again.")
                            .arg(host, said);
        return check;
    case 402:
        check.authenticated = true;
        check.message = Text::tr("The shop at %1 is frozen (HTTP %2): its owner must settle the Shopify bill "
                                 "before the API answers again.")
                            .arg(host, said);
        return check;
    case 403:
        check.authenticated = true;
        check.message = Text::tr("%1 accepted the access token but refused to show the shop (HTTP %2): "
                                 "reinstall the app on this shop or ask its owner for access.")
                            .arg(host, said);
        return check;
    case 404:
        check.message = Text::tr("%1 has no Shopify Admin API %2 (HTTP 404 for shop.json): check that the "
                                 "base URL is the shop's address, e.g. https://my-shop.myshopify.com.")
                            .arg(host, m_config.apiVersion);
        return check;
    case 423:
        check.authenticated = true;
        check.message = Text::tr("The shop at %1 is locked (HTTP %2): Shopify has locked it; its owner must "
                                 "contact Shopify.")
                            .arg(host, said);
        return check;
    case 429: {
        const QByteArray retryAfter = response.header("Retry-After");
        check.message = Text::tr("%1 is out of rate-limit budget (HTTP 429): another app is using it up; "
                                 "test again in %2 seconds.")
                            .arg(host, retryAfter.isEmpty() ? u"a few"_s : QString::fromLatin1(retryAfter));
        return check;
    }
    default:
        break;
    }
    if (response.status >= 500) {
        check.message =
            Text::tr("%1 is unavailable (HTTP %2): Shopify or the shop has a problem; test again later.")
                .arg(host, said);
        return check;
    }
    const QJsonObject shopObject = shop.body ? shop.body->value(u"shop"_s).toObject() : QJsonObject();
    if (!response.isSuccess() || shopObject.isEmpty()) {
        check.message = Text::tr("%1 answered GET shop.json with HTTP %2, not like the Shopify Admin API: "
                                 "check the base URL.")
                            .arg(host, said);
        return check;
    }
    check.authenticated = true;
    check.accountName = shopObject.value(u"name"_s).toString();
    if (const auto currency = Model::Currency::fromCode(shopObject.value(u"currency"_s).toString());
        currency && !m_shopCurrency.isValid())
        m_shopCurrency = *currency;
    const QString shopName = check.accountName.isEmpty() ? host : check.accountName;

    // The token's scopes. access_scopes.json sits outside the versioned API path.
    const Support::JsonCall scopes = Support::sendJson(
        m_client, request("GET", Support::endpoint(m_config.baseUrl, u"admin/oauth/access_scopes.json"_s)),
        u"GET access_scopes.json"_s, shopifyErrorText, exchanges);
    if (scopes.exchange.response.status != 0)
        readBudget(scopes.exchange.response, check);
    const QJsonValue list = scopes.body ? scopes.body->value(u"access_scopes"_s) : QJsonValue();
    if (!list.isArray()) {
        // Nothing says what the token may do; the shop read worked.
        check.permissionsOk = true;
        check.message = Text::tr("Connected to %1; it does not list the token's access scopes (HTTP %2), so "
                                 "missing permissions will show on the first sync.")
                            .arg(shopName)
                            .arg(scopes.exchange.response.status);
        return check;
    }
    for (const QJsonValue &scope : list.toArray()) {
        const QString handle = scope.toObject().value(u"handle"_s).toString();
        if (!handle.isEmpty())
            check.grantedPermissions.append(handle);
    }
    for (const QString &needed : requiredScopes()) {
        // write_x includes read_x.
        const QString write = needed.startsWith(u"read_"_s) ? u"write_"_s + needed.mid(5) : needed;
        if (!check.grantedPermissions.contains(needed) && !check.grantedPermissions.contains(write))
            check.missingPermissions.append(needed);
    }
    check.permissionsVerified = true;
    check.permissionsOk = check.missingPermissions.isEmpty();
    const QString budget = check.rateLimitRemaining < 0
        ? QString()
        : Text::tr("; %1 of %2 requests left in the rate-limit bucket")
              .arg(check.rateLimitRemaining)
              .arg(check.rateLimitLimit);
    if (check.permissionsOk) {
        check.message =
            Text::tr("Connected to %1 with every access scope LedgerLink needs%2.").arg(shopName, budget);
    } else {
        check.message =
            Text::tr("Connected to %1, but the access token is missing the scopes %2: add them to the "
                     "app's Admin API access scopes, reinstall it and paste the new token.")
                .arg(shopName, check.missingPermissions.join(u", "_s));
    }
    return check;
}

std::optional<QList<VendorRecord>> ShopifyConnector::splitByVendor(const VendorRecord &order,
                                                                   QString *error) const
{
    return Shopify::splitOrderByVendor(order, error);
}

std::optional<QList<VendorRecord>> ShopifyConnector::splitRefundByVendor(const VendorRecord &refund,
                                                                         const VendorRecord &order,
                                                                         QString *error) const
{
    return Shopify::splitRefundByVendor(refund, order, error);
}

std::optional<QList<VendorRecord>> ShopifyConnector::splitPaymentByVendor(const VendorRecord &payment,
                                                                          const VendorRecord &order,
                                                                          QString *error) const
{
    return Shopify::splitPaymentByVendor(payment, order, error);
}

std::optional<QJsonObject> ShopifyConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return Shopify::toCanonical(record, m_shopCurrency, error);
}

std::optional<QJsonObject> ShopifyConnector::toCanonicalInBaseCurrency(const VendorRecord &record,
                                                                       QString *error) const
{
    QString why;
    std::optional<QJsonObject> canonical;
    if (record.object == u"order"_s)
        canonical = Shopify::orderToCanonicalInShopCurrency(record.document, &why);
    else
        why = Text::tr("only orders are read in the shop currency");
    if (!canonical && error)
        *error = Text::tr("Shopify %1 %2: %3").arg(record.object, record.id, why);
    return canonical;
}

} // namespace LedgerLink::Connectors
