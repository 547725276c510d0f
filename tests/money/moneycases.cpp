#include "moneycases.h"

#include "engine/moneyrules.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
namespace MR = LedgerLink::Engine::MoneyRules;
using Model::Currency;
using Model::Decimal;
using Model::Money;
using Model::RoundingMode;

namespace MoneyCases {

namespace {

constexpr auto PerLine = Mapping::RoundingScope::PerLine;
constexpr auto PerDocument = Mapping::RoundingScope::PerDocument;

MR::TaxRule rule(Mapping::RoundingScope scope, RoundingMode mode)
{
    MR::TaxRule r;
    r.scope = scope;
    r.mode = mode;
    return r;
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isObject() || value.isArray()) {
        const QJsonDocument document =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact)).left(200);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

std::optional<RoundingMode> modeFrom(const QString &name)
{
    if (name == u"half_even")
        return RoundingMode::HalfEven;
    if (name == u"half_up")
        return RoundingMode::HalfUp;
    if (name == u"half_down")
        return RoundingMode::HalfDown;
    if (name == u"down")
        return RoundingMode::Down;
    if (name == u"up")
        return RoundingMode::Up;
    return std::nullopt;
}

std::optional<Mapping::RoundingScope> scopeFrom(const QString &name)
{
    if (name == u"per_line")
        return PerLine;
    if (name == u"per_document")
        return PerDocument;
    return std::nullopt;
}

std::optional<MR::TaxRule> ruleFrom(const QJsonObject &object, QString *error)
{
    const std::optional<Mapping::RoundingScope> scope =
        scopeFrom(object.value(u"rounding_scope"_s).toString());
    const std::optional<RoundingMode> mode = modeFrom(object.value(u"rounding_mode"_s).toString());
    if (!scope || !mode) {
        *error = u"bad rule: "_s + describe(object);
        return std::nullopt;
    }
    return rule(*scope, *mode);
}

template<typename Record>
std::optional<Record> recordFrom(const QJsonValue &value, const QString &path, QString *error)
{
    QString problem;
    std::optional<Record> record = Record::fromJson(value.toObject(), &problem);
    if (!record)
        *error = path + u": "_s + problem;
    return record;
}

template<typename Record>
std::optional<QList<Record>> recordsFrom(const QJsonValue &value, const QString &path, QString *error)
{
    QList<Record> records;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<Record> record =
            recordFrom<Record>(array.at(i), path + u'[' + QString::number(i) + u']', error);
        if (!record)
            return std::nullopt;
        records.append(*record);
    }
    return records;
}

QJsonArray differencesJson(const QList<MR::MoneyDifference> &differences)
{
    QJsonArray array;
    for (const MR::MoneyDifference &d : differences)
        array.append(d.toJson());
    return array;
}

// ---- the runners, one per kind of case ----------------------------------------------------------

/// {"results": [{"rule", "document", "differences"}]}: the order's document under each rule.
QJsonObject runTaxDocument(const QJsonObject &input, QString *error)
{
    const std::optional<Model::Order> o =
        recordFrom<Model::Order>(input.value(u"order"_s), u"order"_s, error);
    if (!o)
        return {};
    QJsonArray results;
    for (const QJsonValue &ruleValue : input.value(u"rules"_s).toArray()) {
        const std::optional<MR::TaxRule> r = ruleFrom(ruleValue.toObject(), error);
        if (!r)
            return {};
        const MR::MoneyResult<MR::TaxDocument> document = MR::buildTaxDocument(*o, *r);
        if (!document) {
            *error = document.error();
            return {};
        }
        results.append(
            QJsonObject{{u"rule"_s, r->toJson()},
                        {u"document"_s, document->toJson()},
                        {u"differences"_s, differencesJson(MR::compareWithSource(*o, *document))}});
    }
    return QJsonObject{{u"results"_s, results}};
}

/// {"send", "target_result", "differences"}: the tax plan for the order and the target.
QJsonObject runTargetTax(const QJsonObject &input, QString *error)
{
    const std::optional<Model::Order> o =
        recordFrom<Model::Order>(input.value(u"order"_s), u"order"_s, error);
    if (!o)
        return {};
    const QJsonObject p = input.value(u"policies"_s).toObject();
    Mapping::Policies policies;
    policies.taxAuthority = p.value(u"tax_authority"_s).toString() == u"erp" ? Mapping::TaxAuthority::Erp
                                                                             : Mapping::TaxAuthority::Store;
    policies.roundingScope = scopeFrom(p.value(u"rounding_scope"_s).toString()).value_or(PerLine);
    policies.roundingMode = p.value(u"rounding_mode"_s).toString() == u"half_up"
        ? Mapping::RoundingMode::HalfUp
        : Mapping::RoundingMode::HalfEven;
    std::optional<MR::TargetTaxBehaviour> target;
    const QJsonObject t = input.value(u"target"_s).toObject();
    if (t.value(u"system"_s).toString() == u"xero")
        target = MR::TargetTaxBehaviour::xero(
            scopeFrom(t.value(u"organisation_scope"_s).toString()).value_or(PerLine));
    const MR::MoneyResult<MR::TaxPlan> plan = MR::planTax(*o, policies, target);
    if (!plan) {
        *error = plan.error();
        return {};
    }
    return QJsonObject{
        {u"send"_s, plan->send.toJson()},
        {u"target_result"_s, plan->targetResult ? QJsonValue(plan->targetResult->toJson()) : QJsonValue()},
        {u"differences"_s, differencesJson(plan->differences)},
    };
}

/// {"results": [{"order_id", "document", "differences", "home"}]}.
QJsonObject runHomeCurrency(const QJsonObject &input, QString *error)
{
    const std::optional<MR::TaxRule> r = ruleFrom(input.value(u"rule"_s).toObject(), error);
    const std::optional<RoundingMode> mode = modeFrom(input.value(u"conversion_mode"_s).toString());
    if (!r || !mode) {
        if (error->isEmpty())
            *error = u"bad conversion_mode"_s;
        return {};
    }
    const std::optional<QList<Model::Order>> orders =
        recordsFrom<Model::Order>(input.value(u"orders"_s), u"orders"_s, error);
    if (!orders)
        return {};
    QJsonArray results;
    for (const Model::Order &o : *orders) {
        const MR::MoneyResult<MR::TaxDocument> document = MR::buildTaxDocument(o, *r);
        if (!document) {
            *error = document.error();
            return {};
        }
        const MR::MoneyResult<MR::HomeCurrencyDocument> home = MR::convertOrderDocument(o, *document, *mode);
        if (!home) {
            *error = home.error();
            return {};
        }
        results.append(QJsonObject{{u"order_id"_s, o.id},
                                   {u"document"_s, document->toJson()},
                                   {u"differences"_s, differencesJson(MR::compareWithSource(o, *document))},
                                   {u"home"_s, home->toJson()}});
    }
    return QJsonObject{{u"results"_s, results}};
}

/// {"invoice", "invoice_differences", "credit_notes", "remainder"}; also checks that the credit
/// notes add up to the invoice when the order is fully refunded.
QJsonObject runRefunds(const QJsonObject &input, QString *error)
{
    const std::optional<Model::Order> o =
        recordFrom<Model::Order>(input.value(u"order"_s), u"order"_s, error);
    const std::optional<MR::TaxRule> r = ruleFrom(input.value(u"rule"_s).toObject(), error);
    if (!o || !r)
        return {};
    const std::optional<QList<Model::Refund>> refunds =
        recordsFrom<Model::Refund>(input.value(u"refunds"_s), u"refunds"_s, error);
    if (!refunds)
        return {};
    const MR::MoneyResult<MR::TaxDocument> document = MR::buildTaxDocument(*o, *r);
    if (!document) {
        *error = document.error();
        return {};
    }
    const QJsonObject i = input.value(u"invoice"_s).toObject();
    MR::InvoiceRef invoice;
    invoice.invoiceId = i.value(u"id"_s).toString();
    invoice.invoiceNumber = i.value(u"number"_s).toString();
    invoice.customerId = i.value(u"customer_id"_s).toString();
    invoice.currency = Currency::fromCode(i.value(u"currency"_s).toString()).value_or(Currency());

    QJsonArray notes;
    Money credited = Money::zero(document->currency);
    Money creditedTax = Money::zero(document->currency);
    for (qsizetype k = 0; k < refunds->size(); ++k) {
        const MR::MoneyResult<MR::CreditNoteResult> note =
            MR::creditNoteForRefund(*document, invoice, refunds->first(k), refunds->at(k));
        if (!note) {
            *error = note.error();
            return {};
        }
        credited = *credited.plus(note->note.total);
        creditedTax = *creditedTax.plus(note->note.taxTotal);
        notes.append(note->toJson());
    }
    QJsonValue remainder;
    if (input.contains(u"full_refund"_s)) {
        const std::optional<Model::Refund> full =
            recordFrom<Model::Refund>(input.value(u"full_refund"_s), u"full_refund"_s, error);
        if (!full)
            return {};
        const MR::MoneyResult<MR::CreditNoteResult> note =
            MR::creditNoteForRemainder(*document, invoice, *refunds, *full);
        if (!note) {
            *error = note.error();
            return {};
        }
        credited = *credited.plus(note->note.total);
        creditedTax = *creditedTax.plus(note->note.taxTotal);
        remainder = note->toJson();
        if (credited != document->total || creditedTax != document->taxTotal) {
            *error = u"the credit notes come to "_s + credited.toString() + u" (tax "_s
                + creditedTax.toString() + u"), the invoice to "_s + document->total.toString() + u" (tax "_s
                + document->taxTotal.toString() + u')';
            return {};
        }
    }
    return QJsonObject{{u"invoice"_s, document->toJson()},
                       {u"invoice_differences"_s, differencesJson(MR::compareWithSource(*o, *document))},
                       {u"credit_notes"_s, notes},
                       {u"remainder"_s, remainder}};
}

/// {"document", "differences", "vendors"}.
QJsonObject runMarketplace(const QJsonObject &input, QString *error)
{
    const std::optional<Model::Order> o =
        recordFrom<Model::Order>(input.value(u"order"_s), u"order"_s, error);
    const std::optional<MR::TaxRule> r = ruleFrom(input.value(u"rule"_s).toObject(), error);
    if (!o || !r)
        return {};
    const MR::MoneyResult<MR::TaxDocument> document = MR::buildTaxDocument(*o, *r);
    if (!document) {
        *error = document.error();
        return {};
    }
    const MR::MoneyResult<QList<MR::TaxDocument>> vendors = MR::splitByVendor(*document);
    if (!vendors) {
        *error = vendors.error();
        return {};
    }
    QJsonArray vendorArray;
    for (const MR::TaxDocument &v : *vendors)
        vendorArray.append(v.toJson());
    return QJsonObject{{u"document"_s, document->toJson()},
                       {u"differences"_s, differencesJson(MR::compareWithSource(*o, *document))},
                       {u"vendors"_s, vendorArray}};
}

/// {"payouts": [...], "fees_by_rule": [...]}.
QJsonObject runSettlement(const QJsonObject &input, QString *error)
{
    QJsonArray payouts;
    QJsonArray feesByRule;
    const QJsonObject feeRule = input.value(u"fee_rule"_s).toObject();
    const std::optional<Money> fixed = Money::fromJson(feeRule.value(u"fixed"_s).toObject(), error);
    const std::optional<Decimal> percent = Decimal::fromString(feeRule.value(u"percent"_s).toString());
    const std::optional<RoundingMode> feeMode = modeFrom(feeRule.value(u"mode"_s).toString());
    if (!fixed || !percent || !feeMode) {
        *error = u"bad fee_rule"_s;
        return {};
    }
    for (const QJsonValue &value : input.value(u"payouts"_s).toArray()) {
        const QJsonObject p = value.toObject();
        const std::optional<QList<Model::Payment>> payments =
            recordsFrom<Model::Payment>(p.value(u"payments"_s), u"payments"_s, error);
        const std::optional<QList<Model::Refund>> refunds =
            recordsFrom<Model::Refund>(p.value(u"refunds"_s), u"refunds"_s, error);
        if (!payments || !refunds)
            return {};
        QList<MR::GatewayFee> fees;
        for (const QJsonValue &f : p.value(u"fees"_s).toArray()) {
            MR::GatewayFee fee;
            fee.transactionId = f.toObject().value(u"transaction_id"_s).toString();
            fee.description = f.toObject().value(u"description"_s).toString();
            const std::optional<Money> amount =
                Money::fromJson(f.toObject().value(u"amount"_s).toObject(), error);
            if (!amount)
                return {};
            fee.amount = *amount;
            fees.append(fee);
        }
        const std::optional<Money> deposit = Money::fromJson(p.value(u"deposit"_s).toObject(), error);
        if (!deposit)
            return {};
        const MR::MoneyResult<MR::Payout> payout =
            MR::settle(p.value(u"id"_s).toString(), *payments, *refunds, fees, *deposit);
        if (!payout) {
            *error = payout.error();
            return {};
        }
        payouts.append(payout->toJson());
        for (const Model::Payment &payment : *payments) {
            const MR::MoneyResult<Money> fee = MR::percentageFee(payment.amount, *percent, *fixed, *feeMode);
            if (!fee) {
                *error = fee.error();
                return {};
            }
            feesByRule.append(fee->amount().toString());
        }
    }
    return QJsonObject{{u"payouts"_s, payouts}, {u"fees_by_rule"_s, feesByRule}};
}

} // namespace

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": cannot be read"_s;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = path + u": not a JSON object ("_s + parseError.errorString() + u')';
        return {};
    }
    return document.object();
}

/// The first place where `actual` differs from `expected` ("" when they are equal): amounts are
/// compared as text, so "0.50" and "0.5" differ.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.type() != actual.type())
        return path + u": expected "_s + describe(expected) + u", got "_s + describe(actual);
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            if (!a.contains(it.key()))
                return path + u'.' + it.key() + u": expected "_s + describe(it.value()) + u", missing"_s;
            if (QString d = firstDifference(it.value(), a.value(it.key()), path + u'.' + it.key());
                !d.isEmpty())
                return d;
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!e.contains(it.key()))
                return path + u'.' + it.key() + u": not expected, got "_s + describe(it.value());
        }
        return QString();
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < std::min(e.size(), a.size()); ++i) {
            const QString d = firstDifference(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
        if (e.size() != a.size()) {
            return path + u": expected "_s + QString::number(e.size()) + u" elements, got "_s
                + QString::number(a.size()) + u": "_s + describe(actual);
        }
        return QString();
    }
    if (expected != actual)
        return path + u": expected "_s + describe(expected) + u", got "_s + describe(actual);
    return QString();
}

/// `value` without the differences' "evidence" (translated prose, not part of the golden
/// files); `missing` collects the differences whose evidence is empty.
QJsonValue withoutEvidence(const QJsonValue &value, const QString &path, QStringList &missing)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withoutEvidence(array.at(i), path + u'[' + QString::number(i) + u']', missing);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (object.contains(u"cause"_s)) {
        if (object.value(u"evidence"_s).toString().isEmpty())
            missing.append(path);
        object.remove(u"evidence"_s);
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = withoutEvidence(it.value(), path + u'.' + it.key(), missing);
    return object;
}

QJsonObject runCase(const QJsonObject &input, QString *error)
{
    const QString kind = input.value(u"kind"_s).toString();
    if (kind == u"tax_document")
        return runTaxDocument(input, error);
    if (kind == u"target_tax")
        return runTargetTax(input, error);
    if (kind == u"home_currency")
        return runHomeCurrency(input, error);
    if (kind == u"refunds")
        return runRefunds(input, error);
    if (kind == u"marketplace")
        return runMarketplace(input, error);
    if (kind == u"settlement")
        return runSettlement(input, error);
    *error = u"unknown kind \""_s + kind + u'"';
    return {};
}

} // namespace MoneyCases
