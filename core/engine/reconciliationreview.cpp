// What reviewing a reconciliation needs beyond the pass itself (the studio's Reconciliation page):
// a stored run read back as a report, a finding's two records side by side line by line, read
// through the connectors with read-only clients, and the report as a printable page.

#include "engine/reconciliationreview.h"

#include "connectors/connector.h"
#include "engine/connectordryrun.h"
#include "engine/ratelimiter.h"
#include "engine/reconciliationrepair.h"
#include "engine/workspaceconfig.h"
#include "model/currency.h"
#include "model/money.h"
#include "model/payout.h"
#include "net/httpclient.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtNetwork/QNetworkAccessManager>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {

using Model::Decimal;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::ReconciliationReview)
};

std::optional<Decimal> decimalOf(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return Decimal::fromString(text);
}

/// A canonical amount: a Money object ({"amount", "currency"}) or a plain decimal.
std::optional<Decimal> amountOf(const QJsonValue &value)
{
    if (value.isObject())
        return Decimal::fromJson(value.toObject().value(u"amount"_s));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return Decimal::fromJson(value);
}

std::optional<Decimal> sumOf(const std::optional<Decimal> &a, const std::optional<Decimal> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return *a + *b;
}

/// A status of an ERP record that no longer counts (voided, deleted, cancelled), as the truth pass
/// reads it.
bool isGoneStatus(const QString &status)
{
    static const QStringList gone{u"void"_s,   u"voided"_s,    u"deleted"_s,
                                  u"cancel"_s, u"cancelled"_s, u"canceled"_s};
    return gone.contains(status.toLower());
}

QString signedText(const Decimal &value)
{
    return value.signum() > 0 ? u"+"_s + value.toString() : value.toString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : Text::tr("(unknown)");
}

// ---- canonical documents, as far as a side-by-side view needs them ----------------------------------

struct DocumentLine
{
    QString sku;
    QString title;
    std::optional<Decimal> quantity;
    std::optional<Decimal> unitPrice;
    std::optional<Decimal> amount; ///< the line's total as the side reports it
    std::optional<Decimal> tax;
};

struct Document
{
    bool present = false;
    QString id;
    QString number;
    QString status;
    QString currency;
    QString baseCurrency;
    std::optional<Decimal> rate;
    QList<DocumentLine> lines;
    std::optional<Decimal> shipping;
    QStringList shippingTitles;
    std::optional<Decimal> taxTotal;
    QStringList lineTaxes; ///< each line's tax, as rounded on the line
    std::optional<Decimal> total;
};

std::optional<Decimal> taxOf(const QJsonValue &taxLines)
{
    std::optional<Decimal> sum;
    for (const QJsonValue &tax : taxLines.toArray())
        sum = sumOf(sum, amountOf(tax.toObject().value(u"amount"_s)));
    return sum;
}

Document documentOf(const QJsonObject &json)
{
    Document document;
    if (json.isEmpty())
        return document;
    document.present = true;
    document.id = json.value(u"id"_s).toString();
    document.number = json.value(u"number"_s).toString();
    document.status = json.value(u"status"_s).toString();
    if (document.status.isEmpty()) // an order: its payment status
        document.status = json.value(u"financial_status"_s).toString();
    document.currency = json.value(u"currency"_s).toString();
    if (document.currency.isEmpty())
        document.currency = json.value(u"total"_s).toObject().value(u"currency"_s).toString();
    document.baseCurrency = json.value(u"base_currency"_s).toString();
    document.rate = Decimal::fromJson(json.value(u"exchange_rate"_s));
    for (const QJsonValue &value : json.value(u"lines"_s).toArray()) {
        const QJsonObject object = value.toObject();
        DocumentLine line;
        line.sku = object.value(u"sku"_s).toString();
        line.title = object.value(u"title"_s).toString();
        if (line.title.isEmpty())
            line.title = object.value(u"description"_s).toString();
        line.quantity = Decimal::fromJson(object.value(u"quantity"_s));
        line.unitPrice = amountOf(object.value(u"unit_price"_s));
        line.amount = amountOf(object.value(u"total"_s));
        if (!line.amount) // a refund line
            line.amount = amountOf(object.value(u"subtotal"_s));
        line.tax = object.contains(u"tax_lines"_s) ? taxOf(object.value(u"tax_lines"_s))
                                                   : amountOf(object.value(u"tax"_s));
        if (line.tax)
            document.lineTaxes.append(line.tax->toString());
        document.lines.append(line);
    }
    for (const QJsonValue &value : json.value(u"shipping_lines"_s).toArray()) {
        const QJsonObject object = value.toObject();
        std::optional<Decimal> price = amountOf(object.value(u"price"_s));
        if (const auto discount = amountOf(object.value(u"discount"_s)); price && discount)
            *price -= *discount;
        document.shipping = sumOf(document.shipping, price);
        if (const QString title = object.value(u"title"_s).toString(); !title.isEmpty())
            document.shippingTitles.append(title);
        if (const auto tax = taxOf(object.value(u"tax_lines"_s)); tax && !tax->isZero())
            document.lineTaxes.append(tax->toString());
    }
    if (const auto refunded = amountOf(json.value(u"shipping"_s));
        refunded && !json.contains(u"shipping_lines"_s))
        document.shipping = refunded;
    document.taxTotal = amountOf(json.value(u"tax_total"_s));
    if (!document.taxTotal) {
        for (const DocumentLine &line : std::as_const(document.lines))
            document.taxTotal = sumOf(document.taxTotal, line.tax);
    }
    document.total = amountOf(json.value(u"total"_s));
    return document;
}

/// "2 × 29.99 · tax 9.58 · Organic Cotton Tee - M"
QString lineText(const DocumentLine &line, const QString &currencySuffix)
{
    QStringList parts;
    if (line.quantity && line.unitPrice)
        parts.append(Text::tr("%1 × %2").arg(line.quantity->normalized().toString(),
                                             line.unitPrice->toString() + currencySuffix));
    if (line.tax)
        parts.append(Text::tr("tax %1").arg(line.tax->toString() + currencySuffix));
    if (!line.title.isEmpty() && line.title != line.sku)
        parts.append(line.title);
    return parts.join(u" · "_s);
}

bool sameLine(const DocumentLine &a, const DocumentLine &b)
{
    if (!a.sku.isEmpty() || !b.sku.isEmpty())
        return a.sku == b.sku;
    return !a.title.isEmpty() && a.title == b.title;
}

/// The ERP accounts a payout's deposit lines are booked on, from the mapping's lookup tables
/// (payoutSideBySide() tells the lines apart by them).
PayoutContext payoutContextOf(const Mapping::MappingDocument &mapping)
{
    PayoutContext context;
    const auto entry = [&mapping](const QString &table, const QString &key) -> QString {
        const Mapping::LookupTable *lookup = mapping.lookupTable(table);
        if (!lookup)
            return {};
        return lookup->entries.value(key).toVariant().toString();
    };
    if (const QString account = entry(u"payment_accounts"_s, u"shopify_payments"_s); !account.isEmpty())
        context.paymentAccounts.append(account);
    if (const QString account = entry(u"payout_accounts"_s, u"fees"_s); !account.isEmpty())
        context.feeAccounts.append(account);
    return context;
}

/// The numbers ("#1001") of the orders a payout's movements belong to, read from the store: at
/// most `most` orders (the rest, and any that cannot be read, are shown by id, said in `notes`).
QHash<QString, QString> orderNumbersOf(Connectors::Connector &store, const QJsonObject &payout,
                                       QStringList *notes, int most = 50)
{
    QHash<QString, QString> numbers;
    QStringList ids;
    for (const QJsonValue &value : payout.value(u"transactions"_s).toArray()) {
        const QString id = value.toObject().value(u"order_id"_s).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.size() > most) {
        notes->append(Text::tr("The payout pays out %1 orders: the first %2 are named by their number, "
                               "the others by their id.")
                          .arg(ids.size())
                          .arg(most));
        ids.resize(most);
    }
    QStringList unread;
    for (const QString &id : std::as_const(ids)) {
        const Connectors::ReadOne one = store.readById(u"order"_s, id);
        std::optional<QJsonObject> canonical;
        QString problem;
        if (!one.failure && one.record)
            canonical = store.toCanonical(*one.record, &problem);
        const QString number = canonical ? canonical->value(u"number"_s).toString() : QString();
        if (number.isEmpty())
            unread.append(id);
        else
            numbers.insert(id, number);
    }
    if (!unread.isEmpty())
        notes->append(Text::tr("The numbers of the orders %1 could not be read: they are named by their id.")
                          .arg(unread.join(u", "_s)));
    return numbers;
}

} // namespace

// ---- stored runs ---------------------------------------------------------------------------------------

ReconciliationFinding findingFromResult(const Store::ReconciliationResult &result)
{
    ReconciliationFinding finding;
    finding.object = result.objectType;
    finding.rule = result.details.value(u"rule"_s).toString();
    finding.key = result.matchKey;
    finding.storeId = result.storeId;
    finding.storeAmount = decimalOf(result.storeAmount);
    finding.erpId = result.erpId;
    finding.erpAmount = decimalOf(result.erpAmount);
    finding.difference = decimalOf(result.difference).value_or(Decimal());
    finding.currency = result.currency;
    finding.cause = mismatchCauseFrom(result.cause).value_or(MismatchCause::Unknown);
    finding.evidence = result.evidence;
    finding.repair = result.repair;
    finding.missing = result.status == Store::ReconciliationStatus::Missing;
    return finding;
}

ReconcileReport reportFromStored(const Store::Run &run, const QList<Store::ReconciliationResult> &results)
{
    const QJsonObject counts = run.counts;
    ReconcileReport report;
    report.runId = run.id;
    report.workspaceDir = counts.value(u"workspace"_s).toString();
    report.connectionPair = run.connectionPair;
    report.storeName = counts.value(u"store"_s).toString();
    report.erpName = counts.value(u"erp"_s).toString();
    report.started = run.started;
    report.finished = run.finished.value_or(QDateTime());
    report.since = QDateTime::fromString(counts.value(u"since"_s).toString(), Qt::ISODateWithMs);
    report.requests = counts.value(u"requests"_s).toInt();
    report.mode =
        counts.value(u"mode"_s).toString() == u"repair"_s ? ReconcileMode::Repair : ReconcileMode::Report;
    for (const QJsonValue &value : counts.value(u"objects"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<ReconcileObject> kind = reconcileObjectFrom(object.value(u"object"_s).toString());
        if (!kind)
            continue;
        ReconcileTally tally;
        tally.object = *kind;
        tally.rule = object.value(u"rule"_s).toString();
        tally.storeRecords = object.value(u"store_records"_s).toInt();
        tally.erpRecords = object.value(u"erp_records"_s).toInt();
        tally.compared = object.value(u"compared"_s).toInt();
        tally.matched = object.value(u"matched"_s).toInt();
        tally.differences = object.value(u"differences"_s).toInt();
        tally.missing = object.value(u"missing"_s).toInt();
        tally.skipped = object.value(u"skipped"_s).toString();
        for (const QJsonValue &note : object.value(u"notes"_s).toArray())
            tally.notes.append(note.toString());
        report.tallies.append(tally);
    }
    for (const Store::ReconciliationResult &result : results)
        report.findings.append(findingFromResult(result));
    return report;
}

bool isRepairPass(const ReconcileReport &report)
{
    // The mode the pass stored; a finding repaired on its own later does not make a report pass
    // one (its repair says what became of it all the same).
    return report.mode == ReconcileMode::Repair;
}

std::optional<Decimal> inMinorUnits(const Decimal &amount, const QString &currency)
{
    if (currency.isEmpty())
        return std::nullopt;
    const std::optional<Model::Currency> known = Model::Currency::fromCode(currency);
    if (!known)
        return std::nullopt;
    qint64 factor = 1;
    for (int i = 0; i < known->minorUnits(); ++i)
        factor *= 10;
    return (amount.rounded(known->minorUnits(), Model::RoundingMode::HalfEven) * Decimal(factor))
        .normalized();
}

// ---- side by side -----------------------------------------------------------------------------------

FindingSides sideBySide(const QJsonObject &storeJson, const QJsonObject &erpJson, Model::RoundingMode mode)
{
    const Document store = documentOf(storeJson);
    Document erp = documentOf(erpJson);
    // A mapping that writes the order's shipping as a line of its own (the sandbox's "[+]"): an ERP
    // line without a SKU named as one of the store's shipping lines is that shipping.
    if (erp.present && !erp.shipping) {
        for (qsizetype j = 0; j < erp.lines.size();) {
            const DocumentLine &line = erp.lines.at(j);
            const bool storeLine =
                std::any_of(store.lines.cbegin(), store.lines.cend(),
                            [&line](const DocumentLine &own) { return sameLine(own, line); });
            if (!line.sku.isEmpty() || storeLine || !store.shippingTitles.contains(line.title)) {
                ++j;
                continue;
            }
            erp.shipping = sumOf(erp.shipping, line.amount);
            erp.shippingTitles.append(line.title);
            erp.lines.removeAt(j);
        }
    }
    FindingSides sides;
    sides.currency = erp.present ? erp.currency : store.currency;

    // Store amounts in the ERP's currency: as they are, converted with the order's own rate, or not
    // comparable at all.
    bool comparable = true;
    std::function<std::optional<Decimal>(const std::optional<Decimal> &)> convert =
        [](const std::optional<Decimal> &amount) {
            return amount;
        };
    QString storeSuffix;
    if (store.present && erp.present && store.currency != erp.currency) {
        storeSuffix = u' ' + store.currency;
        const std::optional<Model::Currency> target = Model::Currency::fromCode(erp.currency);
        if (target && store.baseCurrency == erp.currency && store.rate) {
            const Decimal rate = *store.rate;
            convert = [rate, target, mode](const std::optional<Decimal> &amount) -> std::optional<Decimal> {
                if (!amount)
                    return std::nullopt;
                return Model::Money::of(*amount * rate, *target, mode).amount();
            };
            sides.conversion = Text::tr("Store amounts are in %1, shown in %2 at the order's rate %3, "
                                        "converted amount by amount.")
                                   .arg(store.currency, erp.currency, rate.toString());
        } else {
            comparable = false;
            sides.notes.append(Text::tr("The store's amounts are in %1 and the ERP's in %2, and no rate "
                                        "between them is known: they are shown, not compared.")
                                   .arg(store.currency, erp.currency));
        }
    }
    const auto row = [&](SideBySideRow::Kind kind, const QString &label, const QString &storeText,
                         const std::optional<Decimal> &storeAmount, const QString &erpText,
                         const std::optional<Decimal> &erpAmount) {
        SideBySideRow line;
        line.kind = kind;
        line.label = label;
        line.storeText = storeText;
        line.erpText = erpText;
        line.storeAmount = comparable ? convert(storeAmount) : storeAmount;
        line.erpAmount = erpAmount;
        if (comparable && (line.storeAmount || line.erpAmount))
            line.difference = line.storeAmount.value_or(Decimal()) - line.erpAmount.value_or(Decimal());
        sides.rows.append(line);
    };

    // Each store line with the ERP line of the same SKU: the same quantity first, else the first.
    QList<bool> used(erp.lines.size(), false);
    for (const DocumentLine &line : store.lines) {
        qsizetype match = -1;
        for (qsizetype j = 0; j < erp.lines.size(); ++j) {
            if (used.at(j) || !sameLine(line, erp.lines.at(j)))
                continue;
            if (match < 0)
                match = j;
            if (line.quantity && erp.lines.at(j).quantity && *line.quantity == *erp.lines.at(j).quantity) {
                match = j;
                break;
            }
        }
        const QString label = line.sku.isEmpty() ? line.title : line.sku;
        if (match < 0) {
            row(SideBySideRow::Kind::Line, label, lineText(line, storeSuffix), line.amount,
                erp.present ? Text::tr("(no such line)") : QString(), std::nullopt);
            continue;
        }
        used[match] = true;
        const DocumentLine &other = erp.lines.at(match);
        row(SideBySideRow::Kind::Line, label, lineText(line, storeSuffix), line.amount, lineText(other, {}),
            other.amount);
    }
    for (qsizetype j = 0; j < erp.lines.size(); ++j) {
        if (used.at(j))
            continue;
        const DocumentLine &line = erp.lines.at(j);
        row(SideBySideRow::Kind::Line, line.sku.isEmpty() ? line.title : line.sku,
            store.present ? Text::tr("(no such line)") : QString(), std::nullopt, lineText(line, {}),
            line.amount);
    }
    if ((store.shipping && !store.shipping->isZero()) || (erp.shipping && !erp.shipping->isZero())) {
        row(SideBySideRow::Kind::Shipping, Text::tr("Shipping"),
            store.shipping ? store.shippingTitles.join(u", "_s) : Text::tr("(no shipping)"), store.shipping,
            erp.shipping ? erp.shippingTitles.join(u", "_s) : Text::tr("(no shipping)"), erp.shipping);
    }
    const auto taxText = [](const Document &document, const QString &suffix) -> QString {
        if (!document.present)
            return {};
        if (document.lineTaxes.isEmpty())
            return document.taxTotal ? Text::tr("on the document") : Text::tr("(no tax)");
        return Text::tr("lines: %1").arg(document.lineTaxes.join(u" + "_s) + suffix);
    };
    if (store.taxTotal || erp.taxTotal)
        row(SideBySideRow::Kind::Tax, Text::tr("Tax"), taxText(store, storeSuffix), store.taxTotal,
            taxText(erp, {}), erp.taxTotal);
    // The totals' amounts are in the amount columns; beside them, the record's status ("paid", "draft").
    // (and, converted, the store's own total).
    const auto totalText = [](const Document &document, const QString &suffix) -> QString {
        if (!document.present)
            return {};
        if (!document.total)
            return Text::tr("(no total)");
        QStringList parts;
        if (!suffix.isEmpty())
            parts.append(document.total->toString() + suffix);
        if (!document.status.isEmpty())
            parts.append(document.status);
        return parts.join(u" · "_s);
    };
    row(SideBySideRow::Kind::Total, Text::tr("Total"), totalText(store, storeSuffix), store.total,
        totalText(erp, {}), erp.total);
    if (!store.present)
        sides.notes.append(Text::tr("The store has no such record."));
    if (!erp.present)
        sides.notes.append(Text::tr("The ERP has no such record."));
    return sides;
}

FindingSides payoutSideBySide(const QJsonObject &payoutJson, const QJsonObject &depositJson,
                              const PayoutContext &context)
{
    FindingSides sides;
    std::optional<Model::Payout> payout;
    if (!payoutJson.isEmpty()) {
        QString problem;
        payout = Model::Payout::fromJson(payoutJson, &problem);
        if (!payout)
            sides.notes.append(Text::tr("The store's payout cannot be read: %1").arg(problem));
    }
    // A deposit deleted or voided in the ERP is no deposit: the truth pass counts it as missing.
    bool depositPresent = !depositJson.isEmpty();
    const QString depositStatus = depositJson.value(u"status"_s).toString();
    if (depositPresent && isGoneStatus(depositStatus)) {
        depositPresent = false;
        sides.notes.append(Text::tr("The ERP's deposit is %1: it counts as no deposit, so the store's side "
                                    "is shown alone.")
                               .arg(depositStatus));
    }
    const QString depositCurrency = depositJson.value(u"currency"_s).toString();
    const QString payoutCurrency = payout ? payout->currency.code() : QString();
    sides.currency = depositPresent ? depositCurrency : payoutCurrency;
    const bool comparable = !payout || !depositPresent || payoutCurrency == depositCurrency;
    if (!comparable)
        sides.notes.append(Text::tr("The payout is in %1 and the deposit in %2: they are shown, not "
                                    "compared.")
                               .arg(payoutCurrency, depositCurrency));

    const auto row = [&](SideBySideRow::Kind kind, const QString &label, const QString &storeText,
                         const std::optional<Decimal> &storeAmount, const QString &erpText,
                         const std::optional<Decimal> &erpAmount) {
        SideBySideRow line;
        line.kind = kind;
        line.label = label;
        line.storeText = storeText;
        line.erpText = erpText;
        line.storeAmount = storeAmount;
        line.erpAmount = erpAmount;
        if (kind != SideBySideRow::Kind::Movement && comparable && (storeAmount || erpAmount))
            line.difference = storeAmount.value_or(Decimal()) - erpAmount.value_or(Decimal());
        sides.rows.append(line);
    };

    // The store's side: each movement, then its sums as the deposit books them.
    std::optional<Decimal> payments; // every movement's amount
    std::optional<Decimal> fees; // the movements' fees, taken out (negative)
    Decimal charges;
    Decimal refunds;
    Decimal others;
    bool anyRefund = false;
    bool anyOther = false;
    QStringList feeTexts;
    if (payout) {
        // Sums with the currency's decimals from the start: no refunds is "0.00", not "0".
        const Decimal zero = Model::Money::zero(payout->currency).amount();
        payments = fees = charges = refunds = others = zero;
        for (const Model::PayoutTransaction &movement : std::as_const(payout->transactions)) {
            const Decimal amount = movement.amount.amount();
            const Decimal fee = movement.fee.amount();
            *payments += amount;
            *fees -= fee;
            if (movement.type == u"charge"_s) {
                charges += amount;
            } else if (movement.type == u"refund"_s) {
                refunds += amount;
                anyRefund = true;
            } else {
                others += amount;
                anyOther = true;
            }
            if (!fee.isZero())
                feeTexts.append(fee.toString());
            QString label = context.orderNumbers.value(movement.orderId);
            if (label.isEmpty())
                label = movement.orderId.isEmpty() ? Text::tr("%1 %2").arg(
                            movement.type.isEmpty() ? Text::tr("movement") : movement.type, movement.id)
                                                   : Text::tr("order %1").arg(movement.orderId);
            QStringList parts;
            if (!movement.type.isEmpty())
                parts.append(movement.type);
            parts.append(Text::tr("fee %1").arg(fee.toString()));
            if (movement.processedAt.isValid())
                parts.append(movement.processedAt.toUTC().date().toString(u"yyyy-MM-dd"_s));
            row(SideBySideRow::Kind::Movement, label, parts.join(u" · "_s), amount, {}, std::nullopt);
        }
    }

    // The ERP's side: each deposit line to the sum it carries (see the header).
    struct DepositLine
    {
        QString text;
        std::optional<Decimal> amount;
    };
    QList<DepositLine> paymentLines;
    QList<DepositLine> feeLines;
    std::optional<Decimal> depositTotal;
    std::optional<Decimal> depositTax;
    if (depositPresent) {
        depositTotal = decimalOf(depositJson.value(u"total"_s).toString());
        depositTax = decimalOf(depositJson.value(u"total_tax"_s).toString());
        for (const QJsonValue &value : depositJson.value(u"lines"_s).toArray()) {
            const QJsonObject object = value.toObject();
            const QString account = object.value(u"account_code"_s).toString();
            const QString description = object.value(u"description"_s).toString();
            std::optional<Decimal> amount = decimalOf(object.value(u"amount"_s).toString());
            if (!amount) { // no line amount: quantity × unit amount
                const auto quantity = decimalOf(object.value(u"quantity"_s).toString());
                const auto unit = decimalOf(object.value(u"unit_amount"_s).toString());
                if (quantity && unit)
                    amount = *quantity * *unit;
            }
            QStringList parts;
            if (!account.isEmpty())
                parts.append(account);
            if (!description.isEmpty())
                parts.append(description);
            DepositLine line{parts.join(u" · "_s), amount};
            if (!amount)
                sides.notes.append(Text::tr("A line of the deposit has no amount: %1").arg(line.text));
            const bool fee = context.feeAccounts.contains(account) ? true
                : context.paymentAccounts.contains(account)        ? false
                                                                   : amount && amount->signum() < 0;
            (fee ? feeLines : paymentLines).append(line);
        }
    }
    // A sum's lines: one line as it is; several, each with its amount.
    const auto linesText = [depositPresent](const QList<DepositLine> &lines) -> QString {
        if (!depositPresent)
            return {};
        if (lines.isEmpty())
            return Text::tr("(no such line)");
        if (lines.size() == 1)
            return lines.first().text;
        QStringList texts;
        for (const DepositLine &line : lines)
            texts.append(Text::tr("%1: %2").arg(line.text,
                                                line.amount ? line.amount->toString() : Text::tr("(none)")));
        return texts.join(u"; "_s);
    };
    const auto linesSum = [](const QList<DepositLine> &lines) -> std::optional<Decimal> {
        std::optional<Decimal> sum;
        for (const DepositLine &line : lines)
            sum = sumOf(sum, line.amount);
        return sum;
    };

    QString paymentsText;
    if (payout) {
        QStringList parts{Text::tr("payments %1").arg(charges.toString())};
        if (anyRefund)
            parts.append(Text::tr("refunds %1").arg(refunds.toString()));
        if (anyOther)
            parts.append(Text::tr("other movements %1").arg(others.toString()));
        paymentsText = parts.join(u" · "_s);
    }
    row(SideBySideRow::Kind::Sum, Text::tr("Payments less refunds"), paymentsText, payments,
        linesText(paymentLines), linesSum(paymentLines));
    QString feesText;
    if (payout) {
        feesText = feeTexts.isEmpty() ? Text::tr("no fees")
            : feeTexts.size() <= 6    ? Text::tr("−(%1)").arg(feeTexts.join(u" + "_s))
                                      : Text::tr("the fees of %1 movements").arg(feeTexts.size());
    }
    row(SideBySideRow::Kind::Sum, Text::tr("Fees"), feesText, fees, linesText(feeLines), linesSum(feeLines));
    if (depositTax && !depositTax->isZero())
        row(SideBySideRow::Kind::Tax, Text::tr("Tax"), payout ? Text::tr("(a payout has no tax)") : QString(),
            std::nullopt, Text::tr("on the deposit"), depositTax);

    QString storeTotalText;
    if (payout) {
        QStringList parts{Text::tr("deposit")};
        if (!payout->status.isEmpty())
            parts.append(payout->status);
        if (payout->date.isValid())
            parts.append(payout->date.toUTC().date().toString(u"yyyy-MM-dd"_s));
        storeTotalText = parts.join(u" · "_s);
    }
    QString erpTotalText;
    if (depositPresent) {
        QStringList parts;
        for (const QString &key : {u"type"_s, u"status"_s})
            if (const QString text = depositJson.value(key).toString(); !text.isEmpty())
                parts.append(text);
        if (const QString account = depositJson.value(u"bank_account"_s).toString(); !account.isEmpty())
            parts.append(Text::tr("bank account %1").arg(account));
        if (const QString date = depositJson.value(u"date"_s).toString(); !date.isEmpty())
            parts.append(date);
        erpTotalText = depositTotal ? parts.join(u" · "_s) : Text::tr("(no total)");
    }
    row(SideBySideRow::Kind::Total, Text::tr("Total"), storeTotalText,
        payout ? std::optional<Decimal>(payout->amount.amount()) : std::nullopt, erpTotalText, depositTotal);

    if (payout && payments && fees && *payments + *fees != payout->amount.amount()) {
        sides.notes.append(Text::tr("The payout's movements come to %1 (%2 less fees %3), not to its "
                                    "deposit %4: the gateway's own figures differ by %5.")
                               .arg((*payments + *fees).toString(), payments->toString(), (-*fees).toString(),
                                    payout->amount.amount().toString(),
                                    signedText(payout->amount.amount() - (*payments + *fees))));
    }
    if (payoutJson.isEmpty())
        sides.notes.append(Text::tr("The store has no such record."));
    if (depositJson.isEmpty())
        sides.notes.append(Text::tr("The ERP has no such record."));
    return sides;
}

FindingSides sidesOfAmounts(const Store::ReconciliationResult &finding)
{
    FindingSides sides;
    sides.currency = finding.currency;
    if (!finding.storeId.isEmpty() || !finding.storeAmount.isEmpty())
        sides.storeTitle = Text::tr("%1 %2").arg(finding.objectType, finding.storeId);
    if (!finding.erpId.isEmpty() || !finding.erpAmount.isEmpty())
        sides.erpTitle = Text::tr("%1 %2").arg(finding.objectType, finding.erpId);
    SideBySideRow row;
    row.kind = SideBySideRow::Kind::Amount;
    row.label = finding.matchKey;
    row.storeAmount = decimalOf(finding.storeAmount);
    row.erpAmount = decimalOf(finding.erpAmount);
    row.storeText = row.storeAmount ? QString() : Text::tr("(no record)");
    row.erpText = row.erpAmount ? QString() : Text::tr("(no record)");
    row.difference = decimalOf(finding.difference);
    sides.rows.append(row);
    return sides;
}

bool hasLines(const Store::ReconciliationResult &finding)
{
    return finding.objectType == u"order"_s || finding.objectType == u"refund"_s
        || finding.objectType == u"payout"_s;
}

FindingSidesOutcome readFindingSides(const QString &workspace, const Store::ReconciliationResult &finding,
                                     const std::function<bool(WorkspaceConfig &, QString *)> &credentials)
{
    FindingSidesOutcome outcome;
    if (!hasLines(finding)) {
        outcome.sides = sidesOfAmounts(finding);
        return outcome;
    }
    QString error;
    Sandbox::SandboxServices sandbox;
    const std::optional<std::pair<QUrl, QUrl>> urls = startSandboxIfNeeded(workspace, sandbox, &error);
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    std::optional<WorkspaceConfig> config = loadWorkspaceConfig(workspace, &error, urls);
    if (!config) {
        outcome.error = error;
        return outcome;
    }
    if (!config->sandbox) {
        if (!credentials) {
            outcome.error =
                Text::tr("%1: this workspace's credentials are needed to read the records").arg(workspace);
            return outcome;
        }
        if (!credentials(*config, &error)) {
            outcome.error = error;
            return outcome;
        }
    }
    const QString ruleId = finding.details.value(u"rule"_s).toString();
    const Mapping::ObjectRule *rule = config->mapping.rule(ruleId);
    if (!rule) {
        outcome.error = Text::tr("the mapping has no rule \"%1\" any more").arg(ruleId);
        return outcome;
    }

    // Read-only by construction, as the pass itself: the write guard refuses anything but a read.
    RateLimiter limiter(RateLimitProfile::unlimited());
    QNetworkAccessManager network;
    Net::HttpClientOptions storeOptions;
    storeOptions.rateLimitKey = config->store.system + u':' + config->store.account;
    storeOptions.side = Net::WriteSide::Store;
    storeOptions.guard = Net::WriteGuard::readOnly();
    Net::HttpClientOptions erpOptions;
    erpOptions.rateLimitKey = config->erp.system + u':' + config->erp.account;
    erpOptions.side = Net::WriteSide::Erp;
    erpOptions.guard = Net::WriteGuard::readOnly();
    storeOptions.caCertificates = config->caCertificates;
    erpOptions.caCertificates = config->caCertificates;
    Net::HttpClient storeClient(network, storeOptions, &limiter);
    Net::HttpClient erpClient(network, erpOptions, &limiter);
    QString why;
    const std::unique_ptr<Connectors::Connector> storeSide =
        Connectors::createConnector(config->store, storeClient, &why);
    if (!storeSide) {
        outcome.error =
            Text::tr("the store connection (%1) cannot be used: %2").arg(config->store.system, why);
        return outcome;
    }
    const std::unique_ptr<Connectors::Connector> erpSide =
        Connectors::createConnector(config->erp, erpClient, &why);
    if (!erpSide) {
        outcome.error = Text::tr("the ERP connection (%1) cannot be used: %2").arg(config->erp.system, why);
        return outcome;
    }
    if (config->rateLimits) {
        limiter.configure(storeOptions.rateLimitKey, storeSide->rateLimitProfile());
        limiter.configure(erpOptions.rateLimitKey, erpSide->rateLimitProfile());
    }

    QStringList notes;
    const auto read = [&notes](Connectors::Connector &side, const QString &sideName, const QString &object,
                               const QString &id, QString *title) -> QJsonObject {
        if (id.isEmpty())
            return {};
        const Connectors::ReadOne one = side.readById(object, id);
        if (one.failure) {
            notes.append(Text::tr("The %1's %2 %3 could not be read: %4")
                             .arg(sideName, object, id, one.failure->message));
            return {};
        }
        if (!one.record) {
            notes.append(Text::tr("The %1 has no %2 %3 (any more).").arg(sideName, object, id));
            return {};
        }
        QString problem;
        std::optional<QJsonObject> canonical = side.toCanonical(*one.record, &problem);
        if (!canonical) {
            notes.append(Text::tr("The %1's %2 %3 cannot be read: %4").arg(sideName, object, id, problem));
            return {};
        }
        canonical->remove(u"raw"_s);
        const QString number = canonical->value(u"number"_s).toString();
        *title = number.isEmpty() || number == id ? Text::tr("%1 %2").arg(object, id)
                                                  : Text::tr("%1 %2 (%3)").arg(object, number, id);
        return *canonical;
    };
    QString storeTitle;
    QString erpTitle;
    const QJsonObject store =
        read(*storeSide, Text::tr("store"), rule->storeObject, finding.storeId, &storeTitle);
    const QJsonObject erp = read(*erpSide, Text::tr("ERP"), rule->erpObject, finding.erpId, &erpTitle);
    FindingSides sides;
    if (finding.objectType == u"payout"_s) {
        PayoutContext context = payoutContextOf(config->mapping);
        context.orderNumbers = orderNumbersOf(*storeSide, store, &notes);
        sides = payoutSideBySide(store, erp, context);
        if (erpTitle.isEmpty() || erpTitle == Text::tr("%1 %2").arg(rule->erpObject, finding.erpId)) {
            // A bank transaction has no number: its reference names it.
            if (const QString reference = erp.value(u"reference"_s).toString(); !reference.isEmpty())
                erpTitle = Text::tr("%1 %2 (%3)").arg(rule->erpObject, reference, finding.erpId);
        }
    } else {
        const Model::RoundingMode mode =
            config->mapping.policies.roundingMode == Mapping::RoundingMode::HalfUp
            ? Model::RoundingMode::HalfUp
            : Model::RoundingMode::HalfEven;
        sides = sideBySide(store, erp, mode);
    }
    sides.storeTitle = storeTitle;
    sides.erpTitle = erpTitle;
    sides.notes = notes + sides.notes;
    outcome.sides = sides;
    return outcome;
}

// ---- the printable page ---------------------------------------------------------------------------

QByteArray reconciliationHtml(const ReconcileReport &report, const QList<Store::ReconciliationResult> &stored)
{
    const auto e = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const auto amount = [](const std::optional<Decimal> &value, const QString &currency) -> QString {
        if (!value)
            return Text::tr("—");
        return currency.isEmpty() ? Text::tr("%1 units").arg(value->toString())
                                  : value->toString() + u' ' + currency;
    };
    const QString title =
        Text::tr("Reconciliation %1 — %2 ↔ %3").arg(report.runId).arg(report.storeName, report.erpName);
    QString html = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + e(title)
        + u"</title>\n<style>\n"
          "body { font-family: sans-serif; font-size: 9pt; }\n"
          "th { background-color: #e8e8e8; text-align: left; }\n"
          "td.num { text-align: right; white-space: nowrap; }\n"
          "td.diff { text-align: right; white-space: nowrap; font-weight: bold; color: #b3261e; }\n"
          "</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + e(title) + u"</h1>\n"_s;
    html += u"<p>"_s
        + e((isRepairPass(report)
                 ? Text::tr("Compared %1 (repair: the repairs the owners and the rollout stage "
                            "allow went through the sync's jobs). Workspace %2, connection "
                            "pair %3.")
                 : Text::tr("Compared %1 (report only: nothing was changed in either system). "
                            "Workspace %2, connection pair %3."))
                .arg(timeText(report.finished), report.workspaceDir, report.connectionPair));
    if (report.since.isValid())
        html += u' ' + e(Text::tr("Orders and refunds changed since %1.").arg(timeText(report.since)));
    html += u"</p>\n"_s;

    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>"_s;
    for (const QString &head :
         {Text::tr("Compared"), Text::tr("Rule"), Text::tr("Store"), Text::tr("ERP"), Text::tr("Checked"),
          Text::tr("Equal"), Text::tr("Differ"), Text::tr("Missing"), Text::tr("Notes")})
        html += u"<th>"_s + e(head) + u"</th>"_s;
    html += u"</tr>\n"_s;
    for (const ReconcileTally &tally : report.tallies) {
        QStringList notes = tally.notes;
        if (!tally.skipped.isEmpty())
            notes.prepend(Text::tr("not compared: %1").arg(tally.skipped));
        html += u"<tr><td>"_s + e(nameOf(tally.object)) + u"</td><td>"_s + e(tally.rule) + u"</td>"_s;
        for (const int count : {tally.storeRecords, tally.erpRecords, tally.compared, tally.matched,
                                tally.differences, tally.missing})
            html += u"<td class=\"num\">"_s + QString::number(count) + u"</td>"_s;
        html += u"<td>"_s + e(notes.join(u"\n"_s)).replace(u"\n"_s, u"<br>"_s) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;

    if (report.findings.isEmpty()) {
        html += u"<p>"_s + e(Text::tr("No differences: both sides agree to the cent on everything compared."))
            + u"</p>\n"_s;
    } else {
        html +=
            u"<h2>"_s + e(Text::tr("%n difference(s)", nullptr, int(report.findings.size()))) + u"</h2>\n"_s;
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>"_s;
        // Widths that leave the evidence room to be read (the text engine shares space by content).
        const std::pair<QString, int> heads[] = {{Text::tr("Object"), 5},     {Text::tr("Key"), 8},
                                                 {Text::tr("Store"), 8},      {Text::tr("ERP"), 8},
                                                 {Text::tr("Difference"), 7}, {Text::tr("Cents"), 5},
                                                 {Text::tr("Cause"), 8},      {Text::tr("Evidence"), 31},
                                                 {Text::tr("Repair"), 12},    {Text::tr("Reviewed"), 8}};
        for (const auto &[head, width] : heads)
            html += u"<th width=\"%1%\">"_s.arg(width) + e(head) + u"</th>"_s;
        html += u"</tr>\n"_s;
        const bool withReviews = stored.size() == report.findings.size();
        for (qsizetype i = 0; i < report.findings.size(); ++i) {
            const ReconciliationFinding &finding = report.findings.at(i);
            const std::optional<Decimal> cents = inMinorUnits(finding.difference, finding.currency);
            QString repair = finding.repair.value(u"description"_s).toString();
            if (const QString kind = finding.repair.value(u"job"_s).toObject().value(u"kind"_s).toString();
                !kind.isEmpty())
                repair += u" ("_s + Text::tr("job %1").arg(kind) + u')';
            else if (finding.repair.value(u"action"_s).toString() == u"review"_s)
                repair += u" ("_s + Text::tr("by a person") + u')';
            if (const QString state = describeRepairState(finding.repair); !state.isEmpty())
                repair += u' ' + state;
            QString reviewed = Text::tr("no");
            if (withReviews && stored.at(i).reviewed) {
                reviewed = Text::tr("yes");
                if (stored.at(i).reviewedAt)
                    reviewed += u", "_s + timeText(*stored.at(i).reviewedAt);
                if (!stored.at(i).reviewComment.isEmpty())
                    reviewed += u": "_s + stored.at(i).reviewComment;
            }
            html += u"<tr><td>"_s + e(finding.object) + u"</td><td>"_s + e(finding.key) + u"</td>"_s;
            html += u"<td class=\"num\">"_s + e(amount(finding.storeAmount, finding.currency)) + u"</td>"_s;
            html += u"<td class=\"num\">"_s + e(amount(finding.erpAmount, finding.currency)) + u"</td>"_s;
            html += u"<td class=\"diff\">"_s + e(signedText(finding.difference)) + u"</td>"_s;
            html += u"<td class=\"num\">"_s + e(cents ? signedText(*cents) : Text::tr("—")) + u"</td>"_s;
            html +=
                u"<td>"_s + e(describe(finding.cause)) + u"</td><td>"_s + e(finding.evidence) + u"</td>"_s;
            html += u"<td>"_s + e(repair) + u"</td><td>"_s + e(reviewed) + u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    html += u"<p>"_s
        + e(Text::tr("%n request(s), all reads. Run %1 of the state store.", nullptr, report.requests)
                .arg(report.runId))
        + u"</p>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace LedgerLink::Engine
