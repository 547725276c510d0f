// The governance sheet: exact RFC 4180 CSV for a small document, and the printable HTML page.
#include "mapping/governancesheet.h"
#include "mapping/mappingdocument.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Mapping;

namespace {

MappingDocument sample()
{
    MappingDocument d;
    d.name = u"Shop \u2192 Books"_s;
    d.store = {u"Shop"_s, u"shopify"_s};
    d.erp = {u"Books"_s, u"xero"_s};
    ObjectRule order = *MappingDocument::defaultRule(u"order"_s);
    FieldMapping reference;
    reference.id = u"ref"_s;
    reference.source = u"name"_s;
    reference.target = u"Reference"_s;
    reference.note = u"Order number, as \"#1001\""_s;
    FieldMapping type;
    type.id = u"type"_s;
    type.target = u"Type"_s;
    type.defaultValue = QJsonValue(u"ACCREC"_s);
    FieldMapping name;
    name.id = u"name"_s;
    name.target = u"Contact.Name"_s;
    name.transform = u"$join([a, b], \" \")"_s;
    FieldMapping tax;
    tax.id = u"tax"_s;
    tax.source = u"line_items[].tax_lines"_s;
    tax.target = u"LineItems[].TaxType"_s;
    tax.transform = u"$[0].title"_s;
    tax.lookup = u"tax_types"_s;
    order.fields = {reference, type, name, tax};
    ObjectRule product = *MappingDocument::defaultRule(u"product"_s);
    FieldMapping title;
    title.id = u"title"_s;
    title.source = u"Name"_s;
    title.target = u"title"_s;
    title.note = u"line1\nline2"_s;
    product.fields = {title};
    ObjectRule refund = *MappingDocument::defaultRule(u"refund"_s);
    refund.direction = Direction::None;
    refund.trigger = {TriggerKind::Manual, 0, {}};
    refund.note = u"Later"_s;
    FieldMapping invoice;
    invoice.id = u"invoice"_s;
    invoice.source = u"order_id"_s;
    invoice.target = u"Allocations[].Invoice.InvoiceID"_s;
    invoice.linked = u"order"_s;
    refund.fields = {invoice};
    d.objects = {order, product, refund};
    return d;
}

} // namespace

class TestGovernanceSheet : public QObject
{
    Q_OBJECT

private slots:
    void csvIsRfc4180()
    {
        const QByteArray expected =
            "Object,Store field,ERP field,Direction,Owner,Trigger,Transform,Lookup,Note\r\n"
            "order,name,Reference,Store \xe2\x86\x92 ERP,Store,webhook,,,\"Order number, as "
            "\"\"#1001\"\"\"\r\n"
            "order,,Type,Store \xe2\x86\x92 ERP,Store,webhook,default: ACCREC,,\r\n"
            "order,,Contact.Name,Store \xe2\x86\x92 ERP,Store,webhook,\"$join([a, b], \"\" \"\")\",,\r\n"
            "order,line_items[].tax_lines,LineItems[].TaxType,Store \xe2\x86\x92 "
            "ERP,Store,webhook,$[0].title,"
            "tax_types,\r\n"
            "product,title,Name,ERP \xe2\x86\x92 Store,ERP,schedule daily 02:00,,,\"line1\nline2\"\r\n"
            "refund,order_id,Allocations[].Invoice.InvoiceID,none,Gateway,manual,"
            "\"the id of the record the rule \"\"order\"\" wrote for it\",,\r\n";
        QCOMPARE(sheetCsv(sample()), expected);
    }

    /// A note or transform a spreadsheet would run as a formula is exported as text.
    void csvKeepsFormulasAsText()
    {
        MappingDocument d = sample();
        d.objects[0].fields[0].note = u"=HYPERLINK(\"http://evil.example\")"_s;
        d.objects[0].fields[2].transform = u"-total"_s;
        const QByteArray csv = sheetCsv(d);
        QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\"\r\n"), csv.constData());
        QVERIFY2(csv.contains(",webhook,'-total,,\r\n"), csv.constData());
    }

    void rowsFollowTheDocument()
    {
        const QList<SheetRow> rows = sheetRows(sample());
        QCOMPARE(rows.size(), 6);
        // ERP → Store: the ERP field is the source, the store field the target.
        QCOMPARE(rows.at(4).storeField, u"title"_s);
        QCOMPARE(rows.at(4).erpField, u"Name"_s);
        QCOMPARE(sheetHeader().size(), 9);
    }

    void htmlIsPrintableAndEscaped()
    {
        const QString html = QString::fromUtf8(sheetHtml(sample()));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"_s));
        QVERIFY(html.contains(u"<title>Field-mapping sheet: Shop \u2192 Books</title>"_s));
        QVERIFY(html.contains(u"@media print"_s));
        QVERIFY(
            html.contains(u"<th>Object</th><th>Store field</th><th>ERP field</th><th>Direction</th>"
                          "<th>Owner</th><th>Trigger</th><th>Transform</th><th>Lookup</th><th>Note</th>"_s));
        QVERIFY(html.contains(u"<tr><td>order</td><td>name</td><td>Reference</td><td>Store \u2192 ERP</td>"
                              "<td>Store</td><td>webhook</td><td class=\"code\"></td><td></td>"
                              "<td>Order number, as &quot;#1001&quot;</td></tr>"_s));
        QVERIFY(html.contains(u"<li>Tax authority: Store</li>"_s));
        QVERIFY(html.contains(u"<li>Rollout stage: read_only</li>"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.endsWith(u"</html>\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestGovernanceSheet)
#include "tst_governancesheet.moc"
