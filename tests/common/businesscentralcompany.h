#pragma once

// A Dynamics 365 Business Central company for end-to-end tests: a small server on 127.0.0.1 that
// keeps what LedgerLink writes and answers in the shapes of Microsoft's documented API v2.0
// examples (tests/connectors/fixtures/businesscentral): entity sets under
// `/api/v2.0/companies(<company id>)/`, GUID ids, `@odata.etag` in Business Central's form
// (W/"JzQ0O…", a new one on every write), `lastModifiedDateTime` with milliseconds, collections as
// {"value":[…]}, errors as OData's {"error":{"code","message"}}.
//
// Modelled: companies(<id>) and companyInformation (currencyCode: the local currency); the sets
// items, customers, salesInvoices, salesCreditMemos and customerPayments: GET of the set and of `<set>(<id>)`
// (404 for a missing id), `$filter` with one condition `<field> eq '<text>'` (compared case-insensitively, as
// Business Central's database collation does) or `lastModifiedDateTime gt <time>`, `$orderby=<field>`
// ascending, `$expand=salesInvoiceLines` (salesCreditMemoLines), `Prefer: odata.maxpagesize=N` answered with
// `@odata.nextLink` ($skiptoken); POST (an invoice's lines inline, the deep insert of "Create
// salesInvoiceLines"); PATCH with `If-Match` (missing: 400; stale: 412 Request_EntityChanged, "Another user
// has already changed the record."), lines left alone. A customer gets a number (C00010, C00020, …); an
// invoice a number (S-INV100001, …), its customer by customerId or customerNumber ("A customerNumber or a
// customerID must be provided.", code Application_DialogException, the row of Microsoft's error-code table),
// its lines' items by `lineObjectNumber` (an unknown number, item or tax code is refused with 400
// Internal_RecordNotFound and Business Central's record-not-found text, "The Item does not exist.
// Identification fields and values: No.='MUG-350'" — the form of the platform's message, not a
// documented API example), and a line property v2.0 does not have (`lineDetails`, the v1.0 form)
// is refused as OData refuses an unknown property. An invoice's currencyCode may be empty or the
// local currency's code (both are the local currency, answered with its code and the null
// currencyId, as the documented invoice does) or one of `currencies`. A credit memo is made as an
// invoice is (its lines inline as salesCreditMemoLines, numbered S-CR100001, …, dated by
// creditMemoDate), without remainingAmount; its invoiceId, when given, must be an invoice of the
// company (invoiceNumber is then that invoice's); it changes nothing on the invoice (a draft).
//
// Tax (this fake's assumption): Business Central computes it from its VAT posting setup, which the
// API does not show; here each line's taxCode (else its item's taxGroupCode) names a percentage
// (taxPercents), and the line's tax is amountExcludingTax × percent / 100 rounded half-up to the
// cent, per line; the invoice's totals are the sums of its lines. A line's amountExcludingTax is
// quantity × unitPrice rounded half-up to the cent, less its discountAmount (unitPrice defaults to
// the item's). Prices never include tax (pricesIncludeTax false: the customer setting that would
// change it is not in the API). A new invoice is a Draft whose remainingAmount is its total.
//
// A customerPayment needs its customer (customerId or customerNumber) and may apply to an invoice
// (appliesToInvoiceId, which must exist and be that customer's): it lowers the invoice's
// remainingAmount by at most what remains (the invoice gets a new ETag; at 0 its status is Paid).
// Not modelled: posting (a real company applies payments only to posted invoices, and its payment
// journal lines become customer ledger entries when the journal is posted — here a draft takes
// the payment at once), $batch, $top/$skip/$select, `and`/`or` in filters, line entities of their
// own (`salesInvoices(<id>)/salesInvoiceLines`), sales orders, the application of a credit memo on
// posting, deletes, dimensions, number series, and any error this header does not name.

#include "model/decimal.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <optional>

namespace BusinessCentralTest {

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;
using LedgerLink::Model::RoundingMode;

class BusinessCentralCompany final : public QAbstractHttpServer
{
public:
    QString companyId = u"4d0e744d-44e3-ea11-bb43-000d3a2feca1"_s;
    QByteArray accessToken = "bc-e2e-token";
    QString localCurrency = u"EUR"_s;
    QStringList currencies; ///< foreign currencies the company has (codes)
    QString companyName = u"Sandbox Books (Business Central)"_s;
    /// Whether the items addItem() makes state their unit price with tax (`priceIncludesTax`).
    bool itemPricesIncludeTax = false;
    /// Tax codes and their percentages, e.g. {"VAT19", 19}.
    QMap<QString, Decimal> taxPercents;
    /// Entities by entity set ("salesInvoices"), in the order they were created.
    QMap<QString, QList<QJsonObject>> entities;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0, 0, 123), QTimeZone::utc()); ///< +1 s per write
    QStringList lines; ///< "METHOD path?decoded query" of every request
    int writes = 0; ///< POSTs and PATCHes that changed something

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    /// The base URL a connection names (".../api").
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/api"_s.arg(m_port)); }

    /// An item of the company's list, e.g. addItem("TEE-ORG-M", "Organic tee M", "29.99", "VAT19"):
    /// of `type` "Non-Inventory", "Inventory" (with `inventory` on hand) or "Service".
    QJsonObject addItem(const QString &number, const QString &name, const QString &unitPrice,
                        const QString &taxGroupCode = {}, const QString &type = u"Non-Inventory"_s,
                        int inventory = 0)
    {
        QJsonObject item{{u"number"_s, number},
                         {u"displayName"_s, name},
                         {u"type"_s, type},
                         {u"blocked"_s, false},
                         {u"gtin"_s, u""_s},
                         {u"inventory"_s, inventory},
                         {u"unitPrice"_s, json(*Decimal::fromString(unitPrice))},
                         {u"priceIncludesTax"_s, itemPricesIncludeTax},
                         {u"unitCost"_s, 0},
                         {u"taxGroupCode"_s, taxGroupCode},
                         {u"baseUnitOfMeasureCode"_s, u"PCS"_s}};
        return stamp(u"items"_s, item);
    }

    /// The entities of `set` whose `key` is `value` (exactly, as text).
    QList<QJsonObject> where(const QString &set, const QString &key, const QString &value) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &entity : entities.value(set)) {
            if (text(entity.value(key)) == value)
                found.append(entity);
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

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        QString method = u"OTHER"_s;
        switch (incoming.method()) {
        case QHttpServerRequest::Method::Get:
            method = u"GET"_s;
            break;
        case QHttpServerRequest::Method::Post:
            method = u"POST"_s;
            break;
        case QHttpServerRequest::Method::Patch:
            method = u"PATCH"_s;
            break;
        default:
            break;
        }
        const QString path = incoming.url().path();
        const QUrlQuery query(incoming.url());
        const QString prefix = u"/api/v2.0/companies("_s + companyId + u')';
        lines.append(method + u' ' + path.mid(prefix.size() + 1)
                     + (query.isEmpty() ? QString() : QString(u'?' + query.toString(QUrl::FullyDecoded))));
        if (incoming.value("Authorization") != "Bearer " + accessToken) {
            reply(socket, 401,
                  odataError(u"Authentication_InvalidCredentials"_s,
                             u"The server has rejected the client credentials."_s));
            return true;
        }
        if (path == prefix && method == u"GET"_s) {
            reply(socket, 200,
                  QJsonObject{{u"id"_s, companyId},
                              {u"name"_s, companyName},
                              {u"displayName"_s, companyName},
                              {u"businessProfileId"_s, u""_s}});
            return true;
        }
        if (!path.startsWith(prefix + u'/')) {
            reply(socket, 404,
                  odataError(u"BadRequest_NotFound"_s, u"No company with the id in the URL: "_s + path));
            return true;
        }
        const QString route = path.mid(prefix.size() + 1);
        static const QRegularExpression entityPath(uR"(^(\w+)(?:\(([0-9a-fA-F-]{36})\))?$)"_s);
        const QRegularExpressionMatch match = entityPath.match(route);
        if (route == u"companyInformation"_s && method == u"GET"_s) {
            reply(socket, 200,
                  QJsonObject{{u"value"_s,
                               QJsonArray{QJsonObject{{u"id"_s, u"86f5f171-44e3-ea11-bb43-000d3a2feca1"_s},
                                                      {u"displayName"_s, companyName},
                                                      {u"currencyCode"_s, localCurrency}}}}});
            return true;
        }
        static const QStringList sets{u"items"_s, u"customers"_s, u"salesInvoices"_s, u"salesCreditMemos"_s,
                                      u"customerPayments"_s};
        if (!match.hasMatch() || !sets.contains(match.captured(1))) {
            reply(socket, 404,
                  odataError(
                      u"BadRequest_NotFound"_s,
                      u"The request URI is not valid. Since the segment '"_s + route.section(u'(', 0, 0)
                          + u"' refers to a collection, this must be the last segment in the request URI "
                            u"or it must be followed by an function or action that can be bound to it "
                            u"otherwise all intermediate segments must refer to a single resource."_s));
            return true;
        }
        const QString set = match.captured(1);
        const QString id = match.captured(2);
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        Answer answer{405, odataError(u"BadRequest_MethodNotAllowed"_s, u"Method not allowed."_s)};
        if (method == u"GET"_s && id.isEmpty())
            answer = list(set, incoming.url(), query, QString::fromUtf8(incoming.value("Prefer")));
        else if (method == u"GET"_s)
            answer = one(set, id, query.queryItemValue(u"$expand"_s, QUrl::FullyDecoded));
        else if (method == u"POST"_s && id.isEmpty())
            answer = create(set, body);
        else if (method == u"PATCH"_s && !id.isEmpty())
            answer = patch(set, id, QString::fromUtf8(incoming.value("If-Match")), body);
        reply(socket, answer.first, answer.second);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    using Answer = std::pair<int, QJsonObject>;

    static QJsonValue json(const Decimal &value) { return value.toString().toDouble(); }
    static Decimal decimal(const QJsonValue &value) { return Decimal::fromJson(value).value_or(Decimal(0)); }
    static QJsonObject odataError(const QString &code, const QString &message)
    {
        return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
    }
    /// Business Central's record-not-found text.
    static Answer notFound(const QString &table, const QString &field, const QString &value, int status = 400)
    {
        return {status,
                odataError(u"Internal_RecordNotFound"_s,
                           u"The "_s + table
                               + u" does not exist. Identification fields and "
                                 u"values: "_s
                               + field + u"='"_s + value + u"'"_s)};
    }

    static void reply(QTcpSocket *socket, int status, const QJsonObject &body)
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: application/json; odata.metadata=minimal\r\n"
                      + "Content-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
    }

    QString time() const { return now.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s); }

    /// A new GUID in the form of Microsoft's examples.
    QString newId() { return u"%1-44e3-ea11-bb43-000d3a2feca1"_s.arg(++m_ids, 8, 16, QLatin1Char('0')); }

    /// Gives `entity` its id (new ones), a new @odata.etag and lastModifiedDateTime, and keeps it.
    QJsonObject stamp(const QString &set, QJsonObject entity)
    {
        now = now.addSecs(1);
        if (!entity.contains(u"id"_s))
            entity.insert(u"id"_s, newId());
        const bool created = !find(set, u"id"_s, entity.value(u"id"_s).toString());
        const QByteArray tag = "'44;" + QByteArray::number(++m_versions) + "1;'";
        entity.insert(u"@odata.etag"_s, QString(u"W/\""_s + QString::fromLatin1(tag.toBase64()) + u'"'));
        entity.insert(u"lastModifiedDateTime"_s, time());
        QList<QJsonObject> &list = entities[set];
        if (created) {
            list.append(entity);
        } else {
            for (QJsonObject &kept : list) {
                if (kept.value(u"id"_s) == entity.value(u"id"_s))
                    kept = entity;
            }
        }
        return entity;
    }

    std::optional<QJsonObject> find(const QString &set, const QString &key, const QString &value) const
    {
        for (const QJsonObject &entity : entities.value(set)) {
            if (entity.value(key).toString().compare(value, Qt::CaseInsensitive) == 0)
                return entity;
        }
        return std::nullopt;
    }

    /// The lines property of a document's set ("salesInvoiceLines"), else "".
    static QString linesOf(const QString &set)
    {
        if (set == u"salesInvoices"_s)
            return u"salesInvoiceLines"_s;
        if (set == u"salesCreditMemos"_s)
            return u"salesCreditMemoLines"_s;
        return {};
    }

    /// An entity as answered: a document without its lines unless they are expanded.
    static QJsonObject shown(const QString &set, QJsonObject entity, const QString &expand)
    {
        if (!linesOf(set).isEmpty() && expand != linesOf(set))
            entity.remove(linesOf(set));
        return entity;
    }

    Answer one(const QString &set, const QString &id, const QString &expand) const
    {
        const std::optional<QJsonObject> found = find(set, u"id"_s, id);
        if (!found)
            return notFound(tableOf(set), u"Id"_s, id, 404);
        return {200, shown(set, *found, expand)};
    }

    static QString tableOf(const QString &set)
    {
        static const QMap<QString, QString> tables{{u"items"_s, u"Item"_s},
                                                   {u"customers"_s, u"Customer"_s},
                                                   {u"salesInvoices"_s, u"Sales Invoice"_s},
                                                   {u"salesCreditMemos"_s, u"Sales Cr.Memo Header"_s},
                                                   {u"customerPayments"_s, u"Gen. Journal Line"_s}};
        return tables.value(set);
    }

    Answer list(const QString &set, const QUrl &url, const QUrlQuery &query, const QString &prefer) const
    {
        const QString filter = query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded);
        static const QRegularExpression equals(uR"(^(\w+) eq '((?:[^']|'')*)'$)"_s);
        static const QRegularExpression after(uR"(^lastModifiedDateTime gt (\S+)$)"_s);
        QList<QJsonObject> rows = entities.value(set);
        if (!filter.isEmpty()) {
            const QRegularExpressionMatch eq = equals.match(filter);
            const QRegularExpressionMatch gt = after.match(filter);
            if (!eq.hasMatch() && !gt.hasMatch())
                return {400,
                        odataError(u"BadRequest"_s,
                                   u"The filter is not supported by this test company: "_s + filter)};
            QList<QJsonObject> kept;
            for (const QJsonObject &row : std::as_const(rows)) {
                if (eq.hasMatch()) {
                    QString value = eq.captured(2);
                    value.replace(u"''"_s, u"'"_s);
                    if (text(row.value(eq.captured(1))).compare(value, Qt::CaseInsensitive) == 0)
                        kept.append(row);
                } else if (QDateTime::fromString(row.value(u"lastModifiedDateTime"_s).toString(),
                                                 Qt::ISODateWithMs)
                           > QDateTime::fromString(gt.captured(1), Qt::ISODateWithMs)) {
                    kept.append(row);
                }
            }
            rows = kept;
        }
        const QString orderBy = query.queryItemValue(u"$orderby"_s, QUrl::FullyDecoded);
        if (!orderBy.isEmpty())
            std::stable_sort(rows.begin(), rows.end(),
                             [&orderBy](const QJsonObject &a, const QJsonObject &b) {
                                 return text(a.value(orderBy)) < text(b.value(orderBy));
                             });
        static const QRegularExpression pageSize(uR"(odata\.maxpagesize=(\d+))"_s);
        const QRegularExpressionMatch size = pageSize.match(prefer);
        const int max = size.hasMatch() ? std::max(1, size.captured(1).toInt()) : 20000;
        const int skip = query.queryItemValue(u"$skiptoken"_s).toInt();
        const QString expand = query.queryItemValue(u"$expand"_s, QUrl::FullyDecoded);
        QJsonArray value;
        for (const QJsonObject &row : rows.mid(skip, max))
            value.append(shown(set, row, expand));
        QJsonObject answer{{u"value"_s, value}};
        if (skip + max < rows.size()) {
            QUrl next = url;
            QUrlQuery nextQuery(query);
            nextQuery.removeAllQueryItems(u"$skiptoken"_s);
            nextQuery.addQueryItem(u"$skiptoken"_s, QString::number(skip + max));
            next.setQuery(nextQuery);
            next.setScheme(u"http"_s);
            next.setHost(u"127.0.0.1"_s);
            next.setPort(m_port);
            answer.insert(u"@odata.nextLink"_s, next.toString(QUrl::FullyEncoded));
        }
        return {200, answer};
    }

    Answer create(const QString &set, QJsonObject body)
    {
        body.remove(u"id"_s);
        body.remove(u"@odata.etag"_s);
        body.remove(u"lastModifiedDateTime"_s);
        if (set == u"customers"_s) {
            if (body.value(u"displayName"_s).toString().isEmpty())
                return {400,
                        odataError(u"Application_DialogException"_s, u"displayName must be provided."_s)};
            QJsonObject customer{
                {u"number"_s, u"C%1"_s.arg((entities.value(set).size() + 1) * 10, 5, 10, QLatin1Char('0'))},
                {u"type"_s, u"Company"_s},
                {u"email"_s, u""_s},
                {u"phoneNumber"_s, u""_s},
                {u"currencyCode"_s, u""_s},
                {u"blocked"_s, u" "_s}};
            for (auto it = body.begin(); it != body.end(); ++it)
                customer.insert(it.key(), it.value());
            ++writes;
            return {201, stamp(set, customer)};
        }
        if (set == u"items"_s) {
            if (find(set, u"number"_s, body.value(u"number"_s).toString()))
                return {400,
                        odataError(u"Internal_EntityWithSameKeyExists"_s, u"The record already exists."_s)};
            ++writes;
            return {201, stamp(set, body)};
        }
        if (set == u"salesInvoices"_s || set == u"salesCreditMemos"_s)
            return createDocument(set, body);
        return createPayment(body);
    }

    /// The customer a document or payment names by customerId or customerNumber.
    std::optional<Answer> customerOf(const QJsonObject &body, QJsonObject &customer) const
    {
        const QString id = body.value(u"customerId"_s).toString();
        const QString number = body.value(u"customerNumber"_s).toString();
        if (!id.isEmpty() && id != u"00000000-0000-0000-0000-000000000000"_s) {
            const std::optional<QJsonObject> found = find(u"customers"_s, u"id"_s, id);
            if (!found)
                return notFound(u"Customer"_s, u"Id"_s, id);
            customer = *found;
        } else if (!number.isEmpty()) {
            const std::optional<QJsonObject> found = find(u"customers"_s, u"number"_s, number);
            if (!found)
                return notFound(u"Customer"_s, u"No."_s, number);
            customer = *found;
        } else {
            return Answer{400,
                          odataError(u"Application_DialogException"_s,
                                     u"A customerNumber or a customerID must be provided."_s)};
        }
        return std::nullopt;
    }

    /// A sales invoice or credit memo (`set`) with its lines inline.
    Answer createDocument(const QString &set, const QJsonObject &body)
    {
        const bool invoice = set == u"salesInvoices"_s;
        const QString linesProperty = linesOf(set);
        QJsonObject customer;
        if (const std::optional<Answer> refused = customerOf(body, customer))
            return *refused;
        QString currency = body.value(u"currencyCode"_s).toString();
        if (currency.isEmpty())
            currency = localCurrency;
        if (currency != localCurrency && !currencies.contains(currency))
            return notFound(u"Currency"_s, u"Code"_s, currency);
        const QString documentId = newId();
        const QString dateProperty = invoice ? u"invoiceDate"_s : u"creditMemoDate"_s;
        const QString date = body.value(dateProperty).toString(now.date().toString(Qt::ISODate));
        // A credit memo may name the (posted) invoice it is applied to.
        QJsonObject appliesTo;
        const QString appliesToId = body.value(u"invoiceId"_s).toString();
        if (!invoice && !appliesToId.isEmpty() && appliesToId != u"00000000-0000-0000-0000-000000000000"_s) {
            const std::optional<QJsonObject> found = find(u"salesInvoices"_s, u"id"_s, appliesToId);
            if (!found)
                return notFound(u"Sales Invoice Header"_s, u"Id"_s, appliesToId);
            appliesTo = *found;
        }
        Decimal subtotal(0);
        Decimal tax(0);
        QJsonArray lines;
        int sequence = 0;
        for (const QJsonValue &value : body.value(linesProperty).toArray()) {
            const QJsonObject line = value.toObject();
            static const QStringList known{
                u"lineType"_s,     u"lineObjectNumber"_s, u"description"_s,     u"quantity"_s,
                u"unitPrice"_s,    u"discountAmount"_s,   u"discountPercent"_s, u"taxCode"_s,
                u"shipmentDate"_s, u"itemId"_s,           u"sequence"_s,        u"unitOfMeasureCode"_s};
            for (auto it = line.begin(); it != line.end(); ++it) {
                if (!known.contains(it.key()))
                    return {400,
                            odataError(u"BadRequest"_s,
                                       u"The property '"_s + it.key() + u"' does not exist on type "_s
                                           + u"'Microsoft.NAV."_s + linesProperty.chopped(1)
                                           + u"'. Make sure to only use property names that are "
                                             u"defined by the type."_s)};
            }
            const QString type = line.value(u"lineType"_s).toString(u"Item"_s);
            QJsonObject out{{u"id"_s, newId()},
                            {u"documentId"_s, documentId},
                            {u"sequence"_s, (sequence + 1) * 10000},
                            {u"lineType"_s, type},
                            {u"lineObjectNumber"_s, line.value(u"lineObjectNumber"_s).toString()},
                            {u"description"_s, line.value(u"description"_s).toString()},
                            {u"accountId"_s, u"00000000-0000-0000-0000-000000000000"_s},
                            {u"itemId"_s, u"00000000-0000-0000-0000-000000000000"_s}};
            ++sequence;
            if (type == u"Comment"_s) {
                lines.append(out);
                continue;
            }
            if (type != u"Item"_s)
                return {400,
                        odataError(u"Application_DialogException"_s,
                                   u"This test company takes item and comment lines only, not "_s + type)};
            const QString number = line.value(u"lineObjectNumber"_s).toString();
            const std::optional<QJsonObject> item = find(u"items"_s, u"number"_s, number);
            if (!item)
                return notFound(u"Item"_s, u"No."_s, number);
            const Decimal quantity = Decimal::fromJson(line.value(u"quantity"_s)).value_or(Decimal(0));
            const Decimal unitPrice = line.contains(u"unitPrice"_s) ? decimal(line.value(u"unitPrice"_s))
                                                                    : decimal(item->value(u"unitPrice"_s));
            const Decimal discount = decimal(line.value(u"discountAmount"_s));
            const QString taxCode =
                line.value(u"taxCode"_s).toString(item->value(u"taxGroupCode"_s).toString());
            Decimal percent(0);
            if (!taxCode.isEmpty()) {
                if (!taxPercents.contains(taxCode))
                    return notFound(u"VAT Product Posting Group"_s, u"Code"_s, taxCode);
                percent = taxPercents.value(taxCode);
            }
            const Decimal amount = (quantity * unitPrice).rounded(2, RoundingMode::HalfUp) - discount;
            const Decimal lineTax = *Decimal::divide(amount * percent, Decimal(100), 2, RoundingMode::HalfUp);
            subtotal += amount;
            tax += lineTax;
            out.insert(u"itemId"_s, item->value(u"id"_s));
            if (out.value(u"description"_s).toString().isEmpty())
                out.insert(u"description"_s, item->value(u"displayName"_s));
            out.insert(u"unitOfMeasureCode"_s, u"PCS"_s);
            out.insert(u"quantity"_s, json(quantity));
            out.insert(u"unitPrice"_s, json(unitPrice));
            out.insert(u"discountAmount"_s, json(discount));
            out.insert(u"discountPercent"_s, 0);
            out.insert(u"discountAppliedBeforeTax"_s, false);
            out.insert(u"amountExcludingTax"_s, json(amount));
            out.insert(u"taxCode"_s, taxCode);
            out.insert(u"taxPercent"_s, json(percent));
            out.insert(u"totalTaxAmount"_s, json(lineTax));
            out.insert(u"amountIncludingTax"_s, json(amount + lineTax));
            out.insert(u"invoiceDiscountAllocation"_s, 0);
            out.insert(u"netAmount"_s, json(amount));
            out.insert(u"netTaxAmount"_s, json(lineTax));
            out.insert(u"netAmountIncludingTax"_s, json(amount + lineTax));
            out.insert(u"shipmentDate"_s, line.value(u"shipmentDate"_s).toString(date));
            lines.append(out);
        }
        const Decimal total = subtotal + tax;
        const QString number =
            (invoice ? u"S-INV%1"_s : u"S-CR%1"_s).arg(100001 + entities.value(set).size());
        QJsonObject document{
            {u"id"_s, documentId},
            {u"number"_s, number},
            {u"externalDocumentNumber"_s, body.value(u"externalDocumentNumber"_s).toString()},
            {dateProperty, date},
            {u"postingDate"_s, body.value(u"postingDate"_s).toString(date)},
            {u"dueDate"_s, body.value(u"dueDate"_s).toString(date)},
            {u"customerPurchaseOrderReference"_s, body.value(u"customerPurchaseOrderReference"_s).toString()},
            {u"customerId"_s, customer.value(u"id"_s)},
            {u"customerNumber"_s, customer.value(u"number"_s)},
            {u"customerName"_s, customer.value(u"displayName"_s)},
            {u"billToName"_s, customer.value(u"displayName"_s)},
            {u"billToCustomerId"_s, customer.value(u"id"_s)},
            {u"billToCustomerNumber"_s, customer.value(u"number"_s)},
            {u"currencyId"_s,
             currency == localCurrency ? u"00000000-0000-0000-0000-000000000000"_s
                                       : u"7e8b5305-593f-ee11-be74-6045bdc8c285"_s},
            {u"currencyCode"_s, currency},
            {u"orderId"_s, u"00000000-0000-0000-0000-000000000000"_s},
            {u"orderNumber"_s, u""_s},
            {u"pricesIncludeTax"_s, false},
            {u"remainingAmount"_s, json(total)},
            {u"discountAmount"_s, 0},
            {u"discountAppliedBeforeTax"_s, false},
            {u"totalAmountExcludingTax"_s, json(subtotal)},
            {u"totalTaxAmount"_s, json(tax)},
            {u"totalAmountIncludingTax"_s, json(total)},
            {u"status"_s, u"Draft"_s},
            {u"phoneNumber"_s, body.value(u"phoneNumber"_s).toString()},
            {u"email"_s, body.value(u"email"_s).toString(customer.value(u"email"_s).toString())},
            {linesProperty, lines}};
        if (!invoice) {
            // A credit memo has no remaining amount; it names the invoice it is applied to.
            document.remove(u"remainingAmount"_s);
            document.remove(u"orderId"_s);
            document.remove(u"orderNumber"_s);
            document.insert(u"invoiceId"_s,
                            appliesTo.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s
                                                : appliesTo.value(u"id"_s).toString());
            document.insert(u"invoiceNumber"_s, appliesTo.value(u"number"_s).toString());
        }
        ++writes;
        return {201, shown(set, stamp(set, document), {})};
    }

    Answer createPayment(const QJsonObject &body)
    {
        QJsonObject customer;
        if (const std::optional<Answer> refused = customerOf(body, customer))
            return *refused;
        const Decimal amount = decimal(body.value(u"amount"_s));
        QJsonObject payment{
            {u"journalDisplayName"_s, u"GENERAL"_s},
            {u"lineNumber"_s, int(entities.value(u"customerPayments"_s).size() + 1) * 10000},
            {u"customerId"_s, customer.value(u"id"_s)},
            {u"customerNumber"_s, customer.value(u"number"_s)},
            {u"contactId"_s, u""_s},
            {u"postingDate"_s, body.value(u"postingDate"_s).toString(now.date().toString(Qt::ISODate))},
            {u"documentNumber"_s,
             u"G%1"_s.arg(entities.value(u"customerPayments"_s).size() + 1, 5, 10, QLatin1Char('0'))},
            {u"externalDocumentNumber"_s, body.value(u"externalDocumentNumber"_s).toString()},
            {u"amount"_s, json(amount)},
            {u"appliesToInvoiceId"_s, u"00000000-0000-0000-0000-000000000000"_s},
            {u"appliesToInvoiceNumber"_s, u""_s},
            {u"description"_s, body.value(u"description"_s).toString()},
            {u"comment"_s, body.value(u"comment"_s).toString()}};
        const QString invoiceId = body.value(u"appliesToInvoiceId"_s).toString();
        if (!invoiceId.isEmpty() && invoiceId != u"00000000-0000-0000-0000-000000000000"_s) {
            std::optional<QJsonObject> invoice = find(u"salesInvoices"_s, u"id"_s, invoiceId);
            if (!invoice)
                return notFound(u"Sales Invoice Header"_s, u"Id"_s, invoiceId);
            if (invoice->value(u"customerId"_s) != customer.value(u"id"_s))
                return {400,
                        odataError(u"Application_DialogException"_s,
                                   u"The invoice "_s + invoice->value(u"number"_s).toString()
                                       + u" is not a document of the customer "_s
                                       + customer.value(u"number"_s).toString() + u'.')};
            const Decimal open = decimal(invoice->value(u"remainingAmount"_s));
            const Decimal paid = amount > open ? open : amount;
            invoice->insert(u"remainingAmount"_s, json(open - paid));
            if (open - paid == Decimal(0))
                invoice->insert(u"status"_s, u"Paid"_s);
            stamp(u"salesInvoices"_s, *invoice);
            payment.insert(u"appliesToInvoiceId"_s, invoiceId);
            payment.insert(u"appliesToInvoiceNumber"_s, invoice->value(u"number"_s));
        }
        ++writes;
        return {201, stamp(u"customerPayments"_s, payment)};
    }

    Answer patch(const QString &set, const QString &id, const QString &ifMatch, const QJsonObject &body)
    {
        std::optional<QJsonObject> found = find(set, u"id"_s, id);
        if (!found)
            return notFound(tableOf(set), u"Id"_s, id, 404);
        if (ifMatch.isEmpty())
            return {400,
                    odataError(u"BadRequest"_s,
                               u"Could not validate the client concurrency token required by the service. "
                               u"Please provide a valid token in the client request."_s)};
        if (ifMatch != u"*"_s && ifMatch != found->value(u"@odata.etag"_s).toString())
            return {
                412,
                odataError(u"Request_EntityChanged"_s, u"Another user has already changed the record."_s)};
        static const QStringList readOnly{u"id"_s,
                                          u"number"_s,
                                          u"@odata.etag"_s,
                                          u"lastModifiedDateTime"_s,
                                          u"salesInvoiceLines"_s,
                                          u"salesCreditMemoLines"_s,
                                          u"totalAmountExcludingTax"_s,
                                          u"totalTaxAmount"_s,
                                          u"totalAmountIncludingTax"_s,
                                          u"remainingAmount"_s,
                                          u"status"_s};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (set == u"customers"_s || set == u"items"_s ? it.key() != u"id"_s && !it.key().startsWith(u'@')
                                                           : !readOnly.contains(it.key()))
                found->insert(it.key(), it.value());
        }
        ++writes;
        return {200, shown(set, stamp(set, *found), {})};
    }

    quint16 m_port = 0;
    int m_ids = 0x10000;
    int m_versions = 70;
};

} // namespace BusinessCentralTest
