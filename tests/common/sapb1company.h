#pragma once

// An SAP Business One company behind its Service Layer (b1s/v2) for end-to-end tests: a small
// server on 127.0.0.1 that keeps what LedgerLink writes and answers in the shapes of the examples
// in tests/connectors/fixtures/sapb1 (SAP's API reference requests, a recorded Items answer, the
// b1s/v2 error shape {"error":{"code":"…","message":"…"}}).
//
// Modelled: POST Login ({"CompanyDB","UserName","Password"}: SessionId, SessionTimeout 30, the
// cookies B1SESSION and ROUTEID; a wrong one 401 "Login failed"); every other request needs a
// live B1SESSION cookie (else 401, code 301, "Invalid session or session already timeout." — the
// text is this fake's). Entity sets Items (key ItemCode), BusinessPartners (CardCode), Invoices,
// CreditNotes and IncomingPayments (DocEntry, numbered from 1): GET `<set>(<key>)` (404, -2028
// "No matching records found (ODBC -2028)"), GET `<set>` with `$filter` of `<field> eq '<text>'`
// conditions joined by `and` (compared exactly, as a HANA database does; the connector compares
// e-mail addresses itself) or `UpdateDate ge <date>`, `Prefer: odata.maxpagesize=N` answered with a
// relative "@odata.nextLink" (`<set>?…&$skip=N`); POST of a business partner (CardCode, CardName
// and CardType needed; a CardCode taken is -10 "This entry already exists"), of an invoice or a
// credit memo with DocumentLines, and of an incoming payment. Other methods: 405.
//
// Documents (this fake's assumptions, as SAP computes tax from its tax setup, which the API does not
// show): the customer (CardCode) must exist; DocCurrency must be the local currency or one of
// `currencies`; each line's ItemCode must be an item (else 400, -10, "Invalid ItemCode '<code>'" —
// the fake's wording) and its TaxCode one of `taxPercents` (else -10 "Invalid tax code"); the line's
// LineTotal is Quantity × UnitPrice rounded half-up to the cent, less DiscountPercent of it, its
// TaxTotal LineTotal × percent / 100 half-up to the cent; VatSum the sum of the lines' tax, DocTotal
// the lines' totals plus VatSum. A new document is open (bost_Open) with PaidToDate 0.
// An incoming payment needs its CardCode and pays the invoices of its PaymentInvoices (DocEntry as
// a number or a numeric string, which must be that customer's invoices): each invoice's PaidToDate
// grows by SumApplied but never past its DocTotal; fully paid, it is closed (bost_Close).
// Not modelled: credit memos applied to invoices, orders, PATCH, $select (whole entities are
// answered), $orderby, $top, $batch, series, posting periods, ETags, and any error not named here.

#include "model/decimal.h"

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

namespace SapB1Test {

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;
using LedgerLink::Model::RoundingMode;

class SapB1Company final : public QAbstractHttpServer
{
public:
    QString companyDb = u"SBODEMODE"_s;
    QString userName = u"manager"_s;
    QString password = u"b1:secret"_s;
    QString localCurrency = u"EUR"_s;
    QStringList currencies; ///< foreign currencies the company has
    /// Tax codes and their percentages, e.g. {"VAT19", 19}.
    QMap<QString, Decimal> taxPercents;
    /// Entities by entity set ("Invoices"), in the order they were created.
    QMap<QString, QList<QJsonObject>> entities;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()); ///< +1 s per write
    QStringList lines; ///< "METHOD path?decoded query" of every request
    int writes = 0; ///< POSTs that created something
    int logins = 0;

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    /// The service root a connection names.
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/b1s/v2"_s.arg(m_port)); }
    /// The secret of a connection: "<UserName>:<Password>".
    QByteArray secret() const { return (userName + u':' + password).toUtf8(); }

    /// Stock of an item in one warehouse: its code, in stock, committed to open sales orders.
    struct Stock
    {
        QString warehouse;
        double inStock = 0;
        double committed = 0;
    };

    /// An item, e.g. addItem("TEE-ORG-M", "Organic tee M", "29.99", {{"01", 12, 2}}): `price` is
    /// its price in price list 1 (the first of ItemPrices); `inventoryItem` false makes it a
    /// non-inventory item (InventoryItem tNO: a service or a charge such as freight).
    QJsonObject addItem(const QString &code, const QString &name, const QString &price,
                        const QList<Stock> &stock = {}, bool inventoryItem = true)
    {
        QJsonArray warehouses;
        for (const Stock &row : stock)
            warehouses.append(QJsonObject{{u"WarehouseCode"_s, row.warehouse},
                                          {u"InStock"_s, row.inStock},
                                          {u"Committed"_s, row.committed},
                                          {u"Ordered"_s, 0.0}});
        return keep(u"Items"_s,
                    QJsonObject{{u"ItemCode"_s, code},
                                {u"ItemName"_s, name},
                                {u"ItemType"_s, u"itItems"_s},
                                {u"InventoryItem"_s, inventoryItem ? u"tYES"_s : u"tNO"_s},
                                {u"SalesItem"_s, u"tYES"_s},
                                {u"Valid"_s, u"tYES"_s},
                                {u"Frozen"_s, u"tNO"_s},
                                {u"ItemPrices"_s,
                                 QJsonArray{QJsonObject{{u"PriceList"_s, 1},
                                                        {u"Price"_s, json(*Decimal::fromString(price))},
                                                        {u"Currency"_s, localCurrency}}}},
                                {u"ItemWarehouseInfoCollection"_s, warehouses}});
    }
    /// A business partner as the company has it (e.g. its one-time customer).
    QJsonObject addPartner(const QString &code, const QString &name, const QString &email = {})
    {
        return keep(u"BusinessPartners"_s,
                    QJsonObject{{u"CardCode"_s, code},
                                {u"CardName"_s, name},
                                {u"CardType"_s, u"cCustomer"_s},
                                {u"EmailAddress"_s, email}});
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
        const QString prefix = u"/b1s/v2/"_s;
        const QString path = incoming.url().path();
        const QUrlQuery query(incoming.url());
        const QString route = path.mid(prefix.size());
        lines.append(method + u' ' + route
                     + (query.isEmpty() ? QString() : QString(u'?' + query.toString(QUrl::FullyDecoded))));
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        if (!path.startsWith(prefix)) {
            reply(socket, 404, error(u"-1"_s, u"Resource not found: "_s + path));
            return true;
        }
        if (route == u"Login"_s && method == u"POST"_s) {
            login(socket, body);
            return true;
        }
        if (!hasSession(incoming.value("Cookie"))) {
            reply(socket, 401, error(u"301"_s, u"Invalid session or session already timeout."_s));
            return true;
        }
        static const QRegularExpression entityPath(uR"(^(\w+)(?:\((?:'((?:[^']|'')*)'|(\d+))\))?$)"_s);
        const QRegularExpressionMatch match = entityPath.match(route);
        static const QStringList sets{u"Items"_s, u"BusinessPartners"_s, u"Invoices"_s, u"CreditNotes"_s,
                                      u"IncomingPayments"_s};
        if (!match.hasMatch() || !sets.contains(match.captured(1))) {
            reply(socket, 404, error(u"-1"_s, u"Resource not found for the segment '"_s + route + u"'."_s));
            return true;
        }
        const QString set = match.captured(1);
        QString key = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        key.replace(u"''"_s, u"'"_s);
        const bool addressed = match.capturedLength(2) > 0 || match.capturedLength(3) > 0;
        Answer answer{405, error(u"-1"_s, u"Method not allowed."_s)};
        if (method == u"GET"_s && !addressed)
            answer = list(set, query, QString::fromUtf8(incoming.value("Prefer")));
        else if (method == u"GET"_s)
            answer = one(set, key);
        else if (method == u"POST"_s && !addressed)
            answer = create(set, body);
        reply(socket, answer.first, answer.second);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    using Answer = std::pair<int, QJsonObject>;

    static QJsonValue json(const Decimal &value) { return value.toString().toDouble(); }
    static Decimal decimal(const QJsonValue &value) { return Decimal::fromJson(value).value_or(Decimal(0)); }
    static QJsonObject error(const QString &code, const QString &message)
    {
        return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
    }
    static Answer notFound() { return {404, error(u"-2028"_s, u"No matching records found (ODBC -2028)"_s)}; }

    void reply(QTcpSocket *socket, int status, const QJsonObject &body, const QByteArray &headers = {})
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: application/json\r\n" + headers
                      + "Content-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
    }

    void login(QTcpSocket *socket, const QJsonObject &body)
    {
        if (body.value(u"CompanyDB"_s).toString() != companyDb
            || body.value(u"UserName"_s).toString() != userName
            || body.value(u"Password"_s).toString() != password) {
            reply(socket, 401, error(u"100000027"_s, u"Login failed"_s));
            return;
        }
        ++logins;
        const QString session = u"%1-1e72-11ed-8000-000c299130e0"_s.arg(0xac79876e + logins, 8, 16);
        m_sessions.insert(session);
        reply(
            socket, 200,
            QJsonObject{{u"@odata.context"_s, QString(url().toString() + u"/$metadata#B1Sessions/$entity"_s)},
                        {u"SessionId"_s, session},
                        {u"Version"_s, u"1000190"_s},
                        {u"SessionTimeout"_s, 30}},
            "Set-Cookie: B1SESSION=" + session.toLatin1() + "; path=/b1s/v2; HttpOnly\r\n"
                + "Set-Cookie: ROUTEID=.node1; path=/\r\n");
    }

    bool hasSession(const QByteArray &cookie) const
    {
        for (const QByteArray &part : cookie.split(';')) {
            const QByteArray trimmed = part.trimmed();
            if (trimmed.startsWith("B1SESSION=") && m_sessions.contains(QString::fromLatin1(trimmed.mid(10))))
                return true;
        }
        return false;
    }

    static QString keyOf(const QString &set)
    {
        if (set == u"Items"_s)
            return u"ItemCode"_s;
        if (set == u"BusinessPartners"_s)
            return u"CardCode"_s;
        return u"DocEntry"_s;
    }

    /// Gives `entity` its change stamp (b1s/v2's UpdateDate form) and keeps (or replaces) it.
    QJsonObject keep(const QString &set, QJsonObject entity)
    {
        now = now.addSecs(1);
        entity.insert(u"UpdateDate"_s, QString(now.date().toString(Qt::ISODate) + u"T00:00:00Z"_s));
        entity.insert(u"UpdateTime"_s, now.time().toString(u"HH:mm:ss"_s));
        QList<QJsonObject> &list = entities[set];
        const QString key = keyOf(set);
        for (QJsonObject &kept : list) {
            if (text(kept.value(key)) == text(entity.value(key))) {
                kept = entity;
                return entity;
            }
        }
        list.append(entity);
        return entity;
    }

    std::optional<QJsonObject> find(const QString &set, const QString &key) const
    {
        const QList<QJsonObject> found = where(set, keyOf(set), key);
        return found.isEmpty() ? std::nullopt : std::optional<QJsonObject>(found.first());
    }

    Answer one(const QString &set, const QString &key) const
    {
        const std::optional<QJsonObject> found = find(set, key);
        return found ? Answer{200, *found} : notFound();
    }

    Answer list(const QString &set, const QUrlQuery &query, const QString &prefer) const
    {
        const QString filter = query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded);
        QList<QJsonObject> rows = entities.value(set);
        if (!filter.isEmpty()) {
            static const QRegularExpression equals(uR"(^(\w+) eq '((?:[^']|'')*)'$)"_s);
            static const QRegularExpression since(uR"(^UpdateDate ge (\d{4}-\d{2}-\d{2})$)"_s);
            QList<std::pair<QString, QString>> conditions;
            QString day;
            for (const QString &part : filter.split(u" and "_s)) {
                const QRegularExpressionMatch eq = equals.match(part);
                const QRegularExpressionMatch ge = since.match(part);
                if (eq.hasMatch()) {
                    QString value = eq.captured(2);
                    value.replace(u"''"_s, u"'"_s);
                    conditions.append({eq.captured(1), value});
                } else if (ge.hasMatch()) {
                    day = ge.captured(1);
                } else {
                    return {400,
                            error(u"-1"_s, u"The filter is not supported by this test company: "_s + filter)};
                }
            }
            QList<QJsonObject> kept;
            for (const QJsonObject &row : std::as_const(rows)) {
                bool ok = day.isEmpty() || row.value(u"UpdateDate"_s).toString().left(10) >= day;
                for (const auto &[field, value] : conditions)
                    ok = ok && text(row.value(field)) == value;
                if (ok)
                    kept.append(row);
            }
            rows = kept;
        }
        static const QRegularExpression pageSize(uR"(odata\.maxpagesize=(\d+))"_s);
        const QRegularExpressionMatch size = pageSize.match(prefer);
        const int max = size.hasMatch() ? std::max(1, size.captured(1).toInt()) : 20;
        const int skip = query.queryItemValue(u"$skip"_s).toInt();
        QJsonArray value;
        for (const QJsonObject &row : rows.mid(skip, max))
            value.append(row);
        QJsonObject answer{{u"@odata.context"_s, QString(url().toString() + u"/$metadata#"_s + set)},
                           {u"value"_s, value}};
        if (skip + max < rows.size()) {
            QUrlQuery next(query);
            next.removeAllQueryItems(u"$skip"_s);
            next.addQueryItem(u"$skip"_s, QString::number(skip + max));
            answer.insert(u"@odata.nextLink"_s, QString(set + u'?' + next.toString(QUrl::FullyEncoded)));
        }
        return {200, answer};
    }

    Answer create(const QString &set, const QJsonObject &body)
    {
        if (set == u"BusinessPartners"_s) {
            for (const char16_t *field : {u"CardCode", u"CardName", u"CardType"}) {
                if (body.value(QString::fromUtf16(field)).toString().isEmpty())
                    return {400, error(u"-5002"_s, QString::fromUtf16(field) + u" is missing"_s)};
            }
            if (find(set, body.value(u"CardCode"_s).toString()))
                return {400,
                        error(u"-10"_s, u"This entry already exists in the following tables (ODBC -2035)"_s)};
            ++writes;
            return {201, keep(set, body)};
        }
        if (set == u"Invoices"_s || set == u"CreditNotes"_s)
            return createDocument(set, body);
        if (set == u"IncomingPayments"_s)
            return createPayment(body);
        return {405, error(u"-1"_s, u"This test company does not create "_s + set)};
    }

    Answer createDocument(const QString &set, const QJsonObject &body)
    {
        const std::optional<QJsonObject> partner =
            find(u"BusinessPartners"_s, body.value(u"CardCode"_s).toString());
        if (!partner)
            return {400,
                    error(u"-10"_s, u"Invalid BP code '"_s + body.value(u"CardCode"_s).toString() + u'\'')};
        const QString currency = body.value(u"DocCurrency"_s).toString(localCurrency);
        if (currency != localCurrency && !currencies.contains(currency))
            return {400, error(u"-10"_s, u"Invalid currency '"_s + currency + u'\'')};
        Decimal net(0);
        Decimal tax(0);
        QJsonArray lines;
        int number = 0;
        for (const QJsonValue &value : body.value(u"DocumentLines"_s).toArray()) {
            QJsonObject line = value.toObject();
            const QString code = line.value(u"ItemCode"_s).toString();
            const std::optional<QJsonObject> item = find(u"Items"_s, code);
            if (!item)
                return {400, error(u"-10"_s, u"Invalid ItemCode '"_s + code + u'\'')};
            const QString taxCode = line.value(u"TaxCode"_s).toString();
            if (!taxPercents.contains(taxCode))
                return {400, error(u"-10"_s, u"Invalid tax code '"_s + taxCode + u'\'')};
            const Decimal quantity = decimal(line.value(u"Quantity"_s));
            const Decimal unitPrice = decimal(line.value(u"UnitPrice"_s));
            const Decimal percentOff = decimal(line.value(u"DiscountPercent"_s));
            const Decimal gross = (quantity * unitPrice).rounded(2, RoundingMode::HalfUp);
            const Decimal lineTotal =
                gross - *Decimal::divide(gross * percentOff, Decimal(100), 2, RoundingMode::HalfUp);
            const Decimal lineTax = *Decimal::divide(lineTotal * taxPercents.value(taxCode), Decimal(100), 2,
                                                     RoundingMode::HalfUp);
            net += lineTotal;
            tax += lineTax;
            line.insert(u"LineNum"_s, number++);
            if (line.value(u"ItemDescription"_s).toString().isEmpty())
                line.insert(u"ItemDescription"_s, item->value(u"ItemName"_s));
            line.insert(u"Quantity"_s, json(quantity));
            line.insert(u"UnitPrice"_s, json(unitPrice));
            line.insert(u"Price"_s, json(unitPrice));
            line.insert(u"DiscountPercent"_s, json(percentOff));
            line.insert(u"LineTotal"_s, json(lineTotal));
            line.insert(u"TaxPercentagePerRow"_s, json(taxPercents.value(taxCode)));
            line.insert(u"TaxTotal"_s, json(lineTax));
            line.insert(u"Currency"_s, currency);
            line.insert(u"BaseType"_s, -1);
            lines.append(line);
        }
        const int entry = int(entities.value(set).size()) + 1;
        QJsonObject document = body;
        document.insert(u"DocEntry"_s, entry);
        document.insert(u"DocNum"_s, (set == u"Invoices"_s ? 100000 : 200000) + entry);
        document.insert(u"DocType"_s, u"dDocument_Items"_s);
        document.insert(u"CardName"_s, partner->value(u"CardName"_s));
        document.insert(u"DocCurrency"_s, currency);
        document.insert(u"DocTotal"_s, json(net + tax));
        document.insert(u"DocTotalFc"_s, 0.0);
        document.insert(u"VatSum"_s, json(tax));
        document.insert(u"PaidToDate"_s, 0.0);
        document.insert(u"DocumentStatus"_s, u"bost_Open"_s);
        document.insert(u"Cancelled"_s, u"tNO"_s);
        document.insert(u"DocumentLines"_s, lines);
        ++writes;
        return {201, keep(set, document)};
    }

    Answer createPayment(const QJsonObject &body)
    {
        const QString cardCode = body.value(u"CardCode"_s).toString();
        if (!find(u"BusinessPartners"_s, cardCode))
            return {400, error(u"-10"_s, u"Invalid BP code '"_s + cardCode + u'\'')};
        QJsonArray rows;
        QList<QJsonObject> paid;
        for (const QJsonValue &value : body.value(u"PaymentInvoices"_s).toArray()) {
            QJsonObject row = value.toObject();
            const QString entry = text(row.value(u"DocEntry"_s));
            std::optional<QJsonObject> invoice = find(u"Invoices"_s, entry);
            if (!invoice || invoice->value(u"CardCode"_s).toString() != cardCode)
                return {400,
                        error(u"-10"_s, u"Invalid invoice DocEntry '"_s + entry + u"' for "_s + cardCode)};
            const Decimal total = decimal(invoice->value(u"DocTotal"_s));
            const Decimal before = decimal(invoice->value(u"PaidToDate"_s));
            Decimal after = before + decimal(row.value(u"SumApplied"_s));
            if (after > total)
                after = total;
            invoice->insert(u"PaidToDate"_s, json(after));
            if (after == total)
                invoice->insert(u"DocumentStatus"_s, u"bost_Close"_s);
            paid.append(*invoice);
            row.insert(u"DocEntry"_s, entry.toInt());
            row.insert(u"InvoiceType"_s, row.value(u"InvoiceType"_s).toString(u"it_Invoice"_s));
            rows.append(row);
        }
        for (const QJsonObject &invoice : std::as_const(paid))
            keep(u"Invoices"_s, invoice);
        QJsonObject payment = body;
        const int entry = int(entities.value(u"IncomingPayments"_s).size()) + 1;
        payment.insert(u"DocEntry"_s, entry);
        payment.insert(u"DocNum"_s, 300000 + entry);
        payment.insert(u"DocType"_s, u"rCustomer"_s);
        payment.insert(u"CashSum"_s, 0.0);
        payment.insert(u"Cancelled"_s, u"tNO"_s);
        payment.insert(u"PaymentInvoices"_s, rows);
        ++writes;
        return {201, keep(u"IncomingPayments"_s, payment)};
    }

    quint16 m_port = 0;
    QSet<QString> m_sessions;
};

} // namespace SapB1Test
