// Benchmark of the native JSONata engine (core/expr): evaluations per second of mapping-style
// expressions over store orders, plus a memory check over many evaluations.
//
// The expressions, bindings, inputs and the recipe of the generated orders come from
// jsonata_cases.json, which bench_jsonata_reference.js (the npm jsonata side) reads too; the
// driver run_jsonata_benchmark.sh runs both and prints the comparison. This is a benchmark,
// not a test: it asserts nothing about speed.
//
//   bench_jsonata [--shared DIR] [--cases FILE] [--seconds S] [--memory N] [--json]
//                 [--only EXPR[/INPUT]]

#include "expr/expression.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>
#include <QtCore/QSysInfo>
#include <QtCore/QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Expr;

#ifndef LEDGERLINK_SHARED_DIR
#define LEDGERLINK_SHARED_DIR ""
#endif
#ifndef LEDGERLINK_BENCH_CASES
#define LEDGERLINK_BENCH_CASES ""
#endif
#ifndef LEDGERLINK_BENCH_BUILD_TYPE
#define LEDGERLINK_BENCH_BUILD_TYPE ""
#endif

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "bench_jsonata: " << message << Qt::endl;
    std::exit(2);
}

struct Input
{
    QString name;
    Value value;
    QString sha256; // of the canonical JSON, generated orders only
    int lines = -1; // generated orders only
};

struct Case
{
    QString exprName;
    QString inputName;
    Expression expression;
    const Value *input = nullptr;
    QString error; // error code of the first evaluation, empty when it succeeded
    QString result; // canonical JSON of the result ("undefined" when there is none)
    qint64 evaluations = 0;
    double seconds = 0;
    double perSecond = 0;
};

// Canonical JSON: compact, object keys sorted (QJsonObject sorts them), numbers in the shortest
// round-trip form. The JS side writes the same form.
QByteArray canonicalJson(const QJsonValue &v)
{
    if (v.isUndefined())
        return "undefined"_ba;
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString money(qint64 cents)
{
    return QString(QString::number(cents / 100) + u'.' + u"%1"_s.arg(cents % 100, 2, 10, QChar(u'0')));
}

// The recipe of jsonata_cases.json "generator" (and docs/benchmarks.md).
QJsonObject generateOrder(const QJsonObject &generator, int n)
{
    const QJsonArray vendors = generator.value("vendors"_L1).toArray();
    const QJsonArray taxClasses = generator.value("taxClasses"_L1).toArray();
    QJsonObject order = generator.value("template"_L1).toObject();
    order.insert("id"_L1, qint64(900000000) + n);
    order.insert("order_number"_L1, 5000 + n);
    order.insert("name"_L1, QString(u'#' + QString::number(5000 + n)));
    QJsonArray lines;
    qint64 subtotal = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 cents = 199 + (qint64(i) * 7919) % 10000;
        const int quantity = 1 + i % 4;
        subtotal += cents * quantity;
        QJsonObject line;
        line.insert("id"_L1, 10000 + i);
        line.insert("sku"_L1, QString(u"SKU-"_s + u"%1"_s.arg(i + 1, 5, 10, QChar(u'0'))));
        line.insert("title"_L1, QString(u"Item "_s + QString::number(i + 1)));
        line.insert("vendor"_L1, vendors.at(i % vendors.size()));
        line.insert("price"_L1, double(cents) / 100.0);
        line.insert("quantity"_L1, quantity);
        line.insert("tax_class"_L1, taxClasses.at(i % taxClasses.size()));
        line.insert("taxable"_L1, i % 5 != 4);
        lines.append(line);
    }
    const qint64 tax = subtotal / 5;
    order.insert("line_items"_L1, lines);
    order.insert("subtotal_price"_L1, money(subtotal));
    order.insert("total_tax"_L1, money(tax));
    order.insert("total_price"_L1, money(subtotal + tax));
    return order;
}

struct Memory
{
    qint64 rssKb = -1;
    qint64 hwmKb = -1;
};

Memory readMemory()
{
    Memory m;
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return m;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        auto field = [&](const char *name) -> std::optional<qint64> {
            if (!line.startsWith(name))
                return std::nullopt;
            return line.mid(qsizetype(qstrlen(name))).trimmed().split(' ').value(0).toLongLong();
        };
        if (auto v = field("VmRSS:"))
            m.rssKb = *v;
        else if (auto h = field("VmHWM:"))
            m.hwmKb = *h;
    }
    return m;
}

quint64 g_sink = 0; // keeps the optimiser from dropping evaluations

inline void evaluateOnce(const Case &c, const QHash<QString, Value> &bindings)
{
    const EvaluateResult r = c.expression.evaluate(*c.input, bindings);
    g_sink += quint64(r.value.type()) + (r.ok() ? 0u : 1u);
}

// Runs evaluations in batches sized to ~1 ms so the clock is read rarely: a warm-up, then
// the measurement of `seconds`. The JS side does exactly the same.
void measure(Case &c, const QHash<QString, Value> &bindings, double seconds)
{
    const qint64 warmupNs = qint64(std::min(0.25, seconds / 2) * 1e9);
    const qint64 measureNs = qint64(seconds * 1e9);
    qint64 batch = 1;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < warmupNs) {
        const qint64 t0 = timer.nsecsElapsed();
        for (qint64 i = 0; i < batch; ++i)
            evaluateOnce(c, bindings);
        if (timer.nsecsElapsed() - t0 < 1000000)
            batch *= 2;
    }
    qint64 n = 0;
    timer.restart();
    qint64 elapsed = 0;
    while ((elapsed = timer.nsecsElapsed()) < measureNs) {
        for (qint64 i = 0; i < batch; ++i)
            evaluateOnce(c, bindings);
        n += batch;
    }
    c.evaluations = n;
    c.seconds = double(elapsed) / 1e9;
    c.perSecond = double(n) / c.seconds;
}

QJsonDocument readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        fail(u"%1: %2"_s.arg(path, error.errorString()));
    return doc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString sharedDir = QString::fromUtf8(LEDGERLINK_SHARED_DIR);
    if (const QByteArray env = qgetenv("LEDGERLINK_SHARED_DIR"); !env.isEmpty())
        sharedDir = QString::fromLocal8Bit(env);
    QString casesPath = QString::fromUtf8(LEDGERLINK_BENCH_CASES);
    double seconds = 0.5;
    qint64 memoryEvaluations = 0;
    bool json = false;
    QString only; // --only EXPR or EXPR/INPUT: measure only the matching cases (for profiling)

    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                fail(u"%1 needs a value"_s.arg(a));
            return args.at(++i);
        };
        if (a == "--shared"_L1)
            sharedDir = value();
        else if (a == "--cases"_L1)
            casesPath = value();
        else if (a == "--seconds"_L1) {
            bool ok = false;
            seconds = value().toDouble(&ok);
            if (!ok || seconds < 0.01 || seconds > 10)
                fail(u"--seconds must be between 0.01 and 10"_s);
        } else if (a == "--memory"_L1) {
            bool ok = false;
            memoryEvaluations = value().toLongLong(&ok);
            if (!ok || memoryEvaluations < 0 || memoryEvaluations > 100000000)
                fail(u"--memory must be between 0 and 10^8"_s);
        } else if (a == "--only"_L1) {
            only = value();
        } else if (a == "--json"_L1) {
            json = true;
        } else if (a == "--help"_L1 || a == "-h"_L1) {
            out() << "usage: bench_jsonata [--shared DIR] [--cases FILE] [--seconds S (0.5)]"
                     " [--memory N] [--json] [--only EXPR[/INPUT]]\n";
            return 0;
        } else {
            fail(u"unknown argument %1 (see --help)"_s.arg(a));
        }
    }

    const QJsonObject spec = readJsonFile(casesPath).object();
    const QJsonObject generator = spec.value("generator"_L1).toObject();

    QHash<QString, Value> bindings;
    const QJsonObject bindingSpec = spec.value("bindings"_L1).toObject();
    for (auto it = bindingSpec.begin(); it != bindingSpec.end(); ++it)
        bindings.insert(it.key(), Value::fromJson(it.value()));

    // Inputs are converted to Value once, as a mapping run does; the JS side likewise gets
    // parsed objects. Files are read with fromJsonText (document key order, exact integers).
    std::vector<Input> inputs;
    const QJsonArray inputSpec = spec.value("inputs"_L1).toArray();
    inputs.reserve(size_t(inputSpec.size()));
    for (const QJsonValue &item : inputSpec) {
        const QJsonObject o = item.toObject();
        Input in;
        in.name = o.value("name"_L1).toString();
        if (o.contains("file"_L1)) {
            const QString path = sharedDir + u'/' + o.value("file"_L1).toString();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                fail(u"cannot read %1 (give --shared DIR): %2"_s.arg(path, file.errorString()));
            QString error;
            std::optional<Value> v = Value::fromJsonText(QString::fromUtf8(file.readAll()), &error);
            if (!v)
                fail(u"%1: %2"_s.arg(path, error));
            in.value = std::move(*v);
        } else {
            in.lines = o.value("lines"_L1).toInt();
            const QJsonObject order = generateOrder(generator, in.lines);
            in.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(canonicalJson(order), QCryptographicHash::Sha256).toHex());
            in.value = Value::fromJson(order);
        }
        inputs.push_back(std::move(in));
    }

    std::vector<Case> cases;
    const QJsonArray exprSpec = spec.value("expressions"_L1).toArray();
    for (const QJsonValue &item : exprSpec) {
        const QJsonObject o = item.toObject();
        const QString name = o.value("name"_L1).toString();
        const CompileResult compiled = Expression::compile(o.value("expr"_L1).toString());
        if (!compiled.ok())
            fail(u"%1 does not compile: %2 %3"_s.arg(name, compiled.error.code, compiled.error.message));
        for (const Input &in : inputs) {
            if (!only.isEmpty() && only != name && only != name + u'/' + in.name)
                continue;
            Case c;
            c.exprName = name;
            c.inputName = in.name;
            c.expression = *compiled.expression;
            c.input = &in.value;
            cases.push_back(std::move(c));
        }
    }

    if (!json) {
        out() << "bench_jsonata: native core/expr, " << LEDGERLINK_BENCH_BUILD_TYPE << " build, "
              << QSysInfo::prettyProductName() << ", " << seconds << " s per measurement\n";
        for (const Input &in : inputs)
            if (in.lines >= 0)
                out() << "generated " << in.name << " (" << in.lines << " lines) sha256 " << in.sha256
                      << '\n';
        out() << u"%1 %2 %3\n"_s.arg(u"expression"_s, -14).arg(u"input"_s, -12).arg(u"ev/s"_s, 14);
        out().flush();
    }

    for (Case &c : cases) {
        const EvaluateResult first = c.expression.evaluate(*c.input, bindings);
        if (!first.ok()) {
            c.error = first.error->code;
            c.result = u"error "_s + first.error->code;
        } else {
            c.result = QString::fromUtf8(canonicalJson(first.json()));
            measure(c, bindings, seconds);
        }
        if (!json) {
            out() << u"%1 %2 %3\n"_s.arg(c.exprName, -14)
                         .arg(c.inputName, -12)
                         .arg(c.error.isEmpty() ? QString::number(c.perSecond, 'f', 0)
                                                : u"error "_s + c.error,
                              14);
            out().flush();
        }
    }

    // Memory: warm up every case, then run memoryEvaluations evaluations round-robin over the
    // cases that evaluate without error, sampling VmRSS / VmHWM.
    QJsonObject memory;
    if (memoryEvaluations > 0) {
        std::vector<const Case *> ok;
        for (const Case &c : cases)
            if (c.error.isEmpty())
                ok.push_back(&c);
        if (ok.empty())
            fail(u"no expression evaluates without error; nothing to check memory with"_s);
        // The warm-up is the same round-robin as the measured run (1000 evaluations per case),
        // so the allocator has reached its steady state before the "before" figure is read.
        const qint64 warmup = qint64(ok.size()) * 1000;
        for (qint64 i = 0; i < warmup; ++i)
            evaluateOnce(*ok[size_t(i) % ok.size()], bindings);
        const Memory before = readMemory();
        QJsonArray samples;
        samples.append(before.rssKb);
        const qint64 step = std::max<qint64>(1, memoryEvaluations / 10);
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < memoryEvaluations; ++i) {
            evaluateOnce(*ok[size_t(i) % ok.size()], bindings);
            if ((i + 1) % step == 0)
                samples.append(readMemory().rssKb);
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        const Memory after = readMemory();
        memory.insert("evaluations"_L1, memoryEvaluations);
        memory.insert("cases"_L1, qint64(ok.size()));
        memory.insert("warmupEvaluations"_L1, warmup);
        memory.insert("seconds"_L1, elapsed);
        memory.insert("rssBeforeKb"_L1, before.rssKb);
        memory.insert("rssAfterKb"_L1, after.rssKb);
        memory.insert("rssGrowthKb"_L1, after.rssKb - before.rssKb);
        memory.insert("hwmBeforeKb"_L1, before.hwmKb);
        memory.insert("hwmAfterKb"_L1, after.hwmKb);
        memory.insert("hwmGrowthKb"_L1, after.hwmKb - before.hwmKb);
        memory.insert("rssSamplesKb"_L1, samples);
        if (!json) {
            QStringList s;
            for (const QJsonValue &v : std::as_const(samples))
                s << QString::number(v.toInteger());
            out() << "memory: " << memoryEvaluations << " evaluations round-robin over " << ok.size()
                  << " expression x input cases in " << QString::number(elapsed, 'f', 1)
                  << " s after a round-robin warm-up of 1000 per case\n"
                  << "  VmRSS " << before.rssKb << " kB -> " << after.rssKb << " kB (growth "
                  << after.rssKb - before.rssKb << " kB)\n"
                  << "  VmHWM " << before.hwmKb << " kB -> " << after.hwmKb << " kB (growth "
                  << after.hwmKb - before.hwmKb << " kB)\n"
                  << "  VmRSS every 10%: " << s.join(u' ') << " kB\n";
        }
    }

    if (json) {
        QJsonObject root;
        root.insert("engine"_L1, "core/expr"_L1);
        root.insert("buildType"_L1, QString::fromUtf8(LEDGERLINK_BENCH_BUILD_TYPE));
        root.insert("qt"_L1, QString::fromLatin1(qVersion()));
        root.insert("seconds"_L1, seconds);
        QJsonObject generated;
        for (const Input &in : inputs)
            if (in.lines >= 0)
                generated.insert(in.name, in.sha256);
        root.insert("generated"_L1, generated);
        QJsonArray results;
        for (const Case &c : cases) {
            QJsonObject r;
            r.insert("expression"_L1, c.exprName);
            r.insert("input"_L1, c.inputName);
            r.insert("result"_L1, c.result);
            if (c.error.isEmpty()) {
                r.insert("evaluations"_L1, c.evaluations);
                r.insert("elapsed"_L1, c.seconds);
                r.insert("perSecond"_L1, c.perSecond);
            } else {
                r.insert("error"_L1, c.error);
            }
            results.append(r);
        }
        root.insert("results"_L1, results);
        if (!memory.isEmpty())
            root.insert("memory"_L1, memory);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    out().flush();
    std::fprintf(stderr, "%s", g_sink == 42 ? " " : "");
    return 0;
}
