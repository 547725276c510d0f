#!/usr/bin/env python3
"""Generate LedgerLink's SAP Business One (Service Layer) field catalog from the documented field lists below.

Usage: generate_sapb1_catalog.py OUTPUT.json
  The output is committed as resources/catalogs/sapb1.catalog.json; the product never runs this
  script. Needs nothing but python3. The output is deterministic: running it twice gives identical
  bytes, so a diff shows exactly what a change of the tables below changed.

SAP publishes no OpenAPI document for the Service Layer that this project holds; a live server's
$metadata needs a live company. SAP's "Service Layer API Reference" states that the Service Layer
and the DI API "share the majority of their metadata", and SAP's SDK Help documents every DI API
property on a page of its own (description, database field, length, read-only or read-write). The
field lists below are therefore written out here, object by object, each property's name as the
Service Layer spells it and its page in SAP's SDK Help:
  https://help.sap.com/doc/089315d8d0f8475a9fc84fb919b501a3/10.0/en-US/SDKHelp/SAPbobsCOM~<Object>~<Property>.html
(the members page of each object lists them all: SAPbobsCOM~<Object>_members.html). Only the
fields a store sync uses are listed, not the hundreds per object. The Service Layer names the
collections differently from the DI API's child objects, as its own examples and answers show:
DocumentLines (DI Document_Lines; SAP's API reference, POST Invoices), PaymentInvoices (DI
Payments_Invoices), BPAddresses (DI BPAddresses), ItemWarehouseInfoCollection (DI ItemWarehouseInfo)
and ItemPrices (DI ItemsPrices; a recorded Items answer). Types follow the Service Layer's JSON:
Edm.Double amounts and quantities are JSON numbers ("number"), Edm.Int32 keys "integer", dates
"date" (YYYY-MM-DD; b1s/v2 answers them as "YYYY-MM-DDT00:00:00Z"), enumerations strings whose
values are listed in the description ("One of: ...", from SAP's enumeration pages named there).

What is LedgerLink's own, and says so: which fields a mapping must not write beyond the SDK Help's
"Read-only property" (READ_ONLY lists them with the page that says so, or "LedgerLink" where it is
ours), which fields a create needs (REQUIRED: the SDK Help's "Mandatory property", or the
connector's own rule), the fields the connector fills (FILLED_BY_CONNECTOR), the LedgerLink
property "EmailAddress" on a document (never sent to SAP: the connector finds or creates the
customer by it), and the canonical concepts (CONCEPTS) for auto-map.
"""

import json
import sys

SDK = "https://help.sap.com/doc/089315d8d0f8475a9fc84fb919b501a3/10.0/en-US/SDKHelp/SAPbobsCOM~{}_members.html"

# A field: (path, type, description). Types: string, number, integer, date, boolean.
_YES_NO = "One of: tYES, tNO (BoYesNoEnum)."

# Documents (Orders, Invoices, CreditNotes): SAPbobsCOM~Documents_members.html.
_DOCUMENT = [
    ("DocEntry", "integer", "The document's internal key (Service Layer's id: Invoices(<DocEntry>))."),
    ("DocNum", "integer", "The document number Business One gives it (its numbering series)."),
    ("DocType", "string", "The document type. One of: dDocument_Items, dDocument_Service (BoDocumentTypes)."),
    ("DocDate", "date", "The posting date."),
    ("DocDueDate", "date", "The due date (payment due for invoices, delivery date for orders)."),
    ("TaxDate", "date", "The document date."),
    ("CardCode", "string", "The business partner (customer) code. Length: 15 characters."),
    ("CardName", "string", "The business partner name. Length: 100 characters."),
    ("NumAtCard", "string", "A unique code by which your customer identifies your company (the "
                            "customer's reference). Length: 100 characters."),
    ("DocCurrency", "string", "The document currency (the company's currency code)."),
    ("DocRate", "number", "The exchange rate of the document currency."),
    ("DiscountPercent", "number", "The document discount as a percentage."),
    ("TotalDiscount", "number", "The document discount as an amount."),
    ("DocTotal", "number", "The total amount of the document, tax included, in local currency."),
    ("DocTotalFc", "number", "The total amount of the document in the document's foreign currency."),
    ("VatSum", "number", "The total tax amount calculated for the document, in local currency."),
    ("VatSumFc", "number", "The total tax amount in the document's foreign currency."),
    ("PaidToDate", "number", "The amount paid so far, in local currency."),
    ("Comments", "string", "Remarks. Length: 254 characters."),
    ("JournalMemo", "string", "The journal entry's remarks. Length: 50 characters."),
    ("Address", "string", "The bill-to address (text). Length: 254 characters."),
    ("Address2", "string", "The ship-to address (text). Length: 254 characters."),
    ("SalesPersonCode", "integer", "The sales employee."),
    ("DocumentStatus", "string", "The document's status. One of: bost_Open, bost_Close (BoStatus)."),
    ("Cancelled", "string", "Whether the document was cancelled. " + _YES_NO),
    ("UpdateDate", "date", "The date the document was last changed."),
    ("UpdateTime", "string", "The time the document was last changed (HH:MM:SS)."),
    ("CreationDate", "date", "The date the document was created."),
    ("EmailAddress", "string", "LedgerLink's, not SAP's: the customer's e-mail address, by which the "
                               "connector finds the business partner (EmailAddress) or creates it when "
                               "CardCode is not mapped. Never sent to SAP Business One."),
]

# Document lines: SAPbobsCOM~Document_Lines_members.html.
_LINES = [
    ("DocumentLines[].LineNum", "integer", "The line number (a line is updated by it)."),
    ("DocumentLines[].ItemCode", "string", "The item code: the SKU. Length: 50 characters."),
    ("DocumentLines[].ItemDescription", "string", "The item name on the line. Length: 100 characters."),
    ("DocumentLines[].Quantity", "number", "The quantity."),
    ("DocumentLines[].UnitPrice", "number", "The price per unit before the line discount."),
    ("DocumentLines[].Price", "number", "The price per unit after the line discount."),
    ("DocumentLines[].PriceAfterVAT", "number", "The price per unit, tax included."),
    ("DocumentLines[].DiscountPercent", "number", "The line discount as a percentage."),
    ("DocumentLines[].Currency", "string", "The currency of the line's price."),
    ("DocumentLines[].TaxCode", "string", "The tax code of the line. Length: 8 characters."),
    ("DocumentLines[].TaxPercentagePerRow", "number", "The tax rate of the line, a percentage."),
    ("DocumentLines[].TaxTotal", "number", "The tax amount of the line, in local currency."),
    ("DocumentLines[].LineTotal", "number", "The line total before tax, after the line discount, in local "
                                            "currency."),
    ("DocumentLines[].RowTotalFC", "number", "The line total in the document's foreign currency."),
    ("DocumentLines[].WarehouseCode", "string", "The warehouse the item is taken from. Length: 8 characters."),
    ("DocumentLines[].AccountCode", "string", "The G/L account of the line (service documents)."),
    ("DocumentLines[].BaseType", "integer", "The type of the document the line copies (13: A/R invoice, "
                                            "17: sales order; -1: none)."),
    ("DocumentLines[].BaseEntry", "integer", "The DocEntry of the document the line copies."),
    ("DocumentLines[].BaseLine", "integer", "The LineNum of the line it copies."),
]

_BUSINESS_PARTNER = [
    ("CardCode", "string", "The business partner's identification key. Length: 15 characters."),
    ("CardName", "string", "The business partner's name. Length: 100 characters."),
    ("CardType", "string", "The type of the business partner. One of: cCustomer, cSupplier, cLid "
                           "(BoCardTypes)."),
    ("GroupCode", "integer", "The business partner group."),
    ("EmailAddress", "string", "The e-mail address. Length: 100 characters."),
    ("Phone1", "string", "The first telephone number."),
    ("Cellular", "string", "The mobile phone number."),
    ("FederalTaxID", "string", "The federal tax id (VAT number)."),
    ("Currency", "string", "The business partner's currency (## for all currencies)."),
    ("Valid", "string", "Whether the business partner is active. " + _YES_NO),
    ("Frozen", "string", "Whether the business partner is inactive. " + _YES_NO),
    ("BPAddresses[].AddressName", "string", "The address id."),
    ("BPAddresses[].AddressType", "string", "One of: bo_BillTo, bo_ShipTo (BoAddressType)."),
    ("BPAddresses[].Street", "string", "Street/PO box."),
    ("BPAddresses[].Block", "string", "Block."),
    ("BPAddresses[].City", "string", "City."),
    ("BPAddresses[].ZipCode", "string", "Zip code."),
    ("BPAddresses[].State", "string", "State."),
    ("BPAddresses[].Country", "string", "Country (its two-letter code)."),
    ("UpdateDate", "date", "The date the business partner was last changed."),
    ("UpdateTime", "string", "The time the business partner was last changed (HH:MM:SS)."),
    ("CreateDate", "date", "The date the business partner was created."),
]

_ITEM = [
    ("ItemCode", "string", "The item code: the SKU. Length: 50 characters."),
    ("ItemName", "string", "The item's description. Length: 100 characters."),
    ("ForeignName", "string", "The item's name in a foreign language."),
    ("BarCode", "string", "The item's bar code."),
    ("ItemsGroupCode", "integer", "The item group."),
    ("ItemType", "string", "One of: itItems, itLabor, itTravel, itFixedAssets (ItemTypeEnum)."),
    ("InventoryItem", "string", "Whether the item is kept in stock. " + _YES_NO),
    ("SalesItem", "string", "Whether the item is sold. " + _YES_NO),
    ("PurchaseItem", "string", "Whether the item is bought. " + _YES_NO),
    ("Valid", "string", "Whether the item is active. " + _YES_NO),
    ("Frozen", "string", "Whether the item is inactive. " + _YES_NO),
    ("QuantityOnStock", "number", "The quantity in stock in all warehouses."),
    ("QuantityOrderedByCustomers", "number", "The quantity committed to customers (open sales orders)."),
    ("DefaultWarehouse", "string", "The default warehouse."),
    ("SalesUnit", "string", "The sales unit of measure."),
    ("ItemPrices[].PriceList", "integer", "The price list."),
    ("ItemPrices[].Price", "number", "The item's price in that price list."),
    ("ItemPrices[].Currency", "string", "The currency of that price."),
    ("ItemWarehouseInfoCollection[].WarehouseCode", "string", "The warehouse code. Length: 8 characters."),
    ("ItemWarehouseInfoCollection[].InStock", "number", "The item's quantity in the warehouse."),
    ("ItemWarehouseInfoCollection[].Committed", "number", "The quantity of items committed to customers."),
    ("ItemWarehouseInfoCollection[].Ordered", "number", "The quantity ordered from vendors."),
    ("UpdateDate", "date", "The date the item was last changed."),
    ("UpdateTime", "string", "The time the item was last changed (HH:MM:SS)."),
    ("CreateDate", "date", "The date the item was created."),
]

_PAYMENT = [
    ("DocEntry", "integer", "The payment's internal key."),
    ("DocNum", "integer", "The payment's number."),
    ("DocType", "string", "One of: rCustomer, rAccount, rSupplier (BoRcptTypes)."),
    ("DocDate", "date", "The posting date."),
    ("DueDate", "date", "The due date."),
    ("CardCode", "string", "The business partner code or the account code. Length: 15 characters."),
    ("CardName", "string", "The business partner name."),
    ("DocCurrency", "string", "The payment currency."),
    ("DocRate", "number", "The exchange rate."),
    ("CashSum", "number", "The cash amount."),
    ("CashAccount", "string", "The G/L account of the cash payment."),
    ("TransferSum", "number", "The total payments transfer amount."),
    ("TransferAccount", "string", "The G/L account of the bank transfer."),
    ("TransferDate", "date", "The date of the bank transfer."),
    ("TransferReference", "string", "The reference information of the bank transfer. Length: 27 characters."),
    ("Reference1", "string", "The payment's reference (its number by default)."),
    ("Reference2", "string", "A second reference of the payment."),
    ("CounterReference", "string", "The counter reference."),
    ("Remarks", "string", "Remarks."),
    ("JournalRemarks", "string", "The journal entry's remarks."),
    ("Cancelled", "string", "Whether the payment was cancelled. " + _YES_NO),
    ("PaymentInvoices[].LineNum", "integer", "The line number."),
    ("PaymentInvoices[].DocEntry", "integer", "The DocEntry of the invoice paid."),
    ("PaymentInvoices[].SumApplied", "number", "The amount (of the invoice) paid."),
    ("PaymentInvoices[].AppliedFC", "number", "The amount paid in foreign currency."),
    ("PaymentInvoices[].InvoiceType", "string", "The type of the document paid. One of: it_Invoice, "
                                                "it_CredItnote, it_DownPayment, ... (BoRcptInvTypes)."),
]

# Catalog object -> (description, SDK Help object, fields).
OBJECTS = {
    "BusinessPartners": ("A business partner (entity set BusinessPartners; customers are CardType cCustomer).",
                         "BusinessPartners", _BUSINESS_PARTNER),
    "Items": ("An item (entity set Items), with its prices and its stock per warehouse.", "Items", _ITEM),
    "Orders": ("A sales order (entity set Orders, a Document), its lines inline.", "Documents", _DOCUMENT + _LINES),
    "Invoices": ("An A/R invoice (entity set Invoices, a Document), its lines inline.", "Documents",
                 _DOCUMENT + _LINES),
    "CreditNotes": ("An A/R credit memo (entity set CreditNotes, a Document), its lines inline.", "Documents",
                    _DOCUMENT + _LINES),
    "IncomingPayments": ("An incoming payment (entity set IncomingPayments), the invoices it pays inline.",
                         "Payments", _PAYMENT),
}

# What SAP sets and a mapping must not write: the SDK Help's "Read-only property" where it says so
# (VatSum, DocTotalSys, InStock, Committed, QuantityOnStock ...), and LedgerLink's reading for keys,
# numbers and change stamps Business One assigns.
READ_ONLY = {
    "DocEntry", "DocNum", "VatSum", "VatSumFc", "PaidToDate", "DocumentStatus", "Cancelled", "UpdateDate",
    "UpdateTime", "CreationDate", "CreateDate", "QuantityOnStock", "QuantityOrderedByCustomers",
    "DocumentLines[].TaxTotal", "DocumentLines[].LineTotal", "DocumentLines[].RowTotalFC",
    "ItemWarehouseInfoCollection[].InStock", "ItemWarehouseInfoCollection[].Committed",
    "ItemWarehouseInfoCollection[].Ordered", "DocTotalFc",
}

# What a create needs: the SDK Help's "Mandatory property" (CardCode of BusinessPartners,
# TransferSum when paying by transfer, WarehouseCode of a warehouse row) and Business One's rule
# that a document has lines with an item and a quantity and an item has a code.
REQUIRED = {
    "BusinessPartners": ["CardName", "CardType"],
    "Items": ["ItemCode"],
    "Orders": ["DocumentLines[].ItemCode", "DocumentLines[].Quantity", "DocDueDate"],
    "Invoices": ["DocumentLines[].ItemCode", "DocumentLines[].Quantity"],
    "CreditNotes": ["DocumentLines[].ItemCode", "DocumentLines[].Quantity"],
    "IncomingPayments": ["PaymentInvoices[].DocEntry", "PaymentInvoices[].SumApplied"],
}

# Required by SAP but filled by the connector (core/connectors/sapb1, resolveReferences()) when a
# mapping leaves them out, so not required of a mapping.
_BY_EMAIL = ("SAP requires it; when it is not mapped, LedgerLink finds the customer whose EmailAddress is the "
             "document's EmailAddress, or creates one (CardCode \"W\" + 14 hex digits of the address's SHA-1).")
FILLED_BY_CONNECTOR = {
    "BusinessPartners": {"CardCode": "SAP requires it; when it is not mapped, LedgerLink makes it from the "
                                     "EmailAddress (\"W\" + 14 hex digits of the address's SHA-1)."},
    "Orders": {"CardCode": _BY_EMAIL},
    "Invoices": {"CardCode": _BY_EMAIL},
    "CreditNotes": {"CardCode": _BY_EMAIL},
    "IncomingPayments": {"CardCode": "SAP requires it; when it is not mapped, LedgerLink takes the CardCode of "
                                     "the invoice the first PaymentInvoices row pays."},
}

MATCH_KEYS = {
    "BusinessPartners": "EmailAddress",
    "Items": "ItemCode",
    "Orders": "NumAtCard",
    "Invoices": "NumAtCard",
    "CreditNotes": "NumAtCard",
    "IncomingPayments": "Reference2",
}


def _line_concepts():
    return {
        "DocumentLines[].ItemCode": "line.sku",
        "DocumentLines[].ItemDescription": "line.title",
        "DocumentLines[].Quantity": "line.quantity",
        "DocumentLines[].UnitPrice": "line.unit_price",
        "DocumentLines[].TaxCode": "line.tax_code",
        "DocumentLines[].TaxTotal": "line.tax_amount",
        "DocumentLines[].LineTotal": "line.total",
    }


def _document_concepts():
    return {
        "NumAtCard": "order.number",
        "DocDate": "order.date",
        "DocCurrency": "order.currency",
        "DocRate": "order.exchange_rate",
        "Comments": "order.note",
        "TotalDiscount": "order.total_discount",
        "VatSum": "order.total_tax",
        "DocTotal": "order.total",
        "UpdateDate": "order.updated_at",
        "EmailAddress": "customer.email",
        "CardName": "customer.name",
        **_line_concepts(),
    }


CONCEPTS = {
    "BusinessPartners": {
        "CardCode": "customer.number",
        "CardName": "customer.name",
        "EmailAddress": "customer.email",
        "Phone1": "customer.phone",
        "FederalTaxID": "customer.tax_number",
        "Currency": "customer.currency",
        "CreateDate": "customer.created_at",
        "UpdateDate": "customer.updated_at",
    },
    "Items": {
        "ItemCode": "product.sku",
        "ItemName": "product.name",
        "BarCode": "product.barcode",
        "ItemPrices[].Price": "product.price",
        "QuantityOnStock": "inventory.quantity",
        "ItemWarehouseInfoCollection[].WarehouseCode": "inventory.location_id",
        "UpdateDate": "product.updated_at",
    },
    "Orders": _document_concepts(),
    "Invoices": {**_document_concepts(), "DocDueDate": "invoice.due_date"},
    "CreditNotes": {
        **{k: v for k, v in _document_concepts().items() if k not in ("DocTotal", "DocDate", "Comments")},
        "DocNum": "credit_note.number",
        "DocDate": "credit_note.date",
        "DocTotal": "credit_note.total",
        "Comments": "refund.note",
    },
    "IncomingPayments": {
        "TransferSum": "payment.amount",
        "DocDate": "payment.date",
        "DocCurrency": "payment.currency",
        "DocRate": "payment.exchange_rate",
        "Reference2": "payment.reference",
        "TransferAccount": "payment.account",
    },
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    output = sys.argv[1]
    objects = []
    for name, (description, sdk_object, fields) in OBJECTS.items():
        paths = [p for p, _, _ in fields]
        if len(set(paths)) != len(paths):
            sys.exit(f"{name}: a field is listed twice")
        required = set(REQUIRED.get(name, []))
        concepts = CONCEPTS.get(name, {})
        filled = FILLED_BY_CONNECTOR.get(name, {})
        for table in (required, concepts, filled, [MATCH_KEYS[name]]):
            for path in table:
                if path not in paths:
                    sys.exit(f"{name}.{path} is in the tables of this script but not in its field list")
        out = []
        for path, ftype, text in fields:
            if path in filled:
                text = f"{text} {filled[path]}"
            if path == MATCH_KEYS[name]:
                text = (f"{text} LedgerLink's match key: the connector looks the {name} record up by it "
                        "before a create (Service Layer has no idempotency key).")
            field = {"path": path, "type": ftype}
            if path in required:
                field["required"] = True
            if path in READ_ONLY:
                field["read_only"] = True
            field["description"] = text
            if path in concepts:
                field["concept"] = concepts[path]
            out.append(field)
        objects.append({
            "name": name,
            "description": f"{description} Fields: {SDK.format(sdk_object)}.",
            # The Service Layer sends no webhooks; the connector polls by UpdateDate.
            "triggers": ["poll", "schedule", "manual"],
            "fields": out,
        })
    catalog = {
        "catalog": "sapb1",
        "system": "SAP Business One Service Layer (b1s/v1, b1s/v2)",
        "generated_by": "core/mapping/catalogs/generate_sapb1_catalog.py from the field lists it holds (SAP SDK "
                        "Help); do not edit by hand",
        "objects": objects,
    }
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
