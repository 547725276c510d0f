#pragma once

#include "connectors/tryton/trytonwriter.h"

namespace LedgerLink::Connectors::Tryton {

/**
 * The order workflows of the Tryton connector, built on TrytonWriter's steps.
 *
 * sale: the store's order arriving in Tryton. The party by e-mail (created with its address and
 * e-mail if missing; an address it does not have yet is added), the products by code (a missing
 * SKU fails, naming it and the line), the sale (invoice and shipment method "order") with one line
 * per payload line and a line without product for shipping; then quote → confirm (Tryton processes
 * the sale and creates the invoice; "process" is called when a queue would do it later) → the
 * invoice gets the order's reference and is posted → paid with the named payment method. Before
 * anything is confirmed the sale's untaxed amount must equal the payload's lines plus shipping,
 * and its total (and the invoice's) the payload's total (or that sum), to the cent; otherwise the
 * write fails naming both amounts. With an id, or when the reference finds the sale an earlier
 * attempt made, the same write resumes: each step is done only if it is not done yet (draft →
 * quotation → confirmed; invoice draft → posted; unpaid → paid, once per payment reference).
 *
 * credit_note: a partial refund as a credit note for exactly the refunded lines. Tryton's own credit
 * wizard credits whole invoices; instead a new out invoice is made with, per refunded line, the
 * negative quantity and the unit price, account, taxes and unit of the invoice line it credits
 * (which becomes the line's origin, as the wizard sets it), with the refund's reference (the
 * match key a retry finds it by). Its total must be exactly minus the refund's amount; otherwise
 * the draft is deleted and the write fails. Then it is posted (the customer's credit stays open
 * on the receivable account: the money paid back is the payment side's business).
 */
class TrytonOrderWriter final
{
public:
    explicit TrytonOrderWriter(TrytonWriter &steps);
    Q_DISABLE_COPY_MOVE(TrytonOrderWriter)

    WriteResult sale(const QJsonObject &payload, const QString &existingId);
    WriteResult creditNote(const QJsonObject &payload, const QString &existingId);

private:
    TrytonWriter &m_steps;
};

} // namespace LedgerLink::Connectors::Tryton
