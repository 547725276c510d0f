#pragma once

#include "connectors/connector.h"
#include "connectors/odoo/odoorpc.h"

#include <QtCore/QHash>

namespace LedgerLink::Connectors {

namespace Odoo {
struct ObjectInfo;
}

/**
 * Odoo 16, 17 and 18 over the external JSON-RPC API (POST <base>/jsonrpc, see Odoo::OdooRpc):
 * `baseUrl` the server (https://mycompany.odoo.com), `account` the database name, `accessToken`
 * "<login>:<API key>" (split at the first colon).
 *
 * Objects (catalog names → Odoo models; match key):
 * - product → product.product (default_code = SKU), the 16/17 detailed_type and the 18 type +
 *   is_storable both read and written from either spelling in a payload;
 * - stock → stock.quant in internal locations, read only, one record per product (its id; match
 *   key its SKU): its quants' quantity, reserved_quantity and available_quantity summed over the
 *   internal locations (a lookup by "SKU@<location's complete name>": over that location), the
 *   quants' ids under "quant_ids", write_date the latest quant's;
 * - partner → res.partner (email);
 * - sale_order → sale.order (client_order_ref = the store's order number);
 * - invoice → account.move with move_type out_invoice (ref = the store's order number);
 * - credit_note → account.move with move_type out_refund (ref = the refund's reference);
 * - payment → account.payment of customers, inbound (its reference: "ref" in 16/17, "memo" in 18).
 *
 * Reads: search_read with a domain on write_date (≥ the cursor: a record changed in the cursor's
 * second comes again rather than never), ordered "write_date asc, id asc", limit/offset paging
 * (the page token is the next offset; a page shorter than the limit is the last). Invoices and
 * credit notes get their lines (account.move.line) under "lines", stock records the product's SKU
 * under "product_default_code" — each one more read per page (stock: two, the page's products'
 * quants in all internal locations and their SKUs). A product whose changed quants span two pages
 * comes in both.
 *
 * Writes (Odoo has no idempotency key): each looks up its record by the match key first and
 * completes what an earlier attempt left undone (Capabilities::resumableWrites): a sale order
 * found in draft is confirmed (action_confirm), an invoice or credit note found in draft is posted
 * (action_post), a payment is registered only when none with its reference exists. Payloads name
 * Many2one references an online store cannot know as objects, resolved here (resolveReferences()):
 * partner_id {"email", "name", ...} (found by e-mail, else created), a line's product_id
 * {"default_code"} (an unknown SKU fails, naming it), country_id / currency_id {"code"} / {"name"},
 * reversed_entry_id {"ref"} (the credited invoice), a payment's invoice_id {"ref"}; line lists
 * (order_line, invoice_line_ids) as plain objects become Odoo's create commands [0, 0, values].
 * A payload's amount_total (an invoice's or credit note's expected total) is checked against the
 * draft Odoo computed before it is posted: a difference deletes the draft and fails, naming both.
 * Payments go through the account.payment.register wizard on the invoice (16–18: it creates the
 * payment, posts it and reconciles it with the invoice).
 */
class OdooConnector final : public Connector
{
public:
    static constexpr int maxPageSize = 200;

    OdooConnector(ConnectorConfig config, Net::HttpClient &client);
    ~OdooConnector() override;

    /// "" when the access token is "<login>:<API key>"; otherwise what is wrong with it.
    static QString configurationError(const ConnectorConfig &config);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;

    /**
     * common.version (reachable), common.authenticate (authenticated), the user's name and
     * company (res.users read), then check_access_rights for "read" on every model the connector
     * reads and "create" on every one it writes, with raise_exception false (Odoo answers true or
     * false per right: permissionsVerified). Missing rights are listed as "read res.partner".
     */
    ConnectionCheck checkConnection() override;

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// product: default_code; partner: email; sale_order: client_order_ref; invoice, credit_note:
    /// ref; payment: communication (the wizard's field that becomes the payment's ref / memo).
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// The server's version (0 before the first call).
    int serverMajorVersion() const { return m_rpc.version().major; }

private:
    Odoo::CallResult execute(const QString &model, const QString &method, const QJsonArray &args,
                             const QJsonObject &kwargs, QList<Net::HttpExchange> &exchanges,
                             const QString &idempotencyKey = {});
    /// The fields read for `info` on this server's version.
    QStringList fieldsOf(const Odoo::ObjectInfo &info) const;
    /// search_read of `info`'s model with its domain and `domain`.
    Odoo::CallResult searchRead(const Odoo::ObjectInfo &info, const QJsonArray &domain, int limit, int offset,
                                QList<Net::HttpExchange> &exchanges);
    /// Vendor records of search_read rows, with lines / SKUs attached. Stock quants become one
    /// record per product: all its quants in the internal locations and `stockScope` (e.g. one
    /// location, `stockLocation`, by its complete name) summed.
    std::optional<ConnectorFailure> toRecords(const Odoo::ObjectInfo &info, const QJsonArray &rows,
                                              QList<VendorRecord> &records,
                                              QList<Net::HttpExchange> &exchanges,
                                              const QJsonArray &stockScope = {},
                                              const QString &stockLocation = {});
    ReadOne readOneWhere(const QString &object, const QJsonArray &domain, const QJsonArray &stockScope = {},
                         const QString &stockLocation = {});

    // Writes (odooconnector.cpp and odoowriter.cpp).
    struct WriteContext;
    WriteOutcome writeRecord(const WriteRequest &request);
    std::optional<ConnectorFailure> resolveReferences(const QString &object, QJsonObject &values,
                                                      WriteContext &context);
    std::optional<qint64> resolvePartner(const QJsonObject &reference, const QString &path,
                                         WriteContext &context);
    std::optional<qint64> resolveOne(const QString &model, const QJsonArray &domain, const QString &path,
                                     const QString &what, WriteContext &context);
    std::optional<QJsonArray> resolveLines(const QJsonValue &lines, const QString &path,
                                           WriteContext &context);
    WriteOutcome writeMove(const WriteRequest &request, const QString &object, WriteContext &context);
    WriteOutcome writeSaleOrder(const WriteRequest &request, WriteContext &context);
    WriteOutcome writePayment(const WriteRequest &request, WriteContext &context);
    /// The product payload in this version's spelling (detailed_type vs type + is_storable).
    QJsonObject productValues(QJsonObject payload) const;
    /// The outcome with the record `id` of `object` read back.
    WriteOutcome finish(const QString &object, qint64 id, bool alreadyExisted, WriteContext &context);

    ConnectorConfig m_config;
    Odoo::OdooRpc m_rpc;
    QHash<QString, qint64> m_ids; ///< "res.partner:email:<address>" → id, found or created
};

} // namespace LedgerLink::Connectors
