#!/usr/bin/env python3
"""Writes the sandbox store's and sandbox books' seed (store-seed.json, books-seed.json).

Deterministic: run it again and the files come out byte for byte the same. The store seed is
Shopify Admin REST 2024-04 shaped (ids as JSON integers, money as strings, shop currency EUR,
`*_set` objects carrying shop and presentment money). Every order is a pitfall:

  #1001 EUR, tax-inclusive (the order of the dry run: 2 x 29.99 + DHL 4.90, MwSt 10.36, 64.88)
  #1002 USD presentment on an EUR shop (rate 0.92), tax-exclusive state tax, an id beyond 2^53
  #1003 GBP presentment (rate 1.17), tax-inclusive UK VAT 20 %
  #1004 CHF presentment (rate 1.06), tax-inclusive Swiss VAT 8.1 %
  #1005 tax-exclusive B2B prices with a 10 % discount code allocated to the lines
  #1006 multi-line order, partially refunded (refunds[] with refund_line_items and transactions)
  #1007 marketplace order: lines from three vendors
  #1008 two lines of 0.25 at 10 % tax (exclusive): each line's tax rounds to 0.03 (0.06 in the
        lines) while the order's total_tax, computed on the total, is 0.05 — one cent off
  #1009 guest checkout: a customer without an email
  #1010 an old order whose line still carries the product's former SKU (MUG-350, now MUG-CER-350)
  #1011 JPY presentment (zero decimals)
  #1012 a custom line without a SKU
  #1013 a cancelled order (status=any finds it, the default status=open does not)

Shopify Payments (top-level `payouts` and `balance_transactions`, Admin REST 2024-04 shapes): every
order transaction with gateway shopify_payments, status success and kind sale/capture is a balance
transaction of type "charge" for the order's total in shop money (EUR: Shopify converts a USD, GBP,
CHF or JPY presentment), fee 1.9 % of that amount + 0.25 EUR, rounded half-up to the cent (decimal,
never float); every shopify_payments refund transaction is a "refund" of minus its shop-money amount,
fee 0.00. net = amount - fee. Three payouts, by order: 71000000001 paid (#1001-#1004),
71000000002 paid (#1005-#1009 and #1006's refund), 71000000003 in_transit (#1010-#1012; #1013 has
no transaction): payouts go by order number, so #1010's old charge (2026-11-05) sits in the last one.
A payout's date is the day after its last transaction's, its amount the sum of its
transactions' nets, its summary the sums by type; it ends with its own "payout" transaction of
minus its amount. Ids: payouts 71000000001..., balance transactions 72000000001... payout by payout,
each payout's by processed_at then source transaction id, its "payout" transaction last.

Usage: python3 generate_sandbox_seed.py  (writes next to this script)
"""
import datetime
import json
import os
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SHOP = "EUR"
LOCATIONS = [
    {"id": 61000000001, "name": "Berlin Warehouse", "address1": "Lagerstrasse 1", "city": "Berlin",
     "zip": "10115", "country": "DE", "country_code": "DE", "active": True, "legacy": False,
     "created_at": "2026-09-01T09:00:00+01:00", "updated_at": "2026-09-01T09:00:00+01:00",
     "admin_graphql_api_id": "gid://shopify/Location/61000000001"},
    {"id": 61000000002, "name": "Zurich Pop-up", "address1": "Bahnhofstrasse 10", "city": "Zurich",
     "zip": "8001", "country": "CH", "country_code": "CH", "active": True, "legacy": False,
     "created_at": "2026-09-01T09:00:00+01:00", "updated_at": "2026-09-01T09:00:00+01:00",
     "admin_graphql_api_id": "gid://shopify/Location/61000000002"},
]


def d(text):
    return Decimal(str(text))


def r2(value, places=2):
    q = Decimal(1).scaleb(-places)
    return value.quantize(q, rounding=ROUND_HALF_UP)


def fmt(value, places=2):
    return str(r2(value, places))


def customer(cid, email, first, last, created, company=None, note=None):
    c = {"id": cid, "email": email, "created_at": created, "updated_at": created, "first_name": first,
         "last_name": last, "state": "enabled" if email else "disabled", "note": note,
         "verified_email": bool(email), "tax_exempt": False, "phone": None, "tags": "", "currency": SHOP,
         "admin_graphql_api_id": f"gid://shopify/Customer/{cid}"}
    if company:
        c["default_address"] = {"id": cid + 1, "customer_id": cid, "company": company, "first_name": first,
                                "last_name": last, "country_code": "IE", "default": True}
    return c


CUSTOMERS = [
    customer(7001, "anna.schmidt@example.de", "Anna", "Schmidt", "2026-10-02T09:14:00+01:00", note="VAT DE811907980"),
    customer(7002, "james.miller@example.com", "James", "Miller", "2026-10-05T17:40:12+01:00"),
    customer(7003, "yuki.tanaka@example.jp", "Yuki", "Tanaka", "2026-10-09T02:03:55+01:00"),
    customer(7004, "liam.oconnor@example.ie", "Liam", "O'Connor", "2026-10-11T12:20:00+01:00", company="Cliffside Crafts Ltd"),
    customer(7005, None, "Gustav", "Gast", "2026-11-24T10:00:00+01:00"),
    customer(7006, "sophie.martin@example.ch", "Sophie", "Martin", "2026-10-15T08:00:00+01:00"),
    customer(7007, "emma.brown@example.co.uk", "Emma", "Brown", "2026-10-16T08:00:00+01:00"),
]
BY_ID = {c["id"]: c for c in CUSTOMERS}

# product id, title, vendor, [(variant id, variant title, sku, price EUR, inventory item id, stock)]
PRODUCTS = [
    (7100000001, "Organic Cotton Tee", "Sandbox Apparel",
     [(4900000001, "S", "TEE-ORG-S", "29.99", 5100000001, 40), (4900000002, "M", "TEE-ORG-M", "29.99", 5100000002, 55),
      (4900000003, "L", "TEE-ORG-L", "29.99", 5100000003, 25)]),
    (7100000002, "Ceramic Mug 350 ml", "Acme Ceramics", [(4900000004, "Default Title", "MUG-CER-350", "13.50", 5100000004, 120)]),
    (7100000003, "Soy Candle 200 g", "Sandbox Home", [(4900000005, "Default Title", "CANDLE-SOY-200", "9.95", 5100000005, 80)]),
    (7100000004, "Matcha Tea 30 g", "Sandbox Pantry", [(4900000006, "Default Title", "TEA-MATCHA-30", "16.90", 5100000006, 30)]),
    (7100000005, "Oak Bowl 20 cm", "Nordic Woodworks", [(4900000007, "Default Title", "BOWL-OAK-20", "39.00", 5100000007, 12)]),
    (7100000006, "Logo Sticker", "Sandbox Apparel", [(4900000008, "Default Title", "STICKER-LOGO", "0.25", 5100000008, 1000)]),
    (7100000007, "Merino Scarf", "Highland Wool Co", [(4900000009, "Default Title", "SCARF-MERINO", "49.00", 5100000009, 18)]),
    (7100000008, "Dotted Notebook A5", "Sandbox Paper", [(4900000010, "Default Title", "NOTEBOOK-A5", "12.00", 5100000010, 64)]),
]
VARIANTS = {}
for pid, title, vendor, variants in PRODUCTS:
    for vid, vtitle, sku, price, item, stock in variants:
        VARIANTS[sku] = dict(product_id=pid, variant_id=vid, title=title, variant_title=vtitle, vendor=vendor,
                             price=price, inventory_item_id=item)


def product_json(pid, title, vendor, variants):
    created = "2026-09-02T10:00:00+01:00"
    # The mug's SKU changed from MUG-350 to MUG-CER-350 on 2026-11-10: order #1010 still has the old one.
    updated = "2026-11-10T12:00:00+01:00" if pid == 7100000002 else created
    return {
        "id": pid, "title": title, "body_html": f"<p>{title}</p>", "vendor": vendor, "product_type": "",
        "handle": title.lower().replace(" ", "-"), "status": "active", "tags": "", "created_at": created,
        "updated_at": updated, "published_at": created, "admin_graphql_api_id": f"gid://shopify/Product/{pid}",
        "options": [{"id": pid + 1, "product_id": pid, "name": "Size" if len(variants) > 1 else "Title", "position": 1}],
        "variants": [{
            "id": vid, "product_id": pid, "title": vtitle, "price": price, "sku": sku, "position": i + 1,
            "inventory_policy": "deny", "compare_at_price": None, "fulfillment_service": "manual",
            "inventory_management": "shopify", "option1": vtitle, "taxable": True, "barcode": None, "grams": 200,
            "weight": 0.2, "weight_unit": "kg", "inventory_item_id": item, "inventory_quantity": stock,
            "requires_shipping": True, "created_at": created, "updated_at": updated,
            "admin_graphql_api_id": f"gid://shopify/ProductVariant/{vid}"}
            for i, (vid, vtitle, sku, price, item, stock) in enumerate(variants)],
    }


def money_set(shop_amount, presentment_amount, presentment):
    return {"shop_money": {"amount": shop_amount, "currency_code": SHOP},
            "presentment_money": {"amount": presentment_amount, "currency_code": presentment}}


class Ids:
    line = 13000000001
    tx = 16000000001
    refund = 17000000001
    shipping = 18000000001


def order(oid, number, cust, created, lines, shipping=None, presentment=SHOP, rate="1", taxes_included=True,
          tax_title="MwSt 19 %", tax_rate="0.19", discount=None, financial_status="paid", cancelled=False,
          tax_override=None, updated=None, places=2):
    """lines: (sku or None, title, vendor, quantity, unit price in presentment currency, sku override)."""
    rate = d(rate)
    tr = d(tax_rate)

    def shop(amount):
        return fmt(amount * rate)

    def pres(amount):
        return fmt(amount, places)

    line_items = []
    gross_lines = Decimal(0)
    disc_total = Decimal(0)
    tax_total = Decimal(0)
    # Discount code: a percentage of the lines, allocated line by line (rounded per line).
    for sku, title, vendor, qty, price, sku_as_sold in lines:
        price = d(price)
        gross = price * qty
        disc = r2(gross * d(discount[1]) / 100, places) if discount else Decimal(0)
        taxable = gross - disc
        tax = r2(taxable * tr / (1 + tr), places) if taxes_included else r2(taxable * tr, places)
        gross_lines += gross
        disc_total += disc
        tax_total += tax
        v = VARIANTS.get(sku) if sku else None
        lid = Ids.line
        Ids.line += 1
        line_items.append({
            "id": lid, "admin_graphql_api_id": f"gid://shopify/LineItem/{lid}",
            "current_quantity": qty, "fulfillable_quantity": qty, "fulfillment_service": "manual",
            "fulfillment_status": None, "gift_card": False, "grams": 200,
            "name": f"{title} - {v['variant_title']}" if v and v["variant_title"] != "Default Title" else title,
            "price": shop(price), "price_set": money_set(shop(price), pres(price), presentment),
            "product_exists": v is not None, "product_id": v["product_id"] if v else None, "properties": [],
            "quantity": qty, "requires_shipping": True, "sku": sku_as_sold if sku_as_sold is not None else sku,
            "taxable": True, "title": title, "total_discount": shop(disc),
            "total_discount_set": money_set(shop(disc), pres(disc), presentment),
            "variant_id": v["variant_id"] if v else None, "variant_inventory_management": "shopify" if v else None,
            "variant_title": v["variant_title"] if v else None, "vendor": vendor,
            "tax_lines": [{"channel_liable": False, "price": shop(tax), "price_set": money_set(shop(tax), pres(tax), presentment),
                           "rate": float(tr), "title": tax_title}],
            "duties": [],
            "discount_allocations": [{"amount": shop(disc), "amount_set": money_set(shop(disc), pres(disc), presentment),
                                      "discount_application_index": 0}] if discount else [],
        })
    shipping_lines = []
    ship_total = Decimal(0)
    if shipping:
        title, code, price, taxed = shipping
        price = d(price)
        ship_tax = (r2(price * tr / (1 + tr), places) if taxes_included else r2(price * tr, places)) if taxed else Decimal(0)
        ship_total += price
        tax_total += ship_tax
        sid = Ids.shipping
        Ids.shipping += 1
        shipping_lines.append({
            "id": sid, "carrier_identifier": None, "code": code, "discounted_price": shop(price),
            "discounted_price_set": money_set(shop(price), pres(price), presentment), "phone": None,
            "price": shop(price), "price_set": money_set(shop(price), pres(price), presentment),
            "requested_fulfillment_service_id": None, "source": "shopify", "title": title,
            "tax_lines": [{"channel_liable": False, "price": shop(ship_tax),
                           "price_set": money_set(shop(ship_tax), pres(ship_tax), presentment),
                           "rate": float(tr), "title": tax_title}] if taxed else [],
            "discount_allocations": [],
        })
    if tax_override is not None:
        tax_total = d(tax_override)
    subtotal = gross_lines - disc_total
    total = subtotal + ship_total + (Decimal(0) if taxes_included else tax_total)
    c = BY_ID.get(cust) if cust else None
    created_ts = created
    updated = updated or created

    def both(key, amount):
        return {key: shop(amount), key + "_set": money_set(shop(amount), pres(amount), presentment)}

    o = {
        "id": oid, "admin_graphql_api_id": f"gid://shopify/Order/{oid}", "app_id": 580111,
        "buyer_accepts_marketing": False, "cancel_reason": "customer" if cancelled else None,
        "cancelled_at": updated if cancelled else None, "closed_at": None, "confirmed": True,
        "contact_email": c["email"] if c else None, "created_at": created_ts, "currency": SHOP,
        "customer_locale": "en", "discount_codes": [{"code": discount[0], "amount": shop(disc_total), "type": "percentage"}] if discount else [],
        "email": (c["email"] or "") if c else "", "estimated_taxes": False, "financial_status": financial_status,
        "fulfillment_status": None, "name": f"#{number}", "note": None, "note_attributes": [],
        "number": number - 1000, "order_number": number, "payment_gateway_names": ["shopify_payments"],
        "phone": None, "presentment_currency": presentment, "processed_at": created_ts, "source_name": "web",
        "tags": "", "tax_exempt": False, "taxes_included": taxes_included, "test": False,
        "total_weight": 200 * len(line_items), "updated_at": updated, "user_id": None,
        "tax_lines": [{"price": shop(tax_total), "rate": float(tr), "title": tax_title,
                       "price_set": money_set(shop(tax_total), pres(tax_total), presentment), "channel_liable": False}],
        "line_items": line_items, "shipping_lines": shipping_lines, "refunds": [], "fulfillments": [],
        "customer": c, "billing_address": None, "shipping_address": None,
        "discount_applications": [{"target_type": "line_item", "type": "discount_code", "value": discount[1],
                                   "value_type": "percentage", "allocation_method": "across", "target_selection": "all",
                                   "code": discount[0]}] if discount else [],
        "total_outstanding": "0.00", "total_tip_received": "0.00",
    }
    if rate != 1:
        o["note_attributes"] = [{"name": "sandbox_exchange_rate", "value": f"1 {presentment} = {rate} {SHOP}"}]
    o.update(both("total_line_items_price", gross_lines))
    o.update(both("total_discounts", disc_total))
    o.update(both("subtotal_price", subtotal))
    o.update(both("total_tax", tax_total))
    o.update(both("total_price", total))
    o.update(both("current_subtotal_price", subtotal))
    o.update(both("current_total_tax", tax_total))
    o.update(both("current_total_discounts", disc_total))
    o.update(both("current_total_price", total))
    o["total_shipping_price_set"] = money_set(shop(ship_total), pres(ship_total), presentment)
    if financial_status in ("paid", "partially_refunded"):
        tid = Ids.tx
        Ids.tx += 1
        o["transactions"] = [{"id": tid, "order_id": oid, "kind": "sale", "gateway": "shopify_payments",
                              "status": "success", "amount": pres(total), "currency": presentment,
                              "created_at": created_ts, "processed_at": created_ts, "parent_id": None,
                              "test": False, "authorization": f"ch_sandbox_{tid}", "source_name": "web",
                              "admin_graphql_api_id": f"gid://shopify/OrderTransaction/{tid}"}]
    else:
        o["transactions"] = []
    o["_presentment"] = (presentment, rate, places)
    return o


def refund(o, line_index, quantity, created, note):
    """Refunds `quantity` of one line (with its tax) and records the refund transaction."""
    presentment, rate, places = o.pop("_presentment")
    line = o["line_items"][line_index]
    price = d(line["price_set"]["presentment_money"]["amount"])
    line_tax_total = d(line["tax_lines"][0]["price_set"]["presentment_money"]["amount"])
    tax = r2(line_tax_total * quantity / line["quantity"], places)
    subtotal = price * quantity
    amount = subtotal if o["taxes_included"] else subtotal + tax
    rid = Ids.refund
    Ids.refund += 1
    tid = Ids.tx
    Ids.tx += 1
    sale = o["transactions"][0]
    tx = {"id": tid, "order_id": o["id"], "kind": "refund", "gateway": "shopify_payments", "status": "success",
          "amount": fmt(amount, places), "currency": presentment, "created_at": created, "processed_at": created,
          "parent_id": sale["id"], "test": False, "authorization": f"re_sandbox_{tid}", "source_name": "web",
          "admin_graphql_api_id": f"gid://shopify/OrderTransaction/{tid}"}
    shop = lambda a: fmt(a * rate)  # noqa: E731
    o["refunds"] = [{
        "id": rid, "admin_graphql_api_id": f"gid://shopify/Refund/{rid}", "created_at": created, "note": note,
        "order_id": o["id"], "processed_at": created, "restock": True, "user_id": None,
        "refund_line_items": [{"id": rid + 500, "line_item_id": line["id"], "location_id": LOCATIONS[0]["id"],
                               "quantity": quantity, "restock_type": "return", "subtotal": shop(subtotal),
                               "subtotal_set": money_set(shop(subtotal), fmt(subtotal, places), presentment),
                               "total_tax": shop(tax), "total_tax_set": money_set(shop(tax), fmt(tax, places), presentment),
                               "line_item": {k: line[k] for k in ("id", "sku", "title", "name", "quantity", "price", "vendor")}}],
        "transactions": [tx], "order_adjustments": [], "duties": [],
    }]
    o["transactions"].append(tx)
    o["financial_status"] = "partially_refunded"
    o["current_total_price"] = shop(d(o["total_price_set"]["presentment_money"]["amount"]) - amount)
    o["current_total_price_set"] = money_set(o["current_total_price"], fmt(d(o["total_price_set"]["presentment_money"]["amount"]) - amount, places), presentment)
    o["current_total_tax"] = shop(d(o["total_tax_set"]["presentment_money"]["amount"]) - tax)
    o["current_total_tax_set"] = money_set(o["current_total_tax"], fmt(d(o["total_tax_set"]["presentment_money"]["amount"]) - tax, places), presentment)
    o["current_subtotal_price"] = shop(d(o["subtotal_price_set"]["presentment_money"]["amount"]) - subtotal)
    o["current_subtotal_price_set"] = money_set(o["current_subtotal_price"], fmt(d(o["subtotal_price_set"]["presentment_money"]["amount"]) - subtotal, places), presentment)
    line["current_quantity"] = line["quantity"] - quantity
    o["_presentment"] = (presentment, rate, places)
    return o


def V(sku, qty, price=None, sku_as_sold=None):
    v = VARIANTS[sku]
    return (sku, v["title"], v["vendor"], qty, price or v["price"], sku_as_sold)


ORDERS = [
    order(5101, 1001, 7001, "2026-11-20T10:12:44+01:00", [V("TEE-ORG-M", 2)], ("DHL Paket", "DHL", "4.90", True),
          updated="2026-11-20T10:15:02+01:00"),
    order(820982911946154508, 1002, 7002, "2026-11-21T15:02:10+01:00",
          [V("MUG-CER-350", 1, "14.50"), V("CANDLE-SOY-200", 3, "10.95")], ("USPS Ground", "USPS", "5.00", False),
          presentment="USD", rate="0.92", taxes_included=False, tax_title="Michigan State Tax 6 %", tax_rate="0.06"),
    order(5103, 1003, 7007, "2026-11-21T18:30:00+01:00", [V("SCARF-MERINO", 1, "42.00"), V("NOTEBOOK-A5", 2, "10.50")],
          ("Royal Mail Tracked", "RM48", "3.95", True), presentment="GBP", rate="1.17", tax_title="VAT 20 %", tax_rate="0.20"),
    order(5104, 1004, 7006, "2026-11-22T09:05:00+01:00", [V("BOWL-OAK-20", 1, "41.50"), V("TEA-MATCHA-30", 2, "17.90")],
          ("Swiss Post", "CHP", "7.00", True), presentment="CHF", rate="1.06", tax_title="MWST 8.1 %", tax_rate="0.081"),
    order(5105, 1005, 7004, "2026-11-22T11:45:00+01:00", [V("NOTEBOOK-A5", 10, "10.08"), V("CANDLE-SOY-200", 4, "8.36")],
          ("DHL Express", "DHLX", "12.00", True), taxes_included=False, discount=("WELCOME10", "10")),
    refund(order(5106, 1006, 7001, "2026-11-23T08:20:00+01:00",
                 [V("TEE-ORG-S", 1), V("TEE-ORG-L", 2), V("MUG-CER-350", 2)], ("DHL Paket", "DHL", "4.90", True),
                 updated="2026-11-25T14:00:00+01:00"),
           1, 1, "2026-11-25T14:00:00+01:00", "Size L too large, one returned"),
    order(5107, 1007, 7002, "2026-11-23T13:10:00+01:00",
          [V("TEE-ORG-M", 1), V("MUG-CER-350", 2), V("BOWL-OAK-20", 1)], ("DHL Paket", "DHL", "4.90", True)),
    order(5108, 1008, 7004, "2026-11-24T09:00:00+01:00",
          [V("STICKER-LOGO", 1), ("STICKER-LOGO", "Logo Sticker (gift)", "Sandbox Apparel", 1, "0.25", None)],
          None, taxes_included=False, tax_title="Reduced VAT 10 %", tax_rate="0.10", tax_override="0.05"),
    order(5109, 1009, 7005, "2026-11-24T10:00:00+01:00", [V("CANDLE-SOY-200", 1)], ("Pickup", "PICKUP", "0.00", False)),
    order(5110, 1010, 7006, "2026-11-05T16:00:00+01:00", [V("MUG-CER-350", 4, None, "MUG-350")],
          ("DHL Paket", "DHL", "4.90", True)),
    order(5111, 1011, 7003, "2026-11-25T03:30:00+01:00", [V("TEA-MATCHA-30", 1, "2480")], ("Yamato", "YMT", "500", True),
          presentment="JPY", rate="0.0061", tax_title="Consumption tax 8 %", tax_rate="0.08", places=0),
    order(5112, 1012, 7001, "2026-11-25T12:00:00+01:00",
          [V("TEE-ORG-M", 1), (None, "Gift wrapping", None, 1, "3.50", None)], ("DHL Paket", "DHL", "4.90", True)),
    order(5113, 1013, 7007, "2026-11-26T09:00:00+01:00", [V("SCARF-MERINO", 1)], ("DHL Paket", "DHL", "4.90", True),
          financial_status="voided", cancelled=True, updated="2026-11-26T10:00:00+01:00"),
]
for o in ORDERS:
    o.pop("_presentment", None)
# #1008: the order's tax is computed on the total (0.50 x 10 % = 0.05) while each line's tax rounds
# to 0.03: total_price is 0.55, one cent below lines + line taxes (0.56).
o1008 = ORDERS[7]
assert o1008["total_tax"] == "0.05" and o1008["total_price"] == "0.55"


# Shopify Payments: balance transactions and payouts derived from the orders' transactions (see the
# docstring). Order number -> payout id; the payout ids' statuses.
PAYOUT_OF_ORDER = {**{n: 71000000001 for n in range(1001, 1005)}, **{n: 71000000002 for n in range(1005, 1010)},
                   **{n: 71000000003 for n in range(1010, 1013)}}
PAYOUT_STATUS = {71000000001: "paid", 71000000002: "paid", 71000000003: "in_transit"}
FEE_RATE = Decimal("0.019")
FEE_FIXED = Decimal("0.25")


def shopify_payments():
    moves = {pid: [] for pid in PAYOUT_STATUS}  # payout id -> [(processed_at, source tx id, fields)]
    for o in ORDERS:
        for tx in o["transactions"]:
            if tx["gateway"] != "shopify_payments" or tx["status"] != "success":
                continue
            pid = PAYOUT_OF_ORDER[o["order_number"]]
            if tx["kind"] in ("sale", "capture"):
                amount = d(o["total_price_set"]["shop_money"]["amount"])
                fee = r2(amount * FEE_RATE + FEE_FIXED)
                fields = {"type": "charge", "amount": amount, "fee": fee, "source_id": tx["id"],
                          "source_type": "charge"}
            elif tx["kind"] == "refund":
                assert tx["currency"] == SHOP  # the seed's refund is in EUR: its amount is shop money
                refund_id = next(r["id"] for r in o["refunds"] if any(t["id"] == tx["id"] for t in r["transactions"]))
                fields = {"type": "refund", "amount": -d(tx["amount"]), "fee": Decimal("0.00"),
                          "source_id": refund_id, "source_type": "refund"}
            else:
                continue
            fields.update(source_order_id=o["id"], source_order_transaction_id=tx["id"], processed_at=tx["processed_at"])
            moves[pid].append((tx["processed_at"], tx["id"], fields))
    payouts, transactions = [], []
    next_id = 72000000001
    for pid, status in PAYOUT_STATUS.items():
        listed = [f for _, _, f in sorted(moves[pid], key=lambda m: (m[0], m[1]))]
        sums = {}
        for kind in ("charge", "refund"):
            sums[kind] = (sum((f["amount"] for f in listed if f["type"] == kind), Decimal("0.00")),
                          sum((f["fee"] for f in listed if f["type"] == kind), Decimal("0.00")))
        amount = sum((f["amount"] - f["fee"] for f in listed), Decimal("0.00"))
        last = max(f["processed_at"] for f in listed)
        date = (datetime.date.fromisoformat(last[:10]) + datetime.timedelta(days=1)).isoformat()
        listed.append({"type": "payout", "amount": -amount, "fee": Decimal("0.00"), "source_id": pid,
                       "source_type": "payout", "source_order_id": None, "source_order_transaction_id": None,
                       "processed_at": f"{date}T08:00:00+01:00"})
        for f in listed:
            transactions.append({"id": next_id, "type": f["type"], "test": False, "payout_id": pid,
                                 "payout_status": status, "currency": SHOP, "amount": fmt(f["amount"]),
                                 "fee": fmt(f["fee"]), "net": fmt(f["amount"] - f["fee"]),
                                 "source_id": f["source_id"], "source_type": f["source_type"],
                                 "source_order_id": f["source_order_id"],
                                 "source_order_transaction_id": f["source_order_transaction_id"],
                                 "processed_at": f["processed_at"]})
            next_id += 1
        zero = "0.00"
        payouts.append({"id": pid, "status": status, "date": date, "currency": SHOP, "amount": fmt(amount),
                        "summary": {"adjustments_fee_amount": zero, "adjustments_gross_amount": zero,
                                    "charges_fee_amount": fmt(sums["charge"][1]),
                                    "charges_gross_amount": fmt(sums["charge"][0]),
                                    "refunds_fee_amount": fmt(sums["refund"][1]),
                                    "refunds_gross_amount": fmt(sums["refund"][0]),
                                    "reserved_funds_fee_amount": zero, "reserved_funds_gross_amount": zero,
                                    "retried_payouts_fee_amount": zero, "retried_payouts_gross_amount": zero}})
    return payouts, transactions


PAYOUTS, BALANCE_TRANSACTIONS = shopify_payments()

store = {
    "comment": "Generated by generate_sandbox_seed.py (Shopify Admin REST 2024-04 shapes); see its docstring.",
    "shop": {"domain": "sandbox-shop.myshopify.com", "currency": SHOP, "iana_timezone": "Europe/Berlin"},
    "locations": LOCATIONS,
    "customers": CUSTOMERS,
    "products": [product_json(*p) for p in PRODUCTS],
    "inventory_levels": [{"inventory_item_id": item, "location_id": LOCATIONS[0]["id"], "available": stock}
                         for _, _, _, vs in PRODUCTS for (_, _, _, _, item, stock) in vs],
    "orders": ORDERS,
    "payouts": PAYOUTS,
    "balance_transactions": BALANCE_TRANSACTIONS,
}
def account(code, name, kind, klass, payments):
    """A Xero Account of the sandbox books' chart (fixed ids: the same on every start)."""
    a = {"AccountID": f"6a1f0c3e-2b5d-4e8a-9c01-000000000{code}", "Code": code, "Name": name, "Type": kind,
         "Class": klass, "Status": "ACTIVE", "TaxType": "NONE", "EnablePaymentsToAccount": payments,
         "ShowInExpenseClaims": False}
    if kind == "BANK":
        a.update({"BankAccountNumber": "DE89370400440532013000", "BankAccountType": "BANK", "CurrencyCode": "EUR"})
    return a


books = {
    "comment": "Generated by generate_sandbox_seed.py: the sandbox books' Items (one per current SKU; the old SKU "
               "MUG-350 is deliberately absent) and two Contacts.",
    "Items": [{"Code": sku, "Name": f"{v['title']} {v['variant_title']}".replace(" Default Title", ""),
               "Description": v["title"], "IsSold": True, "IsPurchased": False,
               "SalesDetails": {"UnitPrice": v["price"], "AccountCode": "200", "TaxType": "OUTPUT2"}}
              for sku, v in VARIANTS.items()],
    "Contacts": [
        {"Name": "Anna Schmidt", "FirstName": "Anna", "LastName": "Schmidt", "EmailAddress": "anna.schmidt@example.de",
         "TaxNumber": "DE811907980", "IsCustomer": True},
        {"Name": "Cliffside Crafts Ltd", "FirstName": "Liam", "LastName": "O'Connor",
         "EmailAddress": "liam.oconnor@example.ie", "IsCustomer": True},
    ],
    # The chart of accounts the mappings name: invoice payments land on a gateway's clearing
    # account, its payouts on the bank account 095 with their fees on 404 (docs/money.md, 6).
    "Accounts": [account(*a) for a in (
        ("090", "Shopify Payments clearing", "CURRENT", "ASSET", True),
        ("091", "PayPal clearing", "CURRENT", "ASSET", True),
        ("092", "Cash on hand", "CURRENT", "ASSET", True),
        ("095", "Business Bank Account", "BANK", "ASSET", False),
        ("200", "Sales", "REVENUE", "REVENUE", False),
        ("404", "Bank Fees", "EXPENSE", "EXPENSE", False),
        ("260", "Other Revenue", "REVENUE", "REVENUE", False),
    )],
}
for name, data in (("store-seed.json", store), ("books-seed.json", books)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
