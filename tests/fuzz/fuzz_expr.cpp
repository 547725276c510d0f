// libFuzzer target: the JSONata engine (core/expr), parser and evaluator, with the evaluation
// limits on. Input: the expression text (UTF-8), optionally followed by a NUL byte and the JSON
// document to evaluate it against; without a NUL the expression runs against a small order.
// Seeds: tests/fuzz/corpus/fuzz_expr/ and, at run time, the expressions of the JSONata test
// suite in ../shared/peers/jsonata-suite (run-fuzzers.sh extracts them).
#include "fuzzsupport.h"

#include "expr/expression.h"

using namespace Qt::StringLiterals;
namespace Expr = LedgerLink::Expr;

namespace {

const Expr::Value &defaultInput()
{
    static const Expr::Value input = *Expr::Value::fromJsonText(
        uR"({"id": 1001, "name": "#1001", "currency": "EUR", "total_price": "25.20",
             "customer": {"email": "ada@example.com", "tags": ["vip", "b2b"]},
             "line_items": [{"sku": "MUG-1", "quantity": 2, "price": "10.50", "taxable": true},
                            {"sku": "TEA-2", "quantity": 1, "price": 4.2, "vendor": null}],
             "created_at": "2024-04-01T10:00:00+02:00"})"_s);
    return input;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    LedgerLink::Fuzz::initializeQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = LedgerLink::Fuzz::bytesOf(data, size);
    const qsizetype nul = bytes.indexOf('\0');
    const QString text = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));

    const Expr::CompileResult compiled = Expr::Expression::compile(text);
    if (!compiled.ok()) {
        LEDGERLINK_FUZZ_CHECK(!compiled.error.code.isEmpty(), "a failed compile names its error code");
        return 0;
    }

    Expr::Value input = defaultInput();
    if (nul >= 0) {
        const auto parsed = Expr::Value::fromJsonText(QString::fromUtf8(bytes.mid(nul + 1)));
        input = parsed ? *parsed : Expr::Value();
    }

    // The limits are on, tighter than the defaults so that they, not libFuzzer's 10 s timeout or
    // its 2 GB memory limit, stop a runaway evaluation.
    Expr::EvaluateOptions options;
    options.timeLimitMs = 2000;
    options.maxValues = 2000000;
    const Expr::EvaluateResult result = compiled.expression->evaluate(input, {}, options);
    if (result.ok())
        (void)result.json();
    else
        LEDGERLINK_FUZZ_CHECK(!result.error->code.isEmpty(), "a failed evaluation names its error code");
    return 0;
}
