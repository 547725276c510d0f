#pragma once

#include "sandbox/booksidentity.h"
#include "sandbox/sandboxdb.h"
#include "sandbox/sandboxhttp.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>

namespace LedgerLink::Sandbox {

/**
 * The sandbox books: a subset of Xero's Accounting API 2.0 under /api.xro/2.0/ (Contacts, Items,
 * Invoices, CreditNotes, Payments, BankTransactions, TaxRates, and the read-only chart of Accounts)
 * with Xero's PascalCase shapes, credit note allocations (PUT CreditNotes/{id}/Allocations: the
 * note's RemainingCredit and Allocations[], the invoice's AmountCredited, AmountDue, CreditNotes[]
 * and PAID at 0), batch PUT/POST with
 * summarizeErrors, the ValidationException envelope, `where` equality filters, `page`,
 * If-Modified-Since, Idempotency-Key replay, the bearer + xero-tenant-id check, and Xero's rate
 * limit headers (60/min, 5 concurrent, 5,000/day).
 *
 * Xero's identity endpoints live here too (BooksIdentity: OAuth 2.0 authorization code with PKCE
 * under /identity/connect/, the tenants under /connections): the access tokens they issue are
 * accepted by the API besides the fixed sandbox token.
 *
 * Amounts are computed with Model::Decimal and written as JSON numbers from their exact decimal
 * text (never through a double). Tax per line is LineAmount x rate rounded half away from zero to
 * 2 decimals (Xero's default "round each line"); TotalTax is the sum of the rounded line taxes.
 * Tax rates: OUTPUT 10 %, OUTPUT2 19 %, TAX001 7 %, NONE / EXEMPTOUTPUT / ZERORATEDOUTPUT 0 %.
 * Lives on, and is used only from, the sandbox worker thread.
 */
class BooksServer final : public SandboxHttpServer
{
    Q_OBJECT

public:
    explicit BooksServer(QObject *parent = nullptr);
    ~BooksServer() override;

    /// Opens (creates) the SQLite file. Returns an error message, or an empty string.
    QString open(const QString &path);
    /// Loads {"Contacts":[...],"Items":[...]} when the books hold nothing yet, and the chart of
    /// {"Accounts":[...]} when they hold no accounts yet.
    QString seedIfEmpty(const QJsonObject &seed);

protected:
    HttpReply route(const HttpRequest &request) override;
    std::optional<HttpReply> checkAuth(const HttpRequest &request) override;
    std::optional<HttpReply> checkRateLimit(const HttpRequest &request) override;
    void decorate(const HttpRequest &request, HttpReply &reply) override;
    HttpReply faultReply(int status, const QByteArray &retryAfter) override;
    std::optional<HttpReply> controlRoute(const HttpRequest &request) override;

private:
    struct Row
    {
        QString kind;
        QString id;
        QString number;
        QString reference;
        QString name;
        QString email;
        QString code;
        QString status;
        QString type;
        QString contactId;
        qint64 updatedMs = 0;
        QJsonObject doc;
    };

    HttpReply list(const HttpRequest &request, const QString &kind);
    HttpReply getOne(const QString &kind, const QString &key);
    HttpReply write(const HttpRequest &request, const QString &kind);
    /// The answer stored for an Idempotency-Key in the last 24 hours, marked as replayed.
    std::optional<HttpReply> replayed(const QByteArray &key, qint64 now);
    /// Stores `reply` as the answer to the Idempotency-Key `key` (nothing for an empty key).
    void remember(const QByteArray &key, const HttpReply &reply, qint64 now);
    /**
     * PUT (or POST) CreditNotes/{CreditNoteID}/Allocations with {"Allocations":[...]} (or one
     * allocation): each applies Amount of the credit note to its Invoice (by InvoiceID or
     * InvoiceNumber) on Date (today when absent). All or nothing: any invalid allocation answers
     * the ValidationException (400) and stores none. 404 for an unknown credit note.
     */
    HttpReply allocate(const HttpRequest &request, const QString &creditNoteId);
    /// One allocation applied to `note` (RemainingCredit, Allocations[]) and saved to its invoice
    /// (AmountCredited, AmountDue, CreditNotes[], PAID at 0). `element` becomes the stored allocation.
    QStringList processAllocation(QJsonObject &note, QJsonObject &element, qint64 now);
    QStringList process(const QString &kind, QJsonObject &element, bool put, qint64 now);
    QStringList processContact(QJsonObject &element, qint64 now);
    QStringList processItem(QJsonObject &element, qint64 now);
    QStringList processDocument(const QString &kind, QJsonObject &element, qint64 now);
    QStringList processPayment(QJsonObject &element, qint64 now);
    /// A Spend or Receive Money transaction (RECEIVE or SPEND) on a BANK account; no tax.
    QStringList processBankTransaction(QJsonObject &element, qint64 now);
    /// The chart's account named by Code (or AccountCode), else by AccountID.
    std::optional<QJsonObject> account(const QJsonObject &given);
    /// Finds the contact named by ContactID, Name or EmailAddress, or creates it from Name.
    std::optional<QJsonObject> resolveContact(const QJsonObject &given, qint64 now, QStringList &errors);

    std::optional<Row> find(const QString &kind, const QString &column, const QString &value);
    /// An item by Code through a cache (items change rarely; invoices name them on every line).
    std::optional<QJsonObject> itemByCode(const QString &code);
    bool save(const Row &row);
    Row rowFor(const QString &kind, const QJsonObject &doc, qint64 now) const;

    SandboxDb m_db;
    BooksIdentity m_identity{m_db};
    QHash<QString, QJsonObject> m_itemCache; // by Code
    QHash<QString, QJsonObject> m_contactCache; // by lower-case Name
    QList<qint64> m_minuteWindow; // request times (ms) in the last 60 s
    qint64 m_dayCount = 0;
};

} // namespace LedgerLink::Sandbox
