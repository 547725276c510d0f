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
    return finding.objectType == u"order"_s || finding.objectType == u"refund"_s;
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
    const Model::RoundingMode mode = config->mapping.policies.roundingMode == Mapping::RoundingMode::HalfUp
        ? Model::RoundingMode::HalfUp
        : Model::RoundingMode::HalfEven;
    FindingSides sides = sideBySide(store, erp, mode);
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
