// A payment (transaction) of an order split by vendor, as one payment per vendor part: the
// customer paid the order once; each vendor's invoice receives its share.

#include "connectors/shopify/shopifycanonical.h"

#include "model/allocation.h"
#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Shopify {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

/// A part's total in `currency`: its `total_price` (the shop's currency), or the presentment side
/// of its `total_price_set` when that is in `currency`.
std::optional<Model::Decimal> partTotal(const QJsonObject &part, const QString &currency)
{
    if (part.value(u"currency"_s).toString() == currency)
        return Model::Decimal::fromJson(part.value(u"total_price"_s));
    const QJsonObject set = part.value(u"total_price_set"_s).toObject();
    for (const QString &side : {u"shop_money"_s, u"presentment_money"_s}) {
        const QJsonObject money = set.value(side).toObject();
        if (money.value(u"currency_code"_s).toString() == currency)
            return Model::Decimal::fromJson(money.value(u"amount"_s));
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<VendorRecord>> splitPaymentByVendor(const VendorRecord &payment,
                                                        const VendorRecord &order, QString *error)
{
    const auto failed = [error](const QString &message) -> std::optional<QList<VendorRecord>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonObject &transaction = payment.document;
    const QString transactionId = transaction.value(u"id"_s).toVariant().toString();
    const QString orderName = order.document.value(u"name"_s).toString().isEmpty()
        ? order.id
        : order.document.value(u"name"_s).toString();
    const QString where = Text::tr("transaction %1 of order %2").arg(transactionId, orderName);
    QString why;
    const std::optional<QList<VendorRecord>> parts = splitOrderByVendor(order, &why);
    if (!parts) {
        // Its errors name the order already ("order #1007: lines[2].vendor: ...").
        const QString named = Text::tr("order %1: %2").arg(orderName, QString());
        if (why.startsWith(named))
            why.remove(0, named.size());
        return failed(where + u": "_s + why);
    }
    const QString code = transaction.value(u"currency"_s).toString();
    const std::optional<Model::Currency> currency = Model::Currency::fromCode(code);
    if (!currency)
        return failed(Text::tr("%1: currency: \"%2\" is not a currency code").arg(where, code));
    const std::optional<Model::Decimal> amount = Model::Decimal::fromJson(transaction.value(u"amount"_s));
    const std::optional<Model::Money> money = amount ? Model::Money::exact(*amount, *currency) : std::nullopt;
    if (!money)
        return failed(Text::tr("%1: amount: \"%2\" is not an amount in %3")
                          .arg(where, transaction.value(u"amount"_s).toVariant().toString(), code));
    // Shared by the parts' totals in the payment's currency (largest remainder): a payment of the
    // whole order gives each vendor's invoice exactly its total.
    QList<Model::Decimal> weights;
    for (const VendorRecord &part : *parts) {
        const std::optional<Model::Decimal> total = partTotal(part.document, code);
        if (!total)
            return failed(
                Text::tr("%1: the order has no total in %2, the payment's currency").arg(where, code));
        weights.append(*total);
    }
    const std::optional<QList<Model::Money>> shares = Model::allocate(*money, weights);
    if (!shares)
        return failed(
            Text::tr("%1: the order's parts have no total to share %2 by").arg(where, money->toString()));

    QList<VendorRecord> records;
    for (qsizetype v = 0; v < parts->size(); ++v) {
        if (shares->at(v).isZero())
            continue;
        const QJsonObject split = parts->at(v).document.value(u"ledgerlink_split"_s).toObject();
        const QString vendor = split.value(u"vendor"_s).toString();
        QJsonObject document = transaction;
        document.insert(u"amount"_s, shares->at(v).amount().toString());
        document.insert(u"order_id"_s, parts->at(v).id);
        // Each part's payment its own reference, as each part's invoice has its own name.
        if (const QString authorization = transaction.value(u"authorization"_s).toString();
            !authorization.isEmpty())
            document.insert(u"authorization"_s, QString(authorization + u'/' + vendor));
        document.insert(u"ledgerlink_split"_s,
                        QJsonObject{{u"order_id"_s, order.id},
                                    {u"order_name"_s, orderName},
                                    {u"transaction_id"_s, transactionId},
                                    {u"vendor"_s, vendor},
                                    {u"part"_s, split.value(u"part"_s)},
                                    {u"parts"_s, split.value(u"parts"_s)}});
        VendorRecord record;
        record.object = payment.object;
        record.id = payment.id + u'/' + vendor;
        record.matchKey = payment.matchKey + u'/' + vendor;
        record.updatedAt = payment.updatedAt;
        record.document = document;
        records.append(std::move(record));
    }
    return records;
}

} // namespace LedgerLink::Connectors::Shopify
