#!/usr/bin/env python3
"""Generate LedgerLink's Zoho Books field catalog from the field lists of Zoho's API reference.

Usage: generate_zoho_catalog.py OUTPUT.json
  The output is committed as resources/catalogs/zoho.catalog.json; the product never runs this
  script. Needs nothing but python3. The output is deterministic: running it twice gives identical
  bytes, so a diff shows exactly what a change of the tables below changed.

Zoho publishes no machine-readable spec for Zoho Books API v3 that was available here: the field
lists below are written out module by module from the "Attribute" and "Arguments" lists of Zoho's
API reference (https://www.zoho.com/books/api/v3/, each module's page named with its object). Only
the fields a store sync uses are listed. The invoice, contact and item names were read from copies
of those pages in this session; the sales order, credit note and customer payment pages were not
read line by line here: their names follow the same reference (they share the invoice's line item
and customer fields) and should be checked against the pages before a release.

What is LedgerLink's own, and says so:
- the objects are the ZohoConnector's (core/connectors/zoho), named as Zoho's module paths;
- customer_email and line_items[].sku on sales documents are not Zoho fields but what a store can
  know: the connector finds (or creates) the contact and the item by them, fills customer_id and
  item_id, and removes them before sending;
- which fields a mapping must not write (READ_ONLY: ids, numbers, totals and statuses Zoho
  computes), which a create needs (REQUIRED: Zoho's required arguments, or the connector's match
  key), and the canonical concepts for auto-map.

Types: ids are strings (Zoho's reference types them so; its examples write some as numbers, which
the connector reads exactly); amounts, rates and quantities are JSON numbers ("number"); dates
"date" (yyyy-mm-dd); created_time and last_modified_time "datetime" (ISO 8601 with an offset written
without a colon, 2013-11-18T02:17:40-0800); line lists "array" of objects.
"""

import sys

from catalogtables import catalog_fields, write_catalog

SOURCE = "https://www.zoho.com/books/api/v3/"

# A field: (path, type, description, flags, concept). Flags: "required", "read_only", or "".

# The line item of a sales document (invoice, sales order, credit note), as the invoice page lists it.
_LINES = [
    ("line_items", "array", "Line items (at least one; its elements' fields are mapped)", "", ""),
    ("line_items[].line_item_id", "string", "The line item id", "read_only", ""),
    ("line_items[].item_id", "string", "The item's id. Filled by the connector from line_items[].sku when not "
     "mapped", "", ""),
    ("line_items[].sku", "string", "LedgerLink's: the item's SKU. The connector finds the item by it, fills "
     "item_id and removes it; an unknown SKU fails, naming the line", "", "line.sku"),
    ("line_items[].name", "string", "The name of the line item. Max-length [100]", "", "line.title"),
    ("line_items[].description", "string", "The description of the line items. Max-length [2000]", "", ""),
    ("line_items[].item_order", "integer", "The order of the line item", "", ""),
    ("line_items[].rate", "number", "Rate of the line item", "", "line.unit_price"),
    ("line_items[].quantity", "number", "The quantity of line item", "", "line.quantity"),
    ("line_items[].unit", "string", "Unit of the line item e.g. kgs, Nos. Max-length [100]", "", ""),
    ("line_items[].discount", "number", "Discount applied to the line: in % or as an amount, e.g. 12.5% or 190",
     "", ""),
    ("line_items[].discount_amount", "number", "The discount amount on the line item", "read_only", ""),
    ("line_items[].tax_id", "string", "ID of the tax", "", "line.tax_code"),
    ("line_items[].tax_name", "string", "The name of the tax", "read_only", ""),
    ("line_items[].tax_percentage", "number", "The percentage of tax levied", "read_only", ""),
    ("line_items[].item_total", "number", "The total amount of the line items", "read_only", ""),
]

# The customer of a sales document.
_CUSTOMER = [
    ("customer_id", "string", "ID of the customer. Filled by the connector from customer_email when not mapped",
     "", ""),
    ("customer_email", "string", "LedgerLink's: the customer's e-mail. The connector finds the contact by it "
     "(GET contacts?email=), else creates it with customer_name; removed before sending", "", "customer.email"),
    ("customer_name", "string", "The name of the customer. Max-length [100]", "", "customer.name"),
    ("currency_id", "string", "The currency id of the currency", "", ""),
    ("currency_code", "string", "The currency code of the document", "read_only", "order.currency"),
    ("exchange_rate", "number", "Exchange rate of the currency", "", "order.exchange_rate"),
    ("is_inclusive_tax", "boolean", "Whether the line item rates are inclusive of tax", "", ""),
    ("discount", "number", "Discount applied to the document: in % or as an amount", "", ""),
    ("is_discount_before_tax", "boolean", "Whether the discount is applied before tax", "", ""),
    ("discount_type", "string", "How the discount is specified: entity_level or item_level", "", ""),
    ("shipping_charge", "number", "Shipping charges applied", "", "order.total_shipping"),
    ("adjustment", "number", "Adjustments made", "", ""),
    ("adjustment_description", "string", "Customize the adjustment description. E.g. Rounding off", "", ""),
    ("notes", "string", "Notes", "", "order.note"),
    ("terms", "string", "Terms and conditions", "", ""),
]

_TOTALS = [
    ("sub_total", "number", "The sub total of all items", "read_only", "order.subtotal"),
    ("tax_total", "number", "The total amount of the tax levied", "read_only", "order.total_tax"),
    ("total", "number", "The total amount", "read_only", "order.total"),
    ("created_time", "datetime", "Created time", "read_only", ""),
    ("last_modified_time", "datetime", "Last modified time (the connector polls by it)", "read_only", ""),
]

OBJECTS = {
    "items": ("Items: the goods and services sold. LedgerLink's match key is the SKU (the item list "
              "documents no SKU filter: the connector reads the list and remembers the SKUs).",
              "items/", [
        ("item_id", "string", "ID of the item", "read_only", ""),
        ("name", "string", "Name of the item. Max-length [100]", "required", "product.name"),
        ("sku", "string", "SKU of the item. LedgerLink's match key", "required", "product.sku"),
        ("rate", "number", "Price of the item (in the organisation's base currency)", "required", "product.price"),
        ("description", "string", "Description of the item", "", "product.description"),
        ("status", "string", "Status of the item: active / inactive", "read_only", "product.status"),
        ("product_type", "string", "Type of the item: goods / service", "", ""),
        ("unit", "string", "Unit of the item", "", ""),
        ("tax_id", "string", "ID of the tax to be associated to the item", "", ""),
        ("is_taxable", "boolean", "Whether the item is taxable", "", ""),
        ("stock_on_hand", "number", "Stock on hand (items with inventory tracking)", "read_only",
         "inventory.quantity"),
        ("available_stock", "number", "Available stock (items with inventory tracking)", "read_only", ""),
        ("locations", "array", "Stock per location", "", ""),
        ("locations[].location_id", "string", "ID of the location", "", ""),
        ("locations[].location_stock_on_hand", "string", "Stock on hand at the location", "read_only", ""),
        ("locations[].location_available_stock", "string", "Stock available at the location", "read_only", ""),
        ("created_time", "datetime", "Created time", "read_only", ""),
        ("last_modified_time", "datetime", "Last modified time", "read_only", "product.updated_at"),
    ]),
    "contacts": ("Contacts: customers (contact_type customer). LedgerLink's match key is the e-mail: the "
                 "contact's, else its primary contact person's (GET contacts?email=).",
                 "contacts/", [
        ("contact_id", "string", "ID of the contact", "read_only", ""),
        ("contact_name", "string", "Display Name of the contact. Max-length [200]", "required", "customer.name"),
        ("company_name", "string", "Company Name of the contact. Max-length [200]", "", "customer.company"),
        ("contact_type", "string", "Contact type of the contact: customer / vendor", "", ""),
        ("customer_sub_type", "string", "Type of the customer: business / individual", "", ""),
        ("currency_id", "string", "Currency ID of the customer's currency", "", ""),
        ("payment_terms", "integer", "Net payment term for the customer", "", ""),
        ("website", "string", "Website of the contact", "", ""),
        ("notes", "string", "Comments about the payment made by the contact", "", ""),
        ("billing_address", "object", "Billing address of the contact", "", ""),
        ("billing_address.attention", "string", "Attention", "", ""),
        ("billing_address.address", "string", "Address. Max-length [500]", "", ""),
        ("billing_address.street2", "string", "Street 2", "", ""),
        ("billing_address.city", "string", "City of the customer's billing address", "", ""),
        ("billing_address.state", "string", "State of the customer's billing address", "", ""),
        ("billing_address.zip", "string", "Zip code of the customer's billing address", "", ""),
        ("billing_address.country", "string", "Country of the customer's billing address", "", ""),
        ("billing_address.phone", "string", "Phone", "", ""),
        ("shipping_address", "object", "Customer's shipping address object", "", ""),
        ("shipping_address.address", "string", "Address. Max-length [500]", "", ""),
        ("shipping_address.city", "string", "City", "", ""),
        ("shipping_address.zip", "string", "Zip code", "", ""),
        ("shipping_address.country", "string", "Country", "", ""),
        ("contact_persons", "array", "Contact persons of the contact", "", ""),
        ("contact_persons[].first_name", "string", "First name. Max-length [100]", "", "customer.first_name"),
        ("contact_persons[].last_name", "string", "Last name. Max-length [100]", "", "customer.last_name"),
        ("contact_persons[].email", "string", "Email address of the contact person. LedgerLink's match key "
         "(the primary person's)", "", "customer.email"),
        ("contact_persons[].phone", "string", "Phone of the contact person", "", "customer.phone"),
        ("contact_persons[].is_primary_contact", "boolean", "To mark contact person as primary for contact", "",
         ""),
        ("email", "string", "The contact's e-mail as the contact list gives it", "read_only", ""),
        ("status", "string", "Status of the contact: active / inactive", "read_only", ""),
        ("created_time", "datetime", "Time at which the contact was created", "read_only", "customer.created_at"),
        ("last_modified_time", "datetime", "Time at which the contact was modified", "read_only",
         "customer.updated_at"),
    ]),
    "salesorders": ("Sales orders. LedgerLink's match key is reference_number (the store's order number).",
                    "sales-order/", [
        ("salesorder_id", "string", "ID of the sales order", "read_only", ""),
        ("salesorder_number", "string", "Sales order number (Zoho numbers it)", "read_only", ""),
        ("reference_number", "string", "Reference number of the sales order. LedgerLink's match key: the store's "
         "order number", "required", "order.number"),
        ("date", "date", "The date of the sales order (yyyy-mm-dd)", "", "order.date"),
        ("shipment_date", "date", "Shipment date of the sales order", "", ""),
        ("status", "string", "Status of the sales order", "read_only", ""),
    ] + _CUSTOMER + _LINES + _TOTALS),
    "invoices": ("Invoices. LedgerLink's match key is reference_number (the store's order number); Zoho "
                 "numbers the invoice itself (invoice_number).",
                 "invoices/", [
        ("invoice_id", "string", "ID of the invoice", "read_only", ""),
        ("invoice_number", "string", "Invoice number (Zoho's auto-number unless given)", "read_only",
         "invoice.number"),
        ("reference_number", "string", "The reference number of the invoice. LedgerLink's match key: the store's "
         "order number", "required", "order.number"),
        ("date", "date", "Invoice date (yyyy-mm-dd)", "", "order.date"),
        ("due_date", "date", "Due date (yyyy-mm-dd)", "", "invoice.due_date"),
        ("payment_terms", "integer", "Payment terms in days e.g. 15, 30, 60", "", ""),
        ("salesorder_id", "string", "ID of the sales order the invoice is made from", "", ""),
        ("status", "string", "Status: sent, draft, overdue, paid, void, unpaid, partially_paid, viewed",
         "read_only", ""),
        ("balance", "number", "The unpaid amount", "read_only", ""),
        ("payment_made", "number", "The amount paid", "read_only", ""),
    ] + _CUSTOMER + _LINES + _TOTALS),
    "customerpayments": ("Payments received. LedgerLink's match key is reference_number; a payment without "
                         "customer_id takes the customer of the first invoice it is applied to.",
                         "customer-payments/", [
        ("payment_id", "string", "ID of the payment", "read_only", ""),
        ("payment_number", "string", "Payment number", "read_only", ""),
        ("customer_id", "string", "Customer ID of the customer involved in the payment. Filled by the connector "
         "from the first invoice when not mapped", "", ""),
        ("payment_mode", "string", "Mode through which payment is made: check, cash, creditcard, banktransfer, "
         "bankremittance, autotransaction or others", "required", "payment.method"),
        ("amount", "number", "Amount paid in the respective payment", "required", "payment.amount"),
        ("date", "date", "Date on which payment is made (yyyy-mm-dd)", "required", "payment.date"),
        ("reference_number", "string", "Reference number generated for the payment. LedgerLink's match key",
         "required", "payment.reference"),
        ("description", "string", "Description about the payment", "", ""),
        ("invoices", "array", "List of invoices associated with the payment (its elements' fields are mapped)", "", ""),
        ("invoices[].invoice_id", "string", "Invoice ID of the required invoice", "required", ""),
        ("invoices[].amount_applied", "number", "Amount paid for the invoice", "required", "payment.amount"),
        ("exchange_rate", "number", "Exchange rate for the currency used in the invoices and customer's currency",
         "", "payment.exchange_rate"),
        ("bank_charges", "number", "Denotes any additional bank charges", "", ""),
        ("account_id", "string", "ID of the cash/bank account the payment has to be deposited", "",
         "payment.account"),
        ("currency_code", "string", "Currency code", "read_only", "payment.currency"),
        ("created_time", "datetime", "Created time", "read_only", ""),
        ("last_modified_time", "datetime", "Last modified time", "read_only", ""),
    ]),
    "creditnotes": ("Credit notes for exactly the refunded lines. LedgerLink's match key is reference_number "
                    "(the refund's reference).",
                    "credit-notes/", [
        ("creditnote_id", "string", "ID of the credit note", "read_only", ""),
        ("creditnote_number", "string", "Credit note number (Zoho numbers it)", "read_only", ""),
        ("reference_number", "string", "Reference number for the credit note. LedgerLink's match key", "required",
         "credit_note.number"),
        ("date", "date", "The date of the credit note (yyyy-mm-dd)", "", "credit_note.date"),
        ("invoice_id", "string", "ID of the invoice the credit note is applied to", "", ""),
        ("status", "string", "Status: draft, open, closed, void", "read_only", ""),
        ("balance", "number", "The credit not yet used", "read_only", ""),
    ] + _CUSTOMER + _LINES + [
        (p, t, d, f, "credit_note.total" if p == "total" else ("" if p in ("sub_total", "tax_total") else c))
        for p, t, d, f, c in _TOTALS]),
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    objects = []
    for name, (description, page, fields) in OBJECTS.items():
        out = catalog_fields(name, fields, ("string", "number", "integer", "boolean", "date", "datetime", "object", "array"))
        objects.append({
            "name": name,
            "description": f"{description} Fields: {SOURCE}{page}",
            # The connector polls (Zoho's workflow webhooks are set up per rule in Zoho, not taken).
            "triggers": ["poll", "schedule", "manual"],
            "fields": out,
        })
    catalog = {
        "catalog": "zoho",
        "system": "Zoho Books API v3",
        "generated_by": "core/mapping/catalogs/generate_zoho_catalog.py from the field lists of Zoho's API "
                        "reference; do not edit by hand",
        "objects": objects,
    }
    write_catalog(sys.argv[1], catalog)


if __name__ == "__main__":
    main()
