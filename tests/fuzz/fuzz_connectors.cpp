// libFuzzer target: the connectors' vendor-JSON → canonical parsers (Shopify, WooCommerce,
// Vendure, Tryton, Xero, QuickBooks, Business Central, SAP Business One, Zoho). Input: byte 0
// chooses the connector, byte 1 the catalog object, the rest is the vendor's JSON document.
// Every parser must answer a document or an error, whatever the JSON says; a canonical record
// it does produce must be a JSON object that serialises.
// Seeds: tests/fuzz/corpus/fuzz_connectors/ and, at run time, ../shared/peers/payloads/ with the
// two selector bytes put in front (run-fuzzers.sh).
#include "fuzzsupport.h"

#include "connectors/businesscentral/businesscentralcanonical.h"
#include "connectors/quickbooks/quickbookscanonical.h"
#include "connectors/sapb1/sapb1canonical.h"
#include "connectors/shopify/shopifycanonical.h"
#include "connectors/tryton/trytoncanonical.h"
#include "connectors/vendure/vendurecanonical.h"
#include "connectors/woocommerce/woocommercecanonical.h"
#include "connectors/xero/xerocanonical.h"
#include "connectors/zoho/zohocanonical.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;
namespace Connectors = LedgerLink::Connectors;
using Connectors::VendorRecord;
using LedgerLink::Model::Currency;

namespace {

using Parser = std::function<void(const QString &object, const QJsonObject &document, const QByteArray &raw)>;

struct Target
{
    QStringList objects;
    Parser parse;
};

/// A canonical record must be a JSON object (compact JSON round-trips it) or come with an error.
void checkCanonical(const std::optional<QJsonObject> &canonical, const QString &error)
{
    if (!canonical) {
        LEDGERLINK_FUZZ_CHECK(!error.isEmpty(), "a refused document says why");
        return;
    }
    const QByteArray json = QJsonDocument(*canonical).toJson(QJsonDocument::Compact);
    LEDGERLINK_FUZZ_CHECK(QJsonDocument::fromJson(json).object() == *canonical, "canonical JSON round-trips");
}

template<typename RecordOf, typename CanonicalOf>
void recordThenCanonical(RecordOf recordOf, CanonicalOf canonicalOf)
{
    QString error;
    const std::optional<VendorRecord> record = recordOf(&error);
    if (!record) {
        LEDGERLINK_FUZZ_CHECK(!error.isEmpty(), "a document without a record says why");
        return;
    }
    QString canonicalError;
    checkCanonical(canonicalOf(*record, &canonicalError), canonicalError);
}

const QList<Target> &targets()
{
    static const Currency eur = *Currency::fromCode(u"EUR");
    static const Currency usd = *Currency::fromCode(u"USD");
    static const QList<Target> list = {
        // 0 Shopify
        {{u"order"_s, u"customer"_s, u"product"_s, u"inventory_level"_s, u"refund"_s, u"transaction"_s,
          u"payout"_s},
         [](const QString &object, const QJsonObject &document, const QByteArray &) {
             namespace S = Connectors::Shopify;
             recordThenCanonical(
                 [&](QString *e) { return S::vendorRecord(object, document, e); },
                 [&](const VendorRecord &r, QString *e) { return S::toCanonical(r, eur, e); });
             if (object == u"order") {
                 QString error;
                 checkCanonical(S::orderToCanonicalInShopCurrency(document, &error), error);
                 if (const auto record = S::vendorRecord(object, document)) {
                     if (const auto parts = S::splitOrderByVendor(*record)) {
                         for (const VendorRecord &part : *parts) {
                             QString partError;
                             checkCanonical(S::orderToCanonical(part.document, &partError), partError);
                         }
                     }
                 }
             }
         }},
        // 1 WooCommerce
        {{u"order"_s, u"customer"_s, u"product"_s, u"refund"_s},
         [](const QString &object, const QJsonObject &document, const QByteArray &raw) {
             namespace W = Connectors::WooCommerce;
             recordThenCanonical(
                 [&](QString *e) { return W::vendorRecord(object, document, e); },
                 [&](const VendorRecord &r, QString *e) { return W::toCanonical(r, usd, e); });
             (void)W::decodeHtmlEntities(QString::fromUtf8(raw));
         }},
        // 2 Vendure
        {{u"order"_s, u"customer"_s, u"product"_s, u"variant"_s, u"refund"_s},
         [](const QString &object, const QJsonObject &document, const QByteArray &) {
             namespace V = Connectors::Vendure;
             recordThenCanonical([&](QString *e) { return V::vendorRecord(object, document, e); },
                                 [&](const VendorRecord &r, QString *e) { return V::toCanonical(r, e); });
         }},
        // 3 Tryton: a search_read row becomes a document, then a record, then canonical JSON
        {Connectors::Tryton::objectNames(),
         [](const QString &object, const QJsonObject &row, const QByteArray &) {
             namespace T = Connectors::Tryton;
             if (object == u"stock")
                 return;
             const QJsonObject document = T::documentOf(object, row, u"EUR"_s);
             const VendorRecord record = T::vendorRecord(object, document);
             QString error;
             checkCanonical(T::toCanonical(record, &error), error);
             // A row that is already a document (as tests and the sandbox pass them) too.
             QString rowError;
             checkCanonical(T::toCanonical(T::vendorRecord(object, row), &rowError), rowError);
         }},
        // 4 Xero
        {{u"Invoice"_s, u"CreditNote"_s, u"Contact"_s, u"Item"_s, u"Payment"_s, u"BankTransaction"_s},
         [](const QString &object, const QJsonObject &document, const QByteArray &) {
             namespace X = Connectors::Xero;
             recordThenCanonical(
                 [&](QString *e) { return X::vendorRecord(object, document, e); },
                 [&](const VendorRecord &r, QString *e) { return X::toCanonical(r, eur, e); });
         }},
        // 5 QuickBooks
        {Connectors::QuickBooks::objects(),
         [](const QString &object, const QJsonObject &document, const QByteArray &) {
             namespace Q = Connectors::QuickBooks;
             recordThenCanonical(
                 [&](QString *e) { return Q::vendorRecord(object, document, e); },
                 [&](const VendorRecord &r, QString *e) { return Q::toCanonical(r, usd, e); });
         }},
        // 6 Business Central
        {Connectors::BusinessCentral::objects(),
         [](const QString &object, const QJsonObject &document, const QByteArray &) {
             namespace B = Connectors::BusinessCentral;
             recordThenCanonical(
                 [&](QString *e) { return B::vendorRecord(object, document, e); },
                 [&](const VendorRecord &r, QString *e) { return B::toCanonical(r, usd, e); });
             (void)B::withDates(object, document);
             (void)B::withLineObjectNumbers(object, document, u"v2.0"_s);
         }},
        // 7 SAP Business One
        {Connectors::SapB1::objects(),
         [](const QString &object, const QJsonObject &document, const QByteArray &raw) {
             namespace B1 = Connectors::SapB1;
             recordThenCanonical([&](QString *e) { return B1::vendorRecord(object, document, e); },
                                 [&](const VendorRecord &r, QString *e) { return B1::toCanonical(r, e); });
             QString error;
             (void)B1::inventoryLevels(document, &error);
             (void)B1::errorText(raw);
             (void)B1::errorCode(raw);
         }},
        // 8 Zoho Books
        {Connectors::Zoho::objects(),
         [](const QString &object, const QJsonObject &document, const QByteArray &raw) {
             namespace Z = Connectors::Zoho;
             recordThenCanonical(
                 [&](QString *e) { return Z::vendorRecord(object, document, e); },
                 [&](const VendorRecord &r, QString *e) { return Z::toCanonical(r, eur, e); });
             (void)Z::matchKeyOf(object, document);
             (void)Z::errorText(raw);
             (void)Z::errorCode(raw);
         }},
    };
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    LedgerLink::Fuzz::initializeQt(argc, argv);
    (void)targets();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const Target &target = targets().at(data[0] % targets().size());
    if (target.objects.isEmpty())
        return 0;
    const QString &object = target.objects.at(data[1] % target.objects.size());
    const QByteArray raw = LedgerLink::Fuzz::bytesOf(data + 2, size - 2);
    const QJsonDocument json = QJsonDocument::fromJson(raw);
    if (!json.isObject())
        return 0;
    target.parse(object, json.object(), raw);
    return 0;
}
