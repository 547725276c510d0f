// jsonata-conformance: runs the language-neutral JSONata test suite against LedgerLink's engine.
//   jsonata-conformance --suite DIR [--group NAME] [--verbose]
// Prints "group: P passed, F failed" per group and "N passed, N failed" last. Exit code 0,
// or 2 when DIR cannot be read.
#include "expr/expression.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using LedgerLink::Expr::Value;

namespace {

bool sameValue(const Value &a, const Value &b, bool unordered);

bool sameNumber(double x, double y)
{
    if (x == y)
        return true;
    return std::fabs(x - y) <= 1e-15 * std::max(std::fabs(x), std::fabs(y));
}

bool sameValue(const Value &a, const Value &b, bool unordered)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.toInt() == b.toInt();
        return sameNumber(a.toDouble(), b.toDouble());
    }
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Array: {
        const auto &x = a.items();
        const auto &y = b.items();
        if (x.size() != y.size())
            return false;
        if (!unordered) {
            for (size_t i = 0; i < x.size(); ++i) {
                if (!sameValue(x[i], y[i], false))
                    return false;
            }
            return true;
        }
        std::vector<bool> used(y.size(), false);
        for (const auto &item : x) {
            bool found = false;
            for (size_t j = 0; j < y.size(); ++j) {
                if (!used[j] && sameValue(item, y[j], false)) {
                    used[j] = found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }
    case Value::Type::Object: {
        const auto &x = a.obj();
        const auto &y = b.obj();
        qsizetype countX = 0, countY = 0;
        for (const auto &e : x.entries())
            countX += (e.second.isDefined() && !e.second.isFunction()) ? 1 : 0;
        for (const auto &e : y.entries())
            countY += e.second.isDefined() ? 1 : 0;
        if (countX != countY)
            return false;
        for (const auto &e : x.entries()) {
            if (e.second.isUndefined() || e.second.isFunction())
                continue;
            const Value *other = y.find(e.first);
            if (!other || !sameValue(e.second, *other, false))
                return false;
        }
        return true;
    }
    default:
        return LedgerLink::Expr::deepEqual(a, b);
    }
}

QString show(const Value &v)
{
    if (v.isUndefined())
        return u"(undefined)"_s;
    return LedgerLink::Expr::toJsonText(v);
}

struct Counts
{
    int passed = 0;
    int failed = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString suite;
    QString onlyGroup;
    bool verbose = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--suite" && i + 1 < args.size())
            suite = args[++i];
        else if (args[i] == u"--group" && i + 1 < args.size())
            onlyGroup = args[++i];
        else if (args[i] == u"--verbose")
            verbose = true;
    }
    QTextStream out(stdout);
    QDir groupsDir(suite + u"/groups"_s);
    if (suite.isEmpty() || !groupsDir.exists()) {
        QTextStream(stderr) << "cannot read the suite at " << suite << "\n";
        return 2;
    }
    QHash<QString, Value> datasets;
    auto dataset = [&](const QString &name) -> Value {
        if (!datasets.contains(name)) {
            QFile f(suite + u"/datasets/"_s + name + u".json"_s);
            Value v;
            if (f.open(QIODevice::ReadOnly)) {
                v = Value::fromJsonText(QString::fromUtf8(f.readAll())).value_or(Value());
            }
            datasets.insert(name, v);
        }
        return datasets.value(name);
    };

    Counts total;
    const QStringList groups = groupsDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &group : groups) {
        if (!onlyGroup.isEmpty() && group != onlyGroup)
            continue;
        Counts counts;
        QDir dir(groupsDir.filePath(group));
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            // the same file read again keeping key order, for the data and result fields
            const Value ordered = Value::fromJsonText(QString::fromUtf8(bytes)).value_or(Value());
            QJsonArray cases;
            if (doc.isArray())
                cases = doc.array();
            else
                cases.append(doc.object());
            for (qsizetype ci = 0; ci < cases.size(); ++ci) {
                const QJsonObject tc = cases[ci].toObject();
                const Value otc = ordered.isArray() ? ordered.at(ci) : ordered;
                auto field = [&otc](const char *name) {
                    const Value *v = otc.obj().find(QString::fromLatin1(name));
                    return v ? *v : Value();
                };
                QString exprText = tc.value(u"expr"_s).toString();
                if (tc.contains(u"expr-file"_s)) {
                    QFile ef(dir.filePath(tc.value(u"expr-file"_s).toString()));
                    if (ef.open(QIODevice::ReadOnly))
                        exprText = QString::fromUtf8(ef.readAll());
                }
                Value input;
                if (tc.contains(u"data"_s))
                    input = field("data");
                else if (tc.value(u"dataset"_s).isString())
                    input = dataset(tc.value(u"dataset"_s).toString());
                QHash<QString, Value> bindings;
                for (const auto &entry : field("bindings").obj().entries())
                    bindings.insert(entry.first, entry.second);
                LedgerLink::Expr::EvaluateOptions options;
                options.timeLimitMs = 5000;
                if (tc.contains(u"timelimit"_s))
                    options.timeLimitMs = tc.value(u"timelimit"_s).toInteger();
                if (tc.contains(u"depth"_s))
                    options.maxDepth = int(tc.value(u"depth"_s).toInteger());

                Value got;
                std::optional<LedgerLink::Expr::Error> error;
                const auto compiled = LedgerLink::Expr::Expression::compile(exprText);
                if (!compiled.ok()) {
                    error = compiled.error;
                } else {
                    const auto r = compiled.expression->evaluate(input, bindings, options);
                    if (r.ok())
                        got = r.value;
                    else
                        error = r.error;
                }

                bool pass = false;
                QString expected;
                QJsonObject expectError;
                if (tc.contains(u"code"_s))
                    expectError = tc;
                else if (tc.value(u"error"_s).isObject())
                    expectError = tc.value(u"error"_s).toObject();
                if (!expectError.isEmpty()) {
                    const QString code = expectError.value(u"code"_s).toString();
                    expected = u"error "_s + code;
                    pass = error && error->code == code;
                    if (pass && expectError.contains(u"token"_s)) {
                        expected += u" token "_s + expectError.value(u"token"_s).toString();
                        pass = error->token == expectError.value(u"token"_s).toString();
                    }
                } else if (tc.contains(u"undefinedResult"_s)) {
                    expected = u"(undefined)"_s;
                    pass = !error && got.isUndefined();
                } else if (tc.contains(u"result"_s)) {
                    const Value want = field("result");
                    expected = show(want);
                    pass = !error && sameValue(got, want, tc.value(u"unordered"_s).toBool());
                }
                if (pass) {
                    ++counts.passed;
                } else {
                    ++counts.failed;
                    if (verbose) {
                        const QString gotText = error ? u"error "_s + error->code + u" token "_s
                                + error->token + u": "_s + error->message
                                                      : show(got);
                        out << "FAIL " << group << "/" << file;
                        if (cases.size() > 1)
                            out << "[" << ci << "]";
                        out << "\n  expr:     " << exprText.simplified() << "\n  expected: " << expected
                            << "\n  got:      " << gotText << "\n";
                    }
                }
            }
        }
        out << group << ": " << counts.passed << " passed, " << counts.failed << " failed\n";
        total.passed += counts.passed;
        total.failed += counts.failed;
    }
    out << total.passed << " passed, " << total.failed << " failed\n";
    return 0;
}
