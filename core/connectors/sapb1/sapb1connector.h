#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>

#include <functional>

namespace LedgerLink::Connectors {

/**
 * SAP Business One Service Layer (OData over HTTPS), b1s/v1 (OData v3 JSON) and b1s/v2 (OData v4).
 *
 * Configuration: `baseUrl` is the service root including the version, e.g.
 * `https://b1server:50000/b1s/v1` or `.../b1s/v2`; `account` is the company database (CompanyDB);
 * `accessToken` is "<UserName>:<Password>", split at the first colon (a password may hold colons).
 *
 * Session: `POST <root>/Login {"CompanyDB","UserName","Password"}` answers SessionId and
 * SessionTimeout (minutes) and sets the cookies B1SESSION (and ROUTEID behind SAP's load
 * balancer); every further request carries them as `Cookie`. The session times out after
 * SessionTimeout minutes without a request: the connector logs in again ahead of that (a minute
 * early), and once more when a request is refused as an expired session (HTTP 401, or the error
 * code 301 / "Invalid session"), then repeats that request once. A login that fails is an
 * authentication failure (permanent). No Logout is sent per call. The Login is marked as a read
 * (HttpRequest::read): it opens a session and changes no business data, so a dry run (read-only
 * rollout stage) can log in. The exchanges the connector
 * hands back (audit rows, dead letters) carry the Login's Password and the Cookie header as
 * "[redacted]"; the requests sent carry the real ones.
 *
 * Objects (catalog names are the entity sets): Items (key ItemCode = the SKU), BusinessPartners
 * (key CardCode; customers are CardType cCustomer, found by EmailAddress), Orders, Invoices,
 * CreditNotes (key DocEntry; found by NumAtCard, the store's order number) and IncomingPayments
 * (key DocEntry; found by Reference2; PaymentInvoices link the invoices' DocEntry).
 *
 * Reads: `GET <set>?$filter=UpdateDate ge <day before the cursor>&$orderby=UpdateDate,<key>` with
 * `Prefer: odata.maxpagesize=<page size>`; the page token is the answer's next link
 * ("odata.nextLink" in v1, "@odata.nextLink" in v2; relative to the service root), accepted only on
 * the service root's scheme, host and port. UpdateDate has no time zone and UpdateTime is not
 * filterable on every object, so a page starts a day before the cursor: a record may be read again
 * (the engine skips what did not change), none is missed. A date literal is quoted in v1
 * ('2026-11-28') and bare in v2 (2026-11-28, an OData v4 Edm.Date). `GET <set>(<key>)`: 404 is
 * "not found". findByMatchKey(): `$filter=<match field> eq '<key>'` (a quote doubled); customers
 * also `and CardType eq 'cCustomer'`.
 *
 * Writes: Service Layer has no idempotency key: a create with a match key first looks it up and
 * answers an existing record (alreadyExisted). A create is `POST <set>` (201 and the entity). An
 * update reads the entity, sends `PATCH <set>(<key>)` with `If-Match: <etag>` when the read carried
 * an ETag (Service Layer 10.0 FP 2102 and later), answered 204, and reads it again; a stale ETag
 * (412) reads once more and sends again. A document's DocumentLines are left out of an update (a
 * line without its LineNum would be added, not changed).
 *
 * References the store cannot know (resolveReferences()): a document whose CardCode is empty or
 * absent gets the business partner whose EmailAddress is the payload's "EmailAddress" (a LedgerLink
 * property of the payload, never sent on a document), else a new customer (`POST BusinessPartners`
 * {CardCode, CardName, CardType cCustomer, EmailAddress}; its CardCode "W" + 14 hex digits of the
 * SHA-1 of the lower-case address, so the same address always makes the same code). Each line's
 * ItemCode is the SKU: an ItemCode that Items does not have is refused before anything is
 * written, naming it. An IncomingPayments without CardCode takes the CardCode of the invoice its
 * first PaymentInvoices row names (`GET Invoices(<DocEntry>)`). Look-ups are cached per connector.
 *
 * Errors: {"error":{"code":…,"message":{"lang":"en-us","value":"…"}}} (v1) or {"error":{"code":
 * "…","message":"…"}} (v2), reported as "value (code)".
 */
class SapB1Connector final : public Connector
{
public:
    static constexpr int maxPage = 500; ///< records per page asked for (odata.maxpagesize)
    /// The session's lifetime when the Login answer states none (Service Layer's default).
    static constexpr int defaultSessionMinutes = 30;
    using Clock = std::function<QDateTime()>;

    SapB1Connector(ConnectorConfig config, Net::HttpClient &client);

    /// What else a configuration needs: "<UserName>:<Password>" as the secret, a base URL ending in
    /// /b1s/v1 or /b1s/v2; "" when it is fine.
    static QString configurationError(const ConnectorConfig &config);

    QString system() const override;
    Capabilities capabilities() const override;
    Engine::RateLimitProfile rateLimitProfile() const override;

    ReadPage readPage(const QString &object, const ReadCursor &cursor, int pageSize) override;
    ReadOne readById(const QString &object, const QString &id) override;
    ReadOne findByMatchKey(const QString &object, const QString &matchKey) override;
    WriteOutcome write(const WriteRequest &request) override;
    /// Login, then `GET Items?$top=1&$select=ItemCode`: reachable, credentials accepted for the
    /// company database, items readable.
    ConnectionCheck checkConnection() override;

    std::optional<QJsonObject> toCanonical(const VendorRecord &record, QString *error) const override;
    QString payloadMatchKey(const QString &object, const QJsonObject &payload) const override;

    /// The time the session's expiry is measured with (tests give a fake clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// True for a base URL ending in /b1s/v2 (OData v4), false for /b1s/v1.
    bool isV2() const;
    /// A value as an OData string literal: in single quotes, a single quote doubled.
    static QString stringLiteral(const QString &value);
    /// `path` under the service root with an already-encoded query.
    QUrl serviceUrl(const QString &path, const QString &encodedQuery = {}) const;
    /// The CardCode a new customer with this e-mail address gets: "W" + 14 hex digits.
    static QString cardCodeFor(const QString &email);

private:
    struct Call
    {
        Net::HttpExchange exchange;
        std::optional<QJsonObject> body;
        std::optional<ConnectorFailure> failure;
        int status() const { return exchange.response.status; }
    };

    Net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    /// Logs in (POST Login), keeping the session cookies.
    std::optional<ConnectorFailure> login(QList<Net::HttpExchange> &exchanges);
    /// Sends `request` in the session (logging in first when there is none or it is about to
    /// expire, and once more after an expired-session answer). `expectBody`: a 2xx must carry a
    /// JSON object (not for PATCH's 204).
    Call send(const Net::HttpRequest &request, const QString &what, QList<Net::HttpExchange> &exchanges,
              bool expectBody = true);
    bool sessionExpired(const Net::HttpResponse &response) const;
    /// The records of a collection answer ({"value":[…]}); a failure names the bad one.
    std::optional<ConnectorFailure> recordsOf(const QString &object, const QJsonObject &body,
                                              QList<VendorRecord> &records) const;
    std::optional<ConnectorFailure> resolveReferences(const QString &object, QJsonObject &payload,
                                                      bool create, QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> cardCodeByEmail(const QString &object, const QString &email,
                                                    const QString &name, QString &cardCode,
                                                    QList<Net::HttpExchange> &exchanges);
    std::optional<ConnectorFailure> checkItems(const QJsonObject &payload,
                                               QList<Net::HttpExchange> &exchanges);
    WriteOutcome update(const WriteRequest &request, const QJsonObject &payload, WriteOutcome outcome);
    QDateTime now() const;

    ConnectorConfig m_config;
    Net::HttpClient &m_client;
    Clock m_clock;
    QByteArray m_cookie; ///< "B1SESSION=…; ROUTEID=…" of the current session; empty: none
    int m_sessionMinutes = defaultSessionMinutes;
    QDateTime m_lastUse; ///< the session's last request (its timeout counts from there)
    QHash<QString, QString> m_cardCodes; ///< by "email:<lower-case address>" or "invoice:<DocEntry>"
    QHash<QString, bool> m_knownItems; ///< ItemCode → exists
};

} // namespace LedgerLink::Connectors
