#include "model/money.h"

#include "model/jsonfields_p.h"

#include <QtCore/QDebug>
#include <QtCore/QHashFunctions>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

Money Money::of(const Decimal &amount, const Currency &currency, RoundingMode mode)
{
    if (!currency.isValid())
        return Money();
    return Money(amount.rounded(currency.minorUnits(), mode), currency);
}

std::optional<Money> Money::exact(const Decimal &amount, const Currency &currency)
{
    if (!currency.isValid())
        return std::nullopt;
    const Decimal scaled = amount.withScale(currency.minorUnits());
    if (scaled.scale() != currency.minorUnits())
        return std::nullopt; // significant digits below the minor unit
    return Money(scaled, currency);
}

Money Money::zero(const Currency &currency)
{
    return of(Decimal(), currency, RoundingMode::HalfEven);
}

Money Money::fromMinorUnits(qint64 units, const Currency &currency)
{
    if (!currency.isValid())
        return Money();
    return Money(*Decimal::fromUnscaled(units, currency.minorUnits()), currency);
}

std::optional<Money> Money::fromString(QStringView text, QString *error)
{
    const qsizetype space = text.indexOf(u' ');
    if (space < 0 || text.indexOf(u' ', space + 1) >= 0) {
        setError(error,
                 u"\""_s + text.toString()
                     + u"\" is not an amount and a currency code separated by one space"_s);
        return std::nullopt;
    }
    const std::optional<Currency> currency = Currency::fromCode(text.mid(space + 1));
    if (!currency) {
        setError(error, u"\""_s + text.mid(space + 1).toString() + u"\" is not an ISO 4217 currency code"_s);
        return std::nullopt;
    }
    return fromString(text.left(space), *currency, error);
}

std::optional<Money> Money::fromString(QStringView amount, const Currency &currency, QString *error)
{
    if (!currency.isValid()) {
        setError(error, u"no currency"_s);
        return std::nullopt;
    }
    const std::optional<Decimal> d = Decimal::fromString(amount);
    if (!d) {
        setError(error, u"\""_s + amount.toString() + u"\" is not a decimal number"_s);
        return std::nullopt;
    }
    std::optional<Money> money = exact(*d, currency);
    if (!money) {
        setError(error,
                 u"\""_s + amount.toString() + u"\" has more decimals than "_s + currency.code()
                     + u" allows ("_s + QString::number(currency.minorUnits()) + u')');
    }
    return money;
}

std::optional<Money> Money::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue amountValue = object.value("amount"_L1);
    const QJsonValue currencyValue = object.value("currency"_L1);
    if (amountValue.isUndefined() || amountValue.isNull()) {
        setError(error, u"amount: missing (required)"_s);
        return std::nullopt;
    }
    if (currencyValue.isUndefined() || currencyValue.isNull()) {
        setError(error, u"currency: missing (required)"_s);
        return std::nullopt;
    }
    QString suffix;
    Decimal amount;
    if (!Json::readValue(amountValue, amount, suffix, Json::Required)) {
        setError(error, u"amount"_s + suffix);
        return std::nullopt;
    }
    Currency currency;
    if (!Json::readValue(currencyValue, currency, suffix, Json::Required)) {
        setError(error, u"currency"_s + suffix);
        return std::nullopt;
    }
    std::optional<Money> money = exact(amount, currency);
    if (!money) {
        setError(error,
                 u"amount: "_s + Json::describe(amountValue) + u" has more decimals than "_s + currency.code()
                     + u" allows ("_s + QString::number(currency.minorUnits()) + u')');
    }
    return money;
}

QJsonObject Money::toJson() const
{
    QJsonObject object;
    object.insert("amount"_L1, m_amount.toJson());
    object.insert("currency"_L1, m_currency.code());
    return object;
}

std::optional<qint64> Money::toMinorUnits() const
{
    if (!isValid())
        return std::nullopt;
    qint64 unit = 1; // 10^minorUnits; minor units are at most 4
    for (int i = 0; i < m_currency.minorUnits(); ++i)
        unit *= 10;
    return (m_amount * Decimal(unit)).toInt64();
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (!isValid() || m_currency != other.m_currency)
        return std::nullopt;
    return Money(m_amount + other.m_amount, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    if (!isValid() || m_currency != other.m_currency)
        return std::nullopt;
    return Money(m_amount - other.m_amount, m_currency);
}

std::optional<Money> Money::sum(const QList<Money> &amounts, const Currency &currency)
{
    if (!currency.isValid())
        return std::nullopt;
    Money total = zero(currency);
    for (const Money &m : amounts) {
        const std::optional<Money> next = total.plus(m);
        if (!next)
            return std::nullopt;
        total = *next;
    }
    return total;
}

Money Money::operator-() const
{
    return Money(-m_amount, m_currency);
}

Money Money::abs() const
{
    return Money(m_amount.abs(), m_currency);
}

Money Money::times(const Decimal &factor, RoundingMode mode) const
{
    return of(m_amount * factor, m_currency, mode);
}

bool operator==(const Money &a, const Money &b)
{
    return a.m_currency == b.m_currency && a.m_amount == b.m_amount;
}

std::partial_ordering operator<=>(const Money &a, const Money &b)
{
    if (!a.isValid() || a.m_currency != b.m_currency)
        return std::partial_ordering::unordered;
    return a.m_amount <=> b.m_amount;
}

QString Money::toString() const
{
    if (!isValid())
        return QString();
    return m_amount.toString() + u' ' + m_currency.code();
}

size_t qHash(const Money &money, size_t seed)
{
    return qHashMulti(seed, money.amount(), money.currency());
}

QDebug operator<<(QDebug debug, const Money &money)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Money(" << (money.isValid() ? money.toString() : u"invalid"_s) << ')';
    return debug;
}

} // namespace LedgerLink::Model
