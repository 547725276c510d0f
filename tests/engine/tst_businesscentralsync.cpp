// The sandbox store synced to a Dynamics 365 Business Central company through the whole write
// path: the bundled Shopify → Business Central mapping
// (resources/mappings/shopify-businesscentral.mapping.json), the engine, the Business Central
// connector (API v2.0), real HTTP. The company is tests/common/businesscentralcompany.h (a local
// server in the shapes of Microsoft's documented examples; tax computed per line from the line's
// tax code, half-up per line — that fake's assumption); nothing here ran against a live tenant.
//
// Worked out by hand from the seed (resources/sandbox/store-seed.json). Business Central adds the
// tax it computes to amounts without tax, so each invoice line is sent without tax: the unit price
// is (shop-money price × quantity, less the line's Shopify tax when the order's prices include
// it) / quantity to five decimals, the discount allocations go to discountAmount, shipping is a
// line of its own (the item SHIPPING); a line's amount is quantity × unit price to the cent less
// its discount, its tax that amount × the code's percent, half-up:
//   #1001 incl. 2 × 25.20 (59.98 − 9.58) = 50.40 + 4.12 (4.90 − 0.78) = 54.52; tax 19 %: 9.58
//         (9.576) + 0.78 (0.7828) = 10.36; total 64.88
//   #1002 excl. 13.34 + 30.21 (3 × 10.07) + 4.60 (NOTAX) = 48.15; tax 6 %: 0.80 (0.8004) + 1.81
//         (1.8126) = 2.61; total 50.76 (Shopify charged 50.77: the USD order's amounts in EUR)
//   #1003 incl. 40.95 (49.14 − 8.19) + 2 × 10.24 (24.58 − 4.10) + 3.85 (4.62 − 0.77) = 65.28;
//         tax 20 %: 8.19 + 4.10 (4.096) + 0.77 = 13.06; total 78.34 (Shopify 78.33)
//   #1004 incl. 40.69 (43.99 − 3.30) + 2 × 17.55 (37.94 − 2.84) + 6.87 (7.42 − 0.55) = 82.66;
//         tax 8.1 %: 3.30 (3.29589) + 2.84 (2.8431) + 0.56 (0.55647) = 6.70 (Shopify 6.69);
//         total 89.36, Shopify's
//   #1005 excl. 90.72 (100.80 − 10.08) + 30.10 (33.44 − 3.34) + 12.00 = 132.82; tax 19 %: 17.24
//         (17.2368) + 5.72 (5.719) + 2.28 = 25.24; total 158.06
//   #1006 incl. 25.20 + 2 × 25.20 + 2 × 11.345 (27.00 − 4.31 = 22.69) + 4.12 = 102.41; tax 19 %:
//         4.79 (4.788) + 9.58 + 4.31 (4.3111) + 0.78 = 19.46; total 121.87
//   #1007 incl. 25.20 + 22.69 + 32.77 (39.00 − 6.23) + 4.12 = 84.78; tax 4.79 + 4.31 + 6.23
//         (6.2263) + 0.78 = 16.11; total 100.89
//   #1008 excl. 0.25 + 0.25; tax 10 % per line: 0.025 → 0.03 twice = 0.06; total 0.56
//         (Shopify 0.55: 0.05 tax on the total)
//   #1009 incl. 8.36 (9.95 − 1.59) + 0.00 (pickup, NOTAX); tax 1.59 (1.5884); total 9.95
//   #1011 incl. 14.01 + 2.82; tax 8 %: 1.12 (1.1208) + 0.23 (0.2256) = 1.35; total 18.18
//   #1012 incl. 25.20 + 2.94 (its custom line, the item SERVICES) + 4.12; tax 4.79 + 0.56
//         (0.5586) + 0.78 = 6.13; total 38.39
//   #1013 incl. 41.18 + 4.12; tax 7.82 (7.8242) + 0.78 = 8.60; total 53.90
//   #1010 a dead letter: the company has no item MUG-350.
// Payments (the sandbox's settled charges, in the shop's currency, the company's local currency)
// lower their invoice's remainingAmount by at most what remains: #1002's 50.77 pays 50.76; #1003
// 78.33 and #1008 0.55 leave 0.01; #1006's refund is no payment; #1010's charge is a dead letter
// (its order is one); #1013 has no charge.
// Refunds become sales credit memos for exactly the refunded lines, without tax, with the order's
// tax codes and customer: #1006's tee (29.99 − 4.79 = 25.20, tax 4.79) and a tax-exclusive copy
// of #1005 refunded three notebooks (27.22, tax 5.17) and its shipping (12.00, tax 2.28): 46.67,
// the money returned.
// The catalogue and stock Business Central owns go to the store: its 11 inventory items (not the
// service items SHIPPING and SERVICES) update the store products of their numbers as SKUs with
// their names and prices (the matcha tea 16.90 → 18.95, the notebook 12.00 → 10.08) or create one
// (a 400 g candle at 17.50); the tee's sizes M and L are dead letters (the product is linked to the
// S item); each item's inventory is the Berlin warehouse's available stock of its SKU; the new
// candle has no store inventory item in the mapping's table: a dead letter saying so.
// The truth pass then finds both refunds credited, the 11 prices equal and the stock of 10 SKUs
// equal; the candle's 25 on hand, which the store lacks, is the one stock drift.
#include "businesscentralcompany.h"
#include "erpsyncsteps.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using BusinessCentralTest::BusinessCentralCompany;

class TestBusinessCentralSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BusinessCentralCompany m_company;
    Testing::ErpWorkspace m_workspace;

    /// The id of the company's item whose number is `sku`.
    QString itemIdOf(const QString &sku) const
    {
        return m_company.where(u"items"_s, u"number"_s, sku).first().value(u"id"_s).toString();
    }

    /// The company's invoice for the order number ("#1005").
    QJsonObject invoice(const QString &number) const
    {
        const QList<QJsonObject> found =
            m_company.where(u"salesInvoices"_s, u"externalDocumentNumber"_s, number);
        return found.size() == 1 ? found.first() : QJsonObject();
    }

    QString customerNumber(const QString &email) const
    {
        const QList<QJsonObject> found = m_company.where(u"customers"_s, u"email"_s, email);
        return found.size() == 1 ? found.first().value(u"number"_s).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());

        // The company: its items (numbered by the store's SKUs), shipping and a catch-all item, and
        // the tax codes the bundled mapping's table names, by percent.
        // Goods are inventory items whose quantity on hand Business Central keeps and whose
        // prices include tax (as the store shows them); a new candle the store does not sell yet;
        // shipping and services are service items.
        QVERIFY(m_company.start());
        m_company.itemPricesIncludeTax = true;
        for (const auto &[number, name, price, quantity] :
             {std::tuple{"TEE-ORG-S", "Organic tee S", "29.99", 41},
              std::tuple{"TEE-ORG-M", "Organic tee M", "29.99", 50},
              std::tuple{"TEE-ORG-L", "Organic tee L", "29.99", 20},
              std::tuple{"MUG-CER-350", "Ceramic mug", "13.50", 118},
              std::tuple{"CANDLE-SOY-200", "Soy candle", "9.95", 75},
              std::tuple{"TEA-MATCHA-30", "Matcha tea", "18.95", 28},
              std::tuple{"BOWL-OAK-20", "Oak bowl", "39.00", 10},
              std::tuple{"STICKER-LOGO", "Logo sticker", "0.25", 990},
              std::tuple{"SCARF-MERINO", "Merino scarf", "49.00", 17},
              std::tuple{"NOTEBOOK-A5", "Notebook A5", "10.08", 60},
              std::tuple{"CANDLE-SOY-400", "Soy candle 400 g", "17.50", 25}})
            m_company.addItem(QLatin1StringView(number), QLatin1StringView(name), QLatin1StringView(price),
                              u"VAT19"_s, u"Inventory"_s, quantity);
        for (const auto &[number, name] :
             {std::pair{"SHIPPING", "Shipping"}, std::pair{"SERVICES", "Services"}})
            m_company.addItem(QLatin1StringView(number), QLatin1StringView(name), u"0"_s, u"VAT19"_s,
                              u"Service"_s);
        for (const auto &[code, percent] :
             {std::pair{"VAT19", "19"}, std::pair{"VAT20", "20"}, std::pair{"TAXABLE", "6"},
              std::pair{"VAT8", "8"}, std::pair{"VAT8.1", "8.1"}, std::pair{"VAT10", "10"},
              std::pair{"NOTAX", "0"}})
            m_company.taxPercents.insert(QLatin1StringView(code),
                                         *Model::Decimal::fromString(QString::fromLatin1(percent)));

        // The workspace as "Connect real systems…" writes it (the bundled Shopify → Business
        // Central document), then the owner's choice: writes allowed.
        const QString error = m_workspace.start(
            QDir(m_dir.path()), {u"businesscentral"_s, u"sandbox"_s, m_company.url(), m_company.companyId},
            u"businesscentral"_s, m_company.accessToken, [](Mapping::MappingDocument &mapping) {
                // The store's inventory items of its SKUs (the seed's; the new candle has none yet)
                // and its Berlin warehouse, where Business Central's stock is kept.
                Testing::ErpWorkspace::mapSeedStock(mapping, u"Business Central"_s);
            });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void customersBecomeBusinessCentralCustomers()
    {
        // Seven store customers; Gustav Gast has no e-mail address (the rule's match key): a dead
        // letter, and his order's invoice finds or creates him by name.
        Testing::expectCustomersRun(m_workspace);
        const QList<QJsonObject> anna =
            m_company.where(u"customers"_s, u"email"_s, u"anna.schmidt@example.de"_s);
        QCOMPARE(anna.size(), 1);
        QCOMPARE(anna.first().value(u"displayName"_s).toString(), u"Anna Schmidt"_s);
        QCOMPARE(anna.first().value(u"type"_s).toString(), u"Person"_s);
        QVERIFY(!anna.first().value(u"number"_s).toString().isEmpty());
    }

    void ordersBecomeSalesInvoicesToTheCent()
    {
        Testing::expectOrdersRun(m_workspace,
                                 u"The Item does not exist. Identification fields and values: No.='MUG-350' "
                                 u"(Internal_RecordNotFound)"_s);

        const auto expect = [this](const QString &number, const QString &subtotal, const QString &tax,
                                   const QString &total) {
            const QJsonObject found = invoice(number);
            QVERIFY2(!found.isEmpty(), qPrintable(number));
            QCOMPARE(BusinessCentralCompany::text(found.value(u"totalAmountExcludingTax"_s)), subtotal);
            QCOMPARE(BusinessCentralCompany::text(found.value(u"totalTaxAmount"_s)), tax);
            QCOMPARE(BusinessCentralCompany::text(found.value(u"totalAmountIncludingTax"_s)), total);
            QCOMPARE(BusinessCentralCompany::text(found.value(u"remainingAmount"_s)), total);
            QCOMPARE(found.value(u"currencyCode"_s).toString(), u"EUR"_s);
            QCOMPARE(found.value(u"status"_s).toString(), u"Draft"_s);
        };
        for (const Testing::ExpectedInvoice &expected : Testing::seedInvoicesNetOfTax())
            expect(expected.number, expected.net, expected.tax, expected.total);
        QVERIFY(invoice(u"#1010"_s).isEmpty());
        QCOMPARE(m_company.entities.value(u"salesInvoices"_s).size(), 12);

        // #1005 line by line: the items by number, discounts taken off, shipping its own line.
        const QJsonArray lines = invoice(u"#1005"_s).value(u"salesInvoiceLines"_s).toArray();
        QCOMPARE(lines.size(), 3);
        const auto line = [&lines](int i, const QString &key) {
            return BusinessCentralCompany::text(lines.at(i).toObject().value(key));
        };
        QCOMPARE(line(0, u"lineObjectNumber"_s), u"NOTEBOOK-A5"_s);
        QCOMPARE(line(0, u"quantity"_s), u"10"_s);
        QCOMPARE(line(0, u"unitPrice"_s), u"10.08"_s);
        QCOMPARE(line(0, u"discountAmount"_s), u"10.08"_s);
        QCOMPARE(line(0, u"amountExcludingTax"_s), u"90.72"_s);
        QCOMPARE(line(0, u"taxCode"_s), u"VAT19"_s);
        QCOMPARE(line(0, u"totalTaxAmount"_s), u"17.24"_s);
        QCOMPARE(line(1, u"amountExcludingTax"_s), u"30.1"_s);
        QCOMPARE(line(2, u"lineObjectNumber"_s), u"SHIPPING"_s);
        QCOMPARE(line(2, u"description"_s), u"DHL Express"_s);
        QCOMPARE(line(2, u"amountExcludingTax"_s), u"12"_s);
        // #1006's mugs: 2 × 11.345 (five decimals) is the line's 22.69 without tax.
        const QJsonArray mugs = invoice(u"#1006"_s).value(u"salesInvoiceLines"_s).toArray();
        QCOMPARE(BusinessCentralCompany::text(mugs.at(2).toObject().value(u"unitPrice"_s)), u"11.345"_s);
        QCOMPARE(BusinessCentralCompany::text(mugs.at(2).toObject().value(u"amountExcludingTax"_s)),
                 u"22.69"_s);
        // #1002's untaxed shipping and #1012's custom line (no SKU, the item SERVICES).
        QCOMPARE(
            invoice(u"#1002"_s).value(u"salesInvoiceLines"_s).toArray().at(2).toObject().value(u"taxCode"_s),
            u"NOTAX"_s);
        QCOMPARE(invoice(u"#1012"_s)
                     .value(u"salesInvoiceLines"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"lineObjectNumber"_s),
                 u"SERVICES"_s);

        // Each invoice's customer is the order's: found by e-mail (created by the customer rule),
        // Gustav Gast by name (created by the connector for his order).
        const QString anna = customerNumber(u"anna.schmidt@example.de"_s);
        QVERIFY(!anna.isEmpty());
        QCOMPARE(invoice(u"#1001"_s).value(u"customerNumber"_s).toString(), anna);
        QCOMPARE(invoice(u"#1006"_s).value(u"customerNumber"_s).toString(), anna);
        const QList<QJsonObject> gustav = m_company.where(u"customers"_s, u"displayName"_s, u"Gustav Gast"_s);
        QCOMPARE(gustav.size(), 1);
        QCOMPARE(invoice(u"#1009"_s).value(u"customerNumber"_s), gustav.first().value(u"number"_s));
        QCOMPARE(m_company.entities.value(u"customers"_s).size(), 7);
        // Every invoice was created once (the catalog's v1.0 lineDetails.number went out as
        // lineObjectNumber, which the company checks), nothing updated.
        for (const QString &request : std::as_const(m_company.lines))
            QVERIFY2(!request.startsWith(u"PATCH"_s), qPrintable(request));
    }

    void aSecondRunWritesNothing()
    {
        Testing::expectRunWritesNothing(m_workspace, QString(), m_company.writes);
        QCOMPARE(m_company.entities.value(u"salesInvoices"_s).size(), 12);
    }

    void paymentsAreAppliedToTheirInvoices()
    {
        Testing::expectPaymentsRun(
            m_workspace, m_company.writes,
            [this](const QString &number) {
                return BusinessCentralCompany::text(invoice(number).value(u"remainingAmount"_s));
            },
            [this](const QString &paid) {
                QCOMPARE(invoice(paid).value(u"status"_s).toString(), u"Paid"_s);
            });
        // Each payment in the name of its invoice's customer, applied to it, found again by the
        // store's transaction id.
        const QList<QJsonObject> written = m_company.entities.value(u"customerPayments"_s);
        QCOMPARE(written.size(), 11);
        for (const QJsonObject &payment : written) {
            const QList<QJsonObject> applied = m_company.where(
                u"salesInvoices"_s, u"id"_s, payment.value(u"appliesToInvoiceId"_s).toString());
            QCOMPARE(applied.size(), 1);
            QCOMPARE(payment.value(u"customerNumber"_s), applied.first().value(u"customerNumber"_s));
            QVERIFY(!payment.value(u"externalDocumentNumber"_s).toString().isEmpty());
        }
        const QList<QJsonObject> annas = m_company.where(u"customerPayments"_s, u"appliesToInvoiceId"_s,
                                                         invoice(u"#1001"_s).value(u"id"_s).toString());
        QCOMPARE(annas.size(), 1);
        QCOMPARE(BusinessCentralCompany::text(annas.first().value(u"amount"_s)), u"64.88"_s);
    }

    /// The truth pass over the Business Central workspace (invoices read back through the
    /// connector): the cent differences worked out above are found and explained, #1004 matches
    /// (its total is Shopify's; only the tax split differs), #1010 is missing with its dead
    /// letter's reason, nothing is unexplained.
    void theTruthPassExplainsEveryCent()
    {
        // Store − Business Central, as the header works them out.
        Testing::expectOrdersTruthPass(m_workspace, 9, 3, Testing::seedOrderFindings(), u"No.='MUG-350'"_s);
    }

    /// The store's refunds as sales credit memos (the rule "refund"): the seeded #1006's, and a
    /// copy of #1005 (tax-exclusive) refunded three notebooks and its shipping, each for exactly
    /// the refunded lines without tax, with the order's tax codes, in the order's customer's name.
    void refundsBecomeSalesCreditMemosToTheCent()
    {
        // The copy of #1005: its notebook line (10 × 10.08 less 10.08 discount, tax 17.24) and
        // shipping (12.00, tax 2.28). Three notebooks refunded as Shopify states them: subtotal
        // 3/10 of 90.72 = 27.216 → 27.22, tax 3/10 of 17.24 = 5.172 → 5.17; the shipping as its
        // order adjustment (−12.00, tax −2.28); 27.22 + 5.17 + 12.00 + 2.28 = 46.67 back.
        const QString copy = Testing::runRefunds(m_workspace);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(m_company.entities.value(u"salesCreditMemos"_s).size(), 2);
        const auto memo = [this](const QString &number) {
            const QList<QJsonObject> found =
                m_company.where(u"salesCreditMemos"_s, u"externalDocumentNumber"_s, number);
            return found.size() == 1 ? found.first() : QJsonObject();
        };
        const auto expect = [](const QJsonObject &found, const QString &subtotal, const QString &tax,
                               const QString &total) {
            QCOMPARE(BusinessCentralCompany::text(found.value(u"totalAmountExcludingTax"_s)), subtotal);
            QCOMPARE(BusinessCentralCompany::text(found.value(u"totalTaxAmount"_s)), tax);
            QCOMPARE(BusinessCentralCompany::text(found.value(u"totalAmountIncludingTax"_s)), total);
            QCOMPARE(found.value(u"currencyCode"_s).toString(), u"EUR"_s);
            QCOMPARE(found.value(u"status"_s).toString(), u"Draft"_s);
        };

        // #1006 (tax-inclusive): one tee L, 29.99 − 4.79 = 25.20 without tax, 19 % of it 4.788 →
        // 4.79: 29.99, what the store refunded.
        const QJsonObject first = memo(u"#1006/17000000001"_s);
        QVERIFY(!first.isEmpty());
        expect(first, u"25.2"_s, u"4.79"_s, u"29.99"_s);
        QCOMPARE(first.value(u"creditMemoDate"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(first.value(u"customerNumber"_s).toString(), customerNumber(u"anna.schmidt@example.de"_s));
        const QJsonArray firstLines = first.value(u"salesCreditMemoLines"_s).toArray();
        QCOMPARE(firstLines.size(), 1);
        const auto line = [](const QJsonArray &lines, int i, const QString &key) {
            return BusinessCentralCompany::text(lines.at(i).toObject().value(key));
        };
        QCOMPARE(line(firstLines, 0, u"lineObjectNumber"_s), u"TEE-ORG-L"_s);
        QCOMPARE(line(firstLines, 0, u"quantity"_s), u"1"_s);
        QCOMPARE(line(firstLines, 0, u"unitPrice"_s), u"25.2"_s);
        QCOMPARE(line(firstLines, 0, u"taxCode"_s), u"VAT19"_s);
        QCOMPARE(line(firstLines, 0, u"totalTaxAmount"_s), u"4.79"_s);

        // The copy of #1005 (tax-exclusive): 27.22 / 3 = 9.07333 (five decimals), 3 × 9.07333 =
        // 27.21999 → 27.22, tax 5.1718 → 5.17; shipping 12.00, tax 2.28: 39.22 + 7.45 = 46.67.
        const QJsonObject second = memo(copy + u"/17000000900"_s);
        QVERIFY(!second.isEmpty());
        expect(second, u"39.22"_s, u"7.45"_s, u"46.67"_s);
        QCOMPARE(second.value(u"customerNumber"_s).toString(), customerNumber(u"liam.oconnor@example.ie"_s));
        const QJsonArray secondLines = second.value(u"salesCreditMemoLines"_s).toArray();
        QCOMPARE(secondLines.size(), 2);
        QCOMPARE(line(secondLines, 0, u"lineObjectNumber"_s), u"NOTEBOOK-A5"_s);
        QCOMPARE(line(secondLines, 0, u"quantity"_s), u"3"_s);
        QCOMPARE(line(secondLines, 0, u"unitPrice"_s), u"9.07333"_s);
        QCOMPARE(line(secondLines, 0, u"amountExcludingTax"_s), u"27.22"_s);
        QCOMPARE(line(secondLines, 0, u"totalTaxAmount"_s), u"5.17"_s);
        QCOMPARE(line(secondLines, 1, u"lineObjectNumber"_s), u"SHIPPING"_s);
        QCOMPARE(line(secondLines, 1, u"description"_s), u"Shipping refund"_s);
        QCOMPARE(line(secondLines, 1, u"amountExcludingTax"_s), u"12"_s);
        QCOMPARE(line(secondLines, 1, u"taxCode"_s), u"VAT19"_s);
        QCOMPARE(line(secondLines, 1, u"totalTaxAmount"_s), u"2.28"_s);
    }

    void aSecondRefundRunWritesNothing()
    {
        Engine::RunSummary again;
        Testing::expectRunWritesNothing(m_workspace, u"refund"_s, m_company.writes, &again);
        QCOMPARE(again.dead, 0);
        QCOMPARE(m_company.entities.value(u"salesCreditMemos"_s).size(), 2);
    }

    /// The catalogue Business Central owns (rule "product"): each inventory item updates the store
    /// product of its number as SKU (name and price) or creates one; the service items (SHIPPING,
    /// SERVICES) are no products. The tee's three sizes are three items but one store product with
    /// three variants: the first item links it, the other two are refused by name (the rule maps
    /// one item to one product).
    void itemsBecomeStoreProductsWithTheirPrices()
    {
        // The 11 goods, not the 2 service items.
        Testing::expectProductsRun(m_workspace, 11, 2, [this](const QString &sku) { return itemIdOf(sku); },
                                   {{u"STICKER-LOGO"_s, u"Logo sticker"_s, u"0.25"_s},
                                    {u"TEE-ORG-S"_s, u"Organic tee S"_s, u"29.99"_s}});
    }

    /// The stock Business Central counts (rule "inventory"): each item's `inventory` is the
    /// available quantity of its number as SKU at the store's warehouse; the new candle, whose store
    /// inventory item the mapping's table does not name yet, is a dead letter saying so.
    void inventoryBecomesStoreStock()
    {
        Testing::expectStockRun(m_workspace, 11, 1, [this] {
            const QString candle = itemIdOf(u"CANDLE-SOY-400"_s);
            QVERIFY2(m_workspace.deadLetters().value(candle).error.contains(u"CANDLE-SOY-400"_s),
                     qPrintable(m_workspace.deadLetters().value(candle).error));
        });
    }

    /// The truth pass over refunds, prices and stock after the syncs above: both refunds match
    /// their credit memos (29.99 and 46.67), the 11 SKUs' prices agree, and the stock of 10 SKUs
    /// agrees; the new candle, whose stock could not be written (its dead letter), is the one
    /// drift: Business Central has 25 on hand, the store none.
    void theTruthPassAgreesOnRefundsPricesAndStock()
    {
        Testing::expectRefundsPricesStockTruthPass(m_workspace, u"the ERP has 25 on hand, the store 0"_s);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCentralSync)
#include "tst_businesscentralsync.moc"
