// Unit tests for the canonical records: exact JSON round trips of every record type, field-path
// errors, string ids (jsonIdToString) and the Shopify big-id order.

#include "model/address.h"
#include "model/creditnote.h"
#include "model/customer.h"
#include "model/ids.h"
#include "model/inventorylevel.h"
#include "model/invoice.h"
#include "model/order.h"
#include "model/orderline.h"
#include "model/payment.h"
#include "model/product.h"
#include "model/refund.h"
#include "model/taxline.h"
#include "model/variant.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

#include "modeltest.h"

using namespace Qt::StringLiterals;
using namespace ModelTest;
using namespace LedgerLink::Model;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Serialises to JSON text and parses it back, as a record does on its way to the state store.
template<class T>
std::optional<T> throughText(const T &record, QString *error, QByteArray *text = nullptr)
{
    const QByteArray json = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    if (text)
        *text = json;
    return T::fromJson(parseObject(json), error);
}

// Round trip with exact equality; on a mismatch, both documents are printed.
template<class T>
bool roundTrips(const T &record)
{
    QString error;
    const std::optional<T> back = throughText(record, &error);
    if (!back) {
        qWarning("fromJson failed: %s", qPrintable(error));
        return false;
    }
    if (!(*back == record)) {
        qWarning("round trip differs:\n%s\n---\n%s", QJsonDocument(record.toJson()).toJson().constData(),
                 QJsonDocument(back->toJson()).toJson().constData());
        return false;
    }
    // The second serialisation is byte-identical: stable key order, no drift.
    return QJsonDocument(back->toJson()).toJson() == QJsonDocument(record.toJson()).toJson();
}

Address sampleAddress()
{
    Address a;
    a.name = u"Bob Norman"_s;
    a.firstName = u"Bob"_s;
    a.lastName = u"Norman"_s;
    a.company = u"Müller & Söhne"_s;
    a.line1 = u"Chestnut Street 92"_s;
    a.line2 = u"Apt. 3"_s;
    a.city = u"Louisville"_s;
    a.region = u"Kentucky"_s;
    a.regionCode = u"KY"_s;
    a.postalCode = u"40202"_s;
    a.countryCode = u"US"_s;
    a.phone = u"+1 555 625 1199"_s;
    return a;
}

TaxLine taxLine(QStringView title, QStringView rate, QStringView amount)
{
    return TaxLine{title.toString(), dec(rate), money(amount)};
}

Customer sampleCustomer()
{
    Customer c;
    c.id = u"207119551"_s;
    c.externalId = u"C-000042"_s;
    c.email = u"bob.norman@mail.example.com"_s;
    c.firstName = u"Bob"_s;
    c.lastName = u"Norman"_s;
    c.company = u"Norman Ltd"_s;
    c.phone = u"+16136120707"_s;
    c.taxId = u"DE123456789"_s;
    c.addresses = {sampleAddress(), Address{}};
    c.defaultAddress = sampleAddress();
    c.createdAt = utc(2024, 4, 2, 13, 59, 11);
    c.updatedAt = utc(2024, 4, 2, 13, 59, 11, 250);
    c.raw = parseObject(R"({"id":207119551,"tags":"Léon, Noël","state":"disabled"})");
    return c;
}

Variant sampleVariant()
{
    Variant v;
    v.id = u"39072856"_s;
    v.productId = u"632910392"_s;
    v.sku = u"IPOD2008GREEN"_s;
    v.title = u"green"_s;
    v.barcode = u"1234_green"_s;
    v.price = money(u"199.00 USD");
    v.compareAtPrice = money(u"249.00 USD");
    v.taxable = false;
    v.raw = parseObject(R"({"id":39072856,"grams":200,"weight":0.2})");
    return v;
}

OrderLine sampleOrderLine(QStringView sku)
{
    OrderLine l;
    l.id = u"466157049"_s;
    l.productId = u"632910392"_s;
    l.variantId = u"39072856"_s;
    l.sku = sku.toString();
    l.title = u"IPod Nano - 8gb"_s;
    l.vendor = u"Apple"_s;
    l.quantity = dec(u"2.500");
    l.unitPrice = money(u"199.00 USD");
    l.discount = money(u"3.34 USD");
    l.taxLines = {taxLine(u"State Tax", u"0.06", u"3.98 USD"), taxLine(u"City Tax", u"0.0125", u"0.83 USD")};
    l.total = money(u"494.16 USD");
    return l;
}

Order sampleOrder()
{
    Order o;
    o.id = u"820982911946154508"_s;
    o.number = u"#1001"_s;
    o.currency = cur(u"USD");
    o.baseCurrency = cur(u"EUR");
    o.exchangeRate = dec(u"0.922339");
    o.customer = sampleCustomer();
    o.billingAddress = sampleAddress();
    o.shippingAddress = std::nullopt;
    o.lines = {sampleOrderLine(u"IPOD2008GREEN"), sampleOrderLine(u"IPOD2008RED")};
    o.discounts = {DiscountLine{u"TENOFF"_s, u"Ten off"_s, money(u"10.00 USD")}};
    o.shippingLines = {ShippingLine{u"369256396"_s,
                                    u"Free Shipping"_s,
                                    u"FREE"_s,
                                    money(u"0.00 USD"),
                                    Money(),
                                    {taxLine(u"State Tax", u"0.06", u"0.00 USD")}}};
    o.taxLines = {taxLine(u"State Tax", u"0.06", u"11.94 USD")};
    o.subtotal = money(u"597.00 USD");
    o.discountTotal = money(u"10.00 USD");
    o.shippingTotal = money(u"0.00 USD");
    o.taxTotal = money(u"11.94 USD");
    o.total = money(u"598.94 USD");
    o.taxesIncluded = true;
    o.financialStatus = u"partially_refunded"_s;
    o.createdAt = utc(2008, 1, 10, 16, 0, 0);
    o.updatedAt = utc(2008, 1, 10, 16, 0, 1, 5);
    o.raw = parseObject(
        R"({"id":820982911946154508,"total_price":"598.94","rate":0.06,"nested":{"a":[1,2.5,null,true]}})");
    return o;
}

InvoiceLine sampleInvoiceLine()
{
    InvoiceLine l;
    l.id = u"INV-1-L1"_s;
    l.orderLineId = u"466157049"_s;
    l.sku = u"IPOD2008GREEN"_s;
    l.description = u"IPod Nano - 8gb - green"_s;
    l.quantity = dec(u"1");
    l.unitPrice = money(u"1.250 KWD");
    l.discount = money(u"0.125 KWD");
    l.taxLines = {taxLine(u"VAT", u"0.05", u"0.056 KWD")};
    l.total = money(u"1.181 KWD");
    return l;
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void addressJsonShape();
    void roundTripAddress();
    void roundTripTaxLine();
    void roundTripCustomer();
    void roundTripVariant();
    void roundTripProduct();
    void roundTripInventoryLevel();
    void roundTripOrderLine();
    void roundTripOrder();
    void roundTripInvoice();
    void roundTripCreditNote();
    void roundTripPayment();
    void roundTripRefund();
    void emptyRecordsRoundTrip();
    void orderJsonKeepsMoneyAsStrings();
    void defaultsWhenAbsent();
    void timestampsAreUtc();
    void errors_data();
    void errors();
    void documentCurrencyChecks();
    void jsonIdToString_data();
    void jsonIdToString();
    void jsonIdRejects_data();
    void jsonIdRejects();
    void qtKeepsBigIntegersExact();
    void shopifyBigIdOrder();
};

void TestRecords::addressJsonShape()
{
    Address a;
    a.city = u"Louisville"_s;
    a.countryCode = u"US"_s;
    QCOMPARE(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"city":"Louisville","company":"","country_code":"US","first_name":"",)"
                        R"("last_name":"","line1":"","line2":"","name":"","phone":"","postal_code":"",)"
                        R"("region":"","region_code":""})"));
}

void TestRecords::roundTripAddress()
{
    QVERIFY(roundTrips(sampleAddress()));
}

void TestRecords::roundTripTaxLine()
{
    const TaxLine t = taxLine(u"State Tax", u"0.060", u"3.98 USD");
    QVERIFY(roundTrips(t));
    QCOMPARE(
        QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"amount":{"amount":"3.98","currency":"USD"},"rate":"0.060","title":"State Tax"})"));
}

void TestRecords::roundTripCustomer()
{
    QVERIFY(roundTrips(sampleCustomer()));
}

void TestRecords::roundTripVariant()
{
    QVERIFY(roundTrips(sampleVariant()));
}

void TestRecords::roundTripProduct()
{
    Product p;
    p.id = u"632910392"_s;
    p.title = u"IPod Nano - 8GB"_s;
    p.description = u"<p>It's the small iPod with one very big idea.</p>"_s;
    p.vendor = u"Apple"_s;
    p.productType = u"Cult Products"_s;
    p.status = u"active"_s;
    p.tags = {u"Emotive"_s, u"Flash Memory"_s};
    Variant red = sampleVariant();
    red.id = u"49148385"_s;
    red.sku = u"IPOD2008RED"_s;
    red.compareAtPrice = Money();
    p.variants = {sampleVariant(), red};
    p.createdAt = utc(2024, 4, 2, 13, 59, 11);
    p.updatedAt = utc(2024, 4, 3, 0, 0, 0);
    p.raw = parseObject(R"({"id":632910392,"handle":"ipod-nano"})");
    QVERIFY(roundTrips(p));
}

void TestRecords::roundTripInventoryLevel()
{
    InventoryLevel level;
    level.sku = u"IPOD2008GREEN"_s;
    level.variantId = u"39072856"_s;
    level.inventoryItemId = u"808950810"_s;
    level.locationId = u"487838322"_s;
    level.available = dec(u"12.500");
    level.updatedAt = utc(2024, 4, 2, 13, 59, 11);
    level.raw = parseObject(R"({"available":12,"location_id":487838322})");
    QVERIFY(roundTrips(level));
    QString error;
    QCOMPARE(throughText(level, &error)->available.toString(), u"12.500"_s);
}

void TestRecords::roundTripOrderLine()
{
    QVERIFY(roundTrips(sampleOrderLine(u"IPOD2008GREEN")));
}

void TestRecords::roundTripOrder()
{
    const Order o = sampleOrder();
    QVERIFY(roundTrips(o));
    QString error;
    const std::optional<Order> back = throughText(o, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->id, u"820982911946154508"_s);
    QCOMPARE(back->exchangeRate.toString(), u"0.922339"_s);
    QCOMPARE(back->lines.at(1).sku, u"IPOD2008RED"_s);
    QCOMPARE(back->lines.at(1).quantity.toString(), u"2.500"_s);
    QCOMPARE(back->lines.at(0).taxLines.at(1).rate.toString(), u"0.0125"_s);
    QCOMPARE(back->total.toString(), u"598.94 USD"_s);
    QVERIFY(!back->shippingAddress.has_value());
    QVERIFY(!back->shippingLines.at(0).discount.isValid());
    QCOMPARE(back->customer->taxId, u"DE123456789"_s);
    QCOMPARE(back->updatedAt, utc(2008, 1, 10, 16, 0, 1, 5));
}

void TestRecords::roundTripInvoice()
{
    Invoice inv;
    inv.id = u"INV-0001"_s;
    inv.number = u"INV-0001"_s;
    inv.orderId = u"820982911946154508"_s;
    inv.customerId = u"207119551"_s;
    inv.currency = cur(u"KWD");
    inv.status = u"open"_s;
    inv.issuedAt = utc(2024, 4, 2, 0, 0, 0);
    inv.dueAt = utc(2024, 5, 2, 0, 0, 0);
    inv.lines = {sampleInvoiceLine(), sampleInvoiceLine()};
    inv.subtotal = money(u"2.250 KWD");
    inv.taxTotal = money(u"0.112 KWD");
    inv.total = money(u"2.362 KWD");
    inv.amountDue = money(u"2.362 KWD");
    inv.raw = parseObject(R"({"InvoiceID":"243216c5-369e-4056-ac67-05388f86dc81"})");
    QVERIFY(roundTrips(inv));
}

void TestRecords::roundTripCreditNote()
{
    CreditNote cn;
    cn.id = u"CN-0001"_s;
    cn.number = u"CN-0001"_s;
    cn.invoiceId = u"INV-0001"_s;
    cn.orderId = u"820982911946154508"_s;
    cn.refundId = u"509562969"_s;
    cn.customerId = u"207119551"_s;
    cn.currency = cur(u"JPY");
    cn.status = u"authorised"_s;
    cn.reason = u"it broke during shipping"_s;
    cn.issuedAt = utc(2024, 4, 2, 13, 59, 11);
    InvoiceLine line;
    line.orderLineId = u"703073504"_s;
    line.sku = u"IPOD2008BLACK"_s;
    line.quantity = dec(u"1");
    line.unitPrice = money(u"19900 JPY");
    line.total = money(u"19900 JPY");
    cn.lines = {line};
    cn.subtotal = money(u"19900 JPY");
    cn.taxTotal = money(u"1990 JPY");
    cn.total = money(u"21890 JPY");
    cn.raw = parseObject(R"({"CreditNoteID":"aea95d78-ea48-456b-9b08-6bc012600072","Total":21890})");
    QVERIFY(roundTrips(cn));
}

void TestRecords::roundTripPayment()
{
    Payment p;
    p.id = u"179259969"_s;
    p.orderId = u"450789469"_s;
    p.invoiceId = u"INV-0001"_s;
    p.amount = money(u"598.94 USD");
    p.kind = u"sale"_s;
    p.gateway = u"bogus"_s;
    p.method = u"card"_s;
    p.reference = u"authorization-key"_s;
    p.status = u"success"_s;
    p.processedAt = utc(2005, 8, 5, 16, 59, 12);
    p.raw = parseObject(R"({"id":179259969,"amount":"598.94"})");
    QVERIFY(roundTrips(p));
}

void TestRecords::roundTripRefund()
{
    Refund r;
    r.id = u"509562969"_s;
    r.orderId = u"450789469"_s;
    r.note = u"it broke during shipping"_s;
    r.lines = {RefundLine{u"104689539"_s, u"703073504"_s, u"IPOD2008BLACK"_s, dec(u"1"), money(u"195.66 USD"),
                          money(u"3.98 USD"), true}};
    r.shipping = Money();
    r.adjustment = money(u"-0.01 USD");
    r.total = money(u"199.63 USD");
    r.createdAt = utc(2024, 4, 2, 13, 59, 11);
    r.processedAt = utc(2024, 4, 2, 13, 59, 12);
    r.raw = parseObject(R"({"id":509562969,"restock":true})");
    QVERIFY(roundTrips(r));
}

void TestRecords::emptyRecordsRoundTrip()
{
    // Only the required fields set: everything else survives as its default.
    Order o;
    o.id = u"1"_s;
    o.currency = cur(u"EUR");
    QVERIFY(roundTrips(o));
    QVERIFY(roundTrips(Address{}));
    QVERIFY(roundTrips(Customer{}));
    QVERIFY(roundTrips(OrderLine{}));
    Product p;
    p.id = u"p"_s;
    QVERIFY(roundTrips(p));
}

void TestRecords::orderJsonKeepsMoneyAsStrings()
{
    const QJsonObject json = sampleOrder().toJson();
    QCOMPARE(json.value("exchange_rate"_L1), QJsonValue(u"0.922339"_s));
    QCOMPARE(json.value("currency"_L1), QJsonValue(u"USD"_s));
    QCOMPARE(json.value("base_currency"_L1), QJsonValue(u"EUR"_s));
    QCOMPARE(json.value("total"_L1).toObject().value("amount"_L1), QJsonValue(u"598.94"_s));
    QCOMPARE(json.value("created_at"_L1), QJsonValue(u"2008-01-10T16:00:00Z"_s));
    QCOMPARE(json.value("updated_at"_L1), QJsonValue(u"2008-01-10T16:00:01.005Z"_s));
    QCOMPARE(json.value("shipping_address"_L1), QJsonValue(QJsonValue::Null));
    const QJsonObject line = json.value("lines"_L1).toArray().at(0).toObject();
    QCOMPARE(line.value("quantity"_L1), QJsonValue(u"2.500"_s));
    QCOMPARE(line.value("unit_price"_L1).toObject().value("amount"_L1), QJsonValue(u"199.00"_s));
    QCOMPARE(line.value("tax_lines"_L1).toArray().at(0).toObject().value("rate"_L1), QJsonValue(u"0.06"_s));
}

void TestRecords::defaultsWhenAbsent()
{
    QString error;
    const std::optional<Order> o = Order::fromJson(parseObject(R"({"id":"A1","currency":"eur"})"), &error);
    QVERIFY2(o.has_value(), qPrintable(error));
    QCOMPARE(o->currency.code(), u"EUR"_s);
    QCOMPARE(o->exchangeRate.toString(), u"1"_s); // absent exchange rate means 1, not 0
    QVERIFY(!o->total.isValid());
    QVERIFY(!o->customer.has_value());
    QVERIFY(o->lines.isEmpty());
    QVERIFY(!o->createdAt.isValid());
    QCOMPARE(o->taxesIncluded, false);

    // A numeric id and numeric amounts from a lenient producer are taken exactly.
    const std::optional<Order> numeric =
        Order::fromJson(parseObject(R"({"id":820982911946154508,"currency":"USD","exchange_rate":1.0842,)"
                                    R"("total":{"amount":19.99,"currency":"USD"}})"),
                        &error);
    QVERIFY2(numeric.has_value(), qPrintable(error));
    QCOMPARE(numeric->id, u"820982911946154508"_s);
    QCOMPARE(numeric->exchangeRate.toString(), u"1.0842"_s);
    QCOMPARE(numeric->total.toString(), u"19.99 USD"_s);
}

void TestRecords::timestampsAreUtc()
{
    QString error;
    const std::optional<Payment> p =
        Payment::fromJson(parseObject(R"({"id":"1","processed_at":"2005-08-05T12:59:12-04:00"})"), &error);
    QVERIFY2(p.has_value(), qPrintable(error));
    QCOMPARE(p->processedAt, utc(2005, 8, 5, 16, 59, 12));
    QCOMPARE(p->processedAt.timeSpec(), Qt::UTC);
    QCOMPARE(p->toJson().value("processed_at"_L1), QJsonValue(u"2005-08-05T16:59:12Z"_s));

    const std::optional<Payment> india = Payment::fromJson(
        parseObject(R"({"id":"2","processed_at":"2024-04-02T08:59:11.250+05:30"})"), &error);
    QVERIFY2(india.has_value(), qPrintable(error));
    QCOMPARE(india->processedAt, utc(2024, 4, 2, 3, 29, 11, 250));
    QCOMPARE(india->toJson().value("processed_at"_L1), QJsonValue(u"2024-04-02T03:29:11.250Z"_s));

    const std::optional<Payment> zulu =
        Payment::fromJson(parseObject(R"({"id":"3","processed_at":"2024-12-31T23:59:59Z"})"), &error);
    QVERIFY2(zulu.has_value(), qPrintable(error));
    QCOMPARE(zulu->processedAt, utc(2024, 12, 31, 23, 59, 59));
}

void TestRecords::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray line = R"({"sku":"A","quantity":"1","unit_price":{"amount":"1.00","currency":"USD"}})";
    QTest::newRow("bad unit price in third line")
        << QByteArray(R"({"id":"1","currency":"USD","lines":[)" + line + "," + line
                      + R"(,{"sku":"C","unit_price":{"amount":"abc","currency":"USD"}}]})")
        << u"lines[2].unit_price.amount: \"abc\" is not a decimal number"_s;
    QTest::newRow("missing id") << QByteArray(R"({"currency":"USD"})") << u"id: missing (required)"_s;
    QTest::newRow("null id") << QByteArray(R"({"id":null,"currency":"USD"})") << u"id: missing (required)"_s;
    QTest::newRow("empty id") << QByteArray(R"({"id":"","currency":"USD"})") << u"id: must not be empty"_s;
    QTest::newRow("fractional id") << QByteArray(R"({"id":1.5,"currency":"USD"})")
                                   << u"id: 1.5 is not an integer id"_s;
    QTest::newRow("id beyond 64 bits")
        << QByteArray(R"({"id":18446744073709551616,"currency":"USD"})")
        << u"id: 18446744073709552000 is too large to be an exact integer id: its digits "
           u"were lost when the JSON was parsed (ids beyond 64 bits must be sent as strings)"_s;
    QTest::newRow("id is bool") << QByteArray(R"({"id":true,"currency":"USD"})")
                                << u"id: true is not an id (expected a string or an integer)"_s;
    QTest::newRow("missing currency") << QByteArray(R"({"id":"1"})") << u"currency: missing (required)"_s;
    QTest::newRow("unknown currency") << QByteArray(R"({"id":"1","currency":"EURO"})")
                                      << u"currency: \"EURO\" is not an ISO 4217 currency code"_s;
    QTest::newRow("lines not an array") << QByteArray(R"({"id":"1","currency":"USD","lines":"x"})")
                                        << u"lines: expected an array, got \"x\""_s;
    QTest::newRow("line not an object") << QByteArray(R"({"id":"1","currency":"USD","lines":[5]})")
                                        << u"lines[0]: expected an object, got 5"_s;
    QTest::newRow("nested address") << QByteArray(
        R"({"id":"1","currency":"USD","customer":{"addresses":[{},{"city":5}]}})")
                                    << u"customer.addresses[1].city: expected a string, got 5"_s;
    QTest::newRow("tax rate") << QByteArray(
        R"({"id":"1","currency":"USD","lines":[{"tax_lines":[{"rate":"6%"}]}]})")
                              << u"lines[0].tax_lines[0].rate: \"6%\" is not a decimal number"_s;
    QTest::newRow("money with too many decimals")
        << QByteArray(R"({"id":"1","currency":"JPY","total":{"amount":"10.5","currency":"JPY"}})")
        << u"total.amount: \"10.5\" has more decimals than JPY allows (0)"_s;
    QTest::newRow("money not an object") << QByteArray(R"({"id":"1","currency":"USD","total":"19.99"})")
                                         << u"total: expected an object, got \"19.99\""_s;
    QTest::newRow("timestamp without offset")
        << QByteArray(R"({"id":"1","currency":"USD","created_at":"2008-01-10T11:00:00"})")
        << u"created_at: \"2008-01-10T11:00:00\" is not an ISO 8601 timestamp with a UTC "
           u"offset (e.g. 2024-04-02T08:59:11Z)"_s;
    QTest::newRow("timestamp garbage")
        << QByteArray(R"({"id":"1","currency":"USD","updated_at":"yesterday"})")
        << u"updated_at: \"yesterday\" is not an ISO 8601 timestamp with a UTC offset "
           u"(e.g. 2024-04-02T08:59:11Z)"_s;
    QTest::newRow("bool field") << QByteArray(R"({"id":"1","currency":"USD","taxes_included":"yes"})")
                                << u"taxes_included: expected true or false, got \"yes\""_s;
    QTest::newRow("line in another currency")
        << QByteArray(R"({"id":"1","currency":"USD","lines":[{"sku":"A","unit_price":)"
                      R"({"amount":"1.00","currency":"GBP"}}]})")
        << u"lines[0].unit_price: currency GBP differs from the order's currency USD"_s;
    QTest::newRow("line tax in another currency")
        << QByteArray(R"({"id":"1","currency":"USD","lines":[{},{"tax_lines":[{"amount":)"
                      R"({"amount":"1","currency":"JPY"}}]}]})")
        << u"lines[1].tax_lines[0].amount: currency JPY differs from the order's currency USD"_s;
    QTest::newRow("total in another currency")
        << QByteArray(R"({"id":"1","currency":"USD","total":{"amount":"1.00","currency":"EUR"}})")
        << u"total: currency EUR differs from the order's currency USD"_s;
    QTest::newRow("raw not an object") << QByteArray(R"({"id":"1","currency":"USD","raw":[1]})")
                                       << u"raw: expected an object, got an array"_s;
}

void TestRecords::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Order> o = Order::fromJson(parseObject(json), &error);
    QVERIFY(!o.has_value());
    QCOMPARE(error, expected);
}

void TestRecords::documentCurrencyChecks()
{
    QString error;
    QVERIFY(!Invoice::fromJson(parseObject(R"({"id":"I1","currency":"KWD","lines":[{"total":)"
                                           R"({"amount":"1.00","currency":"USD"}}]})"),
                               &error));
    QCOMPARE(error, u"lines[0].total: currency USD differs from the invoice's currency KWD"_s);
    QVERIFY(!Invoice::fromJson(parseObject(R"({"id":"I1","currency":"KWD","amount_due":)"
                                           R"({"amount":"1.00","currency":"USD"}})"),
                               &error));
    QCOMPARE(error, u"amount_due: currency USD differs from the invoice's currency KWD"_s);
    QVERIFY(!CreditNote::fromJson(parseObject(R"({"id":"C1","currency":"EUR","lines":[{"tax_lines":)"
                                              R"([{"amount":{"amount":"1","currency":"JPY"}}]}]})"),
                                  &error));
    QCOMPARE(error,
             u"lines[0].tax_lines[0].amount: currency JPY differs from the credit note's currency EUR"_s);
}

void TestRecords::jsonIdToString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("big integer") << QByteArray("820982911946154508") << u"820982911946154508"_s;
    QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << u"9223372036854775807"_s;
    QTest::newRow("negative") << QByteArray("-42") << u"-42"_s;
    QTest::newRow("small") << QByteArray("450789469") << u"450789469"_s;
    QTest::newRow("string") << QByteArray("\"gid://shopify/Order/450789469\"")
                            << u"gid://shopify/Order/450789469"_s;
    QTest::newRow("string of digits") << QByteArray("\"00123\"") << u"00123"_s;
    QTest::newRow("integral double") << QByteArray("1e3") << u"1000"_s;
    QTest::newRow("2^53 as double") << QByteArray("9.007199254740992e15") << u"9007199254740992"_s;
    // Qt's parser turns any integral number that fits in qint64 into an integer, whatever its
    // notation: 8.2098291194615e17 arrives as the nearest double's value, 820982911946150016.
    // A producer's rounding cannot be detected here: only ids sent as strings are safe.
    QTest::newRow("exponent form") << QByteArray("8.2098291194615e17") << u"820982911946150016"_s;
}

void TestRecords::jsonIdToString()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    QString error;
    const std::optional<QString> id = LedgerLink::Model::jsonIdToString(value, &error);
    QVERIFY2(id.has_value(), qPrintable(error));
    QCOMPARE(*id, expected);
}

void TestRecords::jsonIdRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fraction") << QByteArray("1.5") << u"1.5 is not an integer id"_s;
    QTest::newRow("beyond qint64")
        << QByteArray("9223372036854775808")
        << u"9223372036854776000 is too large to be an exact integer id: its digits were lost "
           u"when the JSON was parsed (ids beyond 64 bits must be sent as strings)"_s;
    QTest::newRow("far beyond qint64")
        << QByteArray("1e300")
        << u"1e+300 is too large to be an exact integer id: its digits were lost "
           u"when the JSON was parsed (ids beyond 64 bits must be sent as strings)"_s;
    QTest::newRow("null") << QByteArray("null") << u"null is not an id (expected a string or an integer)"_s;
    QTest::newRow("object") << QByteArray("{}")
                            << u"an object is not an id (expected a string or an integer)"_s;
}

void TestRecords::jsonIdRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    QString error;
    QVERIFY(!LedgerLink::Model::jsonIdToString(value, &error).has_value());
    QCOMPARE(error, expected);
}

void TestRecords::qtKeepsBigIntegersExact()
{
    // The premise of jsonIdToString(): Qt 6 stores an integer that fits in qint64 exactly,
    // and writes it back exactly.
    const QJsonObject o = parseObject(R"({"id":820982911946154508})");
    QCOMPARE(o.value("id"_L1).toInteger(), Q_INT64_C(820982911946154508));
    QVERIFY(QJsonDocument(o).toJson(QJsonDocument::Compact).contains("820982911946154508"));
    // ...whereas through a double the last digits are gone.
    QCOMPARE(qint64(o.value("id"_L1).toDouble()), Q_INT64_C(820982911946154496));
}

void TestRecords::shopifyBigIdOrder()
{
    QFile file(QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + u": "_s + file.errorString()));
    QString text = QString::fromUtf8(file.readAll());

    // Every "id": <number> becomes the big id in the TEXT, so it never passes through a double.
    static const QRegularExpression idNumber(u"(\"id\"\\s*:\\s*)\\d+"_s);
    const qsizetype idCount = text.count(idNumber);
    QCOMPARE(idCount, qsizetype(15));
    text.replace(idNumber, u"\\1820982911946154508"_s);

    QJsonParseError parseError;
    const QJsonObject payload = QJsonDocument::fromJson(text.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    // Build the canonical order as a Shopify connector would.
    const auto id = [](const QJsonValue &v) {
        QString error;
        const std::optional<QString> s = LedgerLink::Model::jsonIdToString(v, &error);
        if (!s)
            qFatal("%s", qPrintable(error));
        return *s;
    };
    const auto amountIn = [](const QJsonValue &v, const Currency &c) {
        QString error;
        const std::optional<Money> m = Money::fromString(v.toString(), c, &error);
        if (!m)
            qFatal("%s", qPrintable(error));
        return *m;
    };
    const auto taxLines = [&](const QJsonArray &array, const Currency &c) {
        QList<TaxLine> result;
        for (const QJsonValue &t : array) {
            const QJsonObject tax = t.toObject();
            result.append(TaxLine{tax.value("title"_L1).toString(), *Decimal::fromJson(tax.value("rate"_L1)),
                                  amountIn(tax.value("price"_L1), c)});
        }
        return result;
    };
    const auto address = [](const QJsonObject &a) {
        Address result;
        result.name = a.value("name"_L1).toString();
        result.firstName = a.value("first_name"_L1).toString();
        result.lastName = a.value("last_name"_L1).toString();
        result.company = a.value("company"_L1).toString();
        result.line1 = a.value("address1"_L1).toString();
        result.line2 = a.value("address2"_L1).toString();
        result.city = a.value("city"_L1).toString();
        result.region = a.value("province"_L1).toString();
        result.regionCode = a.value("province_code"_L1).toString();
        result.postalCode = a.value("zip"_L1).toString();
        result.countryCode = a.value("country_code"_L1).toString();
        result.phone = a.value("phone"_L1).toString();
        return result;
    };

    Order order;
    order.id = id(payload.value("id"_L1));
    order.number = payload.value("name"_L1).toString();
    order.currency = *Currency::fromCode(payload.value("currency"_L1).toString());
    order.baseCurrency = order.currency;
    const Currency usd = order.currency;
    const QJsonObject customerJson = payload.value("customer"_L1).toObject();
    Customer customer;
    customer.id = id(customerJson.value("id"_L1));
    customer.email = customerJson.value("email"_L1).toString();
    customer.firstName = customerJson.value("first_name"_L1).toString();
    customer.lastName = customerJson.value("last_name"_L1).toString();
    customer.phone = customerJson.value("phone"_L1).toString();
    customer.defaultAddress = address(customerJson.value("default_address"_L1).toObject());
    customer.raw = customerJson;
    order.customer = customer;
    order.billingAddress = address(payload.value("billing_address"_L1).toObject());
    order.shippingAddress = address(payload.value("shipping_address"_L1).toObject());
    for (const QJsonValue &v : payload.value("line_items"_L1).toArray()) {
        const QJsonObject item = v.toObject();
        OrderLine line;
        line.id = id(item.value("id"_L1));
        line.productId = id(item.value("product_id"_L1));
        line.variantId = id(item.value("variant_id"_L1));
        line.sku = item.value("sku"_L1).toString();
        line.title = item.value("title"_L1).toString();
        line.vendor = item.value("vendor"_L1).toString();
        line.quantity = *Decimal::fromJson(item.value("quantity"_L1));
        line.unitPrice = amountIn(item.value("price"_L1), usd);
        Money discount = Money::zero(usd);
        for (const QJsonValue &a : item.value("discount_allocations"_L1).toArray())
            discount = *(discount + amountIn(a.toObject().value("amount"_L1), usd));
        line.discount = discount;
        line.taxLines = taxLines(item.value("tax_lines"_L1).toArray(), usd);
        line.total = *(line.unitPrice.times(line.quantity, RoundingMode::HalfEven) - discount);
        order.lines.append(line);
    }
    for (const QJsonValue &v : payload.value("discount_codes"_L1).toArray()) {
        const QJsonObject d = v.toObject();
        order.discounts.append(
            DiscountLine{d.value("code"_L1).toString(), QString(), amountIn(d.value("amount"_L1), usd)});
    }
    for (const QJsonValue &v : payload.value("shipping_lines"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        order.shippingLines.append(ShippingLine{
            id(s.value("id"_L1)), s.value("title"_L1).toString(), s.value("code"_L1).toString(),
            amountIn(s.value("price"_L1), usd), Money(), taxLines(s.value("tax_lines"_L1).toArray(), usd)});
    }
    order.taxLines = taxLines(payload.value("tax_lines"_L1).toArray(), usd);
    order.subtotal = amountIn(payload.value("subtotal_price"_L1), usd);
    order.discountTotal = amountIn(payload.value("total_discounts"_L1), usd);
    order.shippingTotal = amountIn(payload.value("total_shipping_price_set"_L1)
                                       .toObject()
                                       .value("shop_money"_L1)
                                       .toObject()
                                       .value("amount"_L1),
                                   usd);
    order.taxTotal = amountIn(payload.value("total_tax"_L1), usd);
    order.total = amountIn(payload.value("total_price"_L1), usd);
    order.taxesIncluded = payload.value("taxes_included"_L1).toBool();
    order.financialStatus = payload.value("financial_status"_L1).toString();
    order.createdAt = QDateTime::fromString(payload.value("created_at"_L1).toString(), Qt::ISODate).toUTC();
    order.updatedAt = QDateTime::fromString(payload.value("updated_at"_L1).toString(), Qt::ISODate).toUTC();
    order.raw = payload;

    // Canonical JSON -> text -> canonical JSON.
    QByteArray serialized;
    QString error;
    const std::optional<Order> back = throughText(order, &error, &serialized);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == order);

    // The id is exact in the canonical field (a string) and in raw (a number), in the text...
    QVERIFY(serialized.contains(R"("id": "820982911946154508")"));
    QVERIFY(serialized.contains(R"("id": 820982911946154508)"));
    // 6 canonical ids (order, customer, 3 lines, shipping line) + the 15 in raw + the 2 in
    // customer.raw (customer and default address).
    QCOMPARE(serialized.count("820982911946154508"), qsizetype(6 + 15 + 2));
    QVERIFY(!serialized.contains("8.2098291194615e+17"));
    QVERIFY(!serialized.contains("e+17"));
    // ...and after reading it back.
    QCOMPARE(back->id, u"820982911946154508"_s);
    QCOMPARE(back->raw.value("id"_L1).toInteger(), Q_INT64_C(820982911946154508));
    QCOMPARE(*LedgerLink::Model::jsonIdToString(back->raw.value("id"_L1)), u"820982911946154508"_s);
    QCOMPARE(back->customer->id, u"820982911946154508"_s);
    QCOMPARE(back->lines.at(0).productId, u"632910392"_s);

    // Totals match the payload's strings to the cent.
    QCOMPARE(back->number, u"#1001"_s);
    QCOMPARE(back->currency.code(), u"USD"_s);
    QCOMPARE(back->subtotal.amount().toString(), payload.value("subtotal_price"_L1).toString());
    QCOMPARE(back->total.amount().toString(), payload.value("total_price"_L1).toString());
    QCOMPARE(back->taxTotal.amount().toString(), payload.value("total_tax"_L1).toString());
    QCOMPARE(back->subtotal.toString(), u"597.00 USD"_s);
    QCOMPARE(back->discountTotal.toString(), u"10.00 USD"_s);
    QCOMPARE(back->shippingTotal.toString(), u"0.00 USD"_s);
    QCOMPARE(back->taxTotal.toString(), u"11.94 USD"_s);
    QCOMPARE(back->total.toString(), u"598.94 USD"_s);
    QCOMPARE(back->financialStatus, u"partially_refunded"_s);
    QCOMPARE(back->createdAt, utc(2008, 1, 10, 16, 0, 0));

    QCOMPARE(back->lines.size(), qsizetype(3));
    const QStringList skus{u"IPOD2008GREEN"_s, u"IPOD2008RED"_s, u"IPOD2008BLACK"_s};
    Money lineSum = Money::zero(usd);
    Money lineTax = Money::zero(usd);
    for (qsizetype i = 0; i < 3; ++i) {
        const OrderLine &line = back->lines.at(i);
        QCOMPARE(line.id, u"820982911946154508"_s);
        QCOMPARE(line.sku, skus.at(i));
        QCOMPARE(line.quantity.toString(), u"1"_s);
        QCOMPARE(line.unitPrice.toString(), u"199.00 USD"_s);
        QCOMPARE(line.taxLines.size(), qsizetype(1));
        // "rate": 0.06 is a JSON double: taken through its shortest text, exactly 0.06.
        QCOMPARE(line.taxLines.at(0).rate.toString(), u"0.06"_s);
        QCOMPARE(line.taxLines.at(0).amount.toString(), u"3.98 USD"_s);
        lineSum = *(lineSum + line.unitPrice.times(line.quantity, RoundingMode::HalfEven));
        lineTax = *(lineTax + line.taxLines.at(0).amount);
    }
    QCOMPARE(back->lines.at(0).discount.toString(), u"3.34 USD"_s);
    QCOMPARE(back->lines.at(0).total.toString(), u"195.66 USD"_s);
    // Cross-checks to the cent: lines add up to the subtotal, line taxes to the total tax,
    // and subtotal - discounts + shipping + tax is the total.
    QCOMPARE(lineSum, back->subtotal);
    QCOMPARE(lineTax, back->taxTotal);
    const Money recomputed =
        *(*(*(back->subtotal - back->discountTotal) + back->shippingTotal) + back->taxTotal);
    QCOMPARE(recomputed.toString(), u"598.94 USD"_s);

    // The refund in the payload carries JSON doubles (subtotal 195.66): exact all the same.
    const QJsonObject refundLine = back->raw.value("refunds"_L1)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("refund_line_items"_L1)
                                       .toArray()
                                       .at(0)
                                       .toObject();
    QCOMPARE(Money::exact(*Decimal::fromJson(refundLine.value("subtotal"_L1)), usd)->toString(),
             u"195.66 USD"_s);
    QCOMPARE(Money::exact(*Decimal::fromJson(refundLine.value("total_tax"_L1)), usd)->toString(),
             u"3.98 USD"_s);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
