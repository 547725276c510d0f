#include "connectors/vendure/vendureconnector.h"

#include "connectors/vendure/vendurecanonical.h"
#include "connectors/vendure/venduresession.h"
#include "connectors/vendure/vendurewriter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

using namespace Vendure; // the session, the writer, the Admin API's field selections and filters

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Support::GraphQlCall;

/// The connector's object → the Admin API's names.
struct ObjectApi
{
    QString single; ///< "product": the query of one by id
    QString list; ///< "products"
    QString options; ///< "ProductListOptions"
    QString fields;
};

std::optional<ObjectApi> apiOf(const QString &object)
{
    if (object == u"product"_s)
        return ObjectApi{u"product"_s, u"products"_s, u"ProductListOptions"_s, productFields()};
    if (object == u"variant"_s)
        return ObjectApi{u"productVariant"_s, u"productVariants"_s, u"ProductVariantListOptions"_s,
                         variantObjectFields()};
    if (object == u"customer"_s)
        return ObjectApi{u"customer"_s, u"customers"_s, u"CustomerListOptions"_s, customerFields()};
    if (object == u"order"_s)
        return ObjectApi{u"order"_s, u"orders"_s, u"OrderListOptions"_s, orderFields()};
    return std::nullopt;
}

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

/// Where a keyset read stands (the page token, as compact JSON): the phase of a two-pass read,
/// the last timestamp read and the ids read at exactly that timestamp; or, in a tie, the offset
/// into the records sharing that timestamp; or `past`: everything at that timestamp is read.
struct VendureConnector::Keyset
{
    QString phase;
    QDateTime at;
    QStringList ids;
    bool tie = false;
    int skip = 0;
    int total = -1;
    bool past = false;

    QString token() const
    {
        QJsonObject json{{u"phase"_s, phase}};
        if (at.isValid())
            json.insert(u"at"_s, isoMs(at));
        if (tie)
            json.insert(u"tie"_s, QJsonObject{{u"skip"_s, skip}, {u"total"_s, total}});
        else if (past)
            json.insert(u"past"_s, true);
        else if (!ids.isEmpty())
            json.insert(u"ids"_s, QJsonArray::fromStringList(ids));
        return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }

    static std::optional<Keyset> parse(const QString &token)
    {
        Keyset keyset;
        if (token.isEmpty())
            return keyset;
        const QJsonObject json = QJsonDocument::fromJson(token.toUtf8()).object();
        if (json.isEmpty() || !json.value(u"phase"_s).isString())
            return std::nullopt;
        keyset.phase = json.value(u"phase"_s).toString();
        if (json.contains(u"at"_s)) {
            keyset.at = Support::parseIsoDateTime(json.value(u"at"_s).toString());
            if (!keyset.at.isValid())
                return std::nullopt;
        }
        for (const QJsonValue &id : json.value(u"ids"_s).toArray())
            keyset.ids.append(id.toString());
        const QJsonObject tie = json.value(u"tie"_s).toObject();
        keyset.tie = !tie.isEmpty();
        keyset.skip = tie.value(u"skip"_s).toInt();
        keyset.total = tie.value(u"total"_s).toInt(-1);
        keyset.past = json.value(u"past"_s).toBool();
        return keyset;
    }
};

/// One pass of a keyset read: a list query, its fixed conditions and its timestamp field.
struct VendureConnector::ListQuery
{
    QString object; ///< "product", ...
    ObjectApi api;
    QString phase; ///< the token's phase tag
    QString timeField; ///< "updatedAt", "orderPlacedAt"
    QJsonArray conditions; ///< besides the cursor's
};

VendureConnector::VendureConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_session(std::make_unique<Vendure::VendureSession>(m_config, client))
    , m_writer(std::make_unique<Vendure::VendureWriter>(*m_session, *this))
{ }

VendureConnector::~VendureConnector() = default;

QString VendureConnector::system() const
{
    return u"vendure"_s;
}

Capabilities VendureConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = {u"product"_s, u"variant"_s, u"customer"_s, u"order"_s, u"refund"_s};
    capabilities.writable = {u"product"_s, u"variant"_s, u"order"_s, u"refund"_s};
    capabilities.webhooks = false; // Vendure core sends none
    capabilities.polling = true;
    capabilities.maxPageSize = maxPageSize;
    capabilities.maxBatchSize = maxBatch;
    capabilities.idempotencyKeys = false;
    capabilities.writeConcurrency = 1;
    return capabilities;
}

Engine::RateLimitProfile VendureConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile{u"vendure"_s, 20.0, 40, 4, 0};
}

// ---- reading ---------------------------------------------------------------------------------

ReadPage VendureConnector::readList(const ListQuery &list, const ReadCursor &cursor, int pageSize)
{
    ReadPage page;
    std::optional<Keyset> keyset = Keyset::parse(cursor.pageToken);
    if (!keyset || (!cursor.pageToken.isEmpty() && keyset->phase != list.phase))
        return Support::pageFailure(Text::tr("\"%1\" is not a Vendure page token.").arg(cursor.pageToken));
    keyset->phase = list.phase;
    const QString &field = list.timeField;
    QJsonArray conditions = list.conditions;
    // Inclusive bounds: "after" is strict, and Vendure compares at the millisecond.
    if (keyset->tie) {
        conditions.append(condition(
            field,
            {{u"after"_s, isoMs(keyset->at.addMSecs(-1))}, {u"before"_s, isoMs(keyset->at.addMSecs(1))}}));
    } else if (keyset->past) {
        conditions.append(condition(field, {{u"after"_s, isoMs(keyset->at)}}));
    } else if (keyset->at.isValid() && keyset->ids.isEmpty()) {
        conditions.append(condition(field, {{u"after"_s, isoMs(keyset->at.addMSecs(-1))}}));
    } else if (keyset->at.isValid()) {
        // Later than the keyset's time, or at that time and not read yet. A record read at that
        // time which changed since has a later time now: it comes again.
        const QJsonObject at{{u"after"_s, isoMs(keyset->at.addMSecs(-1))},
                             {u"before"_s, isoMs(keyset->at.addMSecs(1))}};
        const QJsonArray unread{condition(field, at),
                                condition(u"id"_s, {{u"notIn"_s, QJsonArray::fromStringList(keyset->ids)}})};
        conditions.append(QJsonObject{{u"_or"_s,
                                       QJsonArray{condition(field, {{u"after"_s, isoMs(keyset->at)}}),
                                                  QJsonObject{{u"_and"_s, unread}}}}});
    } else if (cursor.updatedSince.isValid()) {
        conditions.append(condition(field, {{u"after"_s, isoMs(cursor.updatedSince.addMSecs(-1))}}));
    }
    QJsonObject options{{u"take"_s, pageSize}};
    if (const QJsonObject filter = allOf(conditions); !filter.isEmpty())
        options.insert(u"filter"_s, filter);
    if (keyset->tie) {
        options.insert(u"sort"_s, QJsonObject{{u"id"_s, u"ASC"_s}});
        options.insert(u"skip"_s, keyset->skip);
    } else {
        options.insert(u"sort"_s, QJsonObject{{field, u"ASC"_s}});
    }
    const QString query = u"query($options: "_s + list.api.options + u") { "_s + list.api.list
        + u"(options: $options) { totalItems items { "_s + list.api.fields + u" } } }"_s;
    const QString what = u"query "_s + list.api.list;
    const GraphQlCall answer =
        m_session->call(what, query, QJsonObject{{u"options"_s, options}}, false, page.exchanges);
    if (!answer.data) {
        page.failure = answer.failure;
        return page;
    }
    const QJsonObject result = answer.data->value(list.api.list).toObject();
    const QJsonArray items = result.value(u"items"_s).toArray();
    const int total = result.value(u"totalItems"_s).toInt();
    for (const QJsonValue &item : items) {
        QString error;
        std::optional<VendorRecord> record = Vendure::vendorRecord(list.object, item.toObject(), &error);
        if (!record) {
            page.records.clear();
            page.failure = Support::permanentFailure(error);
            return page;
        }
        page.records.append(*record);
    }

    // Where the next page starts.
    Keyset next;
    next.phase = list.phase;
    if (keyset->tie) {
        next.at = keyset->at;
        if (keyset->total >= 0 && total != keyset->total) {
            // Records left the tie (they changed and come later): start it again, so none is
            // skipped; the ones read twice are dropped by the engine as unchanged.
            next.tie = true;
            next.total = total;
        } else if (keyset->skip + items.size() >= total) {
            next.past = true;
        } else {
            next.tie = true;
            next.skip = keyset->skip + int(items.size());
            next.total = total;
        }
        page.nextPageToken = next.token();
        return page;
    }
    if (items.isEmpty() || total <= items.size())
        return page; // the last page
    const QDateTime last = Support::parseIsoDateTime(items.last().toObject().value(field).toString());
    if (!last.isValid()) {
        page.records.clear();
        page.failure = Support::permanentFailure(
            Text::tr("%1 answered a record without %2: LedgerLink cannot page on.").arg(what, field));
        return page;
    }
    next.at = last;
    if (keyset->at == last && !keyset->past)
        next.ids = keyset->ids;
    for (const QJsonValue &item : items) {
        if (Support::parseIsoDateTime(item.toObject().value(field).toString()) == last)
            next.ids.append(Support::idText(item.toObject().value(u"id"_s)).value_or(QString()));
    }
    if (next.ids.size() > m_tieLimit) {
        next.ids.clear();
        next.tie = true;
    }
    page.nextPageToken = next.token();
    return page;
}

ReadPage VendureConnector::readOrders(const ReadCursor &cursor, int pageSize)
{
    ListQuery list{u"order"_s, *apiOf(u"order"_s), u"placed"_s, u"orderPlacedAt"_s,
                   QJsonArray{condition(u"orderPlacedAt"_s, {{u"isNull"_s, false}})}};
    const std::optional<Keyset> keyset = Keyset::parse(cursor.pageToken);
    if (keyset && keyset->phase == u"updated"_s) {
        // Second pass: placed before the cursor, changed since.
        list.phase = u"updated"_s;
        list.timeField = u"updatedAt"_s;
        list.conditions = QJsonArray{
            condition(u"orderPlacedAt"_s, {{u"isNull"_s, false}, {u"before"_s, isoMs(cursor.updatedSince)}})};
        if (!cursor.updatedSince.isValid())
            return Support::pageFailure(
                Text::tr("\"%1\" is a Vendure page token of a read with a cursor.").arg(cursor.pageToken));
        ReadCursor from = cursor;
        if (!keyset->at.isValid())
            from.pageToken.clear(); // the pass's first page
        return readList(list, from, pageSize);
    }
    ReadPage page = readList(list, cursor, pageSize);
    if (!page.failure && page.nextPageToken.isEmpty() && cursor.updatedSince.isValid()) {
        Keyset second;
        second.phase = u"updated"_s;
        page.nextPageToken = second.token();
    }
    return page;
}

ReadPage VendureConnector::readRefunds(const ReadCursor &cursor, int pageSize)
{
    ObjectApi api{u"order"_s, u"orders"_s, u"OrderListOptions"_s, orderRefundFields()};
    QJsonObject placed{{u"isNull"_s, false}};
    if (cursor.updatedSince.isValid())
        placed.insert(u"after"_s, isoMs(cursor.updatedSince.addDays(-defaultRefundLookbackDays)));
    const ListQuery list{u"order"_s, api, u"refunds"_s, u"orderPlacedAt"_s,
                         QJsonArray{condition(u"orderPlacedAt"_s, placed)}};
    // The orders are paged by placement (which never changes); the cursor filters the refunds.
    ReadPage orders = readList(list, ReadCursor{QDateTime(), cursor.pageToken}, pageSize);
    ReadPage page;
    page.exchanges = orders.exchanges;
    page.failure = orders.failure;
    page.nextPageToken = orders.nextPageToken;
    if (page.failure)
        return page;
    for (const VendorRecord &order : std::as_const(orders.records)) {
        for (const QJsonValue &payment : order.document.value(u"payments"_s).toArray()) {
            for (const QJsonValue &value : payment.toObject().value(u"refunds"_s).toArray()) {
                const QJsonObject document = Vendure::refundOfOrder(value.toObject(), order.document);
                QString error;
                std::optional<VendorRecord> record = Vendure::vendorRecord(u"refund"_s, document, &error);
                if (!record) {
                    page.records.clear();
                    page.failure = Support::permanentFailure(error);
                    return page;
                }
                if (cursor.updatedSince.isValid() && record->updatedAt < cursor.updatedSince)
                    continue;
                page.records.append(*record);
            }
        }
    }
    return page;
}

ReadPage VendureConnector::readPage(const QString &object, const ReadCursor &from, int pageSize)
{
    pageSize = std::clamp(pageSize, 1, int(maxPageSize));
    // From the start of the cursor's second: records' times are whole seconds (see
    // Vendure::vendorRecord()), and a change stored as its whole second may lie before a cursor
    // that has milliseconds.
    ReadCursor cursor = from;
    if (cursor.updatedSince.isValid()) {
        const QTime time = cursor.updatedSince.toUTC().time();
        cursor.updatedSince = cursor.updatedSince.toUTC();
        cursor.updatedSince.setTime(QTime(time.hour(), time.minute(), time.second()));
    }
    if (object == u"order"_s)
        return readOrders(cursor, pageSize);
    if (object == u"refund"_s)
        return readRefunds(cursor, pageSize);
    const std::optional<ObjectApi> api = apiOf(object);
    if (!api)
        return Support::pageFailure(Text::tr("Vendure cannot list \"%1\" records.").arg(object));
    return readList(ListQuery{object, *api, u"updated"_s, u"updatedAt"_s, {}}, cursor, pageSize);
}

ReadOne VendureConnector::readOne(const QString &object, const QString &id)
{
    ReadOne result;
    if (object == u"refund"_s) {
        const qsizetype slash = id.indexOf(u'/');
        if (slash <= 0 || slash == id.size() - 1)
            return Support::readFailure(
                Text::tr("\"%1\" is not a Vendure refund id (\"<order id>/<refund id>\").").arg(id));
        const GraphQlCall answer =
            m_session->call(u"query order "_s + id.left(slash),
                            u"query($id: ID!) { order(id: $id) { "_s + orderRefundFields() + u" } }"_s,
                            QJsonObject{{u"id"_s, id.left(slash)}}, false, result.exchanges);
        if (!answer.data) {
            result.failure = answer.failure;
            return result;
        }
        const QJsonObject order = answer.data->value(u"order"_s).toObject();
        for (const QJsonValue &payment : order.value(u"payments"_s).toArray()) {
            for (const QJsonValue &value : payment.toObject().value(u"refunds"_s).toArray()) {
                QJsonObject refund = value.toObject();
                if (Support::idText(refund.value(u"id"_s)).value_or(QString()) != id.mid(slash + 1))
                    continue;
                return readOneOf(object, Vendure::refundOfOrder(refund, order), result.exchanges);
            }
        }
        return result;
    }
    const std::optional<ObjectApi> api = apiOf(object);
    if (!api)
        return Support::readFailure(Text::tr("Vendure has no \"%1\" object.").arg(object));
    if (id.isEmpty())
        return Support::readFailure(Text::tr("No Vendure %1 has an empty id.").arg(object));
    const GraphQlCall answer =
        m_session->call(u"query "_s + api->single + u' ' + id,
                        u"query($id: ID!) { "_s + api->single + u"(id: $id) { "_s + api->fields + u" } }"_s,
                        QJsonObject{{u"id"_s, id}}, false, result.exchanges);
    if (!answer.data) {
        result.failure = answer.failure;
        return result;
    }
    const QJsonObject document = answer.data->value(api->single).toObject();
    // An order that is still a cart is no order yet.
    if (document.isEmpty() || (object == u"order"_s && document.value(u"orderPlacedAt"_s).isNull()))
        return result;
    return readOneOf(object, document, result.exchanges);
}

ReadOne VendureConnector::readById(const QString &object, const QString &id)
{
    return readOne(object, id);
}

ReadOne VendureConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    if (matchKey.isEmpty())
        return Support::readFailure(Text::tr("No Vendure %1 can be found by an empty key.").arg(object));
    QList<Net::HttpExchange> exchanges;
    if (object == u"variant"_s || object == u"product"_s) {
        const bool product = object == u"product"_s;
        ReadOne found = m_session->findVariant(
            matchKey, product ? u"id sku product { "_s + productFields() + u" }"_s : variantObjectFields(),
            exchanges);
        if (!found.record)
            return found;
        const QJsonObject document =
            product ? found.record->document.value(u"product"_s).toObject() : found.record->document;
        return readOneOf(object, document, found.exchanges);
    }
    QJsonObject filter;
    QString what;
    if (object == u"customer"_s) {
        // "contains" compares without regard to case (e-mail addresses are matched that way);
        // only an equal address counts below.
        filter = condition(u"emailAddress"_s, {{u"contains"_s, matchKey}});
    } else if (object == u"order"_s) {
        filter = allOf({condition(u"code"_s, {{u"eq"_s, matchKey}}),
                        condition(u"orderPlacedAt"_s, {{u"isNull"_s, false}})});
    } else if (object == u"refund"_s) {
        return Support::readFailure(Text::tr("Vendure cannot look a refund up by itself: read it by its id "
                                             "\"<order id>/<refund id>\"."));
    } else {
        return Support::readFailure(Text::tr("Vendure has no \"%1\" object.").arg(object));
    }
    const ObjectApi api = *apiOf(object);
    ReadOne result;
    const GraphQlCall answer = m_session->call(
        u"query "_s + api.list + u" by "_s + matchKey,
        u"query($options: "_s + api.options + u") { "_s + api.list + u"(options: $options) { items { "_s
            + api.fields + u" } } }"_s,
        QJsonObject{{u"options"_s, QJsonObject{{u"filter"_s, filter}, {u"take"_s, 20}}}}, false, exchanges);
    result.exchanges = exchanges;
    if (!answer.data) {
        result.failure = answer.failure;
        return result;
    }
    const QString key = object == u"customer"_s ? u"emailAddress"_s : u"code"_s;
    QJsonArray exact;
    for (const QJsonValue &item : answer.data->value(api.list).toObject().value(u"items"_s).toArray()) {
        const QString value = item.toObject().value(key).toString();
        if (object == u"customer"_s ? value.compare(matchKey, Qt::CaseInsensitive) == 0 : value == matchKey)
            exact.append(item);
    }
    if (exact.size() > 1) {
        result.failure = Support::permanentFailure(
            Text::tr("%1 is used by %2 Vendure %3 records (ids %4): LedgerLink will not guess which one.")
                .arg(matchKey)
                .arg(exact.size())
                .arg(object, idList(exact)));
        return result;
    }
    if (exact.isEmpty())
        return result;
    return readOneOf(object, exact.first().toObject(), result.exchanges);
}

WriteOutcome VendureConnector::write(const WriteRequest &request)
{
    return m_writer->write(request);
}

QList<WriteOutcome> VendureConnector::writeBatch(const QList<WriteRequest> &requests)
{
    return m_writer->writeBatch(requests);
}

QByteArray VendureConnector::sessionToken() const
{
    return m_session->token();
}

void VendureConnector::setSessionToken(const QByteArray &token)
{
    m_session->setToken(token);
}

// ---- connection check --------------------------------------------------------------------------

QStringList VendureConnector::requiredPermissions()
{
    return {u"ReadCatalog"_s, u"UpdateCatalog"_s, u"CreateCatalog"_s,
            u"ReadOrder"_s,   u"UpdateOrder"_s,   u"ReadCustomer"_s};
}

ConnectionCheck VendureConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    m_session->setToken({});
    const std::optional<ConnectorFailure> failed = m_session->login(exchanges);
    const QUrl url = m_session->apiUrl();
    if (failed) {
        const Net::HttpResponse response =
            exchanges.isEmpty() ? Net::HttpResponse() : exchanges.last().response;
        if (response.status == 0)
            return unreachableCheck(response, m_config.baseUrl, u"Vendure"_s);
        ConnectionCheck check;
        check.reachable = true;
        check.httpStatus = response.status;
        if (response.status == 404) {
            check.message =
                Text::tr("%1 has no Vendure Admin API (HTTP 404): the base URL is the server's root, "
                         "e.g. http://localhost:3000, without /admin-api.")
                    .arg(url.toString());
        } else if (response.status >= 500) {
            check.message =
                Text::tr("Vendure is unavailable (HTTP %1): test again later.").arg(response.status);
        } else if (failed->outcome.httpStatus == 401) {
            check.message = failed->message;
        } else {
            check.message = Text::tr("%1 did not answer like Vendure's Admin API: %2")
                                .arg(url.toString(), failed->message);
        }
        return check;
    }
    ConnectionCheck check;
    check.reachable = true;
    check.authenticated = true;
    const GraphQlCall answer = m_session->call(
        u"query activeChannel"_s,
        u"query { activeChannel { code defaultCurrencyCode seller { name } } activeAdministrator { "
        "firstName lastName emailAddress } me { identifier channels { code permissions } } }"_s,
        {}, false, exchanges);
    check.httpStatus = answer.status();
    if (!answer.data) {
        check.message =
            Text::tr("Vendure accepted the administrator \"%1\", but reading its channel failed: %2")
                .arg(m_config.account, answer.failure ? answer.failure->message : QString());
        return check;
    }
    const QJsonObject channel = answer.data->value(u"activeChannel"_s).toObject();
    const QString code = channel.value(u"code"_s).toString();
    const QString seller = channel.value(u"seller"_s).toObject().value(u"name"_s).toString();
    check.accountName = code == u"__default_channel__"_s && !seller.isEmpty() ? seller : code;
    if (const auto currency = Model::Currency::fromCode(channel.value(u"defaultCurrencyCode"_s).toString());
        currency && !m_session->currency().isValid())
        m_session->setCurrency(*currency);
    for (const QJsonValue &value : answer.data->value(u"me"_s).toObject().value(u"channels"_s).toArray()) {
        if (value.toObject().value(u"code"_s).toString() != code)
            continue;
        for (const QJsonValue &permission : value.toObject().value(u"permissions"_s).toArray())
            check.grantedPermissions.append(permission.toString());
    }
    check.permissionsVerified = true;
    const bool superAdmin = check.grantedPermissions.contains(u"SuperAdmin"_s);
    for (const QString &needed : requiredPermissions()) {
        // ReadCatalog or ReadProduct, ...: Vendure allows either on its product operations.
        QString product = needed;
        product.replace(u"Catalog"_s, u"Product"_s);
        if (!superAdmin && !check.grantedPermissions.contains(needed)
            && !check.grantedPermissions.contains(product))
            check.missingPermissions.append(needed);
    }
    check.permissionsOk = check.missingPermissions.isEmpty();
    const QJsonObject admin = answer.data->value(u"activeAdministrator"_s).toObject();
    const QString who =
        QString(admin.value(u"firstName"_s).toString() + u' ' + admin.value(u"lastName"_s).toString())
            .trimmed();
    const QString as = who.isEmpty() ? m_config.account : QString(who + u" ("_s + m_config.account + u')');
    if (check.permissionsOk) {
        check.message =
            Text::tr("Connected to Vendure (%1, %2) as %3, with every permission LedgerLink needs.")
                .arg(check.accountName, channel.value(u"defaultCurrencyCode"_s).toString(), as);
    } else {
        check.message =
            Text::tr("Connected to Vendure (%1) as %2, but its roles lack the permissions %3: grant "
                     "them in Vendure (Settings, Roles).")
                .arg(check.accountName, as, check.missingPermissions.join(u", "_s));
    }
    return check;
}

QString VendureConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    if (object == u"variant"_s)
        return payload.value(u"sku"_s).toString();
    if (object == u"product"_s)
        return payload.value(u"variants"_s).toArray().first().toObject().value(u"sku"_s).toString();
    if (object == u"customer"_s)
        return payload.value(u"emailAddress"_s).toString();
    if (object == u"order"_s)
        return payload.value(u"code"_s).toString();
    return {};
}

std::optional<QJsonObject> VendureConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return Vendure::toCanonical(record, error);
}

} // namespace LedgerLink::Connectors
