#include "connectors/tryton/trytonwriter.h"

#include "connectors/connectorsupport.h"
#include "connectors/tryton/trytonorderwriter.h"
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

/// The address fields of a party payload, as Tryton names them.
struct AddressFields
{
    QString name;
    QString street;
    QString city;
    QString postalCode;
    QString country;
    bool isEmpty() const
    {
        return street.isEmpty() && city.isEmpty() && postalCode.isEmpty() && country.isEmpty();
    }
};

AddressFields addressOf(FieldReader &reader, const QJsonObject &payload, const QString &path)
{
    AddressFields address;
    address.street = reader.text(payload.value(u"street"_s), fieldPath(path, u"street")).trimmed();
    address.city = reader.text(payload.value(u"city"_s), fieldPath(path, u"city")).trimmed();
    address.postalCode =
        reader.text(payload.value(u"postal_code"_s), fieldPath(path, u"postal_code")).trimmed();
    address.country =
        reader.text(payload.value(u"country"_s), fieldPath(path, u"country")).trimmed().toUpper();
    return address;
}

} // namespace

std::optional<Decimal> payloadAmount(FieldReader &reader, const QJsonValue &value, const QString &path,
                                     bool allowZero)
{
    const std::optional<Decimal> number = reader.decimal(value, path, true);
    if (number && (number->signum() < 0 || (!allowZero && number->isZero()))) {
        reader.fail(path,
                    allowZero ? Text::tr("%1 is negative").arg(number->toString())
                              : Text::tr("%1 is not above zero").arg(number->toString()));
        return std::nullopt;
    }
    return number;
}

QDate payloadDate(FieldReader &reader, const QJsonValue &value, const QString &path)
{
    const QString text = reader.text(value, path);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        reader.fail(path, Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return date;
}

QJsonValue floatValue(const Decimal &value)
{
    if (const std::optional<qint64> integer = value.toInt64())
        return *integer;
    return value.toString().toDouble();
}

TrytonWriter::TrytonWriter(TrytonRpc &rpc, QList<Net::HttpExchange> &exchanges, QString idempotencyKey)
    : m_rpc(rpc)
    , m_exchanges(exchanges)
    , m_idempotencyKey(std::move(idempotencyKey))
{ }

WriteResult TrytonWriter::write(const QString &object, const QJsonObject &payload, const QString &existingId)
{
    // Log in first: the company (every create names it) is known from then on.
    if (std::optional<ConnectorFailure> failure = m_rpc.ensureLoggedIn(m_exchanges))
        return WriteResult{{}, false, failure};
    if (object == u"sale"_s)
        return TrytonOrderWriter(*this).sale(payload, existingId);
    if (object == u"credit_note"_s)
        return TrytonOrderWriter(*this).creditNote(payload, existingId);
    if (object == u"product"_s)
        return product(payload, existingId);
    if (object == u"stock"_s)
        return stock(payload, existingId);
    if (object == u"party"_s)
        return party(payload, existingId);
    if (object == u"payment"_s)
        return payment(payload, existingId);
    return failed(Text::tr("Tryton cannot write \"%1\" records (it writes sale, credit_note, product, stock, "
                           "party and payment).")
                      .arg(object));
}

WriteResult TrytonWriter::failed(const QString &message) const
{
    WriteResult result;
    if (!message.isEmpty())
        result.failure = Support::permanentFailure(message);
    else if (m_failure)
        result.failure = m_failure;
    else
        result.failure = Support::permanentFailure(Text::tr("The Tryton write failed."));
    return result;
}

std::optional<QJsonValue> TrytonWriter::call(const QString &method, const QJsonArray &params,
                                             const QJsonObject &context)
{
    CallResult result = m_rpc.call(method, params, m_exchanges, context, m_idempotencyKey);
    if (result.failure) {
        m_failure = result.failure;
        return std::nullopt;
    }
    return result.value;
}

std::optional<QList<qint64>> TrytonWriter::search(const QString &model, const QJsonArray &domain, int limit,
                                                  const QJsonArray &order)
{
    const std::optional<QJsonValue> found =
        call(u"model."_s + model + u".search"_s,
             QJsonArray{domain, 0, limit > 0 ? QJsonValue(limit) : QJsonValue(QJsonValue::Null),
                        order.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(order)});
    if (!found)
        return std::nullopt;
    return idsOf(*found);
}

std::optional<QJsonArray> TrytonWriter::read(const QString &model, const QList<qint64> &ids,
                                             const QStringList &fields, const QJsonObject &context)
{
    QJsonArray idArray;
    for (const qint64 id : ids)
        idArray.append(id);
    const std::optional<QJsonValue> rows = call(
        u"model."_s + model + u".read"_s, QJsonArray{idArray, QJsonArray::fromStringList(fields)}, context);
    if (!rows)
        return std::nullopt;
    return rows->toArray();
}

std::optional<QJsonObject> TrytonWriter::readOne(const QString &model, qint64 id, const QStringList &fields,
                                                 const QJsonObject &context)
{
    const std::optional<QJsonArray> rows = read(model, {id}, fields, context);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        m_failure = Support::permanentFailure(Text::tr("Tryton has no %1 with id %2.").arg(model).arg(id));
        return std::nullopt;
    }
    return rows->first().toObject();
}

std::optional<qint64> TrytonWriter::create(const QString &model, const QJsonObject &values)
{
    const std::optional<QJsonValue> created =
        call(u"model."_s + model + u".create"_s, QJsonArray{QJsonValue(QJsonArray{values})});
    if (!created)
        return std::nullopt;
    const QList<qint64> ids = idsOf(*created);
    if (ids.size() != 1) {
        m_failure = Support::permanentFailure(
            Text::tr("Tryton's %1.create answered without the new record's id.").arg(model));
        return std::nullopt;
    }
    return ids.first();
}

qint64 TrytonWriter::companyId() const
{
    return m_rpc.companyId();
}

bool TrytonWriter::writeValues(const QString &model, qint64 id, const QJsonObject &values)
{
    if (values.isEmpty())
        return true;
    return call(u"model."_s + model + u".write"_s, QJsonArray{QJsonArray{id}, values}).has_value();
}

bool TrytonWriter::button(const QString &model, const QString &method, qint64 id)
{
    return call(u"model."_s + model + u'.' + method, QJsonArray{QJsonValue(QJsonArray{id})}).has_value();
}

std::optional<qint64> TrytonWriter::currency(const QString &code, const QString &path)
{
    const QString key = u"currency:"_s + code;
    if (m_ids.contains(key))
        return m_ids.value(key);
    const std::optional<QList<qint64>> ids =
        search(u"currency.currency"_s, {clause(u"code"_s, u"="_s, code)}, 1);
    if (!ids)
        return std::nullopt;
    if (ids->isEmpty()) {
        m_failure = Support::permanentFailure(
            Text::tr("%1: Tryton has no currency %2: add it (Currency › Currencies) with its rates.")
                .arg(path, code));
        return std::nullopt;
    }
    m_ids.insert(key, ids->first());
    return ids->first();
}

std::optional<qint64> TrytonWriter::country(const QString &code, const QString &path)
{
    const QString key = u"country:"_s + code;
    if (m_ids.contains(key))
        return m_ids.value(key);
    const std::optional<QList<qint64>> ids =
        search(u"country.country"_s, {clause(u"code"_s, u"="_s, code)}, 1);
    if (!ids)
        return std::nullopt;
    if (ids->isEmpty()) {
        m_failure =
            Support::permanentFailure(Text::tr("%1: Tryton has no country with the code %2: import the "
                                               "countries (trytond_import_countries) or add it.")
                                          .arg(path, code));
        return std::nullopt;
    }
    m_ids.insert(key, ids->first());
    return ids->first();
}

std::optional<qint64> TrytonWriter::paymentMethod(const QString &name, const QString &path)
{
    const std::optional<QList<qint64>> ids =
        search(u"account.invoice.payment.method"_s,
               {clause(u"name"_s, u"="_s, name), clause(u"company"_s, u"="_s, m_rpc.companyId())}, 1);
    if (!ids)
        return std::nullopt;
    if (ids->isEmpty()) {
        m_failure =
            Support::permanentFailure(Text::tr("%1: Tryton has no invoice payment method \"%2\": add it "
                                               "(Financial › Configuration › Payment Methods) or map the "
                                               "store's gateway to an existing one.")
                                          .arg(path, name));
        return std::nullopt;
    }
    return ids->first();
}

std::optional<QJsonObject> TrytonWriter::warehouse(const QString &code, const QString &path)
{
    QJsonArray domain{QJsonValue(clause(u"type"_s, u"="_s, u"warehouse"_s))};
    if (!code.isEmpty())
        domain.append(clause(u"code"_s, u"="_s, code));
    const std::optional<QList<qint64>> ids =
        search(u"stock.location"_s, domain, 1, QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
    if (!ids)
        return std::nullopt;
    if (ids->isEmpty()) {
        m_failure = Support::permanentFailure(
            code.isEmpty() ? Text::tr("%1: Tryton has no warehouse.").arg(path)
                           : Text::tr("%1: Tryton has no warehouse with the code %2.").arg(path, code));
        return std::nullopt;
    }
    return readOne(u"stock.location"_s, ids->first(), {u"code"_s, u"name"_s, u"storage_location"_s});
}

std::optional<TrytonWriter::ProductInfo> TrytonWriter::productByCode(const QString &code, const QString &path)
{
    const std::optional<QList<qint64>> ids = search(u"product.product"_s, {clause(u"code"_s, u"="_s, code)},
                                                    1, QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
    if (!ids)
        return std::nullopt;
    if (ids->isEmpty()) {
        m_failure = Support::permanentFailure(
            Text::tr("%1: Tryton has no product with the code (SKU) \"%2\": create it in Tryton or sync the "
                     "product first.")
                .arg(path, code));
        return std::nullopt;
    }
    const std::optional<QJsonObject> row =
        readOne(u"product.product"_s, ids->first(), {u"name"_s, u"default_uom"_s});
    if (!row)
        return std::nullopt;
    return ProductInfo{ids->first(), row->value(u"default_uom"_s).toInteger(),
                       row->value(u"name"_s).toString()};
}

std::optional<TrytonWriter::PartyRef> TrytonWriter::ensureParty(const QJsonObject &payload,
                                                                const QString &path, const QString &prefix,
                                                                bool update, bool *created)
{
    FieldReader reader;
    const QString email = reader.text(payload.value(u"email"_s), fieldPath(path, u"email")).trimmed();
    QString name = reader.text(payload.value(u"name"_s), fieldPath(path, u"name")).trimmed();
    const QString phone = reader.text(payload.value(u"phone"_s), fieldPath(path, u"phone")).trimmed();
    AddressFields address = addressOf(reader, payload, path);
    address.name = reader.text(payload.value(u"address_name"_s), fieldPath(path, u"address_name")).trimmed();
    if (reader.ok() && email.isEmpty())
        reader.fail(fieldPath(path, u"email"),
                    Text::tr("the e-mail address (the customer's match key) is missing"));
    if (!reader.ok()) {
        m_failure = Support::permanentFailure(prefix + u": "_s + reader.error());
        return std::nullopt;
    }
    if (name.isEmpty())
        name = email;
    std::optional<qint64> countryId;
    if (!address.country.isEmpty()) {
        countryId = country(address.country, prefix + u", "_s + fieldPath(path, u"country"));
        if (!countryId)
            return std::nullopt;
    }
    const QJsonArray byEmail{
        QJsonValue(QJsonArray{u"contact_mechanisms"_s, u"where"_s,
                              QJsonArray{clause(u"type"_s, u"="_s, u"email"_s),
                                         clause(u"value"_s, u"ilike"_s, likeLiteral(email))}})};
    const std::optional<QList<qint64>> found =
        search(u"party.party"_s, byEmail, 1, QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
    if (!found)
        return std::nullopt;
    const auto addressValues = [&] {
        QJsonObject values{
            {u"street"_s, address.street}, {u"city"_s, address.city}, {u"postal_code"_s, address.postalCode}};
        if (!address.name.isEmpty())
            values.insert(u"name"_s, address.name);
        if (countryId)
            values.insert(u"country"_s, *countryId);
        return values;
    };
    PartyRef ref;
    if (found->isEmpty()) {
        QJsonArray mechanisms{QJsonObject{{u"type"_s, u"email"_s}, {u"value"_s, email}}};
        if (!phone.isEmpty())
            mechanisms.append(QJsonObject{{u"type"_s, u"phone"_s}, {u"value"_s, phone}});
        QJsonObject values{
            {u"name"_s, name},
            {u"contact_mechanisms"_s, QJsonArray{QJsonValue(QJsonArray{u"create"_s, mechanisms})}}};
        if (!address.isEmpty())
            values.insert(u"addresses"_s,
                          QJsonArray{QJsonValue(QJsonArray{u"create"_s, QJsonArray{addressValues()}})});
        const std::optional<qint64> party = create(u"party.party"_s, values);
        if (!party)
            return std::nullopt;
        ref.party = *party;
        if (created)
            *created = true;
    } else {
        ref.party = found->first();
        if (update) {
            const std::optional<QJsonObject> row =
                readOne(u"party.party"_s, ref.party, {u"name"_s, u"phone"_s});
            if (!row)
                return std::nullopt;
            QJsonObject values;
            if (!payload.value(u"name"_s).toString().isEmpty() && row->value(u"name"_s).toString() != name)
                values.insert(u"name"_s, name);
            if (!phone.isEmpty() && row->value(u"phone"_s).toString() != phone)
                values.insert(u"contact_mechanisms"_s,
                              QJsonArray{QJsonValue(QJsonArray{
                                  u"create"_s,
                                  QJsonArray{QJsonObject{{u"type"_s, u"phone"_s}, {u"value"_s, phone}}}})});
            if (!writeValues(u"party.party"_s, ref.party, values))
                return std::nullopt;
        }
    }
    // The address the payload names: the party's own when one is the same, else a new one.
    const std::optional<QList<qint64>> addresses =
        search(u"party.address"_s, {clause(u"party"_s, u"="_s, ref.party)}, 0,
               QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
    if (!addresses)
        return std::nullopt;
    if (!addresses->isEmpty()) {
        const std::optional<QJsonArray> rows = read(
            u"party.address"_s, *addresses, {u"street"_s, u"city"_s, u"postal_code"_s, u"country.code"_s});
        if (!rows)
            return std::nullopt;
        for (const QJsonValue &value : *rows) {
            const QJsonObject row = value.toObject();
            const bool same = address.isEmpty()
                || (row.value(u"street"_s).toString().trimmed() == address.street
                    && row.value(u"city"_s).toString().trimmed() == address.city
                    && row.value(u"postal_code"_s).toString().trimmed() == address.postalCode
                    && (address.country.isEmpty()
                        || row.value(u"country."_s).toObject().value(u"code"_s).toString()
                            == address.country));
            if (same) {
                ref.address = row.value(u"id"_s).toInteger();
                break;
            }
        }
    }
    if (ref.address == 0) {
        QJsonObject values = addressValues();
        values.insert(u"party"_s, ref.party);
        const std::optional<qint64> added = create(u"party.address"_s, values);
        if (!added)
            return std::nullopt;
        ref.address = *added;
    }
    return ref;
}

std::optional<qint64> TrytonWriter::paymentLineOf(qint64 invoice, const QString &description)
{
    const std::optional<QList<qint64>> ids = search(
        u"account.move.line"_s,
        {clause(u"invoice_payment"_s, u"="_s, invoice), clause(u"move_description"_s, u"="_s, description)},
        1);
    if (!ids)
        return std::nullopt;
    return ids->isEmpty() ? 0 : ids->first();
}

bool TrytonWriter::pay(qint64 invoice, const Decimal &amount, qint64 method, QDate date,
                       const QString &description, qint64 *paymentLine, bool *alreadyPaid)
{
    const std::optional<qint64> earlier = paymentLineOf(invoice, description);
    if (!earlier)
        return false;
    if (*earlier > 0) {
        if (paymentLine)
            *paymentLine = *earlier;
        if (alreadyPaid)
            *alreadyPaid = true;
        return true;
    }
    const std::optional<QJsonObject> row =
        readOne(u"account.invoice"_s, invoice,
                {u"state"_s, u"number"_s, u"amount_to_pay"_s, u"currency"_s, u"currency_digits"_s});
    if (!row)
        return false;
    const QString state = row->value(u"state"_s).toString();
    const QString number = row->value(u"number"_s).toString();
    if (state == u"paid"_s) {
        if (alreadyPaid)
            *alreadyPaid = true;
        return true;
    }
    if (state != u"posted"_s) {
        m_failure = Support::permanentFailure(
            Text::tr("Tryton invoice %1 is %2, not posted: it cannot be paid.").arg(number, state));
        return false;
    }
    const Decimal toPay = decimalOf(row->value(u"amount_to_pay"_s)).value_or(Decimal());
    if (amount > toPay) {
        m_failure = Support::permanentFailure(Text::tr("The payment of %1 is more than the %2 left to pay on "
                                                       "Tryton invoice %3.")
                                                  .arg(amount.toString(), toPay.toString(), number));
        return false;
    }
    const QJsonObject context{{u"active_model"_s, u"account.invoice"_s},
                              {u"active_id"_s, invoice},
                              {u"active_ids"_s, QJsonArray{invoice}}};
    const std::optional<QJsonValue> session = call(u"wizard.account.invoice.pay.create"_s, {}, context);
    if (!session)
        return false;
    const qint64 sessionId = session->toArray().first().toInteger();
    const QJsonObject start{{u"amount"_s, decimalValue(amount)},
                            {u"currency"_s, row->value(u"currency"_s)},
                            {u"currency_digits"_s, row->value(u"currency_digits"_s)},
                            {u"payment_method"_s, method},
                            {u"date"_s, dateValue(date)},
                            {u"description"_s, description}};
    // The whole amount goes through "choice" (Tryton reconciles and marks the invoice paid); a
    // part is booked straight through "pay" as a partial payment (as is a whole amount Tryton
    // cannot reconcile at once, when "choice" asks how).
    const bool whole = amount == toPay;
    std::optional<QJsonValue> answer;
    if (whole)
        answer = call(u"wizard.account.invoice.pay.execute"_s,
                      QJsonArray{sessionId, QJsonObject{{u"start"_s, start}}, u"choice"_s}, context);
    if (!whole || (answer && answer->toObject().contains(u"view"_s))) {
        answer = call(
            u"wizard.account.invoice.pay.execute"_s,
            QJsonArray{sessionId,
                       QJsonObject{{u"start"_s, start}, {u"ask"_s, QJsonObject{{u"type"_s, u"partial"_s}}}},
                       u"pay"_s},
            context);
    }
    const std::optional<ConnectorFailure> failure = answer ? std::nullopt : m_failure;
    // The wizard's session is Tryton's bookkeeping only; a failure to delete it changes nothing.
    m_rpc.call(u"wizard.account.invoice.pay.delete"_s, QJsonArray{sessionId}, m_exchanges, context);
    if (failure) {
        m_failure = failure;
        return false;
    }
    if (paymentLine) {
        const std::optional<qint64> line = paymentLineOf(invoice, description);
        if (!line)
            return false;
        *paymentLine = *line;
    }
    return true;
}

WriteResult TrytonWriter::product(const QJsonObject &payload, const QString &existingId)
{
    FieldReader reader;
    const QString code = reader.text(payload.value(u"code"_s), u"code"_s).trimmed();
    if (reader.ok() && code.isEmpty())
        return failed(Text::tr("Tryton product: code: the SKU is missing."));
    const QString prefix = Text::tr("Tryton product \"%1\"").arg(code);
    const QString name = reader.text(payload.value(u"name"_s), u"name"_s).trimmed();
    const bool hasListPrice = payload.contains(u"list_price"_s);
    const std::optional<Decimal> listPrice = hasListPrice
        ? payloadAmount(reader, payload.value(u"list_price"_s), u"list_price"_s, true)
        : std::nullopt;
    const bool hasCostPrice = payload.contains(u"cost_price"_s);
    const std::optional<Decimal> costPrice = hasCostPrice
        ? payloadAmount(reader, payload.value(u"cost_price"_s), u"cost_price"_s, true)
        : std::nullopt;
    const QString description = reader.text(payload.value(u"description"_s), u"description"_s);
    const QString type = reader.text(payload.value(u"type"_s), u"type"_s);
    const QString categoryName = reader.text(payload.value(u"category"_s), u"category"_s);
    const QString uomSymbol = reader.text(payload.value(u"uom"_s), u"uom"_s);
    const QJsonValue salableValue = payload.value(u"salable"_s);
    if (!salableValue.isUndefined() && !salableValue.isNull() && !salableValue.isBool())
        reader.fail(u"salable"_s, Text::tr("not true or false"));
    if (!reader.ok())
        return failed(prefix + u": "_s + reader.error());

    WriteResult result;
    std::optional<qint64> productId;
    if (!existingId.isEmpty()) {
        productId = idOf(existingId);
        if (!productId)
            return failed(Text::tr("\"%1\" is not a Tryton product id.").arg(existingId));
    } else {
        const std::optional<QList<qint64>> found =
            search(u"product.product"_s, {clause(u"code"_s, u"="_s, code)}, 1,
                   QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
        if (!found)
            return failed();
        if (!found->isEmpty()) {
            productId = found->first();
            result.alreadyExisted = true;
        }
    }
    if (productId) {
        const std::optional<QJsonObject> row =
            readOne(u"product.product"_s, *productId,
                    {u"code"_s, u"template"_s, u"cost_price"_s, u"description"_s, u"name"_s, u"list_price"_s,
                     u"template.salable"_s});
        if (!row)
            return failed();
        if (row->value(u"code"_s).toString() != code) {
            return failed(
                Text::tr("%1: Tryton product %2 has the code \"%3\": LedgerLink does not change the SKU "
                         "of an existing product.")
                    .arg(prefix)
                    .arg(*productId)
                    .arg(row->value(u"code"_s).toString()));
        }
        // Only what differs is written: an unchanged write would count as a change when polled.
        QJsonObject templateValues;
        if (!name.isEmpty() && row->value(u"name"_s).toString() != name)
            templateValues.insert(u"name"_s, name);
        if (listPrice && decimalOf(row->value(u"list_price"_s)) != listPrice)
            templateValues.insert(u"list_price"_s, decimalValue(*listPrice));
        const QJsonValue salableNow = row->value(u"template."_s).toObject().value(u"salable"_s);
        if (salableValue.isBool()
            && (salableNow.isBool() ? salableNow.toBool() : salableNow.toInt() != 0) != salableValue.toBool())
            templateValues.insert(u"salable"_s, salableValue.toBool());
        if (!writeValues(u"product.template"_s, row->value(u"template"_s).toInteger(), templateValues))
            return failed();
        QJsonObject productValues;
        if (costPrice && decimalOf(row->value(u"cost_price"_s)) != costPrice)
            productValues.insert(u"cost_price"_s, decimalValue(*costPrice));
        if (payload.contains(u"description"_s) && row->value(u"description"_s).toString() != description)
            productValues.insert(u"description"_s, description);
        if (!writeValues(u"product.product"_s, *productId, productValues))
            return failed();
        result.id = QString::number(*productId);
        return result;
    }

    if (name.isEmpty())
        return failed(prefix + u": "_s + Text::tr("name: a new product needs a name"));
    if (!listPrice)
        return failed(prefix + u": "_s + Text::tr("list_price: a new product needs a list price"));
    const std::optional<QList<qint64>> uoms =
        search(u"product.uom"_s, {clause(u"symbol"_s, u"="_s, uomSymbol.isEmpty() ? u"u"_s : uomSymbol)}, 1);
    if (!uoms)
        return failed();
    if (uoms->isEmpty())
        return failed(Text::tr("%1: uom: Tryton has no unit with the symbol \"%2\".").arg(prefix, uomSymbol));
    const QJsonArray categoryDomain = categoryName.isEmpty()
        ? QJsonArray{QJsonValue(clause(u"accounting"_s, u"="_s, true))}
        : QJsonArray{QJsonValue(clause(u"name"_s, u"="_s, categoryName))};
    const std::optional<QList<qint64>> categories = search(
        u"product.category"_s, categoryDomain, 1, QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
    if (!categories)
        return failed();
    if (categories->isEmpty()) {
        return failed(
            categoryName.isEmpty()
                ? Text::tr("%1: Tryton has no product category with accounts to sell the product with: "
                           "add one (Product › Categories, \"Accounting\").")
                      .arg(prefix)
                : Text::tr("%1: category: Tryton has no product category \"%2\".").arg(prefix, categoryName));
    }
    const bool salable = salableValue.isBool() ? salableValue.toBool() : true;
    QJsonObject variant{{u"suffix_code"_s, QString()}};
    if (costPrice)
        variant.insert(u"cost_price"_s, decimalValue(*costPrice));
    if (!description.isEmpty())
        variant.insert(u"description"_s, description);
    QJsonObject values{{u"name"_s, name},
                       {u"code"_s, code},
                       {u"type"_s, type.isEmpty() ? u"goods"_s : type},
                       {u"default_uom"_s, uoms->first()},
                       {u"salable"_s, salable},
                       {u"list_price"_s, decimalValue(*listPrice)},
                       {u"account_category"_s, categories->first()},
                       {u"products"_s, QJsonArray{QJsonValue(QJsonArray{u"create"_s, QJsonArray{variant}})}}};
    if (salable)
        values.insert(u"sale_uom"_s, uoms->first());
    const std::optional<qint64> templateId = create(u"product.template"_s, values);
    if (!templateId)
        return failed();
    const std::optional<QList<qint64>> created =
        search(u"product.product"_s, {clause(u"template"_s, u"="_s, *templateId)}, 1);
    if (!created)
        return failed();
    if (created->isEmpty())
        return failed(
            Text::tr("%1: Tryton created the template %2 without a variant.").arg(prefix).arg(*templateId));
    result.id = QString::number(created->first());
    return result;
}

WriteResult TrytonWriter::stock(const QJsonObject &payload, const QString &existingId)
{
    FieldReader reader;
    QString code = reader.text(payload.value(u"code"_s), u"code"_s).trimmed();
    QString warehouseCode = reader.text(payload.value(u"warehouse"_s), u"warehouse"_s).trimmed();
    const std::optional<Decimal> target = reader.decimal(payload.value(u"quantity"_s), u"quantity"_s, true);
    std::optional<qint64> productId;
    std::optional<qint64> warehouseId;
    if (!existingId.isEmpty()) {
        const QStringList parts = existingId.split(u':');
        productId = idOf(parts.value(0));
        warehouseId = idOf(parts.value(1));
        if (parts.size() != 2 || !productId || !warehouseId)
            return failed(
                Text::tr("\"%1\" is not a Tryton stock id (<product id>:<warehouse id>).").arg(existingId));
    } else if (reader.ok() && code.isEmpty()) {
        reader.fail(u"code"_s, Text::tr("the SKU is missing"));
    }
    const QString prefix = Text::tr("Tryton stock of \"%1\"").arg(code.isEmpty() ? existingId : code);
    if (!reader.ok())
        return failed(prefix + u": "_s + reader.error());

    if (!productId) {
        const std::optional<ProductInfo> info = productByCode(code, prefix);
        if (!info)
            return failed();
        productId = info->id;
    }
    std::optional<QJsonObject> store;
    if (warehouseId)
        store = readOne(u"stock.location"_s, *warehouseId,
                        {u"code"_s, u"name"_s, u"storage_location"_s, u"type"_s});
    else
        store = warehouse(warehouseCode, prefix + u", warehouse"_s);
    if (!store)
        return failed();
    const qint64 location = store->value(u"id"_s).toInteger();
    const QJsonObject inWarehouse{{u"locations"_s, QJsonArray{location}}};
    const std::optional<QJsonObject> row =
        readOne(u"product.product"_s, *productId, {u"code"_s, u"quantity"_s, u"default_uom"_s}, inWarehouse);
    if (!row)
        return failed();
    const Decimal current = decimalOf(row->value(u"quantity"_s)).value_or(Decimal());
    const Decimal difference = *target - current;
    if (!difference.isZero()) {
        const std::optional<QList<qint64>> lostFound =
            search(u"stock.location"_s, {clause(u"type"_s, u"="_s, u"lost_found"_s)}, 1,
                   QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
        if (!lostFound)
            return failed();
        if (lostFound->isEmpty())
            return failed(
                Text::tr("%1: Tryton has no lost-and-found location to book the difference.").arg(prefix));
        const QJsonValue storage = store->value(u"storage_location"_s);
        const bool more = difference.signum() > 0;
        const QJsonObject move{{u"product"_s, *productId},
                               {u"uom"_s, row->value(u"default_uom"_s)},
                               {u"quantity"_s, floatValue(difference.abs())},
                               {u"from_location"_s, more ? QJsonValue(lostFound->first()) : storage},
                               {u"to_location"_s, more ? storage : QJsonValue(lostFound->first())},
                               {u"company"_s, m_rpc.companyId()}};
        const std::optional<qint64> moveId = create(u"stock.move"_s, move);
        if (!moveId || !button(u"stock.move"_s, u"do"_s, *moveId))
            return failed();
    }
    WriteResult result;
    result.id = QString::number(*productId) + u':' + QString::number(location);
    return result;
}

WriteResult TrytonWriter::party(const QJsonObject &payload, const QString &existingId)
{
    const QString email = payload.value(u"email"_s).toString().trimmed();
    const QString prefix = Text::tr("Tryton party \"%1\"").arg(email);
    if (!existingId.isEmpty()) {
        // The e-mail is the match key: an update of a known party may also change it.
        const std::optional<qint64> id = idOf(existingId);
        if (!id)
            return failed(Text::tr("\"%1\" is not a Tryton party id.").arg(existingId));
        const std::optional<QJsonObject> row = readOne(u"party.party"_s, *id, {u"email"_s});
        if (!row)
            return failed();
        const QString current = row->value(u"email"_s).toString();
        if (!email.isEmpty() && current.compare(email, Qt::CaseInsensitive) != 0) {
            const std::optional<QList<qint64>> mechanisms =
                search(u"party.contact_mechanism"_s,
                       {clause(u"party"_s, u"="_s, *id), clause(u"type"_s, u"="_s, u"email"_s)}, 1,
                       QJsonArray{QJsonValue(QJsonArray{u"id"_s, u"ASC"_s})});
            if (!mechanisms)
                return failed();
            const bool changed = mechanisms->isEmpty()
                ? create(u"party.contact_mechanism"_s,
                         QJsonObject{{u"party"_s, *id}, {u"type"_s, u"email"_s}, {u"value"_s, email}})
                      .has_value()
                : writeValues(u"party.contact_mechanism"_s, mechanisms->first(),
                              QJsonObject{{u"value"_s, email}});
            if (!changed)
                return failed();
        }
    }
    bool created = false;
    const std::optional<PartyRef> ref = ensureParty(payload, QString(), prefix, true, &created);
    if (!ref)
        return failed();
    WriteResult result;
    result.id = QString::number(ref->party);
    result.alreadyExisted = !created && existingId.isEmpty();
    return result;
}

WriteResult TrytonWriter::payment(const QJsonObject &payload, const QString &existingId)
{
    FieldReader reader;
    const QString reference = reader.text(payload.value(u"reference"_s), u"reference"_s).trimmed();
    if (reader.ok() && reference.isEmpty())
        return failed(Text::tr("Tryton payment: reference: the payment's reference is missing."));
    const QString prefix = Text::tr("Tryton payment \"%1\"").arg(reference);
    const QString invoiceNumber = reader.text(payload.value(u"invoice"_s), u"invoice"_s).trimmed();
    const QString saleReference =
        reader.text(payload.value(u"sale_reference"_s), u"sale_reference"_s).trimmed();
    if (reader.ok() && invoiceNumber.isEmpty() && saleReference.isEmpty())
        reader.fail(u"invoice"_s, Text::tr("neither the invoice number nor the order's reference is given"));
    const std::optional<Decimal> paid = payloadAmount(reader, payload.value(u"amount"_s), u"amount"_s, false);
    const QString methodName = reader.text(payload.value(u"method"_s), u"method"_s).trimmed();
    if (reader.ok() && methodName.isEmpty())
        reader.fail(u"method"_s, Text::tr("the payment method's name is missing"));
    const QDate date = payloadDate(reader, payload.value(u"date"_s), u"date"_s);
    if (!reader.ok())
        return failed(prefix + u": "_s + reader.error());
    if (!existingId.isEmpty()) {
        WriteResult result;
        result.id = existingId; // a booked payment is not changed: it would need a cancelling move
        result.alreadyExisted = true;
        return result;
    }
    const QJsonArray domain = invoiceNumber.isEmpty()
        ? QJsonArray{clause(u"type"_s, u"="_s, u"out"_s), clause(u"reference"_s, u"="_s, saleReference),
                     clause(u"state"_s, u"in"_s, QJsonArray{u"posted"_s, u"paid"_s})}
        : QJsonArray{clause(u"type"_s, u"="_s, u"out"_s), clause(u"number"_s, u"="_s, invoiceNumber)};
    const std::optional<QList<qint64>> invoices = search(u"account.invoice"_s, domain, 1);
    if (!invoices)
        return failed();
    if (invoices->isEmpty()) {
        return failed(Text::tr("%1: Tryton has no posted invoice %2.")
                          .arg(prefix, invoiceNumber.isEmpty() ? saleReference : invoiceNumber));
    }
    const std::optional<qint64> method = paymentMethod(methodName, prefix + u", method"_s);
    if (!method)
        return failed();
    qint64 line = 0;
    bool already = false;
    if (!pay(invoices->first(), *paid, *method, date.isValid() ? date : QDate::currentDate(), reference,
             &line, &already))
        return failed();
    if (line == 0)
        return failed(Text::tr("%1: the invoice was already paid by another payment.").arg(prefix));
    WriteResult result;
    result.id = QString::number(line);
    result.alreadyExisted = already;
    return result;
}

} // namespace LedgerLink::Connectors::Tryton