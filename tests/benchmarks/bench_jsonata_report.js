#!/usr/bin/env node
// Compares the JSON results of bench_jsonata (ours) and bench_jsonata_reference.js (npm jsonata)
// and prints the table: expression, input, ours ev/s, reference ev/s, ratio (ours / reference),
// whether both gave the same result, then the memory figures and whether every ratio >= target.
// With several rounds per side (--ours / --reference given more than once), each figure is the
// best round (the least disturbed by other load on the machine), and the spread is reported.
//
//   node bench_jsonata_report.js --ours OURS.json... --reference REF.json... [--target 5] [--markdown]
'use strict';

const fs = require('fs');

const args = process.argv.slice(2);
let target = 5;
let markdown = false;
const oursFiles = [];
const refFiles = [];
for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--target') target = Number(args[++i]);
    else if (args[i] === '--markdown') markdown = true;
    else if (args[i] === '--ours') oursFiles.push(args[++i]);
    else if (args[i] === '--reference') refFiles.push(args[++i]);
    else {
        process.stderr.write(`bench_jsonata_report.js: unknown argument ${args[i]}\n`);
        process.exit(2);
    }
}
if (oursFiles.length === 0 || refFiles.length === 0) {
    process.stderr.write('usage: bench_jsonata_report.js --ours OURS.json... --reference REF.json... [--target 5] [--markdown]\n');
    process.exit(2);
}

// Merges rounds: best perSecond per case, spread = (best - worst) / best.
function merge(files) {
    const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
    const merged = Object.assign({}, runs[0], { rounds: runs.length });
    merged.memory = runs.map((r) => r.memory).find((m) => m !== undefined);
    const spreads = [];
    merged.results = runs[0].results.map((first, index) => {
        const all = runs.map((r) => r.results[index]);
        const ok = all.filter((r) => r.perSecond !== undefined).map((r) => r.perSecond);
        if (ok.length === 0) return first;
        const best = Math.max(...ok);
        spreads.push((best - Math.min(...ok)) / best);
        return Object.assign({}, first, { perSecond: best });
    });
    spreads.sort((a, b) => a - b);
    merged.medianSpread = spreads.length ? spreads[Math.floor(spreads.length / 2)] : 0;
    merged.maxSpread = spreads.length ? spreads[spreads.length - 1] : 0;
    return merged;
}
const ours = merge(oursFiles);
const ref = merge(refFiles);
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
console.log(`ours: core/expr, ${ours.buildType} build, Qt ${ours.qt}; reference: jsonata ${ref.version} on Node.js ${ref.node}`);
console.log(`${ours.seconds} s per measurement after a warm-up; best of ${ours.rounds} round(s) per side, rounds alternating ours / reference`);
if (ours.rounds > 1 || ref.rounds > 1) {
    const pct = (x) => `${(x * 100).toFixed(0)}%`;
    console.log(`round-to-round spread (best - worst) / best: ours median ${pct(ours.medianSpread)}, max ${pct(ours.maxSpread)}; reference median ${pct(ref.medianSpread)}, max ${pct(ref.maxSpread)}`);
}
for (const { o, r } of mismatches) {
    console.log(`result differs for ${o.expression} on ${o.input}:\n  ours:      ${o.result.slice(0, 300)}\n  reference: ${r.result.slice(0, 300)}`);
}

if (ours.memory) {
    const m = ours.memory;
    console.log('');
    console.log(`memory (ours): ${m.evaluations} evaluations round-robin over ${m.cases} expression x input cases, ${m.seconds.toFixed(1)} s, after a warm-up of ${m.warmupEvaluations} in the same round-robin`);
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
