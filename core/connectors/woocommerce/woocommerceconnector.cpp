#include "connectors/woocommerce/woocommerceconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/woocommerce/woocommercecanonical.h"
#include "connectors/woocommerce/woocommercerest.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Net::HttpExchange;
using namespace WooCommerce; // isNumericId(), compareIds(), plainText(), errorText(), Keyset, ...

constexpr QLatin1StringView apiPrefix("wp-json/wc/v3/");
/// Pages of one list (variations, refunds, notes) read at most: 5,000 records.
constexpr int maxListPages = 50;
/// SKUs per GET products?sku=a,b,c (keeps the URL well under servers' 8 KB limits).
constexpr int skusPerLookup = 40;

QString objectPath(const QString &object)
{
    return object == u"order"_s ? u"orders"_s : object == u"customer"_s ? u"customers"_s : u"products"_s;
}

} // namespace

WooCommerceConnector::WooCommerceConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    const qsizetype colon = m_config.accessToken.indexOf(':');
    if (colon > 0) {
        m_consumerKey = m_config.accessToken.left(colon);
        m_consumerSecret = m_config.accessToken.mid(colon + 1);
    }
}

QString WooCommerceConnector::configurationError(const ConnectorConfig &config)
{
    const qsizetype colon = config.accessToken.indexOf(':');
    if (colon < 0) {
        return Text::tr("The WooCommerce connection's access token must be \"consumer_key:consumer_secret\" "
                        "(the two values of a REST API key, joined by a colon); it has no colon.");
    }
    if (colon == 0 || colon == config.accessToken.size() - 1) {
        return Text::tr("The WooCommerce connection's access token must be \"consumer_key:consumer_secret\"; "
                        "its %1 is empty.")
            .arg(colon == 0 ? Text::tr("consumer key") : Text::tr("consumer secret"));
    }
    return {};
}

QString WooCommerceConnector::system() const
{
    return u"woocommerce"_s;
}

Capabilities WooCommerceConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = {u"order"_s, u"customer"_s, u"product"_s, u"refund"_s};
    capabilities.writable = {u"product"_s, u"order"_s};
    capabilities.webhooks = true;
    capabilities.polling = true;
    capabilities.maxPageSize = maxPageSize;
    capabilities.maxBatchSize = maxBatch;
    capabilities.idempotencyKeys = false;
    capabilities.writeConcurrency = 1;
    return capabilities;
}

Engine::RateLimitProfile WooCommerceConnector::rateLimitProfile() const
{
    Engine::RateLimitProfile profile;
    profile.name = u"woocommerce"_s;
    profile.ratePerSecond = 5;
    profile.burst = 10;
    profile.maxConcurrent = 2;
    profile.perDay = 0;
    return profile;
}

std::optional<Net::WebhookVendor> WooCommerceConnector::webhookVendor() const
{
    return Net::WebhookVendor::WooCommerce;
}

QUrl WooCommerceConnector::apiUrl(const QString &path, const QString &encodedQuery) const
{
    return Support::endpoint(m_config.baseUrl, QString(apiPrefix) + path, encodedQuery);
}

Net::HttpRequest WooCommerceConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (url.scheme() == u"https"_s) {
        request.url = url;
        request.headers.append({QByteArrayLiteral("Authorization"),
                                "Basic " + QByteArray(m_consumerKey + ':' + m_consumerSecret).toBase64()});
    } else {
        // WooCommerce ignores Basic over plain HTTP: every request is signed, with a new nonce.
        quint32 random[4];
        QRandomGenerator::system()->fillRange(random);
        const QByteArray nonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
        request.url =
            WooCommerce::oauthSigned(method, url, m_consumerKey, m_consumerSecret, m_clock(), nonce);
    }
    return request;
}

WooCommerceConnector::Call WooCommerceConnector::call(const Net::HttpRequest &request, const QString &what,
                                                      Expect expect, QList<HttpExchange> &exchanges)
{
    Call result;
    result.exchange = m_client.send(request);
    exchanges.append(result.exchange);
    result.failure = Support::failureOf(result.exchange, what, errorText);
    if (result.failure)
        return result;
    const QString problem = decodeBody(result.exchange.response, what, expect == Expect::List, &result.body);
    if (!problem.isEmpty())
        result.failure = Support::permanentFailure(problem);
    return result;
}

WooCommerceConnector::Call WooCommerceConnector::get(const QString &path, const QString &query,
                                                     const QString &what, Expect expect,
                                                     QList<HttpExchange> &exchanges)
{
    return call(request("GET", apiUrl(path, query)), what, expect, exchanges);
}

WooCommerceConnector::Call WooCommerceConnector::sendBody(const QByteArray &method, const QString &path,
                                                          const QJsonObject &body, const QString &what,
                                                          const QString &idempotencyKey,
                                                          QList<HttpExchange> &exchanges)
{
    Net::HttpRequest request = this->request(method, apiUrl(path));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.idempotencyKey = idempotencyKey;
    return call(request, what, Expect::Object, exchanges);
}

WooCommerceConnector::Call WooCommerceConnector::getAll(const QString &path, const QString &query,
                                                        const QString &what, QList<HttpExchange> &exchanges)
{
    Call all;
    QJsonArray items;
    for (int page = 1; page <= maxListPages; ++page) {
        const QString pageQuery = page == 1 ? query : query + u"&page="_s + QString::number(page);
        Call one = get(path, pageQuery, what, Expect::List, exchanges);
        if (one.failure)
            return one;
        const QJsonArray list = one.body.toArray();
        for (const QJsonValue &item : list)
            items.append(item);
        all.exchange = one.exchange;
        const std::optional<int> pages = totalPages(one.exchange.response);
        if (!pages ? list.size() < maxPageSize : page >= *pages)
            break;
    }
    all.body = items;
    return all;
}

void WooCommerceConnector::learnStoreCurrency(QList<HttpExchange> &exchanges)
{
    if (m_storeCurrency.isValid() || m_storeCurrencyAsked)
        return;
    m_storeCurrencyAsked = true;
    // Needs a key of an Administrator or Shop manager; without it the first order's currency is used.
    const Call current =
        get(u"data/currencies/current"_s, {}, u"GET data/currencies/current"_s, Expect::Object, exchanges);
    if (!current.failure) {
        const QString code = current.body.toObject().value(u"code"_s).toString();
        if (const std::optional<Model::Currency> currency = Model::Currency::fromCode(code))
            m_storeCurrency = *currency;
    }
}

void WooCommerceConnector::noteStoreCurrency(const VendorRecord &record)
{
    if (m_storeCurrency.isValid() || record.object != u"order"_s)
        return;
    if (const auto currency = Model::Currency::fromCode(record.document.value(u"currency"_s).toString()))
        m_storeCurrency = *currency;
}

std::optional<ConnectorFailure> WooCommerceConnector::embedVariations(QJsonObject &product,
                                                                      QList<HttpExchange> &exchanges)
{
    if (product.value(u"type"_s).toString() != u"variable"_s)
        return std::nullopt;
    const std::optional<QString> id = Support::idText(product.value(u"id"_s));
    if (!id || !isNumericId(*id))
        return std::nullopt; // vendorRecord() names the bad id
    const QString path = u"products/"_s + *id + u"/variations"_s;
    const Call variations = getAll(path, u"per_page=100"_s, u"GET "_s + path, exchanges);
    if (variations.failure)
        return variations.failure;
    QJsonObject embedded = product.value(u"_embedded"_s).toObject();
    embedded.insert(u"variations"_s, variations.body);
    product.insert(u"_embedded"_s, embedded);
    return std::nullopt;
}

ReadPage WooCommerceConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    const int perPage = std::clamp(pageSize, 1, maxPageSize);
    if (object == u"order"_s || object == u"product"_s)
        return readModified(object, cursor, perPage);
    if (object == u"customer"_s)
        return readCustomers(cursor, perPage);
    if (object == u"refund"_s)
        return readRefunds(cursor, perPage);
    return Support::pageFailure(Text::tr("WooCommerce cannot list \"%1\" records.").arg(object));
}

ReadPage WooCommerceConnector::readModified(const QString &object, const ReadCursor &cursor, int perPage)
{
    ReadPage page;
    Keyset from;
    const bool continued = !cursor.pageToken.isEmpty();
    if (continued) {
        const std::optional<Keyset> keyset = keysetOf(cursor.pageToken);
        if (!keyset) {
            return Support::pageFailure(
                Text::tr("\"%1\" is not a page token of the WooCommerce connector.").arg(cursor.pageToken));
        }
        from = *keyset;
    } else {
        from.modified = cursor.updatedSince.isValid() ? cursor.updatedSince.toUTC() : QDateTime();
    }
    if (from.modified.isValid())
        from.modified.setTime(QTime(from.modified.time().hour(), from.modified.time().minute(),
                                    from.modified.time().second())); // WooCommerce keeps whole seconds

    const QString path = objectPath(object);
    QString query;
    if (from.modified.isValid()) {
        // modified_after is exclusive: one second earlier includes the cursor's own second.
        query = u"modified_after="_s + Support::encodeQueryValue(wordPressGmt(from.modified.addSecs(-1)))
            + u"&dates_are_gmt=true&"_s;
    }
    query += u"orderby=modified&order=asc&per_page="_s + QString::number(perPage) + u"&page="_s
        + QString::number(from.skip + 1);
    const QString what = u"GET "_s + path;
    if (object == u"product"_s)
        learnStoreCurrency(page.exchanges);
    const Call list = get(path, query, what, Expect::List, page.exchanges);
    if (list.failure) {
        page.failure = list.failure;
        return page;
    }
    const auto fail = [&page](const QString &message) {
        page.failure = Support::permanentFailure(message);
        page.records.clear();
        page.nextPageToken.clear();
        return page;
    };
    const QJsonArray items = list.body.toArray();
    std::optional<VendorRecord> last;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return fail(Text::tr("%1 answered a list whose element %2 is not an object.").arg(what).arg(i));
        QString error;
        std::optional<VendorRecord> record =
            WooCommerce::vendorRecord(object, items.at(i).toObject(), &error);
        if (!record)
            return fail(
                Text::tr("%1 answered an unreadable record (element %2): %3").arg(what).arg(i).arg(error));
        if (!record->updatedAt.isValid()) {
            return fail(Text::tr("%1 answered %2 %3 without date_modified_gmt, which LedgerLink pages by.")
                            .arg(what, object, record->id));
        }
        if (from.modified.isValid() && record->updatedAt < from.modified) {
            return fail(
                Text::tr("%1 answered %2 %3, modified at %4, before the modified_after it asked for (%5): "
                         "the store ignores modified_after, which needs WooCommerce 5.8 or later. "
                         "Update WooCommerce.")
                    .arg(what, object, record->id, Support::isoUtc(record->updatedAt),
                         Support::isoUtc(from.modified)));
        }
        last = record;
        // Read on an earlier page: the same second, an id not above the last one read.
        if (continued && record->updatedAt == from.modified && compareIds(record->id, from.lastId) <= 0)
            continue;
        if (object == u"product"_s) {
            if (const std::optional<ConnectorFailure> failure =
                    embedVariations(record->document, page.exchanges)) {
                page.failure = failure;
                page.records.clear();
                return page;
            }
        }
        noteStoreCurrency(*record);
        page.records.append(*record);
    }

    const Net::HttpResponse &response = list.exchange.response;
    const std::optional<int> pages = totalPages(response);
    if (pages && *pages < 0) {
        return fail(Text::tr("%1 answered the header X-WP-TotalPages: \"%2\", not a number of pages.")
                        .arg(what, QString::fromLatin1(response.header("X-WP-TotalPages"))));
    }
    const bool more =
        pages ? from.skip + 1 < *pages : (!response.link(u"next").isEmpty() || items.size() == perPage);
    if (more && last) {
        Keyset next;
        next.modified = last->updatedAt;
        next.lastId = last->id;
        // A whole page within one second: the next page of that second, by page number.
        next.skip = from.modified.isValid() && last->updatedAt == from.modified ? from.skip + 1 : 0;
        page.nextPageToken = tokenOf(next);
    }
    return page;
}

ReadPage WooCommerceConnector::readCustomers(const ReadCursor &cursor, int perPage)
{
    ReadPage page;
    int number = 1;
    if (!cursor.pageToken.isEmpty()) {
        bool ok = false;
        number = cursor.pageToken.toInt(&ok);
        if (!ok || number < 1) {
            return Support::pageFailure(
                Text::tr("\"%1\" is not a page token of the WooCommerce connector.").arg(cursor.pageToken));
        }
    }
    // WooCommerce cannot filter customers by modification time: read by id, filter here.
    const QString what = u"GET customers"_s;
    const Call list = get(u"customers"_s,
                          u"orderby=id&order=asc&per_page="_s + QString::number(perPage) + u"&page="_s
                              + QString::number(number),
                          what, Expect::List, page.exchanges);
    if (list.failure) {
        page.failure = list.failure;
        return page;
    }
    const QJsonArray items = list.body.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString error;
        const std::optional<VendorRecord> record = items.at(i).isObject()
            ? WooCommerce::vendorRecord(u"customer"_s, items.at(i).toObject(), &error)
            : std::nullopt;
        if (!record) {
            page.failure =
                Support::permanentFailure(Text::tr("%1 answered an unreadable record (element %2): %3")
                                              .arg(what)
                                              .arg(i)
                                              .arg(error.isEmpty() ? Text::tr("not an object") : error));
            page.records.clear();
            return page;
        }
        // A customer never modified has no date_modified_gmt: kept, as it cannot be told apart.
        if (!cursor.updatedSince.isValid() || !record->updatedAt.isValid()
            || record->updatedAt >= cursor.updatedSince)
            page.records.append(*record);
    }
    const std::optional<int> pages = totalPages(list.exchange.response);
    if (pages && *pages < 0) {
        page.failure = Support::permanentFailure(
            Text::tr("%1 answered the header X-WP-TotalPages: \"%2\", not a number of pages.")
                .arg(what, QString::fromLatin1(list.exchange.response.header("X-WP-TotalPages"))));
        page.records.clear();
        return page;
    }
    if (pages ? number < *pages : items.size() == perPage)
        page.nextPageToken = QString::number(number + 1);
    return page;
}

std::optional<ConnectorFailure> WooCommerceConnector::addRefunds(const VendorRecord &order,
                                                                 const QDateTime &since,
                                                                 QList<VendorRecord> &records,
                                                                 QList<HttpExchange> &exchanges)
{
    // The order lists its refunds ({id, reason, total}): no request for an order without any.
    if (order.document.value(u"refunds"_s).toArray().isEmpty())
        return std::nullopt;
    const QString path = u"orders/"_s + order.id + u"/refunds"_s;
    const Call refunds = getAll(path, u"per_page=100"_s, u"GET "_s + path, exchanges);
    if (refunds.failure)
        return refunds.failure;
    const QJsonArray items = refunds.body.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject document = items.at(i).toObject();
        // WooCommerce's refund documents name neither their order nor a currency.
        document.insert(u"order_id"_s, order.document.value(u"id"_s));
        document.insert(u"currency"_s, order.document.value(u"currency"_s));
        QString error;
        const std::optional<VendorRecord> record = WooCommerce::vendorRecord(u"refund"_s, document, &error);
        if (!record) {
            return Support::permanentFailure(Text::tr("GET %1 answered an unreadable record (element %2): %3")
                                                 .arg(path)
                                                 .arg(i)
                                                 .arg(error));
        }
        if (!since.isValid() || !record->updatedAt.isValid() || record->updatedAt >= since)
            records.append(*record);
    }
    return std::nullopt;
}

ReadPage WooCommerceConnector::readRefunds(const ReadCursor &cursor, int perPage)
{
    // A refund changes its order (date_modified): the refunds of the orders changed since the cursor.
    ReadPage orders = readModified(u"order"_s, cursor, perPage);
    ReadPage page;
    page.exchanges = orders.exchanges;
    page.failure = orders.failure;
    page.nextPageToken = orders.nextPageToken;
    if (orders.failure)
        return page;
    for (const VendorRecord &order : std::as_const(orders.records)) {
        if (const std::optional<ConnectorFailure> failure =
                addRefunds(order, cursor.updatedSince, page.records, page.exchanges)) {
            page.failure = failure;
            page.records.clear();
            page.nextPageToken.clear();
            return page;
        }
    }
    return page;
}

ReadOne WooCommerceConnector::readById(const QString &object, const QString &id)
{
    const QStringList parts = id.split(u'/');
    const bool numeric =
        std::all_of(parts.begin(), parts.end(), [](const QString &part) { return isNumericId(part); });
    const bool twoPart = object == u"refund"_s || object == u"product"_s;
    if (!numeric || parts.size() > (twoPart ? 2 : 1) || (object == u"refund"_s && parts.size() != 2))
        return Support::readFailure(Text::tr("\"%1\" is not a WooCommerce %2 id.").arg(id, object));
    if (object != u"order"_s && object != u"customer"_s && object != u"product"_s && object != u"refund"_s)
        return Support::readFailure(Text::tr("WooCommerce cannot read \"%1\" records.").arg(object));

    ReadOne result;
    // WooCommerce's "invalid id" 404s mean not found; any other 404 (rest_no_route, an HTML page) fails.
    const auto notFound = [](const Call &call) {
        if (call.status() != 404)
            return false;
        const QString code =
            QJsonDocument::fromJson(call.exchange.response.body).object().value(u"code"_s).toString();
        return code.endsWith(u"_invalid_id"_s);
    };
    const auto readOne = [&](const QString &path) -> std::optional<QJsonObject> {
        const Call one = get(path, {}, u"GET "_s + path, Expect::Object, result.exchanges);
        if (notFound(one))
            return std::nullopt;
        if (one.failure) {
            result.failure = one.failure;
            return std::nullopt;
        }
        return one.body.toObject();
    };

    QJsonObject document;
    if (object == u"refund"_s) {
        const std::optional<QJsonObject> order = readOne(u"orders/"_s + parts[0]);
        if (!order)
            return result;
        const std::optional<QJsonObject> refund =
            readOne(u"orders/"_s + parts[0] + u"/refunds/"_s + parts[1]);
        if (!refund)
            return result;
        document = *refund;
        document.insert(u"order_id"_s, order->value(u"id"_s));
        document.insert(u"currency"_s, order->value(u"currency"_s));
    } else if (object == u"product"_s && parts.size() == 2) {
        learnStoreCurrency(result.exchanges);
        const std::optional<QJsonObject> variation =
            readOne(u"products/"_s + parts[0] + u"/variations/"_s + parts[1]);
        if (!variation)
            return result;
        document = *variation;
    } else {
        if (object == u"product"_s)
            learnStoreCurrency(result.exchanges);
        const std::optional<QJsonObject> found = readOne(objectPath(object) + u'/' + id);
        if (!found)
            return result;
        document = *found;
        if (object == u"product"_s) {
            if (const std::optional<ConnectorFailure> failure = embedVariations(document, result.exchanges)) {
                result.failure = failure;
                return result;
            }
        }
    }
    QString error;
    result.record = WooCommerce::vendorRecord(object, document, &error);
    if (!result.record) {
        result.failure = Support::permanentFailure(
            Text::tr("GET %1 %2 answered an unreadable record: %3").arg(objectPath(object), id, error));
        return result;
    }
    if (object == u"product"_s && parts.size() == 2)
        result.record->id = id; // a variation is addressed through its parent
    noteStoreCurrency(*result.record);
    return result;
}

std::optional<ConnectorFailure> WooCommerceConnector::productsBySku(const QStringList &skus,
                                                                    QHash<QString, VendorRecord> &found,
                                                                    QList<HttpExchange> &exchanges)
{
    // sku=a,b,c matches any of them (and "a,b,c" itself): a SKU with a comma is asked for alone.
    QList<QStringList> groups;
    QStringList plain;
    for (const QString &sku : skus) {
        if (sku.isEmpty())
            continue;
        if (sku.contains(u','))
            groups.append(QStringList{sku});
        else if (!plain.contains(sku))
            plain.append(sku);
    }
    for (qsizetype start = 0; start < plain.size(); start += skusPerLookup)
        groups.append(plain.mid(start, skusPerLookup));
    // WooCommerce (MySQL) compares SKUs without case: "apron-1" finds "APRON-1".
    QHash<QString, QString> wanted;
    for (const QString &sku : skus)
        wanted.insert(sku.toCaseFolded(), sku);
    for (const QStringList &group : std::as_const(groups)) {
        const QString what =
            u"GET products?sku="_s + (group.size() == 1 ? group.first() : group.first() + u",…"_s);
        const Call list = getAll(u"products"_s,
                                 u"sku="_s + Support::encodeQueryValue(group.join(u',')) + u"&per_page=100"_s,
                                 what, exchanges);
        if (list.failure)
            return list.failure;
        const QJsonArray items = list.body.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString error;
            const std::optional<VendorRecord> record =
                WooCommerce::vendorRecord(u"product"_s, items.at(i).toObject(), &error);
            if (!record) {
                return Support::permanentFailure(Text::tr("%1 answered an unreadable record (element %2): %3")
                                                     .arg(what)
                                                     .arg(i)
                                                     .arg(error));
            }
            // Only the SKUs asked for (sku=a,b also matches "a,b"), by the SKU as asked for.
            const QString asked = wanted.value(record->matchKey.toCaseFolded());
            if (!asked.isEmpty() && !found.contains(asked))
                found.insert(asked, *record);
        }
    }
    return std::nullopt;
}

ReadOne WooCommerceConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    ReadOne result;
    const QString key = matchKey.trimmed();
    if (key.isEmpty())
        return Support::readFailure(Text::tr("No WooCommerce %1 can be found by an empty key.").arg(object));

    if (object == u"order"_s) {
        const QString number = key.startsWith(u'#') ? key.mid(1) : key;
        // search= matches more than the number (ids, addresses, emails): the exact number wins.
        const Call list =
            getAll(u"orders"_s, u"search="_s + Support::encodeQueryValue(number) + u"&per_page=100"_s,
                   u"GET orders?search="_s + number, result.exchanges);
        if (list.failure) {
            result.failure = list.failure;
            return result;
        }
        for (const QJsonValue &item : list.body.toArray()) {
            QString error;
            std::optional<VendorRecord> record =
                WooCommerce::vendorRecord(u"order"_s, item.toObject(), &error);
            if (!record) {
                result.failure = Support::permanentFailure(
                    Text::tr("GET orders?search=%1 answered an unreadable record: %2").arg(number, error));
                return result;
            }
            if (record->matchKey == number) {
                noteStoreCurrency(*record);
                result.record = record;
                return result;
            }
        }
    } else if (object == u"customer"_s) {
        // role=all: a customer who is also, say, a Shop manager has that role, not "customer".
        const Call list = get(u"customers"_s, u"email="_s + Support::encodeQueryValue(key) + u"&role=all"_s,
                              u"GET customers?email="_s + key, Expect::List, result.exchanges);
        if (list.failure) {
            result.failure = list.failure;
            return result;
        }
        for (const QJsonValue &item : list.body.toArray()) {
            QString error;
            std::optional<VendorRecord> record =
                WooCommerce::vendorRecord(u"customer"_s, item.toObject(), &error);
            if (!record) {
                result.failure = Support::permanentFailure(
                    Text::tr("GET customers?email=%1 answered an unreadable record: %2").arg(key, error));
                return result;
            }
            if (record->matchKey == key.toLower()) {
                result.record = record;
                return result;
            }
        }
    } else if (object == u"product"_s) {
        learnStoreCurrency(result.exchanges);
        QHash<QString, VendorRecord> found;
        if (const std::optional<ConnectorFailure> failure = productsBySku({key}, found, result.exchanges)) {
            result.failure = failure;
            return result;
        }
        if (found.contains(key)) {
            VendorRecord record = found.value(key);
            if (const std::optional<ConnectorFailure> failure =
                    embedVariations(record.document, result.exchanges)) {
                result.failure = failure;
                return result;
            }
            result.record = record;
        }
    } else {
        return Support::readFailure(
            Text::tr("WooCommerce %1 records have no match key look-up.").arg(object));
    }
    return result;
}

WriteOutcome WooCommerceConnector::write(const WriteRequest &request)
{
    if (request.object == u"product"_s)
        return writeProduct(request);
    if (request.object == u"order"_s)
        return writeOrder(request);
    WriteOutcome outcome;
    outcome.failure =
        Support::permanentFailure(Text::tr("WooCommerce %1 records cannot be written.").arg(request.object));
    return outcome;
}

WriteOutcome WooCommerceConnector::writeProduct(const WriteRequest &request)
{
    WriteOutcome outcome;
    const auto refuse = [&outcome](const QString &message) {
        outcome.failure = Support::permanentFailure(message);
        return outcome;
    };
    QString error;
    const std::optional<QJsonObject> payload = productPayload(request.payload, &error);
    const QString label = request.matchKey.isEmpty() ? request.existingId : request.matchKey;
    if (!payload)
        return refuse(Text::tr("WooCommerce product %1 was not sent: %2").arg(label, error));
    learnStoreCurrency(outcome.exchanges);

    QString path;
    QByteArray method;
    const QStringList parts = request.existingId.split(u'/');
    if (request.existingId.isEmpty()) {
        // No idempotency keys in WooCommerce: a product with this SKU may exist from an earlier try.
        const QString sku =
            request.matchKey.isEmpty() ? payload->value(u"sku"_s).toString() : request.matchKey;
        if (!sku.isEmpty()) {
            QHash<QString, VendorRecord> found;
            if (const std::optional<ConnectorFailure> failure =
                    productsBySku({sku}, found, outcome.exchanges)) {
                outcome.failure = failure;
                return outcome;
            }
            if (found.contains(sku)) {
                outcome.record = found.value(sku);
                outcome.alreadyExisted = true;
                return outcome;
            }
        }
        path = u"products"_s;
        method = "POST";
    } else if (parts.size() <= 2 && std::all_of(parts.begin(), parts.end(), [](const QString &part) {
                   return isNumericId(part);
               })) {
        path = parts.size() == 1 ? QString(u"products/"_s + parts[0])
                                 : QString(u"products/"_s + parts[0] + u"/variations/"_s + parts[1]);
        method = "PUT";
    } else {
        return refuse(Text::tr("\"%1\" is not a WooCommerce product id.").arg(request.existingId));
    }
    const QString what = QString::fromLatin1(method) + u' ' + path;
    const Call sent = sendBody(method, path, *payload, what, request.idempotencyKey, outcome.exchanges);
    if (sent.failure) {
        outcome.failure = sent.failure;
        return outcome;
    }
    outcome.record = WooCommerce::vendorRecord(u"product"_s, sent.body.toObject(), &error);
    if (!outcome.record)
        return refuse(Text::tr("%1 answered an unreadable record: %2").arg(what, error));
    if (parts.size() == 2)
        outcome.record->id = request.existingId;
    return outcome;
}

WriteOutcome WooCommerceConnector::writeOrder(const WriteRequest &request)
{
    WriteOutcome outcome;
    const auto refuse = [&outcome](const QString &message) {
        outcome.failure = Support::permanentFailure(message);
        return outcome;
    };
    QString id = request.existingId;
    if (id.isEmpty()) {
        if (request.matchKey.isEmpty())
            return refuse(Text::tr("WooCommerce orders are not created by LedgerLink: the order write has "
                                   "neither an id nor an order number."));
        ReadOne found = findByMatchKey(u"order"_s, request.matchKey);
        outcome.exchanges = found.exchanges;
        if (found.failure) {
            outcome.failure = found.failure;
            return outcome;
        }
        if (!found.record)
            return refuse(Text::tr("The store has no WooCommerce order numbered %1.").arg(request.matchKey));
        id = found.record->id;
    }
    if (!isNumericId(id))
        return refuse(Text::tr("\"%1\" is not a WooCommerce order id.").arg(id));

    QJsonObject payload = request.payload;
    const QJsonValue noteValue = payload.take(u"note"_s);
    if (!noteValue.isUndefined() && !noteValue.isNull() && !noteValue.isString())
        return refuse(Text::tr("WooCommerce order %1: the note is not a text.").arg(id));
    const QString note = noteValue.toString().trimmed();
    const QString path = u"orders/"_s + id;
    QString error;

    if (!payload.isEmpty()) {
        const QString what = u"PUT "_s + path;
        const Call updated = sendBody("PUT", path, payload, what, request.idempotencyKey, outcome.exchanges);
        if (updated.failure) {
            outcome.failure = updated.failure;
            return outcome;
        }
        outcome.record = WooCommerce::vendorRecord(u"order"_s, updated.body.toObject(), &error);
        if (!outcome.record)
            return refuse(Text::tr("%1 answered an unreadable record: %2").arg(what, error));
    }
    if (!note.isEmpty()) {
        // Order notes have no key either: a note already there (an earlier try) is not added twice.
        const QString notes = path + u"/notes"_s;
        const Call existing = getAll(notes, u"type=internal"_s, u"GET "_s + notes, outcome.exchanges);
        if (existing.failure) {
            outcome.failure = existing.failure;
            return outcome;
        }
        const QJsonArray list = existing.body.toArray();
        const bool there = std::any_of(list.begin(), list.end(), [&note](const QJsonValue &value) {
            return plainText(value.toObject().value(u"note"_s).toString()) == note.simplified();
        });
        if (!there) {
            const Call added =
                sendBody("POST", notes, QJsonObject{{u"note"_s, note}, {u"customer_note"_s, false}},
                         u"POST "_s + notes, request.idempotencyKey, outcome.exchanges);
            if (added.failure) {
                outcome.failure = added.failure;
                outcome.record.reset();
                return outcome;
            }
        }
    }
    if (!outcome.record) {
        const Call order = get(path, {}, u"GET "_s + path, Expect::Object, outcome.exchanges);
        if (order.failure) {
            outcome.failure = order.failure;
            return outcome;
        }
        outcome.record = WooCommerce::vendorRecord(u"order"_s, order.body.toObject(), &error);
        if (!outcome.record)
            return refuse(Text::tr("GET %1 answered an unreadable record: %2").arg(path, error));
    }
    return outcome;
}

QList<WriteOutcome> WooCommerceConnector::writeBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes(requests.size());
    QList<QJsonObject> payloads(requests.size());
    QList<qsizetype> batched;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const WriteRequest &request = requests.at(i);
        // Products by id or new go in batches; variations, orders and the rest one by one.
        if (request.object != u"product"_s
            || (!request.existingId.isEmpty() && !isNumericId(request.existingId))) {
            outcomes[i] = write(request);
            continue;
        }
        QString error;
        const std::optional<QJsonObject> payload = productPayload(request.payload, &error);
        if (!payload) {
            const QString label = request.matchKey.isEmpty() ? request.existingId : request.matchKey;
            outcomes[i].failure = Support::permanentFailure(
                Text::tr("WooCommerce product %1 was not sent: %2").arg(label, error));
            continue;
        }
        payloads[i] = *payload;
        batched.append(i);
    }
    if (batched.isEmpty())
        return outcomes;

    // Creates whose SKU is already in the store (an earlier try) are not created again.
    QList<HttpExchange> lookups;
    learnStoreCurrency(lookups);
    QStringList skus;
    const auto skuOf = [&](qsizetype i) {
        return requests.at(i).matchKey.isEmpty() ? payloads.at(i).value(u"sku"_s).toString()
                                                 : requests.at(i).matchKey;
    };
    for (const qsizetype i : std::as_const(batched)) {
        if (requests.at(i).existingId.isEmpty() && !skuOf(i).isEmpty())
            skus.append(skuOf(i));
    }
    QHash<QString, VendorRecord> found;
    const std::optional<ConnectorFailure> lookupFailure = productsBySku(skus, found, lookups);
    QList<qsizetype> toSend;
    for (const qsizetype i : std::as_const(batched)) {
        const bool create = requests.at(i).existingId.isEmpty();
        const QString sku = skuOf(i);
        if (create && !sku.isEmpty() && lookupFailure) {
            outcomes[i].failure = lookupFailure;
            outcomes[i].exchanges = lookups;
        } else if (create && !sku.isEmpty() && found.contains(sku)) {
            outcomes[i].record = found.value(sku);
            outcomes[i].alreadyExisted = true;
            outcomes[i].exchanges = lookups;
        } else {
            toSend.append(i);
        }
    }
    for (qsizetype start = 0; start < toSend.size(); start += maxBatch) {
        const QList<qsizetype> chunk = toSend.mid(start, maxBatch);
        QList<WriteRequest> chunkRequests;
        QList<QJsonObject> chunkPayloads;
        for (const qsizetype i : chunk) {
            chunkRequests.append(requests.at(i));
            chunkPayloads.append(payloads.at(i));
        }
        QList<WriteOutcome> results = productBatch(chunkRequests, chunkPayloads);
        for (qsizetype k = 0; k < chunk.size(); ++k) {
            if (start == 0)
                results[k].exchanges = lookups + results[k].exchanges;
            outcomes[chunk.at(k)] = results.at(k);
        }
    }
    return outcomes;
}

QList<WriteOutcome> WooCommerceConnector::productBatch(const QList<WriteRequest> &requests,
                                                       const QList<QJsonObject> &payloads)
{
    QList<WriteOutcome> outcomes(requests.size());
    QJsonArray creates;
    QJsonArray updates;
    QList<qsizetype> createIndexes;
    QList<qsizetype> updateIndexes;
    QStringList keys;
    for (qsizetype k = 0; k < requests.size(); ++k) {
        keys.append(requests.at(k).idempotencyKey);
        if (requests.at(k).existingId.isEmpty()) {
            creates.append(payloads.at(k));
            createIndexes.append(k);
        } else {
            QJsonObject update = payloads.at(k);
            update.insert(u"id"_s, idValue(requests.at(k).existingId));
            updates.append(update);
            updateIndexes.append(k);
        }
    }
    QJsonObject body;
    if (!creates.isEmpty())
        body.insert(u"create"_s, creates);
    if (!updates.isEmpty())
        body.insert(u"update"_s, updates);
    // One key for the batch, derived from its elements' keys (recorded for the audit only).
    const QString batchKey = requests.size() == 1
        ? keys.first()
        : QString(
            u"batch-"_s
            + QString::fromLatin1(
                QCryptographicHash::hash(keys.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex()));
    const QString what = u"POST products/batch"_s;
    QList<HttpExchange> exchanges;
    const Call sent = sendBody("POST", u"products/batch"_s, body, what, batchKey, exchanges);
    for (WriteOutcome &outcome : outcomes)
        outcome.exchanges = exchanges;
    if (sent.failure) {
        for (WriteOutcome &outcome : outcomes)
            outcome.failure = sent.failure;
        return outcomes;
    }
    const QJsonObject answer = sent.body.toObject();
    const auto split = [&](const QString &kind, const QList<qsizetype> &indexes) {
        if (indexes.isEmpty())
            return;
        const QJsonArray results = answer.value(kind).toArray();
        if (results.size() != indexes.size()) {
            const ConnectorFailure failure =
                Support::permanentFailure(Text::tr("%1 answered %2 \"%3\" results for %4 records.")
                                              .arg(what)
                                              .arg(results.size())
                                              .arg(kind)
                                              .arg(indexes.size()));
            for (const qsizetype k : indexes)
                outcomes[k].failure = failure;
            return;
        }
        for (qsizetype n = 0; n < indexes.size(); ++n) {
            const qsizetype k = indexes.at(n);
            const WriteRequest &request = requests.at(k);
            const QString label = !request.existingId.isEmpty()
                ? Text::tr("product %1").arg(request.existingId)
                : !request.matchKey.isEmpty() ? Text::tr("SKU %1").arg(request.matchKey)
                                              : Text::tr("element %1").arg(n);
            const QJsonObject result = results.at(n).toObject();
            if (result.contains(u"error"_s)) {
                // {"id":0,"error":{"code","message","data":{"status"}}}: this element only.
                const QJsonObject error = result.value(u"error"_s).toObject();
                QString text = plainText(error.value(u"message"_s).toString());
                if (const QString code = error.value(u"code"_s).toString(); !code.isEmpty())
                    text += u" ["_s + code + u']';
                const int status = error.value(u"data"_s).toObject().value(u"status"_s).toInt(400);
                outcomes[k].failure =
                    ConnectorFailure{Engine::AttemptOutcome::http(status, {}, text),
                                     Text::tr("%1: WooCommerce refused the %2 of %3 (HTTP %4): %5")
                                         .arg(what, kind, label)
                                         .arg(status)
                                         .arg(text)};
                continue;
            }
            QString error;
            outcomes[k].record = WooCommerce::vendorRecord(u"product"_s, result, &error);
            if (!outcomes[k].record) {
                outcomes[k].failure = Support::permanentFailure(
                    Text::tr("%1 answered an unreadable %2 result for %3: %4").arg(what, kind, label, error));
            }
        }
    };
    split(u"create"_s, createIndexes);
    split(u"update"_s, updateIndexes);
    return outcomes;
}

ConnectionCheck WooCommerceConnector::checkConnection()
{
    QList<HttpExchange> exchanges; // not audited: a check is no sync
    const QString host = m_config.baseUrl.host();

    // 1. WordPress's REST index: public, names the site and the installed APIs.
    Net::HttpRequest index;
    index.url = Support::endpoint(m_config.baseUrl, u"wp-json/"_s);
    index.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    const HttpExchange root = m_client.send(index);
    const Net::HttpResponse &rootResponse = root.response;
    if (rootResponse.status == 0)
        return unreachableCheck(rootResponse, m_config.baseUrl, Text::tr("the WordPress site"));
    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = rootResponse.status;
    if (rootResponse.status >= 300 && rootResponse.status < 400) {
        const QString location = QString::fromUtf8(rootResponse.header("Location"));
        check.message = Text::tr("%1 redirects /wp-json/ to %2: use the address it redirects to (often "
                                 "https://) as the base URL.")
                            .arg(host, location.isEmpty() ? Text::tr("another address") : location);
        return check;
    }
    const QJsonObject site = QJsonDocument::fromJson(rootResponse.body).object();
    if (!rootResponse.isSuccess() || !site.value(u"namespaces"_s).isArray()) {
        const QString said = errorText(rootResponse);
        check.message =
            Text::tr("%1 answered /wp-json/ with HTTP %2%3, not WordPress's REST API: check that the "
                     "base URL is the WordPress site's root and that permalinks are not \"Plain\".")
                .arg(host)
                .arg(rootResponse.status)
                .arg(said.isEmpty() ? QString() : u" ("_s + said + u')');
        return check;
    }
    check.accountName = plainText(site.value(u"name"_s).toString());
    const QString siteName = check.accountName.isEmpty() ? host : check.accountName;
    const QJsonArray namespaces = site.value(u"namespaces"_s).toArray();
    if (!namespaces.contains(QJsonValue(u"wc/v3"_s))) {
        check.message =
            Text::tr("%1 runs WordPress, but WooCommerce's REST API v3 (wc/v3) is not among its APIs: "
                     "activate WooCommerce (3.5 or later).")
                .arg(siteName);
        return check;
    }

    // 2. One order: the key is accepted and may read. Nothing is written.
    const Call orders = get(u"orders"_s, u"per_page=1"_s, u"GET orders"_s, Expect::List, exchanges);
    const Net::HttpResponse &response = orders.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, Text::tr("the WordPress site"));
    check.httpStatus = response.status;
    const QString vendorText = errorText(response);
    if (response.status == 401) {
        check.message = Text::tr("%1 refused the REST API key (HTTP 401: %2).").arg(siteName, vendorText);
        return check;
    }
    if (response.status == 403) {
        check.authenticated = true;
        check.message =
            Text::tr("%1 accepted the REST API key but its user may not read orders (HTTP 403: %2).")
                .arg(siteName, vendorText);
        return check;
    }
    if (orders.failure) {
        check.message =
            Text::tr("Connected to %1, but reading orders failed: %2").arg(siteName, orders.failure->message);
        return check;
    }
    check.authenticated = true;
    check.permissionsOk = true;
    check.permissionsVerified = false;
    const QByteArray total = response.header("X-WP-Total");
    const QString count =
        total.isEmpty() ? QString() : Text::tr(" (%1 orders)").arg(QString::fromLatin1(total));
    const QString transport = m_config.baseUrl.scheme() == u"https"_s
        ? QString()
        : Text::tr(" Over plain http the key is sent signed (OAuth 1.0a); use https:// if the site has it.");
    check.message =
        Text::tr("Connected to %1: the key reads orders%2. WooCommerce does not say whether the key "
                 "may also write: give it Read/Write under WooCommerce → Settings → Advanced → "
                 "REST API; the first write will tell.%3")
            .arg(siteName, count, transport);
    return check;
}

QString WooCommerceConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    const QString field = object == u"product"_s ? u"sku"_s
        : object == u"customer"_s                ? u"email"_s
        : object == u"order"_s                   ? u"number"_s
                                                 : QString();
    if (field.isEmpty())
        return {};
    const QJsonValue value = payload.value(field);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

std::optional<QJsonObject> WooCommerceConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return WooCommerce::toCanonical(record, m_storeCurrency, error);
}

} // namespace LedgerLink::Connectors
