// The writes of OdooConnector: look-ups by match key, references resolved, resumable workflows.
#include "connectors/connectorsupport.h"
#include "connectors/odoo/odoocanonical.h"
#include "connectors/odoo/odooconnector.h"
#include "model/decimal.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Odoo::clause;

/// A domain that finds the values of a reference object exactly ({"code": "US"} → [["code","=","US"]]).
QJsonArray domainOf(const QJsonObject &reference)
{
    QJsonArray domain;
    for (auto it = reference.begin(); it != reference.end(); ++it)
        domain.append(clause(it.key(), u"="_s, it.value()));
    return domain;
}

/// The model a Many2one reference of a payload names, and what it must also satisfy.
struct ReferenceModel
{
    QString model;
    QJsonArray domain;
};

std::optional<ReferenceModel> referenceModel(const QString &field)
{
    if (field == u"country_id"_s)
        return ReferenceModel{u"res.country"_s, {}};
    if (field == u"state_id"_s)
        return ReferenceModel{u"res.country.state"_s, {}};
    if (field == u"currency_id"_s)
        return ReferenceModel{u"res.currency"_s, {}};
    if (field == u"journal_id"_s)
        return ReferenceModel{u"account.journal"_s, {}};
    if (field == u"product_id"_s)
        return ReferenceModel{u"product.product"_s, {}};
    if (field == u"reversed_entry_id"_s || field == u"invoice_id"_s)
        return ReferenceModel{u"account.move"_s,
                              QJsonArray{QJsonValue(clause(u"move_type"_s, u"="_s, u"out_invoice"_s))}};
    return std::nullopt;
}

/// "ref = 1001" for messages.
QString describe(const QJsonObject &reference)
{
    QStringList parts;
    for (auto it = reference.begin(); it != reference.end(); ++it)
        parts.append(
            it.key() + u" = "_s
            + (it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble())));
    return parts.join(u", "_s);
}

} // namespace

struct OdooConnector::WriteContext
{
    QList<Net::HttpExchange> exchanges;
    QString idempotencyKey;
    std::optional<ConnectorFailure> failure; ///< the last step's

    WriteOutcome failed(std::optional<ConnectorFailure> reason = std::nullopt)
    {
        WriteOutcome outcome;
        outcome.failure = reason ? reason : failure;
        if (!outcome.failure)
            outcome.failure = Support::permanentFailure(Text::tr("The Odoo write failed."));
        outcome.exchanges = exchanges;
        return outcome;
    }
};

QJsonObject OdooConnector::productValues(QJsonObject payload) const
{
    // 16/17 spell a product's kind detailed_type ("product" storable, "consu", "service"); 18 has
    // type ("consu" goods, "service", "combo") plus is_storable. Either spelling is accepted.
    const bool v18 = m_rpc.version().storableFlag();
    if (payload.contains(u"detailed_type"_s) && v18) {
        const QString detailed = payload.take(u"detailed_type"_s).toString();
        payload.insert(u"type"_s, detailed == u"service"_s ? u"service"_s : u"consu"_s);
        payload.insert(u"is_storable"_s, detailed == u"product"_s);
    } else if (payload.contains(u"is_storable"_s) && !v18) {
        const bool storable = payload.take(u"is_storable"_s).toBool();
        const QString type = payload.take(u"type"_s).toString();
        payload.insert(u"detailed_type"_s,
                       type == u"service"_s ? u"service"_s
                           : storable       ? u"product"_s
                                            : u"consu"_s);
    }
    return payload;
}

std::optional<qint64> OdooConnector::resolveOne(const QString &model, const QJsonArray &domain,
                                                const QString &path, const QString &what,
                                                WriteContext &context)
{
    const Odoo::CallResult found =
        execute(model, u"search"_s, QJsonArray{QJsonValue(domain)},
                QJsonObject{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}}, context.exchanges);
    if (found.failure) {
        context.failure = found.failure;
        return std::nullopt;
    }
    const QList<qint64> ids = Odoo::idsOf(found.value);
    if (ids.isEmpty()) {
        context.failure =
            Support::permanentFailure(Text::tr("%1: Odoo has no %2 (%3).").arg(path, what, model));
        return std::nullopt;
    }
    return ids.first();
}

std::optional<qint64> OdooConnector::resolvePartner(const QJsonObject &reference, const QString &path,
                                                    WriteContext &context)
{
    const QString email = Odoo::textOf(reference.value(u"email"_s)).trimmed();
    const QString name = Odoo::textOf(reference.value(u"name"_s)).trimmed();
    if (email.isEmpty() && name.isEmpty()) {
        context.failure = Support::permanentFailure(
            Text::tr("%1: the customer has neither an e-mail nor a name.").arg(path));
        return std::nullopt;
    }
    const QString cacheKey =
        email.isEmpty() ? u"res.partner:name:"_s + name : u"res.partner:email:"_s + email.toLower();
    if (m_ids.contains(cacheKey))
        return m_ids.value(cacheKey);
    QString pattern = email.isEmpty() ? name : email;
    pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    const Odoo::CallResult found =
        execute(u"res.partner"_s, u"search"_s,
                QJsonArray{QJsonValue(QJsonArray{
                    QJsonValue(clause(email.isEmpty() ? u"name"_s : u"email"_s, u"=ilike"_s, pattern))})},
                QJsonObject{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}}, context.exchanges);
    if (found.failure) {
        context.failure = found.failure;
        return std::nullopt;
    }
    qint64 id = 0;
    if (const QList<qint64> ids = Odoo::idsOf(found.value); !ids.isEmpty()) {
        id = ids.first();
    } else {
        QJsonObject values = reference;
        if (name.isEmpty())
            values.insert(u"name"_s, email);
        if (resolveReferences(u"partner"_s, values, context))
            return std::nullopt;
        const Odoo::CallResult created = execute(u"res.partner"_s, u"create"_s, QJsonArray{values},
                                                 QJsonObject{}, context.exchanges, context.idempotencyKey);
        if (created.failure || !created.value.isDouble()) {
            context.failure = created.failure
                ? created.failure
                : Support::permanentFailure(
                    Text::tr("%1: Odoo's create of the customer answered no id.").arg(path));
            return std::nullopt;
        }
        id = created.value.toInteger();
    }
    m_ids.insert(cacheKey, id);
    return id;
}

std::optional<QJsonArray> OdooConnector::resolveLines(const QJsonValue &lines, const QString &path,
                                                      WriteContext &context)
{
    QJsonArray commands;
    const QJsonArray elements = lines.toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonValue element = elements.at(i);
        if (element.isArray()) { // already one of Odoo's commands
            commands.append(element);
            continue;
        }
        const QString linePath = Support::indexPath(path, i);
        QJsonObject values = element.toObject();
        const QJsonValue product = values.value(u"product_id"_s);
        if (product.isObject()) {
            const QJsonObject reference = product.toObject();
            const QString sku = Odoo::textOf(reference.value(u"default_code"_s));
            const std::optional<qint64> id = resolveOne(
                u"product.product"_s, domainOf(reference), Support::fieldPath(linePath, u"product_id"_s),
                sku.isEmpty() ? Text::tr("product %1").arg(describe(reference))
                              : Text::tr("product with the internal reference (SKU) \"%1\"").arg(sku),
                context);
            if (!id)
                return std::nullopt;
            values.insert(u"product_id"_s, *id);
        }
        // account.move.line's taxes are tax_ids, sale.order.line's tax_id (16–18).
        const QString taxKey = values.contains(u"tax_id"_s) ? u"tax_id"_s : u"tax_ids"_s;
        const QJsonValue taxes = values.value(taxKey);
        if (taxes.isArray() && taxes.toArray().isEmpty()) {
            // No taxes, said as the command that empties the set: a line created without the
            // field would get its product's default taxes.
            values.insert(taxKey, QJsonArray{QJsonValue(QJsonArray{6, 0, QJsonArray{}})});
        } else if (taxes.isArray() && !taxes.toArray().first().isArray()) {
            // Taxes by name (or id) → one "replace the set" command: [6, 0, ids].
            QJsonArray ids;
            const QJsonArray list = taxes.toArray();
            for (qsizetype t = 0; t < list.size(); ++t) {
                if (list.at(t).isDouble()) {
                    ids.append(list.at(t));
                    continue;
                }
                QJsonArray domain = domainOf(list.at(t).toObject());
                domain.append(clause(u"type_tax_use"_s, u"="_s, u"sale"_s));
                const std::optional<qint64> id =
                    resolveOne(u"account.tax"_s, domain,
                               Support::indexPath(Support::fieldPath(linePath, u"tax_ids"_s), t),
                               Text::tr("sales tax %1").arg(describe(list.at(t).toObject())), context);
                if (!id)
                    return std::nullopt;
                ids.append(*id);
            }
            values.insert(taxKey, QJsonArray{QJsonValue(QJsonArray{6, 0, ids})});
        }
        commands.append(QJsonArray{0, 0, values});
    }
    return commands;
}

std::optional<ConnectorFailure> OdooConnector::resolveReferences(const QString &object, QJsonObject &values,
                                                                 WriteContext &context)
{
    for (const QString &key : values.keys()) {
        const QJsonValue value = values.value(key);
        if (key == u"order_line"_s || key == u"invoice_line_ids"_s) {
            const std::optional<QJsonArray> lines = resolveLines(value, key, context);
            if (!lines)
                return context.failure;
            values.insert(key, *lines);
            continue;
        }
        if (!value.isObject())
            continue;
        const QJsonObject reference = value.toObject();
        std::optional<qint64> id;
        if (key == u"partner_id"_s) {
            id = resolvePartner(reference, key, context);
        } else if (const std::optional<ReferenceModel> target = referenceModel(key)) {
            QJsonArray domain = target->domain;
            for (const QJsonValue &term : domainOf(reference))
                domain.append(term);
            id = resolveOne(target->model, domain, key, describe(reference), context);
        } else {
            context.failure = Support::permanentFailure(
                Text::tr(
                    "%1.%2: LedgerLink cannot find what this reference names in Odoo; give the record's id.")
                    .arg(object, key));
        }
        if (!id)
            return context.failure;
        values.insert(key, *id);
    }
    return std::nullopt;
}

WriteOutcome OdooConnector::finish(const QString &object, qint64 id, bool alreadyExisted,
                                   WriteContext &context)
{
    ReadOne read = readById(object, QString::number(id));
    context.exchanges += read.exchanges;
    if (read.failure)
        return context.failed(read.failure);
    if (!read.record) {
        return context.failed(Support::permanentFailure(
            Text::tr("Odoo %1 %2 was written but cannot be read back.").arg(object).arg(id)));
    }
    WriteOutcome outcome;
    outcome.record = read.record;
    outcome.alreadyExisted = alreadyExisted;
    outcome.exchanges = context.exchanges;
    return outcome;
}

WriteOutcome OdooConnector::writeRecord(const WriteRequest &request)
{
    WriteContext context;
    context.idempotencyKey = request.idempotencyKey;
    if (!capabilities().writable.contains(request.object)) {
        return context.failed(
            Support::permanentFailure(Text::tr("LedgerLink does not write Odoo %1 records (it writes %2).")
                                          .arg(request.object, capabilities().writable.join(u", "_s))));
    }
    if (std::optional<ConnectorFailure> failure = m_rpc.ensureAuthenticated(context.exchanges))
        return context.failed(failure);
    if (request.object == u"sale_order"_s)
        return writeSaleOrder(request, context);
    if (request.object == u"invoice"_s || request.object == u"credit_note"_s)
        return writeMove(request, request.object, context);
    if (request.object == u"payment"_s)
        return writePayment(request, context);

    // Master data: partner, product.
    const Odoo::ObjectInfo info = *Odoo::objectInfo(request.object);
    QJsonObject values = request.object == u"product"_s ? productValues(request.payload) : request.payload;
    if (!request.existingId.isEmpty()) {
        const qint64 id = request.existingId.toLongLong();
        if (resolveReferences(request.object, values, context))
            return context.failed();
        const Odoo::CallResult written = execute(info.model, u"write"_s, QJsonArray{QJsonArray{id}, values},
                                                 QJsonObject{}, context.exchanges, context.idempotencyKey);
        if (written.failure)
            return context.failed(written.failure);
        return finish(request.object, id, false, context);
    }
    const QString key =
        request.matchKey.isEmpty() ? payloadMatchKey(request.object, request.payload) : request.matchKey;
    if (!key.isEmpty()) {
        ReadOne found = findByMatchKey(request.object, key);
        context.exchanges += found.exchanges;
        if (found.failure)
            return context.failed(found.failure);
        if (found.record)
            return finish(request.object, found.record->id.toLongLong(), true, context);
    }
    if (resolveReferences(request.object, values, context))
        return context.failed();
    const Odoo::CallResult created = execute(info.model, u"create"_s, QJsonArray{values}, QJsonObject{},
                                             context.exchanges, context.idempotencyKey);
    if (created.failure)
        return context.failed(created.failure);
    if (!created.value.isDouble())
        return context.failed(
            Support::permanentFailure(Text::tr("Odoo's create of a %1 answered no id.").arg(info.model)));
    return finish(request.object, created.value.toInteger(), false, context);
}

WriteOutcome OdooConnector::writeSaleOrder(const WriteRequest &request, WriteContext &context)
{
    const QString reference = Odoo::textOf(request.payload.value(u"client_order_ref"_s));
    qint64 id = request.existingId.toLongLong();
    bool found = id > 0;
    if (!found && !reference.isEmpty()) {
        ReadOne earlier = findByMatchKey(u"sale_order"_s, reference);
        context.exchanges += earlier.exchanges;
        if (earlier.failure)
            return context.failed(earlier.failure);
        if (earlier.record) {
            id = earlier.record->id.toLongLong();
            found = true;
        }
    }
    if (!found) {
        QJsonObject values = request.payload;
        if (resolveReferences(u"sale_order"_s, values, context))
            return context.failed();
        const Odoo::CallResult created = execute(u"sale.order"_s, u"create"_s, QJsonArray{values},
                                                 QJsonObject{}, context.exchanges, context.idempotencyKey);
        if (created.failure)
            return context.failed(created.failure);
        id = created.value.toInteger();
    }
    // Resume: a quotation (draft or sent) is confirmed; a confirmed order is left as it is.
    const Odoo::CallResult state =
        execute(u"sale.order"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{id})},
                QJsonObject{{u"fields"_s, QJsonArray{u"state"_s}}}, context.exchanges);
    if (state.failure)
        return context.failed(state.failure);
    const QString current = Odoo::textOf(state.value.toArray().at(0)[u"state"_s]);
    if (current == u"draft"_s || current == u"sent"_s) {
        const Odoo::CallResult confirmed =
            execute(u"sale.order"_s, u"action_confirm"_s, QJsonArray{QJsonValue(QJsonArray{id})},
                    QJsonObject{}, context.exchanges, context.idempotencyKey);
        if (confirmed.failure)
            return context.failed(confirmed.failure);
    }
    return finish(u"sale_order"_s, id, found && request.existingId.isEmpty(), context);
}

WriteOutcome OdooConnector::writeMove(const WriteRequest &request, const QString &object,
                                      WriteContext &context)
{
    const QString moveType = object == u"invoice"_s ? u"out_invoice"_s : u"out_refund"_s;
    QJsonObject values = request.payload;
    values.insert(u"move_type"_s, moveType);
    // The total the store expects: checked against Odoo's own computation, never written.
    const QJsonValue expectedValue = values.take(u"amount_total"_s);
    std::optional<Model::Decimal> expected;
    if (!expectedValue.isUndefined() && !expectedValue.isNull()) {
        expected = Model::Decimal::fromJson(expectedValue);
        if (!expected) {
            return context.failed(
                Support::permanentFailure(Text::tr("%1.amount_total is not a number.").arg(object)));
        }
    }
    const QString reference = Odoo::textOf(request.payload.value(u"ref"_s));
    qint64 id = request.existingId.toLongLong();
    bool found = id > 0;
    if (!found && !reference.isEmpty()) {
        ReadOne earlier = findByMatchKey(object, reference);
        context.exchanges += earlier.exchanges;
        if (earlier.failure)
            return context.failed(earlier.failure);
        if (earlier.record) {
            id = earlier.record->id.toLongLong();
            found = true;
        }
    }
    if (!found) {
        if (resolveReferences(object, values, context))
            return context.failed();
        const Odoo::CallResult created = execute(u"account.move"_s, u"create"_s, QJsonArray{values},
                                                 QJsonObject{}, context.exchanges, context.idempotencyKey);
        if (created.failure)
            return context.failed(created.failure);
        id = created.value.toInteger();
    }
    const Odoo::CallResult read = execute(
        u"account.move"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{id})},
        QJsonObject{{u"fields"_s, QJsonArray{u"state"_s, u"amount_total"_s, u"name"_s}}}, context.exchanges);
    if (read.failure)
        return context.failed(read.failure);
    const QJsonObject current = read.value.toArray().at(0).toObject();
    const QString state = Odoo::textOf(current.value(u"state"_s));
    if (state == u"draft"_s) {
        const std::optional<Model::Decimal> total =
            Model::Decimal::fromJson(current.value(u"amount_total"_s));
        if (expected && (!total || *total != *expected)) {
            // Never post a document whose total differs from the store's: the draft goes.
            const QString message =
                Text::tr(
                    "Odoo computed %1 %2 for %3 \"%4\" where the store's total is %5; the draft was deleted "
                    "(check the prices, taxes and their price-included setting in Odoo).")
                    .arg(total ? total->toString() : u"?"_s,
                         Odoo::many2oneName(current.value(u"currency_id"_s)), object, reference,
                         expected->toString())
                    .simplified();
            execute(u"account.move"_s, u"unlink"_s, QJsonArray{QJsonValue(QJsonArray{id})}, QJsonObject{},
                    context.exchanges, context.idempotencyKey);
            return context.failed(Support::permanentFailure(message));
        }
        const Odoo::CallResult posted =
            execute(u"account.move"_s, u"action_post"_s, QJsonArray{QJsonValue(QJsonArray{id})},
                    QJsonObject{}, context.exchanges, context.idempotencyKey);
        if (posted.failure)
            return context.failed(posted.failure);
    } else if (!request.existingId.isEmpty()) {
        return context.failed(Support::permanentFailure(
            Text::tr("Odoo %1 %2 is %3 and cannot be changed: correct it with a credit note in Odoo.")
                .arg(object, Odoo::textOf(current.value(u"name"_s)), state)));
    }
    return finish(object, id, found && request.existingId.isEmpty(), context);
}

WriteOutcome OdooConnector::writePayment(const WriteRequest &request, WriteContext &context)
{
    const QString reference = Odoo::textOf(request.payload.value(u"communication"_s));
    if (reference.isEmpty()) {
        return context.failed(Support::permanentFailure(Text::tr(
            "payment.communication is empty: it is the reference LedgerLink finds the payment by.")));
    }
    ReadOne earlier = findByMatchKey(u"payment"_s, reference);
    context.exchanges += earlier.exchanges;
    if (earlier.failure)
        return context.failed(earlier.failure);
    if (earlier.record)
        return finish(u"payment"_s, earlier.record->id.toLongLong(), true, context);

    QJsonObject values = request.payload;
    const QJsonValue invoice = values.take(u"invoice_id"_s);
    // The invoice's id as a number, or as the text a mapping's link to the order rule gives.
    qint64 invoiceId = invoice.isDouble() ? invoice.toInteger() : 0;
    if (invoice.isString())
        invoiceId = qMax<qint64>(0, invoice.toString().toLongLong());
    if (invoice.isObject()) {
        QJsonArray domain{clause(u"move_type"_s, u"="_s, u"out_invoice"_s),
                          clause(u"state"_s, u"="_s, u"posted"_s)};
        for (const QJsonValue &term : domainOf(invoice.toObject()))
            domain.append(term);
        const Odoo::CallResult found =
            execute(u"account.move"_s, u"search"_s, QJsonArray{QJsonValue(domain)},
                    QJsonObject{{u"limit"_s, 1}, {u"order"_s, u"id asc"_s}}, context.exchanges);
        if (found.failure)
            return context.failed(found.failure);
        if (const QList<qint64> ids = Odoo::idsOf(found.value); !ids.isEmpty())
            invoiceId = ids.first();
    }
    if (invoiceId <= 0) {
        // The invoice may not be written yet: tried again until it is.
        const QString message = Text::tr("payment %1: Odoo has no posted invoice %2 to pay yet.")
                                    .arg(reference, describe(invoice.toObject()));
        return context.failed(ConnectorFailure{Engine::AttemptOutcome::dependency(message), message});
    }
    if (resolveReferences(u"payment"_s, values, context))
        return context.failed();
    // The register-payment wizard on the invoice creates the payment, posts it and reconciles it
    // with the invoice's receivable line (16, 17 and 18 alike).
    const QJsonObject wizardContext{{u"active_model"_s, u"account.move"_s},
                                    {u"active_ids"_s, QJsonArray{invoiceId}}};
    const Odoo::CallResult wizard =
        execute(u"account.payment.register"_s, u"create"_s, QJsonArray{values},
                QJsonObject{{u"context"_s, wizardContext}}, context.exchanges, context.idempotencyKey);
    if (wizard.failure)
        return context.failed(wizard.failure);
    const Odoo::CallResult paid =
        execute(u"account.payment.register"_s, u"action_create_payments"_s,
                QJsonArray{QJsonValue(QJsonArray{wizard.value.toInteger()})},
                QJsonObject{{u"context"_s, wizardContext}}, context.exchanges, context.idempotencyKey);
    if (paid.failure)
        return context.failed(paid.failure);
    ReadOne made = findByMatchKey(u"payment"_s, reference);
    context.exchanges += made.exchanges;
    if (made.failure)
        return context.failed(made.failure);
    if (!made.record) {
        return context.failed(Support::permanentFailure(
            Text::tr("Odoo registered payment %1 but no customer payment with that reference can be found.")
                .arg(reference)));
    }
    WriteOutcome outcome;
    outcome.record = made.record;
    outcome.exchanges = context.exchanges;
    return outcome;
}

} // namespace LedgerLink::Connectors
