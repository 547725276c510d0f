#!/usr/bin/env node
// Compares the JSON results of bench_jsonata (ours) and bench_jsonata_reference.js (npm jsonata)
// and prints the table: expression, input, ours ev/s, reference ev/s, ratio (ours / reference),
// whether both gave the same result, then the memory figures and whether every ratio >= target.
//
//   node bench_jsonata_report.js OURS.json REFERENCE.json [--target 5] [--markdown]
'use strict';

const fs = require('fs');

const args = process.argv.slice(2);
let target = 5;
let markdown = false;
const files = [];
for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--target') target = Number(args[++i]);
    else if (args[i] === '--markdown') markdown = true;
    else files.push(args[i]);
}
if (files.length !== 2) {
    process.stderr.write('usage: bench_jsonata_report.js OURS.json REFERENCE.json [--target 5] [--markdown]\n');
    process.exit(2);
}
const ours = JSON.parse(fs.readFileSync(files[0], 'utf8'));
const ref = JSON.parse(fs.readFileSync(files[1], 'utf8'));
let problems = 0;

// The generated orders must be identical on both sides.
for (const name of Object.keys(ours.generated)) {
    const same = ours.generated[name] === ref.generated[name];
    if (!same) ++problems;
    console.log(`generated ${name}: sha256 ${ours.generated[name]} ${same ? '(same on both sides)' : `DIFFERS from reference ${ref.generated[name]}`}`);
}

const key = (r) => `${r.expression}\u0000${r.input}`;
const refByKey = new Map(ref.results.map((r) => [key(r), r]));
const fmt = (x) => (x === undefined ? '-' : Math.round(x).toLocaleString('en-US'));
const rows = [];
const below = [];
const mismatches = [];
for (const o of ours.results) {
    const r = refByKey.get(key(o));
    if (!r) {
        ++problems;
        rows.push([o.expression, o.input, fmt(o.perSecond), 'missing', '-', '-']);
        continue;
    }
    const same = o.result === r.result;
    if (!same) mismatches.push({ o, r });
    let ratio = '-';
    if (o.error || r.error) {
        ratio = `n/a (${o.error ? 'ours ' + o.error : 'ours ok'}, ${r.error ? 'ref ' + r.error : 'ref ok'})`;
    } else {
        const x = o.perSecond / r.perSecond;
        ratio = x.toFixed(2);
        if (x < target) below.push({ expression: o.expression, input: o.input, ratio: x });
    }
    rows.push([o.expression, o.input, o.error ? 'error' : fmt(o.perSecond),
        r.error ? 'error' : fmt(r.perSecond), ratio, same ? 'same' : 'DIFFERENT']);
}

const header = ['expression', 'input', 'ours ev/s', 'reference ev/s', 'ratio', 'result'];
if (markdown) {
    console.log('');
    console.log('| ' + header.join(' | ') + ' |');
    console.log('|' + header.map((h, i) => (i >= 2 && i <= 4 ? '---:' : '---')).join('|') + '|');
    for (const row of rows) console.log('| ' + row.map((c, i) => (i < 2 ? '`' + c + '`' : c)).join(' | ') + ' |');
} else {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
    const line = (row) => row.map((c, i) => (i >= 2 && i <= 4 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
    console.log('');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) console.log(line(row));
}

console.log('');
console.log(`ours: core/expr, ${ours.buildType} build, Qt ${ours.qt}; reference: jsonata ${ref.version} on Node.js ${ref.node}; ${ours.seconds} s per measurement`);
for (const { o, r } of mismatches) {
    console.log(`result differs for ${o.expression} on ${o.input}:\n  ours:      ${o.result.slice(0, 300)}\n  reference: ${r.result.slice(0, 300)}`);
}

if (ours.memory) {
    const m = ours.memory;
    console.log('');
    console.log(`memory (ours): ${m.evaluations} evaluations round-robin over ${m.cases} expression x input cases, ${m.seconds.toFixed(1)} s, after a warm-up`);
    console.log(`  VmRSS ${m.rssBeforeKb} kB -> ${m.rssAfterKb} kB: growth ${m.rssGrowthKb} kB`);
    console.log(`  VmHWM ${m.hwmBeforeKb} kB -> ${m.hwmAfterKb} kB: growth ${m.hwmGrowthKb} kB`);
    console.log(`  VmRSS at every 10%: ${m.rssSamplesKb.join(' ')} kB`);
}

console.log('');
if (below.length === 0) {
    console.log(`every ratio >= ${target}: YES`);
} else {
    console.log(`every ratio >= ${target}: NO - ${below.length} of ${rows.length} below ${target}x:`);
    for (const b of below.sort((a, b2) => a.ratio - b2.ratio))
        console.log(`  ${b.expression} on ${b.input}: ${b.ratio.toFixed(2)}x (${(b.ratio / target * 100).toFixed(0)}% of the target)`);
}
if (problems || mismatches.length)
    console.log(`WARNING: ${problems} input/case problem(s), ${mismatches.length} differing result(s) (see above)`);
