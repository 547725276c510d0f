#!/usr/bin/env python3
"""Generate LedgerLink's Business Central field catalog from Microsoft's published OpenAPI spec.

Usage: generate_businesscentral_catalog.py SPEC_DIR OUTPUT.json
  SPEC_DIR holds bc-v1.0-BCOAS1.0.yaml, the only OpenAPI document Microsoft publishes for the
  Business Central standard API (v1.0; in this project: ../shared/peers/specs/business-central).
  The output is committed as resources/catalogs/businesscentral.catalog.json; the product never
  reads the spec at run time.

Needs python3 and PyYAML (Debian: python3-yaml). The output is deterministic: running it twice on
the same spec gives identical bytes, so a diff shows exactly what a spec update changed.

What comes from the spec: every field path and its type, the complex types (postal address, unit of
measure, line details) flattened one level, the document lines (a navigation property such as
salesInvoiceLines, written inline in one deep-insert POST), and nullable: false as "required".
The spec is generated from the OData $metadata and says nothing else: no readOnly, no enum, no
required list, no descriptions beyond "(v1.0) The x property for the ... entity". What this script
adds, each from Microsoft's v1.0 API reference (the property tables of the resource pages) and kept
in the tables below: the read-only fields (READ_ONLY), the fields a create needs (REQUIRED), the
values of text fields that take only a few (ENUMS), the document dates the spec types wrongly
(DATE_FIELDS), the objects that can deliver webhooks (WEBHOOK_ENTITY_SETS) and the canonical
concepts (CONCEPTS).
"""

import json
import sys

import yaml

SPEC_FILE = "bc-v1.0-BCOAS1.0.yaml"

# Microsoft's v1.0 API reference; every table below cites a page under it.
DOCS = "https://learn.microsoft.com/en-us/dynamics365/business-central/dev-itpro/api-reference/v1.0/"

# Objects of the catalog: catalog name -> (schema name in components/schemas, entity set under
# /companies({company_id})/). The generator checks the spec has POST on the entity set.
OBJECTS = {
    "item": ("item", "items"),
    "customer": ("customer", "customers"),
    "salesOrder": ("salesOrder", "salesOrders"),
    "salesInvoice": ("salesInvoice", "salesInvoices"),
    "salesCreditMemo": ("salesCreditMemo", "salesCreditMemos"),
    "customerPayment": ("customerPayment", "customerPayments"),
}

# Navigation properties written inline: Business Central takes a document with its lines in one
# POST (OData deep insert), so the lines are fields of the document ("salesInvoiceLines[].quantity").
# Every other navigation property (customer, currency, item, picture, pdfDocument ...) is another
# entity, read with $expand and never written through this one: left out.
DEEP_INSERT = {
    "salesOrder": ["salesOrderLines"],
    "salesInvoice": ["salesInvoiceLines"],
    "salesCreditMemo": ["salesCreditMemoLines"],
}

# The OData entity tag Business Central puts on every entity it returns. The connector sends it
# back as If-Match on PATCH and DELETE, and Business Central refuses a write whose tag is stale
# (the v2.0 pages mark If-Match "Required", e.g. https://learn.microsoft.com/en-us/dynamics365/
# business-central/dev-itpro/api-reference/v2.0/api/dynamics_salesinvoice_delete).
# The spec does not list it because OData annotations are not properties.
ETAG = ("@odata.etag", "string", True,
        "OData entity tag of the record as read; the connector sends it back as If-Match on PATCH "
        "and DELETE so a stale write is refused.")

# THE KNOWN SPEC BUG. The v1.0 spec types the document dates as "format: date-time", while the
# API takes and returns an Edm.Date ("2019-01-15"): the v1.0 resource pages give them type "date"
# (DOCS resources/dynamics_salesinvoice: "invoiceDate | date | The invoice date.", likewise
# dynamics_salesorder, dynamics_salescreditmemo, dynamics_customerpayment and the line pages for
# shipmentDate), every request example sends "invoiceDate": "2015-12-31", and
# ../shared/peers/PEERS.md says so too ("note it types `invoiceDate` as date-time while the real
# API takes a date"). A date-time sent to such a field is refused, so the catalog types these as
# date. The generator stops if one of them is no longer date-time in the spec (a fixed spec).
DATE_FIELDS = {
    "salesOrder": ["orderDate", "requestedDeliveryDate", "salesOrderLines[].shipmentDate"],
    "salesInvoice": ["invoiceDate", "dueDate", "salesInvoiceLines[].shipmentDate"],
    "salesCreditMemo": ["creditMemoDate", "dueDate", "salesCreditMemoLines[].shipmentDate"],
    "customerPayment": ["postingDate"],
}
DATE_NOTE = "(the v1.0 spec types this date-time; Business Central takes a date, YYYY-MM-DD)"

# Read-only fields: the ones the v1.0 resource pages call "Non-editable" or "Read-Only"
# (DOCS resources/dynamics_item, dynamics_customer, dynamics_salesorder, dynamics_salesorderline,
# dynamics_salesinvoice, dynamics_salesinvoiceline, dynamics_salescreditmemo,
# dynamics_salescreditmemoline, dynamics_customerpayment). The spec marks none.
_LINE_TOTALS = ["id", "discountAppliedBeforeTax", "amountExcludingTax", "taxPercent", "totalTaxAmount",
                "amountIncludingTax", "invoiceDiscountAllocation", "netAmount", "netTaxAmount",
                "netAmountIncludingTax"]
_DOCUMENT = ["id", "number", "customerName", "pricesIncludeTax", "totalAmountExcludingTax", "totalTaxAmount",
             "totalAmountIncludingTax", "status", "lastModifiedDateTime"]
READ_ONLY = {
    "item": ["id", "inventory", "lastModifiedDateTime"],
    "customer": ["id", "lastModifiedDateTime"],
    # discountAppliedBeforeTax: read-only on orders only. shippedQuantity/invoicedQuantity: what
    # posting has shipped and invoiced ("already shipped", "already invoiced"); posting sets them.
    "salesOrder": _DOCUMENT + ["discountAppliedBeforeTax"]
    + ["salesOrderLines[]." + f for f in _LINE_TOTALS + ["shippedQuantity", "invoicedQuantity"]],
    # remainingAmount is not in the v1.0 property table; it is the unpaid balance Business Central
    # computes from the posted customer ledger entries.
    "salesInvoice": _DOCUMENT + ["orderId", "orderNumber", "remainingAmount"]
    + ["salesInvoiceLines[]." + f for f in _LINE_TOTALS],
    "salesCreditMemo": _DOCUMENT + ["salesCreditMemoLines[]." + f for f in _LINE_TOTALS],
    "customerPayment": ["id", "lastModifiedDateTime"],
}

# Fields a create needs beyond what the spec says (it only has nullable: false, on ids and the
# customer's displayName). Kept to what the v1.0 pages say; where Business Central takes one of
# two fields, the catalog asks for the one named here and NOTES says the other is accepted.
REQUIRED = {
    # DOCS resources/dynamics_item: type "This is a required property." displayName: the item's
    # description, shown on every document line; number may be left to the number series.
    "item": ["displayName", "type"],
    # customer.displayName is nullable: false in the spec already.
    "customer": [],
    # DOCS api/dynamics_create_salesinvoice (and _salesorder, _salescreditmemo): the customer is
    # given by customerNumber (or customerId); lines: api/dynamics_create_salesinvoiceline sends
    # lineType, itemId and quantity (accountId sets lineType "Account" instead of an item).
    "salesOrder": ["customerNumber", "salesOrderLines[].lineType", "salesOrderLines[].quantity"],
    "salesInvoice": ["customerNumber", "salesInvoiceLines[].lineType", "salesInvoiceLines[].quantity"],
    "salesCreditMemo": ["customerNumber", "salesCreditMemoLines[].lineType",
                        "salesCreditMemoLines[].quantity"],
    # DOCS resources/dynamics_customerpayment and api/dynamics_create_customerpayment name no
    # required property; the journal is the one in the URL (customerPaymentJournals({id})/
    # customerPayments).
    "customerPayment": [],
}

# Text added to a field's description.
_CUSTOMER_NOTE = "Business Central also takes customerId instead."
NOTES = {
    "salesOrder": {"customerNumber": _CUSTOMER_NOTE},
    "salesInvoice": {"customerNumber": _CUSTOMER_NOTE},
    "salesCreditMemo": {"customerNumber": _CUSTOMER_NOTE},
}

# Values of text fields that take only a few, from the v1.0 property tables (the spec has no enum).
_LINE_TYPES = ["Comment", "Account", "Item", "Resource", "Fixed Asset", "Charge"]
_INVOICE_STATUS = ["Draft", "In Review", "Open", "Paid", "Canceled", "Corrective"]
ENUMS = {
    "item": {"type": ["Inventory", "Service", "Non-Inventory"]},
    "customer": {"type": ["Company", "Person"]},
    "salesOrder": {"status": ["Draft", "Cancelled", "Paid", "On hold", "Created"],
                   "salesOrderLines[].lineType": _LINE_TYPES},
    "salesInvoice": {"status": _INVOICE_STATUS, "salesInvoiceLines[].lineType": _LINE_TYPES},
    "salesCreditMemo": {"status": _INVOICE_STATUS, "salesCreditMemoLines[].lineType": _LINE_TYPES},
}

# Entity sets that deliver webhooks ("subscriptions" API): the list of supported entities of
# DOCS dynamics_subscriptions. customerPayments is not in it (its journal, customerPaymentJournals,
# is). A notification for a document is sent when one of its lines changes too.
WEBHOOK_ENTITY_SETS = {"items", "customers", "salesOrders", "salesInvoices", "salesCreditMemos"}
# Whether LedgerLink receives them: its webhook receiver (core/net, Net::WebhookVendor) does not
# take Business Central's subscriptions yet, so no object offers the trigger "webhook" (a rule could
# choose it and never fire); the connector polls by lastModifiedDateTime.
WEBHOOKS_RECEIVED = False


def _line_concepts(lines):
    return {
        lines + "[].lineDetails.number": "line.sku",
        lines + "[].description": "line.title",
        lines + "[].quantity": "line.quantity",
        lines + "[].unitPrice": "line.unit_price",
        lines + "[].discountAmount": "line.discount",
        lines + "[].taxCode": "line.tax_code",
        lines + "[].totalTaxAmount": "line.tax_amount",
    }


# Canonical concepts (core/model's vocabulary) for auto-map. Business Central's own ids and numbers
# get none: its invoice number is not the store's order number, which goes into
# externalDocumentNumber ("The external document number").
CONCEPTS = {
    "item": {
        "number": "product.sku",
        "displayName": "product.name",
        "unitPrice": "product.price",
        "gtin": "product.barcode",
        "inventory": "inventory.quantity",
        "lastModifiedDateTime": "product.updated_at",
    },
    "customer": {
        "number": "customer.number",
        "displayName": "customer.name",
        "email": "customer.email",
        "phoneNumber": "customer.phone",
        "taxRegistrationNumber": "customer.tax_number",
        "currencyCode": "customer.currency",
        "lastModifiedDateTime": "customer.updated_at",
    },
    "salesOrder": {
        "externalDocumentNumber": "order.number",
        "orderDate": "order.date",
        "currencyCode": "order.currency",
        "pricesIncludeTax": "order.taxes_included",
        "discountAmount": "order.total_discount",
        "totalAmountExcludingTax": "order.subtotal",
        "totalTaxAmount": "order.total_tax",
        "totalAmountIncludingTax": "order.total",
        "customerName": "customer.name",
        "email": "customer.email",
        "phoneNumber": "customer.phone",
        **_line_concepts("salesOrderLines"),
    },
    "salesInvoice": {
        "externalDocumentNumber": "order.number",
        "customerPurchaseOrderReference": "order.po_number",
        "invoiceDate": "order.date",
        "dueDate": "invoice.due_date",
        "currencyCode": "order.currency",
        "pricesIncludeTax": "order.taxes_included",
        "discountAmount": "order.total_discount",
        "totalAmountExcludingTax": "order.subtotal",
        "totalTaxAmount": "order.total_tax",
        "totalAmountIncludingTax": "order.total",
        "status": "invoice.status",
        "customerName": "customer.name",
        "email": "customer.email",
        "phoneNumber": "customer.phone",
        **_line_concepts("salesInvoiceLines"),
    },
    "salesCreditMemo": {
        "externalDocumentNumber": "credit_note.reference",
        "creditMemoDate": "credit_note.date",
        "currencyCode": "order.currency",
        "totalAmountIncludingTax": "credit_note.total",
        "email": "customer.email",
        **_line_concepts("salesCreditMemoLines"),
    },
    "customerPayment": {
        "amount": "payment.amount",
        "postingDate": "payment.date",
        "externalDocumentNumber": "payment.reference",
    },
}


def strip_version(text):
    """Every description of the spec starts with "(v1.0) "; the catalog's system says v1.0 already."""
    text = " ".join(str(text).split())
    return text[len("(v1.0) "):] if text.startswith("(v1.0) ") else text


def field_type(prop):
    fmt = prop.get("format")
    if fmt == "date-time":
        return "datetime"
    if fmt == "date":
        return "date"
    # "format: decimal" (Edm.Decimal) arrives as a JSON number ("unitPrice": 54.9): number, as the
    # Xero catalog types its amounts.
    t = prop.get("type", "string")
    return {"number": "number", "integer": "integer", "boolean": "boolean",
            "object": "object", "array": "array"}.get(t, "string")


def sentence(text, more):
    """text with the sentence more after it ("The invoice date. One of: ...")."""
    if not text:
        return more
    return text + ("" if text.endswith(".") else ".") + " " + more


def describe(prop):
    text = strip_version(prop.get("description", ""))
    if prop.get("format") == "uuid":
        text = (text + " " if text else "") + "(GUID)"
    if "enum" in prop:
        text = sentence(text, "One of: " + ", ".join(str(v) for v in prop["enum"]) + ".")
    return text


def resolve(schemas, prop):
    """A property with its $ref and allOf merged in (the referenced schema's keys first, the
    property's own, such as nullable, over them). Returns (merged, name of the referenced schema)."""
    merged, ref = {}, None
    parts = list(prop.get("allOf", []))
    if "$ref" in prop:
        parts.insert(0, {"$ref": prop["$ref"]})
    for part in parts:
        if "$ref" in part:
            ref = part["$ref"].rsplit("/", 1)[-1]
            merged.update(schemas[ref])
        else:
            merged.update(part)
    merged.update({k: v for k, v in prop.items() if k not in ("$ref", "allOf")})
    return merged, ref


def flatten(schemas, entities, schema_name, prefix, deep_insert, out):
    """Fields of a schema as (path, type, nullable, description). A complex type (a schema that is
    no entity: postal address, unit of measure, line details) is flattened into "a.b"; a list of
    them into "a[].b"; a navigation property (a $ref to an entity) is left out unless deep_insert
    names it, then its entity's fields become "lines[].field"."""
    for name, raw in schemas[schema_name].get("properties", {}).items():
        prop, ref = resolve(schemas, raw)
        path = prefix + name
        nullable = prop.get("nullable", True)
        if prop.get("type") == "array" and "items" in prop:
            items, item_ref = resolve(schemas, prop["items"])
            if item_ref is None:
                out.append((path, "array", nullable, describe(prop)))
            elif item_ref not in entities:
                flatten(schemas, entities, item_ref, path + "[].", (), out)
            elif name in deep_insert:
                flatten(schemas, entities, item_ref, path + "[].", (), out)
            continue
        if ref is not None:
            if ref not in entities:
                flatten(schemas, entities, ref, path + ".", (), out)
            continue
        out.append((path, field_type(prop), nullable, describe(prop)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    spec_dir, output = sys.argv[1], sys.argv[2]
    with open(f"{spec_dir}/{SPEC_FILE}", encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    schemas = spec["components"]["schemas"]
    # The spec tags every entity type (one tag per entity, none for the complex types).
    entities = {tag["name"] for tag in spec.get("tags", [])}
    descriptions = {tag["name"]: strip_version(tag.get("description", "")) for tag in spec.get("tags", [])}

    objects = []
    for name, (schema_name, entity_set) in OBJECTS.items():
        if "post" not in spec["paths"].get(f"/companies({{company_id}})/{entity_set}", {}):
            sys.exit(f"{name}: the spec has no POST /companies({{company_id}})/{entity_set}")
        fields = []
        flatten(schemas, entities, schema_name, "", DEEP_INSERT.get(name, ()), fields)
        types = {p: t for p, t, _, _ in fields}
        for lines in DEEP_INSERT.get(name, []):
            if not any(p.startswith(lines + "[].") for p in types):
                sys.exit(f"{name}.{lines} is in DEEP_INSERT but not a list of entities in the spec")
        dates = set(DATE_FIELDS.get(name, []))
        for path in dates:
            if types.get(path) != "datetime":
                sys.exit(f"{name}.{path} is in DATE_FIELDS but the spec does not type it date-time "
                         "(any more?): check and update the table")
        read_only = set(READ_ONLY.get(name, []))
        required = set(REQUIRED.get(name, [])) | {p for p, _, nullable, _ in fields
                                                  if nullable is False and p not in read_only}
        concepts = CONCEPTS.get(name, {})
        notes = NOTES.get(name, {})
        enums = ENUMS.get(name, {})
        for table in (read_only, required, concepts, notes, enums):
            for path in table:
                if path not in types:
                    sys.exit(f"{name}.{path} is in the tables of this script but not in the spec")
        rows = [ETAG]
        for path, ftype, _, text in fields:
            if path in dates:
                ftype = "date"
                text = (text + " " if text else "") + DATE_NOTE
            if path in enums:
                text = sentence(text, "One of: " + ", ".join(enums[path]) + ".")
            if path in notes:
                text = sentence(text, notes[path])
            rows.append((path, ftype, path in read_only, text))
        triggers = (["webhook"] if WEBHOOKS_RECEIVED and entity_set in WEBHOOK_ENTITY_SETS else []) + [
            "poll", "schedule", "manual"]
        objects.append({
            "name": name,
            "description": descriptions.get(schema_name, name),
            "triggers": triggers,
            "fields": [
                {k: v for k, v in (("path", path), ("type", ftype), ("required", path in required),
                                   ("read_only", ro), ("description", text),
                                   ("concept", concepts.get(path, ""))) if v not in ("", False)}
                for path, ftype, ro, text in rows
            ],
        })
    catalog = {
        "catalog": "businesscentral",
        "system": "Dynamics 365 Business Central API v1.0 (BCOAS1.0)",
        "generated_by": f"core/mapping/catalogs/generate_businesscentral_catalog.py from {SPEC_FILE}; "
                        "do not edit by hand",
        "objects": objects,
    }
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
