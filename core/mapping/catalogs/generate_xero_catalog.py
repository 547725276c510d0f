#!/usr/bin/env python3
"""Generate LedgerLink's Xero field catalog from Xero's published OpenAPI specs.

Usage: generate_xero_catalog.py SPEC_DIR OUTPUT.json
  SPEC_DIR holds xero-accounting.yaml and xero-webhooks.yaml (in this project:
  ../shared/peers/specs/xero). The output is committed as
  resources/catalogs/xero.catalog.json; the product never reads the specs at run time.

Needs python3 and PyYAML (Debian: python3-yaml). The output is deterministic: running it twice
on the same specs gives identical bytes, so a diff shows exactly what a spec update changed.

What comes from the spec: every field path, its type, read-only flag and description; the
objects that can deliver webhooks (eventCategory of xero-webhooks.yaml). What this script adds,
because the spec does not say it: the canonical concepts (CONCEPTS) and the fields Xero's
documentation requires on create (REQUIRED), both kept in tables below.
"""

import json
import sys

import yaml

# Objects of the catalog: catalog name -> schema name in components/schemas.
OBJECTS = {
    "Invoice": "Invoice",
    "CreditNote": "CreditNote",
    "Contact": "Contact",
    "Item": "Item",
    "Payment": "Payment",
    "BankTransaction": "BankTransaction",
}

# Fields Xero's API documentation requires on create that the spec does not mark as required.
REQUIRED = {
    "Invoice": ["Type", "Contact.Name", "LineItems[].Description"],
    "CreditNote": ["Type", "Contact.Name"],
    "Contact": ["Name"],
    "Payment": ["Amount", "Date"],
    # Spend/Receive Money (a payout's bank deposit): the spec requires Type, LineItems and
    # BankAccount; these are the fields of the last two a create must carry.
    "BankTransaction": ["Type", "Contact.Name", "BankAccount.Code", "LineItems[].Description",
                        "LineItems[].AccountCode"],
}

# Canonical concepts (core/model's vocabulary) for auto-map. A system's own ids get none: Xero's
# InvoiceID is not the store's order id.
CONCEPTS = {
    "Invoice": {
        "InvoiceNumber": "order.number",
        "Reference": "order.reference",
        "Date": "order.date",
        "DueDate": "invoice.due_date",
        "CurrencyCode": "order.currency",
        "CurrencyRate": "order.exchange_rate",
        "SubTotal": "order.subtotal",
        "TotalTax": "order.total_tax",
        "Total": "order.total",
        "Status": "invoice.status",
        "LineAmountTypes": "order.tax_mode",
        "Contact.EmailAddress": "customer.email",
        "Contact.Name": "customer.name",
        "Contact.FirstName": "customer.first_name",
        "Contact.LastName": "customer.last_name",
        "LineItems[].ItemCode": "line.sku",
        "LineItems[].Description": "line.title",
        "LineItems[].Quantity": "line.quantity",
        "LineItems[].UnitAmount": "line.unit_price",
        "LineItems[].TaxAmount": "line.tax_amount",
        "LineItems[].DiscountAmount": "line.discount",
        "LineItems[].TaxType": "line.tax_code",
        "LineItems[].AccountCode": "line.account",
    },
    "CreditNote": {
        "CreditNoteNumber": "credit_note.number",
        "Reference": "credit_note.reference",
        "Date": "credit_note.date",
        "CurrencyCode": "order.currency",
        "Total": "credit_note.total",
        "Contact.EmailAddress": "customer.email",
        "LineItems[].ItemCode": "line.sku",
        "LineItems[].Quantity": "line.quantity",
        "LineItems[].UnitAmount": "line.unit_price",
    },
    "Contact": {
        "Name": "customer.name",
        "FirstName": "customer.first_name",
        "LastName": "customer.last_name",
        "EmailAddress": "customer.email",
        "TaxNumber": "customer.tax_number",
        "DefaultCurrency": "customer.currency",
        "ContactNumber": "customer.number",
    },
    "Item": {
        "Code": "product.sku",
        "Name": "product.name",
        "Description": "product.description",
        "SalesDetails.UnitPrice": "product.price",
        "QuantityOnHand": "inventory.quantity",
    },
    "Payment": {
        "Amount": "payment.amount",
        "Date": "payment.date",
        "Reference": "payment.reference",
        "CurrencyRate": "payment.exchange_rate",
        "Invoice.InvoiceNumber": "order.number",
        "Account.Code": "payment.account",
    },
    "BankTransaction": {
        "Date": "payout.date",
        "Reference": "payout.reference",
        "CurrencyCode": "payout.currency",
        "Total": "payout.amount",
    },
}

# Lists that are also a field of their own, for a transform that builds the whole list: a payout's
# deposit is two lines made from the payout at once (payments less refunds, and the fees).
WHOLE_LISTS = {
    "BankTransaction": ["LineItems"],
}

# Validation bookkeeping Xero returns on reads; never something to map.
SKIPPED = {"ValidationErrors", "Warnings", "StatusAttributeString", "HasErrors", "HasValidationErrors",
           "Attachments", "UpdatedDateUTCString"}


def field_type(prop):
    if prop.get("x-is-msdate"):
        return "date"
    if prop.get("x-is-msdatetime") or prop.get("format") == "date-time":
        return "datetime"
    t = prop.get("type", "string")
    return {"number": "number", "integer": "integer", "boolean": "boolean",
            "object": "object", "array": "array"}.get(t, "string")


def describe(prop):
    text = " ".join(str(prop.get("description", "")).split())
    if "enum" in prop:
        text = (text + " " if text else "") + "One of: " + ", ".join(str(v) for v in prop["enum"]) + "."
    return text


# Objects two levels down that a mapping names by their id: the invoice a credit note's allocation
# credits (the connector sends Allocations with PUT CreditNotes/{id}/Allocations).
LINKED_IDS = {"Allocations[].Invoice": "InvoiceID"}


def flatten(schemas, schema_name, prefix, depth, read_only_parent, out, whole_lists=()):
    """Scalar fields of a schema; refs and arrays of refs are expanded one level deep. A list named
    in whole_lists is a field (type array) itself too."""
    schema = schemas[schema_name]
    for name, prop in schema.get("properties", {}).items():
        if name in SKIPPED:
            continue
        path = prefix + name
        read_only = bool(prop.get("readOnly")) or read_only_parent
        if "$ref" in prop:
            ref = prop["$ref"].rsplit("/", 1)[-1]
            target = schemas.get(ref, {})
            if "enum" in target:   # a named enum: a text field
                out.append((path, "string", read_only, describe(target) or describe(prop)))
            elif depth == 0:
                flatten(schemas, ref, path + ".", depth + 1, read_only, out)
            elif path in LINKED_IDS:
                key = LINKED_IDS[path]
                prop_id = target["properties"][key]
                out.append((path + "." + key, field_type(prop_id), read_only, describe(prop_id)))
            continue
        if prop.get("type") == "array":
            items = prop.get("items", {})
            if path in whole_lists:
                out.append((path, "array", read_only, describe(prop)))
            if "$ref" in items and depth == 0:
                flatten(schemas, items["$ref"].rsplit("/", 1)[-1], path + "[].", depth + 1, read_only, out)
            continue
        out.append((path, field_type(prop), read_only, describe(prop)))


def webhook_categories(webhooks):
    found = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "eventCategory" and isinstance(value, dict):
                    for option in value.get("oneOf", []):
                        if "const" in option:
                            found.add(option["const"])
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(webhooks)
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    spec_dir, output = sys.argv[1], sys.argv[2]
    with open(f"{spec_dir}/xero-accounting.yaml", encoding="utf-8") as f:
        accounting = yaml.safe_load(f)
    with open(f"{spec_dir}/xero-webhooks.yaml", encoding="utf-8") as f:
        categories = webhook_categories(yaml.safe_load(f))
    schemas = accounting["components"]["schemas"]

    objects = []
    for name, schema_name in OBJECTS.items():
        fields = []
        flatten(schemas, schema_name, "", 0, False, fields, WHOLE_LISTS.get(name, ()))
        # The spec's own required list may name an object or a list (BankTransaction: BankAccount,
        # LineItems); only scalar fields are catalog fields, REQUIRED names the ones inside those.
        paths = {p for p, _, _, _ in fields}
        required = set(REQUIRED.get(name, [])) | {
            p for p in schemas[schema_name].get("required", []) if p in paths}
        concepts = CONCEPTS.get(name, {})
        for path in list(required) + list(concepts):
            if path not in {p for p, _, _, _ in fields}:
                sys.exit(f"{name}.{path} is in the tables of this script but not in the spec")
        triggers = (["webhook"] if name.upper() in categories else []) + ["poll", "schedule", "manual"]
        objects.append({
            "name": name,
            "description": " ".join(str(schemas[schema_name].get("description", name)).split()),
            "triggers": triggers,
            "fields": [
                {k: v for k, v in (("path", path), ("type", ftype), ("required", path in required),
                                   ("read_only", ro), ("description", text),
                                   ("concept", concepts.get(path, ""))) if v not in ("", False)}
                for path, ftype, ro, text in fields
            ],
        })
    catalog = {
        "catalog": "xero",
        "system": "Xero Accounting API " + str(accounting["info"]["version"]),
        "generated_by": "core/mapping/catalogs/generate_xero_catalog.py from xero-accounting.yaml and "
                        "xero-webhooks.yaml; do not edit by hand",
        "objects": objects,
    }
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
