#!/usr/bin/env python3
"""Generate LedgerLink's NetSuite field catalog from the record fields the REST API Browser documents.

Usage: generate_netsuite_catalog.py OUTPUT.json
  The output is committed as resources/catalogs/netsuite.catalog.json; the product never runs this
  script. Needs nothing but python3. The output is deterministic: running it twice gives identical
  bytes, so a diff shows exactly what a change of the tables below changed.

Oracle publishes no OpenAPI document for NetSuite's REST record service that this project holds
(the account's own metadata catalog, GET /services/rest/record/v1/metadata-catalog, needs a live
account). The field lists below are therefore written out here, record by record, each copied from
the REST API Browser's property table of that record (Oracle's browser:
https://system.netsuite.com/help/helpcenter/en_US/APIs/REST_API_Browser/record/v1/2024.2/index.html;
the names, types and labels were read from a public transcription of the browser's 2026.1 tables,
github.com/wsjmnh/netsuite-record-rest-docs, docs/schemas/<record>.md at commit
cbc24915c276cf202aaec491e4a88a78f34c5d1c, because the browser itself is a script page the tools at
hand cannot read). Only the fields a store sync uses are listed, not the browser's hundreds per
record; every name and type is the browser's. The labels are the browser's where it gives one;
references (which it leaves unlabelled) and tranId (labelled per record: "Invoice #", "Credit #")
are labelled here. The salesOrder list holds the fields the invoice and creditMemo tables share;
the salesOrder table itself was not read line by line.

What is LedgerLink's own, and says so: which fields a mapping must not write (READ_ONLY: totals,
statuses, dates and stock quantities NetSuite computes; the browser flags only `links` read-only),
which fields a create needs (REQUIRED, each citing the Oracle page that shows it), and the canonical
concepts (CONCEPTS) for auto-map.

Shapes: a reference to another record ({"id": "220", "refName": "..."}) is a catalog object with
"<field>.id" (what a mapping writes) and "<field>.refName" (read-only, NetSuite's display name).
A sublist is written and read as {"items": [...]} ("item.items[].quantity"), as Oracle's invoice
code sample sends it (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_161488248489.html).
"""

import json
import sys

BROWSER = "https://system.netsuite.com/help/helpcenter/en_US/APIs/REST_API_Browser/record/v1/2024.2/index.html"
TRANSCRIPTION = "github.com/wsjmnh/netsuite-record-rest-docs docs/schemas/{}.md (REST API Browser 2026.1)"

# A field: (path, type, label). Types as the browser gives them: "number" (double or float),
# "integer" (int64), "boolean", "string"; "date" and "datetime" are strings of format date and
# date-time; "ref" is a reference to another record (written as {"id": ...}).

# Body fields every sales transaction here has (invoice, salesOrder, creditMemo tables).
_TRANSACTION = [
    ("id", "string", "Internal ID"),
    ("externalId", "string", "External ID"),
    ("tranId", "string", "Document number"),
    ("tranDate", "date", "Date"),
    ("entity", "ref", "Customer"),
    ("currency", "ref", "Currency"),
    ("exchangeRate", "number", "Exchange Rate"),
    ("subsidiary", "ref", "Subsidiary"),
    ("location", "ref", "Location"),
    ("memo", "string", "Memo"),
    ("otherRefNum", "string", "PO/Check Number"),
    ("email", "string", "Email"),
    ("discountItem", "ref", "Discount item"),
    ("discountRate", "number", "Rate"),
    ("discountTotal", "number", "Discount Total"),
    ("shipMethod", "ref", "Shipping method"),
    ("shippingCost", "number", "Shipping Cost"),
    ("shippingTaxCode", "ref", "Shipping tax code"),
    ("subtotal", "number", "Subtotal"),
    ("taxTotal", "number", "Tax Total"),
    ("total", "number", "Total"),
    ("createdFrom", "ref", "Created From"),
    ("status", "ref", "Status"),
    ("createdDate", "datetime", "Date Created"),
    ("lastModifiedDate", "datetime", "Date Last Modified"),
]

# The item sublist's element (invoice-itemElement, salesOrder-itemElement, creditMemo-itemElement).
_ITEM_LINES = [
    ("item.items[].line", "integer", "Transaction Line"),
    ("item.items[].item", "ref", "Item"),
    ("item.items[].description", "string", "Description"),
    ("item.items[].quantity", "number", "Quantity"),
    ("item.items[].price", "ref", "Price level"),
    ("item.items[].rate", "number", "Rate"),
    ("item.items[].amount", "number", "Amount"),
    ("item.items[].isTaxable", "boolean", "Taxable"),
    ("item.items[].taxCode", "ref", "Tax code"),
    ("item.items[].taxRate1", "number", "Tax Rate"),
    ("item.items[].taxAmount", "number", "Tax Amount"),
    ("item.items[].units", "string", "Units"),
]

# The apply sublist's element (customerPayment-applyElement, creditMemo-applyElement).
_APPLY_LINES = [
    ("apply.items[].doc", "ref", "Applied transaction"),
    ("apply.items[].apply", "boolean", "Apply"),
    ("apply.items[].amount", "number", "Payment"),
    ("apply.items[].applyDate", "date", "Date"),
    ("apply.items[].due", "number", "Amt. Due"),
    ("apply.items[].total", "number", "Orig. Amt."),
    ("apply.items[].refNum", "string", "Ref No."),
    ("apply.items[].type", "string", "Type"),
    ("apply.items[].line", "integer", "Line Id"),
]

# Catalog object -> (description, browser tag, fields).
OBJECTS = {
    "inventoryItem": (
        "An inventory item (REST record inventoryItem): a product whose stock NetSuite keeps, per "
        "location in its locations sublist (locations.items[], read with expandSubResources=true).",
        "inventoryItem",
        [
            ("id", "string", "Internal ID"),
            ("externalId", "string", "External ID"),
            ("itemId", "string", "Item Name/Number"),
            ("displayName", "string", "Display Name/Code"),
            ("salesDescription", "string", "Sales Description"),
            ("storeDescription", "string", "Store Description"),
            ("upcCode", "string", "UPC Code"),
            ("mpn", "string", "Manufacturer Part Number"),
            ("isInactive", "boolean", "Inactive"),
            ("isOnline", "boolean", "Display in Website"),
            ("isTaxable", "boolean", "Taxable"),
            ("rate", "number", "Price"),
            ("cost", "number", "Purchase Price"),
            ("weight", "number", "Item Weight"),
            ("quantityAvailable", "number", "Quantity Available"),
            ("quantityOnHand", "number", "Quantity On Hand"),
            ("quantityCommitted", "number", "Quantity Committed"),
            # The stock per location: the `locations` sublist (inventoryItem-locationsCollection /
            # inventoryItem-locationsElement), inline when the item is read with
            # expandSubResources=true.
            ("locations.items[].location", "ref", "Location"),
            ("locations.items[].locationId", "integer", "Location"),
            ("locations.items[].quantityOnHand", "number", "Quantity On Hand"),
            ("locations.items[].quantityCommitted", "number", "Quantity Committed"),
            ("locations.items[].quantityAvailable", "number", "Quantity Available"),
            ("locations.items[].quantityOnOrder", "number", "Quantity On Order"),
            ("locations.items[].quantityBackOrdered", "number", "Quantity Back Ordered"),
            ("incomeAccount", "ref", "Income account"),
            ("salesTaxCode", "ref", "Sales tax code"),
            ("createdDate", "datetime", "Date Created"),
            ("lastModifiedDate", "datetime", "Last Modified"),
        ],
    ),
    "customer": (
        "A customer (REST record customer): a company or an individual NetSuite invoices.",
        "customer",
        [
            ("id", "string", "Internal ID"),
            ("externalId", "string", "External ID"),
            ("entityId", "string", "Entity ID"),
            ("isPerson", "boolean", "Is Individual"),
            ("companyName", "string", "Company Name"),
            ("firstName", "string", "First Name"),
            ("lastName", "string", "Last Name"),
            ("email", "string", "Email"),
            ("phone", "string", "Phone"),
            ("altEmail", "string", "Alt. Email"),
            ("mobilePhone", "string", "Mobile Phone"),
            ("subsidiary", "ref", "Primary subsidiary"),
            ("currency", "ref", "Currency"),
            ("terms", "ref", "Terms"),
            ("priceLevel", "ref", "Price level"),
            ("defaultTaxReg", "string", "Default Tax Reg. Number"),
            ("taxable", "boolean", "Taxable"),
            ("isInactive", "boolean", "Inactive"),
            ("comments", "string", "Comments"),
            ("balance", "number", "Balance"),
            ("dateCreated", "datetime", "Date Created"),
            ("lastModifiedDate", "datetime", "Last Modified Date"),
        ],
    ),
    "salesOrder": (
        "A sales order (REST record salesOrder), with its item sublist inline.",
        "salesOrder",
        _TRANSACTION + _ITEM_LINES,
    ),
    "invoice": (
        "An invoice (REST record invoice), with its item sublist inline.",
        "invoice",
        _TRANSACTION
        + [
            ("dueDate", "date", "Due Date"),
            ("terms", "ref", "Terms"),
            ("amountPaid", "number", "Amount Paid"),
            ("amountRemaining", "number", "Amount Remaining"),
        ]
        + _ITEM_LINES,
    ),
    "creditMemo": (
        "A credit memo (REST record creditMemo): credit given back to a customer, with its item "
        "sublist and the invoices it is applied to inline.",
        "creditMemo",
        _TRANSACTION
        + [
            ("applied", "number", "Applied"),
            ("amountRemaining", "number", "Amount Remaining"),
            ("autoApply", "boolean", "Auto Apply"),
        ]
        + _ITEM_LINES
        + _APPLY_LINES,
    ),
    "customerPayment": (
        "A customer payment (REST record customerPayment): money received, applied to invoices "
        "through its apply sublist.",
        "customerPayment",
        [
            ("id", "string", "Internal ID"),
            ("externalId", "string", "External ID"),
            ("tranId", "string", "Payment #"),
            ("tranDate", "date", "Date"),
            ("customer", "ref", "Customer"),
            ("currency", "ref", "Currency"),
            ("exchangeRate", "number", "Exchange Rate"),
            ("subsidiary", "ref", "Subsidiary"),
            ("account", "ref", "Account"),
            ("paymentOption", "ref", "Payment method"),
            ("payment", "number", "Payment Amount"),
            ("applied", "number", "Applied"),
            ("unapplied", "number", "Unapplied"),
            ("autoApply", "boolean", "Auto Apply"),
            ("memo", "string", "Memo"),
            ("checkNumber", "string", "Check #"),
            ("status", "ref", "Status"),
            ("createdDate", "datetime", "Date Created"),
            ("lastModifiedDate", "datetime", "Date Last Modified"),
        ]
        + _APPLY_LINES,
    ),
}

# What NetSuite sets and a mapping must not write (LedgerLink's reading; see the docstring).
_COMPUTED = ["id", "createdDate", "dateCreated", "lastModifiedDate", "status.id", "subtotal",
             "taxTotal", "total", "amountPaid", "amountRemaining", "applied", "unapplied", "balance",
             "quantityAvailable", "quantityOnHand", "quantityCommitted", "item.items[].line",
             "locations.items[].location.id", "locations.items[].locationId",
             "locations.items[].quantityOnHand", "locations.items[].quantityCommitted",
             "locations.items[].quantityAvailable", "locations.items[].quantityOnOrder",
             "locations.items[].quantityBackOrdered",
             "item.items[].taxAmount", "apply.items[].due", "apply.items[].total",
             "apply.items[].refNum", "apply.items[].type", "apply.items[].line"]

# What a create needs. From Oracle's pages: an invoice names its customer (entity) and each line its
# item (the code sample of "Invoice", section_161488248489; "Error Handling in REST Web Services",
# section_156570709583, shows a sales order refused for an invalid item). LedgerLink's reading, not
# a documented rule: a customer payment names its customer and amount, and an item its
# name/number (itemId, the browser's "Item Name/Number").
# entity.id, item.items[].item.id and a payment's customer.id are required by NetSuite but filled
# by LedgerLink's connector when a mapping leaves them out (FILLED_BY_CONNECTOR), so not required of
# a mapping.
REQUIRED = {
    "inventoryItem": ["itemId"],
    "customer": [],
    "salesOrder": [],
    "invoice": [],
    "creditMemo": [],
    "customerPayment": ["payment"],
}

# Ids NetSuite requires that LedgerLink's connector (core/connectors/netsuite, resolveReferences())
# fills when a mapping leaves them out: a store names its customer by e-mail and its lines by SKU,
# NetSuite wants internal ids. The refName beside such an id is what the connector finds the
# record by, so a mapping may write it (elsewhere a refName is NetSuite's and read only).
_CUSTOMER_BY_CONNECTOR = ("NetSuite requires it; when it is not mapped, LedgerLink finds the customer by the "
                          "transaction's email, else by entity.refName as its entity id, or creates it (a company "
                          "named entity.refName).")
_ITEM_BY_CONNECTOR = ("NetSuite requires it; when it is not mapped, LedgerLink finds the item whose name/number "
                      "(itemId) is item.items[].item.refName, the SKU.")
_PAYER_BY_CONNECTOR = ("NetSuite requires it; when it is not mapped, LedgerLink takes the customer of the invoice "
                       "the payment applies to (apply.items[].doc.id).")
_DOCUMENT_FILLED = {
    "entity.id": _CUSTOMER_BY_CONNECTOR,
    "entity.refName": "The customer's name: what LedgerLink finds or creates the customer by when entity.id is "
                      "not mapped and the transaction has no email.",
    "item.items[].item.id": _ITEM_BY_CONNECTOR,
    "item.items[].item.refName": "The item's name/number (itemId), the SKU: what LedgerLink finds the item by "
                                 "when item.items[].item.id is not mapped.",
}
FILLED_BY_CONNECTOR = {
    "salesOrder": _DOCUMENT_FILLED,
    "invoice": _DOCUMENT_FILLED,
    "creditMemo": _DOCUMENT_FILLED,
    "customerPayment": {"customer.id": _PAYER_BY_CONNECTOR},
}

# Text added to a field's description.
NOTES = {
    "externalId": "LedgerLink's match key: the connector creates a record once per externalId and finds it by "
                  "GET <record>/eid:<externalId>.",
    "customer.companyName": "A company customer needs it; an individual (isPerson) needs firstName and lastName instead.",
}


def _line_concepts():
    return {
        "item.items[].item.refName": "line.sku",
        "item.items[].description": "line.title",
        "item.items[].quantity": "line.quantity",
        "item.items[].rate": "line.unit_price",
        "item.items[].amount": "line.total",
        "item.items[].taxCode.id": "line.tax_code",
    }


CONCEPTS = {
    "inventoryItem": {
        "itemId": "product.sku",
        "displayName": "product.name",
        "salesDescription": "product.description",
        "rate": "product.price",
        "quantityAvailable": "inventory.quantity",
        "locations.items[].location.id": "inventory.location_id",
        "lastModifiedDate": "product.updated_at",
    },
    "customer": {
        "email": "customer.email",
        "companyName": "customer.company",
        "firstName": "customer.first_name",
        "lastName": "customer.last_name",
        "phone": "customer.phone",
        "defaultTaxReg": "customer.tax_number",
        "currency.id": "customer.currency",
        "dateCreated": "customer.created_at",
        "lastModifiedDate": "customer.updated_at",
    },
    "salesOrder": {
        "otherRefNum": "order.number",
        "tranDate": "order.date",
        "currency.id": "order.currency",
        "exchangeRate": "order.exchange_rate",
        "memo": "order.note",
        "taxTotal": "order.total_tax",
        "total": "order.total",
        "email": "customer.email",
        **_line_concepts(),
    },
    "invoice": {
        "otherRefNum": "order.number",
        "tranDate": "order.date",
        "dueDate": "invoice.due_date",
        "currency.id": "order.currency",
        "exchangeRate": "order.exchange_rate",
        "memo": "order.note",
        "taxTotal": "order.total_tax",
        "total": "order.total",
        "email": "customer.email",
        **_line_concepts(),
    },
    "creditMemo": {
        "tranId": "credit_note.number",
        "tranDate": "credit_note.date",
        "total": "credit_note.total",
        "memo": "refund.note",
        "currency.id": "order.currency",
        **_line_concepts(),
    },
    "customerPayment": {
        "payment": "payment.amount",
        "tranDate": "payment.date",
        "currency.id": "payment.currency",
        "exchangeRate": "payment.exchange_rate",
        "memo": "payment.reference",
        "paymentOption.id": "payment.method",
        "account.id": "payment.account",
    },
}

TYPES = {"number": "number", "integer": "integer", "boolean": "boolean", "string": "string",
         "date": "date", "datetime": "datetime"}


def expand(fields):
    """(path, type, description) rows: a reference becomes "<path>.id" and "<path>.refName"."""
    rows = []
    for path, ftype, label in fields:
        if ftype == "ref":
            rows.append((path + ".id", "string", f"{label}: the internal id of the record it names"))
            rows.append((path + ".refName", "string", f"{label}: NetSuite's name of the record (read only)"))
        else:
            rows.append((path, TYPES[ftype], label))
    return rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    output = sys.argv[1]
    objects = []
    for name, (description, tag, fields) in OBJECTS.items():
        rows = expand(fields)
        paths = [p for p, _, _ in rows]
        if len(set(paths)) != len(paths):
            sys.exit(f"{name}: a field is listed twice")
        required = set(REQUIRED.get(name, []))
        concepts = CONCEPTS.get(name, {})
        for table in (required, concepts):
            for path in table:
                if path not in paths:
                    sys.exit(f"{name}.{path} is in the tables of this script but not in its field list")
        filled = FILLED_BY_CONNECTOR.get(name, {})
        for path in filled:
            if path not in paths:
                sys.exit(f"{name}.{path} is in FILLED_BY_CONNECTOR but not in its field list")
        read_only = {p for p in paths if (p in _COMPUTED or p.endswith(".refName")) and p not in filled}
        source = f"{BROWSER}#tag-{tag} ({TRANSCRIPTION.format(tag)})"
        out = []
        for path, ftype, label in rows:
            text = label
            note = NOTES.get(path) or NOTES.get(f"{name}.{path}")
            if note:
                text = f"{text}. {note}"
            if path in filled:
                text = filled[path] if path.endswith(".refName") else f"{text}. {filled[path]}"
            field = {"path": path, "type": ftype}
            if path in required:
                field["required"] = True
            if path in read_only:
                field["read_only"] = True
            field["description"] = text
            if path in concepts:
                field["concept"] = concepts[path]
            out.append(field)
        objects.append({
            "name": name,
            "description": f"{description} Fields: {source}.",
            # NetSuite's REST web services send no webhooks; the connector polls (SuiteQL by
            # lastmodifieddate).
            "triggers": ["poll", "schedule", "manual"],
            "fields": out,
        })
    catalog = {
        "catalog": "netsuite",
        "system": "NetSuite REST web services, record API v1",
        "generated_by": "core/mapping/catalogs/generate_netsuite_catalog.py from the REST API Browser's record "
                        "tables; do not edit by hand",
        "objects": objects,
    }
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
