// $formatNumber / $formatInteger / $parseInteger, driven by the official JSONata test suite
// (groups function-formatNumber, function-formatInteger, function-parseInteger) and by
// hand-written edge cases. The engine is written in parallel, so the suite's expressions are read
// by a small evaluator here that understands literal arguments, products of numbers, `~>` chains,
// `=` and `( $x := ...; ... )` blocks, and calls the formatting functions directly.

#include "expr/numberformat.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtTest/QTest>

#include <cmath>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Expr;

namespace {

// ---- a tiny evaluator for the suite's direct-call expressions -------------------------------

struct Val
{
    enum Kind { Undefined, Null, Number, String, Bool, Object, Error } kind = Undefined;
    double number = 0;
    QString string;
    bool boolean = false;
    QHash<QString, QString> object;
    QString code;
};

struct Node;
using NodePtr = std::shared_ptr<Node>;
struct Node
{
    enum Kind { Literal, Path, Variable, Neg, Mul, Eq, Call, Block, Assign, Empty } kind = Literal;
    Val literal;
    QString name;
    QList<NodePtr> children;
};

struct Unsupported : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The functions the evaluator below implements; any other call leaves the case to the engine.
const QStringList &knownFunctions()
{
    static const QStringList names = {u"formatNumber"_s, u"formatInteger"_s, u"parseInteger"_s};
    return names;
}

class MiniParser
{
public:
    explicit MiniParser(const QString &text)
        : m_text(text)
    { }

    NodePtr parseAll()
    {
        NodePtr node = parseExpr();
        skipSpace();
        if (m_pos != m_text.size())
            throw Unsupported("trailing input");
        return node;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(QStringView token)
    {
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    void expect(QStringView token)
    {
        if (!take(token))
            throw Unsupported("unexpected token");
    }
    QChar peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text.at(m_pos) : QChar();
    }

    NodePtr parseExpr()
    {
        NodePtr left = parseChain();
        if (take(u"=")) {
            auto node = std::make_shared<Node>();
            node->kind = Node::Eq;
            node->children = {left, parseChain()};
            return node;
        }
        return left;
    }
    NodePtr parseChain()
    {
        NodePtr left = parseProduct();
        while (take(u"~>")) {
            NodePtr call = parsePrimary();
            if (call->kind != Node::Call)
                throw Unsupported("~> to a non-call");
            call->children.prepend(left);
            left = call;
        }
        return left;
    }
    NodePtr parseProduct()
    {
        NodePtr left = parseUnary();
        while (peek() == u'*') {
            take(u"*");
            auto node = std::make_shared<Node>();
            node->kind = Node::Mul;
            node->children = {left, parseUnary()};
            left = node;
        }
        return left;
    }
    NodePtr parseUnary()
    {
        if (peek() == u'-') {
            take(u"-");
            auto node = std::make_shared<Node>();
            node->kind = Node::Neg;
            node->children = {parseUnary()};
            return node;
        }
        return parsePrimary();
    }
    QString parseName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    Val parseString()
    {
        const QChar quote = m_text.at(m_pos++);
        QString out;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            QChar c = m_text.at(m_pos++);
            if (c == u'\\') {
                const QChar e = m_text.at(m_pos++);
                switch (e.unicode()) {
                case u'n':
                    c = u'\n';
                    break;
                case u't':
                    c = u'\t';
                    break;
                case u'u':
                    c = QChar(char16_t(m_text.mid(m_pos, 4).toUShort(nullptr, 16)));
                    m_pos += 4;
                    break;
                default:
                    c = e;
                    break;
                }
            }
            out += c;
        }
        if (m_pos >= m_text.size())
            throw Unsupported("unterminated string");
        ++m_pos;
        Val v;
        v.kind = Val::String;
        v.string = out;
        return v;
    }
    NodePtr parsePrimary()
    {
        const QChar c = peek();
        auto node = std::make_shared<Node>();
        if (c == u'"' || c == u'\'') {
            node->literal = parseString();
            return node;
        }
        if (c.isDigit()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                   && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.' || m_text.at(m_pos) == u'e'
                       || m_text.at(m_pos) == u'E'
                       || ((m_text.at(m_pos) == u'+' || m_text.at(m_pos) == u'-')
                           && (m_text.at(m_pos - 1) == u'e' || m_text.at(m_pos - 1) == u'E'))))
                ++m_pos;
            node->literal.kind = Val::Number;
            bool ok = false;
            node->literal.number = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (!ok)
                throw Unsupported("bad number");
            return node;
        }
        if (c == u'{') {
            take(u"{");
            node->literal.kind = Val::Object;
            while (!take(u"}")) {
                if (peek() != u'"' && peek() != u'\'')
                    throw Unsupported("object key");
                const QString key = parseString().string;
                expect(u":");
                if (peek() != u'"' && peek() != u'\'')
                    throw Unsupported("object value");
                node->literal.object.insert(key, parseString().string);
                take(u",");
            }
            return node;
        }
        if (c == u'(') {
            take(u"(");
            if (take(u")")) {
                node->kind = Node::Empty;
                return node;
            }
            node->kind = Node::Block;
            while (true) {
                skipSpace();
                const qsizetype save = m_pos;
                if (take(u"$")) {
                    const QString name = parseName();
                    if (take(u":=")) {
                        auto assign = std::make_shared<Node>();
                        assign->kind = Node::Assign;
                        assign->name = name;
                        assign->children = {parseExpr()};
                        node->children.append(assign);
                        expect(u";");
                        continue;
                    }
                }
                m_pos = save;
                node->children.append(parseExpr());
                if (take(u";"))
                    continue;
                expect(u")");
                return node;
            }
        }
        if (c == u'$') {
            take(u"$");
            const QString name = parseName();
            if (peek() == u'(') {
                take(u"(");
                if (!knownFunctions().contains(name))
                    throw Unsupported("function outside this test");
                node->kind = Node::Call;
                node->name = name;
                while (!take(u")")) {
                    node->children.append(parseExpr());
                    take(u",");
                }
                return node;
            }
            if (name.isEmpty())
                throw Unsupported("context variable $");
            node->kind = Node::Variable;
            node->name = name;
            return node;
        }
        if (c.isLetter()) {
            const QString name = parseName();
            if (name == u"null"_s) {
                node->literal.kind = Val::Null;
            } else if (name == u"true"_s || name == u"false"_s) {
                node->literal.kind = Val::Bool;
                node->literal.boolean = name == u"true"_s;
            } else {
                node->kind = Node::Path;
                node->name = name;
            }
            if (peek() == u'.' || peek() == u'[')
                throw Unsupported("path expression");
            return node;
        }
        throw Unsupported("unsupported syntax");
    }

    QString m_text;
    qsizetype m_pos = 0;
};

class MiniEvaluator
{
public:
    explicit MiniEvaluator(const QJsonValue &data)
        : m_data(data)
    { }

    Val eval(const NodePtr &node)
    {
        switch (node->kind) {
        case Node::Literal:
            return node->literal;
        case Node::Empty:
            return {};
        case Node::Path: {
            const QJsonValue v = m_data.toObject().value(node->name);
            return fromJson(v);
        }
        case Node::Variable:
            return m_vars.value(node->name);
        case Node::Neg: {
            Val v = eval(node->children.at(0));
            if (v.kind == Val::Error)
                return v;
            if (v.kind != Val::Number)
                throw Unsupported("negating a non-number");
            v.number = -v.number;
            return v;
        }
        case Node::Mul: {
            const Val a = eval(node->children.at(0));
            const Val b = eval(node->children.at(1));
            if (a.kind != Val::Number || b.kind != Val::Number)
                throw Unsupported("product of non-numbers");
            Val v;
            v.kind = Val::Number;
            v.number = a.number * b.number;
            return v;
        }
        case Node::Eq: {
            const Val a = eval(node->children.at(0));
            if (a.kind == Val::Error)
                return a;
            const Val b = eval(node->children.at(1));
            if (b.kind == Val::Error)
                return b;
            Val v;
            v.kind = Val::Bool;
            v.boolean = a.kind == b.kind && a.kind != Val::Undefined
                && (a.kind == Val::Number ? a.number == b.number : a.string == b.string);
            return v;
        }
        case Node::Assign: {
            const Val v = eval(node->children.at(0));
            m_vars.insert(node->name, v);
            return v;
        }
        case Node::Block: {
            Val last;
            for (const NodePtr &child : node->children) {
                last = eval(child);
                if (last.kind == Val::Error)
                    return last;
            }
            return last;
        }
        case Node::Call:
            return call(node);
        }
        return {};
    }

    static Val fromJson(const QJsonValue &v)
    {
        Val out;
        if (v.isDouble()) {
            out.kind = Val::Number;
            out.number = v.toDouble();
        } else if (v.isString()) {
            out.kind = Val::String;
            out.string = v.toString();
        } else if (v.isNull()) {
            out.kind = Val::Null;
        } else if (v.isBool()) {
            out.kind = Val::Bool;
            out.boolean = v.toBool();
        } else if (!v.isUndefined()) {
            throw Unsupported("structured data value");
        }
        return out;
    }

private:
    Val call(const NodePtr &node);

    QJsonValue m_data;
    QHash<QString, Val> m_vars;
};

Val errorVal(const FormatError &error)
{
    Val v;
    v.kind = error.code.isEmpty() ? Val::Undefined : Val::Error;
    v.code = error.code;
    return v;
}

Val MiniEvaluator::call(const NodePtr &node)
{
    QList<Val> args;
    for (const NodePtr &child : node->children) {
        args.append(eval(child));
        if (args.back().kind == Val::Error)
            return args.back();
    }
    auto stringArg = [&](qsizetype i) -> QString {
        if (i >= args.size() || args.at(i).kind != Val::String)
            throw Unsupported("expected a string argument");
        return args.at(i).string;
    };
    const QString &fn = node->name;
    if (fn != u"formatNumber"_s && fn != u"formatInteger"_s && fn != u"parseInteger"_s)
        throw Unsupported("function outside this test");
    if (args.isEmpty())
        throw Unsupported("no arguments");
    if (args.at(0).kind == Val::Undefined)
        return {}; // every one of these functions gives undefined for an undefined input
    FormatError error;
    Val out;
    if (fn == u"formatNumber"_s || fn == u"formatInteger"_s) {
        if (args.at(0).kind != Val::Number)
            throw Unsupported("non-number input");
        QHash<QString, QString> options;
        if (args.size() > 2 && args.at(2).kind == Val::Object)
            options = args.at(2).object;
        const auto r = fn == u"formatNumber"_s
            ? formatNumber(args.at(0).number, stringArg(1), options, &error)
            : formatInteger(args.at(0).number, stringArg(1), &error);
        if (!r)
            return errorVal(error);
        out.kind = Val::String;
        out.string = *r;
    } else {
        const auto r = parseInteger(stringArg(0), stringArg(1), &error);
        if (!r)
            return errorVal(error);
        out.kind = Val::Number;
        out.number = *r;
    }
    return out;
}

// ---- the suite --------------------------------------------------------------------------------

struct SuiteCase
{
    QString name;
    QString expr;
    QJsonObject spec;
    QJsonValue data;
    NodePtr ast;
    QString unsupportedReason;
};

QJsonValue loadDataset(const QString &suiteDir, const QJsonObject &spec)
{
    if (spec.contains(u"data"_s))
        return spec.value(u"data"_s);
    const QString dataset = spec.value(u"dataset"_s).toString();
    if (dataset.isEmpty())
        return {};
    QFile file(suiteDir + u"/datasets/"_s + dataset + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QList<SuiteCase> &suiteCases()
{
    static const QList<SuiteCase> cases = [] {
        QList<SuiteCase> list;
        const QString suiteDir = QStringLiteral(LEDGERLINK_SHARED_DIR) + u"/peers/jsonata-suite"_s;
        const QStringList groups = {u"function-formatNumber"_s, u"function-formatInteger"_s,
                                    u"function-parseInteger"_s};
        for (const QString &group : groups) {
            QDir dir(suiteDir + u"/groups/"_s + group);
            const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
            for (const QString &fileName : files) {
                QFile file(dir.filePath(fileName));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
                QList<QJsonObject> specs;
                if (doc.isArray()) {
                    for (const QJsonValue &v : doc.array())
                        specs.append(v.toObject());
                } else {
                    specs.append(doc.object());
                }
                for (qsizetype i = 0; i < specs.size(); ++i) {
                    SuiteCase c;
                    c.name = group + u'/' + fileName
                        + (specs.size() > 1 ? u"#"_s + QString::number(i) : QString());
                    c.spec = specs.at(i);
                    c.expr = c.spec.value(u"expr"_s).toString();
                    c.data = loadDataset(suiteDir, c.spec);
                    try {
                        c.ast = MiniParser(c.expr).parseAll();
                    } catch (const Unsupported &e) {
                        c.unsupportedReason = QString::fromLatin1(e.what());
                    }
                    list.append(c);
                }
            }
        }
        return list;
    }();
    return cases;
}

// Recorded when the test was written: the suite cases this test reads and checks directly.
constexpr int kMinimumDirectCases = 167;

} // namespace

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void suiteCoverage();
    void suite_data();
    void suite();

    void formatNumberEdges_data();
    void formatNumberEdges();
    void formatIntegerEdges_data();
    void formatIntegerEdges();
    void parseIntegerEdges();
    void errorsCarryMessages();
};

void TestNumberFormat::suiteCoverage()
{
    int direct = 0;
    QStringList unread;
    QMap<QString, std::pair<int, int>> perGroup; // group -> (read, total)
    for (const SuiteCase &c : suiteCases()) {
        auto &counts = perGroup[c.name.section(u'/', 0, 0)];
        ++counts.second;
        if (c.ast) {
            ++counts.first;
            ++direct;
        } else {
            unread.append(c.name + u": "_s + c.unsupportedReason + u" — "_s + c.expr);
        }
    }
    qInfo().noquote() << "suite cases read and checked directly:" << direct << "of" << suiteCases().size();
    for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it)
        qInfo().noquote() << "  " << it.key() << it.value().first << "of" << it.value().second;
    for (const QString &line : std::as_const(unread))
        qInfo().noquote() << "  not read by this test:" << line;
    QVERIFY(suiteCases().size() >= 167);
    QVERIFY2(direct >= kMinimumDirectCases, qPrintable(u"only %1 cases read"_s.arg(direct)));
}

void TestNumberFormat::suite_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < suiteCases().size(); ++i) {
        if (suiteCases().at(i).ast)
            QTest::newRow(qPrintable(suiteCases().at(i).name)) << int(i);
    }
}

void TestNumberFormat::suite()
{
    QFETCH(int, index);
    const SuiteCase &c = suiteCases().at(index);
    MiniEvaluator evaluator(c.data);
    Val result;
    try {
        result = evaluator.eval(c.ast);
    } catch (const Unsupported &e) {
        QFAIL(
            qPrintable(u"evaluation needs the engine (%1): %2"_s.arg(QString::fromLatin1(e.what()), c.expr)));
    }
    const QJsonObject &spec = c.spec;
    if (spec.contains(u"code"_s)) {
        QCOMPARE(result.kind, Val::Error);
        QCOMPARE(result.code, spec.value(u"code"_s).toString());
    } else if (spec.value(u"undefinedResult"_s).toBool()) {
        QVERIFY2(result.kind == Val::Undefined,
                 qPrintable(u"got '%1' code %2"_s.arg(result.string, result.code)));
    } else {
        const QJsonValue expected = spec.value(u"result"_s);
        QVERIFY2(result.kind != Val::Error, qPrintable(u"error "_s + result.code));
        if (expected.isString()) {
            QCOMPARE(result.kind, Val::String);
            QCOMPARE(result.string, expected.toString());
        } else if (expected.isDouble()) {
            QCOMPARE(result.kind, Val::Number);
            QCOMPARE(result.number, expected.toDouble());
        } else if (expected.isBool()) {
            QCOMPARE(result.kind, Val::Bool);
            QCOMPARE(result.boolean, expected.toBool());
        } else {
            QFAIL("unexpected kind of result in the suite");
        }
    }
}

void TestNumberFormat::formatNumberEdges_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QString>("expected");
    // rounding is half-to-even on the shortest decimal form of the number
    QTest::newRow("half-even down") << 0.125 << u"0.00"_s << u"0.12"_s;
    QTest::newRow("half-even up") << 0.135 << u"0.00"_s << u"0.14"_s;
    QTest::newRow("2.5 to even") << 2.5 << u"0"_s << u"2"_s;
    QTest::newRow("3.5 to even") << 3.5 << u"0"_s << u"4"_s;
    QTest::newRow("1.005 is exact in decimal") << 1.005 << u"0.00"_s << u"1.00"_s;
    QTest::newRow("negative default minus") << -1234.5 << u"#,##0.00"_s << u"-1,234.50"_s;
    QTest::newRow("negative sub-picture") << -3.0 << u"0;(0)"_s << u"(3)"_s;
    QTest::newRow("zero") << 0.0 << u"#,##0.00"_s << u"0.00"_s;
    QTest::newRow("large grouped") << 9007199254740991.0 << u"#,##0"_s << u"9,007,199,254,740,991"_s;
    QTest::newRow("percent") << 0.256 << u"#0.0%"_s << u"25.6%"_s;
    QTest::newRow("small exponent") << 0.000123 << u"0.00e0"_s << u"1.23e-4"_s;
    QTest::newRow("optional digits only") << 0.5 << u"#"_s << u"0"_s;
    QTest::newRow("prefix and suffix") << 12.0 << u"$#,##0.00 USD"_s << u"$12.00 USD"_s;
}

void TestNumberFormat::formatNumberEdges()
{
    QFETCH(double, value);
    QFETCH(QString, picture);
    QFETCH(QString, expected);
    FormatError error;
    const auto result = formatNumber(value, picture, {}, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestNumberFormat::formatIntegerEdges_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words 123") << 123.0 << u"w"_s << u"one hundred and twenty-three"_s;
    QTest::newRow("ordinal 21st") << 21.0 << u"0;o"_s << u"21st"_s;
    QTest::newRow("ordinal 11th") << 11.0 << u"0;o"_s << u"11th"_s;
    QTest::newRow("ordinal 112th") << 112.0 << u"0;o"_s << u"112th"_s;
    QTest::newRow("ordinal 102nd") << 102.0 << u"0;o"_s << u"102nd"_s;
    QTest::newRow("ordinal words") << 21.0 << u"w;o"_s << u"twenty-first"_s;
    QTest::newRow("roman 3999") << 3999.0 << u"I"_s << u"MMMCMXCIX"_s;
    QTest::newRow("roman 4") << 4.0 << u"i"_s << u"iv"_s;
    QTest::newRow("negative roman") << -14.0 << u"I"_s << u"-XIV"_s;
    QTest::newRow("zero words") << 0.0 << u"w"_s << u"zero"_s;
    QTest::newRow("negative words") << -5.0 << u"Ww"_s << u"-Five"_s;
    QTest::newRow("floored") << -2.5 << u"0"_s << u"-3"_s;
    QTest::newRow("letters 702") << 702.0 << u"A"_s << u"ZZ"_s;
    QTest::newRow("letters 703") << 703.0 << u"a"_s << u"aaa"_s;
    QTest::newRow("devanagari grouped")
        << 1234567.0 << u"#,##\u0966"_s << u"\u0967,\u0968\u0969\u096a,\u096b\u096c\u096d"_s;
    QTest::newRow("beyond 1e21") << 1e21 << u"0"_s << u"1e+21"_s;
}

void TestNumberFormat::formatIntegerEdges()
{
    QFETCH(double, value);
    QFETCH(QString, picture);
    QFETCH(QString, expected);
    FormatError error;
    const auto result = formatInteger(value, picture, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestNumberFormat::parseIntegerEdges()
{
    FormatError error;
    QCOMPARE(parseInteger(u"one hundred and twenty-three"_s, u"w"_s, &error), 123.0);
    QCOMPARE(parseInteger(u"MMMCMXCIX"_s, u"I"_s, &error), 3999.0);
    QCOMPARE(parseInteger(u"21st"_s, u"0;o"_s, &error), 21.0);
    QCOMPARE(parseInteger(u"zz"_s, u"a"_s, &error), 702.0);
    // like jsonata-js, text the picture cannot read gives NaN rather than an error
    const auto nan = parseInteger(u"abc"_s, u"0"_s, &error);
    QVERIFY(nan.has_value());
    QVERIFY(std::isnan(*nan));
    QVERIFY(!parseInteger(u"x"_s, u"#"_s, &error));
    QCOMPARE(error.code, u"D3130"_s);
}

void TestNumberFormat::errorsCarryMessages()
{
    FormatError error;
    QVERIFY(!formatNumber(1, u"#.0.0"_s, {}, &error));
    QCOMPARE(error.code, u"D3081"_s);
    QVERIFY(!error.message.isEmpty());
    error = {};
    QVERIFY(!formatInteger(1, u"#0\u0660"_s, &error));
    QCOMPARE(error.code, u"D3131"_s);
    QVERIFY(!error.message.isEmpty());
    // a null error pointer is allowed
    QVERIFY(!formatNumber(1, u"#;#;#"_s, {}, nullptr));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
