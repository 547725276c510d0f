// VendureConnector against a real Vendure 3.7.3 (fixture vendure: tests/peers/vendure.sh, sql.js
// database, Admin and Shop APIs on 127.0.0.1). Everything the store holds is made here: products
// through the connector, an order checked out through the Shop API as a shopper would, a
// duplicate SKU through the Admin API as a careless admin would. Values are exact to the cent.
#include "connectors/connectorsupport.h"
#include "connectors/vendure/vendureconnector.h"
#include "engine/retrypolicy.h"
#include "net/httpclient.h"
#include "vendureshopper.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkCookie>
#include <QtNetwork/QNetworkCookieJar>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Connectors::ReadCursor;
using Connectors::ReadPage;
using Connectors::VendorRecord;
using Connectors::WriteOutcome;
using Connectors::WriteRequest;
namespace Support = Connectors::Support;

namespace {

QString messageOf(const std::optional<Connectors::ConnectorFailure> &failure)
{
    return failure ? failure->message : QString();
}

/// "24.50 USD" for a canonical Money object.
QString money(const QJsonValue &value)
{
    return value.toObject().value(u"amount"_s).toString() + u' '
        + value.toObject().value(u"currency"_s).toString();
}

const QByteArray syncPassword = "Peer-S3cret-pass!";

} // namespace

class TestVendurePeer : public QObject
{
    Q_OBJECT

    /// A GraphQL call of the test's own (not the connector's), keeping the session token.
    QJsonObject graphQl(const QString &api, QByteArray &token, const QString &query,
                        const QJsonObject &variables = {})
    {
        return PeerTests::VendureShopper(m_base).graphQl(api, token, query, variables);
    }

    QJsonObject admin(const QString &query, const QJsonObject &variables = {})
    {
        return graphQl(u"admin-api"_s, m_adminToken, query, variables);
    }

    Connectors::ConnectorConfig config(const QByteArray &password = syncPassword) const
    {
        Connectors::ConnectorConfig config;
        config.system = u"vendure"_s;
        config.baseUrl = m_base;
        config.account = u"ledgerlink-sync"_s;
        config.accessToken = password;
        return config;
    }

    std::unique_ptr<Connectors::VendureConnector> connector(Net::HttpClient &client,
                                                            const QByteArray &password = syncPassword) const
    {
        return std::make_unique<Connectors::VendureConnector>(config(password), client);
    }

    /// Every page of `object` from `cursor`, with the number of pages.
    QList<VendorRecord> readAll(Connectors::VendureConnector &vendure, const QString &object,
                                ReadCursor cursor, int pageSize, int *pages = nullptr,
                                QStringList *tokens = nullptr)
    {
        QList<VendorRecord> records;
        int count = 0;
        for (;;) {
            const ReadPage page = vendure.readPage(object, cursor, pageSize);
            if (page.failure) {
                qWarning("%s", qPrintable(page.failure->message));
                return {};
            }
            ++count;
            records += page.records;
            if (page.nextPageToken.isEmpty() || count > 500)
                break;
            cursor.pageToken = page.nextPageToken;
            if (tokens)
                tokens->append(page.nextPageToken);
        }
        if (pages)
            *pages = count;
        return records;
    }

    /// The ids of every record of an Admin API list (take 1000), as the store has them.
    QSet<QString> storeIds(const QString &list)
    {
        QSet<QString> ids;
        const QJsonObject data =
            admin(u"query { "_s + list + u"(options: { take: 1000 }) { items { id } } }"_s);
        for (const QJsonValue &item : data.value(list).toObject().value(u"items"_s).toArray())
            ids.insert(item.toObject().value(u"id"_s).toString());
        return ids;
    }

    QString sku(int n) const { return m_tag + u"-"_s + QString::number(n).rightJustified(3, u'0'); }

    /// Places an order as a guest shopper through the Shop API: lines of (variant id, quantity).
    QJsonObject checkout(const QList<std::pair<QString, int>> &lines, const QString &email, bool pay = true)
    {
        return PeerTests::VendureShopper(m_base).checkout(lines, email, pay);
    }

    WriteOutcome writeVariant(const QString &sku, const QJsonObject &payload, const QString &key = {})
    {
        WriteRequest request;
        request.object = u"variant"_s;
        request.matchKey = sku;
        request.payload = payload;
        request.idempotencyKey = key;
        return m_vendure->write(request);
    }

    int mutations(const QList<Net::HttpExchange> &exchanges) const
    {
        return int(std::count_if(exchanges.cbegin(), exchanges.cend(), [](const Net::HttpExchange &exchange) {
            return exchange.request.method == "POST" && !exchange.request.body.contains("login(");
        }));
    }

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("LEDGERLINK_TEST_VENDURE"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the vendure fixture did not start (no url.txt)");
        m_base = QUrl(QString::fromLatin1(file.readAll().trimmed()));
        QVERIFY(m_base.isValid());
        m_tag = u"P"_s + QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000);

        // The sync's own administrator (a super admin with a password of its own).
        graphQl(
            u"admin-api"_s, m_adminToken,
            u"mutation { login(username: \"superadmin\", password: \"superadmin\") { ... on CurrentUser { id "
            "} } }"_s);
        QVERIFY(!m_adminToken.isEmpty());
        const QJsonArray roles = admin(u"query { roles { items { id code } } }"_s)
                                     .value(u"roles"_s)
                                     .toObject()
                                     .value(u"items"_s)
                                     .toArray();
        for (const QJsonValue &role : roles)
            m_roles.insert(role.toObject().value(u"code"_s).toString(),
                           role.toObject().value(u"id"_s).toString());
        QVERIFY(m_roles.contains(u"__super_admin_role__"_s) && m_roles.contains(u"catalog-reader"_s));
        const auto createAdmin = [this](const QString &name, const QByteArray &password,
                                        const QString &role) {
            admin(u"mutation($i: CreateAdministratorInput!) { createAdministrator(input: $i) { id } }"_s,
                  {{u"i"_s,
                    QJsonObject{{u"firstName"_s, u"LedgerLink"_s},
                                {u"lastName"_s, name},
                                {u"emailAddress"_s, name},
                                {u"password"_s, QString::fromLatin1(password)},
                                {u"roleIds"_s, QJsonArray{m_roles.value(role)}}}}});
        };
        createAdmin(u"ledgerlink-sync"_s, syncPassword, u"__super_admin_role__"_s);
        createAdmin(u"ledgerlink-reader"_s, "Reader-pass-1", u"catalog-reader"_s);

        Net::HttpClientOptions options;
        options.rateLimitKey = u"vendure:peer"_s;
        options.side = Net::WriteSide::Store;
        options.guard = Net::WriteGuard::allowing(false, true);
        m_client = std::make_unique<Net::HttpClient>(m_network, options);
        m_vendure = connector(*m_client);
    }

    void factoryAndConnectionCheck()
    {
        Net::HttpClient client(m_network, Net::HttpClientOptions{});
        QString error;
        Connectors::ConnectorConfig noAccount = config();
        noAccount.account.clear();
        QVERIFY(!Connectors::createConnector(noAccount, client, &error));
        QVERIFY2(error.contains(u"administrator user name"_s), qPrintable(error));
        QVERIFY(Connectors::connectorSystems().contains(u"vendure"_s));
        const auto made = Connectors::createConnector(config(), client, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->system(), u"vendure"_s);
        QVERIFY(made->catalog(&error));

        // Test connection runs on a read-only client: the login must still get through.
        const Connectors::ConnectionCheck check = Connectors::testConnection(config(), Net::WriteSide::Store);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY(check.permissionsVerified);
        QVERIFY(check.grantedPermissions.contains(u"SuperAdmin"_s));
        QCOMPARE(check.accountName, u"Default Seller"_s);
        QVERIFY2(check.message.contains(u"USD"_s), qPrintable(check.message));

        Connectors::ConnectorConfig reader = config("Reader-pass-1");
        reader.account = u"ledgerlink-reader"_s;
        const Connectors::ConnectionCheck limited = Connectors::testConnection(reader, Net::WriteSide::Store);
        QVERIFY(limited.authenticated);
        QVERIFY(!limited.permissionsOk);
        QVERIFY(limited.permissionsVerified);
        QCOMPARE(limited.grantedPermissions.contains(u"ReadCatalog"_s), true);
        QCOMPARE(limited.missingPermissions,
                 QStringList({u"UpdateCatalog"_s, u"CreateCatalog"_s, u"ReadOrder"_s, u"UpdateOrder"_s,
                              u"ReadCustomer"_s}));
        QVERIFY2(limited.message.contains(u"UpdateCatalog"_s), qPrintable(limited.message));

        const Connectors::ConnectionCheck wrong =
            Connectors::testConnection(config("nope"), Net::WriteSide::Store);
        QVERIFY(wrong.reachable);
        QVERIFY(!wrong.authenticated);
        QVERIFY2(wrong.message.contains(u"refused the password"_s), qPrintable(wrong.message));
    }

    void createsProductsWithSkuAndStock()
    {
        for (int i = 1; i <= 7; ++i) {
            WriteRequest request;
            request.object = u"product"_s;
            request.matchKey = sku(i);
            request.idempotencyKey = u"peer:product:"_s + sku(i);
            request.payload = QJsonObject{{u"name"_s, QString(u"Peer tee "_s + QString::number(i))},
                                          {u"sku"_s, sku(i)},
                                          {u"price"_s, QString(QString::number(9 + i) + u".90"_s)},
                                          {u"stockOnHand"_s, 10 * i}};
            const WriteOutcome outcome = m_vendure->write(request);
            QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome.failure)));
            QVERIFY(!outcome.alreadyExisted);
            const QJsonObject variant =
                outcome.record->document.value(u"variants"_s).toArray().first().toObject();
            QCOMPARE(outcome.record->matchKey, sku(i));
            QCOMPARE(variant.value(u"sku"_s).toString(), sku(i));
            QCOMPARE(variant.value(u"price"_s).toInteger(), 990 + 100 * i); // "10.90" → 1090
            QCOMPARE(variant.value(u"currencyCode"_s).toString(), u"USD"_s);
            QCOMPARE(
                variant.value(u"stockLevels"_s).toArray().first().toObject().value(u"stockOnHand"_s).toInt(),
                10 * i);
            m_productIds.append(outcome.record->id);
            m_variantIds.append(variant.value(u"id"_s).toString());
        }
        // The same SKU again: found, not created twice.
        WriteRequest again;
        again.object = u"product"_s;
        again.matchKey = sku(1);
        again.payload =
            QJsonObject{{u"name"_s, u"Peer tee 1"_s}, {u"sku"_s, sku(1)}, {u"price"_s, u"10.90"_s}};
        const WriteOutcome found = m_vendure->write(again);
        QVERIFY2(found.ok(), qPrintable(messageOf(found.failure)));
        QVERIFY(found.alreadyExisted);
        QCOMPARE(found.record->id, m_productIds.first());
        QCOMPARE(mutations(found.exchanges), 0);

        const Connectors::ReadOne bySku = m_vendure->findByMatchKey(u"product"_s, sku(2));
        QVERIFY2(bySku.record, qPrintable(messageOf(bySku.failure)));
        QCOMPARE(bySku.record->id, m_productIds.at(1));
        QString error;
        const auto canonical = m_vendure->toCanonical(*bySku.record, &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(money(canonical->value(u"variants"_s).toArray().first().toObject().value(u"price"_s)),
                 u"11.90 USD"_s);
    }

    void readsEveryPageWithoutLossOrRepeat()
    {
        for (const auto &[object, list] :
             {std::pair{u"product"_s, u"products"_s}, std::pair{u"variant"_s, u"productVariants"_s}}) {
            int pages = 0;
            const QList<VendorRecord> records = readAll(*m_vendure, object, {}, 2, &pages);
            QStringList ids;
            for (const VendorRecord &record : records)
                ids.append(record.id);
            const QSet<QString> unique(ids.cbegin(), ids.cend());
            QCOMPARE(ids.size(), unique.size()); // nothing twice
            QCOMPARE(unique, storeIds(list)); // nothing lost
            QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
            for (qsizetype i = 1; i < records.size(); ++i)
                QVERIFY(records.at(i - 1).updatedAt <= records.at(i).updatedAt); // oldest first
        }

        // A record that changes while the pages are read comes again later; none is skipped.
        ReadCursor cursor;
        ReadPage first = m_vendure->readPage(u"variant"_s, cursor, 2);
        QVERIFY2(!first.failure, qPrintable(messageOf(first.failure)));
        const QJsonObject oldest = first.records.first().document;
        const int stock =
            oldest.value(u"stockLevels"_s).toArray().first().toObject().value(u"stockOnHand"_s).toInt();
        QVERIFY(writeVariant(oldest.value(u"sku"_s).toString(), {{u"stockOnHand"_s, stock + 1}}).ok());
        QStringList ids;
        for (const VendorRecord &record : std::as_const(first.records))
            ids.append(record.id);
        cursor.pageToken = first.nextPageToken;
        for (const VendorRecord &record : readAll(*m_vendure, u"variant"_s, cursor, 2))
            ids.append(record.id);
        const QSet<QString> unique(ids.cbegin(), ids.cend());
        QCOMPARE(unique, storeIds(u"productVariants"_s));
        QCOMPARE(ids.size(), unique.size() + 1); // the changed one, twice
        QCOMPARE(ids.count(first.records.first().id), 2);

        // Many records in one second (products made in a loop): a tie read in id order.
        Net::HttpClient client(m_network, m_client->options());
        const auto tied = connector(client);
        tied->setTieLimit(1);
        QStringList tiedIds;
        QStringList tokens;
        for (const VendorRecord &record : readAll(*tied, u"product"_s, {}, 2, nullptr, &tokens))
            tiedIds.append(record.id);
        QVERIFY2(tokens.join(u' ').contains(u"\"tie\""_s), qPrintable(tokens.join(u' ')));
        QCOMPARE(QSet<QString>(tiedIds.cbegin(), tiedIds.cend()), storeIds(u"products"_s));
    }

    void writesPriceAndStockAndReadsThemBack()
    {
        const WriteOutcome written =
            writeVariant(sku(3), {{u"price"_s, u"24.50"_s}, {u"stockOnHand"_s, 40}}, u"peer:variant:3"_s);
        QVERIFY2(written.ok(), qPrintable(messageOf(written.failure)));
        QVERIFY(written.alreadyExisted); // found by its SKU
        QCOMPARE(written.record->id, m_variantIds.at(2));
        QCOMPARE(written.record->document.value(u"price"_s).toInteger(), 2450);
        QCOMPARE(written.record->document.value(u"priceWithTax"_s).toInteger(), 2940);

        const Connectors::ReadOne read = m_vendure->readById(u"variant"_s, m_variantIds.at(2));
        QVERIFY2(read.record, qPrintable(messageOf(read.failure)));
        QCOMPARE(read.record->document.value(u"price"_s).toInteger(), 2450);
        QCOMPARE(read.record->document.value(u"stockLevels"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"stockOnHand"_s)
                     .toInt(),
                 40);
        QString error;
        QCOMPARE(money(m_vendure->toCanonical(*read.record, &error)->value(u"price"_s)), u"24.50 USD"_s);

        // More decimals than USD has: refused, nothing sent, the price unchanged.
        const WriteOutcome refused = writeVariant(sku(3), {{u"price"_s, u"24.999"_s}});
        QVERIFY(refused.failure);
        QVERIFY(!Engine::RetryPolicy::isTransient(refused.failure->outcome));
        QVERIFY2(refused.failure->message.contains(u"24.999"_s), qPrintable(refused.failure->message));
        QCOMPARE(mutations(refused.exchanges), 0);
        QCOMPARE(
            m_vendure->findByMatchKey(u"variant"_s, sku(3)).record->document.value(u"price"_s).toInteger(),
            2450);

        // Three updates in one mutation.
        QList<WriteRequest> batch;
        for (int i = 5; i <= 7; ++i) {
            WriteRequest request;
            request.object = u"variant"_s;
            request.matchKey = sku(i);
            request.payload =
                QJsonObject{{u"price"_s, QString(QString::number(i) + u".05"_s)}, {u"stockOnHand"_s, i}};
            batch.append(request);
        }
        batch[2].existingId = m_variantIds.at(6);
        batch[2].matchKey.clear();
        const QList<WriteOutcome> outcomes = m_vendure->writeBatch(batch);
        QCOMPARE(outcomes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(outcomes.at(i).ok(), qPrintable(messageOf(outcomes.at(i).failure)));
            QCOMPARE(outcomes.at(i).record->document.value(u"price"_s).toInteger(), (i + 5) * 100 + 5);
        }
        QCOMPARE(mutations(outcomes.first().exchanges), 1);
        const Connectors::ReadOne seven = m_vendure->findByMatchKey(u"variant"_s, sku(7));
        QCOMPARE(seven.record->document.value(u"price"_s).toInteger(), 705);
        QCOMPARE(seven.record->document.value(u"stockLevels"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"stockOnHand"_s)
                     .toInt(),
                 7);
    }

    /// A variant write for a SKU the store does not have, with a name and a price: a product of its
    /// own with that one variant (an ERP's new product); the same write again updates it.
    void variantWriteCreatesItsProductForANewSku()
    {
        const QString newSku = sku(900);
        const WriteOutcome created = writeVariant(
            newSku, {{u"name"_s, u"Wool cap"_s}, {u"price"_s, u"12.40"_s}, {u"stockOnHand"_s, 3}},
            u"peer:new:900"_s);
        QVERIFY2(created.ok(), qPrintable(messageOf(created.failure)));
        QVERIFY(!created.alreadyExisted);
        QCOMPARE(created.record->object, u"variant"_s);
        QCOMPARE(created.record->matchKey, newSku);
        QCOMPARE(created.record->document.value(u"price"_s).toInteger(), 1240);
        const Connectors::ReadOne product =
            m_vendure->readById(u"product"_s, created.record->document.value(u"productId"_s).toString());
        QVERIFY2(product.record, qPrintable(messageOf(product.failure)));
        QCOMPARE(product.record->document.value(u"name"_s).toString(), u"Wool cap"_s);

        const WriteOutcome again =
            writeVariant(newSku, {{u"name"_s, u"Wool cap"_s}, {u"price"_s, u"12.90"_s}}, u"peer:new:900b"_s);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, created.record->id);
        QCOMPARE(again.record->document.value(u"price"_s).toInteger(), 1290);

        const WriteOutcome nameless = writeVariant(sku(901), {{u"price"_s, u"1.00"_s}});
        QVERIFY(nameless.failure);
        QVERIFY2(nameless.failure->message.contains(u"name and price"_s),
                 qPrintable(nameless.failure->message));
    }

    void incrementalReadReturnsOnlyWhatChanged()
    {
        const auto newest = [](const QList<VendorRecord> &records, QStringList *atNewest) {
            QDateTime time;
            for (const VendorRecord &record : records) {
                if (!time.isValid() || time < record.updatedAt)
                    time = record.updatedAt;
            }
            for (const VendorRecord &record : records) {
                if (record.updatedAt == time)
                    atNewest->append(record.id);
            }
            return time;
        };
        // As the engine does: read everything, keep the newest time and the ids read at it.
        QStringList variantsAt;
        const QDateTime variantsSince = newest(readAll(*m_vendure, u"variant"_s, {}, 3), &variantsAt);
        QStringList productsAt;
        const QDateTime productsSince = newest(readAll(*m_vendure, u"product"_s, {}, 3), &productsAt);
        QVERIFY(variantsSince.isValid() && productsSince.isValid());

        // Vendure keeps whole seconds here: a second change within the second of one already read
        // looks the same to a cursor (see VendureConnector). The change comes in a later second.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= variantsSince.addSecs(1), 2000);
        QVERIFY(writeVariant(sku(6), {{u"price"_s, u"15.95"_s}}).ok());

        const auto fresh = [this](const QString &object, const QDateTime &since, const QStringList &seen) {
            QStringList ids;
            for (const VendorRecord &record : readAll(*m_vendure, object, {since, {}}, 3)) {
                if (record.updatedAt < since || (record.updatedAt == since && seen.contains(record.id)))
                    continue; // what the cursor covers
                ids.append(record.id);
            }
            return ids;
        };
        QCOMPARE(fresh(u"variant"_s, variantsSince, variantsAt), QStringList{m_variantIds.at(5)});
        // A price is the variant's: its product's own updatedAt stays.
        QCOMPARE(fresh(u"product"_s, productsSince, productsAt), QStringList());
    }

    void placedOrderWithExactTotalsAndNoCart()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QJsonObject cart = checkout({{m_variantIds.at(4), 1}}, {}, false);
        QVERIFY(!cart.value(u"code"_s).toString().isEmpty());
        const QJsonObject placed =
            checkout({{m_variantIds.at(2), 2}, {m_variantIds.at(3), 1}}, u"grace.hopper@example.com"_s);
        QCOMPARE(placed.value(u"state"_s).toString(), u"PaymentSettled"_s);
        m_orderId = placed.value(u"id"_s).toString();
        m_orderCode = placed.value(u"code"_s).toString();
        QCOMPARE(placed.value(u"totalWithTax"_s).toInteger(), 8148);

        QStringList codes;
        VendorRecord order;
        for (const VendorRecord &record : readAll(*m_vendure, u"order"_s, {}, 1)) {
            codes.append(record.matchKey);
            if (record.id == m_orderId)
                order = record;
        }
        QVERIFY(codes.contains(m_orderCode));
        QVERIFY(!codes.contains(cart.value(u"code"_s).toString())); // an open cart is no order
        QCOMPARE(codes.size(), QSet<QString>(codes.cbegin(), codes.cend()).size());
        QVERIFY(!m_vendure->readById(u"order"_s, cart.value(u"id"_s).toString()).record);

        QString error;
        const auto canonical = m_vendure->toCanonical(order, &error);
        QVERIFY2(canonical, qPrintable(error));
        // 2 × 24.50 + 1 × 13.90 = 62.90; 20 % tax 12.58; shipping 5.00 + 1.00 tax.
        QCOMPARE(money(canonical->value(u"subtotal"_s)), u"62.90 USD"_s);
        QCOMPARE(money(canonical->value(u"shipping_total"_s)), u"5.00 USD"_s);
        QCOMPARE(money(canonical->value(u"tax_total"_s)), u"13.58 USD"_s);
        QCOMPARE(money(canonical->value(u"total"_s)), u"81.48 USD"_s);
        QCOMPARE(canonical->value(u"financial_status"_s).toString(), u"paid"_s);
        const QJsonArray lines = canonical->value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"sku"_s).toString(), sku(3));
        QCOMPARE(lines.at(0).toObject().value(u"quantity"_s).toString(), u"2"_s);
        QCOMPARE(money(lines.at(0).toObject().value(u"unit_price"_s)), u"24.50 USD"_s);
        QCOMPARE(money(lines.at(0).toObject().value(u"total"_s)), u"49.00 USD"_s);
        QCOMPARE(
            money(
                lines.at(0).toObject().value(u"tax_lines"_s).toArray().first().toObject().value(u"amount"_s)),
            u"9.80 USD"_s);
        QCOMPARE(money(lines.at(1).toObject().value(u"unit_price"_s)), u"13.90 USD"_s);
        QCOMPARE(canonical->value(u"customer"_s).toObject().value(u"email"_s).toString(),
                 u"grace.hopper@example.com"_s);

        // Vendure leaves a placed order's updatedAt before its orderPlacedAt: a cursor between
        // the two (or at the placement) still finds the order.
        const QDateTime placedAt =
            Support::parseIsoDateTime(order.document.value(u"orderPlacedAt"_s).toString());
        const QDateTime updatedAt =
            Support::parseIsoDateTime(order.document.value(u"updatedAt"_s).toString());
        QVERIFY2(updatedAt <= placedAt, qPrintable(updatedAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(order.updatedAt, placedAt.addMSecs(-placedAt.time().msec())); // to the second
        QStringList since;
        for (const VendorRecord &record : readAll(*m_vendure, u"order"_s, {placedAt, {}}, 1))
            since.append(record.id);
        QCOMPARE(since, QStringList{m_orderId});
        QStringList window;
        for (const VendorRecord &record : readAll(*m_vendure, u"order"_s, {before, {}}, 5))
            window.append(record.id);
        QCOMPARE(window, QStringList{m_orderId});

        const Connectors::ReadOne byCode = m_vendure->findByMatchKey(u"order"_s, m_orderCode);
        QVERIFY2(byCode.record, qPrintable(messageOf(byCode.failure)));
        QCOMPARE(byCode.record->id, m_orderId);

        const Connectors::ReadOne customer =
            m_vendure->findByMatchKey(u"customer"_s, u"Grace.Hopper@example.com"_s);
        QVERIFY2(customer.record, qPrintable(messageOf(customer.failure)));
        QCOMPARE(m_vendure->toCanonical(*customer.record, &error)->value(u"last_name"_s).toString(),
                 u"Hopper"_s);
        bool listed = false;
        for (const VendorRecord &record : readAll(*m_vendure, u"customer"_s, {before, {}}, 10))
            listed = listed || record.id == customer.record->id;
        QVERIFY(listed);
    }

    void refundsPartOfTheOrderAndReadsTheRefund()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        WriteRequest request;
        request.object = u"refund"_s;
        request.idempotencyKey = u"peer:refund:1"_s;
        request.payload =
            QJsonObject{{u"orderId"_s, m_orderId}, {u"amount"_s, u"10.00"_s}, {u"reason"_s, u"Box dented"_s}};
        const WriteOutcome refunded = m_vendure->write(request);
        QVERIFY2(refunded.ok(), qPrintable(messageOf(refunded.failure)));
        QCOMPARE(refunded.record->document.value(u"total"_s).toInteger(), 1000);
        const QString refundId = refunded.record->id;
        QVERIFY(refundId.startsWith(m_orderId + u'/'));

        const WriteOutcome again = m_vendure->write(request); // a retry after a lost answer
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.record->id, refundId);

        WriteRequest tooPrecise = request;
        tooPrecise.idempotencyKey = u"peer:refund:2"_s;
        tooPrecise.payload.insert(u"amount"_s, u"10.001"_s);
        const WriteOutcome refused = m_vendure->write(tooPrecise);
        QVERIFY(refused.failure);
        QCOMPARE(mutations(refused.exchanges), 0);

        QList<VendorRecord> refunds = readAll(*m_vendure, u"refund"_s, {before, {}}, 2);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().id, refundId);
        QString error;
        const auto canonical = m_vendure->toCanonical(refunds.first(), &error);
        QVERIFY2(canonical, qPrintable(error));
        QCOMPARE(money(canonical->value(u"total"_s)), u"10.00 USD"_s);
        QCOMPARE(canonical->value(u"order_id"_s).toString(), m_orderId);
        QVERIFY(canonical->value(u"note"_s).toString().startsWith(u"Box dented"_s));
        QCOMPARE(m_vendure->readById(u"refund"_s, refundId).record->matchKey, refundId.section(u'/', 1));

        const auto order = m_vendure->toCanonical(*m_vendure->readById(u"order"_s, m_orderId).record, &error);
        QCOMPARE(order->value(u"financial_status"_s).toString(), u"partially_refunded"_s);

        // A refund of one unit of a line, named by SKU: Vendure keeps the line with the refund, and
        // the refund as read names the line's SKU (what a credit note credits).
        const QJsonObject placed = m_vendure->readById(u"order"_s, m_orderId).record->document;
        const QJsonObject firstLine = placed.value(u"lines"_s).toArray().first().toObject();
        const QString sku = firstLine.value(u"productVariant"_s).toObject().value(u"sku"_s).toString();
        QVERIFY(!sku.isEmpty());
        WriteRequest byLine;
        byLine.object = u"refund"_s;
        byLine.idempotencyKey = u"peer:refund:3"_s;
        byLine.payload =
            QJsonObject{{u"orderId"_s, m_orderId},
                        {u"amount"_s, u"1.00"_s},
                        {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 1}}}}};
        const WriteOutcome lineRefund = m_vendure->write(byLine);
        QVERIFY2(lineRefund.ok(), qPrintable(messageOf(lineRefund.failure)));
        const QJsonArray refundLines = lineRefund.record->document.value(u"lines"_s).toArray();
        QCOMPARE(refundLines.size(), 1);
        QCOMPARE(refundLines.first().toObject().value(u"sku"_s).toString(), sku);
        QCOMPARE(refundLines.first().toObject().value(u"quantity"_s).toInt(), 1);
        QCOMPARE(refundLines.first().toObject().value(u"orderLineId"_s).toString(),
                 firstLine.value(u"id"_s).toString());
        const Connectors::ReadOne reread = m_vendure->readById(u"refund"_s, lineRefund.record->id);
        QVERIFY(reread.record);
        QCOMPARE(
            reread.record->document.value(u"lines"_s).toArray().first().toObject().value(u"sku"_s).toString(),
            sku);
        WriteRequest noSuchLine = byLine;
        noSuchLine.idempotencyKey = u"peer:refund:4"_s;
        noSuchLine.payload.insert(u"lines"_s,
                                  QJsonArray{QJsonObject{{u"sku"_s, u"NO-SUCH-SKU"_s}, {u"quantity"_s, 1}}});
        const WriteOutcome refusedLine = m_vendure->write(noSuchLine);
        QVERIFY(refusedLine.failure);
        QVERIFY2(refusedLine.failure->message.contains(u"lines[0]"_s),
                 qPrintable(refusedLine.failure->message));
        QCOMPARE(mutations(refusedLine.exchanges), 0);
    }

    void orderNoteFromTheErp()
    {
        WriteRequest request;
        request.object = u"order"_s;
        request.matchKey = m_orderCode;
        request.payload = QJsonObject{{u"note"_s, u"Invoice INV/0001 posted, paid"_s}};
        const WriteOutcome noted = m_vendure->write(request);
        QVERIFY2(noted.ok(), qPrintable(messageOf(noted.failure)));
        QCOMPARE(noted.record->id, m_orderId);
        const WriteOutcome again = m_vendure->write(request);
        QVERIFY2(again.ok(), qPrintable(messageOf(again.failure)));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(mutations(again.exchanges), 0);

        const QJsonArray notes = admin(u"query($id: ID!) { order(id: $id) { history(options: { filter: { "
                                       u"type: { eq: \"ORDER_NOTE\" } } "
                                       "}) { items { isPublic data } } } }"_s,
                                       {{u"id"_s, m_orderId}})
                                     .value(u"order"_s)
                                     .toObject()
                                     .value(u"history"_s)
                                     .toObject()
                                     .value(u"items"_s)
                                     .toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(u"data"_s).toObject().value(u"note"_s).toString(),
                 u"Invoice INV/0001 posted, paid"_s);
        QCOMPARE(notes.first().toObject().value(u"isPublic"_s).toBool(), false);
    }

    void duplicateSkuIsRefused()
    {
        // Two products whose variants share one SKU, made the way an admin could.
        const QString duplicate = m_tag + u"-DUP"_s;
        QStringList ids;
        for (int i = 1; i <= 2; ++i) {
            const QString product =
                admin(u"mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }"_s,
                      {{u"i"_s,
                        QJsonObject{{u"translations"_s,
                                     QJsonArray{QJsonObject{
                                         {u"languageCode"_s, u"en"_s},
                                         {u"name"_s, QString(u"Duplicate "_s + QString::number(i))},
                                         {u"slug"_s, QString(duplicate + QString::number(i))},
                                         {u"description"_s, QString()}}}}}}})
                    .value(u"createProduct"_s)
                    .toObject()
                    .value(u"id"_s)
                    .toString();
            ids.append(
                admin(u"mutation($i: [CreateProductVariantInput!]!) { createProductVariants(input: $i) { id "
                      "} }"_s,
                      {{u"i"_s,
                        QJsonArray{QJsonObject{{u"productId"_s, product},
                                               {u"sku"_s, duplicate},
                                               {u"price"_s, 500},
                                               {u"translations"_s,
                                                QJsonArray{QJsonObject{{u"languageCode"_s, u"en"_s},
                                                                       {u"name"_s, duplicate}}}}}}}})
                    .value(u"createProductVariants"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"id"_s)
                    .toString());
        }
        const QString expected = u"SKU "_s + duplicate + u" is used by 2 variants (ids "_s + ids.join(u", "_s)
            + u") in Vendure: make it unique there; LedgerLink will not guess which one."_s;
        for (const QString &object : {u"variant"_s, u"product"_s}) {
            const Connectors::ReadOne found = m_vendure->findByMatchKey(object, duplicate);
            QVERIFY(!found.record);
            QVERIFY(found.failure);
            QCOMPARE(found.failure->message, expected);
            QVERIFY(!Engine::RetryPolicy::isTransient(found.failure->outcome));
        }
        const WriteOutcome write = writeVariant(duplicate, {{u"price"_s, u"6.00"_s}});
        QVERIFY(write.failure);
        QCOMPARE(write.failure->message, expected);
        QCOMPARE(mutations(write.exchanges), 0);

        WriteRequest product;
        product.object = u"product"_s;
        product.payload =
            QJsonObject{{u"name"_s, u"Third"_s}, {u"sku"_s, duplicate}, {u"price"_s, u"5.00"_s}};
        const WriteOutcome created = m_vendure->write(product);
        QVERIFY(created.failure);
        QCOMPARE(created.failure->message, expected);

        WriteRequest fine;
        fine.object = u"variant"_s;
        fine.matchKey = sku(1);
        fine.payload = QJsonObject{{u"price"_s, u"10.90"_s}};
        WriteRequest bad = fine;
        bad.matchKey = duplicate;
        const QList<WriteOutcome> batch = m_vendure->writeBatch({fine, bad});
        QVERIFY2(batch.at(0).ok(), qPrintable(messageOf(batch.at(0).failure)));
        QVERIFY(batch.at(1).failure);
        QVERIFY2(batch.at(1).failure->message.contains(ids.join(u", "_s)),
                 qPrintable(batch.at(1).failure->message));
        QCOMPARE(admin(u"query($id: ID!) { productVariant(id: $id) { price } }"_s, {{u"id"_s, ids.first()}})
                     .value(u"productVariant"_s)
                     .toObject()
                     .value(u"price"_s)
                     .toInt(),
                 500);
    }

    void expiredSessionLogsInAgainOnce()
    {
        QVERIFY(!m_vendure->readPage(u"variant"_s, {}, 1).failure);
        QByteArray old = m_vendure->sessionToken();
        QVERIFY(!old.isEmpty());
        // The session ends behind the connector's back (an admin logs it out, or it expires).
        QByteArray ended = old;
        QVERIFY(graphQl(u"admin-api"_s, ended, u"mutation { logout { success } }"_s)
                    .value(u"logout"_s)
                    .toObject()
                    .value(u"success"_s)
                    .toBool());
        const ReadPage page = m_vendure->readPage(u"variant"_s, {}, 1);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QCOMPARE(page.records.size(), 1);
        QCOMPARE(page.exchanges.size(), 3); // refused, login, the same query again
        QVERIFY(page.exchanges.at(0).response.body.contains("FORBIDDEN"));
        QVERIFY(page.exchanges.at(1).request.body.contains("login("));
        QVERIFY(m_vendure->sessionToken() != old);

        // The session lives in the Bearer token alone: no session cookie in the shared jar (a
        // refused request gets an empty one).
        for (const QNetworkCookie &cookie : m_network.cookieJar()->cookiesForUrl(m_base)) {
            if (cookie.name() != "session")
                continue;
            const QJsonObject session =
                QJsonDocument::fromJson(QByteArray::fromBase64(cookie.value())).object();
            QCOMPARE(session.value(u"token"_s).toString(), QString());
        }
        m_vendure->setSessionToken("not-a-session");
        const WriteOutcome written = writeVariant(sku(2), {{u"stockOnHand"_s, 21}});
        QVERIFY2(written.ok(), qPrintable(messageOf(written.failure)));
    }

    void wrongPasswordFailsPermanentlyAndSaysSo()
    {
        const QByteArray wrong = "Wrong-pass-4711";
        Net::HttpClient client(m_network, m_client->options());
        const auto vendure = connector(client, wrong);
        const ReadPage page = vendure->readPage(u"product"_s, {}, 10);
        QVERIFY(page.failure);
        QCOMPARE(page.failure->outcome.httpStatus, 401);
        QVERIFY(!Engine::RetryPolicy::isTransient(page.failure->outcome));
        QVERIFY2(
            page.failure->message.contains(u"refused the password of administrator \"ledgerlink-sync\""_s),
            qPrintable(page.failure->message));
        QVERIFY(!page.failure->message.contains(QString::fromLatin1(wrong)));
        QCOMPARE(page.exchanges.size(), 1);
        QVERIFY(!page.exchanges.first().request.body.contains(wrong));
        QVERIFY(page.exchanges.first().request.body.contains("[redacted]"));
    }

    void passwordIsNeverRecorded()
    {
        Net::HttpClient client(m_network, m_client->options());
        const auto vendure = connector(client);
        QList<Net::HttpExchange> all;
        const ReadPage page = vendure->readPage(u"product"_s, {}, 2);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        all += page.exchanges;
        WriteRequest request;
        request.object = u"variant"_s;
        request.matchKey = sku(4);
        request.payload = QJsonObject{{u"enabled"_s, true}};
        const WriteOutcome written = vendure->write(request);
        QVERIFY2(written.ok(), qPrintable(messageOf(written.failure)));
        all += written.exchanges;
        vendure->setSessionToken("expired");
        const Connectors::ReadOne again = vendure->findByMatchKey(u"variant"_s, sku(4));
        QVERIFY(again.record);
        all += again.exchanges;
        const Connectors::ReadOne failed = vendure->readById(u"nothing"_s, u"1"_s);
        QVERIFY(!failed.failure->message.contains(QString::fromLatin1(syncPassword)));
        int logins = 0;
        for (const Net::HttpExchange &exchange : std::as_const(all)) {
            logins += exchange.request.body.contains("login(") ? 1 : 0;
            QVERIFY(!exchange.request.body.contains(syncPassword));
            QVERIFY(!exchange.request.url.toEncoded().contains(syncPassword));
            for (const auto &[name, value] : exchange.request.headers)
                QVERIFY(!value.contains(syncPassword));
            for (const auto &[name, value] : exchange.response.headers)
                QVERIFY2(name.compare("vendure-auth-token", Qt::CaseInsensitive) != 0
                             || value == "[redacted]",
                         value.constData());
        }
        QCOMPARE(logins, 2);
    }

    void readOnlyStageReadsButNeverWrites()
    {
        Net::HttpClientOptions options = m_client->options();
        options.guard = Net::WriteGuard::readOnly();
        Net::HttpClient client(m_network, options);
        const auto vendure = connector(client);
        const ReadPage page = vendure->readPage(u"variant"_s, {}, 5);
        QVERIFY2(!page.failure, qPrintable(messageOf(page.failure)));
        QCOMPARE(page.records.size(), 5);
        WriteRequest request;
        request.object = u"variant"_s;
        request.existingId = m_variantIds.at(0);
        request.payload = QJsonObject{{u"price"_s, u"99.00"_s}};
        const WriteOutcome refused = vendure->write(request);
        QVERIFY(refused.failure);
        QVERIFY2(refused.failure->message.contains(u"was not sent"_s), qPrintable(refused.failure->message));
        QCOMPARE(client.refusedWrites(), 1);
        QCOMPARE(client.sent("POST"), 0); // the login went through the connector's own client
        QCOMPARE(m_vendure->readById(u"variant"_s, m_variantIds.at(0))
                     .record->document.value(u"price"_s)
                     .toInteger(),
                 1090);
    }

    void cancellationAfterPlacementIsReadAgain()
    {
        // Vendure changes a placed order's updatedAt when it is cancelled (not when it ships, nor
        // for a note or a refund): the second pass finds orders placed before the cursor.
        const QJsonObject later = checkout({{m_variantIds.at(5), 1}}, u"ada.byron@example.com"_s);
        QCOMPARE(later.value(u"state"_s).toString(), u"PaymentSettled"_s);
        const QString laterId = later.value(u"id"_s).toString();
        // As the engine does: the cursor is the newest time read, the ids read at it are dropped.
        const Connectors::ReadOne placed = m_vendure->readById(u"order"_s, laterId);
        QVERIFY(placed.record);
        const QDateTime since = placed.record->updatedAt;
        const auto changes = [&] {
            QStringList ids;
            for (const VendorRecord &record : readAll(*m_vendure, u"order"_s, {since, {}}, 1)) {
                if (record.updatedAt > since || record.id != laterId)
                    ids.append(record.id);
            }
            return ids;
        };
        QCOMPARE(changes(), QStringList());
        const QJsonObject cancelled =
            admin(
                u"mutation($id: ID!) { cancelOrder(input: { orderId: $id, reason: \"peer test\" }) { ... on "
                "Order { state } } }"_s,
                {{u"id"_s, m_orderId}})
                .value(u"cancelOrder"_s)
                .toObject();
        QCOMPARE(cancelled.value(u"state"_s).toString(), u"Cancelled"_s);
        QCOMPARE(changes(), QStringList{m_orderId});
        const Connectors::ReadOne order = m_vendure->readById(u"order"_s, m_orderId);
        QCOMPARE(order.record->document.value(u"state"_s).toString(), u"Cancelled"_s);
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_tag;
    QByteArray m_adminToken;
    QHash<QString, QString> m_roles;
    std::unique_ptr<Net::HttpClient> m_client;
    std::unique_ptr<Connectors::VendureConnector> m_vendure;
    QStringList m_productIds;
    QStringList m_variantIds;
    QString m_orderId;
    QString m_orderCode;
};

QTEST_GUILESS_MAIN(TestVendurePeer)
#include "tst_vendurepeer.moc"
