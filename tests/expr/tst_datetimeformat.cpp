// $fromMillis / $toMillis picture formatting and parsing, driven by the official JSONata test
// suite (groups function-fromMillis, function-tomillis) and by hand-written edge cases. The engine
// is written in parallel, so the suite's expressions are read by a small evaluator here that
// understands literal arguments, `~>` chains, `=` and `( $x := ...; ... )` blocks, and calls the
// formatting functions directly.

#include "expr/datetimeformat.h"

#include <QtCore/QDateTime>
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
    static const QStringList names = {u"fromMillis"_s, u"toMillis"_s, u"substringBefore"_s,
                                      u"substringAfter"_s, u"now"_s};
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
    auto optionalStringArg = [&](qsizetype i) -> QString {
        if (i >= args.size() || args.at(i).kind == Val::Undefined)
            return QString(); // null: the argument is absent
        return stringArg(i);
    };
    const QString &fn = node->name;
    if (fn == u"now"_s) {
        Val now;
        now.kind = Val::String;
        now.string = formatDateTime(QDateTime::currentMSecsSinceEpoch(), QString(), QString(), nullptr)
                         .value_or(QString());
        return now;
    }
    if (fn == u"substringBefore"_s || fn == u"substringAfter"_s) {
        if (args.size() < 2 || args.at(0).kind == Val::Undefined)
            return {};
        const QString text = stringArg(0);
        const QString chars = stringArg(1);
        const qsizetype at = text.indexOf(chars);
        Val out;
        out.kind = Val::String;
        if (at == -1)
            out.string = text;
        else
            out.string = fn == u"substringBefore"_s ? text.left(at) : text.mid(at + chars.size());
        return out;
    }
    if (fn != u"fromMillis"_s && fn != u"toMillis"_s)
        throw Unsupported("function outside this test");
    if (args.isEmpty())
        throw Unsupported("no arguments (context)");
    if (args.at(0).kind == Val::Undefined)
        return {}; // both functions give undefined for an undefined input
    FormatError error;
    Val out;
    if (fn == u"fromMillis"_s) {
        if (args.at(0).kind != Val::Number)
            throw Unsupported("non-number input");
        const auto r =
            formatDateTime(qint64(args.at(0).number), optionalStringArg(1), optionalStringArg(2), &error);
        if (!r)
            return errorVal(error);
        out.kind = Val::String;
        out.string = *r;
    } else {
        const auto r = parseDateTime(stringArg(0), optionalStringArg(1), &error);
        if (!r)
            return errorVal(error);
        out.kind = Val::Number;
        out.number = double(*r);
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
        const QStringList groups = {u"function-fromMillis"_s, u"function-tomillis"_s};
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
constexpr int kMinimumDirectCases = 150;

} // namespace

class TestDateTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void suiteCoverage();
    void suite_data();
    void suite();

    void isoOutput_data();
    void isoOutput();
    void pictures_data();
    void pictures();
    void parsing_data();
    void parsing();
    void nowFillsLeadingComponents();
    void undefinedAndErrors();
};

void TestDateTimeFormat::suiteCoverage()
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
    QVERIFY(suiteCases().size() >= 151);
    QVERIFY2(direct >= kMinimumDirectCases, qPrintable(u"only %1 cases read"_s.arg(direct)));
}

void TestDateTimeFormat::suite_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < suiteCases().size(); ++i) {
        if (suiteCases().at(i).ast)
            QTest::newRow(qPrintable(suiteCases().at(i).name)) << int(i);
    }
}

void TestDateTimeFormat::suite()
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
            QCOMPARE(qint64(result.number), qint64(expected.toDouble()));
        } else if (expected.isBool()) {
            QCOMPARE(result.kind, Val::Bool);
            QCOMPARE(result.boolean, expected.toBool());
        } else {
            QFAIL("unexpected kind of result in the suite");
        }
    }
}

void TestDateTimeFormat::isoOutput_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch") << qint64(0) << QString() << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("millis") << qint64(1517478133123) << QString() << u"2018-02-01T09:42:13.123Z"_s;
    QTest::newRow("negative millis") << qint64(-1) << QString() << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("before 1900") << qint64(-2777932800000) << QString() << u"1881-12-21T00:00:00.000Z"_s;
    QTest::newRow("plus offset") << qint64(0) << u"+0100"_s << u"1970-01-01T01:00:00.000+01:00"_s;
    QTest::newRow("minus offset") << qint64(0) << u"-0500"_s << u"1969-12-31T19:00:00.000-05:00"_s;
    QTest::newRow("half hour offset") << qint64(0) << u"+0530"_s << u"1970-01-01T05:30:00.000+05:30"_s;
    QTest::newRow("zero offset") << qint64(0) << u"0000"_s << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("leap day") << qint64(951782400000) << QString() << u"2000-02-29T00:00:00.000Z"_s;
}

void TestDateTimeFormat::isoOutput()
{
    QFETCH(qint64, millis);
    QFETCH(QString, timezone);
    QFETCH(QString, expected);
    FormatError error;
    QCOMPARE(formatDateTime(millis, QString(), timezone, &error), expected);
}

void TestDateTimeFormat::pictures_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("expected");
    const qint64 t = 1521801216617; // Friday 2018-03-23T10:33:36.617Z
    QTest::newRow("ordinal day") << t << u"[D1o] [MNn] [Y]"_s << QString() << u"23rd March 2018"_s;
    QTest::newRow("21st") << qint64(1521590400000) << u"[D1o]"_s << QString() << u"21st"_s;
    QTest::newRow("12 hour pm") << qint64(1521810000000) << u"[h]:[m01] [P]"_s << QString() << u"1:00 pm"_s;
    QTest::newRow("midnight is 12 am") << qint64(0) << u"[h] [PN]"_s << QString() << u"12 AM"_s;
    QTest::newRow("names truncated") << t << u"[FNn,2-2] [MN,3-3]"_s << QString() << u"Fr MAR"_s;
    QTest::newRow("timezone shifts the day") << t << u"[D01] [H01]:[m01]"_s << u"+1400"_s << u"24 00:33"_s;
    QTest::newRow("z with offset") << t << u"[z]"_s << u"+0200"_s << u"GMT+02:00"_s;
    QTest::newRow("Z without minutes") << t << u"[Z0]"_s << u"+0200"_s << u"+2"_s;
    QTest::newRow("day of year") << t << u"[d001]"_s << QString() << u"082"_s;
    QTest::newRow("roman year") << t << u"[YI]"_s << QString() << u"MMXVIII"_s;
    QTest::newRow("year words") << t << u"[Yw]"_s << QString() << u"two thousand and eighteen"_s;
    QTest::newRow("two digit year") << t << u"[Y01]"_s << QString() << u"18"_s;
    QTest::newRow("iso week year") << qint64(1104537600000) << u"[X0001]-W[W01]-[F1]"_s << QString()
                                   << u"2004-W53-6"_s;
    QTest::newRow("escaped brackets") << t << u"[[[Y]]]"_s << QString() << u"[2018]"_s;
    QTest::newRow("negative millis") << qint64(-86400000) << u"[Y0001]-[M01]-[D01] [FNn]"_s << QString()
                                     << u"1969-12-31 Wednesday"_s;
}

void TestDateTimeFormat::pictures()
{
    QFETCH(qint64, millis);
    QFETCH(QString, picture);
    QFETCH(QString, timezone);
    QFETCH(QString, expected);
    FormatError error;
    const auto result = formatDateTime(millis, picture, timezone, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestDateTimeFormat::parsing_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("picture");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("iso with offset") << u"2018-02-01T09:42:13.123+01:00"_s << QString()
                                     << qint64(1517474533123);
    QTest::newRow("iso year-month") << u"2018-02"_s << QString() << qint64(1517443200000);
    QTest::newRow("iso long fraction")
        << u"2018-02-01T09:42:13.123456Z"_s << QString() << qint64(1517478133123);
    QTest::newRow("iso negative offset")
        << u"2018-02-01T09:42:13-0500"_s << QString() << qint64(1517496133000);
    QTest::newRow("picture with offset")
        << u"2018-02-01 10:42 +01:00"_s << u"[Y]-[M]-[D] [H]:[m] [Z]"_s << qint64(1517478120000);
    QTest::newRow("fraction as tenths")
        << u"2018-02-01T09:42:13.5"_s << u"[Y]-[M]-[D]T[H]:[m]:[s].[f1]"_s << qint64(1517478133500);
    QTest::newRow("day of year") << u"2018-082"_s << u"[Y]-[d]"_s << qint64(1521763200000);
    QTest::newRow("before 1970") << u"31/12/1969"_s << u"[D]/[M]/[Y]"_s << qint64(-86400000);
    QTest::newRow("round trip roman")
        << u"XXIII iii MMXVIII"_s << u"[DI] [Mi] [YI]"_s << qint64(1521763200000);
}

void TestDateTimeFormat::parsing()
{
    QFETCH(QString, timestamp);
    QFETCH(QString, picture);
    QFETCH(qint64, expected);
    FormatError error;
    const auto result = parseDateTime(timestamp, picture, &error);
    QVERIFY2(result.has_value(), qPrintable(error.code + u' ' + error.message));
    QCOMPARE(*result, expected);
}

void TestDateTimeFormat::nowFillsLeadingComponents()
{
    FormatError error;
    const qint64 now = 1521801216617; // 2018-03-23T10:33:36.617Z
    // a time alone takes today's date; lower components default to zero
    QCOMPARE(parseDateTime(u"13:45"_s, u"[H]:[m]"_s, now, &error), qint64(1521812700000));
    // a month and day take this year, midnight
    QCOMPARE(parseDateTime(u"12-25"_s, u"[M]-[D]"_s, now, &error), qint64(1545696000000));
}

void TestDateTimeFormat::undefinedAndErrors()
{
    FormatError error;
    QVERIFY(!parseDateTime(u"no match"_s, u"[Y]-[M]-[D]"_s, &error));
    QVERIFY(error.code.isEmpty());
    QVERIFY(!parseDateTime(u"literal"_s, u"literal"_s, &error));
    QVERIFY(error.code.isEmpty());
    QVERIFY(!parseDateTime(u"2018-13"_s, u"[Y]-[D]"_s, &error));
    QCOMPARE(error.code, u"D3136"_s);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!parseDateTime(u"01/02/2018"_s, QString(), &error));
    QCOMPARE(error.code, u"D3110"_s);
    QVERIFY(!formatDateTime(0, u"[Y"_s, QString(), &error));
    QCOMPARE(error.code, u"D3135"_s);
    QVERIFY(!formatDateTime(0, u"[q]"_s, QString(), &error));
    QCOMPARE(error.code, u"D3132"_s);
    QVERIFY(!formatDateTime(0, u"[DN]"_s, QString(), &error));
    QCOMPARE(error.code, u"D3133"_s);
    QVERIFY(!formatDateTime(0, u"[Z000001]"_s, QString(), nullptr));
}

QTEST_GUILESS_MAIN(TestDateTimeFormat)
#include "tst_datetimeformat.moc"
