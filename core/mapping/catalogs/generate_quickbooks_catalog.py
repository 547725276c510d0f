#!/usr/bin/env python3
"""Generate LedgerLink's QuickBooks Online field catalog from Intuit's XSD data contracts.

Usage: generate_quickbooks_catalog.py XSD_DIR OUTPUT.json
  XSD_DIR holds Intuit's v3 data contracts, Finance.xsd and the IntuitBaseTypes.xsd and
  IntuitNamesTypes.xsd it includes (in this project: ../shared/peers/specs/quickbooks-xsd). The
  output is committed as resources/catalogs/quickbooks.catalog.json; the product never reads the
  XSDs at run time.

Needs python3 only (xml.etree.ElementTree). The output is deterministic: running it twice on the
same XSDs gives identical bytes, so a diff shows exactly what a contract update changed.

What comes from the XSD: every field path (in the order of the schema, base types first), its type,
description and enumeration values, and whether the documentation calls it read-only. Paths are
the ones of QuickBooks' JSON: an element repeated without bound is a list ("Line[]"), the text of
a ReferenceType is "value" and its name attribute "name" ("CustomerRef.value", "CustomerRef.name").
What this script adds, because the XSD does not say it: the canonical concepts (CONCEPTS), the
fields Intuit's API reference requires on create (REQUIRED), the fields QuickBooks computes
(READ_ONLY), which line details each object's lines carry (LINE_DETAILS) and which objects deliver
webhooks (WEBHOOK_ENTITIES), all kept in tables below.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"

# Objects of the catalog: catalog name -> complexType name in Finance.xsd / IntuitNamesTypes.xsd.
OBJECTS = {
    "Invoice": "Invoice",
    "CreditMemo": "CreditMemo",
    "SalesReceipt": "SalesReceipt",
    "RefundReceipt": "RefundReceipt",
    "Payment": "Payment",
    "Customer": "Customer",
    "Item": "Item",
}

# Entities QuickBooks' webhooks report changes of (dataChangeEvent.entities[].name, see
# developer.intuit.com/app/developer/qbo/docs/develop/webhooks); all of them are also in Change
# Data Capture, which the connector polls.
WEBHOOK_ENTITIES = {"Invoice", "CreditMemo", "SalesReceipt", "RefundReceipt", "Payment", "Customer", "Item"}
# Whether LedgerLink receives them: its webhook receiver (core/net, Net::WebhookVendor) does not
# take Intuit's notifications yet, so no object offers the trigger "webhook" (a rule could choose
# it and never fire); the connector polls.
WEBHOOKS_RECEIVED = False

# The details a line of each object can carry (Line is a choice of some twenty detail types, most
# of them for purchases and journal entries); the JSON names the one used in Line[].DetailType.
# Keyed by the path of the list; a list of Line type not named here carries no detail.
SALES_LINES = {"Line": ["SalesItemLineDetail", "DiscountLineDetail", "SubTotalLineDetail"],
               "TxnTaxDetail.TaxLine": ["TaxLineDetail"]}
LINE_DETAILS = {
    "Invoice": SALES_LINES,
    "CreditMemo": SALES_LINES,
    "SalesReceipt": SALES_LINES,
    "RefundReceipt": SALES_LINES,
}

# Fields Intuit's API reference requires on create; the XSD makes nearly everything minOccurs=0.
REQUIRED = {
    "Invoice": ["Line[].DetailType", "Line[].Amount", "Line[].SalesItemLineDetail.ItemRef.value",
                "CustomerRef.value"],
    "CreditMemo": ["Line[].DetailType", "Line[].Amount", "Line[].SalesItemLineDetail.ItemRef.value",
                   "CustomerRef.value"],
    "SalesReceipt": ["Line[].DetailType", "Line[].Amount", "Line[].SalesItemLineDetail.ItemRef.value"],
    "RefundReceipt": ["Line[].DetailType", "Line[].Amount", "Line[].SalesItemLineDetail.ItemRef.value",
                      "DepositToAccountRef.value"],
    "Payment": ["TotalAmt", "CustomerRef.value"],
    # At least one of the name fields (DisplayName, Title, GivenName, MiddleName, FamilyName,
    # Suffix); LedgerLink always sends DisplayName, which must be unique.
    "Customer": ["DisplayName"],
    # IncomeAccountRef for Service and NonInventory items; Inventory items need the asset and
    # expense accounts, a start date and the quantity on hand too.
    "Item": ["Name", "Type", "IncomeAccountRef.value"],
}

# Ids QuickBooks requires that LedgerLink's connector (core/connectors/quickbooks) fills when a
# mapping leaves them out: a store names its customer by e-mail and its lines by SKU, QuickBooks
# wants Ids. They are not required of a mapping; their description says how they are filled.
CUSTOMER_BY_CONNECTOR = ("QuickBooks requires it; when it is not mapped, LedgerLink finds the customer by "
                         "BillEmail.Address, else by CustomerRef.name as display name, or creates it.")
PAYER_BY_CONNECTOR = ("QuickBooks requires it; when it is not mapped, LedgerLink takes the customer of the "
                      "invoice the payment pays (Line[].LinkedTxn[].TxnId).")
ITEM_BY_CONNECTOR = ("QuickBooks requires it; when it is not mapped, LedgerLink finds the item whose Sku, "
                     "else Name, is ItemRef.name.")
FILLED_BY_CONNECTOR = {
    "Invoice": {"CustomerRef.value": CUSTOMER_BY_CONNECTOR,
                "Line[].SalesItemLineDetail.ItemRef.value": ITEM_BY_CONNECTOR},
    "CreditMemo": {"CustomerRef.value": CUSTOMER_BY_CONNECTOR,
                   "Line[].SalesItemLineDetail.ItemRef.value": ITEM_BY_CONNECTOR},
    "SalesReceipt": {"Line[].SalesItemLineDetail.ItemRef.value": ITEM_BY_CONNECTOR},
    "RefundReceipt": {"CustomerRef.value": CUSTOMER_BY_CONNECTOR,
                      "Line[].SalesItemLineDetail.ItemRef.value": ITEM_BY_CONNECTOR},
    "Payment": {"CustomerRef.value": PAYER_BY_CONNECTOR},
}

# Fields QuickBooks computes or assigns that the XSD documentation does not call read-only. Id is
# sent on updates, but the connector carries it, never a mapping; SyncToken is the connector's too,
# but an update without it fails, so it is not read-only here.
TRANSACTION_READ_ONLY = ["Id", "TotalAmt", "HomeTotalAmt", "Balance", "HomeBalance", "TxnTaxDetail.TotalTax"]
READ_ONLY = {
    "Invoice": TRANSACTION_READ_ONLY,
    "CreditMemo": TRANSACTION_READ_ONLY + ["RemainingCredit"],
    "SalesReceipt": TRANSACTION_READ_ONLY,
    "RefundReceipt": TRANSACTION_READ_ONLY + ["RemainingCredit"],
    "Payment": ["Id", "UnappliedAmt"],
    "Customer": ["Id", "Balance", "BalanceWithJobs", "FullyQualifiedName", "Level"],
    "Item": ["Id", "FullyQualifiedName", "Level", "AvgCost"],
}

# Canonical concepts (core/model's vocabulary) for auto-map. A system's own ids get none: a
# QuickBooks Id is not the store's order id.
SALES_CONCEPTS = {
    "DocNumber": "order.number",
    "TxnDate": "order.date",
    "CurrencyRef.value": "order.currency",
    "ExchangeRate": "order.exchange_rate",
    "PrivateNote": "order.note",
    "PONumber": "order.po_number",
    "TotalAmt": "order.total",
    "TxnTaxDetail.TotalTax": "order.total_tax",
    "GlobalTaxCalculation": "order.tax_mode",
    "BillEmail.Address": "customer.email",
    "CustomerRef.name": "customer.name",
    "Line[].Description": "line.title",
    "Line[].Amount": "line.total",
    "Line[].SalesItemLineDetail.ItemRef.name": "line.sku",
    "Line[].SalesItemLineDetail.Qty": "line.quantity",
    "Line[].SalesItemLineDetail.UnitPrice": "line.unit_price",
    "Line[].SalesItemLineDetail.TaxCodeRef.value": "line.tax_code",
    "Line[].SalesItemLineDetail.DiscountAmt": "line.discount",
}
CONCEPTS = {
    "Invoice": dict(SALES_CONCEPTS, **{
        "DueDate": "invoice.due_date",
    }),
    "CreditMemo": {
        "DocNumber": "credit_note.number",
        "TxnDate": "credit_note.date",
        "PrivateNote": "refund.note",
        "CurrencyRef.value": "order.currency",
        "TotalAmt": "credit_note.total",
        "BillEmail.Address": "customer.email",
        "CustomerRef.name": "customer.name",
        "Line[].Description": "line.title",
        "Line[].SalesItemLineDetail.ItemRef.name": "line.sku",
        "Line[].SalesItemLineDetail.Qty": "line.quantity",
        "Line[].SalesItemLineDetail.UnitPrice": "line.unit_price",
    },
    "SalesReceipt": dict(SALES_CONCEPTS, **{
        "PaymentRefNum": "payment.reference",
        "PaymentMethodRef.name": "payment.method",
    }),
    "RefundReceipt": {
        "DocNumber": "order.number",
        "TxnDate": "refund.date",
        "PrivateNote": "refund.note",
        "CurrencyRef.value": "order.currency",
        "TotalAmt": "refund.total",
        "BillEmail.Address": "customer.email",
        "CustomerRef.name": "customer.name",
        "PaymentRefNum": "payment.reference",
        "PaymentMethodRef.name": "payment.method",
        "Line[].Description": "line.title",
        "Line[].SalesItemLineDetail.ItemRef.name": "line.sku",
        "Line[].SalesItemLineDetail.Qty": "line.quantity",
        "Line[].SalesItemLineDetail.UnitPrice": "line.unit_price",
    },
    "Payment": {
        "TotalAmt": "payment.amount",
        "TxnDate": "payment.date",
        "PaymentRefNum": "payment.reference",
        "CurrencyRef.value": "payment.currency",
        "ExchangeRate": "payment.exchange_rate",
        "PaymentMethodRef.name": "payment.method",
        "DepositToAccountRef.value": "payment.account",
    },
    "Customer": {
        "DisplayName": "customer.name",
        "GivenName": "customer.first_name",
        "FamilyName": "customer.last_name",
        "CompanyName": "customer.company",
        "PrimaryEmailAddr.Address": "customer.email",
        "PrimaryPhone.FreeFormNumber": "customer.phone",
        "PrimaryTaxIdentifier": "customer.tax_number",
        "CurrencyRef.value": "customer.currency",
        "MetaData.CreateTime": "customer.created_at",
        "MetaData.LastUpdatedTime": "customer.updated_at",
    },
    "Item": {
        "Sku": "product.sku",
        "Name": "product.name",
        "Description": "product.description",
        "UnitPrice": "product.price",
        "Active": "product.status",
        "QtyOnHand": "inventory.quantity",
        "MetaData.LastUpdatedTime": "product.updated_at",
    },
}

# Depth of nested objects a path may go through ("Line[].SalesItemLineDetail.ItemRef.value" goes
# through three); deeper ones are left out, as is any type already on the way down (a cycle).
MAX_DEPTH = 3

# Bookkeeping QuickBooks returns that a mapping never writes: attachments, recurring templates,
# approvals, the entity attributes domain/sparse/status (output only), card processing data (card
# numbers are never LedgerLink's to send), and custom fields (defined per company, by id). Extension
# points ("...Ex" of type IntuitAnyType) carry nothing and are always left out.
SKIPPED = {"CustomField", "AttachableRef", "domain", "sparse", "status", "TxnSource", "RecurDataRef",
           "RecurringInfo", "TxnApprovalInfo", "Tag", "DeliveryInfo", "CreditCardPayment", "CCDetail"}
# Attributes of a type that QuickBooks' JSON does not use on the fields of these objects.
SKIPPED_ATTRIBUTES = {("ReferenceType", "type")}

XSD_TYPES = {
    "string": "string", "normalizedString": "string", "token": "string", "anyURI": "string",
    "ID": "string", "base64Binary": "string", "hexBinary": "string", "time": "string",
    "decimal": "number", "double": "number", "float": "number",
    "int": "integer", "integer": "integer", "long": "integer", "short": "integer", "byte": "integer",
    "positiveInteger": "integer", "nonNegativeInteger": "integer", "negativeInteger": "integer",
    "nonPositiveInteger": "integer", "unsignedInt": "integer", "unsignedLong": "integer",
    "unsignedShort": "integer", "unsignedByte": "integer",
    "boolean": "boolean",
    "date": "date",
    "dateTime": "datetime",
}

READ_ONLY_TEXT = re.compile(
    r"InputType:\s*(?:(?:ALL|QBO):\s*)?ReadOnly|read[- ]only|\(ReadOnly\)|output only", re.IGNORECASE)
INTERNAL_TEXT = re.compile(r"internal use only", re.IGNORECASE)
MARKUP = re.compile(r"\[/?[a-z]+(?:\s[^\]]*)?/?\]")
METADATA_LINE = re.compile(r"^\s*(Filterable|Sortable|Required|InputType)\s*:.*$", re.MULTILINE)


class Schema:
    """The named types, groups and elements of an XSD and the files it includes."""

    def __init__(self, directory, root_file):
        self.complex, self.simple, self.groups, self.elements = {}, {}, {}, {}
        self._load(directory, root_file, set())

    def _load(self, directory, name, seen):
        if name in seen:
            return
        seen.add(name)
        root = ET.parse(f"{directory}/{name}").getroot()
        for node in root:
            if node.tag == XS + "include":
                self._load(directory, node.get("schemaLocation"), seen)
            elif node.tag == XS + "complexType":
                self.complex[node.get("name")] = node
            elif node.tag == XS + "simpleType":
                self.simple[node.get("name")] = node
            elif node.tag == XS + "group":
                self.groups[node.get("name")] = node
            elif node.tag == XS + "element":
                self.elements[node.get("name")] = node


def local(name):
    """A type name without its namespace prefix, and whether it is a built-in XSD type."""
    if name is None:
        return None, False
    prefix, _, rest = name.rpartition(":")
    return rest, prefix == "xs"


def documentation(node):
    """The documentation of a node, whole (newlines kept) or empty."""
    annotation = node.find(XS + "annotation")
    if annotation is None:
        return ""
    return "\n".join("".join(doc.itertext()) for doc in annotation.findall(XS + "documentation"))


def for_online(text):
    """The part of a documentation text about QuickBooks Online. Intuit writes "Product: QBO
    Description: ..." blocks, one per product (QBO, QBW for Windows desktop, ALL); a text without
    them is about every product. An element documented for QBW only is kept, with that text: the
    tags are not reliable (Item.Active, Line.LineNum and MetaData say QBW, and QuickBooks Online
    returns them)."""
    blocks = re.split(r"(?:^|\n)\s*Product\s*:", text)
    if len(blocks) == 1:
        return text
    chosen = {}
    for block in blocks[1:]:
        product = re.match(r"\s*([A-Za-z]+)", block)
        key = product.group(1).upper() if product else ""
        rest = block[product.end():] if product else block
        rest = re.sub(r"^\s*(?:only)?\s*[.:]?", "", rest, flags=re.IGNORECASE)
        chosen.setdefault(key, rest)
    for key in ("QBO", "ALL"):
        if key in chosen:
            return chosen[key]
    return next(iter(chosen.values()))


def describe_text(text):
    text = METADATA_LINE.sub("", text)
    text = MARKUP.sub(" ", text)
    text = re.sub(r"\bDescript?i?on\s*:", " ", text)
    return re.sub(r"^QBO:\s*", "", " ".join(text.split()))


def with_enum(text, values):
    if values:
        text = (text + " " if text else "") + "One of: " + ", ".join(values) + "."
    return text


def simple_type(schema, name):
    """(catalog type, enumeration values) of a simple type name."""
    values = []
    seen = set()
    while True:
        type_name, builtin = local(name)
        if builtin or type_name not in schema.simple or type_name in seen:
            return XSD_TYPES.get(type_name, "string"), values
        seen.add(type_name)
        restriction = schema.simple[type_name].find(XS + "restriction")
        if restriction is None:   # xs:list or xs:union: text
            return "string", values
        if not values:
            values = [e.get("value") for e in restriction.findall(XS + "enumeration")]
        name = restriction.get("base")


class Flattener:
    def __init__(self, schema, object_name):
        self.schema = schema
        self.object_name = object_name
        self.out = []   # (path, type, read_only, description)

    def content(self, type_name, prefix, depth, stack, read_only, parent_text=""):
        """Fields of a complex type: its base type's first, then its elements, then attributes.
        parent_text describes the element of this type: the text of a simple content ("value") and
        attributes without documentation of their own get it."""
        node = self.schema.complex[type_name]
        stack = stack + [type_name]
        for child in node:
            if child.tag in (XS + "complexContent", XS + "simpleContent"):
                derivation = child.find(XS + "extension")
                if derivation is None:
                    derivation = child.find(XS + "restriction")
                base, builtin = local(derivation.get("base"))
                if not builtin and base in self.schema.complex:
                    self.content(base, prefix, depth, stack, read_only, parent_text)
                elif child.tag == XS + "simpleContent":
                    ftype, values = simple_type(self.schema, derivation.get("base"))
                    self.out.append((prefix + "value", ftype, read_only, with_enum(parent_text, values)))
                self.particles(derivation, type_name, prefix, depth, stack, read_only)
                self.attributes(derivation, type_name, prefix, read_only, parent_text)
            else:
                self.particle(child, type_name, prefix, depth, stack, read_only)
        self.attributes(node, type_name, prefix, read_only, parent_text)

    def particles(self, node, owner, prefix, depth, stack, read_only):
        for child in node:
            self.particle(child, owner, prefix, depth, stack, read_only)

    def particle(self, node, owner, prefix, depth, stack, read_only):
        if node.tag == XS + "sequence":
            self.particles(node, owner, prefix, depth, stack, read_only)
        elif node.tag == XS + "choice":
            if owner == "Line":
                allowed = LINE_DETAILS.get(self.object_name, {}).get(prefix[:-3], [])
                for child in node:
                    if child.get("name") in allowed:
                        self.element(child, prefix, depth, stack, read_only)
            else:
                self.particles(node, owner, prefix, depth, stack, read_only)
        elif node.tag == XS + "group":
            group = self.schema.groups[local(node.get("ref"))[0]]
            self.particles(group, owner, prefix, depth, stack, read_only)
        elif node.tag == XS + "element":
            self.element(node, prefix, depth, stack, read_only)

    def element(self, node, prefix, depth, stack, read_only):
        if node.get("ref"):
            # A reference to a global element: its name and type, the occurrence of the reference,
            # the reference's documentation if it has one.
            declared = self.schema.elements[local(node.get("ref"))[0]]
            name, type_attr = declared.get("name"), declared.get("type")
            doc_node = node if documentation(node) else declared
        else:
            name, type_attr, doc_node = node.get("name"), node.get("type"), node
        type_name, builtin = local(type_attr)
        if name in SKIPPED or type_name == "IntuitAnyType":
            return
        text = for_online(documentation(doc_node))
        if INTERNAL_TEXT.search(text):
            return
        read_only = read_only or bool(READ_ONLY_TEXT.search(text))
        description = describe_text(text)
        path = prefix + name + ("[]" if node.get("maxOccurs") not in (None, "0", "1") else "")
        if builtin or type_name in self.schema.simple:
            ftype, values = simple_type(self.schema, type_attr)
            self.out.append((path, ftype, read_only, with_enum(description, values)))
            return
        if type_name not in self.schema.complex or type_name in stack or depth >= MAX_DEPTH:
            return
        type_text = for_online(documentation(self.schema.complex[type_name]))
        type_read_only = bool(READ_ONLY_TEXT.search(type_text))
        self.content(type_name, path + ".", depth + 1, stack, read_only or type_read_only, description)

    def attributes(self, node, owner, prefix, read_only, parent_text):
        for attribute in node.findall(XS + "attribute"):
            name = attribute.get("name")
            if name in SKIPPED or (owner, name) in SKIPPED_ATTRIBUTES or attribute.get("use") == "prohibited":
                continue
            text = for_online(documentation(attribute))
            ftype, values = simple_type(self.schema, attribute.get("type", "xs:string"))
            description = describe_text(text) or parent_text
            self.out.append((prefix + name, ftype, read_only or bool(READ_ONLY_TEXT.search(text)),
                             with_enum(description, values)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    xsd_dir, output = sys.argv[1], sys.argv[2]
    schema = Schema(xsd_dir, "Finance.xsd")

    objects = []
    for name, type_name in OBJECTS.items():
        flattener = Flattener(schema, name)
        flattener.content(type_name, "", 0, [], False)
        fields = flattener.out
        paths = [p for p, _, _, _ in fields]
        if len(paths) != len(set(paths)):
            sys.exit(f"{name}: the XSD gives a path twice: "
                     + ", ".join(sorted({p for p in paths if paths.count(p) > 1})))
        filled = FILLED_BY_CONNECTOR.get(name, {})
        required = set(REQUIRED.get(name, [])) - set(filled)
        read_only = set(READ_ONLY.get(name, []))
        concepts = CONCEPTS.get(name, {})
        fields = [(p, t, ro, ((text + " " if text else "") + filled[p]) if p in filled else text)
                  for p, t, ro, text in fields]
        for path in sorted(required | read_only | set(concepts) | set(filled)):
            if path not in paths:
                sys.exit(f"{name}.{path} is in the tables of this script but not in the XSD")
        triggers = (["webhook"] if WEBHOOKS_RECEIVED and name in WEBHOOK_ENTITIES else []) + [
            "poll", "schedule", "manual"]
        text = for_online(documentation(schema.complex[type_name]))
        objects.append({
            "name": name,
            "description": describe_text(text) or name,
            "triggers": triggers,
            "fields": [
                {k: v for k, v in (("path", path), ("type", ftype), ("required", path in required),
                                   ("read_only", (ro or path in read_only) and path not in required),
                                   ("description", text), ("concept", concepts.get(path, "")))
                 if v not in ("", False)}
                for path, ftype, ro, text in fields
            ],
        })
    catalog = {
        "catalog": "quickbooks",
        "system": "QuickBooks Online Accounting API v3 (minor version 75)",
        "generated_by": "core/mapping/catalogs/generate_quickbooks_catalog.py from the Intuit XSD data "
                        "contracts (Finance.xsd, IntuitBaseTypes.xsd, IntuitNamesTypes.xsd); "
                        "do not edit by hand",
        "objects": objects,
    }
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
