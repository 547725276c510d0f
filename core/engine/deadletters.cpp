#include "engine/deadletters.h"

#include "engine/executor.h"
#include "net/httpclient.h"
#include "store/auditlog.h"
#include "store/deadletterrepository.h"
#include "store/enginestaterepository.h"
#include "store/redactor.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::DeadLetters)
};

/// The letter `id`, or nullopt with *error.
std::optional<Store::DeadLetter> letterOf(Store::StateStore &store, qint64 id, QString *error)
{
    auto letter = Store::DeadLetterRepository(store).find(id);
    if (!letter) {
        *error = letter.error().message;
        return std::nullopt;
    }
    if (!letter.value()) {
        *error = Text::tr("there is no dead letter %1").arg(id);
        return std::nullopt;
    }
    return letter.value();
}

/// The audit row of something the user did to a dead letter, keeping `body`.
Store::AuditEntry auditEntryOf(const Store::DeadLetter &letter, const QString &operation,
                               const QString &result, const QString &what, const QJsonObject &body)
{
    Store::AuditEntry entry;
    entry.jobId = letter.jobId;
    entry.objectType = letter.objectType;
    entry.matchKey = letter.payload.value(u"match_key"_s).toString();
    entry.sourceId = letter.objectId;
    entry.direction = u"store→erp"_s;
    entry.operation = operation;
    entry.result = result;
    entry.error = what;
    entry.requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return entry;
}

} // namespace

QJsonObject invoiceIn(const QJsonObject &body)
{
    const QJsonArray invoices = body.value(u"Invoices"_s).toArray();
    return invoices.isEmpty() ? body : invoices.first().toObject();
}

std::optional<qint64> replayDeadLetter(Store::StateStore &store, qint64 id, QString *error)
{
    const std::optional<Store::DeadLetter> letter = letterOf(store, id, error);
    if (!letter)
        return std::nullopt;
    if (letter->replayed) {
        *error = Text::tr("dead letter %1 was already replayed on %2")
                     .arg(id)
                     .arg(letter->replayed->toString(Qt::ISODate));
        return std::nullopt;
    }
    const QString kind =
        letter->payload.value(u"job_kind"_s).toString(QString::fromLatin1(JobKinds::pushOrder));
    std::optional<qint64> job;
    auto done = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        auto replayed = Store::DeadLetterRepository(store).replay(id, kind);
        if (!replayed)
            return replayed.error();
        job = replayed.value();
        auto audited = Store::AuditLog(store).append(auditEntryOf(
            *letter, u"replay"_s, u"replayed"_s,
            Text::tr("dead letter %1 replayed by the user as job %2").arg(id).arg(*job), letter->payload));
        if (!audited)
            return audited.error();
        return std::nullopt;
    });
    if (!done) {
        *error = done.error().message;
        return std::nullopt;
    }
    return job;
}

bool editDeadLetterPayload(Store::StateStore &store, qint64 id, const QJsonObject &payload, QString *error)
{
    const std::optional<Store::DeadLetter> letter = letterOf(store, id, error);
    if (!letter)
        return false;
    const QJsonObject edited = invoiceIn(payload);
    const QString reference = edited.value(u"Reference"_s).toString();
    if (reference.isEmpty()) {
        *error =
            Text::tr("the payload has no \"Reference\"; LedgerLink finds the invoice again by it, so it must "
                     "stay");
        return false;
    }
    // The Reference sent last time (the last request's body) must not change.
    const QByteArray lastBody =
        letter->payload.value(u"last_request"_s).toObject().value(u"body"_s).toString().toUtf8();
    const QString sent =
        invoiceIn(QJsonDocument::fromJson(lastBody).object()).value(u"Reference"_s).toString();
    if (!sent.isEmpty() && sent != reference) {
        *error =
            Text::tr("the Reference \"%1\" differs from the order's \"%2\"; LedgerLink finds the invoice "
                     "again by it, so it must stay")
                .arg(reference, sent);
        return false;
    }
    auto done = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        if (auto saved =
                Store::EngineStateRepository(store).editDeadLetter(id, {{u"mapped_payload"_s, edited}});
            !saved)
            return saved.error();
        auto audited = Store::AuditLog(store).append(auditEntryOf(
            *letter, u"edit"_s, u"edited"_s,
            Text::tr("dead letter %1: the mapped payload was edited by the user").arg(id), edited));
        if (!audited)
            return audited.error();
        return std::nullopt;
    });
    if (!done) {
        *error = done.error().message;
        return false;
    }
    return true;
}

bool discardDeadLetter(Store::StateStore &store, qint64 id, QString *error)
{
    const std::optional<Store::DeadLetter> letter = letterOf(store, id, error);
    if (!letter)
        return false;
    auto done = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
        auto audited = Store::AuditLog(store).append(
            auditEntryOf(*letter, u"discard"_s, u"discarded"_s,
                         Text::tr("dead letter %1 discarded by the user: %2").arg(id).arg(letter->error),
                         letter->payload));
        if (!audited)
            return audited.error();
        if (auto discarded = Store::EngineStateRepository(store).discardDeadLetter(id); !discarded)
            return discarded.error();
        return std::nullopt;
    });
    if (!done) {
        *error = done.error().message;
        return false;
    }
    return true;
}

QJsonObject lastExchangeDetails(const Net::HttpExchange &exchange)
{
    QJsonArray headers;
    for (const auto &[name, value] : exchange.request.headers) {
        const QByteArray lower = name.toLower();
        const bool secret = Store::Redactor::isSecretName(QString::fromLatin1(name))
            || (lower.contains("key") && lower != "idempotency-key");
        headers.append(QJsonArray{QString::fromLatin1(name),
                                  secret ? Store::Redactor::placeholder() : QString::fromLatin1(value)});
    }
    const QJsonObject request{
        {u"method"_s, QString::fromLatin1(exchange.request.method)},
        {u"url"_s, Store::Redactor::redactUrl(exchange.request.url.toString())},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(Store::Redactor::redactBody(exchange.request.body))}};
    const QJsonObject response{
        {u"status"_s, exchange.response.status},
        {u"error"_s, exchange.response.errorText},
        {u"body"_s, QString::fromUtf8(Store::Redactor::redactBody(exchange.response.body))}};
    return {{u"last_request"_s, request}, {u"last_response"_s, response}};
}

} // namespace LedgerLink::Engine
