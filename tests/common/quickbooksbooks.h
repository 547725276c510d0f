#pragma once

// A QuickBooks Online company for end-to-end tests: a small server on 127.0.0.1 that keeps the
// entities LedgerLink writes and answers in the shapes of Intuit's documented examples
// (tests/connectors/fixtures/quickbooks): each entity with Id, SyncToken, MetaData, domain "QBO";
// sales documents with their SubTotalLineDetail line, TotalAmt, Balance (invoices) or
// RemainingCredit (credit memos); payments applied through Line[].LinkedTxn. Errors are Faults
// with the codes and texts Intuit's documented batch answer shows: 6240 "Duplicate Name Exists
// Error", 610 "Object Not Found", 5010 "Stale Object Error".
//
// Modelled: create (POST <entity>), sparse and full update (Id + SyncToken, a stale token refused),
// read by Id, the query language's `select * from X [where F = '…' | where
// MetaData.LastUpdatedTime > '…'] [orderby …] [startposition N] [maxresults M]`, requestid (a
// repeated id gets the first answer), batch creates, preferences (home currency), companyinfo.
// Tax is computed here, as QuickBooks computes it from each line's TaxCodeRef: the code's rate
// (taxRates; "NON" is none, an unknown code is Object Not Found) on each line's Amount, rounded
// half-up per line — this fake's assumption, Intuit documents no rounding rule — with
// GlobalTaxCalculation "TaxInclusive" taking the tax out of the line amounts (TotalAmt is then
// their sum) and anything else adding it. A payment line pays at most its invoice's Balance; the
// rest stays unapplied (UnappliedAmt), as a payment without lines does in Intuit's example.
// Not modelled: its check of Amount against Qty × UnitPrice, multicurrency rules beyond keeping
// CurrencyRef and ExchangeRate, deletes, and any error this header does not name.

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

#include <optional>

namespace QuickBooksTest {

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;

class QuickBooksBooks final : public QAbstractHttpServer
{
public:
    QString realm = u"1185883450"_s;
    QByteArray accessToken = "qbo-e2e-token";
    QString homeCurrency = u"EUR"_s;
    QString companyName = u"Sandbox Books (QuickBooks)"_s;
    /// Tax codes (their Ids) and rates, e.g. {"19", 0.19}.
    QMap<QString, Decimal> taxRates;
    /// Entities by name ("Invoice") and Id.
    QMap<QString, QMap<qint64, QJsonObject>> entities;
    qint64 nextId = 100;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()); ///< +1 s per write
    QStringList lines; ///< "METHOD path?query" of every request
    int writes = 0; ///< POSTs that changed something (not replays, not faults)

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

    /// A product of the company's list (what the mapping's item table points to): a
    /// non-inventory item, or with `quantityOnHand` an inventory item whose quantity is tracked
    /// (Type "Inventory", TrackQtyOnHand, QtyOnHand, as Intuit's inventory item example has them).
    /// An empty `sku` leaves Sku out, as QuickBooks answers an item without one.
    qint64 addItem(const QString &sku, const QString &name, const QString &unitPrice,
                   std::optional<int> quantityOnHand = std::nullopt)
    {
        QJsonObject item{{u"Name"_s, name},
                         {u"Type"_s, quantityOnHand ? u"Inventory"_s : u"NonInventory"_s},
                         {u"UnitPrice"_s, number(*Decimal::fromString(unitPrice))},
                         {u"IncomeAccountRef"_s, QJsonObject{{u"value"_s, u"79"_s}}},
                         {u"Active"_s, true}};
        if (!sku.isEmpty())
            item.insert(u"Sku"_s, sku);
        if (quantityOnHand) {
            item.insert(u"TrackQtyOnHand"_s, true);
            item.insert(u"QtyOnHand"_s, *quantityOnHand);
            item.insert(u"InvStartDate"_s, u"2026-09-01"_s);
        }
        return stamp(u"Item"_s, item).value(u"Id"_s).toString().toLongLong();
    }

    /// The entities of `name` whose `key` (a dotted path) is `value`.
    QList<QJsonObject> where(const QString &name, const QString &key, const QString &value) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &entity : entities.value(name)) {
            if (text(at(entity, key)) == value)
                found.append(entity);
        }
        return found;
    }

    static QJsonValue at(const QJsonObject &object, const QString &path)
    {
        QJsonValue value = object;
        for (const QString &key : path.split(u'.'))
            value = value.toObject().value(key);
        return value;
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
        const bool post = incoming.method() == QHttpServerRequest::Method::Post;
        const QString prefix = u"/v3/company/"_s + realm + u'/';
        const QString path = incoming.url().path();
        const QUrlQuery query(incoming.url());
        lines.append((post ? u"POST "_s : u"GET "_s) + path.mid(prefix.size())
                     + (query.isEmpty() ? QString() : u'?' + query.toString(QUrl::FullyDecoded)));
        if (incoming.value("Authorization") != "Bearer " + accessToken) {
            // Intuit's 401 form (lower-case "fault").
            reply(
                socket, 401,
                QJsonObject{
                    {u"fault"_s,
                     QJsonObject{{u"error"_s,
                                  QJsonArray{QJsonObject{{u"message"_s,
                                                          u"message=AuthenticationFailed; errorCode=003200; "
                                                          u"statusCode=401"_s},
                                                         {u"detail"_s, u"Token expired"_s},
                                                         {u"code"_s, u"3200"_s}}}},
                                 {u"type"_s, u"AUTHENTICATION"_s}}}});
            return true;
        }
        if (!path.startsWith(prefix)) {
            reply(socket, 404, QJsonObject{{u"error"_s, u"no such company"_s}});
            return true;
        }
        const QString route = path.mid(prefix.size());
        const QString requestId = query.queryItemValue(u"requestid"_s, QUrl::FullyDecoded);
        if (post && !requestId.isEmpty() && m_answers.contains(route + u'\n' + requestId)) {
            const auto &[status, body] = m_answers.value(route + u'\n' + requestId);
            reply(socket, status, body);
            return true;
        }
        auto [status, body] = post ? write(route, QJsonDocument::fromJson(incoming.body()).object())
                                   : read(route, query.queryItemValue(u"query"_s, QUrl::FullyDecoded));
        if (post && !requestId.isEmpty())
            m_answers.insert(route + u'\n' + requestId, {status, body});
        reply(socket, status, body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    using Answer = std::pair<int, QJsonObject>;

    static QJsonValue number(const Decimal &value) { return value.toString().toDouble(); }
    static Decimal decimal(const QJsonValue &value) { return Decimal::fromJson(value).value_or(Decimal(0)); }

    QString time() const { return now.toOffsetFromUtc(-8 * 3600).toString(Qt::ISODate); }

    static QJsonObject fault(const QString &message, const QString &detail, const QString &code)
    {
        return QJsonObject{
            {u"type"_s, u"ValidationFault"_s},
            {u"Error"_s,
             QJsonArray{QJsonObject{
                 {u"Message"_s, message}, {u"Detail"_s, detail}, {u"code"_s, code}, {u"element"_s, u""_s}}}}};
    }
    static QJsonObject notFound(const QString &what)
    {
        return fault(u"Object Not Found"_s,
                     u"Object Not Found : Something you're trying to use has been made inactive. Check the "
                     u"fields with accounts, customers, items, vendors or employees. ("_s
                         + what + u')',
                     u"610"_s);
    }

    static void reply(QTcpSocket *socket, int status, const QJsonObject &body)
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
    }

    /// Gives `entity` its Id, SyncToken, MetaData and keeps it.
    QJsonObject stamp(const QString &name, QJsonObject entity, std::optional<QJsonObject> previous = {})
    {
        now = now.addSecs(1);
        const qint64 id = previous ? previous->value(u"Id"_s).toString().toLongLong() : nextId++;
        entity.insert(u"Id"_s, QString::number(id));
        entity.insert(u"SyncToken"_s,
                      previous ? QString::number(previous->value(u"SyncToken"_s).toString().toInt() + 1)
                               : u"0"_s);
        entity.insert(u"domain"_s, u"QBO"_s);
        entity.insert(u"sparse"_s, false);
        entity.insert(
            u"MetaData"_s,
            QJsonObject{{u"CreateTime"_s, previous ? at(*previous, u"MetaData.CreateTime"_s) : time()},
                        {u"LastUpdatedTime"_s, time()}});
        entities[name].insert(id, entity);
        return entity;
    }

    std::optional<QJsonObject> entity(const QString &name, const QJsonValue &id) const
    {
        const auto list = entities.constFind(name);
        if (list == entities.cend())
            return std::nullopt;
        const auto found = list->constFind(id.toString().toLongLong());
        if (found == list->cend())
            return std::nullopt;
        return *found;
    }

    static QString entityOf(const QString &resource)
    {
        static const QMap<QString, QString> names{
            {u"customer"_s, u"Customer"_s},        {u"item"_s, u"Item"_s},
            {u"invoice"_s, u"Invoice"_s},          {u"creditmemo"_s, u"CreditMemo"_s},
            {u"payment"_s, u"Payment"_s},          {u"refundreceipt"_s, u"RefundReceipt"_s},
            {u"salesreceipt"_s, u"SalesReceipt"_s}};
        return names.value(resource);
    }

    Answer read(const QString &route, const QString &statement)
    {
        if (route == u"preferences"_s)
            return {200,
                    QJsonObject{{u"Preferences"_s,
                                 QJsonObject{{u"CurrencyPrefs"_s,
                                              QJsonObject{{u"MultiCurrencyEnabled"_s, true},
                                                          {u"HomeCurrency"_s,
                                                           QJsonObject{{u"value"_s, homeCurrency}}}}}}}}};
        if (route == u"companyinfo/"_s + realm)
            return {200,
                    QJsonObject{
                        {u"CompanyInfo"_s, QJsonObject{{u"CompanyName"_s, companyName}, {u"Id"_s, u"1"_s}}}}};
        if (route == u"query"_s)
            return queryAnswer(statement);
        const QString name = entityOf(route.section(u'/', 0, 0));
        const std::optional<QJsonObject> found = entity(name, route.section(u'/', 1, 1));
        if (name.isEmpty() || !found)
            return {400, QJsonObject{{u"Fault"_s, notFound(route)}}};
        return {200, QJsonObject{{name, *found}, {u"time"_s, time()}}};
    }

    Answer queryAnswer(const QString &statement)
    {
        static const QRegularExpression grammar(
            uR"(^select \* from (\w+)(?: where ([\w.]+) (=|>) '((?:[^'\\]|\\.)*)')?(?: orderby ([\w.]+))?)"
            uR"((?: startposition (\d+))?(?: maxresults (\d+))?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = grammar.match(statement.simplified());
        if (!match.hasMatch())
            return {400,
                    QJsonObject{{u"Fault"_s,
                                 QJsonObject{{u"type"_s, u"ValidationFault"_s},
                                             {u"Error"_s,
                                              QJsonArray{QJsonObject{{u"Message"_s, u"QueryParserError"_s},
                                                                     {u"Detail"_s, statement},
                                                                     {u"code"_s, u"4000"_s}}}}}}}};
        const QString name = match.captured(1);
        QString field = match.captured(2);
        if (field == u"PrimaryEmailAddr"_s)
            field = u"PrimaryEmailAddr.Address"_s;
        QString value = match.captured(4);
        value.replace(u"\\'"_s, u"'"_s).replace(u"\\\\"_s, u"\\"_s);
        QList<QJsonObject> rows;
        for (const QJsonObject &entity : entities.value(name)) {
            if (field.isEmpty())
                rows.append(entity);
            else if (match.captured(3) == u"="_s
                     && text(at(entity, field)).compare(value, Qt::CaseInsensitive) == 0)
                rows.append(entity);
            else if (match.captured(3) == u">"_s
                     && QDateTime::fromString(text(at(entity, field)), Qt::ISODate)
                         > QDateTime::fromString(value, Qt::ISODate))
                rows.append(entity);
        }
        if (!match.captured(5).isEmpty())
            std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return QDateTime::fromString(text(at(a, u"MetaData.LastUpdatedTime"_s)), Qt::ISODate)
                    < QDateTime::fromString(text(at(b, u"MetaData.LastUpdatedTime"_s)), Qt::ISODate);
            });
        const int start = match.captured(6).isEmpty() ? 1 : match.captured(6).toInt();
        const int max = match.captured(7).isEmpty() ? 100 : match.captured(7).toInt();
        const QList<QJsonObject> page = rows.mid(start - 1, max);
        QJsonObject response;
        if (!page.isEmpty()) {
            QJsonArray list;
            for (const QJsonObject &row : page)
                list.append(row);
            response =
                QJsonObject{{name, list}, {u"startPosition"_s, start}, {u"maxResults"_s, int(page.size())}};
        }
        return {200, QJsonObject{{u"QueryResponse"_s, response}, {u"time"_s, time()}}};
    }

    Answer write(const QString &route, const QJsonObject &body)
    {
        if (route == u"batch"_s) {
            QJsonArray answers;
            for (const QJsonValue &value : body.value(u"BatchItemRequest"_s).toArray()) {
                const QJsonObject item = value.toObject();
                QJsonObject answer{{u"bId"_s, item.value(u"bId"_s)}};
                for (auto it = item.begin(); it != item.end(); ++it) {
                    if (it.key() == u"bId"_s || it.key() == u"operation"_s)
                        continue;
                    const auto [status, result] = save(it.key(), it.value().toObject());
                    if (status == 200)
                        answer.insert(it.key(), result.value(it.key()));
                    else
                        answer.insert(u"Fault"_s, result.value(u"Fault"_s));
                }
                answers.append(answer);
            }
            return {200, QJsonObject{{u"BatchItemResponse"_s, answers}, {u"time"_s, time()}}};
        }
        const QString name = entityOf(route);
        if (name.isEmpty())
            return {400, QJsonObject{{u"Fault"_s, notFound(route)}}};
        return save(name, body);
    }

    /// A create or an update of `name`, as QuickBooks checks and completes it.
    Answer save(const QString &name, QJsonObject body)
    {
        std::optional<QJsonObject> previous;
        if (body.contains(u"Id"_s)) {
            previous = entity(name, body.value(u"Id"_s));
            if (!previous)
                return {400,
                        QJsonObject{{u"Fault"_s, notFound(name + u' ' + body.value(u"Id"_s).toString())}}};
            if (body.value(u"SyncToken"_s).toString() != previous->value(u"SyncToken"_s).toString())
                return {400,
                        QJsonObject{{u"Fault"_s,
                                     fault(u"Stale Object Error"_s,
                                           u"Stale Object Error : You and root were working on this at the "
                                           u"same time. root finished before you did, so your work was not "
                                           u"saved."_s,
                                           u"5010"_s)}}};
            if (body.value(u"sparse"_s).toBool()) {
                QJsonObject merged = *previous;
                for (auto it = body.begin(); it != body.end(); ++it)
                    merged.insert(it.key(), it.value());
                body = merged;
            }
        }
        if (name == u"Customer"_s || name == u"Item"_s) {
            const QString key = name == u"Customer"_s ? u"DisplayName"_s : u"Name"_s;
            if (name == u"Customer"_s && body.value(key).toString().isEmpty())
                body.insert(key,
                            QString(body.value(u"GivenName"_s).toString() + u' '
                                    + body.value(u"FamilyName"_s).toString())
                                .trimmed());
            for (const QJsonObject &other : entities.value(name)) {
                if (other.value(key).toString().compare(body.value(key).toString(), Qt::CaseInsensitive) == 0
                    && (!previous || other.value(u"Id"_s) != previous->value(u"Id"_s)))
                    return {
                        400,
                        QJsonObject{{u"Fault"_s,
                                     fault(u"Duplicate Name Exists Error"_s,
                                           u"The name supplied already exists. : Another customer, vendor "
                                           u"or employee is already using this \nname. Please use a "
                                           u"different name."_s,
                                           u"6240"_s)}}};
            }
        } else if (name == u"Payment"_s) {
            if (const std::optional<QString> problem = applyPayment(body, previous))
                return {400, QJsonObject{{u"Fault"_s, notFound(*problem)}}};
        } else {
            if (const std::optional<QString> problem = completeSalesDocument(name, body))
                return {400, QJsonObject{{u"Fault"_s, notFound(*problem)}}};
        }
        const QJsonObject saved = stamp(name, body, previous);
        ++writes;
        return {200, QJsonObject{{name, saved}, {u"time"_s, time()}}};
    }

    /// Checks the references of an invoice, credit memo or receipt and adds what QuickBooks adds.
    std::optional<QString> completeSalesDocument(const QString &name, QJsonObject &body)
    {
        if (!entity(u"Customer"_s, at(body, u"CustomerRef.value"_s)))
            return u"CustomerRef "_s + text(at(body, u"CustomerRef.value"_s));
        Decimal subtotal(0);
        Decimal tax(0);
        const bool inclusive = body.value(u"GlobalTaxCalculation"_s).toString() == u"TaxInclusive"_s;
        QJsonArray lines;
        int lineNumber = 0;
        for (const QJsonValue &value : body.value(u"Line"_s).toArray()) {
            QJsonObject line = value.toObject();
            const QString type = line.value(u"DetailType"_s).toString();
            if (type == u"SubTotalLineDetail"_s)
                continue;
            if (type == u"SalesItemLineDetail"_s) {
                const QJsonValue item = at(line, u"SalesItemLineDetail.ItemRef.value"_s);
                if (!entity(u"Item"_s, item))
                    return u"ItemRef "_s + text(item);
                const Decimal amount = decimal(line.value(u"Amount"_s));
                subtotal += amount;
                const QString code = text(at(line, u"SalesItemLineDetail.TaxCodeRef.value"_s));
                if (!code.isEmpty() && code != u"NON"_s) {
                    if (!taxRates.contains(code))
                        return u"TaxCodeRef "_s + code;
                    const Decimal rate = taxRates.value(code);
                    tax += inclusive ? (amount
                                        - *Decimal::divide(amount, Decimal(1) + rate, 10,
                                                           LedgerLink::Model::RoundingMode::HalfUp))
                                           .rounded(2, LedgerLink::Model::RoundingMode::HalfUp)
                                     : (amount * rate).rounded(2, LedgerLink::Model::RoundingMode::HalfUp);
                }
            } else if (type == u"DiscountLineDetail"_s) {
                subtotal -= decimal(line.value(u"Amount"_s));
            }
            ++lineNumber;
            line.insert(u"Id"_s, QString::number(lineNumber));
            line.insert(u"LineNum"_s, lineNumber);
            lines.append(line);
        }
        lines.append(QJsonObject{{u"DetailType"_s, u"SubTotalLineDetail"_s},
                                 {u"Amount"_s, number(subtotal)},
                                 {u"SubTotalLineDetail"_s, QJsonObject{}}});
        body.insert(u"Line"_s, lines);
        QJsonObject taxDetail = body.value(u"TxnTaxDetail"_s).toObject();
        taxDetail.insert(u"TotalTax"_s, number(tax));
        body.insert(u"TxnTaxDetail"_s, taxDetail);
        const Decimal total = inclusive ? subtotal : subtotal + tax;
        body.insert(u"TotalAmt"_s, number(total));
        if (!body.contains(u"CurrencyRef"_s))
            body.insert(u"CurrencyRef"_s, QJsonObject{{u"value"_s, homeCurrency}});
        if (name == u"Invoice"_s)
            body.insert(u"Balance"_s, number(total));
        else if (name == u"CreditMemo"_s)
            body.insert(u"RemainingCredit"_s, number(total));
        if (!body.contains(u"DocNumber"_s))
            body.insert(u"DocNumber"_s, QString::number(1000 + entities.value(name).size() + 1));
        return std::nullopt;
    }

    /// Applies a payment's lines to the invoices they link (their Balance goes down).
    std::optional<QString> applyPayment(QJsonObject &body, const std::optional<QJsonObject> &previous)
    {
        if (previous)
            return std::nullopt; // an update leaves the applications as they are
        if (!entity(u"Customer"_s, at(body, u"CustomerRef.value"_s)))
            return u"CustomerRef "_s + text(at(body, u"CustomerRef.value"_s));
        Decimal applied(0);
        for (const QJsonValue &value : body.value(u"Line"_s).toArray()) {
            const QJsonObject line = value.toObject();
            for (const QJsonValue &link : line.value(u"LinkedTxn"_s).toArray()) {
                if (link.toObject().value(u"TxnType"_s).toString() != u"Invoice"_s)
                    continue;
                if (!entity(u"Invoice"_s, link.toObject().value(u"TxnId"_s)))
                    return u"Invoice "_s + link.toObject().value(u"TxnId"_s).toString();
            }
        }
        for (const QJsonValue &value : body.value(u"Line"_s).toArray()) {
            const QJsonObject line = value.toObject();
            const Decimal amount = decimal(line.value(u"Amount"_s));
            for (const QJsonValue &link : line.value(u"LinkedTxn"_s).toArray()) {
                if (link.toObject().value(u"TxnType"_s).toString() != u"Invoice"_s)
                    continue;
                QJsonObject invoice = *entity(u"Invoice"_s, link.toObject().value(u"TxnId"_s));
                const Decimal open = decimal(invoice.value(u"Balance"_s));
                const Decimal paid = amount > open ? open : amount;
                invoice.insert(u"Balance"_s, number(open - paid));
                entities[u"Invoice"_s].insert(invoice.value(u"Id"_s).toString().toLongLong(), invoice);
                applied += paid;
            }
        }
        body.insert(u"UnappliedAmt"_s, number(decimal(body.value(u"TotalAmt"_s)) - applied));
        if (!body.contains(u"CurrencyRef"_s))
            body.insert(u"CurrencyRef"_s, QJsonObject{{u"value"_s, homeCurrency}});
        return std::nullopt;
    }

    QMap<QString, Answer> m_answers; ///< by "<route>\n<requestid>"
    quint16 m_port = 0;
};

} // namespace QuickBooksTest
