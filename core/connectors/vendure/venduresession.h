#pragma once

#include "connectors/connector.h"
#include "connectors/connectorsupport.h"
#include "model/currency.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace LedgerLink::Connectors::Vendure {

/**
 * One administrator's session with Vendure's Admin API (`<baseUrl>/admin-api`), and what the
 * connector asks of the channel once.
 *
 * The session logs in lazily with the `login` mutation (`account` is the administrator's user
 * name, `accessToken` its password); the token comes back in the `vendure-auth-token` header and
 * goes out as `Authorization: Bearer`. When Vendure answers FORBIDDEN (an expired or revoked
 * session) it logs in again once and repeats the call. A refused password is a permanent failure
 * (HTTP 401 for the retry policy) that says so. The password is never recorded: the login
 * exchange's body (and the session token and cookies in its answer) are redacted before it joins
 * the exchanges.
 *
 * Queries go out as GET (they change nothing, so a read-only rollout stage lets them pass),
 * mutations as POST. The login alone goes through a network manager and client of the session's
 * own, without the write guard: it is a mutation but changes no store data (so a dry run and Test
 * connection can log in), and the session cookie Vendure answers with stays out of the shared
 * cookie jar (Vendure prefers a cookie to the Bearer token: a shared cookie would mix up the
 * sessions of two connections to one server).
 *
 * Thread: used from the thread its HttpClient lives in.
 */
class VendureSession final
{
public:
    VendureSession(const ConnectorConfig &config, Net::HttpClient &client);
    ~VendureSession();
    Q_DISABLE_COPY_MOVE(VendureSession)

    /// The Admin API endpoint.
    QUrl apiUrl() const;

    /// One operation with a session: logs in first if there is none, and once more when Vendure
    /// answers FORBIDDEN. Every exchange (the login's redacted) lands in `exchanges`.
    Support::GraphQlCall call(const QString &what, const QString &query, const QJsonObject &variables,
                              bool mutation, QList<Net::HttpExchange> &exchanges,
                              const QString &idempotencyKey = {});
    /// Logs in (again); nullopt on success, the failure otherwise.
    std::optional<ConnectorFailure> login(QList<Net::HttpExchange> &exchanges);

    /// The session token ("" before the first login). Setting one reuses a session (or, in
    /// tests, plants an expired one).
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }

    /// The channel's default currency and language, asked once (activeChannel).
    std::optional<ConnectorFailure> learnChannel(QList<Net::HttpExchange> &exchanges);
    Model::Currency currency() const { return m_currency; }
    void setCurrency(const Model::Currency &currency) { m_currency = currency; }
    QString languageCode() const { return m_languageCode; }
    /// How many stock locations Vendure has, asked once; stock is written to the only one when a
    /// payload names none.
    std::optional<ConnectorFailure> learnStockLocation(QList<Net::HttpExchange> &exchanges);
    QString stockLocationId() const { return m_stockLocationId; }
    int stockLocations() const { return m_stockLocations; }

    /**
     * The variant whose SKU is exactly `sku` (its document holds `selection`), none, or, when
     * several variants share the SKU (Vendure does not enforce unique SKUs), a permanent failure
     * naming the SKU and their ids: LedgerLink never guesses which one is meant.
     */
    ReadOne findVariant(const QString &sku, const QString &selection, QList<Net::HttpExchange> &exchanges);

private:
    Net::HttpClient &loginClient();

    const ConnectorConfig &m_config;
    Net::HttpClient &m_client;
    QByteArray m_token;
    Model::Currency m_currency;
    QString m_languageCode;
    QString m_stockLocationId; ///< the only stock location; "" when there are several (or unknown)
    int m_stockLocations = -1; ///< -1: not asked yet
    std::unique_ptr<QNetworkAccessManager> m_loginNetwork;
    std::unique_ptr<Net::HttpClient> m_loginClient;
};

/// {"field": {"operator": value, ...}}: one condition of a list filter.
QJsonObject condition(const QString &field, const QJsonObject &operators);
/// The conditions as one filter (all must hold).
QJsonObject allOf(const QJsonArray &conditions);
/// "4, 9": the ids of Admin API list items.
QString idList(const QJsonArray &items);
/// A ReadOne of `document` as a record of `object` (a permanent failure if it is none).
ReadOne readOneOf(const QString &object, const QJsonObject &document, QList<Net::HttpExchange> exchanges);

} // namespace LedgerLink::Connectors::Vendure
