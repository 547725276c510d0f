// Tax flags before writing (core/engine/taxplan.h): where the ERP computes tax itself (Xero,
// Tryton), each order written to it is checked against the ERP's predicted result, and every
// difference is flagged — on the dry run's plan line, and in the run's audit log before the write.
// Against the real sandbox (in-process SandboxServices, the real Shopify and Xero connectors, the
// bundled sandbox mapping as a new sandbox workspace gets it) and on orders built here. The
// expected texts and cents are worked out by hand in the comments, never taken from the code.
#include "connectors/connector.h"
#include "engine/executor.h"
#include "engine/moneyrules.h"
#include "engine/taxplan.h"
#include "engine/workspaceconfig.h"
#include "model/order.h"
#include "net/httpclient.h"
#include "sandbox/sandboxservices.h"
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

namespace {

/// Order #1008 of the sandbox seed: two lines of 0.25 EUR at 10 %, tax-exclusive; the store
/// reports 0.03 tax on each line but charged 0.05 tax on the order (10 % of 0.50, rounded once)
/// and 0.55 in all. Xero computes per line, half-up: 0.025 → 0.03 twice, 0.06: one cent more.
const QString flag1008 =
    u"Xero will compute 0.06 tax per line, half-up; the store charged 0.05 on the total: "
    u"the invoice will be 0.01 EUR more — tax rounding"_s;

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

    void theSandboxDryRunFlagsOnly1008()
    {
        SandboxWorkspace sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error));
        Engine::Executor executor(*sandbox.config, *sandbox.store, sandbox.options());
        QVERIFY2(executor.open(&sandbox.error), qPrintable(sandbox.error));
        const Engine::DryRunOutcome outcome = executor.dryRun();
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        bool seen = false;
        for (const Engine::PlannedChange &change : outcome.report->changes) {
            if (change.matchKey == u"1008") {
                seen = true;
                QCOMPARE(change.action, Engine::PlanAction::Create);
                QCOMPARE(change.flags, QStringList{flag1008});
            } else {
                QVERIFY2(change.flags.isEmpty(),
                         qPrintable(change.matchKey + u": "_s + change.flags.join(u" | "_s)));
            }
        }
        QVERIFY(seen);
        QCOMPARE(outcome.report->flagged(), 1);
        // The stored plan keeps it, and the text report shows it under its line.
        auto stored = Store::RunRepository(*sandbox.store).plan(outcome.report->runId.toLongLong());
        QVERIFY(stored);
        int storedFlags = 0;
        for (const Store::PlanItem &item : stored.value()) {
            const QJsonArray flags = item.diff.value(u"flags"_s).toArray();
            storedFlags += int(flags.size());
            if (!flags.isEmpty()) {
                QCOMPARE(item.matchKey, u"1008"_s);
                QCOMPARE(flags.at(0).toString(), flag1008);
            }
        }
        QCOMPARE(storedFlags, 1);
        const QString text = Engine::formatReport(*outcome.report);
        QVERIFY2(text.contains(u"    ⚑ "_s + flag1008 + u'\n'), qPrintable(text));
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
            const QJsonObject payload{
                {u"LineItems"_s, QJsonArray(QJsonArray::fromVariantList(QVariantList(lines)))}};
            const QStringList flags =
                Engine::taxFlags(executor.storeConnector(), record, payload, u"xero"_s,
                                 sandbox.config->mapping.policies, TargetTaxBehaviour::xero());
            // Every shipping line's tax in the seed is what per line, half-up gives (e.g. #1001:
            // 4.90 × 19 / 119 = 0.7823… → 0.78): only #1008 differs, and it has no shipping.
            QCOMPARE(flags, record.matchKey == u"1008" ? QStringList{flag1008} : QStringList());
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

        // No other order is flagged.
        Store::AuditQuery all;
        all.result = u"flagged"_s;
        all.limit = 1000;
        auto flaggedRows = Store::AuditLog(*sandbox.store).query(all);
        QVERIFY(flaggedRows);
        QCOMPARE(flaggedRows.value().size(), 1);
        QCOMPARE(flaggedRows.value().first().matchKey, u"1008"_s);
    }
};

QTEST_GUILESS_MAIN(TestTaxPlanFlags)
#include "tst_taxplanflags.moc"
