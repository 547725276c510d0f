#pragma once

#include "connectors/connector.h"
#include "model/decimal.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace LedgerLink::Net {
class HttpClient;
}

/// Tryton's JSON-RPC: its typed values and a logged-in session. No vendor objects here (see
/// TrytonConnector for those).
namespace LedgerLink::Connectors::Tryton {

/// {"__class__":"Decimal","decimal":"19.90"}, the text exactly as the Decimal writes it.
QJsonObject decimalValue(const Model::Decimal &value);
/// {"__class__":"date","year":2026,"month":11,"day":27}
QJsonObject dateValue(QDate date);
/// {"__class__":"datetime",...,"microsecond":...} of a UTC time (Tryton keeps naive UTC times).
QJsonObject dateTimeValue(const QDateTime &utc);
/// The same, with microseconds (a page token keeps Tryton's exact timestamps).
QJsonObject dateTimeValue(QDate date, QTime time, int microsecond);

/**
 * An exact decimal from a Tryton value: the Decimal object, a JSON integer, or a JSON double
 * (Tryton's Float fields: quantities), read through its shortest round-trip text, never through
 * arithmetic on the double. nullopt for anything else (null included).
 */
std::optional<Model::Decimal> decimalOf(const QJsonValue &value);
/// A date object; invalid for anything else.
QDate dateOf(const QJsonValue &value);
/// A datetime object as UTC with millisecond precision; invalid for anything else.
QDateTime dateTimeOf(const QJsonValue &value);
/// A datetime object as sortable text with microseconds ("2026-11-27T14:31:31.737708"), the
/// exact key of a page token; "" for anything else.
QString exactTimeText(const QJsonValue &value);
/// The datetime object for exactTimeText()'s text; nullopt when the text is not one.
std::optional<QJsonObject> exactTimeValue(QStringView text);

/**
 * A Tryton answer as plain JSON, what mapping paths address: Decimal → "19.90" (text, exact),
 * date → "2026-11-27", datetime → "2026-11-27T14:31:31.737Z" (UTC), bytes → base64 text,
 * recursively through objects and arrays.
 */
QJsonValue plain(const QJsonValue &value);

/// A domain clause: [field, operator, value].
QJsonArray clause(const QString &field, const QString &op, const QJsonValue &value);
/// The integer ids of a JSON array (a search's answer, an x2many field's value).
QList<qint64> idsOf(const QJsonValue &value);
QJsonArray idArray(const QList<qint64> &ids);
/// A positive integer id written as text; nullopt for anything else.
std::optional<qint64> idOf(const QString &text);
/// A "like"/"ilike" pattern that matches `text` literally (Tryton escapes with a backslash).
QString likeLiteral(QString text);
/// The exact text of a decimal value (decimalOf()), "" when it is none.
QString decimalText(const QJsonValue &value);

/// Whether a JSON-RPC method only reads (search, read, search_read, search_count, fields_get,
/// default_get, get_preferences, common.server.version, system.listMethods).
bool isReadMethod(QStringView method);

/**
 * The failure a JSON-RPC "error" member stands for, for `method`:
 * - ["UserError", [message, description, domain]] (AccessError, validation, workflow refusals)
 *   and ["UserWarning", [name, message, description]]: permanent (AttemptOutcome::validation)
 *   with Tryton's own text;
 * - ["LoginException", [name, message, type]]: permanent (the server asks for another login step);
 * - ["ConcurrencyException", message]: transient (AttemptOutcome::http 503: another user changed
 *   the record; the repeated call reads it again);
 * - [text, traceback] (any other server exception): transient when the text says the database was
 *   busy (locked, could not serialize, deadlock), permanent otherwise.
 */
ConnectorFailure failureOfError(const QString &method, const QJsonValue &error);

/// The outcome of one JSON-RPC call: its "result", or why there is none.
struct CallResult
{
    QJsonValue value;
    std::optional<ConnectorFailure> failure;
    bool ok() const { return !failure.has_value(); }
};

/**
 * One user's session on one Tryton database, over the shared HttpClient.
 *
 * The database URL is `http://host:port/<database>/` (the database is its last path segment).
 * The session logs in lazily on the first call (`common.db.login [user, {"password": ...}, "en"]`
 * → [user id, session key]) and then sends `Authorization: Session base64(user:id:key)`. A call
 * answered 401 or 403 (the session expired or was ended elsewhere) logs in again once and is
 * repeated; a refused login is a permanent failure that says so (and is not tried again by this
 * session). After the login the company is read once from the user's preferences; every model
 * call gets the context {"company": <id>} as its last parameter.
 *
 * Secrets: the exchanges this class records never hold the password (the login request's body is
 * replaced by one with "[redacted]") nor the session key (the login answer's body likewise); the
 * Authorization header is redacted by the audit log like every other.
 *
 * Thread: the HttpClient's.
 */
class TrytonRpc final
{
public:
    TrytonRpc(QUrl databaseUrl, QString user, QByteArray password, Net::HttpClient &client);
    Q_DISABLE_COPY_MOVE(TrytonRpc)

    /**
     * Calls `method` (model.<model>.<method>, wizard.<wizard>.<method>) with `params` followed by
     * the context ({"company": id} plus `context`'s keys), after logging in if needed. Appends
     * every exchange (the login's too) to `exchanges`. `idempotencyKey` is recorded with write
     * requests for the audit log.
     */
    CallResult call(const QString &method, const QJsonArray &params, QList<Net::HttpExchange> &exchanges,
                    const QJsonObject &context = {}, const QString &idempotencyKey = {});

    /// Logs in now (and reads the company) unless already logged in.
    std::optional<ConnectorFailure> ensureLoggedIn(QList<Net::HttpExchange> &exchanges);

    bool loggedIn() const { return !m_sessionKey.isEmpty(); }
    /// The user's current company (0 before the first login).
    qint64 companyId() const { return m_companyId; }
    QString companyName() const { return m_companyName; }
    /// The context every model call carries: {"company": id}.
    QJsonObject context() const;
    /// The database name (the URL's last path segment).
    QString database() const;

private:
    std::optional<ConnectorFailure> login(QList<Net::HttpExchange> &exchanges);
    /// One request; no login, no retry.
    CallResult send(const QString &method, const QJsonArray &params, bool authenticated,
                    QList<Net::HttpExchange> &exchanges, const QString &idempotencyKey);
    QByteArray authorization() const;

    QUrl m_url;
    QString m_user;
    QByteArray m_password;
    Net::HttpClient &m_client;
    qint64 m_userId = 0;
    QByteArray m_sessionKey;
    qint64 m_companyId = 0;
    QString m_companyName;
    std::optional<ConnectorFailure> m_loginRefused; ///< the password was refused: never tried again
    qint64 m_nextId = 1;
};

} // namespace LedgerLink::Connectors::Tryton
