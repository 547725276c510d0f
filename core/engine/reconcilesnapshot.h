#pragma once

#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Engine {

// ---- facts: what a truth pass keeps of each record it reads (never the vendor document) ----------

/// A store order, as the orders comparison needs it.
struct OrderFacts
{
    QString recordId; ///< the connector's id
    QString number; ///< as people know it ("#1001")
    QString storeKey; ///< the connector's match key ("1001")
    QString erpKey; ///< the key the ERP record carries, as the rule's mapping gives it ("#1001")
    Model::Money total = {};
    Model::Currency currency = {};
    Model::Currency baseCurrency = {};
    Model::Decimal rate{1};
    bool taxesIncluded = false;
    Model::Money shipping = {}; ///< shipping charged (net of discounts; with its tax when prices exclude tax)
    QString shippingTitles = {}; ///< the shipping lines' titles, joined with ", "
    Model::Money shippingTax = {}; ///< included in `shipping` when prices exclude tax
    Model::Money taxTotal = {};
    Model::Money lineTax = {}; ///< the lines' (and shipping lines') taxes, each as rounded per line
    QString lineTaxes = {}; ///< each line's tax as rounded on it, joined with " + "
    Model::Money unallocatedDiscount = {}; ///< order discounts not allocated to lines or shipping
    int lines = 0;
    int shippingLines = 0;
    QDateTime updatedAt = {};
};

/// An ERP document (invoice, sale, credit note).
struct DocumentFacts
{
    QString id;
    QString number = {};
    QString key = {};
    QString status = {};
    Model::Money total = {};
    Model::Money taxTotal = {};
    QString invoiceId = {}; ///< credit notes: the invoice they credit
    QString refundKey = {}; ///< credit notes: the refund they credit, where the ERP keeps it
    QDateTime updatedAt = {};
    [[nodiscard]] QString label() const { return number.isEmpty() ? id : number; }
};

/// A store refund.
struct RefundFacts
{
    QString recordId; ///< "5106/17000000001"
    QString refundId = {}; ///< the canonical id ("17000000001")
    QString orderId = {};
    QString storeKey = {};
    QString erpKey = {};
    Model::Money total = {};
    Model::Money shipping = {};
    QStringList lines = {}; ///< "1 × TEE-ORG-L"
    QDateTime processedAt = {};
    QDateTime updatedAt = {};
    /// A vendor's part of a refund of an order split by vendor ("<refund record id>/<vendor>"):
    /// the whole refund's record id; empty otherwise.
    QString partOf = {};
};

/// A gateway payout of the store, as the payouts comparison needs it (MoneyRules::settle's view).
struct PayoutFacts
{
    QString recordId; ///< the connector's id
    QString storeKey = {};
    QString erpKey = {}; ///< the key the ERP's deposit carries, as the rule's mapping gives it
    Model::Money deposit = {}; ///< what the gateway paid into the bank
    Model::Money payments = {};
    Model::Money refunds = {};
    Model::Money fees = {};
    Model::Money net = {}; ///< payments − refunds − fees
    QDateTime date = {};
    /// Set when the movements do not come to the deposit: the settle difference's evidence, and
    /// whether it is exactly one movement (missing_record) rather than unexplained.
    QString unsettled = {};
    bool oneMovement = false;
};

/// A variant (or item) with a SKU of a catalog or stock record.
struct VariantFacts
{
    QString sku;
    QString id = {}; ///< the variant's id
    QString inventoryItem = {}; ///< the store's inventory item of the variant ("" when none)
    Model::Money price = {};
    std::optional<Model::Decimal> quantity = {}; ///< at the stock rule's quantity field, when read for stock
};

/// A catalog, item or stock level record: its variants with a SKU, or the level it is.
struct SkuFacts
{
    QList<VariantFacts> variants = {};
    bool level = false; ///< a stock level (the fields below), not a product
    QString sku = {}; ///< level: its SKU ("" when it names only its inventory item)
    QString inventoryItem = {};
    QString location = {};
    Model::Decimal available = {};
};

/// One record as read: its id and change time, and its facts or why it cannot be compared.
template<typename Facts>
struct RecordFacts
{
    QString id;
    QDateTime updatedAt = {}; ///< the record's, as the connector read it
    QString unreadable = {}; ///< set: why it cannot be compared (no `facts`)
    std::optional<Facts> facts = {};
};

/**
 * What a truth pass reads of both systems (Reconciler::fetch()), kept so that the comparison can
 * run from it later, any number of times, without the network (Reconciler::run() with a snapshot).
 *
 * Per side and per vendor object, the facts of each record the comparison needs, extracted when
 * the record was read (the connector's canonical record, then what the comparison keeps of it:
 * amounts, keys, SKUs and quantities, the ERP key the mapping gives an order) — never the vendor
 * document. Plain data: it may be built on one thread and compared on another, and it may be built
 * by hand (a benchmark, a test) through Reconciler::addToSnapshot() from what the side's
 * connector's readPage() gives.
 */
struct ReconcileSnapshot
{
    /// The records of one vendor object of one side, as the facts the comparisons need (only the
    /// lists of the kinds the object is compared as are filled, each in the order read).
    struct Records
    {
        QList<RecordFacts<OrderFacts>> orders = {};
        QList<RecordFacts<RefundFacts>> refunds = {};
        QList<RecordFacts<DocumentFacts>> documents = {};
        QList<RecordFacts<SkuFacts>> skus = {};
        QList<RecordFacts<PayoutFacts>> payouts = {};
        qsizetype count = 0; ///< records read (an order split by vendor: one per part)
        /// Valid: only the records updated since then were read (the pass's `since`); a comparison
        /// may narrow them further, never widen them.
        QDateTime since = {};
    };

    QHash<QString, Records> store; ///< by the store's object name ("order", "product", ...)
    QHash<QString, Records> erp; ///< by the ERP's object name ("Invoice", "Item", ...)
    /// The currency each side's amounts are read in when a record names none, as the connectors
    /// learned it while reading (Shopify's shop currency, Xero's base currency): ISO code, "" when
    /// the connector keeps none.
    QString storeCurrency = {};
    QString erpCurrency = {};
    QDateTime fetched = {}; ///< when the reads ended (invalid when built by hand)
    int requests = 0; ///< HTTP requests the reads took

    /// The records of `object` on the store (`erp` false) or ERP side; nullptr when none were read.
    [[nodiscard]] const Records *recordsOf(bool erp, const QString &object) const;
    /// All records held, both sides.
    [[nodiscard]] qsizetype size() const;
};

/// What Reconciler::fetch() gives.
struct ReconcileFetch
{
    std::optional<ReconcileSnapshot> snapshot; ///< set on success
    QString error; ///< set on failure: which read failed and why
    bool cancelled = false; ///< stopped through RunProgress::cancelRequested between pages
};

} // namespace LedgerLink::Engine
