#pragma once

// A NetSuite account for end-to-end tests: a small server on 127.0.0.1 that checks every request's
// token-based authentication (OAuth 1.0a, HMAC-SHA256, the account id as realm: the signature is
// recomputed from the request as it arrived, a nonce is accepted once) and keeps what LedgerLink
// writes, answering in the shapes of Oracle's documented REST web services examples
// (tests/connectors/fixtures/netsuite): records under /services/rest/record/v1/<type>/<id>, a
// create answered 204 with the new record's URL in Location, `eid:<externalId>` look-ups, errors
// as {"type","title","status","o:errorDetails":[{"detail","o:errorCode","o:errorPath"?}]}.
//
// Modelled: the record types customer, inventoryItem, invoice, creditMemo and customerPayment:
// GET of one record by internal id or `eid:<externalId>` (404 NONEXISTENT_ID), its sublists
// ({"items": […]}: item, apply, locations) inline only with `expandSubResources=true` and
// otherwise a link (as "Format of Sublists and Subrecords" documents); POST (204 +
// Location; an externalId already used is refused, 400 DUP_RECORD — this fake's rule: NetSuite
// keeps an external id unique per record type); PATCH (204). SuiteQL
// (POST /services/rest/query/v1/suiteql with Prefer: transient, limit and offset in the URL) for
// exactly the statements the connector sends: customers by LOWER(email) or entityid, items by
// itemid IN (…), and the polling pages (SELECT id FROM customer | item WHERE itemtype = 'InvtPart'
// | transaction WHERE type = '<type>', optionally AND lastmodifieddate >= TO_DATE(…), ORDER BY
// lastmodifieddate, id); any other statement is refused (400 INVALID_PARAMETER). Rows are
// {"links": [], "id": "…"[, "itemid": "…"]} in the collection envelope (links, count, hasMore,
// items, offset, totalResults).
//
// A customer gets entityId (companyName, else "firstName lastName"); a company needs companyName,
// a person (isPerson) lastName. An invoice or credit memo needs entity.id (an existing customer)
// and each line item.id (an existing item; else 400 INVALID_CONTENT in the documented form "You
// have entered an Invalid Field Value <id> for the following field: item", at item.items[<n>].item)
// and taxCode.id (one of taxPercents; else the same error for taxCode). Tax (this fake's
// assumption: SuiteTax computes it from the tax code's rate, which the REST record does not
// show): a line's amount is its `amount` (else quantity × rate, half-up to the cent), its tax
// amount × percent / 100 half-up to the cent; subtotal, taxTotal and total are the sums. A new
// invoice is Open with amountRemaining = total; tranId INV1, INV2, … (CM1 … for credit memos). The
// currency reference keeps the id written and gets the ISO code as refName (a real account names
// it by the currency record's name, "USA" in Oracle's example: an assumption here). A customer
// payment needs customer.id and payment; each apply.items[] with apply true lowers its invoice's
// amountRemaining by at most what remains (then "Paid In Full"); the invoice must be that
// customer's.
//
// Stock: an inventory item keeps its stock per location in its `locations` sublist, one line per
// location in the fields of the REST API Browser's inventoryItem-locationsElement: location
// {"id","refName"}, locationId, location_display, quantityOnHand, quantityCommitted and
// quantityAvailable = on hand − committed (NetSuite's meaning of "available"; this fake does not
// model locations that make no inventory available, back orders or units). setStock() changes an
// item's stock and, this fake's assumption, its lastModifiedDate (whether a live account moves it
// when only the stock changes was not verified). Not modelled: subsidiaries, accounts, posting
// periods, approvals, sales orders, deletes, async requests, and any error this header does not
// name.

#include "model/decimal.h"
#include "net/oauth1signature.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>

#include <optional>

namespace NetSuiteTest {

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;
using LedgerLink::Model::RoundingMode;

class NetSuiteAccount final : public QAbstractHttpServer
{
public:
    QString account = u"1234567_SB1"_s; ///< the realm
    QByteArray consumerKey = "ck-e2e";
    QByteArray consumerSecret = "cs-e2e/secret";
    QByteArray tokenId = "tk-e2e";
    QByteArray tokenSecret = "ts-e2e&secret";
    /// Tax code internal ids and their percentages, e.g. {"119", 19}.
    QMap<QString, Decimal> taxPercents;
    /// Currency record ids and their ISO codes, e.g. {"4", "EUR"}.
    QMap<QString, QString> currencies;
    /// Records by type ("invoice"), in the order they were created.
    QMap<QString, QList<QJsonObject>> records;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()); ///< +1 s per write
    QStringList lines; ///< "METHOD path?decoded query" of every request
    QStringList refused; ///< requests refused for their signature, with why
    int writes = 0; ///< POSTs and PATCHes of records that changed something

    /// The access token a connection names: "consumerKey:consumerSecret:tokenId:tokenSecret".
    QByteArray accessToken() const
    {
        return consumerKey + ':' + consumerSecret + ':' + tokenId + ':' + tokenSecret;
    }

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

    /// Stock of an item at one location: the location's internal id and name, on hand, committed
    /// to sales orders (decimal text, "60.5").
    struct Stock
    {
        QString location;
        QString name;
        QString onHand;
        QString committed = u"0"_s;
    };

    /// An inventory item whose name/number (the SKU) is `itemId`, with its stock per location.
    QJsonObject addItem(const QString &itemId, const QString &displayName, const QString &rate,
                        const QList<Stock> &stock = {})
    {
        return keep(u"inventoryItem"_s,
                    QJsonObject{{u"itemId"_s, itemId},
                                {u"displayName"_s, displayName},
                                {u"rate"_s, json(*Decimal::fromString(rate))},
                                {u"isInactive"_s, false},
                                {u"locations"_s, QJsonObject{{u"items"_s, locations(stock)}}}});
    }

    /// Replaces the stock of the item whose itemId is `itemId` (its lastModifiedDate moves); false
    /// when there is no such item.
    bool setStock(const QString &itemId, const QList<Stock> &stock)
    {
        const QList<QJsonObject> found = where(u"inventoryItem"_s, u"itemId"_s, itemId);
        if (found.size() != 1)
            return false;
        QJsonObject item = found.first();
        item.insert(u"locations"_s, QJsonObject{{u"items"_s, locations(stock)}});
        keep(u"inventoryItem"_s, item);
        return true;
    }

    /// The records of `type` whose `key` (a path "entity.id" allowed) is `value`, as text.
    QList<QJsonObject> where(const QString &type, const QString &key, const QString &value) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &record : records.value(type)) {
            if (text(at(record, key)) == value)
                found.append(record);
        }
        return found;
    }

    /// A JSON value as text: numbers through their shortest form ("64.88", "0").
    static QString text(const QJsonValue &value)
    {
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (value.isBool())
            return value.toBool() ? u"true"_s : u"false"_s;
        return value.toString();
    }

    /// The value at a dotted path of an object ("entity.id").
    static QJsonValue at(const QJsonObject &object, const QString &path)
    {
        QJsonValue value = object;
        for (const QString &key : path.split(u'.'))
            value = value.toObject().value(key);
        return value;
    }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        QByteArray method = "OTHER";
        switch (incoming.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        case QHttpServerRequest::Method::Patch:
            method = "PATCH";
            break;
        default:
            break;
        }
        const QString path = incoming.url().path(QUrl::FullyDecoded);
        const QUrlQuery query(incoming.url());
        lines.append(QString::fromLatin1(method) + u' ' + path
                     + (query.isEmpty() ? QString() : QString(u'?' + query.toString(QUrl::FullyDecoded))));
        if (const QString problem = signatureProblem(method, incoming); !problem.isEmpty()) {
            refused.append(lines.last() + u": "_s + problem);
            reply(
                socket, 401,
                error(
                    401, u"Unauthorized"_s,
                    u"Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI "
                    "at Setup > Users/Roles > User Management > View Login Audit Trail."_s,
                    u"INVALID_LOGIN"_s));
            return true;
        }
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        if (path == u"/services/rest/query/v1/suiteql"_s && method == "POST") {
            if (incoming.value("Prefer") != "transient") {
                reply(socket, 400,
                      error(400, u"Bad Request"_s, u"Prefer: transient is missing."_s, u"INVALID_HEADER"_s));
                return true;
            }
            const Answer answer =
                suiteQl(body.value(u"q"_s).toString(), query.queryItemValue(u"limit"_s).toInt(),
                        query.queryItemValue(u"offset"_s).toInt());
            reply(socket, answer.status, answer.body);
            return true;
        }
        const QString prefix = u"/services/rest/record/v1/"_s;
        const QStringList parts = path.mid(prefix.size()).split(u'/');
        static const QStringList types{u"customer"_s, u"inventoryItem"_s, u"invoice"_s, u"creditMemo"_s,
                                       u"customerPayment"_s};
        if (!path.startsWith(prefix) || parts.size() > 2 || !types.contains(parts.first())) {
            reply(socket, 404,
                  error(404, u"Not Found"_s, u"Record type or path not found: "_s + path,
                        u"INVALID_RCRD_TYPE"_s));
            return true;
        }
        const QString type = parts.first();
        const QString key = parts.size() == 2 ? parts.at(1) : QString();
        Answer answer{405,
                      error(405, u"Method Not Allowed"_s, u"Method not allowed."_s, u"METHOD_NOT_ALLOWED"_s)};
        if (method == "GET" && !key.isEmpty())
            answer = get(type, key, query.queryItemValue(u"expandSubResources"_s) == u"true"_s);
        else if (method == "POST" && key.isEmpty())
            answer = create(type, body);
        else if (method == "PATCH" && !key.isEmpty())
            answer = patch(type, key, body);
        reply(socket, answer.status, answer.body, answer.location);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
        QString location = {};
    };

    static QJsonValue json(const Decimal &value) { return value.toString().toDouble(); }
    static Decimal decimal(const QJsonValue &value) { return Decimal::fromJson(value).value_or(Decimal(0)); }
    static Decimal cents(const Decimal &value) { return value.rounded(2, RoundingMode::HalfUp); }

    /// The lines of a `locations` sublist.
    static QJsonArray locations(const QList<Stock> &stock)
    {
        QJsonArray lines;
        for (const Stock &row : stock) {
            const Decimal onHand = *Decimal::fromString(row.onHand);
            const Decimal committed = *Decimal::fromString(row.committed);
            lines.append(
                QJsonObject{{u"location"_s, QJsonObject{{u"id"_s, row.location}, {u"refName"_s, row.name}}},
                            {u"locationId"_s, row.location.toInt()},
                            {u"location_display"_s, row.name},
                            {u"quantityOnHand"_s, json(onHand)},
                            {u"quantityCommitted"_s, json(committed)},
                            {u"quantityAvailable"_s, json(onHand - committed)}});
        }
        return lines;
    }

    static QJsonObject error(int status, const QString &title, const QString &detail, const QString &code,
                             const QString &path = {})
    {
        QJsonObject one{{u"detail"_s, detail}, {u"o:errorCode"_s, code}};
        if (!path.isEmpty())
            one.insert(u"o:errorPath"_s, path);
        return QJsonObject{{u"type"_s, u"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html"_s},
                           {u"title"_s, title},
                           {u"status"_s, status},
                           {u"o:errorDetails"_s, QJsonArray{one}}};
    }
    static Answer invalid(const QString &value, const QString &field, const QString &path)
    {
        return {400,
                error(400, u"Bad Request"_s,
                      u"Error while accessing resource: You have entered an Invalid Field Value "_s + value
                          + u" for the following field: "_s + field,
                      u"INVALID_CONTENT"_s, path)};
    }

    void reply(QTcpSocket *socket, int status, const QJsonObject &body, const QString &location = {}) const
    {
        const QByteArray bytes =
            status == 204 ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        if (!location.isEmpty())
            head += "Location: " + url().toString().toUtf8() + location.toUtf8() + "\r\n";
        if (status != 204)
            head += "Content-Type: application/vnd.oracle.resource+json; type=singular-resource\r\n";
        socket->write(head + "Content-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
    }

    /// "" when the Authorization header is this account's TBA, correctly signed, with a new nonce.
    QString signatureProblem(const QByteArray &method, const QHttpServerRequest &incoming)
    {
        const QByteArray header = incoming.value("Authorization");
        if (!header.startsWith("OAuth "))
            return u"no OAuth Authorization header"_s;
        QMap<QByteArray, QByteArray> oauth;
        for (const QByteArray &part : header.mid(6).split(',')) {
            const QByteArray item = part.trimmed();
            const qsizetype equals = item.indexOf('=');
            if (equals <= 0)
                continue;
            QByteArray value = item.mid(equals + 1);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            oauth.insert(item.left(equals), QByteArray::fromPercentEncoding(value));
        }
        if (oauth.value("realm") != account.toUtf8())
            return u"wrong realm"_s;
        if (oauth.value("oauth_consumer_key") != consumerKey || oauth.value("oauth_token") != tokenId)
            return u"wrong consumer key or token"_s;
        if (oauth.value("oauth_signature_method") != "HMAC-SHA256")
            return u"not HMAC-SHA256"_s;
        const QByteArray nonce = oauth.value("oauth_nonce");
        if (nonce.isEmpty() || m_nonces.contains(nonce))
            return u"a nonce used before"_s;
        QUrl url = incoming.url();
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_port);
        LedgerLink::Net::OAuth1Parameters parameters;
        for (auto it = oauth.cbegin(); it != oauth.cend(); ++it) {
            if (it.key() != "realm" && it.key() != "oauth_signature")
                parameters.append({it.key(), it.value()});
        }
        const QByteArray base = LedgerLink::Net::signatureBaseString(method, url, parameters);
        if (oauth.value("oauth_signature")
            != LedgerLink::Net::signature(base, consumerSecret, tokenSecret,
                                          LedgerLink::Net::OAuth1Method::HmacSha256))
            return u"wrong signature"_s;
        m_nonces.insert(nonce);
        return {};
    }

    /// Gives `record` an id (a new one) and lastModifiedDate, and keeps it.
    QJsonObject keep(const QString &type, QJsonObject record)
    {
        now = now.addSecs(1);
        if (!record.contains(u"id"_s))
            record.insert(u"id"_s, QString::number(++m_ids));
        record.insert(u"lastModifiedDate"_s, now.toString(Qt::ISODate));
        QList<QJsonObject> &list = records[type];
        for (QJsonObject &kept : list) {
            if (kept.value(u"id"_s) == record.value(u"id"_s)) {
                kept = record;
                return record;
            }
        }
        record.insert(u"createdDate"_s, now.toString(Qt::ISODate));
        list.append(record);
        return record;
    }

    std::optional<QJsonObject> find(const QString &type, const QString &key) const
    {
        const bool external = key.startsWith(u"eid:"_s);
        const QString wanted = external ? key.mid(4) : key;
        for (const QJsonObject &record : records.value(type)) {
            if (record.value(external ? u"externalId"_s : u"id"_s).toString() == wanted)
                return record;
        }
        return std::nullopt;
    }

    Answer get(const QString &type, const QString &key, bool expand = false) const
    {
        if (std::optional<QJsonObject> found = find(type, key)) {
            if (!expand) {
                // Not expanded: each sublist is a link to itself.
                for (auto it = found->begin(); it != found->end(); ++it) {
                    if (!it.value().isObject() || !it.value().toObject().value(u"items"_s).isArray())
                        continue;
                    const QString href = url().toString() + u"/services/rest/record/v1/"_s + type + u'/'
                        + found->value(u"id"_s).toString() + u'/' + it.key();
                    it.value() = QJsonObject{
                        {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, href}}}}};
                }
            }
            return {200, *found};
        }
        return {404,
                error(404, u"Not Found"_s,
                      u"The record instance does not exist. Provide a valid record instance ID."_s,
                      u"NONEXISTENT_ID"_s)};
    }

    Answer create(const QString &type, QJsonObject body)
    {
        const QString externalId = body.value(u"externalId"_s).toString();
        if (!externalId.isEmpty() && find(type, u"eid:"_s + externalId))
            return {400,
                    error(400, u"Bad Request"_s,
                          u"A record with this external ID already exists: "_s + externalId,
                          u"DUP_RECORD"_s)};
        std::optional<Answer> refusal;
        if (type == u"customer"_s)
            refusal = customer(body);
        else if (type == u"invoice"_s || type == u"creditMemo"_s)
            refusal = document(type, body);
        else if (type == u"customerPayment"_s)
            refusal = payment(body);
        if (refusal)
            return *refusal;
        const QJsonObject kept = keep(type, body);
        ++writes;
        return {204, {}, u"/services/rest/record/v1/"_s + type + u'/' + kept.value(u"id"_s).toString()};
    }

    Answer patch(const QString &type, const QString &key, const QJsonObject &body)
    {
        std::optional<QJsonObject> found = find(type, key);
        if (!found)
            return get(type, key);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            found->insert(it.key(), it.value());
        keep(type, *found);
        ++writes;
        return {204, {}};
    }

    std::optional<Answer> customer(QJsonObject &body) const
    {
        const bool person = body.value(u"isPerson"_s).toBool(false);
        const QString company = body.value(u"companyName"_s).toString();
        const QString last = body.value(u"lastName"_s).toString();
        if (person ? last.isEmpty() : company.isEmpty())
            return Answer{
                400,
                error(400, u"Bad Request"_s,
                      u"Please enter value(s) for: "_s + (person ? u"Last Name"_s : u"Company Name"_s),
                      u"USER_ERROR"_s)};
        body.insert(u"entityId"_s,
                    person ? QString(body.value(u"firstName"_s).toString() + u' ' + last).trimmed()
                           : company);
        return std::nullopt;
    }

    std::optional<Answer> document(const QString &type, QJsonObject &body)
    {
        const QString customerId = body.value(u"entity"_s).toObject().value(u"id"_s).toString();
        const std::optional<QJsonObject> customer = find(u"customer"_s, customerId);
        if (!customer)
            return invalid(customerId, u"entity"_s, u"entity"_s);
        body.insert(u"entity"_s,
                    QJsonObject{{u"id"_s, customerId}, {u"refName"_s, customer->value(u"entityId"_s)}});
        const QString currencyId = body.value(u"currency"_s).toObject().value(u"id"_s).toString();
        if (!currencies.contains(currencyId))
            return invalid(currencyId, u"currency"_s, u"currency"_s);
        body.insert(u"currency"_s,
                    QJsonObject{{u"id"_s, currencyId}, {u"refName"_s, currencies.value(currencyId)}});
        QJsonArray items = body.value(u"item"_s).toObject().value(u"items"_s).toArray();
        Decimal subtotal(0);
        Decimal taxTotal(0);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject line = items.at(i).toObject();
            const QString path = u"item.items[%1]"_s.arg(i);
            const QString itemId = line.value(u"item"_s).toObject().value(u"id"_s).toString();
            const std::optional<QJsonObject> item = find(u"inventoryItem"_s, itemId);
            if (!item)
                return invalid(itemId, u"item"_s, path + u".item"_s);
            const QString taxCode = line.value(u"taxCode"_s).toObject().value(u"id"_s).toString();
            if (!taxPercents.contains(taxCode))
                return invalid(taxCode, u"taxCode"_s, path + u".taxCode"_s);
            const Decimal amount = line.contains(u"amount"_s)
                ? decimal(line.value(u"amount"_s))
                : cents(decimal(line.value(u"quantity"_s)) * decimal(line.value(u"rate"_s)));
            const Decimal tax = cents(
                *Decimal::divide(amount * taxPercents.value(taxCode), Decimal(100), 6, RoundingMode::HalfUp));
            line.insert(u"line"_s, int(i + 1));
            line.insert(u"item"_s, QJsonObject{{u"id"_s, itemId}, {u"refName"_s, item->value(u"itemId"_s)}});
            line.insert(u"amount"_s, json(amount));
            line.insert(u"taxAmount"_s, json(tax));
            items.replace(i, line);
            subtotal += amount;
            taxTotal += tax;
        }
        body.insert(u"item"_s, QJsonObject{{u"items"_s, items}});
        const Decimal total = subtotal + taxTotal;
        body.insert(u"subtotal"_s, json(subtotal));
        body.insert(u"taxTotal"_s, json(taxTotal));
        body.insert(u"total"_s, json(total));
        const bool invoice = type == u"invoice"_s;
        body.insert(
            u"tranId"_s,
            QString((invoice ? u"INV"_s : u"CM"_s) + QString::number(records.value(type).size() + 1)));
        body.insert(u"status"_s, QJsonObject{{u"id"_s, u"A"_s}, {u"refName"_s, u"Open"_s}});
        if (invoice) {
            body.insert(u"amountRemaining"_s, json(total));
            body.insert(u"amountPaid"_s, 0);
        }
        return std::nullopt;
    }

    std::optional<Answer> payment(QJsonObject &body)
    {
        const QString customerId = body.value(u"customer"_s).toObject().value(u"id"_s).toString();
        if (!find(u"customer"_s, customerId))
            return invalid(customerId, u"customer"_s, u"customer"_s);
        if (!body.value(u"payment"_s).isDouble())
            return Answer{400,
                          error(400, u"Bad Request"_s, u"Please enter value(s) for: Payment Amount"_s,
                                u"USER_ERROR"_s)};
        QJsonArray items = body.value(u"apply"_s).toObject().value(u"items"_s).toArray();
        // Checked first, applied after: a refused payment changes no invoice.
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString invoiceId =
                items.at(i).toObject().value(u"doc"_s).toObject().value(u"id"_s).toString();
            const std::optional<QJsonObject> invoice = find(u"invoice"_s, invoiceId);
            if (!invoice || invoice->value(u"entity"_s).toObject().value(u"id"_s).toString() != customerId)
                return invalid(invoiceId, u"doc"_s, u"apply.items[%1].doc"_s.arg(i));
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject line = items.at(i).toObject();
            if (!line.value(u"apply"_s).toBool(false))
                continue;
            QJsonObject invoice =
                *find(u"invoice"_s, line.value(u"doc"_s).toObject().value(u"id"_s).toString());
            const Decimal remaining = decimal(invoice.value(u"amountRemaining"_s));
            const Decimal wanted = decimal(line.value(u"amount"_s));
            const Decimal applied = wanted < remaining ? wanted : remaining;
            const Decimal left = remaining - applied;
            invoice.insert(u"amountRemaining"_s, json(left));
            invoice.insert(u"amountPaid"_s, json(decimal(invoice.value(u"amountPaid"_s)) + applied));
            if (left == Decimal(0))
                invoice.insert(u"status"_s,
                               QJsonObject{{u"id"_s, u"B"_s}, {u"refName"_s, u"Paid In Full"_s}});
            keep(u"invoice"_s, invoice);
            line.insert(u"amount"_s, json(applied));
            items.replace(i, line);
        }
        body.insert(u"apply"_s, QJsonObject{{u"items"_s, items}});
        body.insert(u"tranId"_s,
                    QString(u"PYMT"_s + QString::number(records.value(u"customerPayment"_s).size() + 1)));
        return std::nullopt;
    }

    Answer suiteQl(const QString &q, int limit, int offset) const
    {
        QList<QJsonObject> rows;
        static const QRegularExpression byEmail(
            uR"(^SELECT id FROM customer WHERE LOWER\(email\) = '((?:[^']|'')*)' ORDER BY id$)"_s);
        static const QRegularExpression byName(
            uR"(^SELECT id FROM customer WHERE entityid = '((?:[^']|'')*)' ORDER BY id$)"_s);
        static const QRegularExpression bySku(
            uR"(^SELECT id, itemid FROM item WHERE itemid IN \((.*)\) ORDER BY id$)"_s);
        static const QRegularExpression page(
            uR"(^SELECT id FROM (customer|item|transaction)(?: WHERE (.*?))? ORDER BY lastmodifieddate, id$)"_s);
        const auto unquote = [](QString text) {
            return text.replace(u"''"_s, u"'"_s);
        };
        const auto row = [](const QJsonObject &record) {
            return QJsonObject{{u"links"_s, QJsonArray{}}, {u"id"_s, record.value(u"id"_s)}};
        };
        if (const QRegularExpressionMatch m = byEmail.match(q); m.hasMatch()) {
            for (const QJsonObject &record : records.value(u"customer"_s)) {
                if (record.value(u"email"_s).toString().toLower() == unquote(m.captured(1)))
                    rows.append(row(record));
            }
        } else if (const QRegularExpressionMatch n = byName.match(q); n.hasMatch()) {
            for (const QJsonObject &record : records.value(u"customer"_s)) {
                if (record.value(u"entityId"_s).toString() == unquote(n.captured(1)))
                    rows.append(row(record));
            }
        } else if (const QRegularExpressionMatch s = bySku.match(q); s.hasMatch()) {
            static const QRegularExpression literal(uR"('((?:[^']|'')*)')"_s);
            QStringList skus;
            for (auto it = literal.globalMatch(s.captured(1)); it.hasNext();)
                skus.append(unquote(it.next().captured(1)));
            for (const QJsonObject &record : records.value(u"inventoryItem"_s)) {
                if (skus.contains(record.value(u"itemId"_s).toString())) {
                    QJsonObject one = row(record);
                    one.insert(u"itemid"_s, record.value(u"itemId"_s));
                    rows.append(one);
                }
            }
        } else if (const QRegularExpressionMatch p = page.match(q); p.hasMatch()) {
            static const QMap<QString, QString> types{{u"SalesOrd"_s, u"salesOrder"_s},
                                                      {u"CustInvc"_s, u"invoice"_s},
                                                      {u"CustCred"_s, u"creditMemo"_s},
                                                      {u"CustPymt"_s, u"customerPayment"_s}};
            static const QRegularExpression typeCondition(uR"(type = '(\w+)')"_s);
            static const QRegularExpression since(
                uR"(lastmodifieddate >= TO_DATE\('(\d{4}-\d\d-\d\d)', 'YYYY-MM-DD'\))"_s);
            QString type = p.captured(1) == u"item"_s ? u"inventoryItem"_s : p.captured(1);
            if (type == u"transaction"_s)
                type = types.value(typeCondition.match(p.captured(2)).captured(1));
            const QRegularExpressionMatch from = since.match(p.captured(2));
            const QDate day = from.hasMatch() ? QDate::fromString(from.captured(1), Qt::ISODate) : QDate();
            QList<QJsonObject> kept = records.value(type);
            std::stable_sort(kept.begin(), kept.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"lastModifiedDate"_s).toString() < b.value(u"lastModifiedDate"_s).toString();
            });
            for (const QJsonObject &record : std::as_const(kept)) {
                if (!day.isValid()
                    || QDateTime::fromString(record.value(u"lastModifiedDate"_s).toString(), Qt::ISODate)
                            .date()
                        >= day)
                    rows.append(row(record));
            }
        } else {
            return {400,
                    error(400, u"Bad Request"_s, u"Invalid search query: "_s + q, u"INVALID_PARAMETER"_s)};
        }
        const QList<QJsonObject> shown = rows.mid(offset, limit);
        QJsonArray items;
        for (const QJsonObject &one : shown)
            items.append(one);
        const bool more = offset + shown.size() < rows.size();
        QJsonArray links;
        if (more)
            links.append(
                QJsonObject{{u"rel"_s, u"next"_s},
                            {u"href"_s,
                             QString(url().toString()
                                     + u"/services/rest/query/v1/suiteql?limit=%1&offset=%2"_s.arg(limit).arg(
                                         offset + limit))}});
        return {200,
                QJsonObject{{u"links"_s, links},
                            {u"count"_s, int(items.size())},
                            {u"hasMore"_s, more},
                            {u"items"_s, items},
                            {u"offset"_s, offset},
                            {u"totalResults"_s, int(rows.size())}}};
    }

    quint16 m_port = 0;
    int m_ids = 100;
    QSet<QByteArray> m_nonces;
};

} // namespace NetSuiteTest
