#!/usr/bin/env node
// Reference side of the JSONata benchmark: the same expressions over the same inputs as
// bench_jsonata (C++), evaluated with the npm `jsonata` package. Reads jsonata_cases.json,
// generates the orders from the same recipe, prints JSON results on stdout.
//
//   node bench_jsonata_reference.js --jsonata DIR/node_modules/jsonata --shared DIR
//                                   [--cases FILE] [--seconds S]
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function fail(message) {
    process.stderr.write(`bench_jsonata_reference: ${message}\n`);
    process.exit(2);
}

const args = process.argv.slice(2);
const opts = {
    jsonata: 'jsonata',
    shared: process.env.LEDGERLINK_SHARED_DIR || '',
    cases: path.join(__dirname, 'jsonata_cases.json'),
    seconds: 0.5,
};
for (let i = 0; i < args.length; ++i) {
    const a = args[i];
    const value = () => {
        if (i + 1 >= args.length) fail(`${a} needs a value`);
        return args[++i];
    };
    if (a === '--jsonata') opts.jsonata = path.resolve(value());
    else if (a === '--shared') opts.shared = value();
    else if (a === '--cases') opts.cases = value();
    else if (a === '--seconds') {
        opts.seconds = Number(value());
        if (!(opts.seconds >= 0.01 && opts.seconds <= 10)) fail('--seconds must be between 0.01 and 10');
    } else fail(`unknown argument ${a}`);
}

const jsonata = require(opts.jsonata);
let jsonataVersion = 'unknown';
for (let dir = path.dirname(require.resolve(opts.jsonata)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
        const meta = JSON.parse(fs.readFileSync(pkg, 'utf8'));
        if (meta.name === 'jsonata') {
            jsonataVersion = meta.version;
            break;
        }
    }
}

// Canonical JSON: compact, object keys sorted, as the C++ side writes it (QJsonDocument).
function canonical(v) {
    if (v === undefined) return 'undefined';
    if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',') + ']';
    if (v !== null && typeof v === 'object') {
        const keys = Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== 'function').sort();
        return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
    }
    return JSON.stringify(v);
}

const money = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

// The recipe of jsonata_cases.json "generator" (and docs/benchmarks.md).
function generateOrder(generator, n) {
    const order = JSON.parse(JSON.stringify(generator.template));
    order.id = 900000000 + n;
    order.order_number = 5000 + n;
    order.name = '#' + String(5000 + n);
    const lines = [];
    let subtotal = 0;
    for (let i = 0; i < n; ++i) {
        const cents = 199 + ((i * 7919) % 10000);
        const quantity = 1 + (i % 4);
        subtotal += cents * quantity;
        lines.push({
            id: 10000 + i,
            sku: 'SKU-' + String(i + 1).padStart(5, '0'),
            title: 'Item ' + String(i + 1),
            vendor: generator.vendors[i % generator.vendors.length],
            price: cents / 100,
            quantity,
            tax_class: generator.taxClasses[i % generator.taxClasses.length],
            taxable: i % 5 !== 4,
        });
    }
    const tax = Math.floor(subtotal / 5);
    order.line_items = lines;
    order.subtotal_price = money(subtotal);
    order.total_tax = money(tax);
    order.total_price = money(subtotal + tax);
    return order;
}

const now = () => process.hrtime.bigint();

// Same batching as the C++ side: batches of ~1 ms, a warm-up, then `seconds` of measurement.
// evaluate() is async in jsonata 2.x, so every evaluation is awaited.
async function measure(expr, input, bindings, seconds) {
    const warmupNs = BigInt(Math.round(Math.min(0.25, seconds / 2) * 1e9));
    const measureNs = BigInt(Math.round(seconds * 1e9));
    let batch = 1;
    let start = now();
    while (now() - start < warmupNs) {
        const t0 = now();
        for (let i = 0; i < batch; ++i) await expr.evaluate(input, bindings);
        if (now() - t0 < 1000000n) batch *= 2;
    }
    let n = 0;
    start = now();
    let elapsed = 0n;
    while ((elapsed = now() - start) < measureNs) {
        for (let i = 0; i < batch; ++i) await expr.evaluate(input, bindings);
        n += batch;
    }
    const secs = Number(elapsed) / 1e9;
    return { evaluations: n, elapsed: secs, perSecond: n / secs };
}

async function main() {
    const spec = JSON.parse(fs.readFileSync(opts.cases, 'utf8'));
    const bindings = spec.bindings;
    const generated = {};
    const inputs = spec.inputs.map((item) => {
        if (item.file !== undefined) {
            const file = path.join(opts.shared, item.file);
            let text;
            try {
                text = fs.readFileSync(file, 'utf8');
            } catch (e) {
                fail(`cannot read ${file} (give --shared DIR): ${e.message}`);
            }
            return { name: item.name, value: JSON.parse(text) };
        }
        const order = generateOrder(spec.generator, item.lines);
        generated[item.name] = crypto.createHash('sha256').update(canonical(order), 'utf8').digest('hex');
        return { name: item.name, value: order };
    });

    const results = [];
    for (const e of spec.expressions) {
        let expr;
        try {
            expr = jsonata(e.expr);
        } catch (err) {
            fail(`${e.name} does not compile: ${err.code} ${err.message}`);
        }
        for (const input of inputs) {
            const r = { expression: e.name, input: input.name };
            try {
                r.result = canonical(await expr.evaluate(input.value, bindings));
                Object.assign(r, await measure(expr, input.value, bindings, opts.seconds));
            } catch (err) {
                r.error = err.code || String(err);
                r.result = 'error ' + r.error;
            }
            results.push(r);
            process.stderr.write(`${e.name.padEnd(14)} ${input.name.padEnd(12)} ${r.error ? 'error ' + r.error : Math.round(r.perSecond)}\n`);
        }
    }
    process.stdout.write(JSON.stringify({
        engine: 'jsonata-js',
        version: jsonataVersion,
        node: process.version,
        seconds: opts.seconds,
        generated,
        results,
    }, null, 2) + '\n');
}

main().catch((err) => fail(err.stack || String(err)));
