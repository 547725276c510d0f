#!/usr/bin/env python3
"""Generate LedgerLink's Odoo field catalog from the model fields Odoo's source defines.

Usage: generate_odoo_catalog.py OUTPUT.json
  The output is committed as resources/catalogs/odoo.catalog.json; the product never runs this
  script. Needs nothing but python3. The output is deterministic: running it twice gives identical
  bytes, so a diff shows exactly what a change of the tables below changed.

Odoo publishes no field reference for its models: the External API page
(https://www.odoo.com/documentation/17.0/developer/reference/external_api.html, "List record
fields") tells a client to ask the database itself with fields_get, which needs a live server. The
field lists below are therefore written out here, model by model, each naming the model file of
Odoo's source that defines the fields (github.com/odoo/odoo, branches 16.0, 17.0 and 18.0). Only
the fields a store sync uses are listed. The names were taken from those files; in this session a
code search of public Odoo sources confirmed sale.order client_order_ref, product.template
detailed_type (16/17) and is_storable (18), stock.quant available_quantity and account.payment memo
(18); the other names were not re-read line by line here and should be checked against fields_get
on a real server.

What is LedgerLink's own, and says so:
- the objects are the OdooConnector's (core/connectors/odoo): "invoice" and "credit_note" are both
  account.move (move_type out_invoice / out_refund), "stock" is stock.quant read only, "payment"
  is written through the account.payment.register wizard (its fields amount, payment_date,
  communication, journal_id) and read as account.payment;
- reference objects the connector resolves: "<many2one>.<field>" paths (partner_id.email,
  product_id.default_code, currency_id.name, reversed_entry_id.ref, invoice_id.ref, tax_ids[].name)
  are not Odoo fields but what a store can know; the connector turns them into ids;
- which fields a mapping must not write (READ_ONLY: ids, numbers, totals and states Odoo computes),
  which fields a create needs (REQUIRED: Odoo's required fields, or the connector's match key),
  and the canonical concepts for auto-map.

Types: Odoo's Float and Monetary are JSON numbers ("number"); Many2one ids "integer" (a read
answers [id, "display name"]); Date "date" (YYYY-MM-DD); Datetime "datetime", which Odoo writes as
"YYYY-MM-DD HH:MM:SS" in UTC without an offset; One2many line lists "array" of plain objects (the
connector wraps each as the create command [0, 0, values]).
"""

import sys

from catalogtables import catalog_fields, write_catalog

SOURCE = "https://github.com/odoo/odoo/blob/17.0/"

# A field: (path, type, description, flags, concept). Flags: "required", "read_only", or "".
_MOVE = [
    ("id", "integer", "Database id", "read_only", ""),
    ("name", "string", "Number (INV/2026/00031), given when posted", "read_only", "invoice.number"),
    ("move_type", "string", "Type: out_invoice / out_refund (set by the connector)", "read_only", ""),
    ("ref", "string", "Reference. LedgerLink's match key: the store's order number (a credit note: the refund's "
     "reference); a write finds its move by it before creating one", "required", "order.number"),
    ("invoice_origin", "string", "Origin (the source document, e.g. the store's order number)", "", ""),
    ("partner_id", "integer", "Customer: its id. Filled by the connector from partner_id.email when not mapped",
     "", ""),
    ("partner_id.email", "string", "The customer's e-mail: the connector finds the partner by it (=ilike), "
     "else creates it with partner_id.name", "", "customer.email"),
    ("partner_id.name", "string", "The customer's name, for a partner the connector creates", "", "customer.name"),
    ("invoice_date", "date", "Invoice/Bill Date", "", "order.date"),
    ("invoice_date_due", "date", "Due Date", "", "invoice.due_date"),
    ("currency_id", "integer", "Currency: its id (a read answers [id, \"USD\"])", "", ""),
    ("currency_id.name", "string", "The currency's ISO code: the connector finds res.currency by it",
     "", "order.currency"),
    ("invoice_line_ids", "array", "Invoice lines (account.move.line): plain objects, created as [0, 0, values]",
     "", ""),
    ("invoice_line_ids[].product_id", "integer", "Product: its id", "", ""),
    ("invoice_line_ids[].product_id.default_code", "string", "The product's internal reference (SKU): the "
     "connector finds product.product by it; an unknown SKU fails, naming the line", "", "line.sku"),
    ("invoice_line_ids[].name", "string", "Label", "", "line.title"),
    ("invoice_line_ids[].quantity", "number", "Quantity", "", "line.quantity"),
    ("invoice_line_ids[].price_unit", "number", "Unit Price (tax included or not as the tax says)", "",
     "line.unit_price"),
    ("invoice_line_ids[].discount", "number", "Discount (%)", "", ""),
    ("invoice_line_ids[].tax_ids", "array", "Taxes: ids, or objects the connector resolves", "", ""),
    ("invoice_line_ids[].tax_ids[].name", "string", "A sales tax by its name (account.tax, type_tax_use sale)",
     "", "line.tax_code"),
    ("amount_untaxed", "number", "Untaxed Amount", "read_only", ""),
    ("amount_tax", "number", "Tax", "read_only", "order.total_tax"),
    ("amount_total", "number", "Total. In a payload: the total the store expects; the connector compares it with "
     "Odoo's draft before posting (a difference deletes the draft and fails) and never writes it", "",
     "order.total"),
    ("amount_residual", "number", "Amount Due", "read_only", ""),
    ("state", "string", "Status: draft / posted / cancel (the connector posts with action_post)", "read_only", ""),
    ("payment_state", "string", "Payment Status: not_paid / in_payment / paid / partial / reversed",
     "read_only", ""),
    ("write_date", "datetime", "Last Updated on (UTC)", "read_only", ""),
]

# A credit note's own concepts where an invoice has the order's.
_CREDIT_NOTE_CONCEPTS = {"ref": "credit_note.number", "invoice_date": "credit_note.date",
                         "amount_total": "credit_note.total", "name": "", "amount_tax": ""}
_CREDIT_NOTE = [f[:4] + (_CREDIT_NOTE_CONCEPTS.get(f[0], f[4]),) for f in _MOVE
                if f[0] not in ("invoice_date_due", "amount_residual")] + [
    ("reversed_entry_id", "integer", "Reversal of: the credited invoice's id", "", ""),
    ("reversed_entry_id.ref", "string", "The credited invoice's reference (the order number): the connector "
     "finds the posted out_invoice by it", "", ""),
]

OBJECTS = {
    "product": ("A product variant (product.product, inheriting product.template's fields). The 16/17 "
                "detailed_type and 18's type + is_storable are both accepted: the connector sends the "
                "server's spelling.",
                ["addons/product/models/product_product.py", "addons/product/models/product_template.py",
                 "addons/stock/models/product.py"], [
        ("id", "integer", "Database id", "read_only", ""),
        ("default_code", "string", "Internal Reference. LedgerLink's match key (the SKU)", "required",
         "product.sku"),
        ("name", "string", "Name", "required", "product.name"),
        ("list_price", "number", "Sales Price", "", "product.price"),
        ("standard_price", "number", "Cost", "", ""),
        ("barcode", "string", "Barcode", "", ""),
        ("description_sale", "string", "Sales Description", "", "product.description"),
        ("active", "boolean", "Active", "", "product.status"),
        ("detailed_type", "string", "Product Type (16/17): product (storable) / consu / service", "", ""),
        ("type", "string", "Product Type (18: consu / service / combo; 16/17: derived from detailed_type)", "", ""),
        ("is_storable", "boolean", "Track Inventory (18; on 16/17 the connector sends detailed_type product)", "",
         ""),
        ("currency_id", "integer", "Currency (the company's)", "read_only", ""),
        ("product_tmpl_id", "integer", "Product Template", "read_only", ""),
        ("write_date", "datetime", "Last Updated on (UTC)", "read_only", "product.updated_at"),
    ]),
    "stock": ("The stock of a product: its stock.quant rows in the internal locations (or the one location "
              "a match key SKU@location names) added up by the connector, one record per product, read only. "
              "The connector adds the product's SKU as product_default_code and the quants' ids as quant_ids.",
              ["addons/stock/models/stock_quant.py"], [
        ("id", "integer", "The product's database id (the record is the product's stock)", "read_only", ""),
        ("product_id", "integer", "Product", "read_only", ""),
        ("product_default_code", "string", "The product's internal reference (SKU), added by the connector",
         "read_only", "product.sku"),
        ("quant_ids", "array", "The stock.quant rows added up, added by the connector", "read_only", ""),
        ("location_id", "integer", "Location (only when the match key names one; false for the sum of all)",
         "read_only", ""),
        ("quantity", "number", "Quantity (on hand), summed over the locations", "read_only", ""),
        ("reserved_quantity", "number", "Reserved Quantity, summed over the locations", "read_only", ""),
        ("available_quantity", "number", "Available Quantity (on hand, not reserved), summed over the locations",
         "read_only", "inventory.quantity"),
        ("write_date", "datetime", "Last Updated on (UTC): the newest of the quants'", "read_only", ""),
    ]),
    "partner": ("A contact (res.partner): a person or a company.",
                ["odoo/addons/base/models/res_partner.py"], [
        ("id", "integer", "Database id", "read_only", ""),
        ("name", "string", "Name", "required", "customer.name"),
        ("email", "string", "Email. LedgerLink's match key (compared without case)", "", "customer.email"),
        ("phone", "string", "Phone", "", "customer.phone"),
        ("is_company", "boolean", "Is a Company", "", ""),
        ("street", "string", "Street", "", ""),
        ("street2", "string", "Street2", "", ""),
        ("city", "string", "City", "", ""),
        ("zip", "string", "Zip", "", ""),
        ("state_id", "integer", "State", "", ""),
        ("state_id.code", "string", "The state's code: the connector finds res.country.state by it", "", ""),
        ("country_id", "integer", "Country", "", ""),
        ("country_id.code", "string", "The country's ISO code: the connector finds res.country by it", "", ""),
        ("country_code", "string", "Country Code", "read_only", ""),
        ("vat", "string", "Tax ID", "", "customer.tax_number"),
        ("create_date", "datetime", "Created on (UTC)", "read_only", "customer.created_at"),
        ("write_date", "datetime", "Last Updated on (UTC)", "read_only", "customer.updated_at"),
    ]),
    "sale_order": ("A sales order (sale.order), created and confirmed (action_confirm) once per customer "
                   "reference.",
                   ["addons/sale/models/sale_order.py", "addons/sale/models/sale_order_line.py"], [
        ("id", "integer", "Database id", "read_only", ""),
        ("name", "string", "Order Reference (S00042)", "read_only", ""),
        ("client_order_ref", "string", "Customer Reference. LedgerLink's match key: the store's order number",
         "required", "order.number"),
        ("partner_id", "integer", "Customer: its id. Filled by the connector from partner_id.email when not mapped",
         "", ""),
        ("partner_id.email", "string", "The customer's e-mail: found, else the partner is created", "",
         "customer.email"),
        ("partner_id.name", "string", "The customer's name, for a partner the connector creates", "",
         "customer.name"),
        ("date_order", "datetime", "Order Date (UTC)", "", "order.date"),
        ("pricelist_id", "integer", "Pricelist (decides the order's currency)", "", ""),
        ("note", "string", "Terms and conditions", "", "order.note"),
        ("order_line", "array", "Order lines (sale.order.line): plain objects, created as [0, 0, values]", "", ""),
        ("order_line[].product_id", "integer", "Product: its id", "", ""),
        ("order_line[].product_id.default_code", "string", "The product's internal reference (SKU): the "
         "connector finds product.product by it", "", "line.sku"),
        ("order_line[].name", "string", "Description", "", "line.title"),
        ("order_line[].product_uom_qty", "number", "Quantity", "", "line.quantity"),
        ("order_line[].price_unit", "number", "Unit Price", "", "line.unit_price"),
        ("order_line[].discount", "number", "Discount (%)", "", ""),
        ("order_line[].tax_id", "array", "Taxes (16–18: tax_id on sale lines)", "", ""),
        ("order_line[].tax_id[].name", "string", "A sales tax by its name", "", "line.tax_code"),
        ("currency_id", "integer", "Currency (from the pricelist)", "read_only", ""),
        ("state", "string", "Status: draft / sent / sale / cancel", "read_only", ""),
        ("amount_untaxed", "number", "Untaxed Amount", "read_only", ""),
        ("amount_tax", "number", "Taxes", "read_only", ""),
        ("amount_total", "number", "Total", "read_only", ""),
        ("invoice_ids", "array", "Invoices", "read_only", ""),
        ("write_date", "datetime", "Last Updated on (UTC)", "read_only", ""),
    ]),
    "invoice": ("A customer invoice (account.move, move_type out_invoice), created and posted (action_post) "
                "once per reference.",
                ["addons/account/models/account_move.py", "addons/account/models/account_move_line.py"], _MOVE),
    "credit_note": ("A customer credit note (account.move, move_type out_refund) for exactly the refunded lines, "
                    "created and posted once per reference.",
                    ["addons/account/models/account_move.py", "addons/account/models/account_move_line.py"],
                    _CREDIT_NOTE),
    "payment": ("A customer payment: written through the register-payment wizard on its invoice "
                "(account.payment.register: amount, payment_date, communication, journal_id; it creates, "
                "posts and reconciles the payment), read as account.payment (its reference in ref on 16/17, "
                "memo on 18).",
                ["addons/account/wizard/account_payment_register.py", "addons/account/models/account_payment.py"], [
        ("id", "integer", "Database id", "read_only", ""),
        ("name", "string", "Number", "read_only", ""),
        ("amount", "number", "Amount", "required", "payment.amount"),
        ("payment_date", "date", "Payment Date (the wizard's)", "", "payment.date"),
        ("communication", "string", "Memo (the wizard's): becomes the payment's ref (16/17) or memo (18). "
         "LedgerLink's match key", "required", "payment.reference"),
        ("journal_id", "integer", "Journal: its id (the wizard's default when not given)", "", ""),
        ("journal_id.name", "string", "A bank or cash journal by its name: the connector finds account.journal "
         "by it", "", "payment.method"),
        ("invoice_id", "integer", "LedgerLink's: the invoice the wizard runs on (its id)", "", ""),
        ("invoice_id.ref", "string", "LedgerLink's: the posted invoice's reference (the order number); until it "
         "exists the payment waits", "", "order.number"),
        ("ref", "string", "Memo (16/17: the payment's reference)", "read_only", ""),
        ("memo", "string", "Memo (18: the payment's reference)", "read_only", ""),
        ("date", "date", "Date", "read_only", ""),
        ("currency_id", "integer", "Currency", "read_only", ""),
        ("partner_id", "integer", "Customer", "read_only", ""),
        ("state", "string", "Status", "read_only", ""),
        ("reconciled_invoice_ids", "array", "Reconciled Invoices", "read_only", ""),
        ("write_date", "datetime", "Last Updated on (UTC)", "read_only", ""),
    ]),
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    objects = []
    for name, (description, files, fields) in OBJECTS.items():
        out = catalog_fields(name, fields, ("string", "number", "integer", "boolean", "date", "datetime", "array"))
        sources = ", ".join(SOURCE + f for f in files)
        objects.append({
            "name": name,
            "description": f"{description} Fields: {sources}.",
            # Odoo's external API sends no webhooks; the connector polls by write_date.
            "triggers": ["poll", "schedule", "manual"],
            "fields": out,
        })
    catalog = {
        "catalog": "odoo",
        "system": "Odoo 16, 17 and 18, external JSON-RPC API",
        "generated_by": "core/mapping/catalogs/generate_odoo_catalog.py from the model fields of Odoo's source; "
                        "do not edit by hand",
        "objects": objects,
    }
    write_catalog(sys.argv[1], catalog)


if __name__ == "__main__":
    main()
