#include "connectors/shopify/shopifycanonical.h"

#include "engine/moneyrules.h"
#include "model/allocation.h"
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
    QList<Decimal> weights;
    QStringList vendors;
    for (const auto &part : *split) {
        weights.append(part.itemsNet.amount());
        vendors.append(part.vendor);
    }
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
    for (qsizetype i = 0; i < items.size() && i < model->lines.size(); ++i) {
        const qsizetype v = vendors.indexOf(model->lines.at(i).vendor);
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
        for (qsizetype i = 0; i < items.size() && i < model->lines.size(); ++i) {
            const QString path = u"line_items[%1]"_s.arg(i);
            const QJsonObject item = items.at(i).toObject();
            Own &to = sums[vendors.indexOf(model->lines.at(i).vendor)];
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

} // namespace LedgerLink::Connectors::Shopify
