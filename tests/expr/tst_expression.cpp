// API tests of the JSONata engine: compile once / evaluate many (also concurrently), errors
// with codes and positions, exact int64 pass-through, limits, bindings and the LedgerLink
// additions ($roundHalfUp, $money).
#include "expr/expression.h"

#include <QtConcurrent/QtConcurrent>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

#include <atomic>
#include <numeric>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Expr;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

EvaluateResult run(const QString &expr, const QJsonValue &input = QJsonValue(QJsonValue::Undefined),
                   const EvaluateOptions &options = {})
{
    const CompileResult c = Expression::compile(expr);
    if (!c.ok()) {
        EvaluateResult r;
        r.error = c.error;
        return r;
    }
    return c.expression->evaluate(input, {}, options);
}

const char *orders = R"({"orders": [
    {"id": 1, "lines": [{"sku": "A", "qty": 2, "price": 10.5}, {"sku": "B", "qty": 1, "price": 3}]},
    {"id": 2, "lines": [{"sku": "C", "qty": 5, "price": 1.25}]},
    {"id": 3, "lines": [{"sku": "A", "qty": 1, "price": 10.5}, {"sku": "D", "qty": 4, "price": 0.5}]}
]})";

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void compileOnceEvaluateManyConcurrently()
    {
        const CompileResult c = Expression::compile(
            u"orders.{ 'id': id, 'total': $sum(lines.(qty * price)), 'skus': $join(lines.sku ^(<$), ',') } ^(>total)"_s);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        const Expression expr = *c.expression;
        const Value input = *Value::fromJsonText(QString::fromUtf8(orders));
        const EvaluateResult reference = expr.evaluate(input);
        QVERIFY(reference.ok());
        const QString expected = toJsonText(reference.value);
        QCOMPARE(
            expected,
            uR"([{"id":1,"total":24,"skus":"A,B"},{"id":3,"total":12.5,"skus":"A,D"},{"id":2,"total":6.25,"skus":"C"}])"_s);

        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 300; ++i) {
                    const EvaluateResult r = expr.evaluate(input);
                    if (!r.ok() || toJsonText(r.value) != expected)
                        ++mismatches;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);

        // the same through QtConcurrent, with per-item bindings
        QList<int> items(64);
        std::iota(items.begin(), items.end(), 0);
        const CompileResult withBinding = Expression::compile(u"$n * 2 + $count(orders)"_s);
        QVERIFY(withBinding.ok());
        const QList<qint64> results = QtConcurrent::blockingMapped(items, [&](int n) {
            const EvaluateResult r = withBinding.expression->evaluate(input, {{u"n"_s, Value::integer(n)}});
            return r.ok() ? qint64(r.value.toDouble()) : qint64(-1);
        });
        for (int n = 0; n < 64; ++n)
            QCOMPARE(results[n], qint64(n * 2 + 3));
    }

    void errorCodesAndPositions_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("token");
        QTest::newRow("left side of +") << u"\"abc\" + 1"_s << u"T2001"_s << 7 << u"+"_s;
        QTest::newRow("right side of *") << u"2 * 'x'"_s << u"T2002"_s << 3 << u"*"_s;
        QTest::newRow("unclosed string") << u"'abc"_s << u"S0101"_s << 4 << QString();
        QTest::newRow("unexpected end") << u"[1, 2"_s << u"S0203"_s << 5 << u"]"_s;
        QTest::newRow("syntax error") << u"1 2"_s << u"S0201"_s << 3 << u"2"_s;
        QTest::newRow("not a function") << u"$foo(1)"_s << u"T1006"_s << 5 << u"foo"_s;
        QTest::newRow("bad argument") << u"$uppercase(123)"_s << u"T0410"_s << 11 << u"uppercase"_s;
        QTest::newRow("compare types") << u"1 < 'a'"_s << u"T2009"_s << 3 << u"<"_s;
        QTest::newRow("$eval disabled") << u"$eval('1+1')"_s << u"D3120"_s << 6 << u"eval"_s;
        QTest::newRow("$error") << u"$error('stop')"_s << u"D3137"_s << 7 << u"error"_s;
    }

    void errorCodesAndPositions()
    {
        QFETCH(QString, expr);
        QFETCH(QString, code);
        QFETCH(int, position);
        QFETCH(QString, token);
        const EvaluateResult r = run(expr, json("{}"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, code);
        QCOMPARE(r.error->position, position);
        if (!token.isEmpty())
            QCOMPARE(r.error->token, token);
        QVERIFY(!r.error->message.isEmpty());
        QVERIFY2(r.error->message.contains(u"position %1"_s.arg(position)), qPrintable(r.error->message));
    }

    void plainEnglishMessage()
    {
        const EvaluateResult r = run(u"\"abc\" + 1"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->message,
                 u"The left side of + must be a number, but it is the text \"abc\" (position 7)"_s);
    }

    void int64PassThrough()
    {
        const QByteArray doc = R"({"id": 820982911946154508, "nested": {"ids": [9007199254740993, 2]}})";
        const QJsonValue input = QJsonDocument::fromJson(doc).object();
        EvaluateResult r = run(u"id"_s, input);
        QVERIFY(r.ok());
        QVERIFY(r.value.isInt());
        QCOMPARE(r.json().toInteger(), Q_INT64_C(820982911946154508));
        QCOMPARE(toJsonText(r.value), u"820982911946154508"_s);

        r = run(u"{ 'orderId': id, 'first': nested.ids[0] }"_s, input);
        QVERIFY(r.ok());
        const QJsonObject o = r.json().toObject();
        QCOMPARE(o.value(u"orderId"_s).toInteger(), Q_INT64_C(820982911946154508));
        QCOMPARE(o.value(u"first"_s).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"first":9007199254740993,"orderId":820982911946154508})"));

        // the order-keeping reader keeps the integer too
        const auto v = Value::fromJsonText(QString::fromUtf8(doc));
        QVERIFY(v);
        r = Expression::compile(u"id"_s).expression->evaluate(*v);
        QCOMPARE(toJsonText(r.value), u"820982911946154508"_s);

        // integer literals and $number of integer text stay exact too
        r = run(u"id = 820982911946154508 and $number('820982911946154508') = id"_s, input);
        QVERIFY(r.ok());
        QCOMPARE(r.value.toBool(), true);
        r = run(u"$string($number('820982911946154508'))"_s);
        QCOMPARE(r.value.toStr(), u"820982911946154508"_s);

        // arithmetic converts to double as the specification says
        r = run(u"id + 0"_s, input);
        QVERIFY(r.ok());
        QVERIFY(!r.value.isInt());
    }

    void undefinedAndNull()
    {
        EvaluateResult r = run(u"missing"_s, json(R"({"a": 1})"));
        QVERIFY(r.ok());
        QVERIFY(r.value.isUndefined());
        QCOMPARE(r.json().type(), QJsonValue::Undefined);
        r = run(u"a"_s, json(R"({"a": null})"));
        QVERIFY(r.ok());
        QVERIFY(r.value.isNull());
        QCOMPARE(r.json().type(), QJsonValue::Null);
    }

    void timeLimit()
    {
        EvaluateOptions options;
        options.timeLimitMs = 200;
        QElapsedTimer timer;
        timer.start();
        // tail-recursive, so it runs in constant stack: only the clock can stop it
        const EvaluateResult r = run(u"($loop := function($n){ $loop($n + 1) }; $loop(0))"_s, {}, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, u"U1001"_s);
        QVERIFY2(timer.elapsed() < 5000, "the time limit did not stop the evaluation");
    }

    void depthLimit()
    {
        EvaluateOptions options;
        options.maxDepth = 200;
        const QString expr = u"($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(%1))"_s;
        EvaluateResult r = run(expr.arg(5), {}, options);
        QVERIFY(r.ok());
        QCOMPARE(r.value.toDouble(), 5.0);
        r = run(expr.arg(100000), {}, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, u"U1001"_s);
    }

    void deepRecursionNeverCrashes()
    {
        // no depth limit at all: the stack guard still stops it, in a thread with a small stack
        EvaluateOptions options;
        options.maxDepth = 0;
        options.timeLimitMs = 0;
        EvaluateResult r;
        QThread *thread = QThread::create([&] {
            r = run(u"($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(1000000))"_s, {}, options);
        });
        thread->setStackSize(512 * 1024);
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, u"U1001"_s);

        // tail recursion runs in constant stack
        r = run(u"($f := function($n, $acc){ $n = 0 ? $acc : $f($n - 1, $acc + 1) }; $f(100000, 0))"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.value.toDouble(), 100000.0);
    }

    void memoryGuard()
    {
        EvaluateOptions options;
        options.maxValues = 100000;
        EvaluateResult r = run(u"$count([1..1000].[1..1000])"_s, {}, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, u"U1001"_s);
        r = run(u"$count([1..100].[1..100])"_s, {}, options);
        QVERIFY(r.ok());
        QCOMPARE(r.value.toDouble(), 100.0);
    }

    void deeplyNestedExpressionsAreRefused()
    {
        QStringList steps(5000, u"a"_s);
        CompileResult c = Expression::compile(steps.join(u'.'));
        QVERIFY(!c.ok());
        QCOMPARE(c.error.code, u"U1001"_s);
        c = Expression::compile(QString(3000, u'(') + u'1' + QString(3000, u')'));
        QVERIFY(!c.ok());
        QCOMPARE(c.error.code, u"U1001"_s);
        c = Expression::compile(QStringList(500, u"1"_s).join(u'+'));
        QVERIFY(c.ok());
        QCOMPARE(c.expression->evaluate(Value()).value.toDouble(), 500.0);
    }

    void bindings()
    {
        const CompileResult c = Expression::compile(u"$rate * amount & ' ' & $currency"_s);
        QVERIFY(c.ok());
        const EvaluateResult r = c.expression->evaluate(
            json(R"({"amount": 10})"), {{u"rate"_s, QJsonValue(1.5)}, {u"currency"_s, QJsonValue(u"EUR"_s)}});
        QVERIFY(r.ok());
        QCOMPARE(r.value.toStr(), u"15 EUR"_s);
    }

    void builtinsCanBeShadowed()
    {
        EvaluateResult r = run(u"($string := function($x){ 'mine' }; $string(1))"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.value.toStr(), u"mine"_s);
        const CompileResult c = Expression::compile(u"$sum(1)"_s);
        QVERIFY(c.ok());
        r = c.expression->evaluate(Value(), {{u"sum"_s, Value::string(u"not a function"_s)}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, u"T1006"_s);
        r = c.expression->evaluate(Value());
        QVERIFY(r.ok());
        QCOMPARE(r.value.toDouble(), 1.0);
    }

    void roundingAdditions_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<QString>("expected");
        const int halfEven = int(EvaluateOptions::Rounding::HalfEven);
        const int halfUp = int(EvaluateOptions::Rounding::HalfUp);
        QTest::newRow("roundHalfUp 2.675") << u"$roundHalfUp(2.675, 2)"_s << halfEven << u"2.68"_s;
        QTest::newRow("round 2.675 (binary)") << u"$round(2.675, 2)"_s << halfEven << u"2.68"_s;
        QTest::newRow("round 2.5 half-even") << u"$round(2.5)"_s << halfEven << u"2"_s;
        QTest::newRow("roundHalfUp 2.5") << u"$roundHalfUp(2.5, 0)"_s << halfEven << u"3"_s;
        QTest::newRow("roundHalfUp -2.5") << u"$roundHalfUp(-2.5, 0)"_s << halfEven << u"-3"_s;
        QTest::newRow("roundHalfUp 1.005") << u"$roundHalfUp(1.005, 2)"_s << halfEven << u"1.01"_s;
        QTest::newRow("money USD half-up") << u"$money(19.995, 'USD')"_s << halfUp << u"20"_s;
        QTest::newRow("money USD half-even") << u"$money(19.995, 'USD')"_s << halfEven << u"20"_s;
        QTest::newRow("money USD half-even tie down") << u"$money(0.125, 'USD')"_s << halfEven << u"0.12"_s;
        QTest::newRow("money USD half-up tie up") << u"$money(0.125, 'USD')"_s << halfUp << u"0.13"_s;
        QTest::newRow("money JPY") << u"$money(1234.5, 'JPY')"_s << halfEven << u"1234"_s;
        QTest::newRow("money JPY half-up") << u"$money(1234.5, 'JPY')"_s << halfUp << u"1235"_s;
        QTest::newRow("money KWD") << u"$money(1.23456, 'KWD')"_s << halfEven << u"1.235"_s;
        QTest::newRow("money from text") << u"$money('10.005', 'EUR')"_s << halfUp << u"10.01"_s;
        QTest::newRow("money sum") << u"$money(0.1 + 0.2, 'USD')"_s << halfEven << u"0.3"_s;
    }

    void minorUnits_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("expected"); ///< the result as JSON, or "error: <text in the message>"
        QTest::newRow("fromMinor USD") << u"$fromMinor(1990, 'USD')"_s << u"\"19.90\""_s;
        QTest::newRow("fromMinor text") << u"$fromMinor('5', 'usd')"_s << u"\"0.05\""_s;
        QTest::newRow("fromMinor negative") << u"$fromMinor(-1999, 'EUR')"_s << u"\"-19.99\""_s;
        QTest::newRow("fromMinor JPY") << u"$fromMinor(1990, 'JPY')"_s << u"\"1990\""_s;
        QTest::newRow("fromMinor KWD") << u"$fromMinor(1990, 'KWD')"_s << u"\"1.990\""_s;
        QTest::newRow("fromMinor big") << u"$fromMinor(123456789012, 'USD')"_s << u"\"1234567890.12\""_s;
        QTest::newRow("fromMinor fraction") << u"$fromMinor(19.5, 'USD')"_s << u"error: whole number"_s;
        QTest::newRow("fromMinor currency") << u"$fromMinor(1, 'XYZ')"_s << u"error: ISO 4217"_s;
        QTest::newRow("toMinor USD") << u"$toMinor('19.90', 'USD')"_s << u"1990"_s;
        QTest::newRow("toMinor number") << u"$toMinor(0.29, 'USD')"_s << u"29"_s;
        QTest::newRow("toMinor JPY") << u"$toMinor('1990', 'JPY')"_s << u"1990"_s;
        QTest::newRow("toMinor too precise") << u"$toMinor('19.999', 'USD')"_s << u"error: more decimals"_s;
        QTest::newRow("undefined") << u"$toMinor(nothing, 'USD')"_s << u""_s;
    }

    void minorUnits()
    {
        QFETCH(QString, expr);
        QFETCH(QString, expected);
        const EvaluateResult r = run(expr, {}, {});
        if (expected.startsWith(u"error: "_s)) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error->message.contains(expected.mid(7)), qPrintable(r.error->message));
            return;
        }
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
        QCOMPARE(r.value.isUndefined() ? QString() : toJsonText(r.value), expected);
    }

    void roundingAdditions()
    {
        QFETCH(QString, expr);
        QFETCH(int, rounding);
        QFETCH(QString, expected);
        EvaluateOptions options;
        options.moneyRounding = EvaluateOptions::Rounding(rounding);
        const EvaluateResult r = run(expr, {}, options);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
        QVERIFY(r.value.isNumber());
        QCOMPARE(toJsonText(r.value), expected);
    }

    void transformNeverTouchesSharedData()
    {
        EvaluateResult r = run(u"($x := {'a': 1}; $y := {'k': $x} ~> | k | {'b': 2} |; [$x, $y])"_s);
        QVERIFY(r.ok());
        QCOMPARE(toJsonText(r.value), uR"([{"a":1},{"k":{"a":1,"b":2}}])"_s);
        // a pattern that reaches outside the copy (here a variable) changes nothing
        r = run(u"($x := {'a': 1}; $y := {'k': 1} ~> | $x | {'b': 2} |; [$x, $y])"_s);
        QVERIFY(r.ok());
        QCOMPARE(toJsonText(r.value), uR"([{"a":1},{"k":1}])"_s);
    }

    void shopifyOrderMapping()
    {
        QFile file(
            QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QString error;
        const auto order = Value::fromJsonText(QString::fromUtf8(file.readAll()), &error);
        QVERIFY2(order, qPrintable(error));
        const CompileResult c = Expression::compile(uR"({
            'externalId': $string(id),
            'currency': currency,
            'lines': line_items.{ 'sku': sku, 'qty': quantity, 'amount': $money($number(price) * quantity, $$.currency) },
            'total': $money(total_price, currency)
        })"_s);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        const EvaluateResult r = c.expression->evaluate(*order);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->message));
        QCOMPARE(
            toJsonText(r.value),
            uR"({"externalId":"450789469","currency":"USD","lines":[{"sku":"IPOD2008GREEN","qty":1,"amount":199},{"sku":"IPOD2008RED","qty":1,"amount":199},{"sku":"IPOD2008BLACK","qty":1,"amount":199}],"total":598.94})"_s);
    }

    void moneyUnknownCurrency()
    {
        const EvaluateResult r = run(u"$money(1, 'XYZ')"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, u"L0001"_s);
    }

    void keyOrderKept()
    {
        const auto v = Value::fromJsonText(uR"({"b": 1, "a": 2, "c": {"z": 1, "y": 2}})"_s);
        QVERIFY(v);
        const EvaluateResult r = Expression::compile(u"$keys($) & $string(c)"_s).expression->evaluate(*v);
        QVERIFY(r.ok());
        QCOMPARE(r.value.toStr(), uR"(["b","a","c"]{"z":1,"y":2})"_s);
    }

    void lookupOfAMissingKeyFindsNothing()
    {
        // A line without a tax class must not pick up the table's "" entry.
        const CompileResult c = Expression::compile(u"lines.$lookup($taxCodes, tax_class)"_s);
        QVERIFY(c.ok());
        const QJsonValue table = json(R"({"": "NONE", "standard": "OUTPUT2", "reduced": "RRINPUT"})");
        const EvaluateResult r = c.expression->evaluate(
            json(R"({"lines": [{"tax_class": "standard"}, {"sku": "X"}, {"tax_class": "reduced"}]})"),
            {{u"taxCodes"_s, table}});
        QVERIFY(r.ok());
        QCOMPARE(r.json(), json(R"(["OUTPUT2", "RRINPUT"])"));
        // An explicit empty key still finds the "" entry.
        const EvaluateResult empty = Expression::compile(u"$lookup($taxCodes, '')"_s)
                                         .expression->evaluate({}, {{u"taxCodes"_s, table}});
        QCOMPARE(empty.json(), QJsonValue(u"NONE"_s));
    }

    // Found by tests/fuzz/fuzz_expr: a range bound such as 1e46 (an integral double beyond qint64)
    // was cast to qint64 (undefined behaviour: UBSan aborted; on x86 the range came out empty or as
    // [-9223372036854775808]). The reproducer is kept in tests/fuzz/regressions/fuzz_expr/.
    void fuzzRangeBoundBeyondInt64()
    {
        QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR
                                  "/tests/fuzz/regressions/fuzz_expr/range-bound-beyond-int64"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const EvaluateResult reproducer = run(QString::fromUtf8(file.readAll()));
        QVERIFY(!reproducer.ok());
        QCOMPARE(reproducer.error->code, u"D2014"_s); // [1..1.5e46] would have too many items

        QCOMPARE(run(u"[1e46..1e46]"_s).json(), json("[1e46]"));
        QCOMPARE(run(u"[-3..-1]"_s).json(), json("[-3, -2, -1]"));
        QCOMPARE(run(u"[9007199254740991..9007199254740992]"_s).json(),
                 json("[9007199254740991, 9007199254740992]"));
        QCOMPARE(run(u"[1..1e46]"_s).error->code, u"D2014"_s);
        QCOMPARE(run(u"[-1e46..1]"_s).error->code, u"D2014"_s);
    }

    // Found by tests/fuzz/fuzz_expr: ~700 nested `{` stayed under the parser's depth limit (1000)
    // but overflowed the stack in the sanitizer build, where each level's frames are larger. The
    // parser now also stops at the stack guard the evaluator uses: on a small thread stack it
    // refuses the reproducer with U1001 instead of crashing.
    void fuzzNestedObjectConstructorsOnASmallStack()
    {
        QFile file(QStringLiteral(LEDGERLINK_SOURCE_DIR
                                  "/tests/fuzz/regressions/fuzz_expr/nested-object-constructors-stack"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString reproducer = QString::fromUtf8(file.readAll());
        QString nested = u"1"_s; // {"a": {"a": ... 1}}, 450 levels: within the depth limit
        for (int level = 0; level < 450; ++level)
            nested = u"{\"a\": "_s + nested + u'}';
        CompileResult fromFile;
        CompileResult deep;
        QThread *thread = QThread::create([&] {
            fromFile = Expression::compile(reproducer);
            deep = Expression::compile(nested);
        });
        thread->setStackSize(192 * 1024); // 64 KiB above the guard's 128 KiB margin
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY(!fromFile.ok());
        QVERIFY(!deep.ok());
        QCOMPARE(deep.error.code, u"U1001"_s);
        // On the main thread's stack the same nesting compiles (the depth limit is 1000).
        const CompileResult onMain = Expression::compile(nested);
        QVERIFY2(onMain.ok(), qPrintable(onMain.error.message));
    }

    // The same class of conversion elsewhere: indexes, precisions, radixes, widths and times far
    // outside the integer range saturate instead of being cast (checked by the sanitizer build).
    void fuzzHugeNumericArguments()
    {
        QVERIFY(!run(u"[1,2,3][1e30]"_s).value.isDefined());
        QVERIFY(!run(u"[1,2,3][-1e30]"_s).value.isDefined());
        QVERIFY(!run(u"[1,2,3][$ = 1e30]"_s).value.isDefined());
        QCOMPARE(run(u"$substring(\"abcdef\", 1e30)"_s).json(), QJsonValue(u""_s));
        QCOMPARE(run(u"$substring(\"abcdef\", -1e30, 2)"_s).json(), QJsonValue(u"ab"_s));
        QCOMPARE(run(u"$formatBase(10, 1e30)"_s).error->code, u"D3100"_s);
        QCOMPARE(run(u"$formatBase(-1e30, 16)"_s).json(), QJsonValue(u"-7fffffffffffffff"_s));
        QCOMPARE(run(u"$pad(\"x\", 1e30)"_s).error->code, u"U1001"_s);
        QCOMPARE(run(u"$pad(\"x\", -3, \"#\")"_s).json(), QJsonValue(u"##x"_s));
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
