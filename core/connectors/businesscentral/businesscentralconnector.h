#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "model/currency.h"

#include <QtCore/QHash>

namespace LedgerLink::Connectors {

/**
 * Dynamics 365 Business Central, standard API v2.0 (default) or v1.0.
 *
 * Configuration: `baseUrl` is the environment's API root up to and including ".../api", e.g.
 * `https://api.businesscentral.dynamics.com/v2.0/<tenant id>/production/api` (the tenant segment
 * may be left out when the token names it); `apiVersion` is "v2.0" (empty: the default) or "v1.0";
 * `account` is the company id (a GUID, `GET .../api/v2.0/companies` lists them). Every path is
 * `<baseUrl>/<apiVersion>/companies(<company id>)/<entity set>`; headers `Authorization: Bearer
 * <token>` (Microsoft identity platform, scope Financials.ReadWrite.All: the sign-in is not the
 * connector's business) and `Accept: application/json`, and `Content-Type: application/json` on
 * writes.
 *
 * Objects (catalog names): item (items), customer (customers), salesOrder, salesInvoice,
 * salesCreditMemo (their entity sets, lines expanded with `$expand=<lines property>`) and
 * customerPayment (the company-level `customerPayments` set, which v1.0 and v2.0 both document for
 * GET and POST: a payment goes into the company's default customer payment journal unless the
 * payload names one with `journalId` (v2.0) — no journal look-up is made).
 *
 * Reads: `GET <set>?$filter=lastModifiedDateTime gt <time>&$orderby=lastModifiedDateTime` with
 * `Prefer: odata.maxpagesize=<page size>` (not `$top`: a `$top` request ends the result, Business
 * Central then sends no `@odata.nextLink`); the page token is the answer's `@odata.nextLink` as it
 * is, accepted only on the base URL's scheme, host and port. A page of items leaves out the
 * items of type "Service" (shipping, services invoiced with goods): the store's products and
 * stock are goods matched by the item number as SKU; readById and findByMatchKey still find them.
 * `GET <set>(<id>)`: 404 is "not found". findByMatchKey(): `$filter=<field> eq '<key>'` (OData
 * string literal, a quote doubled) on externalDocumentNumber (documents, payments), email
 * (customers, compared case-insensitively) or number (items).
 *
 * Writes: a create is `POST <set>` with the payload; a document's lines go inline
 * (`"salesInvoiceLines": [...]`, Business Central's deep insert). Business Central has no
 * idempotency key: a create whose request has a match key first looks it up and answers the
 * existing record (alreadyExisted). An update reads the record (`GET <set>(<id>)`) for its
 * `@odata.etag` and sends `PATCH <set>(<id>)` with `If-Match: <etag>`; the lines property is left
 * out (Business Central updates lines one by one, not through the document). A stale ETag (412
 * Precondition Failed, or 409 with code Request_EntityChanged) reads again and sends once more;
 * stale twice, the failure is transient (AttemptOutcome::dependency). Date properties holding a
 * date-time are cut to their date (BusinessCentral::withDates()): the v1.0 spec types them
 * date-time, the API takes `YYYY-MM-DD`.
 *
 * Writes in v2.0 name a line's item or account by `lineObjectNumber`; a line that names it the
 * v1.0 way (`lineDetails.number`, the catalog's path) is sent with `lineObjectNumber`
 * (BusinessCentral::withLineObjectNumbers()).
 *
 * The customer of a document (salesInvoice, salesOrder, salesCreditMemo) may be left to the
 * connector (resolveCustomer()): a payload whose customerNumber and customerId are empty or absent
 * but which carries `email` and/or `billToName` gets the customer whose e-mail is `email` (`GET
 * customers?$filter=email eq '…'`), else the one whose displayName is `billToName` (and whose
 * e-mail is empty or the same), else a new one (`POST customers` {displayName, email}); its
 * `number` becomes the payload's customerNumber and `billToName` is left out (Business Central
 * fills the bill-to name from the customer). A customerPayment without a customer takes the
 * customer of the invoice it applies to (`GET salesInvoices(<appliesToInvoiceId>)`). Customers
 * found are cached per connector; failures are permanent and say what to map.
 *
 * Errors are OData's `{"error":{"code":"…","message":"…"}}`: "message (code)".
 */
class BusinessCentralConnector final : public Connector
{
public:
    static constexpr int maxPage = 1000; ///< records per page asked for (the server's own limit is 20,000)
    static inline const QString defaultApiVersion = QStringLiteral("v2.0");

    BusinessCentralConnector(ConnectorConfig config, Net::HttpClient &client);

    /// What else a configuration needs: an API version "v2.0" or "v1.0" (or empty) and a company
    /// id that is a GUID; "" when it is fine.
    static QString configurationError(const ConnectorConfig &config);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    /// GET companies(<id>): reachable, token accepted, the company's display name.
    ConnectionCheck checkConnection() override;

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// The company's local currency prices items, payments and documents with an empty
    /// currencyCode (read once from `companyInformation` when first needed, or set here).
    void setLocalCurrency(const Model::Currency &currency) { m_localCurrency = currency; }
    Model::Currency localCurrency() const { return m_localCurrency; }

    /// A value as an OData string literal: in single quotes, a single quote doubled.
    static QString stringLiteral(const QString &value);
    /// An OData DateTimeOffset literal in UTC, milliseconds kept: "2020-08-21T00:25:58.337Z".
    static QString dateTimeLiteral(const QDateTime &time);
    /// The URL of `path` under the company ("salesInvoices", "salesInvoices(<id>)") with an
    /// already-encoded query.
    QUrl apiUrl(const QString &path, const QString &encodedQuery = {}) const;
    QString apiVersion() const;

private:
    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    QByteArray accessToken() const;
    /// Support::sendJson() with OData's error text, and after a 401 on an OAuth connection the
    /// token renewed once and the request sent again.
    Support::JsonCall send(const Net::HttpRequest &request, const QString &what,
                           QList<Net::HttpExchange> &exchanges);
    void learnLocalCurrency(QList<Net::HttpExchange> &exchanges);
    /// The records of a collection answer ({"value":[…]}); a failure names the bad one.
    std::optional<ConnectorFailure> recordsOf(const QString &object, const QJsonObject &body,
                                              QList<VendorRecord> &records) const;
    /// Fills the customer a payload leaves to the connector (see the class comment).
    std::optional<ConnectorFailure> resolveCustomer(const QString &object, QJsonObject &payload, bool create,
                                                    QList<Net::HttpExchange> &exchanges);
    /// The customer's number: found by e-mail, else by name, else created.
    std::optional<ConnectorFailure> customerNumberFor(const QString &object, const QString &email,
                                                      const QString &name, QString &number,
                                                      QList<Net::HttpExchange> &exchanges);
    /// An update; `outcome` carries the exchanges made so far.
    WriteOutcome update(const WriteRequest &request, const QJsonObject &payload, WriteOutcome outcome);

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Model::Currency m_localCurrency;
    bool m_localCurrencyAsked = false;
    QHash<QString, QString> m_customerNumbers; ///< by "email:<lower-case address>" or "name:<name>"
};

} // namespace LedgerLink::Connectors
