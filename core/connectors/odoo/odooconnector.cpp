#include "connectors/odoo/odooconnector.h"

#include "connectors/connectorsupport.h"
#include "connectors/odoo/odoocanonical.h"
#include "model/decimal.h"
#include "net/httpclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

using Odoo::clause;
using Odoo::ObjectInfo;

QString loginOf(const QByteArray &token)
{
    const qsizetype colon = token.indexOf(':');
    return colon < 0 ? QString() : QString::fromUtf8(token.left(colon));
}

QByteArray keyOf(const QByteArray &token)
{
    const qsizetype colon = token.indexOf(':');
    return colon < 0 ? QByteArray() : token.mid(colon + 1);
}

ReadOne unknownObject(const QString &object)
{
    return Support::readFailure(Text::tr("Odoo has no object \"%1\" in LedgerLink (known: %2).")
                                    .arg(object, Odoo::objects().join(u", "_s)));
}

} // namespace

OdooConnector::OdooConnector(ConnectorConfig config, Net::HttpClient &client)
    : m_config(std::move(config))
    , m_rpc(m_config.baseUrl, m_config.account, loginOf(m_config.accessToken), keyOf(m_config.accessToken),
            client)
{ }

OdooConnector::~OdooConnector() = default;

QString OdooConnector::configurationError(const ConnectorConfig &config)
{
    const QByteArray &token = config.accessToken;
    const qsizetype colon = token.indexOf(':');
    if (colon < 0) {
        return Text::tr(
            "The Odoo connection's secret must be \"<login>:<API key>\" (the user's login, a colon, "
            "then the API key from Preferences → Account Security); it has no colon.");
    }
    if (colon == 0)
        return Text::tr(
            "The Odoo connection's secret has no login before the colon (\"<login>:<API key>\").");
    if (colon == token.size() - 1)
        return Text::tr(
            "The Odoo connection's secret has no API key after the colon (\"<login>:<API key>\").");
    return {};
}

QString OdooConnector::system() const
{
    return u"odoo"_s;
}

Capabilities OdooConnector::capabilities() const
{
    Capabilities capabilities;
    capabilities.readable = Odoo::objects();
    capabilities.writable = {u"partner"_s, u"product"_s,     u"sale_order"_s,
                             u"invoice"_s, u"credit_note"_s, u"payment"_s};
    capabilities.webhooks = false;
    capabilities.polling = true;
    capabilities.maxPageSize = maxPageSize;
    capabilities.maxBatchSize = 1;
    capabilities.idempotencyKeys = false;
    capabilities.resumableWrites = true;
    capabilities.writeConcurrency = 1;
    return capabilities;
}

Engine::RateLimitProfile OdooConnector::rateLimitProfile() const
{
    return Engine::RateLimitProfile::odoo();
}

Odoo::CallResult OdooConnector::execute(const QString &model, const QString &method, const QJsonArray &args,
                                        const QJsonObject &kwargs, QList<Net::HttpExchange> &exchanges,
                                        const QString &idempotencyKey)
{
    return m_rpc.execute(model, method, args, kwargs, exchanges, idempotencyKey);
}

QStringList OdooConnector::fieldsOf(const ObjectInfo &info) const
{
    QStringList fields = info.fields;
    if (info.object == u"product"_s) {
        if (m_rpc.version().storableFlag())
            fields << u"type"_s << u"is_storable"_s;
        else
            fields << u"detailed_type"_s;
    } else if (info.object == u"payment"_s) {
        fields << m_rpc.version().paymentReferenceField();
    }
    return fields;
}

Odoo::CallResult OdooConnector::searchRead(const ObjectInfo &info, const QJsonArray &domain, int limit,
                                           int offset, QList<Net::HttpExchange> &exchanges)
{
    // The version decides the fields: ask it (and log in) before the first read.
    if (std::optional<ConnectorFailure> failure = m_rpc.ensureAuthenticated(exchanges))
        return Odoo::CallResult{{}, failure};
    QJsonArray full = info.domain;
    for (const QJsonValue &term : domain)
        full.append(term);
    QJsonObject kwargs{{u"fields"_s, QJsonArray::fromStringList(fieldsOf(info))},
                       {u"order"_s, u"write_date asc, id asc"_s}};
    if (limit > 0)
        kwargs.insert(u"limit"_s, limit);
    if (offset > 0)
        kwargs.insert(u"offset"_s, offset);
    return execute(info.model, u"search_read"_s, QJsonArray{QJsonValue(full)}, kwargs, exchanges);
}

std::optional<ConnectorFailure> OdooConnector::toRecords(const ObjectInfo &info, const QJsonArray &rows,
                                                         QList<VendorRecord> &records,
                                                         QList<Net::HttpExchange> &exchanges,
                                                         const QJsonArray &stockScope,
                                                         const QString &stockLocation)
{
    QList<QJsonObject> documents;
    for (const QJsonValue &row : rows)
        documents.append(row.toObject());

    // The SKUs of the products the page names (stock quants, move lines): one read.
    const auto defaultCodes = [&](const QList<qint64> &productIds) -> std::optional<QHash<qint64, QString>> {
        QHash<qint64, QString> codes;
        if (productIds.isEmpty())
            return codes;
        QJsonArray ids;
        for (const qint64 id : productIds)
            ids.append(id);
        const Odoo::CallResult read =
            execute(u"product.product"_s, u"read"_s, QJsonArray{QJsonValue(ids)},
                    QJsonObject{{u"fields"_s, QJsonArray{u"default_code"_s}}}, exchanges);
        if (read.failure)
            return std::nullopt;
        for (const QJsonValue &product : read.value.toArray())
            codes.insert(product[u"id"_s].toInteger(), Odoo::textOf(product[u"default_code"_s]));
        return codes;
    };
    const auto lastFailure = [&exchanges]() {
        return Support::permanentFailure(
            Text::tr("Odoo's product codes could not be read (HTTP %1).")
                .arg(exchanges.isEmpty() ? 0 : exchanges.last().response.status));
    };

    if (info.object == u"stock"_s) {
        // One record per product of the page: all its quants in the internal locations (of
        // `stockScope`) summed, whichever of them changed. A store keeps one quantity per SKU and
        // location, and the engine links one source record to one target record, so the
        // locations are added up here rather than written one over the other.
        QList<qint64> productIds;
        for (const QJsonObject &document : std::as_const(documents)) {
            const qint64 id = Odoo::many2oneId(document.value(u"product_id"_s));
            if (id > 0 && !productIds.contains(id))
                productIds.append(id);
        }
        documents.clear();
        if (!productIds.isEmpty()) {
            QJsonArray ids;
            for (const qint64 id : std::as_const(productIds))
                ids.append(id);
            QJsonArray domain = info.domain;
            for (const QJsonValue &term : stockScope)
                domain.append(term);
            domain.append(clause(u"product_id"_s, u"in"_s, ids));
            const Odoo::CallResult quants =
                execute(info.model, u"search_read"_s, QJsonArray{QJsonValue(domain)},
                        QJsonObject{{u"fields"_s, QJsonArray::fromStringList(fieldsOf(info))},
                                    {u"order"_s, u"id asc"_s}},
                        exchanges);
            if (quants.failure)
                return quants.failure;
            const std::optional<QHash<qint64, QString>> codes = defaultCodes(productIds);
            if (!codes)
                return lastFailure();
            const auto number = [](const QJsonValue &value) {
                return Model::Decimal::fromString(
                           QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest))
                    .value_or(Model::Decimal(0));
            };
            for (const qint64 product : std::as_const(productIds)) {
                Model::Decimal quantity(0);
                Model::Decimal reserved(0);
                QJsonValue productValue = product;
                QJsonArray quantIds;
                QString written;
                QJsonValue location = false;
                for (const QJsonValue &value : quants.value.toArray()) {
                    const QJsonObject quant = value.toObject();
                    if (Odoo::many2oneId(quant.value(u"product_id"_s)) != product)
                        continue;
                    productValue = quant.value(u"product_id"_s);
                    quantity += number(quant.value(u"quantity"_s));
                    reserved += number(quant.value(u"reserved_quantity"_s));
                    quantIds.append(quant.value(u"id"_s));
                    written = qMax(written, Odoo::textOf(quant.value(u"write_date"_s)));
                    if (!stockLocation.isEmpty())
                        location = quant.value(u"location_id"_s); // the one location asked for
                }
                if (quantIds.isEmpty())
                    continue; // none left in the scope's locations since the page was read
                QJsonObject document{{u"id"_s, product},
                                     {u"product_id"_s, productValue},
                                     {u"product_default_code"_s, codes->value(product)},
                                     {u"quantity"_s, Odoo::numberValue(quantity)},
                                     {u"reserved_quantity"_s, Odoo::numberValue(reserved)},
                                     {u"available_quantity"_s, Odoo::numberValue(quantity - reserved)},
                                     {u"quant_ids"_s, quantIds},
                                     {u"location_id"_s, location},
                                     {u"write_date"_s, written}};
                documents.append(document);
            }
        }
    } else if (info.model == u"account.move"_s) {
        QJsonArray lineIds;
        for (const QJsonObject &document : std::as_const(documents)) {
            for (const QJsonValue &id : document.value(u"invoice_line_ids"_s).toArray())
                lineIds.append(id);
        }
        QHash<qint64, QJsonObject> lines;
        if (!lineIds.isEmpty()) {
            const QJsonArray fields{u"id"_s,      u"move_id"_s,        u"display_type"_s, u"product_id"_s,
                                    u"name"_s,    u"quantity"_s,       u"price_unit"_s,   u"discount"_s,
                                    u"tax_ids"_s, u"price_subtotal"_s, u"price_total"_s};
            const Odoo::CallResult read =
                execute(u"account.move.line"_s, u"read"_s, QJsonArray{QJsonValue(lineIds)},
                        QJsonObject{{u"fields"_s, fields}}, exchanges);
            if (read.failure)
                return read.failure;
            QList<qint64> productIds;
            for (const QJsonValue &line : read.value.toArray()) {
                lines.insert(line[u"id"_s].toInteger(), line.toObject());
                const qint64 product = Odoo::many2oneId(line[u"product_id"_s]);
                if (product > 0 && !productIds.contains(product))
                    productIds.append(product);
            }
            const std::optional<QHash<qint64, QString>> codes = defaultCodes(productIds);
            if (!codes)
                return lastFailure();
            for (QJsonObject &line : lines)
                line.insert(u"product_default_code"_s,
                            codes->value(Odoo::many2oneId(line.value(u"product_id"_s))));
        }
        for (QJsonObject &document : documents) {
            QJsonArray attached;
            for (const QJsonValue &id : document.value(u"invoice_line_ids"_s).toArray()) {
                if (lines.contains(id.toInteger()))
                    attached.append(lines.value(id.toInteger()));
            }
            document.insert(u"lines"_s, attached);
        }
    }
    for (const QJsonObject &document : std::as_const(documents)) {
        QString error;
        std::optional<VendorRecord> record = Odoo::vendorRecord(info.object, document, &error);
        if (!record)
            return Support::permanentFailure(error);
        records.append(*record);
    }
    return std::nullopt;
}

ReadPage OdooConnector::readPage(const QString &object, const ReadCursor &cursor, int pageSize)
{
    const std::optional<ObjectInfo> info = Odoo::objectInfo(object);
    if (!info)
        return Support::pageFailure(unknownObject(object).failure->message);
    const int limit = qBound(1, pageSize <= 0 ? maxPageSize : pageSize, maxPageSize);
    bool numeric = cursor.pageToken.isEmpty();
    const int offset = cursor.pageToken.isEmpty() ? 0 : cursor.pageToken.toInt(&numeric);
    if (!numeric || offset < 0)
        return Support::pageFailure(
            Text::tr("Odoo page token \"%1\" is not an offset.").arg(cursor.pageToken));
    QJsonArray domain;
    if (cursor.updatedSince.isValid())
        domain.append(clause(u"write_date"_s, u">="_s, Odoo::dateTimeText(cursor.updatedSince)));
    ReadPage page;
    const Odoo::CallResult rows = searchRead(*info, domain, limit, offset, page.exchanges);
    if (rows.failure) {
        page.failure = rows.failure;
        return page;
    }
    if (std::optional<ConnectorFailure> failure =
            toRecords(*info, rows.value.toArray(), page.records, page.exchanges)) {
        page.records.clear();
        page.failure = failure;
        return page;
    }
    if (rows.value.toArray().size() >= limit)
        page.nextPageToken = QString::number(offset + limit);
    return page;
}

ReadOne OdooConnector::readOneWhere(const QString &object, const QJsonArray &domain,
                                    const QJsonArray &stockScope, const QString &stockLocation)
{
    const std::optional<ObjectInfo> info = Odoo::objectInfo(object);
    if (!info)
        return unknownObject(object);
    ReadOne result;
    // The least recently changed match (search_read orders by write_date, then id).
    const Odoo::CallResult rows = searchRead(*info, domain, 1, 0, result.exchanges);
    if (rows.failure) {
        result.failure = rows.failure;
        return result;
    }
    QList<VendorRecord> records;
    if (std::optional<ConnectorFailure> failure =
            toRecords(*info, rows.value.toArray(), records, result.exchanges, stockScope, stockLocation)) {
        result.failure = failure;
        return result;
    }
    if (!records.isEmpty())
        result.record = records.first();
    return result;
}

ReadOne OdooConnector::readById(const QString &object, const QString &id)
{
    bool numeric = false;
    const qint64 number = id.toLongLong(&numeric);
    if (!numeric || number <= 0)
        return Support::readFailure(Text::tr("\"%1\" is not an Odoo record id.").arg(id));
    // A stock record is a product's stock: its id is the product's.
    const QString field = object == u"stock"_s ? u"product_id"_s : u"id"_s;
    return readOneWhere(object, QJsonArray{QJsonValue(clause(field, u"="_s, number))});
}

ReadOne OdooConnector::findByMatchKey(const QString &object, const QString &matchKey)
{
    const std::optional<ObjectInfo> info = Odoo::objectInfo(object);
    if (!info)
        return unknownObject(object);
    if (matchKey.trimmed().isEmpty())
        return Support::readFailure(Text::tr("An Odoo %1 cannot be looked up by an empty key.").arg(object));
    if (object == u"stock"_s) {
        // "SKU" (its stock in all internal locations) or "SKU@WH/Stock" (in that location).
        const qsizetype at = matchKey.lastIndexOf(u'@');
        const QJsonArray domain{
            QJsonValue(clause(u"product_id.default_code"_s, u"="_s, at < 0 ? matchKey : matchKey.left(at)))};
        QJsonArray scope;
        if (at >= 0)
            scope.append(clause(u"location_id.complete_name"_s, u"="_s, matchKey.mid(at + 1)));
        QJsonArray both = domain;
        for (const QJsonValue &term : std::as_const(scope))
            both.append(term);
        return readOneWhere(object, both, scope, at < 0 ? QString() : matchKey.mid(at + 1));
    }
    if (object == u"payment"_s) {
        QList<Net::HttpExchange> exchanges;
        if (std::optional<ConnectorFailure> failure = m_rpc.ensureAuthenticated(exchanges))
            return ReadOne{{}, failure, exchanges};
        ReadOne result = readOneWhere(
            object,
            QJsonArray{QJsonValue(clause(m_rpc.version().paymentReferenceField(), u"="_s, matchKey))});
        result.exchanges = exchanges + result.exchanges;
        return result;
    }
    // E-mail addresses are compared without regard to case (=ilike without wildcards).
    const bool email = info->matchField == u"email"_s;
    QString value = matchKey;
    if (email)
        value.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return readOneWhere(
        object, QJsonArray{QJsonValue(clause(info->matchField, email ? u"=ilike"_s : u"="_s, value))});
}

ConnectionCheck OdooConnector::checkConnection()
{
    ConnectionCheck check;
    QList<Net::HttpExchange> exchanges;
    const std::optional<ConnectorFailure> failure = m_rpc.ensureAuthenticated(exchanges);
    const Net::HttpExchange *versionExchange = exchanges.isEmpty() ? nullptr : &exchanges.first();
    if (!versionExchange || versionExchange->response.status == 0)
        return unreachableCheck(versionExchange ? versionExchange->response : Net::HttpResponse(),
                                m_config.baseUrl, u"Odoo"_s);
    check.httpStatus = exchanges.last().response.status;
    check.reachable = true;
    if (failure) {
        check.message = failure->message;
        return check;
    }
    check.authenticated = true;

    const Odoo::CallResult user =
        execute(u"res.users"_s, u"read"_s, QJsonArray{QJsonValue(QJsonArray{m_rpc.uid()})},
                QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"company_id"_s}}}, exchanges);
    if (user.failure) {
        check.message = user.failure->message;
        return check;
    }
    check.accountName = Odoo::many2oneName(user.value.toArray().at(0)[u"company_id"_s]);

    const Capabilities capabilities = this->capabilities();
    QStringList checked;
    for (const QString &object : Odoo::objects()) {
        const ObjectInfo info = *Odoo::objectInfo(object);
        QStringList operations{u"read"_s};
        if (capabilities.writable.contains(object))
            operations << u"create"_s;
        for (const QString &operation : std::as_const(operations)) {
            const QString right = operation + u' ' + info.model;
            if (checked.contains(right))
                continue;
            checked.append(right);
            const Odoo::CallResult allowed =
                execute(info.model, u"check_access_rights"_s, QJsonArray{operation},
                        QJsonObject{{u"raise_exception"_s, false}}, exchanges);
            if (allowed.failure) {
                check.message = allowed.failure->message;
                return check;
            }
            if (allowed.value.toBool())
                check.grantedPermissions.append(right);
            else
                check.missingPermissions.append(right);
        }
    }
    check.permissionsVerified = true;
    check.permissionsOk = check.missingPermissions.isEmpty();
    check.httpStatus = exchanges.last().response.status;
    check.message = check.permissionsOk
        ? Text::tr("Connected to Odoo %1 (database \"%2\", company \"%3\") as \"%4\"; every right LedgerLink "
                   "needs is granted.")
              .arg(m_rpc.version().text, m_rpc.database(), check.accountName, m_rpc.login())
        : Text::tr("Connected to Odoo %1 as \"%2\", but the user lacks these rights: %3. Give the user the "
                   "Sales and Invoicing (Billing) access in Odoo's user settings.")
              .arg(m_rpc.version().text, m_rpc.login(), check.missingPermissions.join(u", "_s));
    return check;
}

std::optional<QJsonObject> OdooConnector::toCanonical(const VendorRecord &record, QString *error) const
{
    return Odoo::toCanonical(record, error);
}

QString OdooConnector::payloadMatchKey(const QString &object, const QJsonObject &payload) const
{
    if (object == u"payment"_s)
        return Odoo::textOf(payload.value(u"communication"_s));
    const std::optional<ObjectInfo> info = Odoo::objectInfo(object);
    if (!info || info->matchField.isEmpty())
        return {};
    return Odoo::textOf(payload.value(info->matchField));
}

WriteOutcome OdooConnector::write(const WriteRequest &request)
{
    return writeRecord(request);
}

} // namespace LedgerLink::Connectors
