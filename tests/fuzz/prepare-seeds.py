#!/usr/bin/env python3
"""Writes the run-time seeds of the fuzz targets into <out>/<target>/ (run-fuzzers.sh calls it).

Nothing here is copied into the repository: the shared peers folder (../shared/peers) is read at
run time, as are the repository's own sample documents.
  fuzz_expr:       every expression of the JSONata test suite, with its input document
                   ("<expr>\\0<json>")
  fuzz_connectors: the vendor payloads of ../shared/peers/payloads/ and the documents in
                   tests/connectors/data/ and tests/connectors/fixtures/<slug>/, each prefixed with
                   the connector byte and an object byte
  fuzz_mapping:    resources/mappings/*.mapping.json
"""
import json
import os
import sys

source, shared, out = sys.argv[1], sys.argv[2], sys.argv[3]

# Connector bytes, as in fuzz_connectors.cpp.
CONNECTORS = {"shopify": 0, "woocommerce": 1, "vendure": 2, "tryton": 3, "xero": 4,
              "quickbooks": 5, "businesscentral": 6, "sapb1": 7, "zoho": 8}
MAX_SEED = 64 * 1024


def write(target, name, data):
    directory = os.path.join(out, target)
    os.makedirs(directory, exist_ok=True)
    if len(data) <= MAX_SEED:
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def documents(value, depth=0):
    """The JSON objects of a response or request with at least three keys, outermost first."""
    if depth > 4:
        return
    if isinstance(value, dict):
        if len(value) >= 3:
            yield value
        for child in value.values():
            yield from documents(child, depth + 1)
    elif isinstance(value, list):
        for child in value[:3]:
            yield from documents(child, depth + 1)


def connector_seeds(slug, name, value):
    for n, document in enumerate(list(documents(value))[:12]):
        body = json.dumps(document).encode()
        for obj in range(10):
            write("fuzz_connectors", f"{name}-{n}-{obj}", bytes([CONNECTORS[slug], obj]) + body)


# JSONata suite expressions.
suite = os.path.join(shared, "peers", "jsonata-suite")
datasets = {}
groups = os.path.join(suite, "groups")
for group in sorted(os.listdir(groups)) if os.path.isdir(groups) else []:
    for case in sorted(os.listdir(os.path.join(groups, group))):
        spec = load(os.path.join(groups, group, case))
        if not isinstance(spec, dict) or not isinstance(spec.get("expr"), str):
            continue
        data = spec.get("data")
        if data is None and isinstance(spec.get("dataset"), str):
            name = spec["dataset"]
            if name not in datasets:
                datasets[name] = load(os.path.join(suite, "datasets", name + ".json"))
            data = datasets[name]
        seed = spec["expr"].encode("utf-8", "surrogatepass")
        if data is not None:
            seed += b"\0" + json.dumps(data).encode("utf-8", "surrogatepass")
        write("fuzz_expr", f"{group}-{case[:-5]}", seed)

# Vendor payloads of the shared folder (file names start with the vendor's slug).
payloads = os.path.join(shared, "peers", "payloads")
for name in sorted(os.listdir(payloads)) if os.path.isdir(payloads) else []:
    slug = name.split("-")[0]
    value = load(os.path.join(payloads, name))
    if slug in CONNECTORS and value is not None:
        connector_seeds(slug, "payload-" + name[:-5], value)

# The repository's sample documents and vendor fixtures.
data_dir = os.path.join(source, "tests", "connectors", "data")
for name in sorted(os.listdir(data_dir)) if os.path.isdir(data_dir) else []:
    slug = name.split("-")[0]
    value = load(os.path.join(data_dir, name))
    if slug in CONNECTORS and value is not None:
        connector_seeds(slug, "data-" + name[:-5], value)
fixtures = os.path.join(source, "tests", "connectors", "fixtures")
for slug in sorted(os.listdir(fixtures)) if os.path.isdir(fixtures) else []:
    if slug not in CONNECTORS:
        continue
    for name in sorted(os.listdir(os.path.join(fixtures, slug))):
        value = load(os.path.join(fixtures, slug, name))
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in ("source", "note")}
            connector_seeds(slug, f"fixture-{slug}-{name[:-5]}", value)

# Mapping documents.
mappings = os.path.join(source, "resources", "mappings")
for name in sorted(os.listdir(mappings)) if os.path.isdir(mappings) else []:
    with open(os.path.join(mappings, name), "rb") as f:
        write("fuzz_mapping", name, f.read())
