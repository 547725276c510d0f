#include "connectors/vendure/vendurewriter.h"

#include "connectors/vendure/vendurecanonical.h"
#include "connectors/vendure/venduresession.h"
#include "engine/retrypolicy.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Vendure {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Support::GraphQlCall;

WriteOutcome writeFailure(const QString &message, QList<Net::HttpExchange> exchanges = {})
{
    WriteOutcome outcome;
    outcome.failure = Support::permanentFailure(message);
    outcome.exchanges = std::move(exchanges);
    return outcome;
}

/// The `__typename` ErrorResult of a mutation's union answer, as a failure; nullopt when `result`
/// is the expected type.
std::optional<ConnectorFailure> errorResult(const QJsonObject &result, const QString &what)
{
    if (!result.contains(u"errorCode"_s))
        return std::nullopt;
    return Support::permanentFailure(
        Text::tr("%1 was refused: %2 (%3)")
            .arg(what, result.value(u"message"_s).toString(), result.value(u"errorCode"_s).toString()));
}

} // namespace

VendureWriter::VendureWriter(VendureSession &session, Connector &reader)
    : m_session(session)
    , m_reader(reader)
{ }

std::optional<QJsonObject> VendureWriter::variantInput(const QJsonObject &payload, QString *error) const
{
    static const QStringList known{u"sku"_s,         u"name"_s,    u"price"_s,
                                   u"stockOnHand"_s, u"enabled"_s, u"stockLocationId"_s,
                                   u"productId"_s};
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = Text::tr("a Vendure variant has no field \"%1\" LedgerLink writes (it writes %2)")
                         .arg(it.key(), known.join(u", "_s));
            return std::nullopt;
        }
    }
    QJsonObject input;
    if (payload.contains(u"sku"_s))
        input.insert(u"sku"_s, payload.value(u"sku"_s).toString());
    if (payload.contains(u"enabled"_s))
        input.insert(u"enabled"_s, payload.value(u"enabled"_s).toBool());
    if (payload.contains(u"name"_s)) {
        input.insert(u"translations"_s,
                     QJsonArray{QJsonObject{{u"languageCode"_s, m_session.languageCode()},
                                            {u"name"_s, payload.value(u"name"_s).toString()}}});
    }
    if (payload.contains(u"price"_s)) {
        QString why;
        const std::optional<qint64> units =
            Vendure::minorUnitsOf(payload.value(u"price"_s), m_session.currency(), &why);
        if (!units) {
            *error = u"price: "_s + why;
            return std::nullopt;
        }
        input.insert(u"price"_s, *units);
    }
    if (payload.contains(u"stockOnHand"_s)) {
        const std::optional<Model::Decimal> quantity =
            Model::Decimal::fromJson(payload.value(u"stockOnHand"_s));
        const std::optional<qint64> count = quantity ? quantity->toInt64() : std::nullopt;
        if (!count) {
            *error = Text::tr("stockOnHand: %1 is not a whole number (Vendure counts stock in units)")
                         .arg(quantity ? quantity->toString() : u"the value"_s);
            return std::nullopt;
        }
        QString location = payload.value(u"stockLocationId"_s).toVariant().toString();
        if (location.isEmpty())
            location = m_session.stockLocationId();
        if (location.isEmpty()) {
            *error = Text::tr("stockOnHand: Vendure has %1 stock locations; the payload must name its "
                              "stockLocationId")
                         .arg(m_session.stockLocations());
            return std::nullopt;
        }
        input.insert(u"stockLevels"_s,
                     QJsonArray{QJsonObject{{u"stockLocationId"_s, location}, {u"stockOnHand"_s, *count}}});
    }
    return input;
}

QList<WriteOutcome> VendureWriter::updateVariants(const QList<QJsonObject> &inputs,
                                                  const QList<WriteRequest> &requests,
                                                  QList<Net::HttpExchange> exchanges)
{
    QJsonArray list;
    for (const QJsonObject &input : inputs)
        list.append(input);
    const QString what = inputs.size() == 1
        ? u"mutation updateProductVariants "_s + inputs.first().value(u"id"_s).toString()
        : Text::tr("mutation updateProductVariants (%1 variants)").arg(inputs.size());
    QStringList keys;
    for (const WriteRequest &request : requests)
        keys.append(request.idempotencyKey);
    const GraphQlCall answer =
        m_session.call(what,
                       u"mutation($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: "
                       "$input) { "_s
                           + variantObjectFields() + u" } }"_s,
                       QJsonObject{{u"input"_s, list}}, true, exchanges, keys.join(u' '));
    QList<WriteOutcome> outcomes(inputs.size());
    const QJsonArray results =
        answer.data ? answer.data->value(u"updateProductVariants"_s).toArray() : QJsonArray();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        WriteOutcome &outcome = outcomes[i];
        outcome.exchanges = exchanges;
        if (!answer.data || results.size() != inputs.size() || !results.at(i).isObject()) {
            outcome.failure = answer.failure
                ? answer.failure
                : std::optional(Support::permanentFailure(Text::tr("%1 answered %2 variants for %3.")
                                                              .arg(what)
                                                              .arg(results.size())
                                                              .arg(inputs.size())));
            continue;
        }
        QString error;
        outcome.record = Vendure::vendorRecord(u"variant"_s, results.at(i).toObject(), &error);
        if (!outcome.record)
            outcome.failure = Support::permanentFailure(error);
    }
    return outcomes;
}

WriteOutcome VendureWriter::writeVariant(const WriteRequest &request)
{
    QList<Net::HttpExchange> exchanges;
    if (std::optional<ConnectorFailure> failed = m_session.learnChannel(exchanges)) {
        WriteOutcome outcome;
        outcome.failure = failed;
        outcome.exchanges = exchanges;
        return outcome;
    }
    if (request.payload.contains(u"stockOnHand"_s) && !request.payload.contains(u"stockLocationId"_s)) {
        if (std::optional<ConnectorFailure> failed = m_session.learnStockLocation(exchanges))
            return WriteOutcome{std::nullopt, false, failed, exchanges};
    }
    QString error;
    std::optional<QJsonObject> input = variantInput(request.payload, &error);
    if (!input)
        return writeFailure(Text::tr("Vendure variant %1: %2").arg(request.matchKey, error), exchanges);
    const QJsonValue productId = input->take(u"productId"_s);
    input->remove(u"stockLocationId"_s);

    QString id = request.existingId;
    bool existed = false;
    if (id.isEmpty()) {
        const QString sku =
            request.matchKey.isEmpty() ? request.payload.value(u"sku"_s).toString() : request.matchKey;
        if (sku.isEmpty())
            return writeFailure(Text::tr("A Vendure variant write needs an existing id or a SKU."),
                                exchanges);
        ReadOne found = m_session.findVariant(sku, u"id sku"_s, exchanges);
        exchanges = found.exchanges;
        if (found.failure)
            return WriteOutcome{std::nullopt, false, found.failure, exchanges};
        if (found.record) {
            id = Support::idText(found.record->document.value(u"id"_s)).value_or(QString());
            existed = true;
        } else {
            const QString product =
                Support::idText(request.payload.value(u"productId"_s)).value_or(QString());
            if (product.isEmpty() && request.payload.contains(u"name"_s)
                && request.payload.contains(u"price"_s)) {
                // A SKU the store does not have yet: a product of its own with this one variant
                // (what an ERP's catalog pushed to the store needs).
                WriteRequest productRequest = request;
                productRequest.object = u"product"_s;
                productRequest.matchKey = sku;
                productRequest.payload.insert(u"sku"_s, sku);
                productRequest.payloadJson.clear();
                const WriteOutcome made = writeProduct(productRequest);
                exchanges += made.exchanges;
                if (!made.ok())
                    return WriteOutcome{std::nullopt, false, made.failure, exchanges};
                ReadOne variant = m_session.findVariant(sku, variantObjectFields(), exchanges);
                exchanges = variant.exchanges;
                if (variant.failure || !variant.record)
                    return WriteOutcome{
                        std::nullopt, false,
                        variant.failure.value_or(Support::permanentFailure(
                            Text::tr("Vendure created product %1 for SKU %2 but has no variant "
                                     "with that SKU.")
                                .arg(made.record->id, sku))),
                        exchanges};
                ReadOne created = readOneOf(u"variant"_s, variant.record->document, exchanges);
                return WriteOutcome{created.record, false, created.failure, exchanges};
            }
            if (product.isEmpty()) {
                return writeFailure(
                    Text::tr(
                        "No Vendure variant has the SKU %1, and the payload names neither a productId to "
                        "create it under nor a name and price for a new product.")
                        .arg(sku),
                    exchanges);
            }
            input->insert(u"productId"_s, product);
            input->insert(u"sku"_s, sku);
            if (!input->contains(u"translations"_s))
                input->insert(
                    u"translations"_s,
                    QJsonArray{QJsonObject{{u"languageCode"_s, m_session.languageCode()}, {u"name"_s, sku}}});
            const QString what = u"mutation createProductVariants "_s + sku;
            const GraphQlCall answer = m_session.call(what,
                                                      u"mutation($input: [CreateProductVariantInput!]!) { "
                                                      "createProductVariants(input: $input) { "_s
                                                          + variantObjectFields() + u" } }"_s,
                                                      QJsonObject{{u"input"_s, QJsonArray{*input}}}, true,
                                                      exchanges, request.idempotencyKey);
            if (!answer.data)
                return WriteOutcome{std::nullopt, false, answer.failure, exchanges};
            ReadOne created = readOneOf(
                u"variant"_s, answer.data->value(u"createProductVariants"_s).toArray().first().toObject(),
                exchanges);
            return WriteOutcome{created.record, false, created.failure, exchanges};
        }
    } else if (!productId.isUndefined()) {
        return writeFailure(
            Text::tr("Vendure variant %1: productId is only written when the variant is created.").arg(id),
            exchanges);
    }
    input->insert(u"id"_s, id);
    WriteOutcome outcome = updateVariants({*input}, {request}, exchanges).first();
    outcome.alreadyExisted = existed;
    return outcome;
}

WriteOutcome VendureWriter::writeProduct(const WriteRequest &request)
{
    QList<Net::HttpExchange> exchanges;
    if (std::optional<ConnectorFailure> failed = m_session.learnChannel(exchanges))
        return WriteOutcome{std::nullopt, false, failed, exchanges};
    const QJsonObject &payload = request.payload;
    static const QStringList productKeys{u"name"_s, u"slug"_s, u"description"_s, u"enabled"_s};
    static const QStringList shorthand{u"sku"_s, u"price"_s, u"stockOnHand"_s, u"stockLocationId"_s};
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!productKeys.contains(it.key()) && !shorthand.contains(it.key()) && it.key() != u"variants"_s)
            return writeFailure(
                Text::tr("A Vendure product has no field \"%1\" LedgerLink writes.").arg(it.key()),
                exchanges);
    }
    QJsonObject translation{{u"languageCode"_s, m_session.languageCode()}};
    for (const QString &key : {u"name"_s, u"slug"_s, u"description"_s}) {
        if (payload.contains(key))
            translation.insert(key, payload.value(key).toString());
    }

    if (!request.existingId.isEmpty()) {
        if (payload.contains(u"variants"_s) || payload.contains(u"price"_s)
            || payload.contains(u"stockOnHand"_s) || payload.contains(u"sku"_s)) {
            return writeFailure(
                Text::tr("Vendure product %1: prices, stock and SKUs of an existing product are "
                         "\"variant\" writes.")
                    .arg(request.existingId),
                exchanges);
        }
        QJsonObject input{{u"id"_s, request.existingId}};
        if (payload.contains(u"enabled"_s))
            input.insert(u"enabled"_s, payload.value(u"enabled"_s).toBool());
        if (translation.size() > 1)
            input.insert(u"translations"_s, QJsonArray{translation});
        const GraphQlCall answer =
            m_session.call(u"mutation updateProduct "_s + request.existingId,
                           u"mutation($input: UpdateProductInput!) { updateProduct(input: $input) { "_s
                               + productFields() + u" } }"_s,
                           QJsonObject{{u"input"_s, input}}, true, exchanges, request.idempotencyKey);
        if (!answer.data)
            return WriteOutcome{std::nullopt, false, answer.failure, exchanges};
        const ReadOne updated =
            readOneOf(u"product"_s, answer.data->value(u"updateProduct"_s).toObject(), exchanges);
        return WriteOutcome{updated.record, false, updated.failure, exchanges};
    }

    // A create: the variants (or the single-variant shorthand), each with a SKU and a price.
    QJsonArray variants = payload.value(u"variants"_s).toArray();
    if (variants.isEmpty()) {
        QJsonObject single;
        for (const QString &key : shorthand) {
            if (payload.contains(key))
                single.insert(key, payload.value(key));
        }
        if (payload.contains(u"name"_s))
            single.insert(u"name"_s, payload.value(u"name"_s));
        variants.append(single);
    }
    const QString sku = request.matchKey.isEmpty() ? variants.first().toObject().value(u"sku"_s).toString()
                                                   : request.matchKey;
    if (sku.isEmpty() || payload.value(u"name"_s).toString().isEmpty())
        return writeFailure(Text::tr("A new Vendure product needs a name and a SKU."), exchanges);
    ReadOne found = m_session.findVariant(sku, u"id sku product { "_s + productFields() + u" }"_s, exchanges);
    exchanges = found.exchanges;
    if (found.failure)
        return WriteOutcome{std::nullopt, false, found.failure, exchanges};
    if (found.record) {
        ReadOne existing =
            readOneOf(u"product"_s, found.record->document.value(u"product"_s).toObject(), exchanges);
        return WriteOutcome{existing.record, true, existing.failure, exchanges};
    }
    QJsonArray variantInputs;
    bool needsStock = false;
    for (const QJsonValue &value : std::as_const(variants)) {
        const QJsonObject variant = value.toObject();
        needsStock =
            needsStock || (variant.contains(u"stockOnHand"_s) && !variant.contains(u"stockLocationId"_s));
        if (variant.value(u"sku"_s).toString().isEmpty() || !variant.contains(u"price"_s))
            return writeFailure(Text::tr("Every variant of a new Vendure product needs a sku and a price."),
                                exchanges);
    }
    if (needsStock) {
        if (std::optional<ConnectorFailure> failed = m_session.learnStockLocation(exchanges))
            return WriteOutcome{std::nullopt, false, failed, exchanges};
    }
    for (const QJsonValue &value : std::as_const(variants)) {
        QString error;
        std::optional<QJsonObject> input = variantInput(value.toObject(), &error);
        if (!input)
            return writeFailure(Text::tr("Vendure product %1: %2").arg(sku, error), exchanges);
        input->remove(u"stockLocationId"_s);
        if (!input->contains(u"translations"_s))
            input->insert(u"translations"_s,
                          QJsonArray{QJsonObject{{u"languageCode"_s, m_session.languageCode()},
                                                 {u"name"_s, payload.value(u"name"_s)}}});
        variantInputs.append(*input);
    }
    if (!translation.contains(u"slug"_s))
        translation.insert(u"slug"_s, payload.value(u"name"_s).toString()); // Vendure normalises it
    if (!translation.contains(u"description"_s))
        translation.insert(u"description"_s, QString());
    QJsonObject productInput{{u"translations"_s, QJsonArray{translation}}};
    if (payload.contains(u"enabled"_s))
        productInput.insert(u"enabled"_s, payload.value(u"enabled"_s).toBool());
    const GraphQlCall created =
        m_session.call(u"mutation createProduct "_s + sku,
                       u"mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }"_s,
                       QJsonObject{{u"input"_s, productInput}}, true, exchanges, request.idempotencyKey);
    if (!created.data)
        return WriteOutcome{std::nullopt, false, created.failure, exchanges};
    const QString productId =
        Support::idText(created.data->value(u"createProduct"_s).toObject().value(u"id"_s))
            .value_or(QString());
    for (qsizetype i = 0; i < variantInputs.size(); ++i) {
        QJsonObject input = variantInputs.at(i).toObject();
        input.insert(u"productId"_s, productId);
        variantInputs[i] = input;
    }
    const GraphQlCall withVariants = m_session.call(
        u"mutation createProductVariants "_s + sku,
        u"mutation($input: [CreateProductVariantInput!]!) { createProductVariants(input: $input) { id } }"_s,
        QJsonObject{{u"input"_s, variantInputs}}, true, exchanges, request.idempotencyKey);
    if (!withVariants.data) {
        // A product without its variants cannot be found by SKU: a retry would create a second
        // one. Remove it (best effort) and report the variants' failure.
        (void)m_session.call(u"mutation deleteProduct "_s + productId,
                             u"mutation($id: ID!) { deleteProduct(id: $id) { result message } }"_s,
                             QJsonObject{{u"id"_s, productId}}, true, exchanges);
        return WriteOutcome{std::nullopt, false, withVariants.failure, exchanges};
    }
    ReadOne product = m_reader.readById(u"product"_s, productId);
    exchanges += product.exchanges;
    if (!product.record && !product.failure)
        product.failure = Support::permanentFailure(
            Text::tr("Vendure product %1 vanished after its creation.").arg(productId));
    return WriteOutcome{product.record, false, product.failure, exchanges};
}

WriteOutcome VendureWriter::writeOrderNote(const WriteRequest &request)
{
    QList<Net::HttpExchange> exchanges;
    const QString note = request.payload.value(u"note"_s).toString().trimmed();
    for (auto it = request.payload.begin(); it != request.payload.end(); ++it) {
        if (it.key() != u"note"_s && it.key() != u"isPublic"_s && it.key() != u"code"_s)
            return writeFailure(
                Text::tr("A Vendure order write adds a note: its payload holds \"note\" (and \"isPublic\", "
                         "\"code\"), not \"%1\".")
                    .arg(it.key()));
    }
    if (note.isEmpty())
        return writeFailure(Text::tr("A Vendure order write needs a \"note\"."));
    QString id = request.existingId;
    if (id.isEmpty()) {
        // The order by its code: the write request's match key, else the payload's "code".
        const QString code =
            request.matchKey.isEmpty() ? request.payload.value(u"code"_s).toString() : request.matchKey;
        ReadOne found = m_reader.findByMatchKey(u"order"_s, code);
        exchanges = found.exchanges;
        if (found.failure)
            return WriteOutcome{std::nullopt, false, found.failure, exchanges};
        if (!found.record)
            return writeFailure(Text::tr("Vendure has no placed order %1.").arg(code), exchanges);
        id = found.record->id;
    }
    // A retry after a lost answer must not add the note twice: the order's recent notes first.
    const GraphQlCall history =
        m_session.call(u"query order "_s + id + u" notes"_s,
                       u"query($id: ID!) { order(id: $id) { "_s + orderFields()
                           + u" history(options: { filter: { type: { eq: \"ORDER_NOTE\" } }, "
                             u"sort: { createdAt: DESC }, take: "
                             "100 }) { items { data } } } }"_s,
                       QJsonObject{{u"id"_s, id}}, false, exchanges);
    if (!history.data)
        return WriteOutcome{std::nullopt, false, history.failure, exchanges};
    QJsonObject order = history.data->value(u"order"_s).toObject();
    if (order.isEmpty())
        return writeFailure(Text::tr("Vendure has no order %1.").arg(id), exchanges);
    const QJsonArray notes = order.take(u"history"_s).toObject().value(u"items"_s).toArray();
    const bool present = std::any_of(notes.begin(), notes.end(), [&note](const QJsonValue &entry) {
        return entry.toObject().value(u"data"_s).toObject().value(u"note"_s).toString() == note;
    });
    if (present) {
        ReadOne existing = readOneOf(u"order"_s, order, exchanges);
        return WriteOutcome{existing.record, true, existing.failure, exchanges};
    }
    const QJsonObject input{{u"id"_s, id},
                            {u"note"_s, note},
                            {u"isPublic"_s, request.payload.value(u"isPublic"_s).toBool(false)}};
    const GraphQlCall added =
        m_session.call(u"mutation addNoteToOrder "_s + id,
                       u"mutation($input: AddNoteToOrderInput!) { addNoteToOrder(input: $input) { "_s
                           + orderFields() + u" } }"_s,
                       QJsonObject{{u"input"_s, input}}, true, exchanges, request.idempotencyKey);
    if (!added.data)
        return WriteOutcome{std::nullopt, false, added.failure, exchanges};
    ReadOne written = readOneOf(u"order"_s, added.data->value(u"addNoteToOrder"_s).toObject(), exchanges);
    return WriteOutcome{written.record, false, written.failure, exchanges};
}

WriteOutcome VendureWriter::writeRefund(const WriteRequest &request)
{
    QList<Net::HttpExchange> exchanges;
    const QJsonObject &payload = request.payload;
    if (!request.existingId.isEmpty())
        return writeFailure(
            Text::tr("A Vendure refund cannot be changed once it exists (%1).").arg(request.existingId));
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.key() != u"orderId"_s && it.key() != u"paymentId"_s && it.key() != u"amount"_s
            && it.key() != u"reason"_s && it.key() != u"lines"_s)
            return writeFailure(
                Text::tr("A Vendure refund has no field \"%1\" LedgerLink writes.").arg(it.key()));
    }
    const QString orderId = Support::idText(payload.value(u"orderId"_s)).value_or(QString());
    if (orderId.isEmpty() || !payload.contains(u"amount"_s))
        return writeFailure(Text::tr("A Vendure refund needs an orderId and an amount."));
    const GraphQlCall read =
        m_session.call(u"query order "_s + orderId,
                       u"query($id: ID!) { order(id: $id) { "_s + orderRefundFields() + u" } }"_s,
                       QJsonObject{{u"id"_s, orderId}}, false, exchanges);
    if (!read.data)
        return WriteOutcome{std::nullopt, false, read.failure, exchanges};
    const QJsonObject order = read.data->value(u"order"_s).toObject();
    if (order.isEmpty())
        return writeFailure(Text::tr("Vendure has no order %1.").arg(orderId), exchanges);
    const std::optional<Model::Currency> currency =
        Model::Currency::fromCode(order.value(u"currencyCode"_s).toString());
    QString why;
    const std::optional<qint64> amount =
        Vendure::minorUnitsOf(payload.value(u"amount"_s), currency.value_or(Model::Currency()), &why);
    if (!amount)
        return writeFailure(Text::tr("Vendure refund of order %1: amount: %2").arg(orderId, why), exchanges);

    // The idempotency key travels in the reason: a retry finds the refund it made already.
    const QString marker =
        request.idempotencyKey.isEmpty() ? QString() : u" ["_s + request.idempotencyKey + u']';
    QString paymentId = Support::idText(payload.value(u"paymentId"_s)).value_or(QString());
    QStringList settled;
    for (const QJsonValue &value : order.value(u"payments"_s).toArray()) {
        const QJsonObject payment = value.toObject();
        if (payment.value(u"state"_s).toString() == u"Settled"_s)
            settled.append(Support::idText(payment.value(u"id"_s)).value_or(QString()));
        for (const QJsonValue &refund : payment.value(u"refunds"_s).toArray()) {
            if (!marker.isEmpty() && refund.toObject().value(u"reason"_s).toString().endsWith(marker)) {
                ReadOne existing =
                    readOneOf(u"refund"_s, Vendure::refundOfOrder(refund.toObject(), order), exchanges);
                return WriteOutcome{existing.record, true, existing.failure, exchanges};
            }
        }
    }
    if (paymentId.isEmpty()) {
        if (settled.size() != 1)
            return writeFailure(Text::tr("Vendure order %1 has %2 settled payments: the refund must name its "
                                         "paymentId.")
                                    .arg(orderId)
                                    .arg(settled.size()),
                                exchanges);
        paymentId = settled.first();
    }
    // The refunded lines (what a credit note credits), each {orderLineId, quantity} or {sku,
    // quantity} of a line of the order; Vendure keeps them with the refund, the amount decides.
    QJsonArray lines;
    for (const QJsonValue &value : payload.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        QString lineId = Support::idText(line.value(u"orderLineId"_s)).value_or(QString());
        const QString sku = line.value(u"sku"_s).toString();
        if (lineId.isEmpty() && !sku.isEmpty()) {
            for (const QJsonValue &orderLine : order.value(u"lines"_s).toArray()) {
                if (orderLine.toObject().value(u"productVariant"_s).toObject().value(u"sku"_s).toString()
                    == sku)
                    lineId = Support::idText(orderLine.toObject().value(u"id"_s)).value_or(QString());
            }
        }
        const int quantity = line.value(u"quantity"_s).toInt();
        if (lineId.isEmpty() || quantity <= 0)
            return writeFailure(Text::tr("Vendure refund of order %1: lines[%2] names no line of the order "
                                         "(orderLineId or sku) with a positive quantity.")
                                    .arg(orderId)
                                    .arg(lines.size()),
                                exchanges);
        lines.append(QJsonObject{{u"orderLineId"_s, lineId}, {u"quantity"_s, quantity}});
    }
    // Vendure 3.7.3 still stores the deprecated lines/shipping/adjustment (NOT NULL): zeros.
    const QJsonObject input{{u"paymentId"_s, paymentId},
                            {u"amount"_s, QJsonValue(*amount)},
                            {u"reason"_s, QString(payload.value(u"reason"_s).toString() + marker)},
                            {u"lines"_s, lines},
                            {u"shipping"_s, 0},
                            {u"adjustment"_s, 0}};
    const QString what = u"mutation refundOrder "_s + orderId;
    const GraphQlCall refunded =
        m_session.call(what,
                       u"mutation($input: RefundOrderInput!) { refundOrder(input: $input) { "
                       "__typename ... on Refund { "_s
                           + refundFields() + u" } ... on ErrorResult { errorCode message } } }"_s,
                       QJsonObject{{u"input"_s, input}}, true, exchanges, request.idempotencyKey);
    if (!refunded.data)
        return WriteOutcome{std::nullopt, false, refunded.failure, exchanges};
    QJsonObject refund = refunded.data->value(u"refundOrder"_s).toObject();
    if (std::optional<ConnectorFailure> refused = errorResult(refund, what))
        return WriteOutcome{std::nullopt, false, refused, exchanges};
    refund.remove(u"__typename"_s);
    ReadOne written = readOneOf(u"refund"_s, Vendure::refundOfOrder(refund, order), exchanges);
    return WriteOutcome{written.record, false, written.failure, exchanges};
}

WriteOutcome VendureWriter::write(const WriteRequest &request)
{
    if (request.object == u"variant"_s)
        return writeVariant(request);
    if (request.object == u"product"_s)
        return writeProduct(request);
    if (request.object == u"order"_s)
        return writeOrderNote(request);
    if (request.object == u"refund"_s)
        return writeRefund(request);
    return writeFailure(Text::tr("LedgerLink does not write Vendure \"%1\" records.").arg(request.object));
}

QList<WriteOutcome> VendureWriter::writeBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes(requests.size());
    QList<qsizetype> batched; // variant updates
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const WriteRequest &request = requests.at(i);
        const bool update = request.object == u"variant"_s && !request.payload.contains(u"productId"_s)
            && (!request.existingId.isEmpty() || !request.matchKey.isEmpty());
        if (update)
            batched.append(i);
        else
            outcomes[i] = write(request);
    }
    if (batched.isEmpty())
        return outcomes;
    QList<Net::HttpExchange> exchanges;
    const bool needsStock = std::any_of(batched.cbegin(), batched.cend(), [&requests](qsizetype i) {
        const QJsonObject &payload = requests.at(i).payload;
        return payload.contains(u"stockOnHand"_s) && !payload.contains(u"stockLocationId"_s);
    });
    std::optional<ConnectorFailure> failed = m_session.learnChannel(exchanges);
    if (!failed && needsStock)
        failed = m_session.learnStockLocation(exchanges);
    if (failed) {
        for (const qsizetype i : std::as_const(batched))
            outcomes[i] = WriteOutcome{std::nullopt, false, failed, exchanges};
        return outcomes;
    }
    for (qsizetype start = 0; start < batched.size(); start += maxBatch) {
        const QList<qsizetype> chunk = batched.mid(start, maxBatch);
        // The SKUs without an id, looked up together.
        QStringList skus;
        for (const qsizetype i : chunk) {
            if (requests.at(i).existingId.isEmpty())
                skus.append(requests.at(i).matchKey);
        }
        QHash<QString, QStringList> idsBySku;
        QList<Net::HttpExchange> chunkExchanges = exchanges;
        if (!skus.isEmpty()) {
            const QJsonObject options{
                {u"filter"_s, condition(u"sku"_s, {{u"in"_s, QJsonArray::fromStringList(skus)}})},
                {u"take"_s, int(skus.size()) * 2 + 10}};
            const GraphQlCall found =
                m_session.call(Text::tr("query productVariants (%1 SKUs)").arg(skus.size()),
                               u"query($options: ProductVariantListOptions) { "
                               u"productVariants(options: $options) { items { id "
                               "sku } } }"_s,
                               QJsonObject{{u"options"_s, options}}, false, chunkExchanges);
            if (!found.data) {
                for (const qsizetype i : chunk)
                    outcomes[i] = WriteOutcome{std::nullopt, false, found.failure, chunkExchanges};
                continue;
            }
            for (const QJsonValue &item :
                 found.data->value(u"productVariants"_s).toObject().value(u"items"_s).toArray()) {
                const QJsonObject variant = item.toObject();
                idsBySku[variant.value(u"sku"_s).toString()].append(
                    Support::idText(variant.value(u"id"_s)).value_or(QString()));
            }
        }
        QList<QJsonObject> inputs;
        QList<WriteRequest> sent;
        QList<qsizetype> positions;
        for (const qsizetype i : chunk) {
            const WriteRequest &request = requests.at(i);
            QString id = request.existingId;
            if (id.isEmpty()) {
                const QStringList ids = idsBySku.value(request.matchKey);
                if (ids.size() > 1) {
                    outcomes[i] =
                        writeFailure(Text::tr("SKU %1 is used by %2 variants (ids %3) in Vendure: make it "
                                              "unique there; LedgerLink will not guess which one.")
                                         .arg(request.matchKey)
                                         .arg(ids.size())
                                         .arg(ids.join(u", "_s)),
                                     chunkExchanges);
                    continue;
                }
                if (ids.isEmpty()) {
                    // A SKU the store does not have: what a single write does with it (a new
                    // product from a name and a price, or the reason it cannot).
                    outcomes[i] = write(request);
                    continue;
                }
                id = ids.first();
            }
            QString error;
            std::optional<QJsonObject> input = variantInput(request.payload, &error);
            if (!input) {
                outcomes[i] = writeFailure(Text::tr("Vendure variant %1: %2").arg(id, error), chunkExchanges);
                continue;
            }
            input->remove(u"stockLocationId"_s);
            input->insert(u"id"_s, id);
            inputs.append(*input);
            sent.append(request);
            positions.append(i);
        }
        if (inputs.isEmpty())
            continue;
        QList<WriteOutcome> results = updateVariants(inputs, sent, chunkExchanges);
        const bool refusedAsWhole =
            inputs.size() > 1
            && std::all_of(results.cbegin(), results.cend(), [](const WriteOutcome &outcome) {
                   return outcome.failure && !Engine::RetryPolicy::isTransient(outcome.failure->outcome);
               });
        if (refusedAsWhole) {
            // One bad element fails the whole mutation: write them one by one to find it.
            for (qsizetype k = 0; k < inputs.size(); ++k)
                results[k] = updateVariants({inputs.at(k)}, {sent.at(k)}, results.at(k).exchanges).first();
        }
        for (qsizetype k = 0; k < positions.size(); ++k) {
            results[k].alreadyExisted = requests.at(positions.at(k)).existingId.isEmpty();
            outcomes[positions.at(k)] = results.at(k);
        }
    }
    return outcomes;
}

} // namespace LedgerLink::Connectors::Vendure
