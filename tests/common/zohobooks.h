#pragma once

// A Zoho Books organisation for end-to-end tests: a small server on 127.0.0.1 under /books/v3 that
// keeps the records LedgerLink writes and answers in the shapes of Zoho's documented examples
// (tests/connectors/fixtures/zoho): {"code": 0, "message": "…", "<entity>": {…}}, lists with
// page_context, ids as long numbers, times as "2026-11-01T10:00:01+0100" (an offset without a
// colon, as Zoho writes them), errors {"code": n, "message": "…"} with the HTTP status.
//
// Modelled: the Zoho-oauthtoken header (else 401, code 57) and organization_id on every request
// (GET organizations aside); GET <module> with page/per_page and the filters the connector uses
// (reference_number, email — the contact's or a contact person's, in any case —, contact_name,
// last_modified_time: modified after), list rows as summaries (no line items, no contact persons);
// GET <module>/<id> (404, code 1002 "… does not exist." when not there); POST creates and PUT
// updates of items, contacts, invoices, creditnotes, salesorders and customerpayments.
// Sales documents are computed here as this fake assumes Zoho computes them — Zoho documents the
// fields, not the arithmetic: each line's item_total is rate × quantity − discount (an amount),
// its tax the tax_id's percentage of it rounded half-up per line, taken out of it when
// is_inclusive_tax (total = sub_total) and added otherwise (total = sub_total + tax_total); an
// unknown customer_id, item_id or tax_id is refused (400, code 1002). A payment's invoices[] each
// pay at most their invoice's balance (the rest stays as the payment's unused_amount).
// Not modelled: currencies other than the organisation's (a document takes its contact's
// currency_code), discounts in %, shipping_charge and adjustment arithmetic, deletes, and any error
// this header does not name.

#include "model/decimal.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>

#include <optional>

namespace ZohoTest {

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;
using LedgerLink::Model::RoundingMode;

class ZohoBooks final : public QAbstractHttpServer
{
public:
    QString organizationId = u"10234695"_s;
    QString organizationName = u"Sandbox Books (Zoho)"_s;
    QString baseCurrency = u"EUR"_s;
    QByteArray accessToken = "1000.zoho-e2e-token";
    /// Taxes by tax_id, with their percentage ("19" → 19).
    QMap<QString, Decimal> taxPercentages;
    /// Records by module ("invoices") and id.
    QMap<QString, QMap<qint64, QJsonObject>> records;
    qint64 nextId = 460000000100001;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()); ///< +1 s per write
    QStringList lines; ///< "METHOD path?query" of every request
    int writes = 0; ///< creates and updates that were made (not refusals)

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    /// The connection's base URL.
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/books/v3"_s.arg(m_port)); }

    /// An item of the organisation's list; an empty `sku` leaves it out (Shipping, Services).
    qint64 addItem(const QString &sku, const QString &name, const QString &rate,
                   std::optional<int> stockOnHand = std::nullopt)
    {
        QJsonObject item{{u"name"_s, name},
                         {u"rate"_s, number(*Decimal::fromString(rate))},
                         {u"status"_s, u"active"_s},
                         {u"product_type"_s, u"goods"_s}};
        if (!sku.isEmpty())
            item.insert(u"sku"_s, sku);
        if (stockOnHand) {
            item.insert(u"stock_on_hand"_s, *stockOnHand);
            item.insert(u"available_stock"_s, *stockOnHand);
        }
        return keep(u"items"_s, item).value(u"item_id"_s).toInteger();
    }

    /// The records of `module` whose `key` (a dotted path) is `value`.
    QList<QJsonObject> where(const QString &module, const QString &key, const QString &value) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &record : records.value(module)) {
            if (text(at(record, key)) == value)
                found.append(record);
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
    /// A JSON value as text: numbers through their shortest form ("64.88", "0"), ids exactly.
    static QString text(const QJsonValue &value)
    {
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d == double(qint64(d)) && std::abs(d) > 1e12)
                return QString::number(value.toInteger());
            return QString::number(d, 'g', QLocale::FloatingPointShortest);
        }
        return value.toString();
    }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        QByteArray method = "GET";
        if (incoming.method() == QHttpServerRequest::Method::Post)
            method = "POST";
        else if (incoming.method() == QHttpServerRequest::Method::Put)
            method = "PUT";
        const QString prefix = u"/books/v3/"_s;
        const QString path = incoming.url().path();
        const QUrlQuery query(incoming.url());
        lines.append(QString::fromLatin1(method) + u' ' + path.mid(prefix.size())
                     + (query.isEmpty() ? QString() : u'?' + query.toString(QUrl::FullyDecoded)));
        if (incoming.value("Authorization") != "Zoho-oauthtoken " + accessToken) {
            reply(socket, 401, error(57, u"You are not authorized to perform this operation"_s));
            return true;
        }
        if (!path.startsWith(prefix)) {
            reply(socket, 404, error(5, u"Invalid URL Passed"_s));
            return true;
        }
        const QString route = path.mid(prefix.size());
        if (route == u"organizations"_s && method == "GET") {
            reply(socket, 200,
                  QJsonObject{{u"code"_s, 0},
                              {u"message"_s, u"success"_s},
                              {u"organizations"_s,
                               QJsonArray{QJsonObject{{u"organization_id"_s, organizationId},
                                                      {u"name"_s, organizationName},
                                                      {u"is_default_org"_s, true},
                                                      {u"currency_code"_s, baseCurrency}}}}});
            return true;
        }
        if (query.queryItemValue(u"organization_id"_s) != organizationId) {
            reply(socket, 400, error(6041, u"This user is not associated with the organization."_s));
            return true;
        }
        const QString module = route.section(u'/', 0, 0);
        const QString id = route.section(u'/', 1, 1);
        if (!entityOf(module).has_value()) {
            reply(socket, 404, error(5, u"Invalid URL Passed"_s));
            return true;
        }
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        auto [status, answer] =
            method == "GET" ? (id.isEmpty() ? list(module, query) : get(module, id)) : save(module, id, body);
        reply(socket, status, answer);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    using Answer = std::pair<int, QJsonObject>;
    struct Entity
    {
        QString key; ///< "invoice"
        QString idField; ///< "invoice_id"
        QString noun; ///< "Invoice", for messages
    };

    static std::optional<Entity> entityOf(const QString &module)
    {
        static const QMap<QString, Entity> entities{
            {u"items"_s, {u"item"_s, u"item_id"_s, u"Item"_s}},
            {u"contacts"_s, {u"contact"_s, u"contact_id"_s, u"Contact"_s}},
            {u"invoices"_s, {u"invoice"_s, u"invoice_id"_s, u"Invoice"_s}},
            {u"creditnotes"_s, {u"creditnote"_s, u"creditnote_id"_s, u"Credit note"_s}},
            {u"salesorders"_s, {u"salesorder"_s, u"salesorder_id"_s, u"Sales order"_s}},
            {u"customerpayments"_s, {u"payment"_s, u"payment_id"_s, u"Payment"_s}}};
        const auto found = entities.constFind(module);
        return found == entities.cend() ? std::nullopt : std::optional<Entity>(*found);
    }

    static QJsonValue number(const Decimal &value) { return value.toString().toDouble(); }
    static Decimal decimal(const QJsonValue &value) { return Decimal::fromJson(value).value_or(Decimal(0)); }
    static QJsonObject error(int code, const QString &message)
    {
        return QJsonObject{{u"code"_s, code}, {u"message"_s, message}};
    }
    static void reply(QTcpSocket *socket, int status, const QJsonObject &body)
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
    }

    QString time() const { return now.toOffsetFromUtc(3600).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0100"_s; }
    static QDateTime parseTime(const QString &text)
    {
        QString iso = text;
        if (iso.size() == 24)
            iso.insert(22, u':');
        return QDateTime::fromString(iso, Qt::ISODate);
    }

    std::optional<QJsonObject> record(const QString &module, const QJsonValue &id) const
    {
        const qint64 key = id.isDouble() ? id.toInteger() : id.toString().toLongLong();
        const auto list = records.constFind(module);
        if (list == records.cend() || !list->contains(key))
            return std::nullopt;
        return list->value(key);
    }

    /// Gives `data` its id (a new one, or `previous`'s), times, and keeps it.
    QJsonObject keep(const QString &module, QJsonObject data, std::optional<QJsonObject> previous = {})
    {
        now = now.addSecs(1);
        const Entity entity = *entityOf(module);
        const qint64 id = previous ? previous->value(entity.idField).toInteger() : nextId++;
        data.insert(entity.idField, double(id));
        data.insert(u"created_time"_s, previous ? previous->value(u"created_time"_s) : QJsonValue(time()));
        data.insert(u"last_modified_time"_s, time());
        records[module].insert(id, data);
        return data;
    }

    Answer get(const QString &module, const QString &id) const
    {
        const Entity entity = *entityOf(module);
        const std::optional<QJsonObject> found = record(module, id);
        if (!found)
            return {404, error(1002, entity.noun + u" does not exist."_s)};
        return {200, QJsonObject{{u"code"_s, 0}, {u"message"_s, u"success"_s}, {entity.key, *found}}};
    }

    static QString emailOf(const QJsonObject &contact)
    {
        for (const QJsonValue &person : contact.value(u"contact_persons"_s).toArray()) {
            if (person.toObject().value(u"is_primary_contact"_s).toBool())
                return person.toObject().value(u"email"_s).toString();
        }
        const QJsonArray persons = contact.value(u"contact_persons"_s).toArray();
        return persons.isEmpty() ? QString() : persons.first().toObject().value(u"email"_s).toString();
    }

    Answer list(const QString &module, const QUrlQuery &query) const
    {
        const QString reference = query.queryItemValue(u"reference_number"_s, QUrl::FullyDecoded);
        const QString email = query.queryItemValue(u"email"_s, QUrl::FullyDecoded);
        const QString name = query.queryItemValue(u"contact_name"_s, QUrl::FullyDecoded);
        const QString modified = query.queryItemValue(u"last_modified_time"_s, QUrl::FullyDecoded);
        QList<QJsonObject> rows;
        for (const QJsonObject &row : records.value(module)) {
            if (!reference.isEmpty() && row.value(u"reference_number"_s).toString() != reference)
                continue;
            if (!email.isEmpty()) {
                bool found = row.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0;
                for (const QJsonValue &person : row.value(u"contact_persons"_s).toArray())
                    found = found
                        || person.toObject().value(u"email"_s).toString().compare(email, Qt::CaseInsensitive)
                            == 0;
                if (!found)
                    continue;
            }
            if (!name.isEmpty()
                && row.value(u"contact_name"_s).toString().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!modified.isEmpty()
                && parseTime(row.value(u"last_modified_time"_s).toString()) <= parseTime(modified))
                continue;
            // A list row is a summary.
            QJsonObject summary = row;
            summary.remove(u"line_items"_s);
            summary.remove(u"contact_persons"_s);
            rows.append(summary);
        }
        const int page = std::max(1, query.queryItemValue(u"page"_s).toInt());
        const int perPage = std::clamp(query.queryItemValue(u"per_page"_s).toInt(), 1, 200);
        QJsonArray out;
        for (const QJsonObject &row : rows.mid(qsizetype(page - 1) * perPage, perPage))
            out.append(row);
        return {200,
                QJsonObject{{u"code"_s, 0},
                            {u"message"_s, u"success"_s},
                            {module, out},
                            {u"page_context"_s,
                             QJsonObject{{u"page"_s, page},
                                         {u"per_page"_s, perPage},
                                         {u"has_more_page"_s, rows.size() > qsizetype(page) * perPage}}}}};
    }

    Answer save(const QString &module, const QString &id, QJsonObject body)
    {
        const Entity entity = *entityOf(module);
        std::optional<QJsonObject> previous;
        if (!id.isEmpty()) {
            previous = record(module, id);
            if (!previous)
                return {404, error(1002, entity.noun + u" does not exist."_s)};
            QJsonObject merged = *previous;
            for (auto it = body.begin(); it != body.end(); ++it)
                merged.insert(it.key(), it.value());
            body = merged;
        }
        if (module == u"contacts"_s) {
            const QString name = body.value(u"contact_name"_s).toString().trimmed();
            if (name.isEmpty())
                return {400, error(4, u"Please enter the Contact Name."_s)};
            for (const QJsonObject &other : records.value(module)) {
                if (other.value(u"contact_name"_s).toString().compare(name, Qt::CaseInsensitive) == 0
                    && (!previous || other.value(u"contact_id"_s) != previous->value(u"contact_id"_s)))
                    return {400, error(3062, u"The contact name already exists."_s)};
            }
            body.insert(u"email"_s, emailOf(body));
            body.insert(u"currency_code"_s, baseCurrency);
            body.insert(u"status"_s, u"active"_s);
        } else if (module == u"customerpayments"_s) {
            if (previous)
                return {400, error(5, u"This fake does not update payments."_s)};
            if (!record(u"contacts"_s, body.value(u"customer_id"_s)))
                return {400, error(1002, u"Contact does not exist."_s)};
            Decimal used(0);
            QJsonArray applied;
            for (const QJsonValue &value : body.value(u"invoices"_s).toArray()) {
                QJsonObject link = value.toObject();
                std::optional<QJsonObject> invoice = record(u"invoices"_s, link.value(u"invoice_id"_s));
                if (!invoice)
                    return {400, error(1002, u"Invoice does not exist."_s)};
                const Decimal open = decimal(invoice->value(u"balance"_s));
                const Decimal wanted = decimal(link.value(u"amount_applied"_s));
                const Decimal paid = wanted > open ? open : wanted;
                invoice->insert(u"balance"_s, number(open - paid));
                invoice->insert(u"status"_s, open - paid == Decimal(0) ? u"paid"_s : u"partially_paid"_s);
                records[u"invoices"_s].insert(invoice->value(u"invoice_id"_s).toInteger(), *invoice);
                link.insert(u"amount_applied"_s, number(paid));
                applied.append(link);
                used += paid;
            }
            body.insert(u"invoices"_s, applied);
            body.insert(u"unused_amount"_s, number(decimal(body.value(u"amount"_s)) - used));
            body.insert(u"currency_code"_s, baseCurrency);
            body.insert(u"payment_number"_s, QString::number(records.value(module).size() + 1));
        } else if (module != u"items"_s) {
            if (const std::optional<QString> problem = complete(module, body, previous))
                return {400, error(1002, *problem)};
        }
        const QJsonObject saved = keep(module, body, previous);
        ++writes;
        const QString created = u"The "_s + entity.noun.toLower() + u" has been created."_s;
        return {previous ? 200 : 201,
                QJsonObject{
                    {u"code"_s, 0},
                    {u"message"_s, previous ? entity.noun + u" information has been updated."_s : created},
                    {entity.key, saved}}};
    }

    /// Checks a sales document's references and computes its lines and totals.
    std::optional<QString> complete(const QString &module, QJsonObject &body,
                                    const std::optional<QJsonObject> &previous)
    {
        const std::optional<QJsonObject> customer = record(u"contacts"_s, body.value(u"customer_id"_s));
        if (!customer)
            return u"Contact does not exist."_s;
        const bool inclusive = body.value(u"is_inclusive_tax"_s).toBool(false);
        Decimal subtotal(0);
        Decimal tax(0);
        QJsonArray lines;
        for (const QJsonValue &value : body.value(u"line_items"_s).toArray()) {
            QJsonObject line = value.toObject();
            const QJsonValue item = line.value(u"item_id"_s);
            if (!item.isUndefined() && !item.isNull() && !record(u"items"_s, item))
                return u"Item does not exist."_s;
            const QString taxId = text(line.value(u"tax_id"_s));
            Decimal percentage(0);
            if (!taxId.isEmpty()) {
                if (!taxPercentages.contains(taxId))
                    return u"Tax does not exist."_s;
                percentage = taxPercentages.value(taxId);
                line.insert(u"tax_percentage"_s, number(percentage));
            }
            const Decimal quantity =
                line.contains(u"quantity"_s) ? decimal(line.value(u"quantity"_s)) : Decimal(1);
            const Decimal total =
                (decimal(line.value(u"rate"_s)) * quantity - decimal(line.value(u"discount"_s)))
                    .rounded(2, RoundingMode::HalfUp);
            const Decimal rate = *Decimal::divide(percentage, Decimal(100), 6, RoundingMode::HalfUp);
            tax += inclusive ? (total - *Decimal::divide(total, Decimal(1) + rate, 10, RoundingMode::HalfUp))
                                   .rounded(2, RoundingMode::HalfUp)
                             : (total * rate).rounded(2, RoundingMode::HalfUp);
            subtotal += total;
            line.insert(u"item_total"_s, number(total));
            line.insert(u"line_item_id"_s, double(nextId++));
            lines.append(line);
        }
        body.insert(u"line_items"_s, lines);
        const Decimal total = inclusive ? subtotal : subtotal + tax;
        body.insert(u"sub_total"_s, number(subtotal));
        body.insert(u"tax_total"_s, number(tax));
        body.insert(u"total"_s, number(total));
        body.insert(u"currency_code"_s, customer->value(u"currency_code"_s).toString());
        body.insert(u"customer_name"_s, customer->value(u"contact_name"_s));
        if (module == u"invoices"_s) {
            body.insert(u"balance"_s, number(total));
            body.insert(u"status"_s, u"sent"_s);
            if (!previous)
                body.insert(
                    u"invoice_number"_s,
                    QString(u"INV-"_s
                            + QString::number(records.value(module).size() + 1).rightJustified(6, u'0')));
        } else if (module == u"creditnotes"_s) {
            body.insert(u"balance"_s, number(total));
            body.insert(u"status"_s, u"open"_s);
            if (!previous)
                body.insert(
                    u"creditnote_number"_s,
                    QString(u"CN-"_s
                            + QString::number(records.value(module).size() + 1).rightJustified(5, u'0')));
        } else if (!previous) {
            body.insert(u"salesorder_number"_s,
                        QString(u"SO-"_s
                                + QString::number(records.value(module).size() + 1).rightJustified(5, u'0')));
        }
        return std::nullopt;
    }

    quint16 m_port = 0;
};

} // namespace ZohoTest
