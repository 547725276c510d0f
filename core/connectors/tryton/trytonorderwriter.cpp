#include "connectors/tryton/trytonorderwriter.h"

#include "connectors/connectorsupport.h"
#include "connectors/tryton/trytonrpc.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Tryton {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Decimal;
using Support::fieldPath;
using Support::FieldReader;
using Support::indexPath;

} // namespace

TrytonOrderWriter::TrytonOrderWriter(TrytonWriter &steps)
    : m_steps(steps)
{ }

WriteResult TrytonOrderWriter::sale(const QJsonObject &payload, const QString &existingId)
{
    FieldReader reader;
    const QString reference = reader.text(payload.value(u"reference"_s), u"reference"_s).trimmed();
    const QString prefix = Text::tr("Tryton sale \"%1\"").arg(reference);
    if (reader.ok() && reference.isEmpty())
        return m_steps.failed(Text::tr("Tryton sale: reference: the store's order number is missing."));
    const QString currencyCode = reader.text(payload.value(u"currency"_s), u"currency"_s).trimmed().toUpper();
    if (reader.ok() && currencyCode.isEmpty())
        reader.fail(u"currency"_s, Text::tr("the currency code is missing"));
    const QJsonObject partyPayload = reader.object(payload.value(u"party"_s), u"party"_s);
    struct Line
    {
        QString path;
        QString sku;
        QString description;
        Decimal quantity;
        Decimal unitPrice;
    };
    QList<Line> lines;
    const QJsonArray lineValues = reader.array(payload.value(u"lines"_s), u"lines"_s);
    if (reader.ok() && lineValues.isEmpty())
        reader.fail(u"lines"_s, Text::tr("the order has no lines"));
    Decimal expected;
    for (qsizetype i = 0; i < lineValues.size(); ++i) {
        const QString path = indexPath(u"lines"_s, i);
        const QJsonObject value = reader.object(lineValues.at(i), path);
        Line line;
        line.path = path;
        line.sku = reader.text(value.value(u"sku"_s), fieldPath(path, u"sku")).trimmed();
        if (reader.ok() && line.sku.isEmpty())
            reader.fail(fieldPath(path, u"sku"), Text::tr("the SKU is missing"));
        line.description = reader.text(value.value(u"description"_s), fieldPath(path, u"description"));
        line.quantity = payloadAmount(reader, value.value(u"quantity"_s), fieldPath(path, u"quantity"), false)
                            .value_or(Decimal());
        line.unitPrice =
            payloadAmount(reader, value.value(u"unit_price"_s), fieldPath(path, u"unit_price"), true)
                .value_or(Decimal());
        expected += line.quantity * line.unitPrice;
        lines.append(line);
    }
    const QJsonObject shippingPayload = reader.object(payload.value(u"shipping"_s), u"shipping"_s);
    std::optional<Decimal> shipping;
    QString shippingDescription;
    if (!shippingPayload.isEmpty()) {
        shipping = payloadAmount(reader, shippingPayload.value(u"amount"_s), u"shipping.amount"_s, true);
        shippingDescription = reader.text(shippingPayload.value(u"description"_s), u"shipping.description"_s);
        if (shippingDescription.isEmpty())
            shippingDescription = Text::tr("Shipping");
        if (shipping && shipping->isZero())
            shipping.reset();
        if (shipping)
            expected += *shipping;
    }
    const std::optional<Decimal> total = payload.value(u"total"_s).isUndefined()
        ? std::nullopt
        : payloadAmount(reader, payload.value(u"total"_s), u"total"_s, true);
    const QJsonObject paymentPayload = reader.object(payload.value(u"payment"_s), u"payment"_s);
    std::optional<Decimal> paid;
    QString methodName;
    QString paymentReference;
    QDate paymentDate;
    if (!paymentPayload.isEmpty()) {
        paid = payloadAmount(reader, paymentPayload.value(u"amount"_s), u"payment.amount"_s, false);
        methodName = reader.text(paymentPayload.value(u"method"_s), u"payment.method"_s).trimmed();
        if (reader.ok() && methodName.isEmpty())
            reader.fail(u"payment.method"_s, Text::tr("the payment method's name is missing"));
        paymentDate = payloadDate(reader, paymentPayload.value(u"date"_s), u"payment.date"_s);
        paymentReference =
            reader.text(paymentPayload.value(u"reference"_s), u"payment.reference"_s).trimmed();
    }
    const QDate saleDate = payloadDate(reader, payload.value(u"sale_date"_s), u"sale_date"_s);
    const QString description = reader.text(payload.value(u"description"_s), u"description"_s);
    const QString warehouseCode = reader.text(payload.value(u"warehouse"_s), u"warehouse"_s);
    if (!reader.ok())
        return m_steps.failed(prefix + u": "_s + reader.error());
    const Decimal expectedTotal = total.value_or(expected);

    // 1. The sale: the one named, the one an earlier attempt made, or a new one.
    WriteResult result;
    qint64 saleId = 0;
    if (!existingId.isEmpty()) {
        const std::optional<qint64> id = idOf(existingId);
        if (!id)
            return m_steps.failed(Text::tr("\"%1\" is not a Tryton sale id.").arg(existingId));
        const std::optional<QJsonObject> row = m_steps.readOne(u"sale.sale"_s, *id, {u"reference"_s});
        if (!row)
            return m_steps.failed();
        if (row->value(u"reference"_s).toString() != reference) {
            return m_steps.failed(Text::tr("%1: Tryton sale %2 has the reference \"%3\", not this order's.")
                                      .arg(prefix, existingId, row->value(u"reference"_s).toString()));
        }
        saleId = *id;
        result.alreadyExisted = true;
    } else {
        const std::optional<QList<qint64>> found = m_steps.search(
            u"sale.sale"_s,
            {clause(u"reference"_s, u"="_s, reference), clause(u"state"_s, u"!="_s, u"cancelled"_s)}, 1,
            QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
        if (!found)
            return m_steps.failed();
        if (!found->isEmpty()) {
            saleId = found->first();
            result.alreadyExisted = true;
        }
    }
    if (saleId == 0) {
        const std::optional<qint64> currencyId = m_steps.currency(currencyCode, u"currency"_s);
        if (!currencyId)
            return m_steps.failed();
        QJsonArray saleLines;
        for (const Line &line : std::as_const(lines)) {
            const std::optional<TrytonWriter::ProductInfo> info =
                m_steps.productByCode(line.sku, prefix + u", "_s + line.path);
            if (!info)
                return m_steps.failed();
            saleLines.append(
                QJsonObject{{u"type"_s, u"line"_s},
                            {u"product"_s, info->id},
                            {u"quantity"_s, floatValue(line.quantity)},
                            {u"unit"_s, info->uom},
                            {u"unit_price"_s, decimalValue(line.unitPrice)},
                            {u"description"_s, line.description.isEmpty() ? info->name : line.description}});
        }
        if (shipping) {
            saleLines.append(QJsonObject{{u"type"_s, u"line"_s},
                                         {u"quantity"_s, 1},
                                         {u"unit_price"_s, decimalValue(*shipping)},
                                         {u"description"_s, shippingDescription}});
        }
        const std::optional<TrytonWriter::PartyRef> party =
            m_steps.ensureParty(partyPayload, u"party"_s, prefix, false);
        if (!party)
            return m_steps.failed();
        const std::optional<QJsonObject> store = m_steps.warehouse(warehouseCode, u"warehouse"_s);
        if (!store)
            return m_steps.failed();
        QJsonObject values{{u"party"_s, party->party},
                           {u"invoice_address"_s, party->address},
                           {u"shipment_address"_s, party->address},
                           {u"currency"_s, *currencyId},
                           {u"company"_s, m_steps.companyId()},
                           {u"warehouse"_s, store->value(u"id"_s)},
                           {u"reference"_s, reference},
                           {u"invoice_method"_s, u"order"_s},
                           {u"shipment_method"_s, u"order"_s},
                           {u"lines"_s, QJsonArray{QJsonValue(QJsonArray{u"create"_s, saleLines})}}};
        if (saleDate.isValid())
            values.insert(u"sale_date"_s, dateValue(saleDate));
        if (!description.isEmpty())
            values.insert(u"description"_s, description);
        const std::optional<qint64> created = m_steps.create(u"sale.sale"_s, values);
        if (!created)
            return m_steps.failed();
        saleId = *created;
    }
    result.id = QString::number(saleId);

    // 2. The amounts, exactly, before anything is confirmed.
    const QStringList saleFields{u"state"_s,         u"untaxed_amount"_s, u"total_amount"_s,
                                 u"currency.code"_s, u"invoice_state"_s,  u"invoices"_s,
                                 u"number"_s};
    std::optional<QJsonObject> row = m_steps.readOne(u"sale.sale"_s, saleId, saleFields);
    if (!row)
        return m_steps.failed();
    const QString saleCurrency = row->value(u"currency."_s).toObject().value(u"code"_s).toString();
    const QString untaxed = decimalText(row->value(u"untaxed_amount"_s));
    const QString saleTotal = decimalText(row->value(u"total_amount"_s));
    if (decimalOf(row->value(u"untaxed_amount"_s)) != std::optional(expected)) {
        return m_steps.failed(
            Text::tr("%1: Tryton's sale %2 comes to %3 %4 before tax, but the order's lines and "
                     "shipping add up to %5 %4: check prices with more decimals than the currency "
                     "allows and the lines of the Tryton sale.")
                .arg(prefix, result.id, untaxed, saleCurrency, expected.toString()));
    }
    if (decimalOf(row->value(u"total_amount"_s)) != std::optional(expectedTotal)) {
        return m_steps.failed(
            Text::tr("%1: Tryton's sale %2 totals %3 %4, the order %5 %4: Tryton added taxes the "
                     "order does not have (or the other way round); check the products' customer "
                     "taxes.")
                .arg(prefix, result.id, saleTotal, saleCurrency, expectedTotal.toString()));
    }

    // 3. draft → quotation → confirmed → processing (Tryton creates the invoice).
    QString state = row->value(u"state"_s).toString();
    if (state == u"cancelled"_s)
        return m_steps.failed(Text::tr("%1: Tryton sale %2 was cancelled.").arg(prefix, result.id));
    if (state == u"draft"_s) {
        if (!m_steps.button(u"sale.sale"_s, u"quote"_s, saleId))
            return m_steps.failed();
        state = u"quotation"_s;
    }
    if (state == u"quotation"_s) {
        if (!m_steps.button(u"sale.sale"_s, u"confirm"_s, saleId))
            return m_steps.failed();
        if (!(row = m_steps.readOne(u"sale.sale"_s, saleId, saleFields)))
            return m_steps.failed();
        state = row->value(u"state"_s).toString();
    }
    if (state == u"confirmed"_s
        || (state == u"processing"_s && row->value(u"invoices"_s).toArray().isEmpty())) {
        // Processing waits for a queue worker on servers that have one; do it now.
        if (!m_steps.button(u"sale.sale"_s, u"process"_s, saleId))
            return m_steps.failed();
        if (!(row = m_steps.readOne(u"sale.sale"_s, saleId, saleFields)))
            return m_steps.failed();
    }

    // 4. The invoice: the order's reference, posted.
    const QStringList invoiceFields{u"state"_s, u"number"_s, u"reference"_s, u"total_amount"_s};
    const std::optional<QJsonArray> invoices =
        m_steps.read(u"account.invoice"_s, idsOf(row->value(u"invoices"_s)), invoiceFields);
    if (!invoices)
        return m_steps.failed();
    std::optional<QJsonObject> invoice;
    for (const QJsonValue &value : *invoices) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value(u"state"_s).toString() != u"cancelled"_s
            && decimalOf(candidate.value(u"total_amount"_s)).value_or(Decimal()).signum() >= 0) {
            invoice = candidate;
            break;
        }
    }
    if (!invoice) {
        return m_steps.failed(Text::tr("%1: Tryton made no invoice for sale %2 (state %3, invoice state %4).")
                                  .arg(prefix, result.id, row->value(u"state"_s).toString(),
                                       row->value(u"invoice_state"_s).toString()));
    }
    const qint64 invoiceId = invoice->value(u"id"_s).toInteger();
    const QString invoiceState = invoice->value(u"state"_s).toString();
    if (invoiceState == u"draft"_s || invoiceState == u"validated"_s) {
        if (invoice->value(u"reference"_s).toString().isEmpty()
            && !m_steps.writeValues(u"account.invoice"_s, invoiceId,
                                    QJsonObject{{u"reference"_s, reference}}))
            return m_steps.failed();
        if (!m_steps.button(u"account.invoice"_s, u"post"_s, invoiceId))
            return m_steps.failed();
        if (!(invoice = m_steps.readOne(u"account.invoice"_s, invoiceId, invoiceFields)))
            return m_steps.failed();
    }
    if (decimalOf(invoice->value(u"total_amount"_s)) != std::optional(expectedTotal)) {
        return m_steps.failed(Text::tr("%1: Tryton invoice %2 totals %3 %4, the order %5 %4.")
                                  .arg(prefix, invoice->value(u"number"_s).toString(),
                                       decimalText(invoice->value(u"total_amount"_s)), saleCurrency,
                                       expectedTotal.toString()));
    }

    // 5. The payment, once.
    if (paid) {
        const std::optional<qint64> method =
            m_steps.paymentMethod(methodName, prefix + u", payment.method"_s);
        if (!method)
            return m_steps.failed();
        const QString paymentDescription = paymentReference.isEmpty() ? reference : paymentReference;
        if (!m_steps.pay(invoiceId, *paid, *method,
                         paymentDate.isValid() ? paymentDate : QDate::currentDate(), paymentDescription))
            return m_steps.failed();
    }
    return result;
}

WriteResult TrytonOrderWriter::creditNote(const QJsonObject &payload, const QString &existingId)
{
    FieldReader reader;
    const QString reference = reader.text(payload.value(u"reference"_s), u"reference"_s).trimmed();
    if (reader.ok() && reference.isEmpty())
        return m_steps.failed(Text::tr("Tryton credit note: reference: the refund's reference is missing."));
    const QString prefix = Text::tr("Tryton credit note \"%1\"").arg(reference);
    const QString saleReference =
        reader.text(payload.value(u"sale_reference"_s), u"sale_reference"_s).trimmed();
    const QString invoiceNumber = reader.text(payload.value(u"invoice"_s), u"invoice"_s).trimmed();
    if (reader.ok() && saleReference.isEmpty() && invoiceNumber.isEmpty())
        reader.fail(u"sale_reference"_s,
                    Text::tr("neither the order's reference nor the invoice number is given"));
    const std::optional<Decimal> total =
        payloadAmount(reader, payload.value(u"amount"_s), u"amount"_s, false);
    QString description = reader.text(payload.value(u"description"_s), u"description"_s).trimmed();
    struct Line
    {
        QString path;
        QString sku;
        Decimal quantity;
    };
    QList<Line> lines;
    const QJsonArray lineValues = reader.array(payload.value(u"lines"_s), u"lines"_s);
    if (reader.ok() && lineValues.isEmpty())
        reader.fail(u"lines"_s, Text::tr("the refund has no lines"));
    for (qsizetype i = 0; i < lineValues.size(); ++i) {
        const QString path = indexPath(u"lines"_s, i);
        const QJsonObject value = reader.object(lineValues.at(i), path);
        Line line;
        line.path = path;
        line.sku = reader.text(value.value(u"sku"_s), fieldPath(path, u"sku")).trimmed();
        if (reader.ok() && line.sku.isEmpty())
            reader.fail(fieldPath(path, u"sku"), Text::tr("the SKU is missing"));
        line.quantity = payloadAmount(reader, value.value(u"quantity"_s), fieldPath(path, u"quantity"), false)
                            .value_or(Decimal());
        lines.append(line);
    }
    if (!reader.ok())
        return m_steps.failed(prefix + u": "_s + reader.error());
    const Decimal expected = -*total;
    const QStringList noteFields{u"state"_s, u"number"_s, u"total_amount"_s, u"reference"_s};
    const auto checkAndPost = [&](qint64 id, const QJsonObject &row) -> std::optional<WriteResult> {
        const QString state = row.value(u"state"_s).toString();
        if (state != u"draft"_s && state != u"validated"_s)
            return std::nullopt;
        if (decimalOf(row.value(u"total_amount"_s)) != std::optional(expected)) {
            const QString computed = decimalText(row.value(u"total_amount"_s));
            // A draft with the wrong amount must not be found and posted by a later attempt.
            if (!m_steps.call(u"model.account.invoice.delete"_s, QJsonArray{QJsonValue(QJsonArray{id})}))
                return m_steps.failed();
            return m_steps.failed(
                Text::tr("%1: the refunded lines come to %2 in Tryton, but the refund is %3: nothing "
                         "was booked (check the quantities and which lines were refunded).")
                    .arg(prefix, computed, expected.toString()));
        }
        if (!m_steps.button(u"account.invoice"_s, u"post"_s, id))
            return m_steps.failed();
        return std::nullopt;
    };

    // 1. A credit note an earlier attempt made.
    WriteResult result;
    std::optional<qint64> noteId;
    if (!existingId.isEmpty()) {
        noteId = idOf(existingId);
        if (!noteId)
            return m_steps.failed(Text::tr("\"%1\" is not a Tryton invoice id.").arg(existingId));
    } else {
        const std::optional<QList<qint64>> found =
            m_steps.search(u"account.invoice"_s,
                           {clause(u"type"_s, u"="_s, u"out"_s), clause(u"reference"_s, u"="_s, reference),
                            clause(u"state"_s, u"!="_s, u"cancelled"_s)},
                           1, QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
        if (!found)
            return m_steps.failed();
        if (!found->isEmpty())
            noteId = found->first();
    }
    if (noteId) {
        const std::optional<QJsonObject> row = m_steps.readOne(u"account.invoice"_s, *noteId, noteFields);
        if (!row)
            return m_steps.failed();
        result.id = QString::number(*noteId);
        result.alreadyExisted = true;
        if (std::optional<WriteResult> stop = checkAndPost(*noteId, *row))
            return *stop;
        return result;
    }

    // 2. The invoice credited: by number, or the order's.
    std::optional<QList<qint64>> candidates;
    if (!invoiceNumber.isEmpty()) {
        candidates = m_steps.search(
            u"account.invoice"_s,
            {clause(u"type"_s, u"="_s, u"out"_s), clause(u"number"_s, u"="_s, invoiceNumber)}, 1);
    } else {
        const std::optional<QList<qint64>> sales = m_steps.search(
            u"sale.sale"_s,
            {clause(u"reference"_s, u"="_s, saleReference), clause(u"state"_s, u"!="_s, u"cancelled"_s)}, 1,
            QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
        if (!sales)
            return m_steps.failed();
        if (sales->isEmpty())
            return m_steps.failed(
                Text::tr("%1: Tryton has no sale with the reference \"%2\".").arg(prefix, saleReference));
        const std::optional<QJsonObject> sale =
            m_steps.readOne(u"sale.sale"_s, sales->first(), {u"invoices"_s});
        if (!sale)
            return m_steps.failed();
        candidates = idsOf(sale->value(u"invoices"_s));
    }
    if (!candidates)
        return m_steps.failed();
    const QStringList invoiceFields{u"state"_s,    u"number"_s,  u"total_amount"_s,   u"party"_s,
                                    u"currency"_s, u"journal"_s, u"account"_s,        u"payment_term"_s,
                                    u"lines"_s,    u"company"_s, u"invoice_address"_s};
    const std::optional<QJsonArray> invoiceRows =
        m_steps.read(u"account.invoice"_s, *candidates, invoiceFields);
    if (!invoiceRows)
        return m_steps.failed();
    std::optional<QJsonObject> invoice;
    for (const QJsonValue &value : *invoiceRows) {
        const QJsonObject row = value.toObject();
        const QString state = row.value(u"state"_s).toString();
        if ((state == u"posted"_s || state == u"paid"_s)
            && decimalOf(row.value(u"total_amount"_s)).value_or(Decimal()).signum() > 0) {
            invoice = row;
            break;
        }
    }
    const QString credited = invoiceNumber.isEmpty() ? saleReference : invoiceNumber;
    if (!invoice)
        return m_steps.failed(
            Text::tr("%1: Tryton has no posted invoice for %2 to credit.").arg(prefix, credited));
    const QString number = invoice->value(u"number"_s).toString();

    // 3. One credit line per refunded line, copied from the invoice line it credits.
    const std::optional<QJsonArray> invoiceLines =
        m_steps.read(u"account.invoice.line"_s, idsOf(invoice->value(u"lines"_s)),
                     {u"type"_s, u"product"_s, u"product.code"_s, u"quantity"_s, u"unit_price"_s, u"unit"_s,
                      u"account"_s, u"description"_s, u"taxes"_s});
    if (!invoiceLines)
        return m_steps.failed();
    QJsonArray creditLines;
    for (const Line &line : std::as_const(lines)) {
        std::optional<QJsonObject> credit;
        for (const QJsonValue &value : *invoiceLines) {
            const QJsonObject row = value.toObject();
            if (row.value(u"type"_s).toString() == u"line"_s
                && row.value(u"product."_s).toObject().value(u"code"_s).toString() == line.sku) {
                credit = row;
                break;
            }
        }
        if (!credit) {
            return m_steps.failed(Text::tr("%1, %2: the SKU \"%3\" is not on Tryton invoice %4.")
                                      .arg(prefix, line.path, line.sku, number));
        }
        const Decimal invoiced = decimalOf(credit->value(u"quantity"_s)).value_or(Decimal());
        if (line.quantity > invoiced) {
            return m_steps.failed(
                Text::tr("%1, %2: %3 × %4 refunded, but Tryton invoice %5 bills only %6.")
                    .arg(prefix, line.path, line.quantity.toString(), line.sku, number, invoiced.toString()));
        }
        creditLines.append(QJsonObject{
            {u"type"_s, u"line"_s},
            {u"product"_s, credit->value(u"product"_s)},
            {u"quantity"_s, floatValue(-line.quantity)},
            {u"unit"_s, credit->value(u"unit"_s)},
            {u"unit_price"_s, credit->value(u"unit_price"_s)},
            {u"account"_s, credit->value(u"account"_s)},
            {u"description"_s, credit->value(u"description"_s)},
            {u"origin"_s,
             QString(u"account.invoice.line,"_s + QString::number(credit->value(u"id"_s).toInteger()))},
            {u"taxes"_s, QJsonArray{QJsonValue(QJsonArray{u"add"_s, credit->value(u"taxes"_s)})}}});
    }
    if (description.isEmpty())
        description = Text::tr("Refund %1 of %2").arg(reference, number);
    QJsonObject values{{u"type"_s, u"out"_s},
                       {u"company"_s, invoice->value(u"company"_s)},
                       {u"party"_s, invoice->value(u"party"_s)},
                       {u"invoice_address"_s, invoice->value(u"invoice_address"_s)},
                       {u"currency"_s, invoice->value(u"currency"_s)},
                       {u"journal"_s, invoice->value(u"journal"_s)},
                       {u"account"_s, invoice->value(u"account"_s)},
                       {u"reference"_s, reference},
                       {u"description"_s, description},
                       {u"lines"_s, QJsonArray{QJsonValue(QJsonArray{u"create"_s, creditLines})}}};
    if (!invoice->value(u"payment_term"_s).isNull())
        values.insert(u"payment_term"_s, invoice->value(u"payment_term"_s));
    const std::optional<qint64> created = m_steps.create(u"account.invoice"_s, values);
    if (!created)
        return m_steps.failed();
    result.id = QString::number(*created);

    // 4. Exactly the refund's amount, then posted.
    const std::optional<QJsonObject> row = m_steps.readOne(u"account.invoice"_s, *created, noteFields);
    if (!row)
        return m_steps.failed();
    if (std::optional<WriteResult> stop = checkAndPost(*created, *row))
        return *stop;
    return result;
}

} // namespace LedgerLink::Connectors::Tryton
