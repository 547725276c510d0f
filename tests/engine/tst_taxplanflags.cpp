// Tax flags before writing (core/engine/taxplan.h): where the ERP computes tax itself (Xero,
// Tryton), each order written to it is checked against the ERP's predicted result, and every
// difference is flagged — on the dry run's plan line, and in the run's audit log before the write.
// Against the real sandbox (in-process SandboxServices, the real Shopify and Xero connectors, the
// bundled sandbox mapping as a new sandbox workspace gets it) and on orders built here. The
// expected texts and cents are worked out by hand in the comments, never taken from the code.
#include "connectors/connector.h"
#include "connectors/shopify/shopifycanonical.h"
#include "engine/executor.h"
#include "engine/moneyrules.h"
#include "engine/taxplan.h"
#include "engine/workspaceconfig.h"
#include "model/order.h"
#include "net/httpclient.h"
#include "sandbox/sandboxservices.h"
#include "sandboxflags.h"
#include "store/auditlog.h"
#include "store/runrepository.h"
#include "store/statestore.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;
using Engine::MoneyRules::TargetTaxBehaviour;
using Model::Currency;
using Model::Decimal;
using Model::Money;
using Testing::flag1002;
using Testing::flag1008;
using Testing::sandboxFlags;

namespace {

/**
 * A shop in EUR, the customer paying in USD at 0.92 EUR per USD, written by hand the way Shopify
 * gives it (each shop amount Shopify's conversion of its presentment amount on its own). Two lines
 * of 2.75 USD at 10 %, tax-exclusive: 0.275 → 0.28 USD tax each, 0.56 USD, 6.06 USD in all — what
 * Xero computes in USD too (per line, half-up), so in USD nothing differs. In EUR: 2.75 × 0.92 =
 * 2.53 each; the tax 0.28 × 0.92 = 0.2576 → 0.26 each, the tax total 0.56 × 0.92 = 0.5152 → 0.52;
 * the total 6.06 × 0.92 = 5.5752 → 5.58. Xero on 2.53: 0.253 → 0.25 per line, 0.50, and 5.06 +
 * 0.50 = 5.56: two cents less, all of it tax.
 */
QJsonObject usdOrderInEurShop()
{
    return QJsonDocument::fromJson(R"({
        "id": 7301, "name": "#7301", "currency": "EUR", "presentment_currency": "USD",
        "taxes_included": false, "financial_status": "paid",
        "created_at": "2026-11-27T10:00:00+01:00", "updated_at": "2026-11-27T10:00:00+01:00",
        "line_items": [
            {"id": 73011, "sku": "CARD-A", "name": "Card A", "quantity": 1, "price": "2.53",
             "price_set": {"shop_money": {"amount": "2.53", "currency_code": "EUR"},
                           "presentment_money": {"amount": "2.75", "currency_code": "USD"}},
             "total_discount": "0.00", "discount_allocations": [],
             "tax_lines": [{"title": "VAT 10 %", "rate": 0.1, "price": "0.26",
                            "price_set": {"shop_money": {"amount": "0.26", "currency_code": "EUR"},
                                          "presentment_money": {"amount": "0.28", "currency_code": "USD"}}}]},
            {"id": 73012, "sku": "CARD-B", "name": "Card B", "quantity": 1, "price": "2.53",
             "price_set": {"shop_money": {"amount": "2.53", "currency_code": "EUR"},
                           "presentment_money": {"amount": "2.75", "currency_code": "USD"}},
             "total_discount": "0.00", "discount_allocations": [],
             "tax_lines": [{"title": "VAT 10 %", "rate": 0.1, "price": "0.26",
                            "price_set": {"shop_money": {"amount": "0.26", "currency_code": "EUR"},
                                          "presentment_money": {"amount": "0.28", "currency_code": "USD"}}}]}
        ],
        "shipping_lines": [],
        "total_shipping_price_set": {"shop_money": {"amount": "0.00", "currency_code": "EUR"},
                                     "presentment_money": {"amount": "0.00", "currency_code": "USD"}},
        "total_tax": "0.52",
        "total_tax_set": {"shop_money": {"amount": "0.52", "currency_code": "EUR"},
                          "presentment_money": {"amount": "0.56", "currency_code": "USD"}},
        "total_price": "5.58",
        "total_price_set": {"shop_money": {"amount": "5.58", "currency_code": "EUR"},
                            "presentment_money": {"amount": "6.06", "currency_code": "USD"}}
    })")
        .object();
}

/// The mapped invoice of usdOrderInEurShop(): its two lines, in `currency` ("" : none said).
QJsonObject invoiceIn(const QString &currency)
{
    QJsonObject payload{{u"LineItems"_s, QJsonArray{QJsonObject(), QJsonObject()}}};
    if (!currency.isEmpty())
        payload.insert(u"CurrencyCode"_s, currency);
    return payload;
}

/// A Shopify connector that only reads documents (nothing is sent).
std::unique_ptr<Connectors::Connector> shopifyReader(Net::HttpClient &client, QString *error)
{
    Connectors::ConnectorConfig config;
    config.system = u"shopify"_s;
    config.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    config.account = u"sandbox-shop.myshopify.com"_s;
    config.accessToken = "not-used";
    return Connectors::createConnector(config, client, error);
}

/// A store whose canonical orders are Shopify's, but that cannot state them in its shop currency
/// (Connector's default toCanonicalInBaseCurrency()).
class PresentmentOnlyStore : public Connectors::Connector
{
public:
    QString system() const override { return u"fake"_s; }
    Connectors::Capabilities capabilities() const override { return {}; }
    Engine::RateLimitProfile rateLimitProfile() const override { return {}; }
    Connectors::ReadPage readPage(const QString &, const Connectors::ReadCursor &, int) override
    {
        return {};
    }
    Connectors::ReadOne readById(const QString &, const QString &) override { return {}; }
    Connectors::ReadOne findByMatchKey(const QString &, const QString &) override { return {}; }
    Connectors::WriteOutcome write(const Connectors::WriteRequest &) override { return {}; }
    Connectors::ConnectionCheck checkConnection() override { return {}; }
    std::optional<QJsonObject> toCanonical(const Connectors::VendorRecord &record,
                                           QString *error) const override
    {
        return Connectors::Shopify::orderToCanonical(record.document, error);
    }
};

struct SandboxWorkspace
{
    QTemporaryDir dir;
    LedgerLink::Sandbox::SandboxServices services;
    std::unique_ptr<Store::StateStore> store;
    std::optional<Engine::WorkspaceConfig> config;
    QString error;

    bool start()
    {
        LedgerLink::Sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(u"sandbox"_s);
        const LedgerLink::Sandbox::SandboxStarted started = services.start(options);
        if (!started.ok) {
            error = started.error;
            return false;
        }
        const QString workspace = dir.filePath(u"workspace"_s);
        QDir().mkpath(workspace);
        store = std::make_unique<Store::StateStore>(
            Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)));
        if (auto opened = store->open(); !opened) {
            error = opened.error().message;
            return false;
        }
        // A new sandbox workspace: the bundled sandbox mapping, whatever it says today.
        config = Engine::loadWorkspaceConfig(workspace, &error,
                                             std::pair{services.storeUrl(), services.booksUrl()});
        return config.has_value();
    }

    Engine::ExecutorOptions options() const
    {
        Engine::ExecutorOptions options;
        options.allowWrites = true;
        options.random = [] {
            return 1.0;
        };
        options.sleeper = [](std::chrono::milliseconds) {
        };
        options.requestTimeout = std::chrono::milliseconds(5000);
        return options;
    }
};

Money eur(const char *amount)
{
    return *Money::fromString(QString::fromLatin1(amount), *Currency::fromCode(u"EUR"));
}

Model::TaxLine tax(const char *title, const char *rate, const char *amount)
{
    Model::TaxLine line;
    line.title = QString::fromLatin1(title);
    line.rate = *Decimal::fromString(QString::fromLatin1(rate));
    line.amount = eur(amount);
    return line;
}

Model::OrderLine line(const char *id, const char *price, const Model::TaxLine &taxLine)
{
    Model::OrderLine l;
    l.id = QString::fromLatin1(id);
    l.sku = u"SKU-"_s + l.id;
    l.title = l.id;
    l.quantity = Decimal(1);
    l.unitPrice = eur(price);
    l.taxLines = {taxLine};
    return l;
}

Model::Order order(const char *number, bool taxesIncluded)
{
    Model::Order o;
    o.id = QString::fromLatin1(number);
    o.number = u"#"_s + o.id;
    o.currency = *Currency::fromCode(u"EUR");
    o.taxesIncluded = taxesIncluded;
    return o;
}

Mapping::Policies storeAuthority()
{
    Mapping::Policies policies;
    policies.taxAuthority = Mapping::TaxAuthority::Store;
    return policies;
}

} // namespace

class TestTaxPlanFlags : public QObject
{
    Q_OBJECT

private slots:
    void whichTargetsComputeTaxThemselves()
    {
        // Xero: per line by default, ties away from zero (half-up).
        const auto xero = Engine::targetTaxBehaviour(u"xero"_s);
        QVERIFY(xero);
        QCOMPARE(xero->system, u"Xero"_s);
        QCOMPARE(xero->rule.scope, Mapping::RoundingScope::PerLine);
        QCOMPARE(xero->rule.mode, Model::RoundingMode::HalfUp);
        QCOMPARE(Engine::targetTaxBehaviour(u"xero"_s, u"per_document"_s)->rule.scope,
                 Mapping::RoundingScope::PerDocument);
        // Tryton: the company's tax_rounding, "document" unless set; currency.round() is half-even.
        const auto tryton = Engine::targetTaxBehaviour(u"tryton"_s);
        QVERIFY(tryton);
        QCOMPARE(tryton->system, u"Tryton"_s);
        QCOMPARE(tryton->rule.scope, Mapping::RoundingScope::PerDocument);
        QCOMPARE(tryton->rule.mode, Model::RoundingMode::HalfEven);
        QCOMPARE(Engine::targetTaxBehaviour(u"tryton"_s, u"line"_s)->rule.scope,
                 Mapping::RoundingScope::PerLine);
        // Stores, and ERPs that take the amounts they are sent: nothing to predict.
        QVERIFY(!Engine::targetTaxBehaviour(u"shopify"_s));
        QVERIFY(!Engine::targetTaxBehaviour(u"vendure"_s));
    }

    void aMatchingPredictionIsNotFlagged()
    {
        // Two lines of 0.25 at 10 %, the store per line half-up: 0.03 + 0.03 = 0.06, as Xero.
        Model::Order o = order("2001", false);
        o.lines = {line("a", "0.25", tax("VAT 10 %", "0.1", "0.03")),
                   line("b", "0.25", tax("VAT 10 %", "0.1", "0.03"))};
        o.taxTotal = eur("0.06");
        o.total = eur("0.56");
        QCOMPARE(Engine::taxFlags(o, storeAuthority(), TargetTaxBehaviour::xero()), QStringList());
    }

    void halfEvenAgainstHalfUpTies()
    {
        // The store rounds per line half-even: 0.025 → 0.02 on each line, 0.04 in all, 0.54 total.
        // Xero rounds the same ties half-up: 0.03 + 0.03 = 0.06, two cents more.
        Model::Order o = order("2002", false);
        o.lines = {line("a", "0.25", tax("VAT 10 %", "0.1", "0.02")),
                   line("b", "0.25", tax("VAT 10 %", "0.1", "0.02"))};
        o.taxTotal = eur("0.04");
        o.total = eur("0.54");
        QCOMPARE(
            Engine::taxFlags(o, storeAuthority(), TargetTaxBehaviour::xero()),
            QStringList{u"Xero will compute 0.06 tax per line, half-up; the store charged 0.04 per line, "
                        u"half-even: the invoice will be 0.02 EUR more — tax rounding (line 1: 0.03 "
                        u"instead of 0.02; line 2: 0.03 instead of 0.02)"_s});
        // Tryton on the document total, half-even: 10 % of 0.50 = 0.05, one cent more; shared back
        // to the lines by largest remainder (0.025 each: the first gets the odd cent).
        QCOMPARE(
            Engine::taxFlags(o, storeAuthority(), TargetTaxBehaviour::tryton()),
            QStringList{u"Tryton will compute 0.05 tax on the document total, half-even; the store charged "
                        u"0.04 per line, half-even: the invoice will be 0.01 EUR more — tax rounding "
                        u"(line 1: 0.03 instead of 0.02)"_s});
    }

    void taxInclusivePrices()
    {
        // Gross 0.26 per line at 10 % included: 0.26 × 0.1 / 1.1 = 0.02363… → 0.02 per line, 0.04
        // (Xero). The store charged the tax on the total: 0.52 × 0.1 / 1.1 = 0.04727… → 0.05, its
        // lines 0.03 and 0.02. The invoice's total stays 0.52: one cent less tax, one more net.
        Model::Order o = order("2003", true);
        o.lines = {line("a", "0.26", tax("VAT 10 %", "0.1", "0.03")),
                   line("b", "0.26", tax("VAT 10 %", "0.1", "0.02"))};
        o.taxTotal = eur("0.05");
        o.total = eur("0.52");
        QCOMPARE(
            Engine::taxFlags(o, storeAuthority(), TargetTaxBehaviour::xero()),
            QStringList{u"Xero will compute 0.04 tax per line, half-up; the store charged 0.05 on the total: "
                        u"the invoice keeps its total of 0.52 EUR, with 0.01 EUR less tax and as much more "
                        u"net — tax rounding (line 1: 0.02 instead of 0.03)"_s});
    }

    void shippingCountsOnlyWhenTheMappingWritesIt()
    {
        // One line of 10.00 and shipping of 0.05, both at 10 %: the store rounds half-even, 1.00
        // and 0.005 → 0.00 per line, and 1.005 → 1.00 on the total alike. Xero per line, half-up:
        // 1.00 + 0.01 = 1.01 when shipping is one of its lines.
        Model::Order o = order("2004", false);
        o.lines = {line("a", "10.00", tax("VAT 10 %", "0.1", "1.00"))};
        Model::ShippingLine shipping;
        shipping.id = u"s"_s;
        shipping.title = u"Post"_s;
        shipping.price = eur("0.05");
        shipping.taxLines = {tax("VAT 10 %", "0.1", "0.00")};
        o.shippingLines = {shipping};
        o.shippingTotal = eur("0.05");
        o.taxTotal = eur("1.00");
        o.total = eur("11.05");
        const QJsonObject withShipping{{u"LineItems"_s, QJsonArray{QJsonObject(), QJsonObject()}}};
        const QJsonObject itemsOnly{{u"LineItems"_s, QJsonArray{QJsonObject()}}};
        QCOMPARE(Engine::shippingLinesWritten(u"xero"_s, withShipping, o), 1);
        QCOMPARE(Engine::shippingLinesWritten(u"xero"_s, itemsOnly, o), 0);
        QCOMPARE(Engine::shippingLinesWritten(
                     u"tryton"_s, QJsonObject{{u"shipping"_s, QJsonObject{{u"amount"_s, u"0.05"_s}}}}, o),
                 1);
        QCOMPARE(Engine::shippingLinesWritten(
                     u"tryton"_s, QJsonObject{{u"shipping"_s, QJsonObject{{u"amount"_s, u"0"_s}}}}, o),
                 0);

        // Without the shipping line: 1.00 on 10.00 either way, nothing to flag.
        const Model::Order items = Engine::writtenPart(o, 0);
        QCOMPARE(items.shippingLines.size(), 0);
        QCOMPARE(items.taxTotal, eur("1.00"));
        QCOMPARE(items.total, eur("11.00")); // 10.00 and its 1.00 tax
        QCOMPARE(Engine::taxFlags(items, storeAuthority(), TargetTaxBehaviour::xero()), QStringList());
        // With it: Xero's 0.01 on the shipping line is one cent the store did not charge.
        QCOMPARE(
            Engine::taxFlags(Engine::writtenPart(o, 1), storeAuthority(), TargetTaxBehaviour::xero()),
            QStringList{
                u"Xero will compute 1.01 tax per line, half-up; the store charged 1.00 rounded half-even: "
                u"the invoice will be 0.01 EUR more — tax rounding (shipping 1: 0.01 "
                u"instead of 0.00)"_s});
    }

    void anOrderThatCannotBeReadIsItselfAFlag()
    {
        QNetworkAccessManager network;
        Net::HttpClient client(network, {});
        Connectors::ConnectorConfig config;
        config.system = u"shopify"_s;
        config.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        config.account = u"sandbox-shop.myshopify.com"_s;
        config.accessToken = "not-used"; // nothing is sent: the order is only read as it is
        QString error;
        auto shopify = Connectors::createConnector(config, client, &error);
        QVERIFY2(shopify, qPrintable(error));
        // An order without a currency: no amount of it can be read, and no default is assumed.
        const Connectors::VendorRecord record{
            u"order"_s,
            u"77"_s,
            u"1077"_s,
            {},
            QJsonObject{{u"id"_s, 77}, {u"name"_s, u"#1077"_s}, {u"line_items"_s, QJsonArray{}}}};
        const QStringList flags =
            Engine::taxFlags(*shopify, record, {}, u"xero"_s, storeAuthority(), TargetTaxBehaviour::xero());
        QCOMPARE(flags.size(), 1);
        QVERIFY2(
            flags.first().startsWith(u"the tax Xero will compute could not be predicted: the store's order "
                                     u"1077 cannot be read as an order: "_s),
            qPrintable(flags.first()));
        QVERIFY2(flags.first().contains(u"currency"_s), qPrintable(flags.first()));
    }

    void anOrderWrittenInItsShopCurrencyIsPredictedThere()
    {
        QNetworkAccessManager network;
        Net::HttpClient client(network, {});
        QString error;
        const auto shopify = shopifyReader(client, &error);
        QVERIFY2(shopify, qPrintable(error));
        const Connectors::VendorRecord record{u"order"_s, u"7301"_s, u"7301"_s, {}, usdOrderInEurShop()};
        const auto flagsIn = [&](const QString &currency) {
            return Engine::taxFlags(*shopify, record, invoiceIn(currency), u"xero"_s, storeAuthority(),
                                    TargetTaxBehaviour::xero());
        };
        QCOMPARE(Engine::payloadCurrency(u"xero"_s, invoiceIn(u"eur"_s)), u"EUR"_s);
        QCOMPARE(Engine::payloadCurrency(u"tryton"_s, QJsonObject{{u"currency"_s, u" EUR"_s}}), u"EUR"_s);
        QCOMPARE(Engine::payloadCurrency(u"xero"_s, invoiceIn({})), QString());

        // Written in EUR (the sandbox mapping's CurrencyCode ← currency): Xero's 0.25 per line on
        // 2.53 EUR against the store's 0.26 (its 0.28 USD converted), 0.50 against 0.52 — a
        // difference the order does not have in USD, so the cause is the conversion. The total's
        // 5.58 − 5.56 = 0.02 is all that tax: no flag of its own.
        QCOMPARE(flagsIn(u"EUR"_s),
                 QStringList{u"Xero will compute 0.50 tax per line, half-up; the store charged 0.52: the "
                             u"invoice will be 0.02 EUR less — currency rate (line 1: 0.25 instead of 0.26; "
                             u"line 2: 0.25 instead of 0.26)"_s});
        // Written in the order's USD, or not said: as before, on the USD amounts, where Xero's
        // 0.28 + 0.28 = 0.56 and 5.50 + 0.56 = 6.06 are the store's own.
        QCOMPARE(flagsIn(u"USD"_s), QStringList());
        QCOMPARE(flagsIn({}), QStringList());
        // Neither the order's nor its shop's currency.
        QCOMPARE(flagsIn(u"GBP"_s),
                 QStringList{u"Xero will not take the order's amounts as they are: the invoice is written in "
                             u"GBP, but the order is in USD and its shop currency is EUR — currency rate"_s});
        // Tryton's sale says its currency in "currency"; on the document total, half-even: 5.06 ×
        // 10 % = 0.506 → 0.51 against the store's 0.52: one cent less, shared back to the lines
        // by largest remainder (0.253 each: 0.26 and 0.25, the first gets the odd cent). In USD
        // Tryton differs as well (0.55 → 0.55, lines 0.28 and 0.27, against 0.56 and 0.28): that is
        // the store's rounding per line, not the conversion, and it is said so.
        QCOMPARE(Engine::taxFlags(*shopify, record,
                                  QJsonObject{{u"currency"_s, u"EUR"_s},
                                              {u"shipping"_s, QJsonObject{{u"amount"_s, u"0"_s}}}},
                                  u"tryton"_s, storeAuthority(), TargetTaxBehaviour::tryton()),
                 QStringList{u"Tryton will compute 0.51 tax on the document total, half-even; the store "
                             u"charged 0.52: the invoice will be 0.01 EUR less — tax rounding (line 2: 0.25 "
                             u"instead of 0.26)"_s});
    }

    void aStoreThatCannotStateItsShopCurrencyIsFlaggedPlainly()
    {
        // Converting the USD amounts at the order's rate (5.58 / 6.06, from its total) is not how
        // the store came to its EUR amounts, each converted on its own: the cents the prediction is
        // about could be off. No guess is made, and the flag says why.
        const PresentmentOnlyStore store;
        const Connectors::VendorRecord record{u"order"_s, u"7301"_s, u"7301"_s, {}, usdOrderInEurShop()};
        QCOMPARE(
            Engine::taxFlags(store, record, invoiceIn(u"EUR"_s), u"xero"_s, storeAuthority(),
                             TargetTaxBehaviour::xero()),
            QStringList{u"the tax Xero will compute could not be predicted in EUR, the currency the "
                        u"invoice is written in: the fake store does not give its orders' amounts in its "
                        u"base currency; the order's USD amounts converted at its rate could each be a "
                        u"cent off the store's own EUR amounts, the size of the differences predicted"_s});
        // In the order's own currency it is predicted as before.
        QCOMPARE(Engine::taxFlags(store, record, invoiceIn(u"USD"_s), u"xero"_s, storeAuthority(),
                                  TargetTaxBehaviour::xero()),
                 QStringList());
    }

    void theSandboxDryRunFlags()
    {
        SandboxWorkspace sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error));
        Engine::Executor executor(*sandbox.config, *sandbox.store, sandbox.options());
        QVERIFY2(executor.open(&sandbox.error), qPrintable(sandbox.error));
        const Engine::DryRunOutcome outcome = executor.dryRun();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        QStringList flaggedKeys;
        for (const Engine::PlannedChange &change : outcome.report->changes) {
            QCOMPARE(change.flags, sandboxFlags(change.matchKey));
            if (!change.flags.isEmpty()) {
                QCOMPARE(change.action, Engine::PlanAction::Create);
                flaggedKeys.append(change.matchKey);
            }
        }
        flaggedKeys.sort();
        QCOMPARE(flaggedKeys, (QStringList{u"1002"_s, u"1003"_s, u"1004"_s, u"1008"_s}));
        QCOMPARE(outcome.report->flagged(), 4);
        // The stored plan keeps them, and the text report shows each under its line.
        auto stored = Store::RunRepository(*sandbox.store).plan(outcome.report->runId.toLongLong());
        QVERIFY(stored);
        int storedFlags = 0;
        for (const Store::PlanItem &item : stored.value()) {
            const QJsonArray flags = item.diff.value(u"flags"_s).toArray();
            storedFlags += int(flags.size());
            QStringList texts;
            for (const QJsonValue &flag : flags)
                texts.append(flag.toString());
            QCOMPARE(texts, sandboxFlags(item.matchKey));
        }
        QCOMPARE(storedFlags, 5); // #1004 has two
        const QString text = Engine::formatReport(*outcome.report);
        QVERIFY2(text.contains(u"    ⚑ "_s + flag1008 + u'\n'), qPrintable(text));
        QVERIFY2(text.contains(u"    ⚑ "_s + flag1002 + u'\n'), qPrintable(text));
    }

    void theSandboxOrdersWithShippingWritten()
    {
        // Once the mapping writes shipping as an invoice line, Xero computes tax on it too: the
        // same orders as the mapping writes them with a LineItem per shipping line.
        SandboxWorkspace sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error));
        Engine::Executor executor(*sandbox.config, *sandbox.store, sandbox.options());
        QVERIFY2(executor.open(&sandbox.error), qPrintable(sandbox.error));
        const Connectors::ReadPage page = executor.storeConnector().readPage(u"order"_s, {}, 100);
        QVERIFY(!page.failure);
        QCOMPARE(page.records.size(), 13);
        for (const Connectors::VendorRecord &record : page.records) {
            const qsizetype lines = record.document.value(u"line_items"_s).toArray().size()
                + record.document.value(u"shipping_lines"_s).toArray().size();
            QJsonObject payload{
                {u"LineItems"_s, QJsonArray(QJsonArray::fromVariantList(QVariantList(lines)))}};
            // In each order's own currency: every shipping line's tax in the seed is what per
            // line, half-up gives (e.g. #1001: 4.90 × 19 / 119 = 0.7823… → 0.78; #1004: 7.00 CHF
            // × 0.081 / 1.081 = 0.5245… → 0.52): only #1008 differs, and it has no shipping.
            QCOMPARE(Engine::taxFlags(executor.storeConnector(), record, payload, u"xero"_s,
                                      sandbox.config->mapping.policies, TargetTaxBehaviour::xero()),
                     record.matchKey == u"1008" ? QStringList{flag1008} : QStringList());
            // In the shop's EUR, as the sandbox mapping writes them: as in the dry run.
            payload.insert(u"CurrencyCode"_s, record.document.value(u"currency"_s));
            QCOMPARE(Engine::taxFlags(executor.storeConnector(), record, payload, u"xero"_s,
                                      sandbox.config->mapping.policies, TargetTaxBehaviour::xero()),
                     sandboxFlags(record.matchKey));
        }
    }

    void theRunAuditsTheFlagBeforeWriting1008()
    {
        SandboxWorkspace sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error));
        Engine::Executor executor(*sandbox.config, *sandbox.store, sandbox.options());
        QVERIFY2(executor.open(&sandbox.error), qPrintable(sandbox.error));
        QVERIFY2(executor.enqueuePull(&sandbox.error), qPrintable(sandbox.error));
        const Engine::RunSummary summary = executor.runUntilIdle();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.created >= 12);

        Store::AuditQuery query;
        query.matchKey = u"1008"_s;
        query.oldestFirst = true;
        query.limit = 100;
        auto rows = Store::AuditLog(*sandbox.store).query(query);
        QVERIFY(rows);
        std::optional<Store::AuditEntry> flagged;
        std::optional<Store::AuditEntry> write;
        for (const Store::AuditEntry &row : rows.value()) {
            if (row.result == u"flagged"_s && !flagged)
                flagged = row;
            if (row.operation == u"create"_s && row.requestMethod != u"GET"_s && !row.requestMethod.isEmpty())
                write = row;
        }
        QVERIFY2(flagged, "no flagged row for #1008");
        QVERIFY2(write, "no write row for #1008");
        // Before the write, tied to it by its operation and idempotency key.
        QVERIFY(flagged->id < write->id);
        QCOMPARE(flagged->operation, u"create"_s);
        QCOMPARE(flagged->idempotencyKey, write->idempotencyKey);
        QCOMPARE(flagged->error, flag1008);
        // The write's own row carries it too; the write went ahead and succeeded.
        QCOMPARE(write->result, u"ok"_s);
        QVERIFY2(write->error.split(u'\n').contains(flag1008), qPrintable(write->error));

        // The other flagged orders (the conversions to EUR), one row each, and no other.
        Store::AuditQuery all;
        all.result = u"flagged"_s;
        all.limit = 1000;
        auto flaggedRows = Store::AuditLog(*sandbox.store).query(all);
        QVERIFY(flaggedRows);
        QStringList keys;
        for (const Store::AuditEntry &row : flaggedRows.value()) {
            keys.append(row.matchKey);
            QCOMPARE(row.error, sandboxFlags(row.matchKey).join(u'\n'));
        }
        keys.sort();
        QCOMPARE(keys, (QStringList{u"1002"_s, u"1003"_s, u"1004"_s, u"1008"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTaxPlanFlags)
#include "tst_taxplanflags.moc"
