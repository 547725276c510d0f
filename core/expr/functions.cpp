#include "functions.h"

#include "datetimeformat.h"
#include "parser.h"
#include "signature.h"

#include <QtCore/QHash>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

namespace {

struct Registry
{
    Registry()
    {
        std::vector<BuiltinDef> defs;
        registerStringFunctions(defs);
        registerNumericFunctions(defs);
        registerHofFunctions(defs);
        registerObjectFunctions(defs);
        registerMiscFunctions(defs);
        natives.reserve(defs.size()); // stable addresses for the FunctionData pointers
        for (const auto &def : defs) {
            NativeFunction native;
            native.name = QString::fromLatin1(def.name);
            native.signature = Signature::parse(QString::fromLatin1(def.signature));
            native.impl = def.impl;
            native.arity = def.arity >= 0 ? def.arity : native.signature->paramCount();
            natives.push_back(native);
        }
        for (const auto &native : natives) {
            auto fn = std::make_shared<FunctionData>();
            fn->kind = FunctionData::Kind::Native;
            fn->native = &native;
            values.emplace(native.name, Value::function(std::move(fn)));
        }
    }
    std::vector<NativeFunction> natives;
    std::unordered_map<QString, Value, TextHash> values;
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

const Value *builtinFunction(const QString &name)
{
    const auto &values = registry().values;
    const auto it = values.find(name);
    return it == values.end() ? nullptr : &it->second;
}

ValueList hofArgs(const Value &func, const Value &a, const Value &b, const Value &c)
{
    ValueList args{a};
    const int arity = func.isFunction() ? func.fn()->arity() : 1;
    if (arity >= 2)
        args.push_back(b);
    if (arity >= 3)
        args.push_back(c);
    return args;
}

} // namespace LedgerLink::Expr
