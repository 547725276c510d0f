#include "parser.h"

#include <QtCore/QHash>

using namespace Qt::StringLiterals;

namespace LedgerLink::Expr {

QString standardMessage(const QString &code)
{
    static const QHash<QString, QString> messages = {
        {u"S0101"_s, u"A text literal is not closed: add the matching quote"_s},
        {u"S0102"_s, u"The number is too large to be represented"_s},
        {u"S0103"_s, u"Unsupported escape sequence in a text literal"_s},
        {u"S0104"_s, u"The escape sequence \\u must be followed by 4 hex digits"_s},
        {u"S0105"_s, u"A quoted field name is not closed: add the closing backquote (`)"_s},
        {u"S0106"_s, u"A comment is not closed: add */"_s},
        {u"S0201"_s, u"Syntax error"_s},
        {u"S0202"_s, u"Unexpected token"_s},
        {u"S0203"_s, u"The expression ended too early"_s},
        {u"S0204"_s, u"Unknown operator"_s},
        {u"S0205"_s, u"Unexpected token"_s},
        {u"S0206"_s, u"Unknown expression type"_s},
        {u"S0207"_s, u"Unexpected end of expression"_s},
        {u"S0208"_s, u"Each parameter of a function definition must be a variable name (starting with $)"_s},
        {u"S0209"_s, u"A predicate cannot follow a grouping expression in a step"_s},
        {u"S0210"_s, u"Each step can only have one grouping expression"_s},
        {u"S0211"_s, u"This symbol cannot be used as a unary operator"_s},
        {u"S0212"_s, u"The left side of := must be a variable name (starting with $)"_s},
        {u"S0213"_s, u"A literal value cannot be used as a step within a path expression"_s},
        {u"S0214"_s, u"The right side of @ or # must be a variable name (starting with $)"_s},
        {u"S0215"_s, u"A context variable binding (@) must come before any predicates on a step"_s},
        {u"S0216"_s, u"A context variable binding (@) must come before any sort clause on a step"_s},
        {u"S0217"_s, u"The parent operator % cannot find an ancestor here"_s},
        {u"S0301"_s, u"Empty regular expressions are not allowed"_s},
        {u"S0302"_s, u"A regular expression is not closed: add the terminating /"_s},
        {u"S0401"_s, u"Type parameters can only be applied to functions and arrays"_s},
        {u"S0402"_s, u"Choice groups containing parameterized types are not supported"_s},
        {u"T0410"_s, u"An argument does not match the function's signature"_s},
        {u"T0411"_s, u"The context value is not a compatible type with the function's argument"_s},
        {u"T0412"_s, u"An argument of the function must be an array of the declared type"_s},
        {u"D1001"_s, u"Number out of range"_s},
        {u"D1002"_s, u"Cannot negate a value that is not a number"_s},
        {u"T1003"_s, u"A key in an object constructor must evaluate to a text value"_s},
        {u"D1004"_s, u"The regular expression matches an empty string"_s},
        {u"T1005"_s, u"Attempted to call something that is not a function. Did you forget the leading $?"_s},
        {u"T1006"_s, u"Attempted to call something that is not a function"_s},
        {u"T1007"_s,
         u"Attempted to partially apply something that is not a function. Did you forget the leading $?"_s},
        {u"T1008"_s, u"Attempted to partially apply something that is not a function"_s},
        {u"D1009"_s, u"Several key expressions of an object constructor produce the same key"_s},
        {u"T1010"_s, u"The matcher function does not return the expected object structure"_s},
        {u"T2001"_s, u"The left side of the operator must be a number"_s},
        {u"T2002"_s, u"The right side of the operator must be a number"_s},
        {u"T2003"_s, u"The left side of the range operator (..) must be an integer"_s},
        {u"T2004"_s, u"The right side of the range operator (..) must be an integer"_s},
        {u"T2006"_s, u"The right side of the ~> operator must be a function"_s},
        {u"T2007"_s, u"Cannot compare values of different types in a sort clause"_s},
        {u"T2008"_s, u"The expressions of a sort clause must evaluate to numbers or text"_s},
        {u"T2009"_s, u"The values either side of the operator must be of the same type"_s},
        {u"T2010"_s, u"The values either side of the operator must be numbers or text"_s},
        {u"T2011"_s, u"The update clause of a transform must evaluate to an object"_s},
        {u"T2012"_s, u"The delete clause of a transform must evaluate to text or an array of text"_s},
        {u"T2013"_s,
         u"The transform expression needs $clone, which has been replaced by something that is not a function"_s},
        {u"D2014"_s, u"The range operator (..) would create more than 10 million items"_s},
        {u"D3001"_s, u"Cannot turn Infinity or NaN into text"_s},
        {u"D3010"_s, u"The second argument of $replace cannot be an empty text"_s},
        {u"D3011"_s, u"The fourth argument of $replace must be a positive number"_s},
        {u"D3012"_s, u"The replacement function of $replace must return text"_s},
        {u"D3020"_s, u"The third argument of $split must be a positive number"_s},
        {u"D3030"_s, u"Unable to turn the value into a number"_s},
        {u"D3040"_s, u"The third argument of $match must be a positive number"_s},
        {u"D3050"_s, u"The function given to $reduce must take at least two arguments"_s},
        {u"D3060"_s, u"$sqrt cannot be applied to a negative number"_s},
        {u"D3061"_s, u"$power produced a value that cannot be represented as a JSON number"_s},
        {u"D3070"_s,
         u"$sort without a comparison function only works on an array of text or an array of numbers"_s},
        {u"D3100"_s, u"The radix of $formatBase must be between 2 and 36"_s},
        {u"D3110"_s, u"The argument of $toMillis must be an ISO 8601 timestamp"_s},
        {u"D3120"_s, u"$eval is disabled in LedgerLink"_s},
        {u"D3137"_s, u"$error was called"_s},
        {u"D3138"_s, u"$single expected exactly one matching value but found more"_s},
        {u"D3139"_s, u"$single expected exactly one matching value but found none"_s},
        {u"D3141"_s, u"$assert failed"_s},
        {u"U1001"_s, u"The expression took too long or recursed too deeply and was stopped"_s},
    };
    return messages.value(code, u"Error "_s + code);
}

QString describeValue(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Undefined:
        return u"nothing"_s;
    case Value::Type::Null:
        return u"null"_s;
    case Value::Type::Bool:
        return v.toBool() ? u"the boolean true"_s : u"the boolean false"_s;
    case Value::Type::Int:
    case Value::Type::Double:
        return u"the number "_s + toJsonText(v);
    case Value::Type::String: {
        QString s = v.toStr();
        if (s.size() > 60)
            s = s.left(57) + u"..."_s;
        return u"the text \""_s + s + u'"';
    }
    case Value::Type::Array:
        return u"an array"_s;
    case Value::Type::Object:
        return u"an object"_s;
    case Value::Type::Function:
        return u"a function"_s;
    }
    return QString();
}

void throwError(const QString &code, int position, const QString &token, const QString &detail)
{
    Error e;
    e.code = code;
    e.position = position;
    e.token = token;
    QString msg = detail.isEmpty() ? standardMessage(code) : detail;
    if (!token.isEmpty() && detail.isEmpty())
        msg += u" ("_s + token + u')';
    e.message = msg;
    throw e;
}

} // namespace LedgerLink::Expr
