// Refunds of orders split by vendor, through the whole write path against the sandbox: the order
// rule has "split": "vendor", and a store → ERP credit-note rule writes each refund as one Xero
// credit note per vendor it credits, allocated to that vendor's invoice; the truth pass compares
// them part by part and its repair writes a missing part.
//
// The order is a copy of the seeded #1007 (tax-inclusive, 19 %; Sandbox Apparel's tee 29.99, Acme
// Ceramics' 2 mugs at 13.50, Nordic Woodworks' bowl 39.00, shipping 4.90 with 0.78 tax), whose part
// invoices are 31.52, 28.38 and 40.99 (tests/engine/tst_marketplacesplit.cpp works them out).
// Its refund R1 returns the tee (29.99, tax 4.79), one mug (13.50, tax 2.16: 13.50 × 19/119 =
// 2.155…) and the shipping (order adjustment −4.12, tax −0.78); the customer got 48.39 back.
// Worked out by hand:
//   Shipping over the vendors' net items 2520 : 2269 : 3277 (Σ 8066), largest remainder:
//   412 cents → 128.72 / 115.90 / 167.38 → 128 + 115 + 167 = 410, the 2 left to Acme (.90) and
//   Apparel (.72): 1.29 / 1.16 / 1.67; its tax 78 → 24.37 / 21.94 / 31.69 → 76, the 2 left to
//   Acme (.94) and Nordic (.69): 0.24 / 0.22 / 0.32. Gross 1.53 / 1.38 / 1.99 (= the invoices'
//   shipping shares).
//   Credit notes: Apparel 29.99 + 1.53 = 31.52 (tax 4.79 + 0.24 = 5.03); Acme 13.50 + 1.38 =
//   14.88 (2.16 + 0.22 = 2.38); Nordic 1.99 (0.32). Σ 48.39, the refund. Allocated to the part
//   invoices, they leave 31.52 − 31.52 = 0.00, 28.38 − 14.88 = 13.50 and 40.99 − 1.99 = 39.00 due.
// A second order (the same lines) whose refund R2 (the bowl 39.00, tax 6.23, and a mug 13.50, tax
// 2.16; 52.50 back) was never written: two parts, Nordic 39.00 and Acme 13.50, each missing.

#include "engine/executor.h"
#include "engine/reconciliation.h"
#include "mapping/mappingdocument.h"
#include "model/money.h"
#include "store/auditlog.h"
#include "syncedsandbox.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

/// The credit-note rule: a Shopify refund → a Xero credit note, allocated to the invoice the
/// "order" rule wrote for the refund's order (for a split order, the vendor's part).
const char creditNoteRule[] = R"json({
    "id": "credit_note", "object": "credit_note", "store_object": "refund", "erp_object": "CreditNote",
    "direction": "store_to_erp", "owner": "store", "match_key": "external_id",
    "trigger": {"kind": "poll", "every_minutes": 5},
    "fields": [
        {"id": "type", "target": "Type", "default": "ACCRECCREDIT", "required": true},
        {"id": "status", "target": "Status", "default": "AUTHORISED"},
        {"id": "reference", "source": "id", "target": "Reference",
         "transform": "($record.ledgerlink_split ? $record.ledgerlink_split.order_name & '/' & $record.ledgerlink_split.vendor : 'order ' & $record.order_id) & ' refund ' & $"},
        {"id": "date", "source": "processed_at", "target": "Date", "transform": "$substring($, 0, 10)"
},
        {"id": "currency", "target": "CurrencyCode", "transform": "$record.transactions[0].currency",
         "required": true},
        {"id": "tax_mode", "target": "LineAmountTypes", "default": "Inclusive"},
        {"id": "contact", "target": "Contact.Name", "default": "James Miller", "required": true},
        {"id": "line_description", "source": "refund_line_items[].line_item.name",
         "target": "LineItems[].Description", "required": true},
        {"id": "line_quantity", "source": "refund_line_items[].quantity", "target": "LineItems[].Quantity"},
        {"id": "line_amount", "source": "refund_line_items[].subtotal", "target": "LineItems[].UnitAmount",
         "transform": "$number($) / $line.quantity"},
        {"id": "line_tax", "source": "refund_line_items[].total_tax", "target": "LineItems[].TaxAmount",
         "transform": "$number($)"},
        {"id": "line_tax_type", "source": "refund_line_items[].line_item.tax_lines",
         "target": "LineItems[].TaxType", "transform": "$[0].title", "lookup": "tax_types"},
        {"id": "shipping_description", "source": "order_adjustments[].kind",
         "target": "LineItems[+].Description", "transform": "'Shipping refund'", "required": true},
        {"id": "shipping_quantity", "source": "order_adjustments[].kind", "target": "LineItems[+].Quantity",
         "transform": "1"},
        {"id": "shipping_amount", "source": "order_adjustments[].amount", "target": "LineItems[+].UnitAmount",
         "transform": "-($number($) + $number($line.tax_amount))"},
        {"id": "shipping_tax", "source": "order_adjustments[].tax_amount", "target": "LineItems[+].TaxAmount",
         "transform": "-$number($)"},
        {"id": "shipping_tax_type", "source": "order_adjustments[].kind", "target": "LineItems[+].TaxType",
         "default": "OUTPUT2", "transform": "'OUTPUT2'"},
        {"id": "invoice", "source": "order_id", "target": "Allocations[].Invoice.InvoiceID",
         "linked": "order", "required": true,
         "note": "The invoice of the refund's order (of a split order: the vendor's part)"}
    ]
})json";

/// An amount of the books as text with its cents ("13.50"; Xero answers numbers).
QString text(const QJsonValue &value)
{
    const std::optional<Model::Decimal> amount = Model::Decimal::fromJson(value);
    const std::optional<Model::Money> money =
        amount ? Model::Money::exact(*amount, *Model::Currency::fromCode(u"EUR"_s)) : std::nullopt;
    return money ? money->amount().toString() : value.toVariant().toString();
}

} // namespace

class TestSplitRefunds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Testing::SyncedSandbox m_synced;
    QString m_order; ///< the store id of the order refunded by R1
    QString m_name; ///< its name ("#1100")
    QString m_second; ///< the order refunded by R2
    QString m_secondName;

    QJsonObject books(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      int *status = nullptr)
    {
        return m_synced.call(true, method, path, body, status);
    }

    /// A copy of the seeded #1007 with its own line ids (base + 1, 2, 3) and `refunds`.
    static QJsonObject orderLike1007(qint64 lineBase, const QJsonArray &refunds)
    {
        QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/sandbox/store-seed.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject order;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(file.readAll()).object().value(u"orders"_s).toArray()) {
            if (value.toObject().value(u"name"_s).toString() == u"#1007"_s)
                order = value.toObject();
        }
        for (const char *key : {"id", "name", "number", "order_number", "admin_graphql_api_id", "created_at",
                                "updated_at", "processed_at"})
            order.remove(QString::fromLatin1(key));
        QJsonArray lines = order.value(u"line_items"_s).toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject line = lines.at(i).toObject();
            line.insert(u"id"_s, lineBase + i + 1);
            line.remove(u"admin_graphql_api_id"_s);
            lines.replace(i, line);
        }
        order.insert(u"line_items"_s, lines);
        order.insert(u"refunds"_s, refunds);
        // Its own payment of the whole 100.89 (#1007's transaction id stays #1007's).
        order.insert(u"transactions"_s,
                     QJsonArray{QJsonObject{
                         {u"id"_s, qint64(lineBase + 9000)},
                         {u"kind"_s, u"sale"_s},
                         {u"gateway"_s, u"shopify_payments"_s},
                         {u"status"_s, u"success"_s},
                         {u"amount"_s, u"100.89"_s},
                         {u"currency"_s, u"EUR"_s},
                         {u"processed_at"_s, u"2026-11-25T09:00:00+01:00"_s},
                         {u"authorization"_s, QString(u"ch_split_"_s + QString::number(lineBase))}}});
        return order;
    }

    static QJsonObject refundLine(qint64 id, qint64 lineId, const QString &subtotal, const QString &tax,
                                  const QJsonObject &orderLine)
    {
        return {{u"id"_s, id},
                {u"line_item_id"_s, lineId},
                {u"quantity"_s, 1},
                {u"restock_type"_s, u"return"_s},
                {u"subtotal"_s, subtotal},
                {u"total_tax"_s, tax},
                {u"line_item"_s,
                 QJsonObject{{u"id"_s, lineId},
                             {u"name"_s, orderLine.value(u"name"_s)},
                             {u"sku"_s, orderLine.value(u"sku"_s)},
                             {u"price"_s, orderLine.value(u"price"_s)},
                             {u"vendor"_s, orderLine.value(u"vendor"_s)},
                             {u"tax_lines"_s, orderLine.value(u"tax_lines"_s)}}}};
    }

    static QJsonObject refund(qint64 id, const QJsonArray &lines, const QJsonArray &adjustments,
                              const QString &amount)
    {
        return {{u"id"_s, id},
                {u"created_at"_s, u"2026-11-26T10:00:00+01:00"_s},
                {u"processed_at"_s, u"2026-11-26T10:00:00+01:00"_s},
                {u"note"_s, u"Returned"_s},
                {u"refund_line_items"_s, lines},
                {u"order_adjustments"_s, adjustments},
                {u"transactions"_s,
                 QJsonArray{QJsonObject{{u"id"_s, qint64(id + 1000)},
                                        {u"kind"_s, u"refund"_s},
                                        {u"gateway"_s, u"shopify_payments"_s},
                                        {u"status"_s, u"success"_s},
                                        {u"amount"_s, amount},
                                        {u"currency"_s, u"EUR"_s},
                                        {u"processed_at"_s, u"2026-11-26T10:00:00+01:00"_s}}}}};
    }

    /// Creates the order in the sandbox store; its id and name.
    std::pair<QString, QString> createOrder(const QJsonObject &order)
    {
        int status = 0;
        const QJsonObject created =
            m_synced.call(false, "POST", u"orders.json"_s, {{u"order"_s, order}}, &status)
                .value(u"order"_s)
                .toObject();
        if (status != 201)
            return {};
        return {created.value(u"id"_s).toVariant().toString(), created.value(u"name"_s).toString()};
    }

    /// The books' credit notes by Reference (not deleted or voided).
    QHash<QString, QJsonObject> creditNotes()
    {
        QHash<QString, QJsonObject> byReference;
        for (const QJsonValue &value : books("GET", u"CreditNotes"_s).value(u"CreditNotes"_s).toArray()) {
            const QJsonObject note = value.toObject();
            const QString status = note.value(u"Status"_s).toString();
            if (status != u"DELETED"_s && status != u"VOIDED"_s)
                byReference.insert(note.value(u"Reference"_s).toString(), note);
        }
        return byReference;
    }

    QJsonObject invoice(const QString &id)
    {
        return books("GET", u"Invoices/"_s + id).value(u"Invoices"_s).toArray().first().toObject();
    }

    Engine::RunSummary runRule(const QString &rule)
    {
        QString error;
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        Engine::Executor executor(*m_synced.config, *m_synced.store, options);
        if (!executor.open(&error)) {
            Engine::RunSummary failed;
            failed.error = error;
            return failed;
        }
        const bool queued =
            rule == u"order"_s ? executor.enqueuePull(&error) : executor.enqueueRulePull(rule, &error);
        if (!queued) {
            Engine::RunSummary failed;
            failed.error = error;
            return failed;
        }
        return executor.runUntilIdle();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_synced.start(QDir(m_dir.path()), false);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // The sandbox mapping, its order rule split by vendor and its credit-note rule turned
        // round: the store's refunds are written to the books.
        QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/mappings/sandbox.mapping.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject mapping = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray objects = mapping.value(u"objects"_s).toArray();
        bool replaced = false;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QJsonObject rule = objects.at(i).toObject();
            if (rule.value(u"id"_s).toString() == u"order"_s) {
                rule.insert(u"split"_s, u"vendor"_s);
                objects.replace(i, rule);
            } else if (rule.value(u"id"_s).toString() == u"credit_note"_s) {
                QJsonParseError parsed;
                const QJsonDocument ours = QJsonDocument::fromJson(creditNoteRule, &parsed);
                QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
                objects.replace(i, ours.object());
                replaced = true;
            }
        }
        QVERIFY(replaced);
        mapping.insert(u"objects"_s, objects);
        const Mapping::LoadResult loaded =
            Mapping::MappingDocument::fromJson(QJsonDocument(mapping).toJson());
        QVERIFY2(loaded.document, qPrintable(loaded.error));
        m_synced.config->mapping = *loaded.document;

        // R1: the tee, a mug and the shipping of a copy of #1007.
        const QJsonObject seed = orderLike1007(13900000000, {});
        const QJsonArray lines = seed.value(u"line_items"_s).toArray();
        const QJsonObject r1 =
            refund(17900000001,
                   {refundLine(17900000501, 13900000001, u"29.99"_s, u"4.79"_s, lines.at(0).toObject()),
                    refundLine(17900000502, 13900000002, u"13.50"_s, u"2.16"_s, lines.at(1).toObject())},
                   {QJsonObject{{u"id"_s, qint64(17900000601)},
                                {u"kind"_s, u"shipping_refund"_s},
                                {u"reason"_s, u"Shipping refund"_s},
                                {u"amount"_s, u"-4.12"_s},
                                {u"tax_amount"_s, u"-0.78"_s}}},
                   u"48.39"_s);
        std::tie(m_order, m_name) = createOrder(orderLike1007(13900000000, {r1}));
        QVERIFY(!m_order.isEmpty());
    }

    /// Customers and orders first (each order as its vendors' invoices), then the refunds.
    void eachVendorGetsItsCreditNote()
    {
        Engine::RunSummary summary = runRule(u"customer"_s);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        summary = runRule(u"order"_s);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        // #1010's Acme part (its item code is not one of the books') and #1012 (a line of no vendor).
        QCOMPARE(summary.dead, 2);
        const QString apparelInvoice = m_synced.linkedErpId(u"order"_s, m_order + u"/Sandbox Apparel"_s);
        const QString acmeInvoice = m_synced.linkedErpId(u"order"_s, m_order + u"/Acme Ceramics"_s);
        const QString nordicInvoice = m_synced.linkedErpId(u"order"_s, m_order + u"/Nordic Woodworks"_s);
        QVERIFY(!apparelInvoice.isEmpty() && !acmeInvoice.isEmpty() && !nordicInvoice.isEmpty());
        QCOMPARE(text(invoice(acmeInvoice).value(u"Total"_s)), u"28.38"_s);

        summary = runRule(u"credit_note"_s);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        // R1's three parts and the seeded #1006's refund (its tee, one vendor: one part).
        QCOMPARE(summary.created, 4);
        QCOMPARE(summary.dead, 0);

        const QHash<QString, QJsonObject> notes = creditNotes();
        const QString r1 = u" refund 17900000001"_s;
        struct Expected
        {
            QString vendor, total, tax, invoiceId, due;
        };
        for (const Expected &expected :
             {Expected{u"Sandbox Apparel"_s, u"31.52"_s, u"5.03"_s, apparelInvoice, u"0.00"_s},
              Expected{u"Acme Ceramics"_s, u"14.88"_s, u"2.38"_s, acmeInvoice, u"13.50"_s},
              Expected{u"Nordic Woodworks"_s, u"1.99"_s, u"0.32"_s, nordicInvoice, u"39.00"_s}}) {
            const QString reference = m_name + u'/' + expected.vendor + r1;
            QVERIFY2(notes.contains(reference), qPrintable(reference));
            const QJsonObject note = notes.value(reference);
            QCOMPARE(text(note.value(u"Total"_s)), expected.total);
            QCOMPARE(text(note.value(u"TotalTax"_s)), expected.tax);
            QCOMPARE(note.value(u"Status"_s).toString(), u"AUTHORISED"_s);
            const QJsonArray allocations = note.value(u"Allocations"_s).toArray();
            QCOMPARE(allocations.size(), 1);
            QCOMPARE(allocations.first()
                         .toObject()
                         .value(u"Invoice"_s)
                         .toObject()
                         .value(u"InvoiceID"_s)
                         .toString(),
                     expected.invoiceId);
            QCOMPARE(text(allocations.first().toObject().value(u"Amount"_s)), expected.total);
            QCOMPARE(text(invoice(expected.invoiceId).value(u"AmountDue"_s)), expected.due);
            const QString part = m_order + u"/17900000001/"_s + expected.vendor;
            QCOMPARE(m_synced.linkedErpId(u"credit_note"_s, part), note.value(u"CreditNoteID"_s).toString());
        }
        // The refund's own job says how it was split.
        auto rows = Store::AuditLog(*m_synced.store).query({});
        QVERIFY(rows);
        bool split = false;
        for (const Store::AuditEntry &row : rows.value()) {
            if (row.operation == u"split"_s && row.sourceId == m_order + u"/17900000001"_s)
                split = row.error.contains(u"Sandbox Apparel, Acme Ceramics, Nordic Woodworks"_s);
        }
        QVERIFY(split);

        // Again: nothing changed, nothing written.
        summary = runRule(u"credit_note"_s);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.created, 0);
        QCOMPARE(summary.updated, 0);
        QCOMPARE(creditNotes().size(), notes.size());
    }

    /// The truth pass compares each vendor's part with its credit note; a refund never written is
    /// missing part by part, and its repair writes the parts.
    void reconcilesAndRepairsParts()
    {
        Engine::ReconcileOutcome outcome =
            m_synced.reconcile(Engine::ReconcileMode::Report, {Engine::ReconcileObject::Refunds});
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings)
            QVERIFY2(!finding.key.startsWith(m_name), qPrintable(finding.key + u": "_s + finding.evidence));
        QCOMPARE(outcome.report->findings.size(), 0);

        // R2 on a second order, synced as orders but its refund never written.
        const QJsonObject seed = orderLike1007(13900000010, {});
        const QJsonArray lines = seed.value(u"line_items"_s).toArray();
        const QJsonObject r2 =
            refund(17900000002,
                   {refundLine(17900000511, 13900000013, u"39.00"_s, u"6.23"_s, lines.at(2).toObject()),
                    refundLine(17900000512, 13900000012, u"13.50"_s, u"2.16"_s, lines.at(1).toObject())},
                   {}, u"52.50"_s);
        std::tie(m_second, m_secondName) = createOrder(orderLike1007(13900000010, {r2}));
        QVERIFY(!m_second.isEmpty());
        const Engine::RunSummary orders = runRule(u"order"_s);
        QVERIFY2(orders.error.isEmpty(), qPrintable(orders.error));

        outcome = m_synced.reconcile(Engine::ReconcileMode::Repair, {Engine::ReconcileObject::Refunds});
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QHash<QString, Engine::ReconciliationFinding> byKey;
        for (const Engine::ReconciliationFinding &finding : outcome.report->findings)
            byKey.insert(finding.key, finding);
        QCOMPARE(byKey.size(), 2);
        const QString acmeKey =
            m_secondName + u"/Acme Ceramics refund 17900000002"_s; // the credit note's Reference
        const QString nordicKey = m_secondName + u"/Nordic Woodworks refund 17900000002"_s;
        QVERIFY2(byKey.contains(acmeKey) && byKey.contains(nordicKey),
                 qPrintable(byKey.keys().join(u", "_s)));
        QCOMPARE(byKey.value(acmeKey).cause, Engine::MismatchCause::RefundNotCredited);
        QCOMPARE(byKey.value(acmeKey).storeAmount->toString(), u"13.50"_s);
        QCOMPARE(byKey.value(acmeKey).storeId, m_second + u"/17900000002/Acme Ceramics"_s);
        QCOMPARE(byKey.value(nordicKey).storeAmount->toString(), u"39.00"_s);
        QCOMPARE(byKey.value(nordicKey).repair.value(u"status"_s).toString(), u"enqueued"_s);
        QCOMPARE(outcome.report->repairs.run.value(u"created"_s).toInt(), 2);

        const QHash<QString, QJsonObject> notes = creditNotes();
        const QJsonObject acme = notes.value(m_secondName + u"/Acme Ceramics refund 17900000002"_s);
        QCOMPARE(text(acme.value(u"Total"_s)), u"13.50"_s);
        const QString acmeInvoice = m_synced.linkedErpId(u"order"_s, m_second + u"/Acme Ceramics"_s);
        QCOMPARE(acme.value(u"Allocations"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"Invoice"_s)
                     .toObject()
                     .value(u"InvoiceID"_s)
                     .toString(),
                 acmeInvoice);
        QCOMPARE(text(invoice(acmeInvoice).value(u"AmountDue"_s)), u"14.88"_s); // 28.38 − 13.50
        QCOMPARE(
            text(notes.value(m_secondName + u"/Nordic Woodworks refund 17900000002"_s).value(u"Total"_s)),
            u"39.00"_s);

        outcome = m_synced.reconcile(Engine::ReconcileMode::Report, {Engine::ReconcileObject::Refunds});
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QCOMPARE(outcome.report->findings.size(), 0);
    }

    /// A payment of a split order pays each vendor's invoice its share: a third copy of #1007,
    /// paid 100.89 and not refunded, gives payments of 31.52, 28.38 and 40.99 (its part invoices'
    /// totals, which are the weights), each invoice PAID.
    void paymentsPayEachVendorsInvoice()
    {
        const auto [order, name] = createOrder(orderLike1007(13900000020, {}));
        QVERIFY(!order.isEmpty());
        Engine::RunSummary summary = runRule(u"order"_s);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        summary = runRule(u"payment"_s);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        const QString transaction = order + u"/13900009020/"_s; // its sale: line base + 9000
        const QJsonArray payments = books("GET", u"Payments"_s).value(u"Payments"_s).toArray();
        for (const auto &[vendor, amount] :
             {std::pair{u"Sandbox Apparel"_s, u"31.52"_s}, std::pair{u"Acme Ceramics"_s, u"28.38"_s},
              std::pair{u"Nordic Woodworks"_s, u"40.99"_s}}) {
            const QString invoiceId = m_synced.linkedErpId(u"order"_s, order + u'/' + vendor);
            const QString paymentId = m_synced.linkedErpId(u"payment"_s, transaction + vendor);
            QVERIFY2(!paymentId.isEmpty(), qPrintable(transaction + vendor));
            const auto payment =
                std::find_if(payments.cbegin(), payments.cend(), [&](const QJsonValue &value) {
                    return value.toObject().value(u"PaymentID"_s).toString() == paymentId;
                });
            QVERIFY(payment != payments.cend());
            QCOMPARE(text(payment->toObject().value(u"Amount"_s)), amount);
            QCOMPARE(payment->toObject().value(u"Invoice"_s).toObject().value(u"InvoiceID"_s).toString(),
                     invoiceId);
            QCOMPARE(payment->toObject().value(u"Reference"_s).toString(),
                     u"ch_split_13900000020/"_s + vendor);
            const QJsonObject paid = invoice(invoiceId);
            QCOMPARE(text(paid.value(u"AmountDue"_s)), u"0.00"_s);
            QCOMPARE(paid.value(u"Status"_s).toString(), u"PAID"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestSplitRefunds)
#include "tst_splitrefunds.moc"
