// Unit tests for LedgerLink::Model::Money and allocation.

#include "model/allocation.h"
#include "model/money.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>
#include <QtTest/QTest>

#include "modeltest.h"

using namespace Qt::StringLiterals;
using namespace ModelTest;
using namespace LedgerLink::Model;

namespace {

QStringList texts(const QList<Money> &parts)
{
    QStringList result;
    for (const Money &m : parts)
        result.append(m.toString());
    return result;
}

QList<Decimal> weights(std::initializer_list<const char16_t *> values)
{
    QList<Decimal> result;
    for (const char16_t *v : values)
        result.append(dec(QStringView(v)));
    return result;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void ofRounds();
    void exact();
    void fromMinorUnits();
    void parse();
    void parseErrors();
    void arithmeticSameCurrency();
    void crossCurrencyIsAnError();
    void invalidMoney();
    void times();
    void negationAndAbs();
    void comparison();
    void json();
    void jsonErrors();
    void sum();
    void allocateEqual();
    void allocateSmall();
    void allocateNegative();
    void allocateZeroWeights();
    void allocateJpyAndKwd();
    void allocateTieBreak();
    void allocateErrors();
    void allocateEvenly();
    void allocateProperty();
};

void TestMoney::ofRounds()
{
    const Currency eur = cur(u"EUR");
    QCOMPARE(Money::of(dec(u"19.995"), eur, RoundingMode::HalfEven).toString(), u"20.00 EUR"_s);
    QCOMPARE(Money::of(dec(u"19.985"), eur, RoundingMode::HalfEven).toString(), u"19.98 EUR"_s);
    QCOMPARE(Money::of(dec(u"19.985"), eur, RoundingMode::HalfUp).toString(), u"19.99 EUR"_s);
    QCOMPARE(Money::of(dec(u"19.989"), eur, RoundingMode::Down).toString(), u"19.98 EUR"_s);
    QCOMPARE(Money::of(dec(u"19.9"), eur, RoundingMode::Down).toString(), u"19.90 EUR"_s);
    QCOMPARE(Money::of(dec(u"1234.5"), cur(u"JPY"), RoundingMode::HalfEven).toString(), u"1234 JPY"_s);
    QCOMPARE(Money::of(dec(u"1234.5"), cur(u"JPY"), RoundingMode::HalfUp).toString(), u"1235 JPY"_s);
    QCOMPARE(Money::of(dec(u"1.2345"), cur(u"KWD"), RoundingMode::HalfUp).toString(), u"1.235 KWD"_s);
    QCOMPARE(Money::of(dec(u"1"), cur(u"CLF"), RoundingMode::HalfUp).toString(), u"1.0000 CLF"_s);
    QCOMPARE(Money::of(dec(u"19.99"), eur, RoundingMode::HalfUp).amount().scale(), 2);
}

void TestMoney::exact()
{
    const Currency eur = cur(u"EUR");
    QCOMPARE(Money::exact(dec(u"19.990"), eur)->toString(), u"19.99 EUR"_s);
    QCOMPARE(Money::exact(dec(u"5"), eur)->toString(), u"5.00 EUR"_s);
    QVERIFY(!Money::exact(dec(u"19.995"), eur).has_value());
    QVERIFY(!Money::exact(dec(u"0.5"), cur(u"JPY")).has_value());
    QVERIFY(!Money::exact(dec(u"1"), Currency()).has_value());
    QCOMPARE(Money::zero(cur(u"KWD")).toString(), u"0.000 KWD"_s);
}

void TestMoney::fromMinorUnits()
{
    QCOMPARE(Money::fromMinorUnits(1999, cur(u"EUR")).toString(), u"19.99 EUR"_s);
    QCOMPARE(Money::fromMinorUnits(1999, cur(u"JPY")).toString(), u"1999 JPY"_s);
    QCOMPARE(Money::fromMinorUnits(1999, cur(u"KWD")).toString(), u"1.999 KWD"_s);
    QCOMPARE(Money::fromMinorUnits(-5, cur(u"USD")).toString(), u"-0.05 USD"_s);
    QCOMPARE(money(u"19.99 EUR").toMinorUnits(), std::optional<qint64>(1999));
    QCOMPARE(money(u"-1.250 KWD").toMinorUnits(), std::optional<qint64>(-1250));
    QCOMPARE(money(u"700 JPY").toMinorUnits(), std::optional<qint64>(700));
    QVERIFY(!Money().toMinorUnits().has_value());
}

void TestMoney::parse()
{
    QCOMPARE(money(u"19.99 EUR").toString(), u"19.99 EUR"_s);
    QCOMPARE(money(u"19.9 eur").toString(), u"19.90 EUR"_s);
    QCOMPARE(money(u"-5 JPY").toString(), u"-5 JPY"_s);
    QCOMPARE(Money::fromString(u"19.99", cur(u"USD"))->toString(), u"19.99 USD"_s);
}

void TestMoney::parseErrors()
{
    QString error;
    QVERIFY(!Money::fromString(u"19.99EUR", &error));
    QCOMPARE(error, u"\"19.99EUR\" is not an amount and a currency code separated by one space"_s);
    QVERIFY(!Money::fromString(u"19.99 EURO", &error));
    QCOMPARE(error, u"\"EURO\" is not an ISO 4217 currency code"_s);
    QVERIFY(!Money::fromString(u"abc EUR", &error));
    QCOMPARE(error, u"\"abc\" is not a decimal number"_s);
    QVERIFY(!Money::fromString(u"19.995 EUR", &error));
    QCOMPARE(error, u"\"19.995\" has more decimals than EUR allows (2)"_s);
    QVERIFY(!Money::fromString(u"1.5 JPY", &error));
    QCOMPARE(error, u"\"1.5\" has more decimals than JPY allows (0)"_s);
    QVERIFY(!Money::fromString(u"1  EUR", &error));
}

void TestMoney::arithmeticSameCurrency()
{
    const std::optional<Money> sum = money(u"19.99 EUR") + money(u"0.01 EUR");
    QVERIFY(sum.has_value());
    QCOMPARE(sum->toString(), u"20.00 EUR"_s);
    const std::optional<Money> difference = money(u"1.000 KWD").minus(money(u"1.001 KWD"));
    QVERIFY(difference.has_value());
    QCOMPARE(difference->toString(), u"-0.001 KWD"_s);
}

void TestMoney::crossCurrencyIsAnError()
{
    QVERIFY(!(money(u"1.00 EUR") + money(u"1.00 USD")).has_value());
    QVERIFY(!(money(u"1.00 EUR") - money(u"1.00 USD")).has_value());
    QVERIFY(!money(u"1.00 EUR").plus(money(u"1 JPY")).has_value());
    QVERIFY(!(money(u"1.00 EUR") == money(u"1.00 USD")));
    QVERIFY(!(money(u"1.00 EUR") < money(u"2.00 USD")));
    QVERIFY(!(money(u"2.00 USD") < money(u"1.00 EUR")));
    QVERIFY((money(u"1.00 EUR") <=> money(u"1.00 USD")) == std::partial_ordering::unordered);
}

void TestMoney::invalidMoney()
{
    const Money invalid;
    QVERIFY(!invalid.isValid());
    QCOMPARE(invalid.toString(), QString());
    QVERIFY(!(invalid + money(u"1.00 EUR")).has_value());
    QVERIFY(!(money(u"1.00 EUR") + invalid).has_value());
    QVERIFY(!(invalid + invalid).has_value());
    QVERIFY(!Money::of(dec(u"1"), Currency(), RoundingMode::HalfUp).isValid());
    QVERIFY(invalid == Money());
}

void TestMoney::times()
{
    const Money price = money(u"19.99 EUR");
    QCOMPARE(price.times(dec(u"3"), RoundingMode::HalfEven).toString(), u"59.97 EUR"_s);
    // 19.99 * 0.19 = 3.7981
    QCOMPARE(price.times(dec(u"0.19"), RoundingMode::HalfEven).toString(), u"3.80 EUR"_s);
    QCOMPARE(price.times(dec(u"0.19"), RoundingMode::Down).toString(), u"3.79 EUR"_s);
    // 0.125 exactly: the mode decides
    QCOMPARE(money(u"0.25 USD").times(dec(u"0.5"), RoundingMode::HalfEven).toString(), u"0.12 USD"_s);
    QCOMPARE(money(u"0.25 USD").times(dec(u"0.5"), RoundingMode::HalfUp).toString(), u"0.13 USD"_s);
    QCOMPARE(money(u"-0.25 USD").times(dec(u"0.5"), RoundingMode::HalfUp).toString(), u"-0.13 USD"_s);
    // Exchange rate into JPY
    QCOMPARE(money(u"1000 JPY").times(dec(u"0.0061234"), RoundingMode::HalfEven).toString(), u"6 JPY"_s);
}

void TestMoney::negationAndAbs()
{
    QCOMPARE((-money(u"19.99 EUR")).toString(), u"-19.99 EUR"_s);
    QCOMPARE(money(u"-19.99 EUR").negated().toString(), u"19.99 EUR"_s);
    QCOMPARE(money(u"-19.99 EUR").abs().toString(), u"19.99 EUR"_s);
    QCOMPARE((-money(u"0.00 EUR")).toString(), u"0.00 EUR"_s);
    QCOMPARE(money(u"-0.01 EUR").signum(), -1);
    QVERIFY(money(u"0.00 EUR").isZero());
}

void TestMoney::comparison()
{
    QVERIFY(money(u"1.00 EUR") == money(u"1 EUR"));
    QVERIFY(money(u"1.00 EUR") < money(u"1.01 EUR"));
    QVERIFY(money(u"-1.00 EUR") < money(u"0.00 EUR"));
    QVERIFY(money(u"2 JPY") > money(u"1 JPY"));
    QVERIFY(money(u"1.00 EUR") != money(u"1.01 EUR"));
}

void TestMoney::json()
{
    const Money m = money(u"19.99 EUR");
    const QJsonObject o = m.toJson();
    QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact),
             QByteArray(R"({"amount":"19.99","currency":"EUR"})"));
    QString error;
    const std::optional<Money> back = Money::fromJson(o, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->toString(), u"19.99 EUR"_s);
    QVERIFY(*back == m);

    // A JSON number amount goes through its shortest text, never through double arithmetic.
    const QJsonObject numeric = QJsonDocument::fromJson(R"({"amount":19.99,"currency":"usd"})").object();
    QCOMPARE(Money::fromJson(numeric)->toString(), u"19.99 USD"_s);
    const QJsonObject zeroDecimals = QJsonDocument::fromJson(R"({"amount":1500,"currency":"JPY"})").object();
    QCOMPARE(Money::fromJson(zeroDecimals)->toString(), u"1500 JPY"_s);
    QCOMPARE(QJsonDocument(money(u"1.500 KWD").toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"amount":"1.500","currency":"KWD"})"));
}

void TestMoney::jsonErrors()
{
    const auto parse = [](const char *json) {
        QString error;
        const std::optional<Money> m = Money::fromJson(QJsonDocument::fromJson(json).object(), &error);
        return m ? u"ok"_s : error;
    };
    QCOMPARE(parse(R"({"amount":"abc","currency":"EUR"})"), u"amount: \"abc\" is not a decimal number"_s);
    QCOMPARE(parse(R"({"amount":"1,50","currency":"EUR"})"), u"amount: \"1,50\" is not a decimal number"_s);
    QCOMPARE(parse(R"({"amount":true,"currency":"EUR"})"), u"amount: true is not a decimal number"_s);
    QCOMPARE(parse(R"({"currency":"EUR"})"), u"amount: missing (required)"_s);
    QCOMPARE(parse(R"({"amount":"1.00"})"), u"currency: missing (required)"_s);
    QCOMPARE(parse(R"({"amount":"1.00","currency":"EURO"})"),
             u"currency: \"EURO\" is not an ISO 4217 currency code"_s);
    QCOMPARE(parse(R"({"amount":"1.00","currency":978})"),
             u"currency: 978 is not an ISO 4217 currency code"_s);
    QCOMPARE(parse(R"({"amount":"1.005","currency":"EUR"})"),
             u"amount: \"1.005\" has more decimals than EUR allows (2)"_s);
    QCOMPARE(parse(R"({"amount":0.5,"currency":"JPY"})"),
             u"amount: 0.5 has more decimals than JPY allows (0)"_s);
}

void TestMoney::sum()
{
    const Currency eur = cur(u"EUR");
    QCOMPARE(Money::sum({money(u"0.10 EUR"), money(u"0.20 EUR"), money(u"0.03 EUR")}, eur)->toString(),
             u"0.33 EUR"_s);
    QCOMPARE(Money::sum({}, eur)->toString(), u"0.00 EUR"_s);
    QVERIFY(!Money::sum({money(u"0.10 EUR"), money(u"0.20 USD")}, eur).has_value());
    QVERIFY(!Money::sum({money(u"0.10 USD")}, eur).has_value());
}

void TestMoney::allocateEqual()
{
    const auto parts = allocate(money(u"100.00 EUR"), weights({u"1", u"1", u"1"}));
    QVERIFY(parts.has_value());
    QCOMPARE(texts(*parts), (QStringList{u"33.34 EUR"_s, u"33.33 EUR"_s, u"33.33 EUR"_s}));
}

void TestMoney::allocateSmall()
{
    QCOMPARE(texts(*allocate(money(u"0.05 EUR"), weights({u"1", u"1", u"1", u"1"}))),
             (QStringList{u"0.02 EUR"_s, u"0.01 EUR"_s, u"0.01 EUR"_s, u"0.01 EUR"_s}));
    QCOMPARE(texts(*allocate(money(u"0.01 EUR"), weights({u"1", u"1", u"1"}))),
             (QStringList{u"0.01 EUR"_s, u"0.00 EUR"_s, u"0.00 EUR"_s}));
    // Proportional: 10.00 over 1:2:3 = 1.666.., 3.333.., 5 -> remainders decide the cent.
    QCOMPARE(texts(*allocate(money(u"10.00 EUR"), weights({u"1", u"2", u"3"}))),
             (QStringList{u"1.67 EUR"_s, u"3.33 EUR"_s, u"5.00 EUR"_s}));
    // Fractional weights (line totals as weights for an order discount).
    QCOMPARE(texts(*allocate(money(u"10.00 USD"), weights({u"199.00", u"199.00", u"199.00"}))),
             (QStringList{u"3.34 USD"_s, u"3.33 USD"_s, u"3.33 USD"_s}));
    QCOMPARE(texts(*allocate(money(u"1.00 EUR"), weights({u"0.5", u"0.25", u"0.125"}))),
             (QStringList{u"0.57 EUR"_s, u"0.29 EUR"_s, u"0.14 EUR"_s}));
}

void TestMoney::allocateNegative()
{
    QCOMPARE(texts(*allocate(money(u"-100.00 EUR"), weights({u"1", u"1", u"1"}))),
             (QStringList{u"-33.34 EUR"_s, u"-33.33 EUR"_s, u"-33.33 EUR"_s}));
    QCOMPARE(texts(*allocate(money(u"-0.05 EUR"), weights({u"1", u"1", u"1", u"1"}))),
             (QStringList{u"-0.02 EUR"_s, u"-0.01 EUR"_s, u"-0.01 EUR"_s, u"-0.01 EUR"_s}));
}

void TestMoney::allocateZeroWeights()
{
    QCOMPARE(texts(*allocate(money(u"0.05 EUR"), weights({u"0", u"1", u"1"}))),
             (QStringList{u"0.00 EUR"_s, u"0.03 EUR"_s, u"0.02 EUR"_s}));
    QCOMPARE(texts(*allocate(money(u"1.00 EUR"), weights({u"1", u"0", u"0"}))),
             (QStringList{u"1.00 EUR"_s, u"0.00 EUR"_s, u"0.00 EUR"_s}));
    QCOMPARE(texts(*allocate(money(u"0.00 EUR"), weights({u"1", u"2"}))),
             (QStringList{u"0.00 EUR"_s, u"0.00 EUR"_s}));
}

void TestMoney::allocateJpyAndKwd()
{
    QCOMPARE(texts(*allocate(money(u"1000 JPY"), weights({u"1", u"1", u"1"}))),
             (QStringList{u"334 JPY"_s, u"333 JPY"_s, u"333 JPY"_s}));
    QCOMPARE(texts(*allocate(money(u"5 JPY"), weights({u"1", u"1"}))), (QStringList{u"3 JPY"_s, u"2 JPY"_s}));
    QCOMPARE(texts(*allocate(money(u"10.000 KWD"), weights({u"1", u"1", u"1"}))),
             (QStringList{u"3.334 KWD"_s, u"3.333 KWD"_s, u"3.333 KWD"_s}));
    QCOMPARE(texts(*allocate(money(u"0.010 KWD"), weights({u"1", u"2", u"3"}))),
             (QStringList{u"0.002 KWD"_s, u"0.003 KWD"_s, u"0.005 KWD"_s}));
}

void TestMoney::allocateTieBreak()
{
    // Equal remainders, the earlier index wins: 1.00 over 3:3:2 is exactly 37.5, 37.5 and 25
    // cents -> floors 37, 37, 25 = 99, remainders .5, .5, 0 -> the first part gets the cent.
    QCOMPARE(texts(*allocate(money(u"1.00 EUR"), weights({u"3", u"3", u"2"}))),
             (QStringList{u"0.38 EUR"_s, u"0.37 EUR"_s, u"0.25 EUR"_s}));
    // A larger remainder later in the list beats an earlier smaller one: 0.10 over 1:2
    // exact 0.0333.., 0.0666.. -> 3, 6 and the leftover cent goes to the second.
    QCOMPARE(texts(*allocate(money(u"0.10 EUR"), weights({u"1", u"2"}))),
             (QStringList{u"0.03 EUR"_s, u"0.07 EUR"_s}));
}

void TestMoney::allocateErrors()
{
    QVERIFY(!allocate(money(u"1.00 EUR"), weights({u"0", u"0"})).has_value());
    QVERIFY(!allocate(money(u"1.00 EUR"), weights({u"1", u"-1", u"1"})).has_value());
    QVERIFY(!allocate(money(u"1.00 EUR"), {}).has_value());
    QVERIFY(!allocate(Money(), weights({u"1"})).has_value());
}

void TestMoney::allocateEvenly()
{
    QCOMPARE(texts(*LedgerLink::Model::allocateEvenly(money(u"0.05 EUR"), 4)),
             (QStringList{u"0.02 EUR"_s, u"0.01 EUR"_s, u"0.01 EUR"_s, u"0.01 EUR"_s}));
    QCOMPARE(texts(*LedgerLink::Model::allocateEvenly(money(u"7 JPY"), 1)), (QStringList{u"7 JPY"_s}));
    QVERIFY(!LedgerLink::Model::allocateEvenly(money(u"1.00 EUR"), 0).has_value());
    QVERIFY(!LedgerLink::Model::allocateEvenly(money(u"1.00 EUR"), -2).has_value());
}

void TestMoney::allocateProperty()
{
    QRandomGenerator random(20240402);
    const QList<Currency> currencies{cur(u"EUR"), cur(u"JPY"), cur(u"KWD"), cur(u"CLF")};
    int checked = 0;
    for (int round = 0; round < 3000; ++round) {
        const Currency currency = currencies.at(random.bounded(qsizetype(currencies.size())));
        const qint64 units = random.bounded(-10'000'000, 10'000'001);
        const Money total = Money::fromMinorUnits(units, currency);
        const int n = random.bounded(1, 9);
        QList<Decimal> w;
        for (int i = 0; i < n; ++i) {
            // Weights with up to 3 decimals; about one in five is zero.
            const qint64 mantissa = random.bounded(5) == 0 ? 0 : random.bounded(1, 100'000);
            w.append(*Decimal::fromUnscaled(mantissa, random.bounded(4)));
        }
        Decimal weightSum;
        for (const Decimal &x : std::as_const(w))
            weightSum += x;
        const std::optional<QList<Money>> parts = allocate(total, w);
        if (weightSum.isZero()) {
            QVERIFY(!parts.has_value());
            continue;
        }
        QVERIFY(parts.has_value());
        QCOMPARE(parts->size(), qsizetype(n));
        // 1. The parts sum exactly to the total.
        QCOMPARE(Money::sum(*parts, currency)->toString(), total.toString());
        const Decimal minorUnit = *Decimal::fromUnscaled(1, currency.minorUnits());
        for (int i = 0; i < n; ++i) {
            const Money &part = parts->at(i);
            QCOMPARE(part.currency(), currency);
            QCOMPARE(part.amount().scale(), currency.minorUnits());
            // 2. Within one minor unit of the exact share total * w / W:
            //    |part * W - total * w| < unit * W (no division, so no rounding in the check).
            const Decimal error = (part.amount() * weightSum - total.amount() * w.at(i)).abs();
            QVERIFY2(
                error < minorUnit * weightSum,
                qPrintable(total.toString() + u" part "_s + QString::number(i) + u" = "_s + part.toString()));
            // 3. Never the opposite sign of the total; zero weight gets exactly zero.
            QVERIFY(part.signum() * total.signum() >= 0);
            if (w.at(i).isZero())
                QVERIFY(part.isZero());
        }
        // 4. Deterministic and symmetric under negation.
        QCOMPARE(texts(*allocate(total, w)), texts(*parts));
        const QList<Money> negatedParts = *allocate(-total, w);
        for (int i = 0; i < n; ++i)
            QCOMPARE(negatedParts.at(i).toString(), (-parts->at(i)).toString());
        ++checked;
    }
    // The generator must really have exercised the allocator (not mostly all-zero weights).
    QVERIFY(checked > 2500);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
