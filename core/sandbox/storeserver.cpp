#include "sandbox/storeserver.h"

#include "model/decimal.h"
#include "net/webhooksignature.h"
#include "sandbox/sandboxcredentials.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpServer>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

using Model::Decimal;
using Model::RoundingMode;

namespace {

const QString apiPrefix = u"/admin/api/2024-04/"_s;
const QString graphqlPath = apiPrefix + u"graphql.json"_s;
constexpr int bucketSize = 40;
/// The GraphQL cost bucket: 1000 points, 50 restored per second (50 milli-points per ms).
constexpr qint64 costBucketPoints = 1000;
constexpr qint64 costRestorePerSecond = 50;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Shopify writes times in the shop's zone with an offset: the sandbox shop is on +01:00.
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(3600)).toString(Qt::ISODate);
}

qint64 parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

Decimal dec(const QJsonValue &value)
{
    return Decimal::fromJson(value).value_or(Decimal());
}

QString money(const Decimal &value, int places = 2)
{
    return value.rounded(places, RoundingMode::HalfEven).toString();
}

QJsonObject moneySet(const QString &shop, const QString &shopCurrency, const QString &presentment,
                     const QString &presentmentCurrency)
{
    return QJsonObject{
        {u"shop_money"_s, QJsonObject{{u"amount"_s, shop}, {u"currency_code"_s, shopCurrency}}},
        {u"presentment_money"_s,
         QJsonObject{{u"amount"_s, presentment}, {u"currency_code"_s, presentmentCurrency}}},
    };
}

HttpReply errors(int status, const QJsonValue &value)
{
    return HttpReply::json(status, QJsonObject{{u"errors"_s, value}});
}

HttpReply notFound()
{
    return errors(404, u"Not Found"_s);
}

QString statusOf(const QJsonObject &order)
{
    if (!order.value(u"cancelled_at"_s).isNull() && order.contains(u"cancelled_at"_s))
        return u"cancelled"_s;
    if (!order.value(u"closed_at"_s).isNull() && order.contains(u"closed_at"_s))
        return u"closed"_s;
    return u"open"_s;
}

/// Fills in what Shopify computes for an order: line ids, totals (unless given), names, times.
void completeOrder(QJsonObject &order, qint64 id, qint64 number, qint64 now, qint64 &nextLineId)
{
    const QString currency = order.value(u"currency"_s).toString(u"EUR"_s);
    const QString presentment = order.value(u"presentment_currency"_s).toString(currency);
    order.insert(u"id"_s, id);
    order.insert(u"admin_graphql_api_id"_s, QString(u"gid://shopify/Order/"_s + QString::number(id)));
    order.insert(u"currency"_s, currency);
    order.insert(u"presentment_currency"_s, presentment);
    if (!order.contains(u"order_number"_s))
        order.insert(u"order_number"_s, number);
    if (!order.contains(u"number"_s))
        order.insert(u"number"_s, number - 1000);
    if (!order.contains(u"name"_s))
        order.insert(u"name"_s,
                     QString(u"#"_s + QString::number(order.value(u"order_number"_s).toInteger())));
    if (!order.contains(u"created_at"_s))
        order.insert(u"created_at"_s, iso(now));
    if (!order.contains(u"updated_at"_s))
        order.insert(u"updated_at"_s, order.value(u"created_at"_s));
    if (!order.contains(u"processed_at"_s))
        order.insert(u"processed_at"_s, order.value(u"created_at"_s));
    const bool taxesIncluded = order.value(u"taxes_included"_s).toBool();
    order.insert(u"taxes_included"_s, taxesIncluded);
    for (const char *key : {"financial_status", "cancelled_at", "closed_at", "fulfillment_status"}) {
        const QString name = QString::fromLatin1(key);
        if (!order.contains(name))
            order.insert(name, name == u"financial_status" ? QJsonValue(u"paid"_s) : QJsonValue());
    }
    for (const char *key : {"discount_codes", "shipping_lines", "refunds", "tax_lines", "note_attributes"}) {
        if (!order.contains(QString::fromLatin1(key)))
            order.insert(QString::fromLatin1(key), QJsonArray());
    }

    Decimal lineTotal;
    Decimal tax;
    QJsonArray lines = order.value(u"line_items"_s).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        if (!line.contains(u"id"_s))
            line.insert(u"id"_s, nextLineId++);
        const Decimal price = dec(line.value(u"price"_s));
        const qint64 quantity = line.value(u"quantity"_s).toInteger(1);
        line.insert(u"quantity"_s, quantity);
        line.insert(u"price"_s, money(price));
        if (!line.contains(u"name"_s))
            line.insert(u"name"_s, line.value(u"title"_s));
        if (!line.contains(u"total_discount"_s))
            line.insert(u"total_discount"_s, u"0.00"_s);
        if (!line.contains(u"tax_lines"_s))
            line.insert(u"tax_lines"_s, QJsonArray());
        if (!line.contains(u"vendor"_s))
            line.insert(u"vendor"_s, QJsonValue());
        if (!line.contains(u"sku"_s))
            line.insert(u"sku"_s, QJsonValue());
        if (!line.contains(u"price_set"_s))
            line.insert(u"price_set"_s, moneySet(money(price), currency, money(price), presentment));
        lineTotal += price * Decimal(quantity);
        for (const QJsonValue &taxLine : line.value(u"tax_lines"_s).toArray())
            tax += dec(taxLine.toObject().value(u"price"_s));
        lines[i] = line;
    }
    order.insert(u"line_items"_s, lines);
    Decimal shipping;
    for (const QJsonValue &shippingLine : order.value(u"shipping_lines"_s).toArray()) {
        shipping += dec(shippingLine.toObject().value(u"price"_s));
        for (const QJsonValue &taxLine : shippingLine.toObject().value(u"tax_lines"_s).toArray())
            tax += dec(taxLine.toObject().value(u"price"_s));
    }
    Decimal orderDiscounts;
    for (const QJsonValue &code : order.value(u"discount_codes"_s).toArray())
        orderDiscounts += dec(code.toObject().value(u"amount"_s));
    Decimal lineDiscounts;
    for (const QJsonValue &line : lines)
        lineDiscounts += dec(line.toObject().value(u"total_discount"_s));
    const Decimal totalDiscounts = orderDiscounts.isZero() ? lineDiscounts : orderDiscounts;
    const Decimal subtotal = lineTotal - totalDiscounts;
    const Decimal total = taxesIncluded ? subtotal + shipping : subtotal + shipping + tax;
    auto setIfMissing = [&order, &currency, &presentment](const QString &key, const Decimal &value) {
        if (!order.contains(key))
            order.insert(key, money(value));
        if (!order.contains(key + u"_set"_s)) {
            const QString amount = order.value(key).toString();
            order.insert(key + u"_set"_s, moneySet(amount, currency, amount, presentment));
        }
    };
    setIfMissing(u"total_line_items_price"_s, lineTotal);
    setIfMissing(u"total_discounts"_s, totalDiscounts);
    setIfMissing(u"subtotal_price"_s, subtotal);
    setIfMissing(u"total_tax"_s, tax);
    setIfMissing(u"total_price"_s, total);
    setIfMissing(u"current_subtotal_price"_s, subtotal);
    setIfMissing(u"current_total_tax"_s, tax);
    setIfMissing(u"current_total_discounts"_s, totalDiscounts);
    setIfMissing(u"current_total_price"_s, total);
    if (!order.contains(u"total_shipping_price_set"_s))
        order.insert(u"total_shipping_price_set"_s,
                     moneySet(money(shipping), currency, money(shipping), presentment));
}

QJsonObject onlyFields(const QJsonObject &object, const QStringList &fields)
{
    QJsonObject result;
    for (const QString &field : fields) {
        const QString name = field.trimmed();
        if (object.contains(name))
            result.insert(name, object.value(name));
    }
    return result;
}

QString pageInfoEncode(const QJsonObject &info)
{
    return QString::fromLatin1(
        compact(info).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> pageInfoDecode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

/// The scopes a fully installed sandbox app has.
QStringList allScopes()
{
    return {u"read_orders"_s,    u"write_orders"_s,
            u"read_customers"_s, u"write_customers"_s,
            u"read_products"_s,  u"write_products"_s,
            u"read_inventory"_s, u"write_inventory"_s,
            u"read_locations"_s, u"read_shopify_payments_payouts"_s};
}

} // namespace

StoreServer::StoreServer(QObject *parent)
    : SandboxHttpServer(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_scopes(allScopes())
    , m_graphql(std::make_unique<StoreGraphql>(static_cast<StoreGraphqlHost &>(*this)))
    , m_costAvailableMilli(costBucketPoints * 1000)
    , m_costAt(nowMs())
{ }

StoreServer::~StoreServer() = default;

QString StoreServer::open(const QString &path)
{
    static const QString schema = uR"(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS orders(id INTEGER PRIMARY KEY, name TEXT, status TEXT, financial_status TEXT,
    created_ms INTEGER, updated_ms INTEGER, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS orders_updated ON orders(updated_ms, id);
CREATE INDEX IF NOT EXISTS orders_name ON orders(name);
CREATE TABLE IF NOT EXISTS transactions(id INTEGER PRIMARY KEY, order_id INTEGER, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS transactions_order ON transactions(order_id);
CREATE TABLE IF NOT EXISTS customers(id INTEGER PRIMARY KEY, email TEXT COLLATE NOCASE, updated_ms INTEGER, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS customers_email ON customers(email);
CREATE INDEX IF NOT EXISTS customers_updated ON customers(updated_ms, id);
CREATE TABLE IF NOT EXISTS products(id INTEGER PRIMARY KEY, updated_ms INTEGER, doc BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS locations(id INTEGER PRIMARY KEY, doc BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS inventory_levels(inventory_item_id INTEGER, location_id INTEGER, available INTEGER,
    updated_ms INTEGER, PRIMARY KEY(inventory_item_id, location_id));
CREATE TABLE IF NOT EXISTS webhooks(id INTEGER PRIMARY KEY, topic TEXT, address TEXT, doc BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS payouts(id INTEGER PRIMARY KEY, status TEXT, date TEXT, doc BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS balance_transactions(id INTEGER PRIMARY KEY, payout_id INTEGER, payout_status TEXT,
    test INTEGER, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS balance_transactions_payout ON balance_transactions(payout_id, id)
)"_s;
    return m_db.open(
        path, u"ledgerlink-sandbox-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), schema);
}

qint64 StoreServer::orderCount()
{
    auto query = m_db.exec(u"SELECT COUNT(*) FROM orders"_s);
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

bool StoreServer::insertOrder(QJsonObject order)
{
    const QJsonArray transactions = order.take(u"transactions"_s).toArray();
    const qint64 id = order.value(u"id"_s).toInteger();
    for (const QJsonValue &value : transactions) {
        QJsonObject transaction = value.toObject();
        transaction.insert(u"order_id"_s, id);
        if (!m_db.exec(u"INSERT OR REPLACE INTO transactions(id, order_id, doc) VALUES(?, ?, ?)"_s,
                       {transaction.value(u"id"_s).toInteger(), id, compact(transaction)}))
            return false;
    }
    return m_db
        .exec(
            u"INSERT OR REPLACE INTO orders(id, name, status, financial_status, created_ms, updated_ms, doc) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
            {id, order.value(u"name"_s).toString(), statusOf(order),
             order.value(u"financial_status"_s).toString(),
             parseTime(order.value(u"created_at"_s).toString()),
             parseTime(order.value(u"updated_at"_s).toString()), compact(order)})
        .has_value();
}

bool StoreServer::insertCustomer(const QJsonObject &customer)
{
    const QJsonValue email = customer.value(u"email"_s);
    return m_db
        .exec(u"INSERT OR REPLACE INTO customers(id, email, updated_ms, doc) VALUES(?, ?, ?, ?)"_s,
              {customer.value(u"id"_s).toInteger(),
               email.isString() ? QVariant(email.toString()) : QVariant(),
               parseTime(customer.value(u"updated_at"_s).toString()), compact(customer)})
        .has_value();
}

bool StoreServer::insertProduct(QJsonObject &product, qint64 now)
{
    const qint64 id = product.value(u"id"_s).toInteger();
    QJsonArray variants = product.value(u"variants"_s).toArray();
    for (qsizetype i = 0; i < variants.size(); ++i) {
        QJsonObject variant = variants.at(i).toObject();
        if (!variant.contains(u"id"_s))
            variant.insert(u"id"_s, m_db.nextValue(u"next_variant_id"_s, 49000000001));
        if (!variant.contains(u"inventory_item_id"_s)) {
            const qint64 item = m_db.nextValue(u"next_inventory_item_id"_s, 51000000001);
            variant.insert(u"inventory_item_id"_s, item);
            m_db.exec(u"INSERT OR IGNORE INTO inventory_levels(inventory_item_id, location_id, available, "
                      u"updated_ms) "
                      "SELECT ?, id, 0, ? FROM locations"_s,
                      {item, now});
        }
        variant.insert(u"product_id"_s, id);
        if (!variant.contains(u"admin_graphql_api_id"_s))
            variant.insert(u"admin_graphql_api_id"_s,
                           QString(u"gid://shopify/ProductVariant/"_s
                                   + QString::number(variant.value(u"id"_s).toInteger())));
        if (!variant.contains(u"inventory_quantity"_s))
            variant.insert(u"inventory_quantity"_s, 0);
        if (!variant.contains(u"price"_s))
            variant.insert(u"price"_s, u"0.00"_s);
        variant.insert(u"price"_s, money(dec(variant.value(u"price"_s))));
        if (!variant.contains(u"created_at"_s))
            variant.insert(u"created_at"_s, iso(now));
        if (!variant.contains(u"updated_at"_s))
            variant.insert(u"updated_at"_s, iso(now));
        variants[i] = variant;
    }
    product.insert(u"variants"_s, variants);
    return m_db
        .exec(u"INSERT OR REPLACE INTO products(id, updated_ms, doc) VALUES(?, ?, ?)"_s,
              {id, parseTime(product.value(u"updated_at"_s).toString()), compact(product)})
        .has_value();
}

bool StoreServer::seedPayments(const QJsonObject &seed)
{
    bool ok = true;
    for (const QJsonValue &value : seed.value(u"payouts"_s).toArray()) {
        const QJsonObject payout = value.toObject();
        ok = ok
            && m_db.exec(u"INSERT OR REPLACE INTO payouts(id, status, date, doc) VALUES(?, ?, ?, ?)"_s,
                         {payout.value(u"id"_s).toInteger(), payout.value(u"status"_s).toString(),
                          payout.value(u"date"_s).toString(), compact(payout)});
    }
    for (const QJsonValue &value : seed.value(u"balance_transactions"_s).toArray()) {
        const QJsonObject transaction = value.toObject();
        ok = ok
            && m_db.exec(
                u"INSERT OR REPLACE INTO balance_transactions(id, payout_id, payout_status, test, doc) "
                "VALUES(?, ?, ?, ?, ?)"_s,
                {transaction.value(u"id"_s).toInteger(), transaction.value(u"payout_id"_s).toInteger(),
                 transaction.value(u"payout_status"_s).toString(),
                 transaction.value(u"test"_s).toBool() ? 1 : 0, compact(transaction)});
    }
    return ok;
}

QString StoreServer::seedIfEmpty(const QJsonObject &seed)
{
    if (orderCount() > 0) {
        // A store created before it knew Shopify Payments gets the seed's payouts (they refer to the
        // seed's orders, which such a store holds).
        auto payouts = m_db.exec(u"SELECT COUNT(*) FROM payouts"_s);
        if (!payouts || !payouts->next() || payouts->value(0).toLongLong() > 0
            || seed.value(u"payouts"_s).toArray().isEmpty())
            return {};
        if (!m_db.begin())
            return u"cannot start a transaction"_s;
        if (!seedPayments(seed) || !m_db.commit()) {
            m_db.rollback();
            return u"the seed could not be stored"_s;
        }
        return {};
    }
    const qint64 now = nowMs();
    if (!m_db.begin())
        return u"cannot start a transaction"_s;
    bool ok = true;
    for (const QJsonValue &location : seed.value(u"locations"_s).toArray()) {
        ok = ok
            && m_db.exec(u"INSERT OR REPLACE INTO locations(id, doc) VALUES(?, ?)"_s,
                         {location.toObject().value(u"id"_s).toInteger(), compact(location.toObject())});
    }
    for (const QJsonValue &customer : seed.value(u"customers"_s).toArray())
        ok = ok && insertCustomer(customer.toObject());
    for (const QJsonValue &value : seed.value(u"products"_s).toArray()) {
        QJsonObject product = value.toObject();
        ok = ok && insertProduct(product, now);
    }
    for (const QJsonValue &value : seed.value(u"inventory_levels"_s).toArray()) {
        const QJsonObject level = value.toObject();
        ok = ok
            && m_db.exec(u"INSERT OR REPLACE INTO inventory_levels VALUES(?, ?, ?, ?)"_s,
                         {level.value(u"inventory_item_id"_s).toInteger(),
                          level.value(u"location_id"_s).toInteger(), level.value(u"available"_s).toInteger(),
                          now});
    }
    qint64 lineId = m_db.nextValue(u"next_line_id"_s, 0, 0);
    if (lineId == 0)
        lineId = 13000000001;
    qint64 maxNumber = 1000;
    for (const QJsonValue &value : seed.value(u"orders"_s).toArray()) {
        QJsonObject order = value.toObject();
        const qint64 id = order.value(u"id"_s).toInteger();
        const qint64 number = order.value(u"order_number"_s).toInteger();
        maxNumber = qMax(maxNumber, number);
        completeOrder(order, id, number, now, lineId);
        ok = ok && insertOrder(order);
    }
    ok = ok && seedPayments(seed);
    m_db.exec(u"INSERT OR REPLACE INTO meta VALUES('next_line_id', ?)"_s, {lineId});
    m_db.exec(u"INSERT OR REPLACE INTO meta VALUES('next_order_number', ?)"_s, {maxNumber + 1});
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return u"the seed could not be stored"_s;
    }
    return {};
}

void StoreServer::generateOrders(int total, quint32 seed)
{
    const qint64 have = orderCount();
    if (have >= total)
        return;
    QRandomGenerator random(seed);
    // The SKUs of the seeded products (variants) with their prices.
    QList<std::pair<QJsonObject, QJsonObject>> variants; // product, variant
    if (auto query = m_db.exec(u"SELECT doc FROM products ORDER BY id"_s)) {
        while (query->next()) {
            const QJsonObject product = parseObject(query->value(0).toByteArray());
            for (const QJsonValue &variant : product.value(u"variants"_s).toArray())
                variants.append({product, variant.toObject()});
        }
    }
    if (variants.isEmpty())
        return;
    QList<QJsonObject> customers;
    if (auto query = m_db.exec(u"SELECT doc FROM customers ORDER BY id"_s)) {
        while (query->next())
            customers.append(parseObject(query->value(0).toByteArray()));
    }
    const qint64 base = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    qint64 lineId = m_db.nextValue(u"next_line_id"_s, 13000000001, 0);
    m_db.begin();
    // The counters are taken once for the whole batch (one transaction).
    const qint64 firstId = m_db.nextValue(u"next_order_id"_s, 6000000000001, total - have);
    const qint64 firstNumber = m_db.nextValue(u"next_order_number"_s, 1100, total - have);
    for (qint64 n = have; n < total; ++n) {
        const qint64 id = firstId + (n - have);
        const qint64 number = firstNumber + (n - have);
        const qint64 created = base + n * 60000 + random.bounded(30000);
        QJsonArray lines;
        const int lineCount = 1 + int(random.bounded(9u)); // 1..9, about 5 on average
        for (int l = 0; l < lineCount; ++l) {
            const auto &[product, variant] = variants.at(random.bounded(int(variants.size())));
            const int quantity = 1 + int(random.bounded(3u));
            const Decimal price = dec(variant.value(u"price"_s));
            // 19 % VAT included in the price: tax = price * q * 19 / 119, rounded per line.
            const Decimal gross = price * Decimal(quantity);
            const Decimal tax = Decimal::divide(gross * Decimal(19), Decimal(119), 2, RoundingMode::HalfEven)
                                    .value_or(Decimal());
            lines.append(QJsonObject{
                {u"sku"_s, variant.value(u"sku"_s)},
                {u"title"_s, product.value(u"title"_s)},
                {u"name"_s,
                 QString(product.value(u"title"_s).toString() % u" - "_s
                         % variant.value(u"title"_s).toString())},
                {u"vendor"_s, product.value(u"vendor"_s)},
                {u"product_id"_s, product.value(u"id"_s)},
                {u"variant_id"_s, variant.value(u"id"_s)},
                {u"quantity"_s, quantity},
                {u"price"_s, money(price)},
                {u"total_discount"_s, u"0.00"_s},
                {u"tax_lines"_s,
                 QJsonArray{
                     QJsonObject{{u"title"_s, u"MwSt"_s}, {u"price"_s, money(tax)}, {u"rate"_s, 0.19}}}},
            });
        }
        QJsonObject order{
            {u"email"_s, QJsonValue()},
            {u"currency"_s, u"EUR"_s},
            {u"presentment_currency"_s, u"EUR"_s},
            {u"taxes_included"_s, true},
            {u"financial_status"_s, u"paid"_s},
            {u"created_at"_s, iso(created)},
            {u"updated_at"_s, iso(created + 5000)},
            {u"line_items"_s, lines},
            {u"source_name"_s, u"sandbox-generator"_s},
        };
        if (!customers.isEmpty()) {
            const QJsonObject customer = customers.at(random.bounded(int(customers.size())));
            order.insert(u"customer"_s, customer);
            order.insert(u"email"_s, customer.value(u"email"_s));
        }
        completeOrder(order, id, number, created, lineId);
        insertOrder(order);
    }
    m_db.exec(u"INSERT OR REPLACE INTO meta VALUES('next_line_id', ?)"_s, {lineId});
    m_db.commit();
}

std::optional<HttpReply> StoreServer::checkAuth(const HttpRequest &request)
{
    if (request.header("X-Shopify-Access-Token") == Credentials::shopAccessTokenText)
        return std::nullopt;
    return errors(401, u"[API] Invalid API key or access token (unrecognized login or wrong password)"_s);
}

std::optional<HttpReply> StoreServer::checkRateLimit(const HttpRequest &request)
{
    if (request.path == graphqlPath)
        return std::nullopt; // GraphQL has its own cost bucket (graphql())
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_bucketMilli = qMax<qint64>(0, m_bucketMilli - (now - m_bucketAt) * 2);
    m_bucketAt = now;
    if (m_bucketMilli + 1000 > bucketSize * 1000) {
        HttpReply reply = faultReply(429, "2.0");
        return reply;
    }
    m_bucketMilli += 1000;
    return std::nullopt;
}

void StoreServer::decorate(const HttpRequest &request, HttpReply &reply)
{
    reply.setHeader("X-Shopify-API-Version", Credentials::shopApiVersionText);
    reply.setHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (request.path == graphqlPath)
        return; // the REST call limit neither counts nor reports GraphQL requests
    if (!rateLimits()) {
        // Without limits the bucket still reports: each request counts and drains at 2/s.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_bucketMilli = qMax<qint64>(0, m_bucketMilli - (now - m_bucketAt) * 2);
        m_bucketAt = now;
        m_bucketMilli = qMin<qint64>(m_bucketMilli + 1000, bucketSize * 1000);
    }
    const qint64 used = (m_bucketMilli + 999) / 1000;
    reply.setHeader("X-Shopify-Shop-Api-Call-Limit",
                    QByteArray::number(used) + '/' + QByteArray::number(bucketSize));
}

bool StoreServer::changesData(const HttpRequest &request) const
{
    if (request.path == graphqlPath)
        return StoreGraphql::isMutation(request.body, request.header("Content-Type"));
    return request.isWrite();
}

HttpReply StoreServer::faultReply(int status, const QByteArray &retryAfter)
{
    HttpReply reply;
    if (status == 429) {
        reply = errors(429,
                       u"Exceeded 2 calls per second for api client. Reduce request rates to resume "
                       "uninterrupted service."_s);
    } else if (status == 503) {
        reply = errors(503, u"Unavailable Shop"_s);
    } else if (status == 422) {
        reply = errors(
            422,
            QJsonObject{{u"base"_s, QJsonArray{u"The sandbox rejected this request (injected fault)"_s}}});
    } else {
        reply = errors(status, u"The sandbox rejected this request (injected fault)"_s);
    }
    if (!retryAfter.isEmpty() && (status == 429 || status == 503))
        reply.setHeader("Retry-After", retryAfter);
    return reply;
}

std::optional<StoreServer::Filter> StoreServer::updatedFilter(const QUrlQuery &query, QString *error)
{
    Filter filter;
    for (const auto &[key, op] :
         {std::pair{u"updated_at_min"_s, u">="_s}, std::pair{u"updated_at_max"_s, u"<="_s}}) {
        if (!query.hasQueryItem(key))
            continue;
        const qint64 ms = parseTime(query.queryItemValue(key, QUrl::FullyDecoded));
        if (ms < 0) {
            *error = key;
            return std::nullopt;
        }
        filter.where.append(u"updated_ms "_s % op % u" ?"_s);
        filter.values.append(ms);
    }
    if (query.hasQueryItem(u"since_id"_s)) {
        filter.where.append(u"id > ?"_s);
        filter.values.append(query.queryItemValue(u"since_id"_s).toLongLong());
    }
    if (query.hasQueryItem(u"ids"_s)) {
        QStringList marks;
        for (const QString &id :
             query.queryItemValue(u"ids"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts)) {
            marks.append(u"?"_s);
            filter.values.append(id.trimmed().toLongLong());
        }
        filter.where.append(u"id IN ("_s % marks.join(u',') % u")"_s);
    }
    return filter;
}

std::optional<StoreServer::Filter> StoreServer::orderFilter(const QUrlQuery &query, QString *error)
{
    auto filter = updatedFilter(query, error);
    if (!filter)
        return std::nullopt;
    for (const auto &[key, op] :
         {std::pair{u"created_at_min"_s, u">="_s}, std::pair{u"created_at_max"_s, u"<="_s}}) {
        if (!query.hasQueryItem(key))
            continue;
        const qint64 ms = parseTime(query.queryItemValue(key, QUrl::FullyDecoded));
        if (ms < 0) {
            *error = key;
            return std::nullopt;
        }
        filter->where.append(u"created_ms "_s % op % u" ?"_s);
        filter->values.append(ms);
    }
    const QString status = query.hasQueryItem(u"status"_s) ? query.queryItemValue(u"status"_s) : u"open"_s;
    if (status == u"open" || status == u"closed" || status == u"cancelled") {
        filter->where.append(u"status = ?"_s);
        filter->values.append(status);
    } else if (status != u"any") {
        *error = u"status"_s;
        return std::nullopt;
    }
    if (query.hasQueryItem(u"financial_status"_s)) {
        const QString financial = query.queryItemValue(u"financial_status"_s);
        if (financial != u"any") {
            filter->where.append(u"financial_status = ?"_s);
            filter->values.append(financial);
        }
    }
    if (query.hasQueryItem(u"name"_s)) {
        QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
        if (!name.startsWith(u'#'))
            name.prepend(u'#');
        filter->where.append(u"name = ?"_s);
        filter->values.append(name);
    }
    return filter;
}

namespace {

/// since_id (ids above) and last_id (ids below) of the Shopify Payments lists; false names the bad one.
bool idBounds(const QUrlQuery &query, QStringList &where, QVariantList &values, QString *error)
{
    for (const auto &[key, op] : {std::pair{u"since_id"_s, u">"_s}, std::pair{u"last_id"_s, u"<"_s}}) {
        if (!query.hasQueryItem(key))
            continue;
        bool ok = false;
        const qint64 id = query.queryItemValue(key).toLongLong(&ok);
        if (!ok) {
            *error = key;
            return false;
        }
        where.append(u"id "_s % op % u" ?"_s);
        values.append(id);
    }
    return true;
}

/// A payout's status as Shopify lists them.
bool isPayoutStatus(const QString &status)
{
    static const QStringList statuses{u"scheduled"_s, u"in_transit"_s, u"paid"_s, u"failed"_s,
                                      u"cancelled"_s};
    return statuses.contains(status);
}

} // namespace

std::optional<StoreServer::Filter> StoreServer::payoutFilter(const QUrlQuery &query, QString *error)
{
    Filter filter;
    if (!idBounds(query, filter.where, filter.values, error))
        return std::nullopt;
    if (query.hasQueryItem(u"status"_s)) {
        const QString status = query.queryItemValue(u"status"_s);
        if (!isPayoutStatus(status)) {
            *error = u"status"_s;
            return std::nullopt;
        }
        filter.where.append(u"status = ?"_s);
        filter.values.append(status);
    }
    // Dates are YYYY-MM-DD, bounds inclusive; the column holds the same text, so text order is date order.
    static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    for (const auto &[key, op] : {std::pair{u"date_min"_s, u">="_s}, std::pair{u"date_max"_s, u"<="_s},
                                  std::pair{u"date"_s, u"="_s}}) {
        if (!query.hasQueryItem(key))
            continue;
        const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
        if (!day.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid()) {
            *error = key;
            return std::nullopt;
        }
        filter.where.append(u"date "_s % op % u" ?"_s);
        filter.values.append(text);
    }
    return filter;
}

std::optional<StoreServer::Filter> StoreServer::balanceTransactionFilter(const QUrlQuery &query,
                                                                         QString *error)
{
    Filter filter;
    if (!idBounds(query, filter.where, filter.values, error))
        return std::nullopt;
    if (query.hasQueryItem(u"payout_id"_s)) {
        bool ok = false;
        const qint64 payout = query.queryItemValue(u"payout_id"_s).toLongLong(&ok);
        if (!ok) {
            *error = u"payout_id"_s;
            return std::nullopt;
        }
        filter.where.append(u"payout_id = ?"_s);
        filter.values.append(payout);
    }
    if (query.hasQueryItem(u"payout_status"_s)) {
        const QString status = query.queryItemValue(u"payout_status"_s);
        if (!isPayoutStatus(status)) {
            *error = u"payout_status"_s;
            return std::nullopt;
        }
        filter.where.append(u"payout_status = ?"_s);
        filter.values.append(status);
    }
    if (query.hasQueryItem(u"test"_s)) {
        const QString test = query.queryItemValue(u"test"_s);
        if (test != u"true" && test != u"false") {
            *error = u"test"_s;
            return std::nullopt;
        }
        filter.where.append(u"test = ?"_s);
        filter.values.append(test == u"true" ? 1 : 0);
    }
    return filter;
}

HttpReply StoreServer::listPage(const HttpRequest &request, const QString &table, const QString &key,
                                const FilterBuilder &filterFrom)
{
    bool limitOk = true;
    const int limit = request.queryValue(u"limit"_s, u"50"_s).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 250)
        return errors(400, QJsonObject{{u"limit"_s, QJsonArray{u"must be between 1 and 250"_s}}});
    const QStringList fields = request.hasQuery(u"fields"_s)
        ? request.queryValue(u"fields"_s).split(u',', Qt::SkipEmptyParts)
        : QStringList();

    QUrlQuery filterQuery;
    qint64 after = -1;
    qint64 before = -1;
    if (request.hasQuery(u"page_info"_s)) {
        for (const auto &[name, value] : request.query.queryItems()) {
            if (name != u"page_info" && name != u"limit" && name != u"fields")
                return errors(400,
                              QJsonObject{{u"page_info"_s,
                                           QJsonArray{u"page_info cannot be combined with "
                                                      "other filter parameters"_s}}});
        }
        const auto info = pageInfoDecode(request.queryValue(u"page_info"_s));
        if (!info)
            return errors(400, QJsonObject{{u"page_info"_s, QJsonArray{u"Invalid value."_s}}});
        filterQuery.setQuery(info->value(u"q"_s).toString());
        after = info->contains(u"after"_s) ? info->value(u"after"_s).toInteger() : -1;
        before = info->contains(u"before"_s) ? info->value(u"before"_s).toInteger() : -1;
    } else {
        for (const auto &[name, value] : request.query.queryItems(QUrl::FullyEncoded)) {
            if (name != u"limit" && name != u"fields")
                filterQuery.addQueryItem(name, value);
        }
    }
    QString error;
    auto filter = filterFrom(filterQuery, &error);
    if (!filter)
        return errors(400, QJsonObject{{error, QJsonArray{u"is invalid"_s}}});
    if (after >= 0) {
        filter->where.append(u"id > ?"_s);
        filter->values.append(after);
    }
    if (before >= 0) {
        filter->where.append(u"id < ?"_s);
        filter->values.append(before);
    }
    const QString where = filter->where.isEmpty() ? QString() : u" WHERE "_s + filter->where.join(u" AND "_s);
    const QString order = before >= 0 ? u" ORDER BY id DESC"_s : u" ORDER BY id"_s;
    filter->values.append(limit + 1);
    auto query = m_db.exec(u"SELECT id, doc FROM "_s % table % where % order % u" LIMIT ?"_s, filter->values);
    if (!query)
        return errors(500, u"the sandbox store could not read its database"_s);
    QList<std::pair<qint64, QByteArray>> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toByteArray()});
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    if (before >= 0)
        std::reverse(rows.begin(), rows.end());

    QByteArray body = "{\"" + key.toLatin1() + "\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            body += ',';
        if (fields.isEmpty())
            body += rows.at(i).second;
        else
            body += compact(onlyFields(parseObject(rows.at(i).second), fields));
    }
    body += "]}";
    HttpReply reply = HttpReply::raw(200, body);

    // Link: rel="previous" when this is not the first page, rel="next" when more rows follow.
    const QByteArray host = request.header("Host");
    auto link = [&](const QJsonObject &info) -> QByteArray {
        QUrlQuery linkQuery;
        linkQuery.addQueryItem(u"limit"_s, QString::number(limit));
        if (!fields.isEmpty())
            linkQuery.addQueryItem(u"fields"_s, fields.join(u','));
        linkQuery.addQueryItem(u"page_info"_s, pageInfoEncode(info));
        return "<http://" + host + request.path.toUtf8() + '?'
            + linkQuery.toString(QUrl::FullyEncoded).toUtf8() + '>';
    };
    const QString q = filterQuery.toString(QUrl::FullyEncoded);
    QList<QByteArray> links;
    const bool hasPrevious = (after >= 0 || (before >= 0 && more)) && !rows.isEmpty();
    const bool hasNext = (before >= 0 && !rows.isEmpty()) || (before < 0 && more);
    if (hasPrevious)
        links.append(link(QJsonObject{{u"q"_s, q}, {u"before"_s, rows.first().first}})
                     + "; rel=\"previous\"");
    if (hasNext)
        links.append(link(QJsonObject{{u"q"_s, q}, {u"after"_s, rows.last().first}}) + "; rel=\"next\"");
    if (!links.isEmpty())
        reply.setHeader("Link", links.join(", "));
    return reply;
}

HttpReply StoreServer::count(const HttpRequest &request, const QString &table,
                             const FilterBuilder &filterFrom)
{
    QString error;
    auto filter = filterFrom(request.query, &error);
    if (!filter)
        return errors(400, QJsonObject{{error, QJsonArray{u"is invalid"_s}}});
    const QString where = filter->where.isEmpty() ? QString() : u" WHERE "_s + filter->where.join(u" AND "_s);
    auto query = m_db.exec(u"SELECT COUNT(*) FROM "_s % table % where, filter->values);
    const qint64 n = query && query->next() ? query->value(0).toLongLong() : 0;
    return HttpReply::json(200, QJsonObject{{u"count"_s, n}});
}

HttpReply StoreServer::getOne(const QString &table, const QString &key, qint64 id, const HttpRequest &request)
{
    auto query = m_db.exec(u"SELECT doc FROM "_s % table % u" WHERE id = ?"_s, {id});
    if (!query || !query->next())
        return notFound();
    QByteArray doc = query->value(0).toByteArray();
    if (request.hasQuery(u"fields"_s))
        doc = compact(onlyFields(parseObject(doc), request.queryValue(u"fields"_s).split(u',')));
    return HttpReply::raw(200, "{\"" + key.toLatin1() + "\":" + doc + '}');
}

qint64 StoreServer::findOrCreateCustomer(QJsonObject &customer, qint64 now)
{
    if (customer.contains(u"id"_s)) {
        auto query =
            m_db.exec(u"SELECT doc FROM customers WHERE id = ?"_s, {customer.value(u"id"_s).toInteger()});
        if (query && query->next()) {
            customer = parseObject(query->value(0).toByteArray());
            return customer.value(u"id"_s).toInteger();
        }
    }
    const QString email = customer.value(u"email"_s).toString();
    if (!email.isEmpty()) {
        auto query = m_db.exec(u"SELECT doc FROM customers WHERE email = ? ORDER BY id LIMIT 1"_s, {email});
        if (query && query->next()) {
            customer = parseObject(query->value(0).toByteArray());
            return customer.value(u"id"_s).toInteger();
        }
    }
    const qint64 id = m_db.nextValue(u"next_customer_id"_s, 8000000000001);
    customer.insert(u"id"_s, id);
    customer.insert(u"admin_graphql_api_id"_s, QString(u"gid://shopify/Customer/"_s + QString::number(id)));
    customer.insert(u"created_at"_s, iso(now));
    customer.insert(u"updated_at"_s, iso(now));
    if (!customer.contains(u"email"_s))
        customer.insert(u"email"_s, QJsonValue());
    insertCustomer(customer);
    return id;
}

HttpReply StoreServer::createOrder(const HttpRequest &request)
{
    QJsonObject order = parseObject(request.body).value(u"order"_s).toObject();
    if (order.value(u"line_items"_s).toArray().isEmpty())
        return errors(422, QJsonObject{{u"line_items"_s, QJsonArray{u"must have at least one line item"_s}}});
    const qint64 now = nowMs();
    m_db.begin();
    const qint64 id = m_db.nextValue(u"next_order_id"_s, 6000000000001);
    const qint64 number = m_db.nextValue(u"next_order_number"_s, 1100);
    qint64 lineId = m_db.nextValue(u"next_line_id"_s, 13000000001, 0);
    order.remove(u"id"_s);
    order.remove(u"name"_s);
    order.remove(u"order_number"_s);
    if (order.contains(u"customer"_s)) {
        QJsonObject customer = order.value(u"customer"_s).toObject();
        if (!customer.contains(u"email"_s) && order.contains(u"email"_s))
            customer.insert(u"email"_s, order.value(u"email"_s));
        findOrCreateCustomer(customer, now);
        order.insert(u"customer"_s, customer);
    }
    if (!order.contains(u"email"_s))
        order.insert(u"email"_s, order.value(u"customer"_s).toObject().value(u"email"_s));
    order.remove(u"created_at"_s);
    order.remove(u"updated_at"_s);
    completeOrder(order, id, number, now, lineId);
    m_db.exec(u"INSERT OR REPLACE INTO meta VALUES('next_line_id', ?)"_s, {lineId});
    if (!insertOrder(order) || !m_db.commit()) {
        m_db.rollback();
        return errors(500, u"the sandbox store could not write its database"_s);
    }
    countWriteCommitted();
    order.remove(u"transactions"_s);
    fireWebhook(u"orders/create"_s, order);
    return HttpReply::raw(201, "{\"order\":" + compact(order) + '}');
}

HttpReply StoreServer::orderSub(qint64 orderId, const QString &what, bool inShopCurrency)
{
    auto query = m_db.exec(u"SELECT doc FROM orders WHERE id = ?"_s, {orderId});
    if (!query || !query->next())
        return notFound();
    if (what == u"refunds") {
        const QJsonObject order = parseObject(query->value(0).toByteArray());
        return HttpReply::json(200, QJsonObject{{u"refunds"_s, order.value(u"refunds"_s).toArray()}});
    }
    // `in_shop_currency=true` (Shopify's parameter): each amount in the shop's currency, converted
    // with the order's own rate (its total's shop money per presentment unit), half-even.
    std::optional<QJsonObject> shopTotal;
    std::optional<QJsonObject> presentmentTotal;
    if (inShopCurrency) {
        const QJsonObject set =
            parseObject(query->value(0).toByteArray()).value(u"total_price_set"_s).toObject();
        shopTotal = set.value(u"shop_money"_s).toObject();
        presentmentTotal = set.value(u"presentment_money"_s).toObject();
    }
    QByteArray body = "{\"transactions\":[";
    auto transactions =
        m_db.exec(u"SELECT doc FROM transactions WHERE order_id = ? ORDER BY id"_s, {orderId});
    bool first = true;
    while (transactions && transactions->next()) {
        if (!first)
            body += ',';
        first = false;
        QByteArray doc = transactions->value(0).toByteArray();
        if (shopTotal) {
            QJsonObject transaction = parseObject(doc);
            const QString shopCurrency = shopTotal->value(u"currency_code"_s).toString();
            if (transaction.value(u"currency"_s).toString() != shopCurrency) {
                const Decimal presentment = dec(presentmentTotal->value(u"amount"_s));
                const Decimal shop = dec(shopTotal->value(u"amount"_s));
                const Decimal amount = dec(transaction.value(u"amount"_s));
                const std::optional<Decimal> converted = presentment.isZero()
                    ? std::nullopt
                    : Decimal::divide(amount * shop, presentment, 2, RoundingMode::HalfEven);
                transaction.insert(u"amount"_s, converted ? converted->toString() : u"0.00"_s);
                transaction.insert(u"currency"_s, shopCurrency);
                doc = compact(transaction);
            }
        }
        body += doc;
    }
    body += "]}";
    return HttpReply::raw(200, body);
}

HttpReply StoreServer::searchCustomers(const HttpRequest &request)
{
    const QString text = request.queryValue(u"query"_s).trimmed();
    QString sql = u"SELECT doc FROM customers ORDER BY id LIMIT 250"_s;
    QVariantList values;
    if (text.startsWith(u"email:")) {
        sql = u"SELECT doc FROM customers WHERE email = ? ORDER BY id LIMIT 250"_s;
        values.append(text.mid(6).remove(u'"'));
    } else if (!text.isEmpty()) {
        sql = u"SELECT doc FROM customers WHERE email LIKE ? OR doc LIKE ? ORDER BY id LIMIT 250"_s;
        const QString like = u"%"_s + text + u"%"_s;
        values = {like, like};
    }
    QByteArray body = "{\"customers\":[";
    auto query = m_db.exec(sql, values);
    bool first = true;
    while (query && query->next()) {
        if (!first)
            body += ',';
        first = false;
        body += query->value(0).toByteArray();
    }
    body += "]}";
    return HttpReply::raw(200, body);
}

HttpReply StoreServer::createProduct(const HttpRequest &request)
{
    QJsonObject product = parseObject(request.body).value(u"product"_s).toObject();
    if (product.value(u"title"_s).toString().isEmpty())
        return errors(422, QJsonObject{{u"title"_s, QJsonArray{u"can't be blank"_s}}});
    m_db.begin();
    if (!createProductRecord(product) || !m_db.commit()) {
        m_db.rollback();
        return errors(500, u"the sandbox store could not write its database"_s);
    }
    productCommitted(u"products/create"_s, product);
    return HttpReply::raw(201, "{\"product\":" + compact(product) + '}');
}

bool StoreServer::createProductRecord(QJsonObject &product)
{
    const qint64 now = nowMs();
    const qint64 id = m_db.nextValue(u"next_product_id"_s, 7000000000001);
    product.insert(u"id"_s, id);
    product.insert(u"admin_graphql_api_id"_s, QString(u"gid://shopify/Product/"_s + QString::number(id)));
    product.insert(u"created_at"_s, iso(now));
    product.insert(u"updated_at"_s, iso(now));
    if (!product.contains(u"status"_s))
        product.insert(u"status"_s, u"active"_s);
    if (!product.contains(u"handle"_s) || product.value(u"handle"_s).toString().isEmpty()) {
        // Shopify's handle: the title in lower case, runs of other characters as one dash.
        static const QRegularExpression separators(u"[^a-z0-9]+"_s);
        QString handle = product.value(u"title"_s).toString().toLower().replace(separators, u"-"_s);
        while (handle.startsWith(u'-'))
            handle.remove(0, 1);
        while (handle.endsWith(u'-'))
            handle.chop(1);
        product.insert(u"handle"_s, handle);
    }
    if (!product.contains(u"variants"_s))
        product.insert(u"variants"_s, QJsonArray{QJsonObject{{u"title"_s, u"Default Title"_s}}});
    return insertProduct(product, now);
}

bool StoreServer::updateProductRecord(QJsonObject &product, const QList<qint64> &changedVariants)
{
    const qint64 now = nowMs();
    QJsonArray variants = product.value(u"variants"_s).toArray();
    for (qsizetype i = 0; i < variants.size(); ++i) {
        QJsonObject variant = variants.at(i).toObject();
        if (changedVariants.contains(variant.value(u"id"_s).toInteger())) {
            variant.insert(u"updated_at"_s, iso(now));
            variants[i] = variant;
        }
    }
    product.insert(u"variants"_s, variants);
    product.insert(u"updated_at"_s, iso(now));
    return insertProduct(product, now);
}

void StoreServer::productCommitted(const QString &topic, const QJsonObject &product)
{
    countWriteCommitted();
    fireWebhook(topic, product);
}

QString StoreServer::publicBaseUrl() const
{
    const QList<QTcpServer *> tcp = servers();
    return u"http://127.0.0.1:"_s + QString::number(tcp.isEmpty() ? 0 : tcp.first()->serverPort());
}

HttpReply StoreServer::updateProduct(qint64 id, const HttpRequest &request)
{
    auto query = m_db.exec(u"SELECT doc FROM products WHERE id = ?"_s, {id});
    if (!query || !query->next())
        return notFound();
    QJsonObject product = parseObject(query->value(0).toByteArray());
    const QJsonObject changes = parseObject(request.body).value(u"product"_s).toObject();
    QList<qint64> changedVariants;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == u"id" || it.key() == u"variants")
            continue;
        product.insert(it.key(), it.value());
    }
    if (changes.contains(u"variants"_s)) {
        const QJsonArray old = product.value(u"variants"_s).toArray();
        QJsonArray merged;
        for (const QJsonValue &value : changes.value(u"variants"_s).toArray()) {
            QJsonObject variant = value.toObject();
            if (variant.contains(u"id"_s)) {
                for (const QJsonValue &existing : old) {
                    if (existing.toObject().value(u"id"_s).toInteger()
                        == variant.value(u"id"_s).toInteger()) {
                        QJsonObject base = existing.toObject();
                        for (auto v = variant.begin(); v != variant.end(); ++v)
                            base.insert(v.key(), v.value());
                        variant = base;
                        break;
                    }
                }
            }
            if (variant.contains(u"id"_s))
                changedVariants.append(variant.value(u"id"_s).toInteger());
            else
                variant.remove(u"updated_at"_s); // a new variant: insertProduct() stamps it
            merged.append(variant);
        }
        product.insert(u"variants"_s, merged);
    }
    m_db.begin();
    if (!updateProductRecord(product, changedVariants) || !m_db.commit()) {
        m_db.rollback();
        return errors(500, u"the sandbox store could not write its database"_s);
    }
    productCommitted(u"products/update"_s, product);
    return HttpReply::raw(200, "{\"product\":" + compact(product) + '}');
}

HttpReply StoreServer::inventoryLevels(const HttpRequest &request)
{
    QStringList where;
    QVariantList values;
    for (const auto &[param, column] : {std::pair{u"inventory_item_ids"_s, u"inventory_item_id"_s},
                                        std::pair{u"location_ids"_s, u"location_id"_s}}) {
        if (!request.hasQuery(param))
            continue;
        QStringList marks;
        for (const QString &id : request.queryValue(param).split(u',', Qt::SkipEmptyParts)) {
            marks.append(u"?"_s);
            values.append(id.trimmed().toLongLong());
        }
        where.append(column % u" IN ("_s % marks.join(u',') % u')');
    }
    if (where.isEmpty())
        return errors(422, u"inventory_item_ids or location_ids must be present"_s);
    QJsonArray levels;
    auto query = m_db.exec(
        u"SELECT inventory_item_id, location_id, available, updated_ms FROM inventory_levels WHERE "_s
            % where.join(u" AND "_s) % u" ORDER BY inventory_item_id, location_id"_s,
        values);
    while (query && query->next()) {
        const qint64 item = query->value(0).toLongLong();
        const qint64 location = query->value(1).toLongLong();
        levels.append(QJsonObject{
            {u"inventory_item_id"_s, item},
            {u"location_id"_s, location},
            {u"available"_s, query->value(2).toLongLong()},
            {u"updated_at"_s, iso(query->value(3).toLongLong())},
            {u"admin_graphql_api_id"_s,
             QString(u"gid://shopify/InventoryLevel/"_s % QString::number(item) % u"?inventory_item_id="_s
                     % QString::number(item))},
        });
    }
    return HttpReply::json(200, QJsonObject{{u"inventory_levels"_s, levels}});
}

HttpReply StoreServer::setInventoryLevel(const HttpRequest &request)
{
    const QJsonObject body = parseObject(request.body);
    const qint64 item = body.value(u"inventory_item_id"_s).toInteger();
    const qint64 location = body.value(u"location_id"_s).toInteger();
    if (!body.value(u"available"_s).isDouble() || item == 0 || location == 0)
        return errors(422, u"inventory_item_id, location_id and available are required"_s);
    auto known = m_db.exec(u"SELECT 1 FROM locations WHERE id = ?"_s, {location});
    if (!known || !known->next())
        return errors(422, QJsonObject{{u"location_id"_s, QJsonArray{u"is invalid"_s}}});
    const qint64 now = nowMs();
    const qint64 available = body.value(u"available"_s).toInteger();
    m_db.begin();
    m_db.exec(u"INSERT OR REPLACE INTO inventory_levels VALUES(?, ?, ?, ?)"_s,
              {item, location, available, now});
    m_db.commit();
    countWriteCommitted();
    return HttpReply::json(200,
                           QJsonObject{{u"inventory_level"_s,
                                        QJsonObject{
                                            {u"inventory_item_id"_s, item},
                                            {u"location_id"_s, location},
                                            {u"available"_s, available},
                                            {u"updated_at"_s, iso(now)},
                                        }}});
}

HttpReply StoreServer::webhooks(const HttpRequest &request)
{
    if (request.method == "GET") {
        QJsonArray list;
        auto query = m_db.exec(u"SELECT doc FROM webhooks ORDER BY id"_s);
        while (query && query->next())
            list.append(parseObject(query->value(0).toByteArray()));
        return HttpReply::json(200, QJsonObject{{u"webhooks"_s, list}});
    }
    QJsonObject webhook = parseObject(request.body).value(u"webhook"_s).toObject();
    const QString topic = webhook.value(u"topic"_s).toString();
    const QString address = webhook.value(u"address"_s).toString();
    if (topic.isEmpty() || !QUrl(address).isValid() || address.isEmpty())
        return errors(422, QJsonObject{{u"address"_s, QJsonArray{u"can't be blank"_s}}});
    auto existing = m_db.exec(u"SELECT 1 FROM webhooks WHERE topic = ? AND address = ?"_s, {topic, address});
    if (existing && existing->next())
        return errors(422,
                      QJsonObject{{u"address"_s, QJsonArray{u"for this topic has already been taken"_s}}});
    const qint64 now = nowMs();
    m_db.begin();
    const qint64 id = m_db.nextValue(u"next_webhook_id"_s, 9000000001);
    webhook.insert(u"id"_s, id);
    webhook.insert(u"format"_s, webhook.value(u"format"_s).toString(u"json"_s));
    webhook.insert(u"created_at"_s, iso(now));
    webhook.insert(u"updated_at"_s, iso(now));
    webhook.insert(u"api_version"_s, Credentials::shopApiVersion());
    webhook.insert(u"fields"_s, QJsonArray());
    webhook.insert(u"metafield_namespaces"_s, QJsonArray());
    m_db.exec(u"INSERT INTO webhooks(id, topic, address, doc) VALUES(?, ?, ?, ?)"_s,
              {id, topic, address, compact(webhook)});
    m_db.commit();
    countWriteCommitted();
    return HttpReply::json(201, QJsonObject{{u"webhook"_s, webhook}});
}

void StoreServer::fireWebhook(const QString &topic, const QJsonObject &payload)
{
    auto query = m_db.exec(u"SELECT address FROM webhooks WHERE topic = ? ORDER BY id"_s, {topic});
    QStringList addresses;
    while (query && query->next())
        addresses.append(query->value(0).toString());
    if (addresses.isEmpty())
        return;
    const QByteArray body = compact(payload);
    const QByteArray signature = Net::computeSignature(Net::WebhookVendor::Shopify,
                                                       QByteArray(Credentials::shopWebhookSecretText), body);
    for (const QString &address : addresses) {
        const QByteArray eventId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        for (int i = 0; i < m_deliveries; ++i) {
            if (takeWebhookDrop())
                continue;
            QNetworkRequest delivery{QUrl(address)};
            delivery.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            delivery.setRawHeader("X-Shopify-Topic", topic.toUtf8());
            delivery.setRawHeader("X-Shopify-Hmac-Sha256", signature);
            delivery.setRawHeader("X-Shopify-Shop-Domain", Credentials::shopDomainText);
            delivery.setRawHeader("X-Shopify-Webhook-Id", eventId);
            delivery.setRawHeader("X-Shopify-Event-Id", eventId);
            delivery.setRawHeader("X-Shopify-API-Version", Credentials::shopApiVersionText);
            delivery.setRawHeader("X-Shopify-Triggered-At", iso(nowMs()).toUtf8());
            delivery.setTransferTimeout(10000);
            QNetworkReply *reply = m_network->post(delivery, body);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
                    countWebhookSent();
                else
                    countWebhookFailed();
                reply->deleteLater();
            });
        }
    }
}

HttpReply StoreServer::shop() const
{
    return HttpReply::json(200,
                           QJsonObject{{u"shop"_s,
                                        QJsonObject{
                                            {u"id"_s, 548380009},
                                            {u"name"_s, u"Sandbox Shop"_s},
                                            {u"email"_s, u"owner@sandbox-shop.example"_s},
                                            {u"domain"_s, Credentials::shopDomain()},
                                            {u"myshopify_domain"_s, Credentials::shopDomain()},
                                            {u"shop_owner"_s, u"Sandbox Owner"_s},
                                            {u"country_code"_s, u"DE"_s},
                                            {u"currency"_s, u"EUR"_s},
                                            {u"enabled_presentment_currencies"_s, QJsonArray{u"EUR"_s}},
                                            {u"money_format"_s, u"€{{amount_with_comma_separator}}"_s},
                                            {u"iana_timezone"_s, u"Europe/Berlin"_s},
                                            {u"timezone"_s, u"(GMT+01:00) Europe/Berlin"_s},
                                            {u"taxes_included"_s, true},
                                            {u"plan_name"_s, u"partner_test"_s},
                                            {u"created_at"_s, u"2024-01-02T09:00:00+01:00"_s},
                                            {u"updated_at"_s, u"2024-01-02T09:00:00+01:00"_s},
                                        }}});
}

HttpReply StoreServer::accessScopes() const
{
    QJsonArray list;
    for (const QString &handle : m_scopes)
        list.append(QJsonObject{{u"handle"_s, handle}});
    return HttpReply::json(200, QJsonObject{{u"access_scopes"_s, list}});
}

std::optional<HttpReply> StoreServer::checkScope(const HttpRequest &request, const QString &path) const
{
    if (path.startsWith(u"shopify_payments/")) {
        // Shopify Payments is read only: payouts and balance transactions need the one scope.
        static const QString payouts = u"read_shopify_payments_payouts"_s;
        if (m_scopes.contains(payouts))
            return std::nullopt;
        return errors(
            403, QString(u"[API] This action requires merchant approval for "_s + payouts + u" scope."_s));
    }
    QString resource;
    if (path.startsWith(u"orders"))
        resource = u"orders"_s;
    else if (path.startsWith(u"customers"))
        resource = u"customers"_s;
    else if (path.startsWith(u"products"))
        resource = u"products"_s;
    else if (path.startsWith(u"inventory_levels"))
        resource = u"inventory"_s;
    else if (path.startsWith(u"locations"))
        resource = u"locations"_s;
    else
        return std::nullopt; // shop.json, webhooks.json: no scope
    const QString write = u"write_"_s + resource;
    const QString needed = request.isWrite() ? write : u"read_"_s + resource;
    if (m_scopes.contains(needed) || m_scopes.contains(write))
        return std::nullopt;
    return errors(403,
                  QString(u"[API] This action requires merchant approval for "_s + needed + u" scope."_s));
}

std::optional<HttpReply> StoreServer::controlRoute(const HttpRequest &request)
{
    static const QRegularExpression bulkResult(u"^/__sandbox/bulk/(\\d+)\\.jsonl$"_s);
    if (const auto match = bulkResult.match(request.path); match.hasMatch() && request.method == "GET") {
        QFile file(m_graphql->bulkResultPath(match.captured(1).toLongLong()));
        if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
            return HttpReply::json(404, {{u"error"_s, u"no such bulk operation result"_s}});
        return HttpReply::raw(200, file.readAll(), "application/jsonl");
    }
    if (request.path == u"/__sandbox/graphql-bucket") {
        if (request.method == "POST") {
            const QJsonObject body = parseObject(request.body);
            const QJsonValue level = body.value(u"currentlyAvailable"_s);
            const QJsonValue enforce = body.value(u"enforce"_s);
            if (!level.isDouble() || !(enforce.isUndefined() || enforce.isBool()))
                return HttpReply::json(
                    400,
                    {{u"error"_s,
                      u"the body must be {\"currentlyAvailable\": N, \"enforce\": true|false}"_s}});
            m_costAvailableMilli =
                qBound<qint64>(0, qint64(level.toDouble() * 1000), costBucketPoints * 1000);
            m_costAt = nowMs();
            if (enforce.isBool())
                m_costEnforced = enforce.toBool();
        } else if (request.method != "GET") {
            return HttpReply::json(405, {{u"error"_s, u"GET or POST"_s}});
        }
        return HttpReply::json(200, throttleStatus());
    }
    if (request.path != u"/__sandbox/access-scopes")
        return std::nullopt;
    if (request.method == "POST") {
        const QJsonValue handles = parseObject(request.body).value(u"handles"_s);
        if (!handles.isArray())
            return HttpReply::json(400, {{u"error"_s, u"the body must be {\"handles\": [...]}"_s}});
        m_scopes.clear();
        for (const QJsonValue &handle : handles.toArray())
            m_scopes.append(handle.toString());
    } else if (request.method != "GET") {
        return HttpReply::json(405, {{u"error"_s, u"GET or POST"_s}});
    }
    return accessScopes();
}

QJsonObject StoreServer::throttleStatus()
{
    const qint64 now = nowMs();
    m_costAvailableMilli =
        qMin(costBucketPoints * 1000, m_costAvailableMilli + (now - m_costAt) * costRestorePerSecond);
    m_costAt = now;
    return QJsonObject{
        {u"maximumAvailable"_s, double(costBucketPoints)},
        {u"currentlyAvailable"_s, m_costAvailableMilli / 1000},
        {u"restoreRate"_s, double(costRestorePerSecond)},
    };
}

HttpReply StoreServer::graphql(const HttpRequest &request)
{
    throttleStatus(); // refills the bucket to now
    const auto admit = [this](qint64 requested) {
        return !(rateLimits() || m_costEnforced) || m_costAvailableMilli >= requested * 1000;
    };
    GraphqlAnswer answer = m_graphql->answer(request.body, request.header("Content-Type"), m_scopes, admit);
    if (answer.status != 200)
        return HttpReply::json(answer.status, answer.body);
    if (answer.actualCost) // charged with rate limits off too (then it only reports, never refuses)
        m_costAvailableMilli = qMax<qint64>(0, m_costAvailableMilli - *answer.actualCost * 1000);
    answer.body.insert(u"extensions"_s,
                       QJsonObject{{u"cost"_s,
                                    QJsonObject{
                                        {u"requestedQueryCost"_s, answer.requestedCost},
                                        {u"actualQueryCost"_s,
                                         answer.actualCost ? QJsonValue(*answer.actualCost) : QJsonValue()},
                                        {u"throttleStatus"_s, throttleStatus()},
                                    }}});
    return HttpReply::json(200, answer.body);
}

HttpReply StoreServer::route(const HttpRequest &request)
{
    if (request.path == u"/admin/oauth/access_scopes.json") {
        if (request.method == "GET")
            return accessScopes();
        return errors(406, u"Not Acceptable"_s);
    }
    if (!request.path.startsWith(apiPrefix))
        return notFound();
    if (request.path == graphqlPath)
        return request.method == "POST" ? graphql(request) : errors(406, u"Not Acceptable"_s);
    const QString path = request.path.mid(apiPrefix.size());
    const QByteArray &method = request.method;
    if (auto denied = checkScope(request, path))
        return *denied;
    if (path == u"shop.json" && method == "GET")
        return shop();
    static const QRegularExpression one(u"^(orders|customers|products)/(\\d+)\\.json$"_s);
    static const QRegularExpression sub(u"^orders/(\\d+)/(refunds|transactions)\\.json$"_s);
    static const QRegularExpression payout(u"^shopify_payments/payouts/(\\d+)\\.json$"_s);

    if (path == u"orders.json") {
        if (method == "GET")
            return listPage(request, u"orders"_s, u"orders"_s, &StoreServer::orderFilter);
        if (method == "POST")
            return createOrder(request);
    } else if (path == u"orders/count.json" && method == "GET") {
        return count(request, u"orders"_s, &StoreServer::orderFilter);
    } else if (path == u"customers.json" && method == "GET") {
        return listPage(request, u"customers"_s, u"customers"_s, &StoreServer::updatedFilter);
    } else if (path == u"customers/count.json" && method == "GET") {
        return count(request, u"customers"_s, &StoreServer::updatedFilter);
    } else if (path == u"customers/search.json" && method == "GET") {
        return searchCustomers(request);
    } else if (path == u"products.json") {
        if (method == "GET")
            return listPage(request, u"products"_s, u"products"_s, &StoreServer::updatedFilter);
        if (method == "POST")
            return createProduct(request);
    } else if (path == u"products/count.json" && method == "GET") {
        return count(request, u"products"_s, &StoreServer::updatedFilter);
    } else if (path == u"locations.json" && method == "GET") {
        QJsonArray list;
        auto query = m_db.exec(u"SELECT doc FROM locations ORDER BY id"_s);
        while (query && query->next())
            list.append(parseObject(query->value(0).toByteArray()));
        return HttpReply::json(200, QJsonObject{{u"locations"_s, list}});
    } else if (path == u"inventory_levels.json" && method == "GET") {
        return inventoryLevels(request);
    } else if (path == u"inventory_levels/set.json" && method == "POST") {
        return setInventoryLevel(request);
    } else if (path == u"webhooks.json" && (method == "GET" || method == "POST")) {
        return webhooks(request);
    } else if (path == u"shopify_payments/payouts.json") {
        // Listed by id ascending (Shopify lists newest first); ids rise with the date in the seed.
        if (method == "GET")
            return listPage(request, u"payouts"_s, u"payouts"_s, &StoreServer::payoutFilter);
    } else if (path == u"shopify_payments/balance/transactions.json") {
        // Listed by id ascending: a payout's charges and refunds in processing order, its payout last.
        if (method == "GET")
            return listPage(request, u"balance_transactions"_s, u"transactions"_s,
                            &StoreServer::balanceTransactionFilter);
    } else if (const auto match = payout.match(path); match.hasMatch()) {
        if (method == "GET")
            return getOne(u"payouts"_s, u"payout"_s, match.captured(1).toLongLong(), request);
    } else if (const auto match = one.match(path); match.hasMatch()) {
        const QString kind = match.captured(1);
        const qint64 id = match.captured(2).toLongLong();
        if (method == "GET")
            return getOne(kind, kind.chopped(1), id, request);
        if (method == "PUT" && kind == u"products")
            return updateProduct(id, request);
    } else if (const auto match = sub.match(path); match.hasMatch() && method == "GET") {
        return orderSub(match.captured(1).toLongLong(), match.captured(2),
                        request.queryValue(u"in_shop_currency"_s) == u"true"_s);
    } else {
        return notFound();
    }
    return errors(406, u"Not Acceptable"_s);
}

} // namespace LedgerLink::Sandbox
