#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "model/currency.h"

namespace LedgerLink::Connectors {

/**
 * Xero Accounting API 2.0: paths under `/api.xro/2.0/`, headers `Authorization: Bearer <token>`,
 * `xero-tenant-id: <account>`, `Accept: application/json`.
 *
 * Reads and writes Contact, Item, Invoice, CreditNote, Payment and BankTransaction (Spend and
 * Receive Money: a payout's bank deposit). Pages are `?page=N` (the page
 * token is the next page number as text; a page with fewer than 100 records is the last; Items
 * are not paged and come in one page), `If-Modified-Since` carries the cursor's updatedSince.
 * Creates are `PUT <Collection>` with body {"<Collection>":[payload]}, updates
 * `POST <Collection>/{id}`; both send `Idempotency-Key: <request.idempotencyKey>` when it is set.
 * A create without an idempotency key but with a match key looks the record up first.
 * writeBatch() sends up to 50 creates per `PUT <Collection>?summarizeErrors=false` and splits
 * Xero's per-element results: an element with HasErrors fails permanently
 * (AttemptOutcome::validation with its ValidationErrors), the others succeed.
 *
 * A CreditNote payload may carry `Allocations` ([{"Invoice":{"InvoiceID":…},"Amount"?,"Date"?}]):
 * the note is written without them as above, then allocated by
 * `PUT CreditNotes/{id}/Allocations` to each invoice it has no allocation to yet (Amount defaults
 * to the note's Total, Date to its Date), and read back (`GET CreditNotes/{id}`) for the outcome's
 * record. Only an AUTHORISED note can be allocated: another Status is refused before sending.
 */
class XeroConnector final : public Connector
{
public:
    static constexpr int pageSize = 100;
    static constexpr int maxBatch = 50;

    XeroConnector(ConnectorConfig config, Net::HttpClient &client);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;
    std::optional<Net::WebhookVendor> webhookVendor() const override;

    /// `pageSize` is ignored: Xero pages hold 100 records.
    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    /// Invoice/CreditNote/Payment/BankTransaction by Reference, Contact by EmailAddress, Item by Code
    /// (`?where=Field=="key"`). Of bank transactions with the same Reference, one that is not
    /// DELETED is preferred.
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    QList<WriteOutcome> writeBatch(const QList<WriteRequest> &requests) override;

    /// The organisation's base currency prices Items (GET Organisation, read once on the first
    /// Item or Payment read, or set here).
    void setHomeCurrency(const Model::Currency &currency) { m_homeCurrency = currency; }
    Model::Currency homeCurrency() const { return m_homeCurrency; }

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    /// The field Xero::objectInfo() names as the match field (Invoice: "Reference").
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;
    /// {"Invoices":[element]}, {"CreditNotes":[element]}, ... as Xero's batch bodies hold them.
    QByteArray batchElementBody(const QString &object, const QByteArray &elementJson) const override;

    /**
     * GET Organisation (reachable, token accepted, tenant allowed, the organisation's name, the
     * X-MinLimit-Remaining / X-DayLimit-Remaining budget); the permissions are the access token's
     * "scope" claim (Xero tokens are JWTs) compared with requiredScopes(). An opaque token whose
     * Organisation read worked passes with permissionsVerified false.
     */
    ConnectionCheck checkConnection() override;
    /// The OAuth scopes the connector's reads and writes need (a ".read" scope is not enough).
    static QStringList requiredScopes();
    /// The scopes in a JWT access token's "scope" claim (a JSON array or a space-separated
    /// string); nullopt when the token is not a JWT with such a claim. The signature is not
    /// checked: Xero checks it, this only reads what the token says it may do.
    static std::optional<QStringList> tokenScopes(const QByteArray &token);

    /// The Accounting API URL of `path` ("Invoices") with an already-encoded query.
    QUrl apiUrl(const QString &path, const QString &encodedQuery = {}) const;

private:
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    /// The access token to send: the OAuth session's current one, else the configured one.
    QByteArray accessToken() const;
    /// Support::sendJson(), and after a 401 on an OAuth connection: the token renewed (once, for
    /// every connector of the connection) and the request sent again.
    Support::JsonCall send(const Net::HttpRequest &request, const QString &what,
                           QList<Net::HttpExchange> &exchanges);
    void learnHomeCurrency(QList<Net::HttpExchange> &exchanges);
    /// A CreditNote whose payload carries Allocations: checked, written without them, allocated.
    WriteOutcome writeAllocatedCreditNote(const WriteRequest &writeRequest);
    /**
     * Allocates the written note `outcome.record` to each invoice of `wanted` it has no allocation
     * to yet (a note found or replayed is read again first: its answer may predate an allocation),
     * then reads it back into outcome.record. A failure leaves the record and sets outcome.failure.
     */
    void allocate(const QJsonArray &wanted, const QString &idempotencyKey, WriteOutcome &outcome);
    /// GET the record of `outcome` again into outcome.record; false (outcome.failure set) if not.
    bool readBack(WriteOutcome &outcome);
    /// `allocations` each capped at its invoice's amount due (read from Xero); an invoice with
    /// nothing due (paid) is left out. nullopt when an invoice cannot be read (outcome.failure set).
    std::optional<QJsonArray> withinAmountDue(const QJsonArray &allocations, WriteOutcome &outcome);
    /// One batch of creates of one object (at most maxBatch); one outcome per request.
    QList<WriteOutcome> createBatch(const QString &object, const QList<WriteRequest> &requests);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Model::Currency m_homeCurrency;
    bool m_homeCurrencyAsked = false;
};

} // namespace LedgerLink::Connectors
