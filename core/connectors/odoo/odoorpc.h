#pragma once

#include "connectors/connector.h"
#include "model/decimal.h"

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

/// Odoo's external API over JSON-RPC (POST <base>/jsonrpc): its values and one authenticated user.
/// No business objects here (see OdooConnector for those).
namespace LedgerLink::Connectors::Odoo {

/// The behaviour that differs between the supported Odoo versions (16, 17, 18).
struct ServerVersion
{
    int major = 0; ///< server_version_info[0]: 16, 17, 18 (0: not asked yet)
    QString text; ///< server_version, e.g. "17.0+e"

    /// product.template's kind: "detailed_type" (16, 17) or "type" + "is_storable" (18).
    bool storableFlag() const { return major >= 18; }
    /// The field of account.payment holding the payment's reference: "ref" (16, 17), "memo" (18).
    QString paymentReferenceField() const;
};

/// Whether an ORM method only reads (search, read, search_read, search_count, fields_get, ...).
bool isReadMethod(QStringView method);

/**
 * The failure a JSON-RPC "error" member stands for. Odoo's dispatcher answers every exception with
 * HTTP 200 and {"error": {"code", "message", "data": {"name", "message", "arguments", "debug",
 * "context"}}} (odoo/http.py, JsonRPCDispatcher.handle_error and serialize_exception); the class
 * in data.name decides:
 * - odoo.exceptions.AccessDenied: HTTP 401 (authentication, permanent);
 * - odoo.exceptions.AccessError: HTTP 403 (the user may not do this, permanent);
 * - odoo.exceptions.MissingError: HTTP 404 (the record was deleted);
 * - odoo.exceptions.ValidationError, UserError, RedirectWarning and any other: permanent validation
 *   failure with Odoo's own message;
 * - psycopg2 serialization failures, lock timeouts and odoo.exceptions.ConcurrencyError (the
 *   database was busy): HTTP 503 (transient);
 * - werkzeug.exceptions.NotFound (no /jsonrpc here): HTTP 404.
 * `what` names the call without "Odoo" ("res.partner search_read").
 */
ConnectorFailure failureOfError(const QString &what, const QJsonObject &error);

/// Odoo's value for "nothing" is false (an empty Char, a Many2one not set): "" for false/null.
QString textOf(const QJsonValue &value);
/// A Many2one's id ([id, "display name"] or a bare id); 0 for false.
qint64 many2oneId(const QJsonValue &value);
/// A Many2one's display name ([id, "display name"]); "" for false.
QString many2oneName(const QJsonValue &value);
/// An exact decimal as the JSON number Odoo's Float and Monetary fields take.
QJsonValue numberValue(const Model::Decimal &value);
/// Odoo's UTC datetime text ("2026-11-29 06:35:00") ↔ QDateTime (UTC); invalid when it is none.
QDateTime dateTimeOf(const QJsonValue &value);
QString dateTimeText(const QDateTime &utc);
/// [field, operator, value]
QJsonArray clause(const QString &field, const QString &op, const QJsonValue &value);
/// The integer ids of a JSON array.
QList<qint64> idsOf(const QJsonValue &value);

/// The outcome of one call: its "result", or why there is none.
struct CallResult
{
    QJsonValue value;
    std::optional<ConnectorFailure> failure;
    bool ok() const { return !failure.has_value(); }
};

/**
 * One Odoo user on one database, over the shared HttpClient.
 *
 * Every request is `POST <base>/jsonrpc` with {"jsonrpc":"2.0","method":"call","params":{"service",
 * "method","args"},"id":n}. The first call asks "common" "version" (server_version_info picks the
 * 16/17/18 behaviour) and "common" "authenticate" [db, login, key, {}] → the user id (false: the
 * login or the API key was refused, a permanent authentication failure, not asked again). Model
 * calls are "object" "execute_kw" [db, uid, key, model, method, args, kwargs].
 *
 * Secrets: the API key travels in every request body (Odoo's protocol has no header for it). The
 * exchanges this class records carry "[redacted]" in its place (args[2]); the request sent keeps
 * it. Nothing else records the bodies, so the key never reaches the audit log.
 *
 * Thread: the HttpClient's.
 */
class OdooRpc final
{
public:
    OdooRpc(QUrl baseUrl, QString database, QString login, QByteArray apiKey, Net::HttpClient &client);
    Q_DISABLE_COPY_MOVE(OdooRpc)

    /**
     * `model`.`method`(*args, **kwargs) through execute_kw, after the version and the login when
     * not done yet. Appends every exchange to `exchanges`. `idempotencyKey` is recorded with writes.
     */
    CallResult execute(const QString &model, const QString &method, const QJsonArray &args,
                       const QJsonObject &kwargs, QList<Net::HttpExchange> &exchanges,
                       const QString &idempotencyKey = {});

    /// Asks the version and logs in now unless done.
    std::optional<ConnectorFailure> ensureAuthenticated(QList<Net::HttpExchange> &exchanges);

    const ServerVersion &version() const { return m_version; }
    qint64 uid() const { return m_uid; }
    QString database() const { return m_database; }
    QString login() const { return m_login; }
    QUrl endpoint() const;

private:
    /// One request; `keyIndex`: the position of the API key in args (-1: none).
    CallResult send(const QString &service, const QString &method, const QJsonArray &args, int keyIndex,
                    bool read, QList<Net::HttpExchange> &exchanges, const QString &idempotencyKey);

    QUrl m_baseUrl;
    QString m_database;
    QString m_login;
    QByteArray m_apiKey;
    Net::HttpClient &m_client;
    ServerVersion m_version;
    qint64 m_uid = 0;
    std::optional<ConnectorFailure> m_refused; ///< the key was refused: never sent again
    qint64 m_nextId = 1;
};

} // namespace LedgerLink::Connectors::Odoo
