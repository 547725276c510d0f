#pragma once

#include "connectors/connector.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Connectors::Vendure {

class VendureSession;

/**
 * The writes of the Vendure connector, over one session. Payload fields: see
 * resources/catalogs/vendure.catalog.json.
 *
 * - variant: the variant of an existing id, or found by SKU (the match key, else the payload's
 *   sku), is updated with updateProductVariants: price in major units of the channel's currency
 *   (converted exactly to minor units; more decimals than the currency has are refused, never
 *   rounded), stockOnHand at stockLocationId (or the only stock location), sku, name, enabled.
 *   When no variant has the SKU and the payload names a productId, the variant is created there.
 * - product: an existing id: updateProduct (name, slug, description, enabled; prices and stock
 *   are variant writes). Otherwise the first variant's SKU is looked up first: a product found
 *   comes back with alreadyExisted; else createProduct and createProductVariants (a product whose
 *   variants Vendure refused is deleted again, so that a retry does not make a second one).
 * - order: adds a note to the order's history (addNoteToOrder, isPublic false unless the payload
 *   says otherwise): what the ERP says back ("Invoice INV/0001 posted, paid"). A note already
 *   among the order's last 100 notes is not added twice (a retry after a lost answer).
 * - refund: refundOrder of an amount (major units of the order's currency) on the order's only
 *   settled payment (or paymentId); the idempotency key goes into the reason in brackets, so a
 *   retry finds the refund it made instead of refunding twice.
 * A write that would be matched by a SKU several variants share fails permanently, naming them.
 */
class VendureWriter final
{
public:
    static constexpr int maxBatch = 50;

    /// `reader` reads what the writes look up and return (the connector itself).
    VendureWriter(VendureSession &session, Connector &reader);
    Q_DISABLE_COPY_MOVE(VendureWriter)

    WriteOutcome write(const WriteRequest &request);
    /// Variant updates (an existing id, or a SKU) go in batches of up to maxBatch in one
    /// updateProductVariants (their SKUs looked up in one query first); the rest one by one. When
    /// Vendure refuses a batch as a whole, its elements are written one by one to single out the
    /// culprit (variant updates set values, so repeating one is harmless).
    QList<WriteOutcome> writeBatch(const QList<WriteRequest> &requests);

private:
    WriteOutcome writeVariant(const WriteRequest &request);
    WriteOutcome writeProduct(const WriteRequest &request);
    WriteOutcome writeOrderNote(const WriteRequest &request);
    WriteOutcome writeRefund(const WriteRequest &request);
    /// The UpdateProductVariantInput / CreateProductVariantInput fields of a variant payload.
    std::optional<QJsonObject> variantInput(const QJsonObject &payload, QString *error) const;
    /// Updates of several variants in one mutation; one outcome per input, in order.
    QList<WriteOutcome> updateVariants(const QList<QJsonObject> &inputs, const QList<WriteRequest> &requests,
                                       QList<Net::HttpExchange> exchanges);

    VendureSession &m_session;
    Connector &m_reader;
};

} // namespace LedgerLink::Connectors::Vendure
