#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "model/decimal.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Connectors::Tryton {

class TrytonRpc;

/// What a write did: the id of the record written (as its readById() id), or why it failed.
struct WriteResult
{
    QString id;
    bool alreadyExisted = false; ///< found by its key (an earlier attempt, or made by hand)
    std::optional<ConnectorFailure> failure;
};

/**
 * The writes of the Tryton connector over one session: the steps every workflow is made of (one
 * JSON-RPC call each, and the look-ups of currencies, countries, payment methods, warehouses,
 * products and parties) and the writes of master data. Sales and credit notes are
 * TrytonOrderWriter's, built on these steps. Payload fields: see
 * resources/catalogs/tryton.catalog.json.
 *
 * Every write is resumable: it first looks for what an earlier attempt (or a person) made, and
 * does each step only if it is not done yet, so a write repeated after a crash completes the record
 * without making a second one.
 *
 * - product: template and variant by code (created; or updated: name, list price, cost price,
 *   salable, description, only what differs).
 * - stock: the quantity of a product in a warehouse, set by one done stock move of the difference
 *   between the lost-and-found location and the warehouse's storage location.
 * - party: by e-mail; created, or updated (name, phone, address; with an id also the e-mail).
 * - payment: pays an invoice (by number, or the invoice of an order) once per reference.
 *
 * A step that fails keeps its failure (failure()); the step returns nullopt or false.
 */
class TrytonWriter final
{
public:
    TrytonWriter(TrytonRpc &rpc, QList<Net::HttpExchange> &exchanges, QString idempotencyKey);
    Q_DISABLE_COPY_MOVE(TrytonWriter)

    /// Writes one record of any writable object (sale, credit_note, product, stock, party, payment).
    WriteResult write(const QString &object, const QJsonObject &payload, const QString &existingId);

    // --- Steps -------------------------------------------------------------------------------

    /// A failed result: permanent with `message`, or else the failure of the last step.
    WriteResult failed(const QString &message = {}) const;
    /// The user's company (every create names it).
    qint64 companyId() const;

    std::optional<QJsonValue> call(const QString &method, const QJsonArray &params,
                                   const QJsonObject &context = {});
    std::optional<QList<qint64>> search(const QString &model, const QJsonArray &domain, int limit = 0,
                                        const QJsonArray &order = {});
    std::optional<QJsonArray> read(const QString &model, const QList<qint64> &ids, const QStringList &fields,
                                   const QJsonObject &context = {});
    /// One record; a missing one is a failure.
    std::optional<QJsonObject> readOne(const QString &model, qint64 id, const QStringList &fields,
                                       const QJsonObject &context = {});
    std::optional<qint64> create(const QString &model, const QJsonObject &values);
    bool writeValues(const QString &model, qint64 id, const QJsonObject &values);
    /// A button or workflow method taking a list of ids (quote, confirm, post, do, ...).
    bool button(const QString &model, const QString &method, qint64 id);

    // --- Look-ups: nullopt and a failure naming `path` and what to do when missing ------------

    std::optional<qint64> currency(const QString &code, const QString &path);
    std::optional<qint64> country(const QString &code, const QString &path);
    std::optional<qint64> paymentMethod(const QString &name, const QString &path);
    /// A warehouse (id, code, name, storage_location) by code, or the first warehouse for "".
    std::optional<QJsonObject> warehouse(const QString &code, const QString &path);

    struct ProductInfo
    {
        qint64 id = 0;
        qint64 uom = 0;
        QString name;
    };
    /// The product with this code (SKU).
    std::optional<ProductInfo> productByCode(const QString &code, const QString &path);

    struct PartyRef
    {
        qint64 party = 0;
        qint64 address = 0;
    };
    /**
     * The party with the payload's e-mail (created with its e-mail, phone and address when
     * missing) and the payload's address (one of the party's that is the same, or added);
     * `update` also writes a changed name and phone. `path` is the payload's path in messages,
     * `prefix` names the record written.
     */
    std::optional<PartyRef> ensureParty(const QJsonObject &payload, const QString &path,
                                        const QString &prefix, bool update, bool *created = nullptr);

    /**
     * Pays the posted `invoice` with `amount` (at most what is left to pay; less is a partial
     * payment) through the wizard account.invoice.pay, unless a payment described `description`
     * is already booked on it (then *alreadyPaid). *paymentLine: the payment's receivable line.
     */
    bool pay(qint64 invoice, const Model::Decimal &amount, qint64 method, QDate date,
             const QString &description, qint64 *paymentLine = nullptr, bool *alreadyPaid = nullptr);
    /// The payment line of `invoice` whose move is described `description`, 0 if none.
    std::optional<qint64> paymentLineOf(qint64 invoice, const QString &description);

private:
    WriteResult product(const QJsonObject &payload, const QString &existingId);
    WriteResult stock(const QJsonObject &payload, const QString &existingId);
    WriteResult party(const QJsonObject &payload, const QString &existingId);
    WriteResult payment(const QJsonObject &payload, const QString &existingId);

    TrytonRpc &m_rpc;
    QList<Net::HttpExchange> &m_exchanges;
    QString m_idempotencyKey;
    std::optional<ConnectorFailure> m_failure;
    QHash<QString, qint64> m_ids; ///< "currency:USD" → id, for this write
};

/// A required decimal of a payload, above zero (or, with `allowZero`, not negative).
std::optional<Model::Decimal> payloadAmount(Support::FieldReader &reader, const QJsonValue &value,
                                            const QString &path, bool allowZero);
/// An optional "YYYY-MM-DD" date of a payload; invalid when absent.
QDate payloadDate(Support::FieldReader &reader, const QJsonValue &value, const QString &path);
/// A Tryton Float value (quantities) for an exact decimal: an integer when it is one, otherwise the
/// double nearest to it (Tryton stores quantities as floats: nothing more exact can be sent).
QJsonValue floatValue(const Model::Decimal &value);

} // namespace LedgerLink::Connectors::Tryton
