#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Net {
struct HttpExchange;
}
namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Engine {

/**
 * What a user does to a dead letter (the CLI's `dlq` and the studio's Dead letters page), each
 * action with its audit row. On failure each returns nullopt/false with *error saying what and
 * where; nothing is changed then.
 */

/**
 * Re-enqueues dead letter `id` as a new job of its original kind (kept in the letter as
 * "job_kind"; "push.order" when absent) and marks the letter replayed. Returns the new job id, or
 * nullopt with *error (unknown id, already replayed, state store error).
 */
std::optional<qint64> replayDeadLetter(Store::StateStore &store, qint64 id, QString *error);

/**
 * Keeps `payload` (an invoice, or a request body {"Invoices": [invoice]}) as the mapped payload
 * a replay of dead letter `id` writes instead of mapping the order again. The payload must keep
 * the "Reference" the order was sent with: LedgerLink finds the invoice again by it.
 */
bool editDeadLetterPayload(Store::StateStore &store, qint64 id, const QJsonObject &payload, QString *error);

/// Removes dead letter `id` for good; its audit row keeps what it was.
bool discardDeadLetter(Store::StateStore &store, qint64 id, QString *error);

/**
 * What a dead letter keeps of its job's last exchange, for the person who must act:
 * "last_request" {method, url, headers: [[name, value]…], body} and "last_response" {status,
 * error, body}. Secrets never reach it: the values of secret headers (Store::Redactor's names —
 * Authorization, Cookie, …token…, …password… — and any other key header but Idempotency-Key),
 * secret query items, and secret fields of JSON or form bodies are "[redacted]".
 */
QJsonObject lastExchangeDetails(const Net::HttpExchange &exchange);

/// The invoice in a request body of the ERP connector ({"Invoices": [ … ]}), or `body` itself.
QJsonObject invoiceIn(const QJsonObject &body);

} // namespace LedgerLink::Engine
