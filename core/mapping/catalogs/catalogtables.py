"""Shared by the catalog generators whose field lists are written out as tables (Odoo, Zoho Books):
turns a table of (path, type, description, flags, concept) rows into catalog fields, and writes a
catalog the way every committed catalog is written (deterministic bytes, UTF-8, a final newline).
"""
import json
import sys


def catalog_fields(name, fields, types):
    """The catalog fields of object `name` from its rows; exits naming the row on a bad one."""
    paths = [f[0] for f in fields]
    if len(set(paths)) != len(paths):
        sys.exit(f"{name}: a field is listed twice")
    out = []
    for path, ftype, text, flags, concept in fields:
        if ftype not in types:
            sys.exit(f"{name}.{path}: unknown type {ftype}")
        field = {"path": path, "type": ftype}
        if flags == "required":
            field["required"] = True
        elif flags == "read_only":
            field["read_only"] = True
        elif flags:
            sys.exit(f"{name}.{path}: unknown flag {flags}")
        field["description"] = text
        if concept:
            field["concept"] = concept
        out.append(field)
    return out


def write_catalog(path, catalog):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=2, ensure_ascii=False)
        f.write("\n")
