#include "connectors/zoho/zohoconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/oauthsession.h"
#include "connectors/zoho/zohocanonical.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

constexpr QByteArrayView tokenPrefix("Zoho-oauthtoken ");
/// The code of Zoho's "… does not exist." answer (the error page's example for a GET by id).
constexpr int doesNotExist = 1002;

QString zohoErrorText(const Net::HttpResponse &response)
{
    const QString text = Zoho::errorText(response.body);
    return text.isEmpty() ? QString::fromUtf8(response.body.left(200)).simplified() : text;
}

bool isZohoId(const QString &id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    return digits.match(id).hasMatch();
}

QString moduleNotKnown(const QString &object)
{
    return Text::tr("Zoho Books has no \"%1\" module LedgerLink knows (known: %2).")
        .arg(object, Zoho::objects().join(u", "_s));
}

/// page_context is an object in the pagination reference and a one-element array in the invoice
/// list's example: both are taken.
bool hasMorePage(const QJsonObject &body)
{
    const QJsonValue context = body.value(u"page_context"_s);
    const QJsonObject object = context.isArray() ? context.toArray().first().toObject() : context.toObject();
    return object.value(u"has_more_page"_s).toBool(false);
}

} // namespace

ZohoConnector::ZohoConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_client(client)
{ }

QString ZohoConnector::configurationError(const ConnectorConfig &config)
{
    if (!isZohoId(config.account.trimmed()))
        return Text::tr("The zoho connection's organization id \"%1\" is not a number: copy it from Zoho "
                        "Books (Settings, Organization Profile) or choose the organization after "
                        "signing in.")
            .arg(config.account);
    return {};
}

QString ZohoConnector::system() const
{
    return u"zoho"_s;
}

Capabilities ZohoConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = Zoho::objects();
    capabilities.writable = capabilities.readable;
    capabilities.webhooks = false; // Zoho's workflow webhooks are configured per rule; polled instead
    capabilities.polling = true;
    capabilities.maxPageSize = maxPage;
    capabilities.maxBatchSize = 1;
    capabilities.idempotencyKeys = false; // a look-up by match key before each create instead
    // Zoho allows 5 (free plan) or 10 requests in flight per organisation: two writers leave
    // room for the reader and the organisation's other apps.
    capabilities.writeConcurrency = 2;
    return capabilities;
}

Engine::RateLimitProfile ZohoConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::zohoBooks();
}

QUrl ZohoConnector::apiUrl(const QString &path, const QString &encodedQuery) const
{
    const QString organization =
        u"organization_id="_s + Support::encodeQueryValue(m_config.account.trimmed());
    return Support::endpoint(m_config.baseUrl, path,
                             encodedQuery.isEmpty() ? organization
                                                    : QString(organization + u'&' + encodedQuery));
}

Net::HttpRequest ZohoConnector::request(const QByteArray &method, const QUrl &url) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"), tokenPrefix.toByteArray() + accessToken()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

QByteArray ZohoConnector::accessToken() const
{
    return m_config.oauth ? m_config.oauth->accessToken() : m_config.accessToken;
}

Support::JsonCall ZohoConnector::send(const Net::HttpRequest &request, const QString &what,
                                      QList<Net::HttpExchange> &exchanges)
{
    Support::JsonCall call = Support::sendJson(m_client, request, what, zohoErrorText, exchanges);
    if (call.status() == 401 && m_config.oauth) {
        // Access tokens last an hour: renewed once with the refresh token (Support::
        // sendJsonRenewing() knows only "Bearer" headers; Zoho's is "Zoho-oauthtoken").
        QByteArray used;
        for (const auto &[name, value] : request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && value.startsWith(tokenPrefix))
                used = value.mid(tokenPrefix.size());
        }
        QString error;
        if (!m_config.oauth->refresh(used, &error)) {
            call.failure =
                ConnectorFailure{call.failure->outcome, call.failure->message + u" ("_s + error + u')'};
            return call;
        }
        Net::HttpRequest again = request;
        for (auto &[name, value] : again.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                value = tokenPrefix.toByteArray() + m_config.oauth->accessToken();
        }
        call = Support::sendJson(m_client, again, what, zohoErrorText, exchanges);
    }
    if (call.body) {
        const QJsonValue code = call.body->value(u"code"_s);
        if (code.isDouble() && code.toInt() != 0) {
            const QString message =
                Text::tr("%1: Zoho Books answered %2").arg(what, zohoErrorText(call.exchange.response));
            call.failure = ConnectorFailure{Engine::AttemptOutcome::validation(message), message};
            call.body.reset();
        }
    }
    return call;
}

Support::JsonCall ZohoConnector::sendBody(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                                          const QString &what, QList<Net::HttpExchange> &exchanges)
{
    Net::HttpRequest request = this->request(method, url);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(request, what, exchanges);
}

void ZohoConnector::learnBaseCurrency(QList<Net::HttpExchange> &exchanges)
{
    if (m_baseCurrency.isValid() || m_baseCurrencyAsked)
        return;
    m_baseCurrencyAsked = true;
    const Support::JsonCall call =
        send(request("GET", Support::endpoint(m_config.baseUrl, u"organizations"_s)), u"GET organizations"_s,
             exchanges);
    if (!call.body)
        return;
    for (const QJsonValue &value : call.body->value(u"organizations"_s).toArray()) {
        const QJsonObject organization = value.toObject();
        if (Support::idText(organization.value(u"organization_id"_s)).value_or(QString())
            != m_config.account.trimmed())
            continue;
        if (const auto currency =
                Model::Currency::fromCode(organization.value(u"currency_code"_s).toString()))
            m_baseCurrency = *currency;
    }
}

ReadPage ZohoConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    const std::optional<Zoho::ObjectInfo> info = Zoho::objectInfo(object);
    if (!info)
        return Support::pageFailure(moduleNotKnown(object));
    int page = 1;
    if (!cursor.pageToken.isEmpty()) {
        bool ok = false;
        page = cursor.pageToken.toInt(&ok);
        if (!ok || page < 1)
            return Support::pageFailure(
                Text::tr("\"%1\" is not a Zoho Books page number.").arg(cursor.pageToken));
    }
    const int perPage = std::clamp(pageSize, 1, maxPage);
    ReadPage result;
    if (object == u"items"_s)
        learnBaseCurrency(result.exchanges);
    QString query = u"page="_s + QString::number(page) + u"&per_page="_s + QString::number(perPage);
    if (info->modifiedFilter && cursor.updatedSince.isValid())
        query += u"&last_modified_time="_s + Support::encodeQueryValue(Zoho::filterTime(cursor.updatedSince));
    if (!info->sortColumn.isEmpty())
        query += u"&sort_column="_s + info->sortColumn + u"&sort_order=A"_s;
    const QString what = u"GET "_s + object + u" (page "_s + QString::number(page) + u')';
    const Support::JsonCall call = send(request("GET", apiUrl(object, query)), what, result.exchanges);
    if (!call.body) {
        result.failure = call.failure;
        return result;
    }
    const QJsonValue rows = call.body->value(object);
    if (!rows.isArray()) {
        result.failure =
            Support::permanentFailure(Text::tr("%1 answered without a \"%2\" list.").arg(what, object));
        return result;
    }
    for (const QJsonValue &row : rows.toArray()) {
        // An item without a SKU (shipping, services) is no product of the store, which matches its
        // products by SKU: it is left out of the records read (the answer is audited as it came).
        if (object == u"items"_s && Zoho::matchKeyOf(object, row.toObject()).isEmpty())
            continue;
        QString error;
        std::optional<VendorRecord> record = Zoho::vendorRecord(object, row.toObject(), &error);
        if (!record) {
            result.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
            return result;
        }
        // Zoho's filter (where there is one) is "modified after"; without one the whole list
        // comes back and what is not newer than the cursor is left out here.
        if (cursor.updatedSince.isValid() && record->updatedAt.isValid()
            && record->updatedAt <= cursor.updatedSince)
            continue;
        result.records.append(*record);
    }
    std::stable_sort(result.records.begin(), result.records.end(),
                     [](const VendorRecord &a, const VendorRecord &b) { return a.updatedAt < b.updatedAt; });
    if (hasMorePage(*call.body))
        result.nextPageToken = QString::number(page + 1);
    return result;
}

ReadOne ZohoConnector::readById(const QString &object, const QString &id)
{
    const std::optional<Zoho::ObjectInfo> info = Zoho::objectInfo(object);
    if (!info)
        return Support::readFailure(moduleNotKnown(object));
    if (!isZohoId(id))
        return Support::readFailure(Text::tr("\"%1\" is not a Zoho Books %2 id.").arg(id, info->entity));
    ReadOne result;
    if (object == u"items"_s)
        learnBaseCurrency(result.exchanges);
    const QString what = u"GET "_s + object + u'/' + id;
    const Support::JsonCall call = send(request("GET", apiUrl(object + u'/' + id)), what, result.exchanges);
    if (!call.body) {
        const int status = call.status();
        if (status == 404 || (status == 400 && Zoho::errorCode(call.exchange.response.body) == doesNotExist))
            return result; // not there (deleted): no record, no failure
        result.failure = call.failure;
        return result;
    }
    QString error;
    result.record = Zoho::vendorRecord(object, call.body->value(info->entity).toObject(), &error);
    if (!result.record)
        result.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
    return result;
}

std::optional<ConnectorFailure> ZohoConnector::itemIdBySku(const QString &sku, QString &id,
                                                           QList<Net::HttpExchange> &exchanges)
{
    id = m_itemIds.value(sku);
    if (!id.isEmpty() || m_itemsListed)
        return std::nullopt;
    // The item list documents no SKU filter: every page is read once and the SKUs remembered.
    for (int page = 1;; ++page) {
        const QString query = u"page="_s + QString::number(page) + u"&per_page="_s + QString::number(maxPage);
        const QString what = u"GET items (page "_s + QString::number(page) + u')';
        const Support::JsonCall call = send(request("GET", apiUrl(u"items"_s, query)), what, exchanges);
        if (!call.body)
            return call.failure;
        for (const QJsonValue &row : call.body->value(u"items"_s).toArray()) {
            const QString rowSku = Zoho::matchKeyOf(u"items"_s, row.toObject());
            const QString rowName = row.toObject().value(u"name"_s).toString().trimmed();
            const QString rowId = Support::idText(row.toObject().value(u"item_id"_s)).value_or(QString());
            if (rowId.isEmpty())
                continue;
            if (!rowSku.isEmpty() && !m_itemIds.contains(rowSku))
                m_itemIds.insert(rowSku, rowId);
            if (!rowName.isEmpty() && !m_itemNames.contains(rowName))
                m_itemNames.insert(rowName, rowId);
        }
        if (!hasMorePage(*call.body))
            break;
    }
    m_itemsListed = true;
    id = m_itemIds.value(sku);
    return std::nullopt;
}

ReadOne ZohoConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const std::optional<Zoho::ObjectInfo> info = Zoho::objectInfo(object);
    if (!info)
        return Support::readFailure(moduleNotKnown(object));
    const QString key = matchKey.trimmed();
    if (key.isEmpty())
        return {};
    ReadOne result;
    QString id;
    if (info->matchFilter.isEmpty()) {
        if (std::optional<ConnectorFailure> failure = itemIdBySku(key, id, result.exchanges)) {
            result.failure = failure;
            return result;
        }
    } else {
        const QString query = info->matchFilter + u'=' + Support::encodeQueryValue(key);
        const QString what = u"GET "_s + object + u" where "_s + info->matchFilter + u" is "_s + key;
        const Support::JsonCall call = send(request("GET", apiUrl(object, query)), what, result.exchanges);
        if (!call.body) {
            result.failure = call.failure;
            return result;
        }
        // The filters are searches: only an exact match counts (e-mail addresses in any case).
        const Qt::CaseSensitivity sensitivity =
            object == u"contacts"_s ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (const QJsonValue &row : call.body->value(object).toArray()) {
            if (Zoho::matchKeyOf(object, row.toObject()).compare(key, sensitivity) == 0) {
                id = Support::idText(row.toObject().value(info->idField)).value_or(QString());
                break;
            }
        }
    }
    if (id.isEmpty())
        return result;
    // The list rows are summaries (no line items): the record itself is read.
    ReadOne full = readById(object, id);
    full.exchanges = result.exchanges + full.exchanges;
    return full;
}

void ZohoConnector::takeRecord(const QString &object, const Support::JsonCall &call, const QString &what,
                               WriteOutcome &outcome) const
{
    if (!call.body) {
        outcome.failure = call.failure;
        return;
    }
    const Zoho::ObjectInfo info = *Zoho::objectInfo(object);
    QString error;
    outcome.record = Zoho::vendorRecord(object, call.body->value(info.entity).toObject(), &error);
    if (!outcome.record)
        outcome.failure = Support::permanentFailure(Text::tr("%1 answered: %2").arg(what, error));
}

WriteOutcome ZohoConnector::write(const WriteRequest &writeRequest)
{
    WriteOutcome outcome;
    if (!Zoho::objectInfo(writeRequest.object)) {
        outcome.failure = Support::permanentFailure(moduleNotKnown(writeRequest.object));
        return outcome;
    }
    WriteRequest resolved = writeRequest;
    if (std::optional<ConnectorFailure> failure = resolveReferences(resolved, outcome.exchanges)) {
        outcome.failure = failure;
        return outcome;
    }
    if (!resolved.existingId.isEmpty()) {
        if (!isZohoId(resolved.existingId)) {
            outcome.failure = Support::permanentFailure(
                Text::tr("\"%1\" is not a Zoho Books %2 id.").arg(resolved.existingId, resolved.object));
            return outcome;
        }
        const QString what = u"PUT "_s + resolved.object + u'/' + resolved.existingId;
        const Support::JsonCall call = sendBody("PUT", apiUrl(resolved.object + u'/' + resolved.existingId),
                                                resolved.payload, what, outcome.exchanges);
        takeRecord(resolved.object, call, what, outcome);
        return outcome;
    }
    // No idempotency key: what an earlier attempt (whose answer was lost) created is found by the
    // match key first.
    const QString key = resolved.matchKey.isEmpty() ? payloadMatchKey(resolved.object, writeRequest.payload)
                                                    : resolved.matchKey;
    if (!key.isEmpty()) {
        ReadOne found = findByMatchKey(resolved.object, key);
        outcome.exchanges += found.exchanges;
        if (found.failure) {
            outcome.failure = found.failure;
            return outcome;
        }
        if (found.record) {
            outcome.record = found.record;
            outcome.alreadyExisted = true;
            return outcome;
        }
    }
    const QString what = u"POST "_s + resolved.object;
    const Support::JsonCall call =
        sendBody("POST", apiUrl(resolved.object), resolved.payload, what, outcome.exchanges);
    takeRecord(resolved.object, call, what, outcome);
    return outcome;
}

std::optional<ConnectorFailure> ZohoConnector::resolveReferences(WriteRequest &request,
                                                                 QList<Net::HttpExchange> &exchanges)
{
    if (request.object == u"items"_s || request.object == u"contacts"_s)
        return std::nullopt;
    if (std::optional<ConnectorFailure> failure = resolveCustomer(request.payload, request.object, exchanges))
        return failure;
    if (request.object == u"customerpayments"_s)
        return std::nullopt;
    return resolveItems(request.payload, exchanges);
}

std::optional<ConnectorFailure> ZohoConnector::resolveCustomer(QJsonObject &payload, const QString &object,
                                                               QList<Net::HttpExchange> &exchanges)
{
    const QString email = payload.take(u"customer_email"_s).toString().trimmed();
    if (!Support::idText(payload.value(u"customer_id"_s)).value_or(QString()).isEmpty())
        return std::nullopt;
    if (object == u"customerpayments"_s) {
        // A payment's customer is the customer of the invoice it pays.
        const QJsonArray invoices = payload.value(u"invoices"_s).toArray();
        const QString invoiceId = invoices.isEmpty()
            ? QString()
            : Support::idText(invoices.first().toObject().value(u"invoice_id"_s)).value_or(QString());
        if (invoiceId.isEmpty())
            return Support::permanentFailure(
                Text::tr("the payment names no customer: map customer_id, or the invoice it pays "
                         "(invoices[].invoice_id)"));
        ReadOne invoice = readById(u"invoices"_s, invoiceId);
        exchanges += invoice.exchanges;
        if (invoice.failure)
            return invoice.failure;
        if (!invoice.record)
            return Support::permanentFailure(
                Text::tr("the payment pays the Zoho Books invoice %1, which Zoho Books does not have")
                    .arg(invoiceId));
        payload.insert(u"customer_id"_s,
                       Support::idText(invoice.record->document.value(u"customer_id"_s)).value_or(QString()));
        return std::nullopt;
    }
    const QString name = payload.value(u"customer_name"_s).toString().trimmed();
    if (email.isEmpty() && name.isEmpty() && !payload.contains(u"customer_id"_s))
        return std::nullopt; // an update that leaves the customer alone
    if (email.isEmpty() && name.isEmpty())
        return Support::permanentFailure(
            Text::tr("the %1 names no customer: map customer_id, or customer_email and customer_name so "
                     "that the contact is found or created")
                .arg(object));
    const QString cacheKey = email.isEmpty() ? u"name:"_s + name.toLower() : email.toLower();
    QString id = m_customerIds.value(cacheKey);
    if (id.isEmpty() && !email.isEmpty()) {
        ReadOne found = findByMatchKey(u"contacts"_s, email);
        exchanges += found.exchanges;
        if (found.failure)
            return found.failure;
        if (found.record)
            id = found.record->id;
    }
    if (id.isEmpty()) {
        // By its display name, which Zoho keeps unique (the documented contact_name filter): a
        // customer without an e-mail address, or one whose name is taken. The same name with
        // another address is another person: not taken.
        const QString displayName = name.isEmpty() ? email : name;
        const QString what = u"GET contacts where contact_name is "_s + displayName;
        const Support::JsonCall call =
            send(request("GET",
                         apiUrl(u"contacts"_s, u"contact_name="_s + Support::encodeQueryValue(displayName))),
                 what, exchanges);
        if (!call.body)
            return call.failure;
        for (const QJsonValue &row : call.body->value(u"contacts"_s).toArray()) {
            const QString rowEmail = Zoho::matchKeyOf(u"contacts"_s, row.toObject());
            if (row.toObject().value(u"contact_name"_s).toString().compare(displayName, Qt::CaseInsensitive)
                    == 0
                && (email.isEmpty() || rowEmail.isEmpty()
                    || rowEmail.compare(email, Qt::CaseInsensitive) == 0)) {
                id = Support::idText(row.toObject().value(u"contact_id"_s)).value_or(QString());
                break;
            }
        }
    }
    if (id.isEmpty()) {
        QJsonObject contact{{u"contact_name"_s, name.isEmpty() ? email : name},
                            {u"contact_type"_s, u"customer"_s}};
        if (!email.isEmpty())
            contact.insert(u"contact_persons"_s,
                           QJsonArray{QJsonObject{{u"email"_s, email}, {u"is_primary_contact"_s, true}}});
        WriteOutcome created;
        const Support::JsonCall call =
            sendBody("POST", apiUrl(u"contacts"_s), contact, u"POST contacts"_s, exchanges);
        takeRecord(u"contacts"_s, call, u"POST contacts"_s, created);
        if (!created.record)
            return ConnectorFailure{
                created.failure->outcome,
                Text::tr("the %1's customer could not be created: %2").arg(object, created.failure->message)};
        id = created.record->id;
    }
    m_customerIds.insert(cacheKey, id);
    payload.insert(u"customer_id"_s, id);
    return std::nullopt;
}

std::optional<ConnectorFailure> ZohoConnector::resolveItems(QJsonObject &payload,
                                                            QList<Net::HttpExchange> &exchanges)
{
    if (!payload.contains(u"line_items"_s))
        return std::nullopt;
    QJsonArray lines = payload.value(u"line_items"_s).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        const QString sku = line.take(u"sku"_s).toString().trimmed();
        if (Support::idText(line.value(u"item_id"_s)).value_or(QString()).isEmpty() && !sku.isEmpty()) {
            QString id;
            if (std::optional<ConnectorFailure> failure = itemIdBySku(sku, id, exchanges))
                return failure;
            if (id.isEmpty())
                id = m_itemNames.value(sku); // an item without a SKU (Shipping) by its name
            if (id.isEmpty())
                return Support::permanentFailure(Text::tr("line_items[%1]: Zoho Books has no item whose SKU "
                                                          "or name is \"%2\": add it to Items, "
                                                          "or map the line to another item")
                                                     .arg(i)
                                                     .arg(sku));
            line.insert(u"item_id"_s, id);
        }
        lines.replace(i, line);
    }
    payload.insert(u"line_items"_s, lines);
    return std::nullopt;
}

ConnectionCheck ZohoConnector::checkConnection()
{
    QList<Net::HttpExchange> exchanges; // not audited: a check is no sync
    const Support::JsonCall call =
        send(request("GET", Support::endpoint(m_config.baseUrl, u"organizations"_s)), u"GET organizations"_s,
             exchanges);
    const Net::HttpResponse &response = call.exchange.response;
    if (response.status == 0)
        return unreachableCheck(response, m_config.baseUrl, u"Zoho Books"_s);
    ConnectionCheck check;
    check.reachable = true;
    check.httpStatus = response.status;
    const QString said = QString::number(response.status) + u": "_s + zohoErrorText(response);
    if (response.status == 401) {
        check.message = Text::tr("Zoho Books refused the access token (HTTP %1): access tokens expire after "
                                 "an hour, and a token of another data centre is refused too; sign in "
                                 "again.")
                            .arg(said);
        return check;
    }
    if (!call.body) {
        check.message = call.failure ? call.failure->message : said;
        return check;
    }
    check.authenticated = true;
    QStringList names;
    for (const QJsonValue &value : call.body->value(u"organizations"_s).toArray()) {
        const QJsonObject organization = value.toObject();
        const QString id = Support::idText(organization.value(u"organization_id"_s)).value_or(QString());
        const QString name = organization.value(u"name"_s).toString();
        names.append(name + u" ("_s + id + u')');
        if (id != m_config.account.trimmed())
            continue;
        check.accountName = name;
        if (const auto currency =
                Model::Currency::fromCode(organization.value(u"currency_code"_s).toString()))
            m_baseCurrency = *currency;
    }
    if (check.accountName.isEmpty()) {
        check.message = Text::tr("Zoho Books accepted the access token, but the organization %1 is not among "
                                 "the user's (%2): check the organization id (account) and the data "
                                 "centre of the base URL.")
                            .arg(m_config.account, names.isEmpty() ? Text::tr("none") : names.join(u", "_s));
        return check;
    }
    // Zoho's tokens say nothing of their scopes: a read that worked is the evidence.
    check.permissionsOk = true;
    check.permissionsVerified = false;
    check.message = Text::tr("Connected to the Zoho Books organization “%1” (%2).")
                        .arg(check.accountName, m_config.account);
    return check;
}

std::optional<QJsonObject> ZohoConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return Zoho::toCanonical(record, m_baseCurrency, error);
}

QString ZohoConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    return Zoho::objectInfo(object) ? Zoho::matchKeyOf(object, payload) : QString();
}

} // namespace LedgerLink::Connectors
