#include "sandbox/booksserver.h"

#include "model/decimal.h"
#include "sandbox/sandboxcredentials.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

using Model::Decimal;
using Model::RoundingMode;

namespace {

const QString apiPrefix = u"/api.xro/2.0/"_s;
constexpr int minuteLimit = 60;
constexpr int concurrentLimit = 5;
constexpr int dayLimit = 5000;
constexpr int appMinuteLimit = 10000;
constexpr int pageSize = 100;
constexpr qint64 idempotencyWindowMs = 24LL * 3600 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString xeroDate(qint64 ms)
{
    return u"/Date("_s + QString::number(ms) + u"+0000)/"_s;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The keys whose values Xero writes as JSON numbers.
bool isNumberKey(QStringView key)
{
    static const QStringList keys{
        u"Quantity"_s,     u"UnitAmount"_s,    u"TaxAmount"_s,      u"LineAmount"_s,     u"DiscountAmount"_s,
        u"DiscountRate"_s, u"SubTotal"_s,      u"TotalTax"_s,       u"Total"_s,          u"CurrencyRate"_s,
        u"AmountDue"_s,    u"AmountPaid"_s,    u"AmountCredited"_s, u"Amount"_s,         u"RemainingCredit"_s,
        u"UnitPrice"_s,    u"TotalDiscount"_s, u"EffectiveRate"_s,  u"DisplayTaxRate"_s, u"Rate"_s,
        u"AppliedAmount"_s};
    return keys.contains(key);
}

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeJson(QByteArray &out, const QJsonValue &value, QStringView key)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += '{';
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, it.key());
            out += ':';
            writeJson(out, it.value(), it.key());
        }
        out += '}';
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeJson(out, array.at(i), key);
        }
        out += ']';
        break;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        // Xero's number fields: the exact decimal text, unquoted (never through a double).
        if (isNumberKey(key) && Decimal::fromString(text))
            out += text.toLatin1();
        else
            writeString(out, text);
        break;
    }
    case QJsonValue::Double:
        out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    default:
        out += "null";
    }
}

/// Compact JSON where the decimal strings of Xero's number fields become JSON numbers, digit for
/// digit (no double in between).
QByteArray xeroJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    writeJson(out, object, {});
    return out;
}

HttpReply xeroReply(int status, const QJsonObject &object)
{
    return HttpReply::raw(status, xeroJson(object));
}

HttpReply problem(int status, const QString &title, const QString &detail)
{
    return HttpReply::json(status,
                           QJsonObject{{u"Type"_s, QJsonValue()},
                                       {u"Title"_s, title},
                                       {u"Status"_s, status},
                                       {u"Detail"_s, detail},
                                       {u"Instance"_s, uuid()},
                                       {u"Extensions"_s, QJsonObject()}});
}

std::optional<Decimal> decimalOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return Decimal::fromJson(value);
}

/// A line's Quantity (1 when absent) and UnitAmount (0 when absent); nullopt where not a number.
std::pair<std::optional<Decimal>, std::optional<Decimal>> quantityAndUnitAmount(const QJsonObject &line)
{
    return {line.contains(u"Quantity"_s) ? decimalOf(line.value(u"Quantity"_s)) : Decimal::fromString(u"1.0"),
            line.contains(u"UnitAmount"_s) ? decimalOf(line.value(u"UnitAmount"_s))
                                           : Decimal::fromString(u"0.00")};
}

QString text(const Decimal &value, int places = 2)
{
    return value.rounded(places, RoundingMode::HalfUp).toString();
}

/// An invoice's amount due after a payment or a credit: PAID, on that day, when nothing is left.
void lowerAmountDue(QJsonObject &invoice, const Decimal &left, qint64 now)
{
    invoice.insert(u"AmountDue"_s, text(left));
    if (left.isZero()) {
        invoice.insert(u"Status"_s, u"PAID"_s);
        invoice.insert(u"FullyPaidOnDate"_s, xeroDate(now));
    }
}

std::optional<Decimal> taxRate(const QString &taxType)
{
    if (taxType == u"OUTPUT")
        return Decimal::fromString(u"0.10");
    if (taxType == u"OUTPUT2")
        return Decimal::fromString(u"0.19");
    if (taxType == u"TAX001")
        return Decimal::fromString(u"0.07");
    if (taxType == u"NONE" || taxType == u"EXEMPTOUTPUT" || taxType == u"ZERORATEDOUTPUT")
        return Decimal();
    return std::nullopt;
}

QString dateOnly(const QString &given, qint64 fallbackMs)
{
    if (given.isEmpty())
        return QDateTime::fromMSecsSinceEpoch(fallbackMs, QTimeZone::utc()).date().toString(u"yyyy-MM-dd"_s)
            + u"T00:00:00"_s;
    const QDate day = QDate::fromString(given.left(10), u"yyyy-MM-dd"_s);
    if (day.isValid())
        return day.toString(u"yyyy-MM-dd"_s) + u"T00:00:00"_s;
    QDateTime date;
    {
        static const QRegularExpression msDate(u"^/Date\\((\\d+)"_s);
        const auto match = msDate.match(given);
        date = match.hasMatch()
            ? QDateTime::fromMSecsSinceEpoch(match.captured(1).toLongLong(), QTimeZone::utc())
            : QDateTime::fromMSecsSinceEpoch(fallbackMs, QTimeZone::utc());
    }
    return date.date().toString(u"yyyy-MM-dd"_s) + u"T00:00:00"_s;
}

qint64 dateMs(const QString &dateString)
{
    QDateTime date = QDateTime::fromString(dateString, Qt::ISODate);
    date.setTimeZone(QTimeZone::utc());
    return date.toMSecsSinceEpoch();
}

const QHash<QString, QString> &idFields()
{
    static const QHash<QString, QString> fields{{u"Contacts"_s, u"ContactID"_s},
                                                {u"Items"_s, u"ItemID"_s},
                                                {u"Invoices"_s, u"InvoiceID"_s},
                                                {u"CreditNotes"_s, u"CreditNoteID"_s},
                                                {u"Payments"_s, u"PaymentID"_s},
                                                {u"Accounts"_s, u"AccountID"_s},
                                                {u"BankTransactions"_s, u"BankTransactionID"_s}};
    return fields;
}

/// What Xero refuses in allocating `amount` of the AUTHORISED credit `note` to `invoice`.
QStringList allocationErrors(const QJsonObject &note, const QJsonObject &invoice,
                             const std::optional<Decimal> &amount)
{
    QStringList errors;
    const QString status = invoice.value(u"Status"_s).toString();
    if (status == u"PAID")
        errors.append(u"The invoice you are trying to allocate to has already been paid off"_s);
    else if (status != u"AUTHORISED")
        errors.append(u"Credit Note cannot be allocated to an invoice that is not AUTHORISED"_s);
    if (note.value(u"Type"_s).toString() != invoice.value(u"Type"_s).toString() + u"CREDIT"_s)
        errors.append(u"Credit Note cannot be allocated to an incorrect invoice type"_s);
    const QString currency = note.value(u"CurrencyCode"_s).toString();
    if (currency != invoice.value(u"CurrencyCode"_s).toString())
        errors.append(u"Credit Note cannot be allocated to an invoice in another currency ("_s % currency
                      % u", invoice "_s % invoice.value(u"CurrencyCode"_s).toString() % u')');
    const Decimal remaining = decimalOf(note.value(u"RemainingCredit"_s)).value_or(Decimal());
    const Decimal due = decimalOf(invoice.value(u"AmountDue"_s)).value_or(Decimal());
    if (!amount || amount->signum() <= 0)
        errors.append(u"The allocation Amount must be greater than zero"_s);
    else if (*amount > remaining)
        errors.append(u"Credit Note cannot be allocated as amount is greater than the remaining credit ("_s
                      % text(remaining) % u')');
    else if (*amount > due)
        errors.append(u"Credit Note cannot be allocated as amount is greater than amount outstanding ("_s
                      % text(due) % u')');
    return errors;
}

} // namespace

BooksServer::BooksServer(QObject *parent)
    : SandboxHttpServer(parent)
{ }

BooksServer::~BooksServer() = default;

QString BooksServer::open(const QString &path)
{
    static const QString schema = uR"(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS records(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL UNIQUE,
    number TEXT, reference TEXT, name TEXT COLLATE NOCASE, email TEXT COLLATE NOCASE, code TEXT, status TEXT,
    type TEXT, contact_id TEXT, updated_ms INTEGER, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS records_reference ON records(kind, reference);
CREATE INDEX IF NOT EXISTS records_number ON records(kind, number);
CREATE INDEX IF NOT EXISTS records_name ON records(kind, name);
CREATE INDEX IF NOT EXISTS records_email ON records(kind, email);
CREATE INDEX IF NOT EXISTS records_code ON records(kind, code);
CREATE INDEX IF NOT EXISTS records_updated ON records(kind, updated_ms);
CREATE TABLE IF NOT EXISTS idempotency(key TEXT PRIMARY KEY, status INTEGER, body BLOB, created_ms INTEGER)
)"_s;
    return m_db.open(path, u"ledgerlink-sandbox-books-"_s + uuid(),
                     schema + u";"_s + BooksIdentity::schema());
}

QString BooksServer::seedIfEmpty(const QJsonObject &seed)
{
    const auto count = [this](const QString &sql) -> qint64 {
        auto query = m_db.exec(sql);
        return query && query->next() ? query->value(0).toLongLong() : 0;
    };
    const bool empty = count(u"SELECT COUNT(*) FROM records"_s) == 0;
    // The chart of accounts also goes into books seeded before it existed.
    const bool noAccounts = count(u"SELECT COUNT(*) FROM records WHERE kind = 'Accounts'"_s) == 0;
    if (!empty && !noAccounts)
        return {};
    const qint64 now = nowMs();
    m_db.begin();
    if (noAccounts) {
        for (const QJsonValue &value : seed.value(u"Accounts"_s).toArray()) {
            QJsonObject account = value.toObject();
            if (account.value(u"AccountID"_s).toString().isEmpty()
                || account.value(u"Code"_s).toString().isEmpty()) {
                m_db.rollback();
                return u"the books seed is invalid: an account without AccountID or Code"_s;
            }
            account.insert(u"UpdatedDateUTC"_s, xeroDate(now));
            if (!save(rowFor(u"Accounts"_s, account, now))) {
                m_db.rollback();
                return u"the books seed could not be stored"_s;
            }
        }
    }
    if (empty) {
        for (const QString &kind : {u"Contacts"_s, u"Items"_s}) {
            for (const QJsonValue &value : seed.value(kind).toArray()) {
                QJsonObject element = value.toObject();
                const QStringList errors = process(kind, element, true, now);
                if (!errors.isEmpty()) {
                    m_db.rollback();
                    return u"the books seed is invalid: "_s + errors.join(u"; "_s);
                }
            }
        }
    }
    if (!m_db.commit())
        return u"the books seed could not be stored"_s;
    return {};
}

std::optional<HttpReply> BooksServer::checkAuth(const HttpRequest &request)
{
    if (BooksIdentity::isOpenPath(request.path))
        return std::nullopt; // the sign-in's endpoints check the app themselves
    const QByteArray authorization = request.header("Authorization");
    std::optional<QStringList> scopes; // of a token the identity endpoints issued
    if (authorization != QByteArray("Bearer ") + Credentials::xeroAccessTokenText) {
        if (authorization.startsWith("Bearer "))
            scopes = m_identity.accessTokenScopes(authorization.mid(7).trimmed());
        if (!scopes)
            return problem(401, u"Unauthorized"_s, u"AuthenticationUnsuccessful"_s);
    }
    if (BooksIdentity::handles(request.path))
        return std::nullopt; // /connections: the token alone, no tenant
    if (request.header("xero-tenant-id") != Credentials::xeroTenantIdText)
        return problem(403, u"Forbidden"_s, u"AuthorizationUnsuccessful"_s);
    if (scopes) {
        const QString needed = BooksIdentity::requiredScope(request);
        if (!needed.isEmpty() && !scopes->contains(needed)
            && !(request.method == "GET" && scopes->contains(needed + u".read"_s)))
            return problem(403, u"Forbidden"_s, u"AuthorizationUnsuccessful"_s);
    }
    return std::nullopt;
}

std::optional<HttpReply> BooksServer::controlRoute(const HttpRequest &request)
{
    if (request.path == u"/__sandbox/identity")
        return m_identity.control(request);
    return std::nullopt;
}

std::optional<HttpReply> BooksServer::checkRateLimit(const HttpRequest &request)
{
    if (BooksIdentity::handles(request.path))
        return std::nullopt; // identity and connections are outside the Accounting API's quota
    const qint64 now = nowMs();
    while (!m_minuteWindow.isEmpty() && m_minuteWindow.first() <= now - 60000)
        m_minuteWindow.removeFirst();
    if (m_minuteWindow.size() >= minuteLimit) {
        const qint64 waitMs = m_minuteWindow.first() + 60000 - now;
        return faultReply(429, QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
    }
    if (pendingResponses() >= concurrentLimit) {
        HttpReply reply = faultReply(429, "1");
        reply.setHeader("X-Rate-Limit-Problem", "concurrent");
        return reply;
    }
    m_minuteWindow.append(now);
    ++m_dayCount;
    return std::nullopt;
}

void BooksServer::decorate(const HttpRequest &request, HttpReply &reply)
{
    if (BooksIdentity::handles(request.path))
        return;
    const qint64 now = nowMs();
    if (!rateLimits()) {
        m_minuteWindow.append(now);
        ++m_dayCount;
    }
    while (!m_minuteWindow.isEmpty() && m_minuteWindow.first() <= now - 60000)
        m_minuteWindow.removeFirst();
    const qsizetype minute = m_minuteWindow.size();
    reply.setHeader("X-MinLimit-Remaining", QByteArray::number(qMax<qsizetype>(0, minuteLimit - minute)));
    reply.setHeader("X-DayLimit-Remaining", QByteArray::number(qMax<qint64>(0, dayLimit - m_dayCount)));
    reply.setHeader("X-AppMinLimit-Remaining",
                    QByteArray::number(qMax<qsizetype>(0, appMinuteLimit - minute)));
}

HttpReply BooksServer::faultReply(int status, const QByteArray &retryAfter)
{
    HttpReply reply;
    if (status == 429) {
        reply = problem(429, u"Too Many Requests"_s, u"Rate limit exceeded"_s);
        reply.setHeader("X-Rate-Limit-Problem", "minute");
    } else if (status == 503) {
        reply =
            problem(503, u"Service Unavailable"_s, u"The Xero API is currently offline for maintenance"_s);
    } else {
        reply = problem(status, u"Rejected"_s, u"The sandbox rejected this request (injected fault)"_s);
    }
    if (!retryAfter.isEmpty() && (status == 429 || status == 503))
        reply.setHeader("Retry-After", retryAfter);
    return reply;
}

BooksServer::Row BooksServer::rowFor(const QString &kind, const QJsonObject &doc, qint64 now) const
{
    Row row;
    row.kind = kind;
    row.id = doc.value(idFields().value(kind)).toString();
    row.updatedMs = now;
    row.doc = doc;
    row.status = doc.value(u"Status"_s).toString(doc.value(u"ContactStatus"_s).toString());
    row.type = doc.value(u"Type"_s).toString(doc.value(u"PaymentType"_s).toString());
    row.reference = doc.value(u"Reference"_s).toString();
    row.contactId = doc.value(u"Contact"_s).toObject().value(u"ContactID"_s).toString();
    if (kind == u"Contacts") {
        row.name = doc.value(u"Name"_s).toString();
        row.email = doc.value(u"EmailAddress"_s).toString();
        row.number = doc.value(u"ContactNumber"_s).toString();
    } else if (kind == u"Items") {
        row.code = doc.value(u"Code"_s).toString();
        row.name = doc.value(u"Name"_s).toString();
    } else if (kind == u"Invoices") {
        row.number = doc.value(u"InvoiceNumber"_s).toString();
    } else if (kind == u"CreditNotes") {
        row.number = doc.value(u"CreditNoteNumber"_s).toString();
    } else if (kind == u"Accounts") {
        row.code = doc.value(u"Code"_s).toString();
        row.name = doc.value(u"Name"_s).toString();
    } else if (kind == u"BankTransactions") {
        row.code = doc.value(u"BankAccount"_s).toObject().value(u"Code"_s).toString();
    }
    return row;
}

bool BooksServer::save(const Row &row)
{
    return m_db
        .exec(
            u"INSERT INTO records(kind, id, number, reference, name, email, code, status, type, contact_id, "
            "updated_ms, doc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "number = excluded.number, reference = excluded.reference, name = excluded.name, email = "
            "excluded.email, "
            "code = excluded.code, status = excluded.status, type = excluded.type, contact_id = "
            "excluded.contact_id, "
            "updated_ms = excluded.updated_ms, doc = excluded.doc"_s,
            {row.kind, row.id, row.number, row.reference, row.name, row.email, row.code, row.status, row.type,
             row.contactId, row.updatedMs, QJsonDocument(row.doc).toJson(QJsonDocument::Compact)})
        .has_value();
}

std::optional<BooksServer::Row> BooksServer::find(const QString &kind, const QString &column,
                                                  const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    auto query = m_db.exec(u"SELECT doc, updated_ms FROM records WHERE kind = ? AND "_s % column
                               % u" = ? ORDER BY seq LIMIT 1"_s,
                           {kind, value});
    if (!query || !query->next())
        return std::nullopt;
    Row row = rowFor(kind, QJsonDocument::fromJson(query->value(0).toByteArray()).object(), 0);
    row.updatedMs = query->value(1).toLongLong();
    return row;
}

std::optional<QJsonObject> BooksServer::itemByCode(const QString &code)
{
    if (const auto cached = m_itemCache.constFind(code); cached != m_itemCache.constEnd())
        return cached.value();
    const auto row = find(u"Items"_s, u"code"_s, code);
    if (!row)
        return std::nullopt;
    m_itemCache.insert(code, row->doc);
    return row->doc;
}

std::optional<QJsonObject> BooksServer::resolveContact(const QJsonObject &given, qint64 now,
                                                       QStringList &errors)
{
    std::optional<Row> found;
    if (given.contains(u"ContactID"_s)) {
        found = find(u"Contacts"_s, u"id"_s, given.value(u"ContactID"_s).toString());
        if (!found) {
            errors.append(u"The contact with the specified ContactID does not exist."_s);
            return std::nullopt;
        }
    }
    if (!found && !given.value(u"Name"_s).toString().isEmpty()) {
        const QString name = given.value(u"Name"_s).toString();
        if (const auto cached = m_contactCache.constFind(name.toLower()); cached != m_contactCache.constEnd())
            return cached.value();
        found = find(u"Contacts"_s, u"name"_s, name);
        if (found)
            m_contactCache.insert(name.toLower(), found->doc);
    }
    if (!found && !given.value(u"EmailAddress"_s).toString().isEmpty())
        found = find(u"Contacts"_s, u"email"_s, given.value(u"EmailAddress"_s).toString());
    if (found)
        return found->doc;
    if (given.value(u"Name"_s).toString().trimmed().isEmpty()) {
        errors.append(u"A Contact must be specified for this type of transaction"_s);
        return std::nullopt;
    }
    QJsonObject contact = given;
    const QStringList contactErrors = processContact(contact, now);
    if (!contactErrors.isEmpty()) {
        errors += contactErrors;
        return std::nullopt;
    }
    return contact;
}

QStringList BooksServer::process(const QString &kind, QJsonObject &element, bool put, qint64 now)
{
    Q_UNUSED(put)
    if (kind == u"Contacts")
        return processContact(element, now);
    if (kind == u"Items")
        return processItem(element, now);
    if (kind == u"Payments")
        return processPayment(element, now);
    if (kind == u"BankTransactions")
        return processBankTransaction(element, now);
    return processDocument(kind, element, now);
}

QStringList BooksServer::processContact(QJsonObject &element, qint64 now)
{
    QStringList errors;
    std::optional<Row> existing;
    if (element.contains(u"ContactID"_s)) {
        existing = find(u"Contacts"_s, u"id"_s, element.value(u"ContactID"_s).toString());
        if (!existing)
            return {u"The contact with the specified ContactID does not exist."_s};
    }
    QJsonObject contact = existing ? existing->doc : QJsonObject();
    for (auto it = element.constBegin(); it != element.constEnd(); ++it)
        contact.insert(it.key(), it.value());
    const QString name = contact.value(u"Name"_s).toString().trimmed();
    if (name.isEmpty())
        errors.append(u"The contact name must be specified."_s);
    if (auto same = find(u"Contacts"_s, u"name"_s, name); same && (!existing || same->id != existing->id))
        errors.append(
            u"The contact name "_s % name
            % u" is already assigned to another contact. The contact name must be unique across all active contacts."_s);
    if (!errors.isEmpty())
        return errors;
    if (!existing)
        contact.insert(u"ContactID"_s, uuid());
    contact.insert(u"Name"_s, name);
    if (!contact.contains(u"ContactStatus"_s))
        contact.insert(u"ContactStatus"_s, u"ACTIVE"_s);
    if (!contact.contains(u"EmailAddress"_s))
        contact.insert(u"EmailAddress"_s, u""_s);
    contact.insert(u"IsCustomer"_s, true);
    contact.insert(u"IsSupplier"_s, contact.value(u"IsSupplier"_s).toBool());
    contact.insert(u"UpdatedDateUTC"_s, xeroDate(now));
    contact.insert(u"HasValidationErrors"_s, false);
    m_contactCache.clear();
    if (!save(rowFor(u"Contacts"_s, contact, now)))
        return {u"The contact could not be saved."_s};
    element = contact;
    return {};
}

QStringList BooksServer::processItem(QJsonObject &element, qint64 now)
{
    std::optional<Row> existing;
    if (element.contains(u"ItemID"_s)) {
        existing = find(u"Items"_s, u"id"_s, element.value(u"ItemID"_s).toString());
        if (!existing)
            return {u"The item with the specified ItemID does not exist."_s};
    } else {
        existing = find(u"Items"_s, u"code"_s, element.value(u"Code"_s).toString());
    }
    QJsonObject item = existing ? existing->doc : QJsonObject();
    for (auto it = element.constBegin(); it != element.constEnd(); ++it)
        item.insert(it.key(), it.value());
    const QString code = item.value(u"Code"_s).toString().trimmed();
    if (code.isEmpty())
        return {u"Item code must be specified."_s};
    if (code.size() > 30)
        return {u"The Code must not be more than 30 characters long."_s};
    if (auto same = find(u"Items"_s, u"code"_s, code); same && existing && same->id != existing->id)
        return {u"Item code '"_s % code % u"' already exists"_s};
    QJsonObject sales = item.value(u"SalesDetails"_s).toObject();
    if (sales.contains(u"UnitPrice"_s)) {
        const auto price = decimalOf(sales.value(u"UnitPrice"_s));
        if (!price)
            return {u"The UnitPrice is not a valid number."_s};
        sales.insert(u"UnitPrice"_s, price->toString());
    }
    if (sales.contains(u"TaxType"_s) && !taxRate(sales.value(u"TaxType"_s).toString()))
        return {u"The TaxType code '"_s % sales.value(u"TaxType"_s).toString()
                % u"' does not exist or cannot be used for this type of transaction."_s};
    item.insert(u"SalesDetails"_s, sales);
    if (!existing)
        item.insert(u"ItemID"_s, uuid());
    item.insert(u"Code"_s, code);
    if (!item.contains(u"Name"_s))
        item.insert(u"Name"_s, code);
    item.insert(u"IsSold"_s, item.value(u"IsSold"_s).toBool(true));
    item.insert(u"IsPurchased"_s, item.value(u"IsPurchased"_s).toBool(false));
    item.insert(u"IsTrackedAsInventory"_s, false);
    item.insert(u"UpdatedDateUTC"_s, xeroDate(now));
    m_itemCache.clear();
    if (!save(rowFor(u"Items"_s, item, now)))
        return {u"The item could not be saved."_s};
    element = item;
    return {};
}

QStringList BooksServer::processDocument(const QString &kind, QJsonObject &element, qint64 now)
{
    const bool invoice = kind == u"Invoices";
    const QString idField = idFields().value(kind);
    const QString numberField = invoice ? u"InvoiceNumber"_s : u"CreditNoteNumber"_s;
    QStringList errors;
    std::optional<Row> existing;
    if (element.contains(idField)) {
        existing = find(kind, u"id"_s, element.value(idField).toString());
        if (!existing)
            return {invoice ? u"Invoice could not be found"_s : u"Credit note could not be found"_s};
        if (existing->status == u"PAID" || existing->status == u"VOIDED" || existing->status == u"DELETED")
            return {u"Invoice not of valid status for modification"_s};
    }
    QJsonObject doc = existing ? existing->doc : QJsonObject();
    for (auto it = element.constBegin(); it != element.constEnd(); ++it)
        doc.insert(it.key(), it.value());

    const QString type = doc.value(u"Type"_s).toString();
    const QStringList types =
        invoice ? QStringList{u"ACCREC"_s, u"ACCPAY"_s} : QStringList{u"ACCRECCREDIT"_s, u"ACCPAYCREDIT"_s};
    if (!types.contains(type))
        errors.append(invoice ? u"Invoice Type must be specified"_s : u"CreditNote Type must be specified"_s);
    const QString amountTypes = doc.value(u"LineAmountTypes"_s).toString(u"Exclusive"_s);
    if (amountTypes != u"Exclusive" && amountTypes != u"Inclusive" && amountTypes != u"NoTax")
        errors.append(u"LineAmountTypes must be Exclusive, Inclusive or NoTax"_s);
    const QString status = doc.value(u"Status"_s).toString(u"DRAFT"_s);
    if (!QStringList{u"DRAFT"_s, u"SUBMITTED"_s, u"AUTHORISED"_s, u"VOIDED"_s, u"DELETED"_s}.contains(status))
        errors.append(u"Status is not valid"_s);

    Decimal subTotal;
    Decimal totalTax;
    Decimal lineSum;
    Decimal totalDiscount;
    QJsonArray lines = doc.value(u"LineItems"_s).toArray();
    const QJsonArray givenLines = element.value(u"LineItems"_s).toArray();
    if (lines.isEmpty() && status != u"DRAFT")
        errors.append(u"At least one line item is required"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        if (line.value(u"Description"_s).toString().trimmed().isEmpty()
            && line.value(u"ItemCode"_s).toString().isEmpty())
            errors.append(u"Description is required for each line item"_s);
        const QString itemCode = line.value(u"ItemCode"_s).toString();
        if (!itemCode.isEmpty()) {
            const auto item = find(u"Items"_s, u"code"_s, itemCode);
            if (!item)
                errors.append(u"Item code '"_s % itemCode % u"' is not valid"_s);
            else if (line.value(u"Description"_s).toString().isEmpty())
                line.insert(
                    u"Description"_s,
                    item->doc.value(u"Description"_s).toString(item->doc.value(u"Name"_s).toString()));
        }
        const auto [quantity, unitAmount] = quantityAndUnitAmount(line);
        if (!quantity || !unitAmount) {
            errors.append(u"Quantity and UnitAmount must be numbers"_s);
            continue;
        }
        QString taxType = line.value(u"TaxType"_s).toString();
        if (taxType.isEmpty())
            taxType = amountTypes == u"NoTax" ? u"NONE"_s : u"OUTPUT"_s;
        const auto rate = taxRate(taxType);
        if (!rate) {
            errors.append(u"The TaxType code '"_s % taxType
                          % u"' does not exist or cannot be used for this type of transaction."_s);
            continue;
        }
        // LineAmount = Quantity x UnitAmount less the discount, rounded to the cent.
        Decimal gross = *quantity * *unitAmount;
        Decimal discount;
        if (const auto rateValue = decimalOf(line.value(u"DiscountRate"_s))) {
            discount = gross * *rateValue * Decimal::fromString(u"0.01").value_or(Decimal());
        } else if (const auto amount = decimalOf(line.value(u"DiscountAmount"_s))) {
            discount = *amount;
        }
        const Decimal lineAmount = (gross - discount).rounded(2, RoundingMode::HalfUp);
        // Tax per line, rounded half away from zero (Xero's "round each line").
        Decimal tax;
        if (amountTypes == u"NoTax") {
            tax = Decimal();
        } else if (const auto given = decimalOf(line.value(u"TaxAmount"_s));
                   given && givenLines.at(i).toObject().contains(u"TaxAmount"_s) && !existing) {
            tax = *given;
        } else if (amountTypes == u"Inclusive") {
            tax = Decimal::divide(lineAmount * *rate, Decimal(1) + *rate, 2, RoundingMode::HalfUp)
                      .value_or(Decimal());
        } else {
            tax = (lineAmount * *rate).rounded(2, RoundingMode::HalfUp);
        }
        line.insert(u"Quantity"_s, quantity->toString());
        line.insert(u"UnitAmount"_s, unitAmount->toString());
        line.insert(u"TaxType"_s, taxType);
        line.insert(u"TaxAmount"_s, text(tax));
        line.insert(u"LineAmount"_s, text(lineAmount));
        if (!discount.isZero() && !line.contains(u"DiscountRate"_s))
            line.insert(u"DiscountAmount"_s, text(discount));
        if (!line.contains(u"AccountCode"_s))
            line.insert(u"AccountCode"_s, u"200"_s);
        if (!line.contains(u"LineItemID"_s))
            line.insert(u"LineItemID"_s, uuid());
        lines[i] = line;
        lineSum += lineAmount;
        totalTax += tax;
        totalDiscount += discount;
    }
    subTotal = amountTypes == u"Inclusive" ? lineSum - totalTax : lineSum;
    const Decimal total = subTotal + totalTax;
    // A credit note's allocations are made by PUT CreditNotes/{id}/Allocations only: a write keeps
    // the stored ones (and cannot bring the total below what they use).
    const QJsonArray allocations =
        existing && !invoice ? existing->doc.value(u"Allocations"_s).toArray() : QJsonArray();
    Decimal allocated;
    for (const QJsonValue &allocation : allocations)
        allocated += decimalOf(allocation.toObject().value(u"Amount"_s)).value_or(Decimal());
    if (total < allocated)
        errors.append(u"The credit note total cannot be less than the amount already allocated ("_s
                      % text(allocated) % u')');

    std::optional<QJsonObject> contact;
    if (errors.isEmpty()) {
        contact = resolveContact(doc.value(u"Contact"_s).toObject(), now, errors);
    } else if (!doc.contains(u"Contact"_s)) {
        errors.append(u"A Contact must be specified for this type of transaction"_s);
    }
    const auto currencyRate =
        doc.contains(u"CurrencyRate"_s) ? decimalOf(doc.value(u"CurrencyRate"_s)) : Decimal(1);
    if (!currencyRate || currencyRate->signum() <= 0)
        errors.append(u"The CurrencyRate must be a positive number"_s);
    if (!errors.isEmpty())
        return errors;

    if (!existing) {
        doc.insert(idField, uuid());
        if (doc.value(numberField).toString().isEmpty() && (type == u"ACCREC" || type == u"ACCRECCREDIT")) {
            const qint64 n =
                m_db.nextValue(invoice ? u"next_invoice_number"_s : u"next_credit_note_number"_s, 1);
            doc.insert(
                numberField,
                QString((invoice ? u"INV-"_s : u"CN-"_s) + QString::number(n).rightJustified(4, u'0')));
        }
    }
    doc.insert(u"Contact"_s,
               QJsonObject{{u"ContactID"_s, contact->value(u"ContactID"_s)},
                           {u"Name"_s, contact->value(u"Name"_s)},
                           {u"EmailAddress"_s, contact->value(u"EmailAddress"_s)}});
    const QString date = dateOnly(doc.value(u"DateString"_s).toString(doc.value(u"Date"_s).toString()), now);
    doc.insert(u"DateString"_s, date);
    doc.insert(u"Date"_s, xeroDate(dateMs(date)));
    if (invoice) {
        const QString due = doc.contains(u"DueDate"_s) || doc.contains(u"DueDateString"_s)
            ? dateOnly(doc.value(u"DueDateString"_s).toString(doc.value(u"DueDate"_s).toString()), now)
            : date;
        doc.insert(u"DueDateString"_s, due);
        doc.insert(u"DueDate"_s, xeroDate(dateMs(due)));
    }
    doc.insert(u"Type"_s, type);
    doc.insert(u"Status"_s, status);
    doc.insert(u"LineAmountTypes"_s, amountTypes);
    doc.insert(u"LineItems"_s, lines);
    doc.insert(u"SubTotal"_s, text(subTotal));
    doc.insert(u"TotalTax"_s, text(totalTax));
    doc.insert(u"Total"_s, text(total));
    if (!totalDiscount.isZero())
        doc.insert(u"TotalDiscount"_s, text(totalDiscount));
    doc.insert(u"CurrencyCode"_s, doc.value(u"CurrencyCode"_s).toString(u"EUR"_s));
    doc.insert(u"CurrencyRate"_s, currencyRate->toString());
    const Decimal paid = decimalOf(doc.value(u"AmountPaid"_s)).value_or(Decimal());
    if (invoice) {
        const Decimal credited = decimalOf(doc.value(u"AmountCredited"_s)).value_or(Decimal());
        doc.insert(u"AmountPaid"_s, text(paid));
        doc.insert(u"AmountCredited"_s, text(credited));
        doc.insert(u"AmountDue"_s, text(total - paid - credited));
    } else {
        doc.insert(u"Allocations"_s, allocations);
        doc.insert(u"RemainingCredit"_s, text(total - allocated));
    }
    doc.insert(u"UpdatedDateUTC"_s, xeroDate(now));
    doc.insert(u"HasAttachments"_s, false);
    doc.insert(u"HasErrors"_s, false);
    if (!save(rowFor(kind, doc, now)))
        return {u"The document could not be saved."_s};
    element = doc;
    return {};
}

QStringList BooksServer::processPayment(QJsonObject &element, qint64 now)
{
    const QJsonObject invoiceRef = element.value(u"Invoice"_s).toObject();
    std::optional<Row> invoice = find(u"Invoices"_s, u"id"_s, invoiceRef.value(u"InvoiceID"_s).toString());
    if (!invoice)
        invoice = find(u"Invoices"_s, u"number"_s, invoiceRef.value(u"InvoiceNumber"_s).toString());
    if (!invoice)
        return {
            u"You must specify either an Invoice, CreditNote, Prepayment or Overpayment for the payment"_s};
    if (invoice->status != u"AUTHORISED")
        return {u"Payment cannot be applied to an invoice that is not AUTHORISED"_s};
    const QJsonObject account = element.value(u"Account"_s).toObject();
    if (account.value(u"Code"_s).toString().isEmpty() && account.value(u"AccountID"_s).toString().isEmpty())
        return {u"You must specify an Account for the payment"_s};
    const auto amount = decimalOf(element.value(u"Amount"_s));
    if (!amount || amount->signum() <= 0)
        return {u"The payment amount must be greater than zero"_s};
    QJsonObject doc = invoice->doc;
    const Decimal due = decimalOf(doc.value(u"AmountDue"_s)).value_or(Decimal());
    if (*amount > due)
        return {u"Payment amount exceeds the amount outstanding on this document"_s};
    const Decimal paid = decimalOf(doc.value(u"AmountPaid"_s)).value_or(Decimal()) + *amount;
    doc.insert(u"AmountPaid"_s, text(paid));
    lowerAmountDue(doc, due - *amount, now);
    doc.insert(u"UpdatedDateUTC"_s, xeroDate(now));

    QJsonObject payment = element;
    payment.insert(u"PaymentID"_s, uuid());
    const QString date = dateOnly(element.value(u"Date"_s).toString(), now);
    payment.insert(u"Date"_s, xeroDate(dateMs(date)));
    payment.insert(u"Amount"_s, text(*amount));
    payment.insert(u"CurrencyRate"_s, doc.value(u"CurrencyRate"_s));
    payment.insert(u"PaymentType"_s, u"ACCRECPAYMENT"_s);
    payment.insert(u"Status"_s, u"AUTHORISED"_s);
    payment.insert(u"UpdatedDateUTC"_s, xeroDate(now));
    payment.insert(u"Invoice"_s,
                   QJsonObject{{u"InvoiceID"_s, doc.value(u"InvoiceID"_s)},
                               {u"InvoiceNumber"_s, doc.value(u"InvoiceNumber"_s)},
                               {u"Type"_s, doc.value(u"Type"_s)},
                               {u"Contact"_s, doc.value(u"Contact"_s)},
                               {u"CurrencyCode"_s, doc.value(u"CurrencyCode"_s)}});
    payment.insert(u"HasValidationErrors"_s, false);
    if (!save(rowFor(u"Invoices"_s, doc, now)) || !save(rowFor(u"Payments"_s, payment, now)))
        return {u"The payment could not be saved."_s};
    element = payment;
    return {};
}

QStringList BooksServer::processAllocation(QJsonObject &note, QJsonObject &element, qint64 now)
{
    const QJsonObject invoiceRef = element.value(u"Invoice"_s).toObject();
    std::optional<Row> invoice = find(u"Invoices"_s, u"id"_s, invoiceRef.value(u"InvoiceID"_s).toString());
    if (!invoice)
        invoice = find(u"Invoices"_s, u"number"_s, invoiceRef.value(u"InvoiceNumber"_s).toString());
    if (!invoice)
        return {u"The invoice you are trying to allocate to could not be found"_s};
    if (note.value(u"Status"_s).toString() != u"AUTHORISED")
        return {u"Credit Note cannot be allocated as it is not AUTHORISED"_s};
    QJsonObject doc = invoice->doc;
    std::optional<Decimal> amount = decimalOf(element.value(u"Amount"_s));
    if (amount)
        amount = amount->rounded(2, RoundingMode::HalfUp);
    if (const QStringList errors = allocationErrors(note, doc, amount); !errors.isEmpty())
        return errors;
    const Decimal remaining = decimalOf(note.value(u"RemainingCredit"_s)).value_or(Decimal());
    const Decimal due = decimalOf(doc.value(u"AmountDue"_s)).value_or(Decimal());

    const QString day = dateOnly(element.value(u"Date"_s).toString(), now);
    const QJsonObject invoiceShort{{u"InvoiceID"_s, doc.value(u"InvoiceID"_s)},
                                   {u"InvoiceNumber"_s, doc.value(u"InvoiceNumber"_s)}};
    const QJsonObject allocation{{u"AllocationID"_s, uuid()},
                                 {u"Amount"_s, text(*amount)},
                                 {u"Date"_s, xeroDate(dateMs(day))},
                                 {u"Invoice"_s, invoiceShort}};
    QJsonArray noteAllocations = note.value(u"Allocations"_s).toArray();
    noteAllocations.append(allocation);
    note.insert(u"Allocations"_s, noteAllocations);
    note.insert(u"RemainingCredit"_s, text(remaining - *amount));
    note.insert(u"UpdatedDateUTC"_s, xeroDate(now));

    const Decimal credited = decimalOf(doc.value(u"AmountCredited"_s)).value_or(Decimal()) + *amount;
    doc.insert(u"AmountCredited"_s, text(credited));
    lowerAmountDue(doc, due - *amount, now);
    QJsonArray creditNotes = doc.value(u"CreditNotes"_s).toArray();
    creditNotes.append(QJsonObject{{u"CreditNoteID"_s, note.value(u"CreditNoteID"_s)},
                                   {u"CreditNoteNumber"_s, note.value(u"CreditNoteNumber"_s)},
                                   {u"AppliedAmount"_s, text(*amount)},
                                   {u"Total"_s, note.value(u"Total"_s)}});
    doc.insert(u"CreditNotes"_s, creditNotes);
    doc.insert(u"UpdatedDateUTC"_s, xeroDate(now));
    if (!save(rowFor(u"Invoices"_s, doc, now)) || !save(rowFor(u"CreditNotes"_s, note, now)))
        return {u"The allocation could not be saved."_s};
    element = allocation;
    element.insert(u"CreditNote"_s, QJsonObject{{u"CreditNoteID"_s, note.value(u"CreditNoteID"_s)}});
    return {};
}

HttpReply BooksServer::allocate(const HttpRequest &request, const QString &creditNoteId)
{
    const QByteArray key = request.header("Idempotency-Key");
    const qint64 now = nowMs();
    if (std::optional<HttpReply> replay = replayed(key, now))
        return *replay;
    std::optional<Row> note = find(u"CreditNotes"_s, u"id"_s, creditNoteId);
    if (!note)
        return problem(404, u"Not Found"_s, u"The resource you're looking for cannot be found"_s);
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    QJsonArray elements;
    if (document.isObject() && document.object().value(u"Allocations"_s).isArray())
        elements = document.object().value(u"Allocations"_s).toArray();
    else if (document.isObject() && !document.object().contains(u"Allocations"_s))
        elements.append(document.object()); // a single allocation
    if (elements.isEmpty())
        return problem(400, u"Bad Request"_s, u"The request body could not be read as Allocations"_s);

    m_db.begin();
    QJsonArray results;
    bool anyError = false;
    for (const QJsonValue &value : std::as_const(elements)) {
        QJsonObject element = value.toObject();
        const QStringList errors = processAllocation(note->doc, element, now);
        if (errors.isEmpty()) {
            results.append(element);
            continue;
        }
        anyError = true;
        QJsonArray validation;
        for (const QString &message : errors)
            validation.append(QJsonObject{{u"Message"_s, message}});
        element.insert(u"ValidationErrors"_s, validation);
        results.append(element);
    }
    if (anyError) {
        m_db.rollback();
        const HttpReply reply = xeroReply(400,
                                          QJsonObject{{u"ErrorNumber"_s, 10},
                                                      {u"Type"_s, u"ValidationException"_s},
                                                      {u"Message"_s, u"A validation exception occurred"_s},
                                                      {u"Elements"_s, results}});
        remember(key, reply, now);
        return reply;
    }
    const HttpReply reply = xeroReply(200,
                                      QJsonObject{{u"Id"_s, uuid()},
                                                  {u"Status"_s, u"OK"_s},
                                                  {u"ProviderName"_s, u"LedgerLink Sandbox"_s},
                                                  {u"DateTimeUTC"_s, xeroDate(now)},
                                                  {u"Allocations"_s, results}});
    remember(key, reply, now);
    if (!m_db.commit()) {
        m_db.rollback();
        return problem(500, u"Internal Server Error"_s,
                       u"the sandbox books could not write their database"_s);
    }
    countWriteCommitted();
    return reply;
}

std::optional<QJsonObject> BooksServer::account(const QJsonObject &given)
{
    std::optional<Row> row;
    const QString id = given.value(u"AccountID"_s).toString();
    const QString code = given.value(u"Code"_s).toString(given.value(u"AccountCode"_s).toString());
    // The Code wins: a line read back carries both, and an edit changes the code.
    if (!code.isEmpty())
        row = find(u"Accounts"_s, u"code"_s, code);
    else if (!id.isEmpty())
        row = find(u"Accounts"_s, u"id"_s, id);
    if (!row)
        return std::nullopt;
    return row->doc;
}

QStringList BooksServer::processBankTransaction(QJsonObject &element, qint64 now)
{
    const QString kind = u"BankTransactions"_s;
    std::optional<Row> existing;
    if (element.contains(u"BankTransactionID"_s)) {
        existing = find(kind, u"id"_s, element.value(u"BankTransactionID"_s).toString());
        if (!existing)
            return {u"The BankTransaction with the specified BankTransactionID could not be found."_s};
        if (existing->status == u"DELETED") {
            if (element.value(u"Status"_s).toString() == u"DELETED") {
                element = existing->doc; // deleting again changes nothing
                return {};
            }
            return {u"This bank transaction has been deleted and cannot be modified."_s};
        }
    }
    QJsonObject doc = existing ? existing->doc : QJsonObject();
    for (auto it = element.constBegin(); it != element.constEnd(); ++it)
        doc.insert(it.key(), it.value());
    for (const QString &key :
         {u"ValidationErrors"_s, u"HasErrors"_s, u"StatusAttributeString"_s, u"Warnings"_s})
        doc.remove(key);

    QStringList errors;
    const QString type = doc.value(u"Type"_s).toString();
    if (type != u"RECEIVE" && type != u"SPEND")
        errors.append(u"Type must be one of RECEIVE, SPEND"_s);
    const QString status = doc.value(u"Status"_s).toString(u"AUTHORISED"_s);
    if (status != u"AUTHORISED" && (status != u"DELETED" || !existing))
        errors.append(existing ? u"Status must be AUTHORISED or DELETED"_s
                               : u"A new bank transaction must have the Status AUTHORISED"_s);
    const QString amountTypes = doc.value(u"LineAmountTypes"_s).toString(u"Exclusive"_s);
    if (amountTypes != u"Exclusive" && amountTypes != u"Inclusive" && amountTypes != u"NoTax")
        errors.append(u"LineAmountTypes must be Exclusive, Inclusive or NoTax"_s);

    // The bank account: named by Code or AccountID, and of Type BANK.
    const QJsonObject bankGiven = doc.value(u"BankAccount"_s).toObject();
    std::optional<QJsonObject> bank;
    if (bankGiven.value(u"Code"_s).toString().isEmpty()
        && bankGiven.value(u"AccountID"_s).toString().isEmpty()) {
        errors.append(u"A BankAccount must be specified by its Code or AccountID"_s);
    } else {
        bank = account(bankGiven);
        if (!bank)
            errors.append(u"The BankAccount with the details provided could not be located"_s);
        else if (bank->value(u"Type"_s).toString() != u"BANK")
            errors.append(u"The BankAccount must be a bank account"_s);
        else if (bank->value(u"Status"_s).toString() != u"ACTIVE")
            errors.append(u"The BankAccount has been archived"_s);
    }
    const QString bankCurrency = bank ? bank->value(u"CurrencyCode"_s).toString(u"EUR"_s) : u"EUR"_s;
    const QString currency = doc.value(u"CurrencyCode"_s).toString();
    if (bank && !currency.isEmpty() && currency != bankCurrency)
        errors.append(u"The CurrencyCode "_s % currency
                      % u" does not match the currency of the bank account ("_s % bankCurrency % u')');

    // Date: YYYY-MM-DD (or Xero's /Date(ms)/ form, as read back).
    const QString dateGiven = doc.value(u"DateString"_s).toString(doc.value(u"Date"_s).toString());
    static const QRegularExpression msDate(u"^/Date\\(-?\\d+([+-]\\d{4})?\\)/$"_s);
    if (dateGiven.isEmpty())
        errors.append(u"The Date must be specified"_s);
    else if (!QDate::fromString(dateGiven.left(10), u"yyyy-MM-dd"_s).isValid()
             && !msDate.match(dateGiven).hasMatch())
        errors.append(u"The Date '"_s % dateGiven % u"' is not a valid date (YYYY-MM-DD)"_s);

    // Lines: Quantity (default 1) x UnitAmount rounded half away from zero to the cent; negative
    // lines allowed; no tax (NoTax, or TaxType NONE).
    QJsonArray lines = doc.value(u"LineItems"_s).toArray();
    if (lines.isEmpty())
        errors.append(u"At least one line item is required"_s);
    Decimal subTotal;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        if (line.value(u"Description"_s).toString().trimmed().isEmpty())
            errors.append(u"Description is required for each line item"_s);
        const QString code = line.value(u"AccountCode"_s).toString();
        const QString accountId = line.value(u"AccountID"_s).toString();
        std::optional<QJsonObject> lineAccount;
        if (code.isEmpty() && accountId.isEmpty()) {
            errors.append(u"Account code or ID must be specified"_s);
        } else {
            lineAccount = account(QJsonObject{{u"Code"_s, code}, {u"AccountID"_s, accountId}});
            const QString named = code.isEmpty() ? accountId : code;
            if (!lineAccount || lineAccount->value(u"Status"_s).toString() != u"ACTIVE")
                errors.append(
                    u"Account code '"_s % named
                    % u"' has been archived, or has been deleted. Each line item must reference a valid account."_s);
            else if (lineAccount->value(u"Type"_s).toString() == u"BANK")
                errors.append(u"Account code '"_s % named % u"' is not a valid code for this document."_s);
        }
        const auto [quantity, unitAmount] = quantityAndUnitAmount(line);
        if (!quantity || !unitAmount) {
            errors.append(u"Quantity and UnitAmount must be numbers"_s);
            continue;
        }
        QString taxType = line.value(u"TaxType"_s).toString();
        if (amountTypes == u"NoTax" || (taxType.isEmpty() && !lineAccount))
            taxType = u"NONE"_s;
        else if (taxType.isEmpty())
            taxType = lineAccount->value(u"TaxType"_s).toString(u"NONE"_s);
        if (taxType != u"NONE") {
            errors.append(u"The TaxType code '"_s % taxType
                          % u"' does not exist or cannot be used for this type of transaction."_s);
            continue;
        }
        const Decimal lineAmount = (*quantity * *unitAmount).rounded(2, RoundingMode::HalfUp);
        line.insert(u"Quantity"_s, quantity->toString());
        line.insert(u"UnitAmount"_s, unitAmount->withScale(2).toString());
        if (lineAccount) {
            line.insert(u"AccountCode"_s, lineAccount->value(u"Code"_s));
            line.insert(u"AccountID"_s, lineAccount->value(u"AccountID"_s));
        }
        line.insert(u"TaxType"_s, taxType);
        line.insert(u"TaxAmount"_s, u"0.00"_s);
        line.insert(u"LineAmount"_s, text(lineAmount));
        if (line.value(u"LineItemID"_s).toString().isEmpty())
            line.insert(u"LineItemID"_s, uuid());
        lines[i] = line;
        subTotal += lineAmount;
    }
    if (errors.isEmpty() && subTotal.signum() < 0)
        errors.append(u"The total of a bank transaction cannot be negative"_s);

    // The contact last: it may be created, which only a valid transaction should do.
    const QJsonObject contactGiven = doc.value(u"Contact"_s).toObject();
    if (contactGiven.value(u"ContactID"_s).toString().isEmpty()
        && contactGiven.value(u"Name"_s).toString().trimmed().isEmpty()
        && contactGiven.value(u"ContactNumber"_s).toString().isEmpty())
        errors.append(
            u"The Contact must contain at least 1 of the following elements to identify the contact: Name, ContactID, ContactNumber"_s);
    if (!errors.isEmpty())
        return errors;
    std::optional<QJsonObject> contact;
    if (contactGiven.value(u"ContactID"_s).toString().isEmpty()
        && contactGiven.value(u"Name"_s).toString().trimmed().isEmpty()) {
        const auto byNumber =
            find(u"Contacts"_s, u"number"_s, contactGiven.value(u"ContactNumber"_s).toString());
        if (!byNumber)
            return {u"The contact with the specified ContactNumber does not exist."_s};
        contact = byNumber->doc;
    } else {
        contact = resolveContact(contactGiven, now, errors);
    }
    if (!contact)
        return errors;

    if (!existing)
        doc.insert(u"BankTransactionID"_s, uuid());
    doc.insert(u"Type"_s, type);
    doc.insert(u"Contact"_s,
               QJsonObject{{u"ContactID"_s, contact->value(u"ContactID"_s)},
                           {u"Name"_s, contact->value(u"Name"_s)}});
    doc.insert(u"BankAccount"_s,
               QJsonObject{{u"AccountID"_s, bank->value(u"AccountID"_s)},
                           {u"Code"_s, bank->value(u"Code"_s)},
                           {u"Name"_s, bank->value(u"Name"_s)}});
    doc.insert(u"IsReconciled"_s, false);
    const QString date = dateOnly(dateGiven, now);
    doc.insert(u"DateString"_s, date);
    doc.insert(u"Date"_s, xeroDate(dateMs(date)));
    doc.insert(u"Reference"_s, doc.value(u"Reference"_s).toString());
    doc.insert(u"CurrencyCode"_s, bankCurrency);
    doc.insert(u"CurrencyRate"_s, u"1.000000"_s);
    doc.insert(u"Status"_s, status);
    doc.insert(u"LineAmountTypes"_s, amountTypes);
    doc.insert(u"LineItems"_s, lines);
    doc.insert(u"SubTotal"_s, text(subTotal));
    doc.insert(u"TotalTax"_s, u"0.00"_s);
    doc.insert(u"Total"_s, text(subTotal));
    doc.insert(u"UpdatedDateUTC"_s, xeroDate(now));
    doc.insert(u"HasAttachments"_s, false);
    if (!save(rowFor(kind, doc, now)))
        return {u"The bank transaction could not be saved."_s};
    element = doc;
    return {};
}

std::optional<HttpReply> BooksServer::replayed(const QByteArray &key, qint64 now)
{
    if (key.isEmpty())
        return std::nullopt;
    auto query = m_db.exec(u"SELECT status, body FROM idempotency WHERE key = ? AND created_ms > ?"_s,
                           {QString::fromUtf8(key), now - idempotencyWindowMs});
    if (!query || !query->next())
        return std::nullopt;
    HttpReply replay = HttpReply::raw(query->value(0).toInt(), query->value(1).toByteArray());
    replay.setHeader("Idempotency-Replayed", "true");
    return replay;
}

void BooksServer::remember(const QByteArray &key, const HttpReply &reply, qint64 now)
{
    if (key.isEmpty())
        return;
    // Inside the write's transaction on success; on its own (autocommit) after a rollback.
    m_db.exec(u"INSERT OR REPLACE INTO idempotency(key, status, body, created_ms) VALUES(?, ?, ?, ?)"_s,
              {QString::fromUtf8(key), reply.status, reply.body, now});
}

HttpReply BooksServer::write(const HttpRequest &request, const QString &kind)
{
    const QByteArray key = request.header("Idempotency-Key");
    const qint64 now = nowMs();
    if (std::optional<HttpReply> replay = replayed(key, now))
        return *replay;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QJsonArray elements;
    if (document.isObject() && document.object().value(kind).isArray())
        elements = document.object().value(kind).toArray();
    else if (document.isObject() && !document.object().contains(kind))
        elements.append(document.object()); // a single element, as Xero also accepts
    else
        return problem(400, u"Bad Request"_s, u"The request body could not be read as "_s + kind);

    const bool summarize = request.queryValue(u"summarizeErrors"_s, u"true"_s).toLower() != u"false";
    m_db.begin();
    QJsonArray results;
    bool anyError = false;
    for (const QJsonValue &value : elements) {
        QJsonObject element = value.toObject();
        const QStringList errors = process(kind, element, request.method == "PUT", now);
        if (!errors.isEmpty()) {
            anyError = true;
            QJsonObject failed = value.toObject();
            QJsonArray validation;
            for (const QString &message : errors)
                validation.append(QJsonObject{{u"Message"_s, message}});
            failed.insert(u"ValidationErrors"_s, validation);
            failed.insert(u"HasErrors"_s, true);
            failed.insert(u"StatusAttributeString"_s, u"ERROR"_s);
            results.append(failed);
        } else {
            if (!summarize) {
                element.insert(u"StatusAttributeString"_s, u"OK"_s);
                element.insert(u"HasErrors"_s, false);
            }
            results.append(element);
        }
    }
    HttpReply reply;
    if (anyError && summarize) {
        m_db.rollback();
        m_itemCache.clear();
        m_contactCache.clear();
        reply = xeroReply(400,
                          QJsonObject{{u"ErrorNumber"_s, 10},
                                      {u"Type"_s, u"ValidationException"_s},
                                      {u"Message"_s, u"A validation exception occurred"_s},
                                      {u"Elements"_s, results}});
    } else {
        reply = xeroReply(200,
                          QJsonObject{{u"Id"_s, uuid()},
                                      {u"Status"_s, u"OK"_s},
                                      {u"ProviderName"_s, u"LedgerLink Sandbox"_s},
                                      {u"DateTimeUTC"_s, xeroDate(now)},
                                      {kind, results}});
    }
    remember(key, reply, now);
    if (anyError && summarize)
        return reply;
    if (!m_db.commit()) {
        m_db.rollback();
        m_itemCache.clear();
        m_contactCache.clear();
        return problem(500, u"Internal Server Error"_s,
                       u"the sandbox books could not write their database"_s);
    }
    countWriteCommitted();
    return reply;
}

HttpReply BooksServer::list(const HttpRequest &request, const QString &kind)
{
    QStringList where{u"kind = ?"_s};
    QVariantList values{kind};
    const QString clause = request.queryValue(u"where"_s).trimmed();
    if (!clause.isEmpty()) {
        static const QRegularExpression andSplit(u"\\s+(?:AND|&&)\\s+"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression equality(
            u"^\\s*([A-Za-z.]+)\\s*==\\s*(?:\"([^\"]*)\"|Guid\\(\"([^\"]*)\"\\)|([A-Za-z0-9._-]+))\\s*$"_s);
        static const QHash<QString, QString> columns{{u"Reference"_s, u"reference"_s},
                                                     {u"InvoiceNumber"_s, u"number"_s},
                                                     {u"CreditNoteNumber"_s, u"number"_s},
                                                     {u"ContactNumber"_s, u"number"_s},
                                                     {u"EmailAddress"_s, u"email"_s},
                                                     {u"Code"_s, u"code"_s},
                                                     {u"Name"_s, u"name"_s},
                                                     {u"Status"_s, u"status"_s},
                                                     {u"ContactStatus"_s, u"status"_s},
                                                     {u"Type"_s, u"type"_s},
                                                     {u"Contact.ContactID"_s, u"contact_id"_s},
                                                     {u"BankAccount.Code"_s, u"code"_s}};
        for (const QString &part : clause.split(andSplit)) {
            const auto match = equality.match(part);
            if (!match.hasMatch())
                return problem(400, u"Bad Request"_s, u"Unsupported where clause: "_s + part);
            const QString field = match.captured(1);
            QString column = columns.value(field);
            if (field == idFields().value(kind))
                column = u"id"_s;
            if (column.isEmpty())
                return problem(400, u"Bad Request"_s, u"The sandbox cannot filter on "_s + field);
            QString value = match.captured(2);
            if (value.isEmpty() && !match.captured(3).isEmpty())
                value = match.captured(3);
            if (value.isEmpty() && !match.captured(4).isEmpty())
                value = match.captured(4);
            where.append(column + u" = ?"_s);
            values.append(value);
        }
    }
    const QByteArray since = request.header("If-Modified-Since");
    if (!since.isEmpty()) {
        QDateTime time = QDateTime::fromString(QString::fromLatin1(since), Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time.setTimeZone(QTimeZone::utc());
        if (!time.isValid())
            time = QDateTime::fromString(QString::fromLatin1(since), Qt::RFC2822Date);
        if (time.isValid()) {
            where.append(u"updated_ms > ?"_s);
            values.append(time.toMSecsSinceEpoch());
        }
    }
    for (const auto &[param, column] :
         {std::pair{u"IDs"_s, u"id"_s}, std::pair{u"InvoiceNumbers"_s, u"number"_s},
          std::pair{u"Statuses"_s, u"status"_s}, std::pair{u"ContactIDs"_s, u"contact_id"_s}}) {
        if (!request.hasQuery(param))
            continue;
        QStringList marks;
        for (const QString &value : request.queryValue(param).split(u',', Qt::SkipEmptyParts)) {
            marks.append(u"?"_s);
            values.append(value.trimmed());
        }
        where.append(column % u" IN ("_s % marks.join(u',') % u')');
    }
    // order=UpdatedDateUTC [ASC|DESC] (what the connector sends) for bank transactions; the other
    // kinds keep their insertion order.
    QString order = u"seq"_s;
    if (kind == u"BankTransactions" && request.hasQuery(u"order"_s)) {
        static const QRegularExpression byUpdated(u"^\\s*UpdatedDateUTC(?:\\s+(ASC|DESC))?\\s*$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        const auto match = byUpdated.match(request.queryValue(u"order"_s));
        if (!match.hasMatch())
            return problem(400, u"Bad Request"_s,
                           u"The sandbox cannot order by "_s + request.queryValue(u"order"_s));
        order = match.captured(1).compare(u"DESC"_s, Qt::CaseInsensitive) == 0
            ? u"updated_ms DESC, seq DESC"_s
            : u"updated_ms, seq"_s;
    }
    QString sql = u"SELECT doc FROM records WHERE "_s % where.join(u" AND "_s) % u" ORDER BY "_s % order;
    int page = 0;
    if (request.hasQuery(u"page"_s)) {
        page = qMax(1, request.queryValue(u"page"_s).toInt());
        sql += u" LIMIT ? OFFSET ?"_s;
        values.append(pageSize);
        values.append(qint64(page - 1) * pageSize);
    }
    auto query = m_db.exec(sql, values);
    if (!query)
        return problem(500, u"Internal Server Error"_s, u"the sandbox books could not read their database"_s);
    QJsonArray records;
    while (query->next())
        records.append(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
    QJsonObject body{{u"Id"_s, uuid()},
                     {u"Status"_s, u"OK"_s},
                     {u"ProviderName"_s, u"LedgerLink Sandbox"_s},
                     {u"DateTimeUTC"_s, xeroDate(nowMs())},
                     {kind, records}};
    if (page > 0)
        body.insert(
            u"pagination"_s,
            QJsonObject{{u"page"_s, page}, {u"pageSize"_s, pageSize}, {u"itemCount"_s, records.size()}});
    return xeroReply(200, body);
}

HttpReply BooksServer::getOne(const QString &kind, const QString &key)
{
    std::optional<Row> row = find(kind, u"id"_s, key);
    if (!row && (kind == u"Invoices" || kind == u"CreditNotes"))
        row = find(kind, u"number"_s, key);
    if (!row && (kind == u"Items" || kind == u"Accounts"))
        row = find(kind, u"code"_s, key);
    if (!row)
        return problem(404, u"Not Found"_s, u"The resource you're looking for cannot be found"_s);
    return xeroReply(200,
                     QJsonObject{{u"Id"_s, uuid()},
                                 {u"Status"_s, u"OK"_s},
                                 {u"ProviderName"_s, u"LedgerLink Sandbox"_s},
                                 {u"DateTimeUTC"_s, xeroDate(nowMs())},
                                 {kind, QJsonArray{row->doc}}});
}

HttpReply BooksServer::route(const HttpRequest &request)
{
    if (BooksIdentity::handles(request.path)) {
        QUrl issuer = request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (issuer.host().isEmpty()) {
            issuer.setScheme(u"http"_s);
            issuer.setHost(u"127.0.0.1"_s);
        }
        return m_identity.route(request, issuer);
    }
    if (!request.path.startsWith(apiPrefix))
        return problem(404, u"Not Found"_s, u"The resource you're looking for cannot be found"_s);
    const QStringList parts = request.path.mid(apiPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return problem(404, u"Not Found"_s, u"The resource you're looking for cannot be found"_s);
    const QString kind = parts.first();
    if (kind == u"TaxRates" && request.method == "GET") {
        QJsonArray rates;
        for (const QString &type :
             {u"OUTPUT"_s, u"OUTPUT2"_s, u"TAX001"_s, u"NONE"_s, u"EXEMPTOUTPUT"_s, u"ZERORATEDOUTPUT"_s}) {
            const Decimal rate = *taxRate(type) * Decimal(100);
            rates.append(QJsonObject{{u"Name"_s, type},
                                     {u"TaxType"_s, type},
                                     {u"Status"_s, u"ACTIVE"_s},
                                     {u"EffectiveRate"_s, rate.normalized().toString()},
                                     {u"DisplayTaxRate"_s, rate.normalized().toString()}});
        }
        return xeroReply(200, QJsonObject{{u"TaxRates"_s, rates}});
    }
    if (kind == u"Organisation" && request.method == "GET") {
        return HttpReply::json(200,
                               QJsonObject{{u"Organisations"_s,
                                            QJsonArray{QJsonObject{
                                                {u"OrganisationID"_s, Credentials::xeroTenantId()},
                                                {u"Name"_s, u"Sandbox Books"_s},
                                                {u"BaseCurrency"_s, u"EUR"_s},
                                                {u"CountryCode"_s, u"DE"_s},
                                            }}}});
    }
    if (!idFields().contains(kind))
        return problem(404, u"Not Found"_s, u"The resource you're looking for cannot be found"_s);
    if (kind == u"Accounts" && request.method != "GET") // the chart of accounts is read-only here
        return problem(405, u"Method Not Allowed"_s, u"The method is not allowed for this resource"_s);
    if (parts.size() == 1) {
        if (request.method == "GET")
            return list(request, kind);
        if (request.method == "PUT" || request.method == "POST")
            return write(request, kind);
    } else if (parts.size() == 3 && kind == u"CreditNotes" && parts.at(2) == u"Allocations") {
        if (request.method == "PUT" || request.method == "POST")
            return allocate(request, parts.at(1));
    } else if (parts.size() == 2) {
        if (request.method == "GET")
            return getOne(kind, parts.at(1));
        if (request.method == "POST") {
            HttpRequest single = request;
            QJsonObject element = QJsonDocument::fromJson(request.body).object();
            if (element.value(kind).isArray()) {
                QJsonArray array = element.value(kind).toArray();
                QJsonObject first = array.at(0).toObject();
                first.insert(idFields().value(kind), parts.at(1));
                element = first;
            } else {
                element.insert(idFields().value(kind), parts.at(1));
            }
            single.body =
                QJsonDocument(QJsonObject{{kind, QJsonArray{element}}}).toJson(QJsonDocument::Compact);
            return write(single, kind);
        }
    }
    return problem(405, u"Method Not Allowed"_s, u"The method is not allowed for this resource"_s);
}

} // namespace LedgerLink::Sandbox
