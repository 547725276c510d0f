#pragma once

#include "mapping/mappingdocument.h"
#include "model/creditnote.h"
#include "model/currency.h"
#include "model/decimal.h"
#include "model/invoice.h"
#include "model/money.h"
#include "model/order.h"
#include "model/payment.h"
#include "model/payout.h"
#include "model/refund.h"
#include "model/taxline.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>
#include <utility>
#include <variant>

/**
 * The financial rules: pure functions on canonical records (core/model) that turn a store order,
 * its refunds and its payments into the ERP documents, exact to the minor unit. Nothing here
 * uses binary floating point, assumes a default currency or absorbs a difference: every amount
 * that does not match the other side's is returned as a MoneyDifference with a named cause and
 * its evidence. All functions are reentrant and may run on any thread.
 *
 * The rules in short (docs/money.md has them with worked examples):
 *
 * 1. Tax documents (buildTaxDocument). A line's base is quantity × unit price − discount, rounded
 *    to the currency's minor units with the rule's mode. An order-level discount that the lines
 *    do not carry (discount_total − Σ line and shipping discounts) is first allocated to the item
 *    lines in proportion to their bases, largest remainder (Model::allocate). Shipping lines are
 *    lines too (base: price − discount, their own tax lines). Tax-exclusive prices: the base is
 *    the net amount and tax = net × rate. Tax-inclusive prices (Order::taxesIncluded): the base
 *    is the gross amount and tax = gross × rate / (1 + Σ rates of the line), net = gross − tax.
 *    Per line: each line's tax (per tax component) is rounded, the document's tax is their sum.
 *    Per document: the exact tax of each (title, rate) group is summed over the document and
 *    rounded once; that rounded amount is then allocated back to the lines in proportion to their
 *    exact tax (largest remainder), so the lines still add up to the document to the cent.
 *    Example (two lines of 0.25 at 10 %): per line half-up 0.03 + 0.03 = 0.06, per line
 *    half-even 0.02 + 0.02 = 0.04, on the total 0.50 × 10 % = 0.05 (lines 0.03 and 0.02).
 * 2. Pass-through (passThroughDocument, planTax): the tax authority's amounts are sent as they
 *    are and never recomputed. When the target computes tax itself (TargetTaxBehaviour, e.g.
 *    Xero), its result is predicted with its documented rounding and every difference is flagged
 *    before writing.
 * 3. Currency (toHomeCurrency, convertDocument): home = amount × rate, rate = home units per one
 *    document unit (Order::exchangeRate), rounded with an explicit mode. A document is converted
 *    line by line (net and tax each; gross = net + tax) and its home totals are the sums of the
 *    converted lines; when converting the document total at once gives another amount, that is
 *    reported as a "currency_rate" difference.
 * 4. Refunds (creditNoteForRefund, creditNoteForRemainder): a credit note for exactly the refunded
 *    lines, linked to the invoice. Amounts the store gives for a refund line are passed through;
 *    otherwise q of the line's remaining Q units are credited as remaining amount × q / Q
 *    (rounded with the document's mode), and the last units credit exactly what remains, so
 *    the credit notes of an order add up to its invoice to the cent. A full refund after partial
 *    ones credits only the remainder. Refunding more than is left is an error.
 * 5. Marketplace split (splitByVendor): item lines go whole to their vendor's document; each
 *    shipping line (its price, base and every tax component separately) is allocated to the
 *    vendors in proportion to each vendor's net item amount, largest remainder. The vendor
 *    documents add up exactly to the order's document.
 * 6. Settlement (settle): payout = Σ settled payments − Σ refunds − Σ gateway fees; it must equal
 *    the bank deposit to the cent, else the difference is reported.
 */
namespace LedgerLink::Engine::MoneyRules {

/// Why two amounts differ. The names are the reconciliation pass's cause vocabulary
/// (nameOf(): "tax_rounding", "currency_rate", ...), so a finding can carry them unchanged.
enum class Cause {
    TaxRounding, ///< tax rounded another way (per line vs on the total, half-up vs half-even)
    CurrencyRate, ///< converting line by line vs the total, or another rate
    DiscountAllocation, ///< an order-level discount spread over the lines another way
    Shipping, ///< shipping counted on one side and not on the other
    RefundNotCredited, ///< part of a refund (or of a line) that no credit note carries
    MissingRecord, ///< a payment, refund or fee present on one side only
    Unknown, ///< none of the above explains the numbers
};

/// "tax_rounding", "currency_rate", "discount_allocation", "shipping", "refund_not_credited",
/// "missing_record", "unknown".
QString nameOf(Cause cause);

/**
 * One amount that differs between the source (the store, or the authoritative side) and the
 * target (the document built the target's way, or the target's predicted result). When one field
 * differs for more than one reason, it is reported once per cause and the components'
 * `difference`s add up to the field's whole difference.
 */
struct MoneyDifference
{
    QString field; ///< where: "tax_total", "total", "lines[1].tax", "shipping_lines[0].tax"
    Cause cause = Cause::Unknown;
    Model::Money source = {}; ///< the source's amount of the field
    Model::Money target = {}; ///< the target's amount of the field
    Model::Money difference = {}; ///< source − target (or this cause's part of it)
    QString evidence = {}; ///< translated: the cause explained with the numbers

    /// {"field", "cause", "source", "target", "difference", "currency", "evidence"}; amounts as
    /// decimal text.
    QJsonObject toJson() const;
    friend bool operator==(const MoneyDifference &, const MoneyDifference &) = default;
};

/// Either a value or a translated error that names what is wrong and where
/// ("order #1001: lines[2].quantity: -1 is negative").
template<typename T>
class MoneyResult
{
public:
    MoneyResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    static MoneyResult failure(QString error)
    {
        return MoneyResult(std::in_place_index<1>, std::move(error));
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    /// Only when ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }
    /// Only when !ok().
    const QString &error() const { return std::get<1>(m_data); }

private:
    template<std::size_t I>
    MoneyResult(std::in_place_index_t<I> index, QString error)
        : m_data(index, std::move(error))
    { }
    std::variant<T, QString> m_data;
};

// ---- 1. tax documents ------------------------------------------------------------------------

/// How tax is rounded: per line or on the document total, with which mode. Whether prices
/// include tax is the order's own statement (Order::taxesIncluded), not part of the rule.
struct TaxRule
{
    Mapping::RoundingScope scope = Mapping::RoundingScope::PerLine;
    Model::RoundingMode mode = Model::RoundingMode::HalfEven;

    /// The mapping document's rounding policy.
    static TaxRule fromPolicies(const Mapping::Policies &policies);
    /// {"rounding_scope": "per_line"|"per_document", "rounding_mode": "half_even"|"half_up"|...}
    QJsonObject toJson() const;
    /// Translated: "per line, half-up", "on the document total, half-even".
    QString text() const;
    friend bool operator==(const TaxRule &, const TaxRule &) = default;
};

/// One line of a tax document: an order line or a shipping line, with its computed amounts.
struct DocumentLine
{
    enum class Kind { Item, Shipping };
    Kind kind = Kind::Item;
    QString id = {}; ///< the order line's or shipping line's id
    QString sku = {};
    QString title = {};
    QString vendor = {};
    Model::Decimal quantity = Model::Decimal(1);
    Model::Money unitPrice = {}; ///< as on the order (gross when prices include tax); shipping: its price
    Model::Money discount = {}; ///< the line's own discount plus orderDiscount
    Model::Money orderDiscount = {}; ///< the share of an order-level discount allocated to this line
    QList<Model::TaxLine> taxes = {}; ///< one per tax component: title, rate, computed amount
    Model::Money net = {}; ///< exclusive of tax, after discounts
    Model::Money tax = {}; ///< Σ taxes
    Model::Money gross = {}; ///< net + tax

    friend bool operator==(const DocumentLine &, const DocumentLine &) = default;
};

/// The tax of one (title, rate) group over the whole document.
struct TaxSummary
{
    QString title = {};
    Model::Decimal rate = {};
    Model::Money base = {}; ///< Σ net of the lines that carry this tax
    Model::Money tax = {};
    friend bool operator==(const TaxSummary &, const TaxSummary &) = default;
};

/// An order's (or one vendor's part of an order's) lines with net, tax and gross, and totals that
/// are exactly the sums of the lines.
struct TaxDocument
{
    QString orderId = {};
    QString orderNumber = {};
    QString vendor = {}; ///< set on the documents of a marketplace split
    Model::Currency currency = {};
    bool pricesIncludeTax = false;
    bool passThrough = false; ///< the store's own tax amounts, not computed
    TaxRule rule = {}; ///< how tax was rounded (for a pass-through document: how shares are rounded)
    QList<DocumentLine> lines = {};
    QList<TaxSummary> taxSummary = {}; ///< in the order the groups first appear
    Model::Money itemsNet = {}; ///< Σ net of the item lines
    Model::Money shippingNet = {}; ///< Σ net of the shipping lines
    Model::Money discountTotal = {}; ///< Σ discounts of all lines
    Model::Money net = {}; ///< itemsNet + shippingNet
    Model::Money taxTotal = {};
    Model::Money total = {}; ///< net + taxTotal = Σ gross

    /// The line of `kind` with `id`, or nullptr.
    const DocumentLine *line(DocumentLine::Kind kind, const QString &id) const;
    /// {"order_id", "vendor", "currency", "prices_include_tax", "pass_through", "rule",
    /// "lines": [{"kind", "id", "quantity", "unit_price", "discount", "order_discount", "net",
    /// "taxes": [{"title", "rate", "amount"}], "tax", "gross"}], "tax_summary": [{"title", "rate",
    /// "base", "tax"}], "items_net", "shipping_net", "discount_total", "net", "tax_total", "total"}.
    /// Amounts as decimal text at the currency's minor units, rates and quantities normalised.
    QJsonObject toJson() const;
    /// The canonical ERP invoice: one line per document line (total = net, tax lines = taxes),
    /// subtotal = net, tax_total, total; linked to the order. Line totals are tax-exclusive
    /// even for tax-inclusive prices: a writer sending Xero LineAmountTypes Inclusive adds the
    /// line's tax.
    Model::Invoice toInvoice() const;
    friend bool operator==(const TaxDocument &, const TaxDocument &) = default;
};

/// Builds `order`'s tax document by `rule` (see rule 1 above). Errors: no or an invalid
/// currency, an amount in another currency, a negative quantity, rate or discount, a discount
/// larger than its line, an order discount with no line to carry it.
MoneyResult<TaxDocument> buildTaxDocument(const Model::Order &order, const TaxRule &rule);

/// The store's own amounts as a document: every line's tax is the sum of its tax lines' amounts
/// as the store reported them (never recomputed); net and gross follow from the price basis.
/// `rule` only says how shares of it are rounded later (refunds, splits). Errors as
/// buildTaxDocument(), plus a tax line without an amount.
MoneyResult<TaxDocument> passThroughDocument(const Model::Order &order, const TaxRule &rule = {});

/**
 * Compares `target` (built the target's way) with the store's own amounts on `order`: each
 * line's tax, the tax total and the total (the order's tax_total/total when it has them, else the
 * sums of its lines). Each difference gets a cause: "tax_rounding" when the store's amount is
 * what another standard rule (per line or on the total, half-up or half-even) gives, or is
 * within one minor unit per taxed line; a total's difference beyond its tax difference is
 * "shipping" when it is exactly the shipping the order reports beside its lines, otherwise
 * "unknown". `targetName` names the target in the evidence ("Xero", "the ERP").
 */
QList<MoneyDifference> compareWithSource(const Model::Order &order, const TaxDocument &target,
                                         const QString &targetName = {});

// ---- 2. pass-through and a target that computes tax itself -------------------------------------

/// How a target system computes tax when it insists on doing so itself.
struct TargetTaxBehaviour
{
    QString system = {}; ///< "Xero"
    TaxRule rule = {};

    /**
     * Xero, as documented: "Xero calculates tax on a per line basis, rounding to two decimal
     * places, and then sums the tax totals of each line to calculate the total invoice tax"
     * (developer.xero.com/documentation/guides/how-to-guides/rounding-in-xero, "Line item
     * totals"); ties are rounded away from zero (Xero's developer community: "2.165 rounded up
     * to 2.17 and 2.164 will be rounded down to 2.16", community.xero.com/developer/discussion/
     * 66891), i.e. half-up. The line amount is Quantity × UnitAmount (less the discount) and
     * LineAmountTypes says whether it is tax-exclusive or tax-inclusive: Inclusive lines have
     * tax = LineAmount × rate / (1 + rate). The developer guide documents per-line rounding;
     * `organisationScope` lets a connection whose organisation is set to round tax on the total
     * say so.
     */
    static TargetTaxBehaviour
    xero(Mapping::RoundingScope organisationScope = Mapping::RoundingScope::PerLine);
    /**
     * Tryton, as its code documents it: a sale's or an invoice's taxes are computed by Tryton from
     * the taxes of its lines (account.tax.compute: base = quantity × unit price, tax = base ×
     * rate) and rounded with currency.round(), whose default is ROUND_HALF_EVEN, i.e. half-even;
     * the company's account configuration "tax_rounding" says where: "document" (Tryton's
     * default: each tax's amount summed over the document, rounded once) or "line" (rounded
     * after each line). Tryton's prices are tax-exclusive.
     */
    static TargetTaxBehaviour
    tryton(Mapping::RoundingScope companyScope = Mapping::RoundingScope::PerDocument);
    friend bool operator==(const TargetTaxBehaviour &, const TargetTaxBehaviour &) = default;
};

/// What LedgerLink will write for an order's tax, and what to flag before writing.
struct TaxPlan
{
    Mapping::TaxAuthority authority = Mapping::TaxAuthority::Store;
    /// The amounts written: the store's own (pass-through) when the store is the tax authority,
    /// else the document built by the ERP's rule.
    TaxDocument send = {};
    /// The target's own computation when it computes tax itself.
    std::optional<TaxDocument> targetResult = {};
    /// Flagged before writing: the store's totals against its own lines, and the target's
    /// predicted result against the store's amounts.
    QList<MoneyDifference> differences = {};
};

/**
 * Plans an order's tax. Store authority: `send` is passThroughDocument(order); when `target`
 * computes tax itself, its result is predicted with target->rule and compared. ERP authority:
 * `send` is built by the ERP's rule (target->rule when given, else the policies') and compared
 * with what the store charged.
 */
MoneyResult<TaxPlan> planTax(const Model::Order &order, const Mapping::Policies &policies,
                             const std::optional<TargetTaxBehaviour> &target = std::nullopt);

// ---- 3. multi-currency -------------------------------------------------------------------------

/// `amount` × `rate` in `home`, rounded with `mode`. `rate` is home units per one unit of the
/// amount's currency. Errors: an invalid amount or home currency, a rate that is not positive,
/// a rate other than 1 between a currency and itself.
MoneyResult<Model::Money> toHomeCurrency(const Model::Money &amount, const Model::Currency &home,
                                         const Model::Decimal &rate, Model::RoundingMode mode);

/// A document's amounts in the home currency.
struct HomeCurrencyDocument
{
    struct Line
    {
        DocumentLine::Kind kind = DocumentLine::Kind::Item;
        QString id = {};
        Model::Money net = {};
        Model::Money tax = {};
        Model::Money gross = {}; ///< net + tax
        friend bool operator==(const Line &, const Line &) = default;
    };
    Model::Currency currency = {}; ///< the document's
    Model::Currency home = {};
    Model::Decimal rate = {};
    Model::RoundingMode mode = Model::RoundingMode::HalfEven;
    QList<Line> lines = {};
    Model::Money net = {}; ///< Σ lines
    Model::Money taxTotal = {}; ///< Σ lines
    Model::Money total = {}; ///< Σ lines
    Model::Money totalAtOnce = {}; ///< the document total converted in one step
    Model::Money taxAtOnce = {}; ///< the document tax converted in one step
    /// "currency_rate" differences between the one-step conversions (source) and the sums (target).
    QList<MoneyDifference> differences = {};

    /// {"currency", "home_currency", "rate", "mode", "lines": [{"kind", "id", "net", "tax",
    /// "gross"}], "net", "tax_total", "total", "tax_at_once", "total_at_once", "differences"}.
    QJsonObject toJson() const;
    friend bool operator==(const HomeCurrencyDocument &, const HomeCurrencyDocument &) = default;
};

/// Converts `document` line by line into `home` at `rate` with `mode` (rule 3).
MoneyResult<HomeCurrencyDocument> convertDocument(const TaxDocument &document, const Model::Currency &home,
                                                  const Model::Decimal &rate, Model::RoundingMode mode);
/// convertDocument() with the order's own base currency and exchange rate. Error when the order
/// does not say its base currency: no default is assumed.
MoneyResult<HomeCurrencyDocument> convertOrderDocument(const Model::Order &order, const TaxDocument &document,
                                                       Model::RoundingMode mode);

// ---- 4. refunds --------------------------------------------------------------------------------

/// The invoice a credit note credits.
struct InvoiceRef
{
    QString invoiceId = {};
    QString invoiceNumber = {};
    QString customerId = {};
    Model::Currency currency = {}; ///< invalid: take the document's

    static InvoiceRef of(const Model::Invoice &invoice);
};

/// A credit note and what does not match the store's refund.
struct CreditNoteResult
{
    Model::CreditNote note = {};
    /// The refund's total against the credit note's; a line whose last units leave an amount
    /// uncredited.
    QList<MoneyDifference> differences = {};

    /// {"invoice_id", "order_id", "refund_id", "currency", "lines": [{"order_line_id", "sku",
    /// "description", "quantity", "unit_price", "discount", "taxes": [{"title", "rate",
    /// "amount"}], "total"}], "subtotal", "tax_total", "total", "differences"}.
    QJsonObject toJson() const;
};

/**
 * The credit note for `refund` against the invoiced `document` (rule 4), after the `earlier`
 * refunds of the same order (in the order they were credited; one that names no line, shipping
 * or adjustment counts as the full refund creditNoteForRemainder() made of it). Credit note lines: one per
 * refund line (quantity, unit price, the credited discount, its tax components, total = net credited), then
 * "Shipping" when shipping is refunded (Refund::shipping, in the order's price basis), then "Refund
 * adjustment" (untaxed) for Refund::adjustment. Errors name the refund and the field: a line that is not on
 * the order, a quantity that is not positive or more than is left, an amount above what is left, another
 * currency, a refund of another order or one already credited.
 */
MoneyResult<CreditNoteResult> creditNoteForRefund(const TaxDocument &document, const InvoiceRef &invoice,
                                                  const QList<Model::Refund> &earlier,
                                                  const Model::Refund &refund);

/// A full refund after the `earlier` ones: credits every quantity, amount, tax and shipping not
/// yet credited, whatever `refund`'s lines say (its id, note and total are used). Error when
/// nothing is left to credit.
MoneyResult<CreditNoteResult> creditNoteForRemainder(const TaxDocument &document, const InvoiceRef &invoice,
                                                     const QList<Model::Refund> &earlier,
                                                     const Model::Refund &refund);

// ---- 5. marketplace split -----------------------------------------------------------------------

/// One document per vendor, in the order the vendors first appear (rule 5). Errors: an item line
/// without a vendor; shipping with no vendor net amount to share it by.
MoneyResult<QList<TaxDocument>> splitByVendor(const TaxDocument &document);

// ---- 6. settlement -----------------------------------------------------------------------------

/// A fee the payment gateway kept (positive) or gave back (negative).
struct GatewayFee
{
    QString transactionId = {}; ///< the payment or refund it belongs to
    QString description = {};
    Model::Money amount = {};
};

/// percent × amount (a fraction: 0.029 is 2.9 %) rounded with `mode`, plus `fixed`.
MoneyResult<Model::Money> percentageFee(const Model::Money &amount, const Model::Decimal &percent,
                                        const Model::Money &fixed, Model::RoundingMode mode);

/// A gateway payout: what was settled, what the gateway kept, what reaches the bank.
struct Payout
{
    struct Line
    {
        enum class Kind { Payment, Refund, Fee };
        Kind kind = Kind::Payment;
        QString reference = {}; ///< payment, refund or fee's transaction id
        QString orderId = {};
        Model::Money amount = {}; ///< signed as it moves the payout: payments +, refunds and fees −
        friend bool operator==(const Line &, const Line &) = default;
    };
    QString id = {};
    Model::Currency currency = {};
    QList<Line> lines = {};
    Model::Money payments = {}; ///< Σ settled payments
    Model::Money refunds = {}; ///< Σ refunds (positive)
    Model::Money fees = {}; ///< Σ fees (positive: kept by the gateway), recorded as an expense
    Model::Money net = {}; ///< payments − refunds − fees
    Model::Money deposit = {}; ///< the bank deposit
    /// Empty when net == deposit; otherwise the difference (deposit − net, source = the deposit)
    /// and its cause: "missing_record" when it is exactly one payment, refund or fee.
    QList<MoneyDifference> differences = {};

    bool matchesDeposit() const { return differences.isEmpty(); }
    /// {"id", "currency", "lines": [{"kind", "reference", "order_id", "amount"}], "payments",
    /// "refunds", "fees", "net", "deposit", "differences"}.
    QJsonObject toJson() const;
};

/**
 * The payout `payoutId` of settled `payments` (status "success" or unset; kind "sale",
 * "capture" or unset), `refunds` (their totals) and `fees`, checked against the bank `deposit`
 * (rule 6). Errors: an amount in another currency, a payment that is not settled or not
 * positive, a refund without a total, the same payment twice.
 */
MoneyResult<Payout> settle(const QString &payoutId, const QList<Model::Payment> &payments,
                           const QList<Model::Refund> &refunds, const QList<GatewayFee> &fees,
                           const Model::Money &deposit);

/**
 * settle() of a gateway's own payout record (the store connector's canonical Model::Payout):
 * each "charge" is a settled payment of its amount, each "refund" a refund of its amount (taken
 * out: negative in the balance), anything else that moved the balance (an adjustment, a dispute,
 * a reserve) a fee of what it took out (given back when it added), and each movement's fee a
 * fee; the deposit is the payout's amount. Errors as settle()'s, and a charge that is not positive
 * or a refund that is not negative.
 */
MoneyResult<Payout> settle(const Model::Payout &payout);

} // namespace LedgerLink::Engine::MoneyRules
