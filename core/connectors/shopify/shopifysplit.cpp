#include "connectors/shopify/shopifycanonical.h"

#include "engine/moneyrules.h"
#include "model/allocation.h"
#include "model/ids.h"
#include "model/order.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QSet>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::Shopify {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Model::Currency;
using Model::Decimal;
using Model::Money;

/// Where a Shopify amount lives: the plain field (the shop's currency, `currency`), and the two
/// sides of its "<field>_set".
enum class Column { Plain, Shop, Presentment };
constexpr std::array<Column, 3> columns{Column::Plain, Column::Shop, Column::Presentment};

QString setSide(Column column)
{
    return column == Column::Shop ? u"shop_money"_s : u"presentment_money"_s;
}

/// Reads and writes the amounts of one order document, column by column, and remembers the first
/// amount that is not one.
class Amounts
{
public:
    explicit Amounts(Currency shop)
        : m_shop(shop)
    { }

    /// The amount `name` of `object` in `column`; nullopt when the document does not have it
    /// there (or it is not an amount: then error() says where).
    std::optional<Money> get(const QJsonObject &object, const QString &name, Column column,
                             const QString &path)
    {
        QJsonValue value;
        Currency currency = m_shop;
        QString where = path.isEmpty() ? name : path + u'.' + name;
        if (column == Column::Plain) {
            value = object.value(name);
        } else {
            const QJsonObject money =
                object.value(name + u"_set"_s).toObject().value(setSide(column)).toObject();
            if (money.isEmpty())
                return std::nullopt;
            where += u"_set."_s + setSide(column);
            value = money.value(u"amount"_s);
            where += u".amount"_s;
            const std::optional<Currency> code =
                Currency::fromCode(money.value(u"currency_code"_s).toString());
            if (!code) {
                fail(where,
                     Text::tr("%1 is not a currency code").arg(money.value(u"currency_code"_s).toString()));
                return std::nullopt;
            }
            currency = *code;
        }
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const std::optional<Decimal> amount = Decimal::fromJson(value);
        const std::optional<Money> money = amount ? Money::exact(*amount, currency) : std::nullopt;
        if (!money)
            fail(
                where,
                Text::tr("\"%1\" is not an amount in %2").arg(value.toVariant().toString(), currency.code()));
        return money;
    }
    /// The amount or zero in `currency` when the document does not have it.
    Money getOr(const QJsonObject &object, const QString &name, Column column, const Currency &currency,
                const QString &path)
    {
        return get(object, name, column, path).value_or(Money::zero(currency));
    }
    /// The currency of `column` in `order`: the shop's, or that of its total's side.
    std::optional<Currency> currencyOf(const QJsonObject &order, Column column) const
    {
        if (column == Column::Plain)
            return m_shop;
        const QString code = order.value(u"total_price_set"_s)
                                 .toObject()
                                 .value(setSide(column))
                                 .toObject()
                                 .value(u"currency_code"_s)
                                 .toString();
        if (code.isEmpty())
            return std::nullopt;
        return Currency::fromCode(code);
    }
    /// Replaces the amount `name` of `object` in `column` (where it has one).
    static void set(QJsonObject &object, const QString &name, Column column, const Money &amount)
    {
        const QString text = amount.amount().toString();
        if (column == Column::Plain) {
            if (object.contains(name))
                object.insert(name, text);
            return;
        }
        QJsonObject set = object.value(name + u"_set"_s).toObject();
        QJsonObject money = set.value(setSide(column)).toObject();
        if (money.isEmpty())
            return;
        money.insert(u"amount"_s, text);
        set.insert(setSide(column), money);
        object.insert(name + u"_set"_s, set);
    }

    void fail(const QString &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = path + u": "_s + message;
    }
    const QString &error() const { return m_error; }

private:
    Currency m_shop;
    QString m_error;
};

Money sumOf(const QList<Money> &amounts, const Currency &currency)
{
    return Money::sum(amounts, currency).value_or(Money::zero(currency));
}

Money add(const Money &a, const Money &b)
{
    return a.plus(b).value_or(a);
}

Money subtract(const Money &a, const Money &b)
{
    return a.minus(b).value_or(a);
}

/// `total` over `weights` (largest remainder); equal shares when no weight is positive.
QList<Money> shares(const Money &total, const QList<Decimal> &weights)
{
    if (std::optional<QList<Money>> allocated = Model::allocate(total, weights))
        return *allocated;
    return Model::allocateEvenly(total, int(weights.size())).value_or(QList<Money>(weights.size(), total));
}

/// The tax of a (title, rate) group, to sum the order's tax_lines per part.
QString taxGroup(const QJsonObject &tax)
{
    return tax.value(u"title"_s).toString() + u'\x1f'
        + Decimal::fromJson(tax.value(u"rate"_s)).value_or(Decimal()).normalized().toString();
}

/// The vendors of an order (MoneyRules::splitByVendor's parts, in the order they first appear)
/// with their weights, the net item amounts in the order's currency, by which anything of the
/// order not on a line (shipping, a refund's shipping) is shared.
struct VendorWeights
{
    QStringList vendors;
    QList<Decimal> weights;
    QStringList lineVendors; ///< the vendor of line_items[i]
};

/// nullopt with *error ("order #1007: ...") when the order cannot be split by vendor.
std::optional<VendorWeights> vendorWeights(const QJsonObject &order, const QString &orderName, QString *error)
{
    const auto failed = [error](const QString &message) -> std::optional<VendorWeights> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (order.contains(u"ledgerlink_split"_s))
        return failed(Text::tr("order %1 is already one vendor's part of an order").arg(orderName));

    // The rule is MoneyRules::splitByVendor's on the store's own amounts: item lines go whole to
    // their vendor; shipping is shared in proportion to each vendor's net item amount. Its
    // weights are used for every amount of the document, in each of its currencies.
    QString why;
    const std::optional<QJsonObject> canonical = orderToCanonical(order, &why);
    if (!canonical)
        return failed(Text::tr("order %1: %2").arg(orderName, why));
    const std::optional<Model::Order> model = Model::Order::fromJson(*canonical, &why);
    if (!model)
        return failed(Text::tr("order %1: %2").arg(orderName, why));
    const auto document = Engine::MoneyRules::passThroughDocument(*model);
    if (!document)
        return failed(document.error());
    for (const auto &line : document->lines) {
        if (line.kind == Engine::MoneyRules::DocumentLine::Kind::Item && !line.orderDiscount.isZero())
            return failed(Text::tr("order %1: total_discounts carries %2 that no line's discount_allocations "
                                   "holds; a split by vendor needs every discount on its lines")
                              .arg(orderName, line.orderDiscount.toString()));
    }
    const auto split = Engine::MoneyRules::splitByVendor(*document);
    if (!split)
        return failed(split.error());
    VendorWeights result;
    for (const auto &part : *split) {
        result.weights.append(part.itemsNet.amount());
        result.vendors.append(part.vendor);
    }
    for (const Model::OrderLine &line : model->lines)
        result.lineVendors.append(line.vendor);
    return result;
}

/// Whether Model::allocate() shares by `weights`: none negative, one positive.
bool usable(const QList<Decimal> &weights)
{
    bool positive = false;
    for (const Decimal &weight : weights) {
        if (weight.signum() < 0)
            return false;
        positive = positive || weight.signum() > 0;
    }
    return positive;
}

/// Weights by column: `column`'s when usable, else presentment's, plain's, shop's, else `fallback`.
const QList<Decimal> &firstUsable(const std::array<QList<Decimal>, 3> &byColumn, Column column,
                                  const QList<Decimal> &fallback)
{
    for (const Column candidate : {column, Column::Presentment, Column::Plain, Column::Shop}) {
        if (usable(byColumn[size_t(candidate)]))
            return byColumn[size_t(candidate)];
    }
    return fallback;
}

/// The currency of `column` in a refund of `order`: the order's; else, when the order does not
/// say, the first currency_code on that side of the refund's own amounts.
std::optional<Currency> refundCurrency(const Amounts &amounts, const QJsonObject &order,
                                       const QJsonObject &refund, Column column)
{
    if (const std::optional<Currency> currency = amounts.currencyOf(order, column))
        return currency;
    const auto codeOf = [column](const QJsonValue &object, const QString &name) {
        return object.toObject()
            .value(name + u"_set"_s)
            .toObject()
            .value(setSide(column))
            .toObject()
            .value(u"currency_code"_s)
            .toString();
    };
    const QList<std::pair<QString, QString>> lists{{u"refund_line_items"_s, u"subtotal"_s},
                                                   {u"order_adjustments"_s, u"amount"_s},
                                                   {u"transactions"_s, u"amount"_s}};
    for (const auto &[list, name] : lists) {
        for (const QJsonValue &entry : refund.value(list).toArray()) {
            const QString code = codeOf(entry, name);
            if (!code.isEmpty())
                return Currency::fromCode(code);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<VendorRecord>> splitOrderByVendor(const VendorRecord &record, QString *error)
{
    const auto failed = [error](const QString &message) -> std::optional<QList<VendorRecord>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonObject &order = record.document;
    const QString orderName =
        order.value(u"name"_s).toString().isEmpty() ? record.id : order.value(u"name"_s).toString();
    QString why;
    const std::optional<VendorWeights> byVendor = vendorWeights(order, orderName, &why);
    if (!byVendor)
        return failed(why);
    const QList<Decimal> &weights = byVendor->weights;
    const QStringList &vendors = byVendor->vendors;
    const QStringList &lineVendors = byVendor->lineVendors;
    const qsizetype parts = vendors.size();

    const std::optional<Currency> shop = Currency::fromCode(order.value(u"currency"_s).toString());
    if (!shop)
        return failed(Text::tr("order %1: currency: \"%2\" is not a currency code")
                          .arg(orderName, order.value(u"currency"_s).toString()));
    Amounts amounts(*shop);
    const bool inclusive = order.value(u"taxes_included"_s).toBool();

    // Item lines: whole, to their vendor (canonical line i is line_items[i]).
    const QJsonArray items = order.value(u"line_items"_s).toArray();
    QList<QJsonArray> partItems(parts);
    QList<QSet<QString>> partLineIds(parts);
    for (qsizetype i = 0; i < items.size() && i < lineVendors.size(); ++i) {
        const qsizetype v = vendors.indexOf(lineVendors.at(i));
        partItems[v].append(items.at(i));
        partLineIds[v].insert(items.at(i).toObject().value(u"id"_s).toVariant().toString());
    }

    // Per column: each part's own sums (its lines and its shares of shipping), from which the
    // order's totals are rebuilt.
    struct Own
    {
        Money linesPrice, itemDiscounts, shippingPrice, shippingDiscounts, taxes;
        QHash<QString, Money> taxByGroup;
    };
    QList<QList<QJsonObject>> shippingCopies; // per shipping line, per part
    const QJsonArray shippingLines = order.value(u"shipping_lines"_s).toArray();
    for (const QJsonValue &line : shippingLines)
        shippingCopies.append(QList<QJsonObject>(parts, line.toObject()));

    std::array<QList<Own>, 3> own;
    for (const Column column : columns) {
        const std::optional<Currency> currency = amounts.currencyOf(order, column);
        if (!currency)
            continue;
        QList<Own> &sums = own[size_t(column)];
        sums = QList<Own>(parts,
                          Own{Money::zero(*currency),
                              Money::zero(*currency),
                              Money::zero(*currency),
                              Money::zero(*currency),
                              Money::zero(*currency),
                              {}});
        const auto addTax = [&](Own &to, const QJsonObject &tax, const Money &amount) {
            to.taxes = add(to.taxes, amount);
            const QString group = taxGroup(tax);
            to.taxByGroup.insert(group, add(to.taxByGroup.value(group, Money::zero(*currency)), amount));
        };
        for (qsizetype i = 0; i < items.size() && i < lineVendors.size(); ++i) {
            const QString path = u"line_items[%1]"_s.arg(i);
            const QJsonObject item = items.at(i).toObject();
            Own &to = sums[vendors.indexOf(lineVendors.at(i))];
            const Money price = amounts.getOr(item, u"price"_s, column, *currency, path);
            const Decimal quantity = Decimal::fromJson(item.value(u"quantity"_s)).value_or(Decimal());
            to.linesPrice = add(to.linesPrice, price.times(quantity, Model::RoundingMode::HalfEven));
            Money discount = Money::zero(*currency);
            // As orderToCanonical(): the line's discount allocations where it has the list.
            if (item.value(u"discount_allocations"_s).isArray()) {
                for (const QJsonValue &allocation : item.value(u"discount_allocations"_s).toArray())
                    discount = add(discount,
                                   amounts.getOr(allocation.toObject(), u"amount"_s, column, *currency,
                                                 path + u".discount_allocations[]"_s));
            } else {
                discount = amounts.getOr(item, u"total_discount"_s, column, *currency, path);
            }
            to.itemDiscounts = add(to.itemDiscounts, discount);
            for (const QJsonValue &tax : item.value(u"tax_lines"_s).toArray())
                addTax(
                    to, tax.toObject(),
                    amounts.getOr(tax.toObject(), u"price"_s, column, *currency, path + u".tax_lines[]"_s));
        }
        for (qsizetype s = 0; s < shippingLines.size(); ++s) {
            const QString path = u"shipping_lines[%1]"_s.arg(s);
            const QJsonObject line = shippingLines.at(s).toObject();
            QList<QJsonObject> &copies = shippingCopies[s];
            const std::optional<Money> price = amounts.get(line, u"price"_s, column, path);
            if (!price)
                continue;
            // As splitByVendor: the price and the discounted base are shared; a part's discount is
            // the difference, spread over the line's discount allocations.
            const QJsonArray allocations = line.value(u"discount_allocations"_s).toArray();
            QList<Money> allocated;
            QList<Decimal> allocatedWeights;
            for (const QJsonValue &allocation : allocations) {
                allocated.append(amounts.getOr(allocation.toObject(), u"amount"_s, column, *currency,
                                               path + u".discount_allocations[]"_s));
                allocatedWeights.append(allocated.constLast().amount());
            }
            const Money discount = sumOf(allocated, *currency);
            const QList<Money> prices = shares(*price, weights);
            const QList<Money> bases = shares(subtract(*price, discount), weights);
            const QJsonArray taxes = line.value(u"tax_lines"_s).toArray();
            QList<QList<Money>> taxShares;
            for (const QJsonValue &tax : taxes)
                taxShares.append(shares(
                    amounts.getOr(tax.toObject(), u"price"_s, column, *currency, path + u".tax_lines[]"_s),
                    weights));
            for (qsizetype v = 0; v < parts; ++v) {
                QJsonObject &copy = copies[v];
                Amounts::set(copy, u"price"_s, column, prices.at(v));
                Amounts::set(copy, u"discounted_price"_s, column, bases.at(v));
                const Money partDiscount = subtract(prices.at(v), bases.at(v));
                if (!allocations.isEmpty()) {
                    const QList<Money> spread = allocations.size() == 1
                        ? QList<Money>{partDiscount}
                        : shares(partDiscount, allocatedWeights);
                    QJsonArray list = copy.value(u"discount_allocations"_s).toArray();
                    for (qsizetype a = 0; a < list.size(); ++a) {
                        QJsonObject entry = list.at(a).toObject();
                        Amounts::set(entry, u"amount"_s, column, spread.at(a));
                        list.replace(a, entry);
                    }
                    copy.insert(u"discount_allocations"_s, list);
                }
                QJsonArray taxList = copy.value(u"tax_lines"_s).toArray();
                for (qsizetype t = 0; t < taxList.size(); ++t) {
                    QJsonObject entry = taxList.at(t).toObject();
                    Amounts::set(entry, u"price"_s, column, taxShares.at(t).at(v));
                    taxList.replace(t, entry);
                    addTax(sums[v], entry, taxShares.at(t).at(v));
                }
                copy.insert(u"tax_lines"_s, taxList);
                sums[v].shippingPrice = add(sums[v].shippingPrice, prices.at(v));
                sums[v].shippingDiscounts = add(sums[v].shippingDiscounts, partDiscount);
            }
        }
    }
    if (!amounts.error().isEmpty())
        return failed(Text::tr("order %1: %2").arg(orderName, amounts.error()));

    // The order's own totals: a part's is what its lines give, plus its share (by the same
    // weights) of whatever the order's total holds beyond its lines, so the parts still add up.
    struct Total
    {
        QString name;
        std::function<Money(const Own &)> own;
    };
    const QList<Total> totals{
        {u"total_line_items_price"_s,
         [](const Own &o) {
             return o.linesPrice;
         }},
        {u"subtotal_price"_s,
         [](const Own &o) {
             return subtract(o.linesPrice, o.itemDiscounts);
         }},
        {u"total_discounts"_s,
         [](const Own &o) {
             return add(o.itemDiscounts, o.shippingDiscounts);
         }},
        {u"total_shipping_price"_s,
         [](const Own &o) {
             return o.shippingPrice;
         }},
        {u"total_tax"_s,
         [](const Own &o) {
             return o.taxes;
         }},
        {u"total_price"_s,
         [inclusive](const Own &o) {
             const Money net =
                 add(subtract(o.linesPrice, o.itemDiscounts), subtract(o.shippingPrice, o.shippingDiscounts));
             return inclusive ? net : add(net, o.taxes);
         }},
    };
    QList<QJsonObject> documents(parts, order);
    for (const Column column : columns) {
        const std::optional<Currency> currency = amounts.currencyOf(order, column);
        if (!currency)
            continue;
        const QList<Own> &sums = own[size_t(column)];
        const auto spread = [&](const QString &name, const std::function<Money(const Own &)> &ownOf) {
            const std::optional<Money> whole = amounts.get(order, name, column, {});
            if (!whole)
                return;
            QList<Money> ownAmounts;
            for (const Own &o : sums)
                ownAmounts.append(ownOf(o));
            const QList<Money> rest = shares(subtract(*whole, sumOf(ownAmounts, *currency)), weights);
            // current_*: what refunds and edits left of the total, its change shared alike.
            const QString current = u"current_"_s + name;
            const std::optional<Money> now = amounts.get(order, current, column, {});
            const QList<Money> change = now ? shares(subtract(*now, *whole), weights) : QList<Money>();
            for (qsizetype v = 0; v < parts; ++v) {
                const Money value = add(ownAmounts.at(v), rest.at(v));
                Amounts::set(documents[v], name, column, value);
                if (now)
                    Amounts::set(documents[v], current, column, add(value, change.at(v)));
            }
        };
        for (const Total &total : totals)
            spread(total.name, total.own);
        // The order's tax lines: the part's sum per (title, rate), plus its share of what the
        // order's line holds beyond the sum of all parts (nothing, when the order adds up).
        const QJsonArray orderTaxes = order.value(u"tax_lines"_s).toArray();
        for (qsizetype t = 0; t < orderTaxes.size(); ++t) {
            const QJsonObject whole = orderTaxes.at(t).toObject();
            const QString group = taxGroup(whole);
            QList<Money> ownAmounts;
            for (const Own &o : sums)
                ownAmounts.append(o.taxByGroup.value(group, Money::zero(*currency)));
            const std::optional<Money> amount =
                amounts.get(whole, u"price"_s, column, u"tax_lines[%1]"_s.arg(t));
            if (!amount)
                continue;
            const QList<Money> rest = shares(subtract(*amount, sumOf(ownAmounts, *currency)), weights);
            for (qsizetype v = 0; v < parts; ++v) {
                QJsonArray list = documents[v].value(u"tax_lines"_s).toArray();
                QJsonObject entry = list.at(t).toObject();
                Amounts::set(entry, u"price"_s, column, add(ownAmounts.at(v), rest.at(v)));
                list.replace(t, entry);
                documents[v].insert(u"tax_lines"_s, list);
            }
        }
        // discount_codes[].amount: shared by the same weights.
        const QJsonArray codes = order.value(u"discount_codes"_s).toArray();
        if (column == Column::Plain && !codes.isEmpty()) {
            QList<QJsonArray> lists(parts, codes);
            for (qsizetype c = 0; c < codes.size(); ++c) {
                const std::optional<Money> amount =
                    amounts.get(codes.at(c).toObject(), u"amount"_s, column, u"discount_codes[%1]"_s.arg(c));
                if (!amount)
                    continue;
                const QList<Money> split = shares(*amount, weights);
                for (qsizetype v = 0; v < parts; ++v) {
                    QJsonObject entry = lists[v].at(c).toObject();
                    Amounts::set(entry, u"amount"_s, column, split.at(v));
                    lists[v].replace(c, entry);
                }
            }
            for (qsizetype v = 0; v < parts; ++v)
                documents[v].insert(u"discount_codes"_s, lists.at(v));
        }
    }
    if (!amounts.error().isEmpty())
        return failed(Text::tr("order %1: %2").arg(orderName, amounts.error()));

    const QString orderId = record.id;
    QList<VendorRecord> records;
    for (qsizetype v = 0; v < parts; ++v) {
        QJsonObject &part = documents[v];
        const QString vendor = vendors.at(v);
        part.insert(u"id"_s, QString(orderId + u'/' + vendor));
        part.insert(u"name"_s, QString(orderName + u'/' + vendor));
        part.insert(u"line_items"_s, partItems.at(v));
        QJsonArray shipping;
        for (const QList<QJsonObject> &copies : std::as_const(shippingCopies))
            shipping.append(copies.at(v));
        part.insert(u"shipping_lines"_s, shipping);
        // What happened to the vendor's lines: their fulfilments and refunded lines. Payments
        // belong to the customer's order, not to a vendor's part.
        const auto keepLines = [&](const QString &listKey, const QString &linesKey, const QString &idKey) {
            QJsonArray kept;
            for (const QJsonValue &entry : order.value(listKey).toArray()) {
                QJsonObject object = entry.toObject();
                QJsonArray lines;
                for (const QJsonValue &line : object.value(linesKey).toArray()) {
                    const QJsonObject lineObject = line.toObject();
                    const QJsonValue id =
                        idKey.isEmpty() ? lineObject.value(u"id"_s) : lineObject.value(idKey);
                    if (partLineIds.at(v).contains(id.toVariant().toString()))
                        lines.append(line);
                }
                if (lines.isEmpty())
                    continue;
                object.insert(linesKey, lines);
                kept.append(object);
            }
            if (order.contains(listKey))
                part.insert(listKey, kept);
        };
        keepLines(u"fulfillments"_s, u"line_items"_s, {});
        keepLines(u"refunds"_s, u"refund_line_items"_s, u"line_item_id"_s);
        if (part.contains(u"transactions"_s))
            part.insert(u"transactions"_s, QJsonArray());
        part.insert(u"ledgerlink_split"_s,
                    QJsonObject{{u"order_id"_s, orderId},
                                {u"order_name"_s, orderName},
                                {u"vendor"_s, vendor},
                                {u"part"_s, int(v + 1)},
                                {u"parts"_s, int(parts)},
                                {u"order_total_price_set"_s, order.value(u"total_price_set"_s)}});
        QString partWhy;
        std::optional<VendorRecord> partRecord = vendorRecord(record.object, part, &partWhy);
        if (!partRecord)
            return failed(Text::tr("order %1, vendor %2: %3").arg(orderName, vendor, partWhy));
        partRecord->updatedAt = record.updatedAt;
        records.append(std::move(*partRecord));
    }
    return records;
}

std::optional<QList<VendorRecord>> splitRefundByVendor(const VendorRecord &refund, const VendorRecord &order,
                                                       QString *error)
{
    // The rule (docs/money.md, "Marketplace split"): vendors and weights are the order's split's.
    // - refund_line_items go whole to the vendor of their order line;
    // - each shipping_refund adjustment is shared by the order's weights (net item amounts);
    // - any other adjustment by the parts' refunded line amounts (subtotal, plus total_tax when
    //   the order's prices exclude tax), by the order's weights when the refund has no lines;
    // - each transaction's amount by the parts' credited amounts: their lines less their
    //   adjustment shares (amount + tax_amount; refunded shipping is negative), so a refund that
    //   returns what it credits gives each part exactly its credit.
    // Largest remainder, each column (plain, shop_money, presentment_money) on its own; a vendor
    // credited nothing gets no part; the parts add up to the refund field by field.
    const QJsonObject &document = refund.document;
    const QJsonObject &orderDocument = order.document;
    const QString orderName = orderDocument.value(u"name"_s).toString().isEmpty()
        ? order.id
        : orderDocument.value(u"name"_s).toString();
    QString refundId = Model::jsonIdToString(document.value(u"id"_s)).value_or(QString());
    if (refundId.isEmpty())
        refundId = refund.matchKey.isEmpty() ? refund.id : refund.matchKey;
    const auto failed = [&](const QString &message) -> std::optional<QList<VendorRecord>> {
        if (error)
            *error = Text::tr("refund %1 of order %2: %3").arg(refundId, orderName, message);
        return std::nullopt;
    };
    if (document.contains(u"ledgerlink_split"_s))
        return failed(Text::tr("the refund is already one vendor's part of a refund"));
    if (document.contains(u"order_id"_s)) {
        const QJsonValue value = document.value(u"order_id"_s);
        if (Model::jsonIdToString(value).value_or(QString()) != order.id)
            return failed(Text::tr("order_id: %1 is not the order's id %2")
                              .arg(value.toVariant().toString(), order.id));
    }

    QString why;
    const std::optional<VendorWeights> byVendor = vendorWeights(orderDocument, orderName, &why);
    if (!byVendor) {
        // Its errors name the order already ("order #1007: lines[2].vendor: ...").
        const QString named = Text::tr("order %1: %2").arg(orderName, QString());
        if (why.startsWith(named))
            why.remove(0, named.size());
        return failed(why);
    }
    const QList<Decimal> &weights = byVendor->weights;
    const QStringList &vendors = byVendor->vendors;
    const qsizetype parts = vendors.size();

    const std::optional<Currency> shop = Currency::fromCode(orderDocument.value(u"currency"_s).toString());
    if (!shop)
        return failed(Text::tr("the order's currency: \"%1\" is not a currency code")
                          .arg(orderDocument.value(u"currency"_s).toString()));
    Amounts amounts(*shop);
    std::array<std::optional<Currency>, 3> currencies;
    for (const Column column : columns)
        currencies[size_t(column)] = refundCurrency(amounts, orderDocument, document, column);
    // An amount of `column` in its currency (a _set side in another currency is an error).
    const auto read = [&](const QJsonObject &object, const QString &name, Column column,
                          const QString &path) -> std::optional<Money> {
        const std::optional<Money> money = amounts.get(object, name, column, path);
        const Currency &currency = *currencies[size_t(column)];
        if (money && money->currency() != currency) {
            amounts.fail(
                path + u'.' + name + u"_set."_s + setSide(column) + u".currency_code"_s,
                Text::tr("%1 differs from the order's %2").arg(money->currency().code(), currency.code()));
            return std::nullopt;
        }
        return money;
    };

    // Refunded lines: whole, to the vendor of their order line.
    const QJsonArray items = orderDocument.value(u"line_items"_s).toArray();
    QHash<QString, qsizetype> vendorOfLine;
    for (qsizetype i = 0; i < items.size() && i < byVendor->lineVendors.size(); ++i) {
        if (const auto id = Model::jsonIdToString(items.at(i).toObject().value(u"id"_s)))
            vendorOfLine.insert(*id, vendors.indexOf(byVendor->lineVendors.at(i)));
    }
    const QJsonArray lines = document.value(u"refund_line_items"_s).toArray();
    QList<qsizetype> lineParts;
    QList<QJsonArray> partLines(parts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = u"refund_line_items[%1].line_item_id"_s.arg(i);
        const QJsonValue value = lines.at(i).toObject().value(u"line_item_id"_s);
        if (value.isUndefined() || value.isNull())
            return failed(Text::tr("%1: missing; every refunded line names its order line").arg(path));
        QString idWhy;
        const std::optional<QString> id = Model::jsonIdToString(value, &idWhy);
        if (!id)
            return failed(path + u": "_s + idWhy);
        const auto found = vendorOfLine.constFind(*id);
        if (found == vendorOfLine.constEnd())
            return failed(Text::tr("%1: %2 is not a line of the order").arg(path, *id));
        lineParts.append(*found);
        partLines[*found].append(lines.at(i));
    }
    QList<bool> credits(parts, false); // whether the part credits anything
    for (qsizetype v = 0; v < parts; ++v)
        credits[v] = !partLines.at(v).isEmpty();

    // Per column, each part's refunded line amount and credited amount. A line's subtotal
    // includes its tax when the order's prices do (taxes_included).
    const bool inclusive = orderDocument.value(u"taxes_included"_s).toBool();
    std::array<QList<Money>, 3> credited;
    std::array<QList<Decimal>, 3> lineWeights;
    for (const Column column : columns) {
        const std::optional<Currency> currency = currencies[size_t(column)];
        if (!currency)
            continue;
        QList<Money> own(parts, Money::zero(*currency));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString path = u"refund_line_items[%1]"_s.arg(i);
            const QJsonObject line = lines.at(i).toObject();
            Money &to = own[lineParts.at(i)];
            for (const QString &name : {u"subtotal"_s, u"total_tax"_s}) {
                if (name == u"total_tax"_s && inclusive)
                    continue;
                if (const std::optional<Money> amount = read(line, name, column, path))
                    to = add(to, *amount);
            }
        }
        for (Money &amount : own) {
            amount = amount.abs();
            lineWeights[size_t(column)].append(amount.amount());
        }
        credited[size_t(column)] = own;
    }
    // Order adjustments: refunded shipping by the order's weights, the others by the lines'.
    const QJsonArray adjustments = document.value(u"order_adjustments"_s).toArray();
    QList<QJsonArray> partAdjustments(parts, adjustments);
    for (const Column column : columns) {
        const std::optional<Currency> currency = currencies[size_t(column)];
        if (!currency)
            continue;
        const QList<Decimal> &byLines = lines.isEmpty() ? weights : firstUsable(lineWeights, column, weights);
        for (qsizetype a = 0; a < adjustments.size(); ++a) {
            const QString path = u"order_adjustments[%1]"_s.arg(a);
            const QJsonObject adjustment = adjustments.at(a).toObject();
            const bool shipping = adjustment.value(u"kind"_s).toString() == u"shipping_refund"_s;
            const QList<Decimal> &by = shipping ? weights : byLines;
            QList<Money> credit(parts, Money::zero(*currency));
            for (const QString &name : {u"amount"_s, u"tax_amount"_s}) {
                const std::optional<Money> amount = read(adjustment, name, column, path);
                if (!amount)
                    continue;
                const QList<Money> split = shares(*amount, by);
                for (qsizetype v = 0; v < parts; ++v) {
                    QJsonObject entry = partAdjustments[v].at(a).toObject();
                    Amounts::set(entry, name, column, split.at(v));
                    partAdjustments[v].replace(a, entry);
                    credit[v] = add(credit[v], split.at(v));
                    if (!split.at(v).isZero())
                        credits[v] = true;
                }
            }
            for (qsizetype v = 0; v < parts; ++v)
                credited[size_t(column)][v] = subtract(credited[size_t(column)][v], credit.at(v));
        }
    }

    // Refund transactions: by the parts' credited amounts in the transaction's currency.
    std::array<QList<Decimal>, 3> creditWeights;
    for (const Column column : columns) {
        for (const Money &amount : std::as_const(credited[size_t(column)]))
            creditWeights[size_t(column)].append(amount.signum() < 0 ? Decimal() : amount.amount());
    }
    const QJsonArray transactions = document.value(u"transactions"_s).toArray();
    QList<QJsonArray> partTransactions(parts, transactions);
    for (qsizetype t = 0; t < transactions.size(); ++t) {
        const QString path = u"transactions[%1]"_s.arg(t);
        const QJsonObject transaction = transactions.at(t).toObject();
        const auto share = [&](const Money &amount, Column column, const QList<Decimal> &by) {
            const QList<Money> split = shares(amount, by);
            for (qsizetype v = 0; v < parts; ++v) {
                QJsonObject entry = partTransactions[v].at(t).toObject();
                Amounts::set(entry, u"amount"_s, column, split.at(v));
                partTransactions[v].replace(t, entry);
                if (!split.at(v).isZero())
                    credits[v] = true;
            }
        };
        // The plain amount is in the transaction's own currency.
        const QString code = transaction.value(u"currency"_s).toString();
        const std::optional<Currency> own = code.isEmpty()
            ? currencies[size_t(Column::Presentment)].value_or(*shop)
            : Currency::fromCode(code);
        if (!own)
            return failed(Text::tr("%1.currency: \"%2\" is not a currency code").arg(path, code));
        Amounts inOwn(*own);
        const std::optional<Money> amount = inOwn.get(transaction, u"amount"_s, Column::Plain, path);
        if (!inOwn.error().isEmpty())
            return failed(inOwn.error());
        if (amount) {
            const Column weighed = currencies[size_t(Column::Presentment)] == own ? Column::Presentment
                : currencies[size_t(Column::Plain)] == own                        ? Column::Plain
                                                                                  : Column::Presentment;
            share(*amount, Column::Plain, firstUsable(creditWeights, weighed, weights));
        }
        for (const Column column : {Column::Shop, Column::Presentment}) {
            if (!currencies[size_t(column)])
                continue;
            if (const std::optional<Money> side = read(transaction, u"amount"_s, column, path))
                share(*side, column, firstUsable(creditWeights, column, weights));
        }
    }
    if (!amounts.error().isEmpty())
        return failed(amounts.error());

    QList<qsizetype> kept;
    for (qsizetype v = 0; v < parts; ++v) {
        if (credits.at(v))
            kept.append(v);
    }
    QList<VendorRecord> records;
    for (qsizetype n = 0; n < kept.size(); ++n) {
        const qsizetype v = kept.at(n);
        const QString &vendor = vendors.at(v);
        QJsonObject part = document;
        part.insert(u"refund_line_items"_s, partLines.at(v));
        if (document.contains(u"order_adjustments"_s))
            part.insert(u"order_adjustments"_s, partAdjustments.at(v));
        if (document.contains(u"transactions"_s))
            part.insert(u"transactions"_s, partTransactions.at(v));
        part.insert(u"order_id"_s, QString(order.id + u'/' + vendor));
        part.insert(u"ledgerlink_split"_s,
                    QJsonObject{{u"order_id"_s, order.id},
                                {u"order_name"_s, orderName},
                                {u"refund_id"_s, refundId},
                                {u"vendor"_s, vendor},
                                {u"part"_s, int(n + 1)},
                                {u"parts"_s, int(kept.size())}});
        // Not vendorRecord(): with the part's order_id it would make "<order id>/<vendor>/<refund id>".
        VendorRecord record;
        record.object = u"refund"_s;
        record.id = refund.id + u'/' + vendor;
        record.matchKey = refundId + u'/' + vendor;
        record.updatedAt = refund.updatedAt;
        record.document = part;
        records.append(std::move(record));
    }
    return records;
}

} // namespace LedgerLink::Connectors::Shopify
