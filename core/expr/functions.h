#pragma once

#include "evaluator.h"
#include "value.h"

#include <QtCore/QString>

#include <vector>

namespace LedgerLink::Expr {

// The standard function library ($sum, $string, $map ...) and the LedgerLink additions.
// Built once per process; the table is immutable afterwards and shared by all threads.
const Value *builtinFunction(const QString &name);

struct BuiltinDef
{
    const char *name;
    const char *signature;
    NativeImpl impl;
    int arity = -1; // arity seen by higher-order functions; -1: the signature's parameter count
};

void registerStringFunctions(std::vector<BuiltinDef> &out);
void registerNumericFunctions(std::vector<BuiltinDef> &out);
void registerHofFunctions(std::vector<BuiltinDef> &out);
void registerObjectFunctions(std::vector<BuiltinDef> &out);
void registerMiscFunctions(std::vector<BuiltinDef> &out);

// Calls a regex (or custom matcher) function value on a string: the match object
// {match, start, end, groups} or undefined.
Value regexMatchObject(Evaluator &ev, const FunctionData &fn, const Value &str, qsizetype from);

// The arguments a higher-order function passes to its callback: (value, index, array) cut to
// the callback's arity.
ValueList hofArgs(const Value &func, const Value &a, const Value &b, const Value &c);

// jsonata-js round-half-even $round.
double roundHalfEven(double value, int precision);

} // namespace LedgerLink::Expr
