#pragma once

// An Odoo 17 company behind Odoo's external JSON-RPC API for end-to-end tests: a small server on
// 127.0.0.1 that keeps what LedgerLink writes and answers POST /jsonrpc in the shapes of the
// examples in tests/connectors/fixtures/odoo (Odoo's External API page, with the JSON-RPC envelope
// and error body of odoo/http.py, "code" 0 as in the error fixtures).
//
// Modelled: "common" "version" (17.0) and "authenticate" [db, login, key, {}] (the user id, false
// when any of them is wrong); "object" "execute_kw" [db, uid, key, model, method, args, kwargs],
// whose db, uid and API key are checked on every call (a wrong one: the documented
// odoo.exceptions.AccessDenied error, "Access Denied"). Models res.partner, res.currency,
// account.journal, account.tax, product.product, stock.location, stock.quant, account.move,
// account.move.line, account.payment, account.payment.register. Methods search, search_read
// (fields, order "write_date asc, id asc" or by id, limit, offset), search_count, read, create,
// write, unlink (a draft move), action_post (account.move), check_access_rights (true) and
// account.payment.register's create + action_create_payments. Domains: a list of [field, op,
// value] terms joined by AND (no "|", "&", "!"), fields with one Many2one step
// ("location_id.usage"), the operators =, !=, <, <=, >, >=, in, not in, =ilike (with % and _
// wildcards and \ escapes, without regard to case). Answers carry a Many2one as [id, "name"].
//
// Moves (this fake's assumptions, as Odoo computes them from its company setup, which the API does
// not show): partner, currency, each line's product and taxes must exist (else
// odoo.exceptions.ValidationError with this fake's wording); a line created without tax_ids gets its
// product's taxes_id, as Odoo's computed default does; a line's price_unit is rounded half-up
// to `priceDigits` decimals (Odoo's decimal accuracy "Product Price", 2 unless raised), its
// price_subtotal is quantity × price_unit less discount % rounded half-up to the cent, its tax each
// tax's percent of that, half-up per line (Odoo's default "round per line"; no price-included
// taxes); amount_untaxed, amount_tax, amount_total their sums. A new move is a draft named "/";
// action_post names it INV/2026/00001 (RINV/… for a credit note) and posts it.
// The register-payment wizard (create with context active_model account.move and active_ids [the
// invoice]; then action_create_payments) needs a posted out_invoice of a positive residual and a
// journal; it creates a posted inbound customer account.payment (its communication becomes ref, as
// on 16/17) reconciled with the invoice: the residual drops by the amount but not below 0 (what is
// left over is the customer's credit); paid in full, the invoice is "in_payment" (paid through the
// outstanding receipts account, not yet matched with a bank statement), partly "partial".
// Stock: stock.location (complete_name, usage) and stock.quant (quantity, reserved_quantity,
// available_quantity per product and location), set by the test, read only over the API.
// Not modelled: sale orders, stock moves, reversals, price-included taxes, fiscal positions,
// multi-company, read_group, name_search, fields_get, invalid field names, and any error not named
// here.

#include "model/decimal.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>

#include <optional>

namespace OdooTest {

using namespace Qt::StringLiterals;
using LedgerLink::Model::Decimal;
using LedgerLink::Model::RoundingMode;

class OdooCompany final : public QAbstractHttpServer
{
public:
    QString database = u"ledgerlink-shop"_s;
    QString login = u"sync@example.com"_s;
    QString apiKey = u"4f64e7a1c0b9d2e8a7f3165b0c4d9e2a1f7b3c8d"_s;
    qint64 uid = 2;
    int priceDigits = 2; ///< decimal accuracy "Product Price"
    /// Records by model ("account.move"), in the order they were created.
    QMap<QString, QList<QJsonObject>> records;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()); ///< +1 s per change
    QStringList lines; ///< "model method" of every execute_kw, "common method" of the others
    int writes = 0; ///< calls that changed something
    int logins = 0;

    bool start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        if (m_port == 0)
            return false;
        keep(u"res.currency"_s, {{u"name"_s, u"EUR"_s}, {u"symbol"_s, u"€"_s}, {u"active"_s, true}});
        keep(u"res.currency"_s, {{u"name"_s, u"USD"_s}, {u"symbol"_s, u"$"_s}, {u"active"_s, true}});
        keep(u"account.journal"_s, {{u"name"_s, u"Bank"_s}, {u"code"_s, u"BNK1"_s}, {u"type"_s, u"bank"_s}});
        keep(u"account.journal"_s, {{u"name"_s, u"Cash"_s}, {u"code"_s, u"CSH1"_s}, {u"type"_s, u"cash"_s}});
        return true;
    }
    /// The server a connection names.
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    /// The secret of a connection: "<login>:<API key>".
    QByteArray secret() const { return (login + u':' + apiKey).toUtf8(); }

    /// A sales tax, e.g. addTax("19%", "19").
    qint64 addTax(const QString &name, const QString &percent)
    {
        return id(keep(u"account.tax"_s,
                       {{u"name"_s, name},
                        {u"amount"_s, json(*Decimal::fromString(percent))},
                        {u"amount_type"_s, u"percent"_s},
                        {u"type_tax_use"_s, u"sale"_s},
                        {u"price_include"_s, false}}));
    }
    /// A stock location, e.g. addLocation("WH/Stock", "internal").
    qint64 addLocation(const QString &completeName, const QString &usage)
    {
        return id(keep(u"stock.location"_s,
                       {{u"name"_s, completeName.section(u'/', -1)},
                        {u"complete_name"_s, completeName},
                        {u"usage"_s, usage}}));
    }
    /// A product variant: its internal reference (SKU), name, sales price, and kind (16/17's
    /// detailed_type: "product" storable, "consu", "service").
    qint64 addProduct(const QString &sku, const QString &name, const QString &price,
                      const QString &detailedType = u"product"_s)
    {
        return id(keep(u"product.product"_s,
                       {{u"default_code"_s, sku.isEmpty() ? QJsonValue(false) : QJsonValue(sku)},
                        {u"name"_s, name},
                        {u"display_name"_s, sku.isEmpty() ? name : QString(u'[' + sku + u"] "_s + name)},
                        {u"list_price"_s, json(*Decimal::fromString(price))},
                        {u"standard_price"_s, 0.0},
                        {u"barcode"_s, false},
                        {u"currency_id"_s, many2one(u"res.currency"_s, 1)},
                        {u"product_tmpl_id"_s, QJsonArray{m_nextId.value(u"product.product"_s, 1), name}},
                        {u"active"_s, true},
                        {u"taxes_id"_s, QJsonArray{}},
                        {u"detailed_type"_s, detailedType},
                        {u"type"_s, detailedType == u"product"_s ? u"product"_s : detailedType}}));
    }
    /// The default sales taxes of a product (taxes_id), which a line created without taxes gets.
    void setProductTaxes(qint64 product, const QList<qint64> &taxes)
    {
        QJsonObject row = *find(u"product.product"_s, product);
        QJsonArray ids;
        for (const qint64 tax : taxes)
            ids.append(tax);
        row.insert(u"taxes_id"_s, ids);
        keep(u"product.product"_s, row);
    }
    /// The stock of a product in a location: on hand and reserved for deliveries.
    qint64 addQuant(qint64 product, qint64 location, double quantity, double reserved = 0)
    {
        return id(keep(u"stock.quant"_s,
                       {{u"product_id"_s, many2one(u"product.product"_s, product)},
                        {u"location_id"_s, many2one(u"stock.location"_s, location)},
                        {u"quantity"_s, quantity},
                        {u"reserved_quantity"_s, reserved},
                        {u"available_quantity"_s, quantity - reserved}}));
    }
    /// Changes a quant's quantities (as a stock move would), stamping it.
    void setQuant(qint64 quant, double quantity, double reserved)
    {
        QJsonObject row = *find(u"stock.quant"_s, quant);
        row.insert(u"quantity"_s, quantity);
        row.insert(u"reserved_quantity"_s, reserved);
        row.insert(u"available_quantity"_s, quantity - reserved);
        keep(u"stock.quant"_s, row);
    }

    /// The records of `model` whose `field` is `value` (as text; a Many2one by its id).
    QList<QJsonObject> where(const QString &model, const QString &field, const QString &value) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &row : records.value(model)) {
            const QJsonValue v = row.value(field);
            if (text(v.isArray() ? v.toArray().at(0) : v) == value)
                found.append(row);
        }
        return found;
    }
    std::optional<QJsonObject> find(const QString &model, qint64 recordId) const
    {
        for (const QJsonObject &row : records.value(model)) {
            if (id(row) == recordId)
                return row;
        }
        return std::nullopt;
    }

    /// A JSON value as text: numbers through their shortest form ("64.88", "0"), false as "".
    static QString text(const QJsonValue &value)
    {
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return value.toString();
    }
    static qint64 id(const QJsonObject &row) { return row.value(u"id"_s).toInteger(); }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        if (incoming.url().path() != u"/jsonrpc"_s || incoming.method() != QHttpServerRequest::Method::Post) {
            const QByteArray page = "<html><head><title>404: Not Found</title></head></html>";
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: "
                          + QByteArray::number(page.size()) + "\r\n\r\n" + page);
            return true;
        }
        const QJsonObject body = QJsonDocument::fromJson(incoming.body()).object();
        const QJsonObject params = body.value(u"params"_s).toObject();
        const QString service = params.value(u"service"_s).toString();
        const QString method = params.value(u"method"_s).toString();
        const QJsonArray args = params.value(u"args"_s).toArray();
        Answer answer = error(u"odoo.exceptions.UserError"_s, u"Unknown call "_s + service + u'.' + method);
        if (service == u"common"_s && method == u"version"_s) {
            lines.append(u"common version"_s);
            answer = QJsonObject{{u"server_version"_s, u"17.0"_s},
                                 {u"server_version_info"_s, QJsonArray{17, 0, 0, u"final"_s, 0, u""_s}},
                                 {u"server_serie"_s, u"17.0"_s},
                                 {u"protocol_version"_s, 1}};
        } else if (service == u"common"_s && method == u"authenticate"_s) {
            lines.append(u"common authenticate"_s);
            const bool ok = args.at(0).toString() == database && args.at(1).toString() == login
                && args.at(2).toString() == apiKey;
            logins += ok ? 1 : 0;
            answer = ok ? QJsonValue(uid) : QJsonValue(false);
        } else if (service == u"object"_s && method == u"execute_kw"_s) {
            const QString model = args.at(3).toString();
            const QString call = args.at(4).toString();
            lines.append(model + u' ' + call);
            if (args.at(0).toString() != database || args.at(1).toInteger() != uid
                || args.at(2).toString() != apiKey)
                answer = error(u"odoo.exceptions.AccessDenied"_s, u"Access Denied"_s);
            else
                answer = execute(model, call, args.at(5).toArray(), args.at(6).toObject());
        }
        QJsonObject reply{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, body.value(u"id"_s)}};
        if (answer.failure)
            reply.insert(u"error"_s, *answer.failure);
        else
            reply.insert(u"result"_s, answer.value);
        const QByteArray bytes = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    struct Answer
    {
        QJsonValue value;
        std::optional<QJsonObject> failure;
        Answer(QJsonValue v = {})
            : value(std::move(v))
        { }
        Answer(const QJsonObject &v)
            : value(v)
        { }
        static Answer failed(QJsonObject error)
        {
            Answer answer;
            answer.failure = std::move(error);
            return answer;
        }
    };

    static QJsonValue json(const Decimal &value) { return value.toString().toDouble(); }
    static Decimal decimal(const QJsonValue &value)
    {
        if (value.isDouble())
            return Decimal::fromString(text(value)).value_or(Decimal(0));
        return Decimal::fromJson(value).value_or(Decimal(0));
    }
    /// odoo/http.py's JSON-RPC error: {"code", "message", "data": serialize_exception(exc)}.
    static Answer error(const QString &name, const QString &message)
    {
        return Answer::failed(
            QJsonObject{{u"code"_s, 0},
                        {u"message"_s, u"Odoo Server Error"_s},
                        {u"data"_s,
                         QJsonObject{{u"name"_s, name},
                                     {u"debug"_s,
                                      QString(u"Traceback (most recent call last):\n  ...\n"_s + name
                                              + u": "_s + message + u'\n')},
                                     {u"message"_s, message},
                                     {u"arguments"_s, QJsonArray{message}},
                                     {u"context"_s, QJsonObject{}}}}});
    }
    static Answer invalid(const QString &message)
    {
        return error(u"odoo.exceptions.ValidationError"_s, message);
    }

    QJsonArray many2one(const QString &model, qint64 recordId) const
    {
        const std::optional<QJsonObject> row = find(model, recordId);
        if (!row)
            return {};
        QString name = row->value(model == u"stock.location"_s ? u"complete_name"_s : u"name"_s).toString();
        if (model == u"product.product"_s)
            name = row->value(u"display_name"_s).toString();
        return QJsonArray{recordId, name};
    }

    /// Stamps `row` (a new one gets the model's next id) and keeps (or replaces) it.
    QJsonObject keep(const QString &model, QJsonObject row)
    {
        now = now.addSecs(1);
        const QString stamp = now.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (!row.contains(u"id"_s)) {
            const qint64 next = m_nextId.value(model, 1);
            m_nextId.insert(model, next + 1);
            row.insert(u"id"_s, next);
            row.insert(u"create_date"_s, stamp);
        }
        row.insert(u"write_date"_s, stamp);
        QList<QJsonObject> &list = records[model];
        for (QJsonObject &kept : list) {
            if (id(kept) == id(row)) {
                kept = row;
                return row;
            }
        }
        list.append(row);
        return row;
    }

    /// The value of `path` ("location_id.usage": one Many2one step) on `row`.
    QJsonValue valueAt(const QJsonObject &row, const QString &path) const
    {
        const qsizetype dot = path.indexOf(u'.');
        if (dot < 0)
            return row.value(path);
        static const QMap<QString, QString> relations{{u"product_id"_s, u"product.product"_s},
                                                      {u"location_id"_s, u"stock.location"_s},
                                                      {u"partner_id"_s, u"res.partner"_s},
                                                      {u"move_id"_s, u"account.move"_s}};
        const QJsonValue link = row.value(path.left(dot));
        const qint64 target = link.isArray() ? link.toArray().at(0).toInteger() : link.toInteger();
        const std::optional<QJsonObject> related = find(relations.value(path.left(dot)), target);
        return related ? related->value(path.mid(dot + 1)) : QJsonValue(false);
    }

    static bool ilike(const QString &value, const QString &pattern)
    {
        QString expression;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern.at(i);
            if (c == u'\\' && i + 1 < pattern.size())
                expression += QRegularExpression::escape(pattern.at(++i));
            else if (c == u'%')
                expression += u".*"_s;
            else if (c == u'_')
                expression += u'.';
            else
                expression += QRegularExpression::escape(c);
        }
        return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                                  QRegularExpression::CaseInsensitiveOption)
            .match(value)
            .hasMatch();
    }

    /// Whether `row` satisfies every term of `domain`; *problem when a term is not understood.
    bool matches(const QJsonObject &row, const QJsonArray &domain, QString *problem) const
    {
        for (const QJsonValue &value : domain) {
            const QJsonArray term = value.toArray();
            if (term.size() != 3) {
                *problem =
                    u"this test company understands only [field, operator, value] terms joined by AND"_s;
                return false;
            }
            QJsonValue field = valueAt(row, term.at(0).toString());
            if (field.isArray()) // a Many2one compares by its id
                field = field.toArray().at(0);
            const QString op = term.at(1).toString();
            const QJsonValue wanted = term.at(2);
            const auto compare = [&]() -> int {
                if (field.isDouble() || wanted.isDouble()) {
                    const Decimal a = decimal(field), b = decimal(wanted);
                    return a < b ? -1 : (b < a ? 1 : 0);
                }
                return QString::compare(text(field), text(wanted));
            };
            bool ok = false;
            if (op == u"="_s)
                ok = field.isBool() && wanted.isBool() ? field == wanted : compare() == 0;
            else if (op == u"!="_s)
                ok = compare() != 0;
            else if (op == u">="_s)
                ok = compare() >= 0;
            else if (op == u">"_s)
                ok = compare() > 0;
            else if (op == u"<="_s)
                ok = compare() <= 0;
            else if (op == u"<"_s)
                ok = compare() < 0;
            else if (op == u"in"_s || op == u"not in"_s) {
                bool in = false;
                for (const QJsonValue &candidate : wanted.toArray())
                    in = in || text(candidate) == text(field);
                ok = op == u"in"_s ? in : !in;
            } else if (op == u"=ilike"_s) {
                ok = field.isString() && ilike(field.toString(), wanted.toString());
            } else {
                *problem = u"this test company does not understand the operator "_s + op;
                return false;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    std::optional<QList<QJsonObject>> search(const QString &model, const QJsonArray &domain,
                                             const QJsonObject &kwargs, QString *problem) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &row : records.value(model)) {
            if (matches(row, domain, problem))
                found.append(row);
            else if (!problem->isEmpty())
                return std::nullopt;
        }
        if (kwargs.value(u"order"_s).toString().startsWith(u"write_date"_s)) {
            std::stable_sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
                const QString x = a.value(u"write_date"_s).toString(),
                              y = b.value(u"write_date"_s).toString();
                return x != y ? x < y : id(a) < id(b);
            });
        }
        const qsizetype offset = kwargs.value(u"offset"_s).toInteger();
        const qsizetype limit = kwargs.value(u"limit"_s).toInteger();
        found = found.mid(offset, limit > 0 ? limit : -1);
        return found;
    }

    static QJsonObject only(const QJsonObject &row, const QJsonArray &fields)
    {
        if (fields.isEmpty())
            return row;
        QJsonObject picked{{u"id"_s, row.value(u"id"_s)}};
        for (const QJsonValue &field : fields) {
            const QJsonValue value = row.value(field.toString());
            picked.insert(field.toString(),
                          value.isUndefined() || value.isNull() ? QJsonValue(false) : value);
        }
        return picked;
    }

    Answer execute(const QString &model, const QString &method, const QJsonArray &args,
                   const QJsonObject &kwargs)
    {
        static const QStringList models{u"res.partner"_s,
                                        u"res.currency"_s,
                                        u"account.journal"_s,
                                        u"account.tax"_s,
                                        u"product.product"_s,
                                        u"stock.location"_s,
                                        u"stock.quant"_s,
                                        u"account.move"_s,
                                        u"account.move.line"_s,
                                        u"account.payment"_s,
                                        u"account.payment.register"_s};
        if (!models.contains(model))
            return error(u"KeyError"_s, model);
        QString problem;
        if (method == u"check_access_rights"_s)
            return QJsonValue(true);
        if (method == u"search_read"_s || method == u"search"_s || method == u"search_count"_s) {
            QJsonObject options = kwargs;
            if (method == u"search_count"_s)
                options = {};
            const std::optional<QList<QJsonObject>> found =
                search(model, args.at(0).toArray(), options, &problem);
            if (!found)
                return error(u"ValueError"_s, problem);
            if (method == u"search_count"_s)
                return QJsonValue(qint64(found->size()));
            QJsonArray result;
            for (const QJsonObject &row : *found) {
                if (method == u"search"_s)
                    result.append(row.value(u"id"_s));
                else
                    result.append(only(row, kwargs.value(u"fields"_s).toArray()));
            }
            return QJsonValue(result);
        }
        if (method == u"read"_s) {
            QJsonArray result;
            for (const QJsonValue &wanted : args.at(0).toArray()) {
                if (const std::optional<QJsonObject> row = find(model, wanted.toInteger()))
                    result.append(only(*row,
                                       kwargs.value(u"fields"_s).isArray()
                                           ? kwargs.value(u"fields"_s).toArray()
                                           : args.at(1).toArray()));
            }
            return QJsonValue(result);
        }
        if (method == u"create"_s) {
            const QJsonObject values = args.at(0).toObject();
            if (model == u"res.partner"_s)
                return createPartner(values);
            if (model == u"account.move"_s)
                return createMove(values);
            if (model == u"account.payment.register"_s)
                return createWizard(values, kwargs.value(u"context"_s).toObject());
            return error(u"odoo.exceptions.AccessError"_s, u"This test company does not create "_s + model);
        }
        if (method == u"write"_s && model == u"res.partner"_s) {
            for (const QJsonValue &target : args.at(0).toArray()) {
                std::optional<QJsonObject> row = find(model, target.toInteger());
                if (!row)
                    return error(u"odoo.exceptions.MissingError"_s,
                                 u"Record does not exist or has been deleted."_s);
                const QJsonObject values = args.at(1).toObject();
                for (auto it = values.begin(); it != values.end(); ++it)
                    row->insert(it.key(), it.value());
                keep(model, *row);
            }
            ++writes;
            return QJsonValue(true);
        }
        if (model == u"account.move"_s && (method == u"action_post"_s || method == u"unlink"_s))
            return moveAction(method, args.at(0).toArray());
        if (model == u"account.payment.register"_s && method == u"action_create_payments"_s)
            return createPayments(args.at(0).toArray());
        return error(u"AttributeError"_s,
                     u"The method '%1' does not exist on the model '%2'"_s.arg(method, model));
    }

    Answer createPartner(const QJsonObject &values)
    {
        if (values.value(u"name"_s).toString().trimmed().isEmpty())
            return invalid(u"Contacts require a name"_s);
        QJsonObject row = values;
        row.insert(u"is_company"_s, values.value(u"is_company"_s).toBool());
        row.insert(u"active"_s, true);
        ++writes;
        return QJsonValue(id(keep(u"res.partner"_s, row)));
    }

    Answer createMove(const QJsonObject &values)
    {
        const QString type = values.value(u"move_type"_s).toString();
        if (type != u"out_invoice"_s && type != u"out_refund"_s)
            return invalid(u"This test company keeps customer invoices and credit notes only"_s);
        const qint64 partner = values.value(u"partner_id"_s).toInteger();
        if (!find(u"res.partner"_s, partner))
            return invalid(u"The customer %1 does not exist"_s.arg(partner));
        const qint64 currency = values.value(u"currency_id"_s).toInteger();
        if (!find(u"res.currency"_s, currency))
            return invalid(u"The currency %1 does not exist"_s.arg(currency));
        Decimal untaxed(0);
        Decimal tax(0);
        QList<QJsonObject> moveLines;
        for (const QJsonValue &command : values.value(u"invoice_line_ids"_s).toArray()) {
            const QJsonArray triple = command.toArray();
            if (triple.size() != 3 || triple.at(0).toInt() != 0)
                return invalid(u"This test company takes new lines as [0, 0, values] only"_s);
            QJsonObject line = triple.at(2).toObject();
            const std::optional<QJsonObject> product =
                find(u"product.product"_s, line.value(u"product_id"_s).toInteger());
            if (!product)
                return invalid(
                    u"The product %1 does not exist"_s.arg(line.value(u"product_id"_s).toInteger()));
            QList<qint64> taxIds;
            // A line created without taxes gets its product's (Odoo's computed default).
            const QJsonValue given =
                line.contains(u"tax_ids"_s) ? line.value(u"tax_ids"_s) : product->value(u"taxes_id"_s);
            for (const QJsonValue &taxCommand : given.toArray()) {
                if (taxCommand.isArray() && taxCommand.toArray().at(0).toInt() == 6) {
                    for (const QJsonValue &taxId : taxCommand.toArray().at(2).toArray())
                        taxIds.append(taxId.toInteger());
                } else if (taxCommand.isDouble()) {
                    taxIds.append(taxCommand.toInteger());
                } else {
                    return invalid(u"This test company takes taxes as [6, 0, ids] or ids only"_s);
                }
            }
            const Decimal quantity = decimal(line.value(u"quantity"_s));
            const Decimal unitPrice =
                decimal(line.value(u"price_unit"_s)).rounded(priceDigits, RoundingMode::HalfUp);
            const Decimal discount = decimal(line.value(u"discount"_s));
            const Decimal gross = quantity * unitPrice;
            const Decimal subtotal =
                (gross - *Decimal::divide(gross * discount, Decimal(100), 10, RoundingMode::HalfUp))
                    .rounded(2, RoundingMode::HalfUp);
            Decimal lineTax(0);
            QJsonArray taxes;
            for (const qint64 taxId : std::as_const(taxIds)) {
                const std::optional<QJsonObject> found = find(u"account.tax"_s, taxId);
                if (!found)
                    return invalid(u"The tax %1 does not exist"_s.arg(taxId));
                lineTax += *Decimal::divide(subtotal * decimal(found->value(u"amount"_s)), Decimal(100), 2,
                                            RoundingMode::HalfUp);
                taxes.append(taxId);
            }
            untaxed += subtotal;
            tax += lineTax;
            line.insert(u"display_type"_s, u"product"_s);
            line.insert(u"product_id"_s, many2one(u"product.product"_s, id(*product)));
            if (line.value(u"name"_s).toString().isEmpty())
                line.insert(u"name"_s, product->value(u"display_name"_s));
            line.insert(u"quantity"_s, json(quantity));
            line.insert(u"price_unit"_s, json(unitPrice));
            line.insert(u"discount"_s, json(discount));
            line.insert(u"tax_ids"_s, taxes);
            line.insert(u"price_subtotal"_s, json(subtotal));
            line.insert(u"price_total"_s, json(subtotal + lineTax));
            moveLines.append(line);
        }
        QJsonObject move = values;
        move.remove(u"invoice_line_ids"_s);
        move.insert(u"name"_s, u"/"_s);
        move.insert(u"state"_s, u"draft"_s);
        move.insert(u"payment_state"_s, u"not_paid"_s);
        move.insert(u"partner_id"_s, many2one(u"res.partner"_s, partner));
        move.insert(u"currency_id"_s, many2one(u"res.currency"_s, currency));
        move.insert(u"amount_untaxed"_s, json(untaxed));
        move.insert(u"amount_tax"_s, json(tax));
        move.insert(u"amount_total"_s, json(untaxed + tax));
        move.insert(u"amount_residual"_s, json(untaxed + tax));
        for (const char *key : {"ref", "invoice_origin", "invoice_date", "invoice_date_due"}) {
            if (!move.contains(QLatin1StringView(key)))
                move.insert(QLatin1StringView(key), false);
        }
        move = keep(u"account.move"_s, move);
        QJsonArray lineIds;
        for (QJsonObject &line : moveLines) {
            line.insert(u"move_id"_s, QJsonArray{id(move), u"/"_s});
            lineIds.append(id(keep(u"account.move.line"_s, line)));
        }
        move.insert(u"invoice_line_ids"_s, lineIds);
        keep(u"account.move"_s, move);
        ++writes;
        return QJsonValue(id(move));
    }

    Answer moveAction(const QString &method, const QJsonArray &ids)
    {
        for (const QJsonValue &target : ids) {
            std::optional<QJsonObject> move = find(u"account.move"_s, target.toInteger());
            if (!move)
                return error(u"odoo.exceptions.MissingError"_s,
                             u"Record does not exist or has been deleted."_s);
            if (move->value(u"state"_s).toString() != u"draft"_s)
                return error(u"odoo.exceptions.UserError"_s,
                             method == u"unlink"_s
                                 ? u"You cannot delete an entry which has been posted once."_s
                                 : u"Only draft journal entries can be posted."_s);
            if (method == u"unlink"_s) {
                records[u"account.move"_s].removeIf(
                    [&](const QJsonObject &row) { return id(row) == id(*move); });
                records[u"account.move.line"_s].removeIf([&](const QJsonObject &row) {
                    return row.value(u"move_id"_s).toArray().at(0).toInteger() == id(*move);
                });
                continue;
            }
            const bool refund = move->value(u"move_type"_s).toString() == u"out_refund"_s;
            const QString prefix = refund ? u"RINV"_s : u"INV"_s;
            const int number = ++m_sequences[prefix];
            move->insert(u"name"_s, u"%1/2026/%2"_s.arg(prefix).arg(number, 5, 10, QChar(u'0')));
            move->insert(u"state"_s, u"posted"_s);
            keep(u"account.move"_s, *move);
        }
        ++writes;
        return QJsonValue(true);
    }

    Answer createWizard(const QJsonObject &values, const QJsonObject &context)
    {
        if (context.value(u"active_model"_s).toString() != u"account.move"_s
            || context.value(u"active_ids"_s).toArray().size() != 1)
            return error(u"odoo.exceptions.UserError"_s,
                         u"The register payment wizard should only be called on account.move records."_s);
        QJsonObject wizard = values;
        wizard.insert(u"line_ids"_s, context.value(u"active_ids"_s));
        return QJsonValue(id(keep(u"account.payment.register"_s, wizard)));
    }

    Answer createPayments(const QJsonArray &wizards)
    {
        for (const QJsonValue &target : wizards) {
            const std::optional<QJsonObject> wizard = find(u"account.payment.register"_s, target.toInteger());
            if (!wizard)
                return error(u"odoo.exceptions.MissingError"_s,
                             u"Record does not exist or has been deleted."_s);
            std::optional<QJsonObject> invoice =
                find(u"account.move"_s, wizard->value(u"line_ids"_s).toArray().at(0).toInteger());
            if (!invoice || invoice->value(u"state"_s).toString() != u"posted"_s
                || invoice->value(u"move_type"_s).toString() != u"out_invoice"_s)
                return error(u"odoo.exceptions.UserError"_s,
                             u"You can only register payment for posted journal entries."_s);
            const Decimal residual = decimal(invoice->value(u"amount_residual"_s));
            if (residual.isZero())
                return error(
                    u"odoo.exceptions.UserError"_s,
                    u"You can't register a payment because there is nothing left to pay on the selected journal items."_s);
            const qint64 journal = wizard->value(u"journal_id"_s).toInteger();
            if (!find(u"account.journal"_s, journal))
                return invalid(u"The journal %1 does not exist"_s.arg(journal));
            const Decimal amount = decimal(wizard->value(u"amount"_s));
            Decimal left = residual - amount;
            if (left < Decimal(0))
                left = Decimal(0);
            invoice->insert(u"amount_residual"_s, json(left));
            invoice->insert(u"payment_state"_s, left.isZero() ? u"in_payment"_s : u"partial"_s);
            keep(u"account.move"_s, *invoice);
            const int number = ++m_sequences[u"PBNK1"_s];
            keep(u"account.payment"_s,
                 {{u"name"_s, u"PBNK1/2026/%1"_s.arg(number, 5, 10, QChar(u'0'))},
                  {u"amount"_s, json(amount)},
                  {u"date"_s, wizard->value(u"payment_date"_s).toString(now.date().toString(Qt::ISODate))},
                  {u"ref"_s, wizard->value(u"communication"_s)},
                  {u"partner_id"_s, invoice->value(u"partner_id"_s)},
                  {u"currency_id"_s, invoice->value(u"currency_id"_s)},
                  {u"journal_id"_s, many2one(u"account.journal"_s, journal)},
                  {u"partner_type"_s, u"customer"_s},
                  {u"payment_type"_s, u"inbound"_s},
                  {u"state"_s, u"posted"_s},
                  {u"reconciled_invoice_ids"_s, QJsonArray{id(*invoice)}}});
        }
        ++writes;
        return QJsonValue(true);
    }

    quint16 m_port = 0;
    QMap<QString, qint64> m_nextId;
    QMap<QString, int> m_sequences;
};

} // namespace OdooTest
