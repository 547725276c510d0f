#include "model/decimal.h"

#include <QtCore/QDebug>
#include <QtCore/QHashFunctions>
#include <QtCore/QJsonValue>
#include <QtCore/QLocale>
#include <QtCore/QVariant>

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace LedgerLink::Model {

using BigInt = boost::multiprecision::cpp_int;

// The mantissa lives behind a shared pointer so that decimal.h does not pull
// boost/multiprecision into every translation unit that handles money (about 1.5 s of
// compile time each on our 2-core builders). Data is immutable once built, so sharing it
// between copies (and threads) is safe.
struct Decimal::Data
{
    BigInt mantissa;
};

namespace {

constexpr int MaxExponent = 10000;

const BigInt &zeroBigInt()
{
    static const BigInt zero = 0;
    return zero;
}

BigInt pow10(int exponent)
{
    Q_ASSERT(exponent >= 0);
    // Money work rescales by small powers all the time: keep those ready (thread-safe static).
    static const std::array<BigInt, 40> small = [] {
        std::array<BigInt, 40> table;
        BigInt p = 1;
        for (BigInt &entry : table) {
            entry = p;
            p *= 10;
        }
        return table;
    }();
    if (size_t(exponent) < small.size())
        return small[size_t(exponent)];
    return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exponent));
}

// n / d rounded to an integer with `mode`; d != 0. cpp_int division truncates toward zero and
// the remainder carries the dividend's sign, as for built-in integers.
BigInt divideRounded(const BigInt &n, const BigInt &d, RoundingMode mode)
{
    BigInt q = n / d;
    const BigInt r = n % d;
    if (r.is_zero())
        return q;
    const bool negative = (n.sign() < 0) != (d.sign() < 0);
    const BigInt twiceRemainder = boost::multiprecision::abs(r) * 2;
    const BigInt absDivisor = boost::multiprecision::abs(d);
    bool awayFromZero = false;
    switch (mode) {
    case RoundingMode::Down:
        awayFromZero = false;
        break;
    case RoundingMode::Up:
        awayFromZero = true;
        break;
    case RoundingMode::HalfUp:
        awayFromZero = twiceRemainder >= absDivisor;
        break;
    case RoundingMode::HalfDown:
        awayFromZero = twiceRemainder > absDivisor;
        break;
    case RoundingMode::HalfEven:
        awayFromZero =
            twiceRemainder > absDivisor || (twiceRemainder == absDivisor && !BigInt(q % 2).is_zero());
        break;
    }
    if (awayFromZero)
        q += negative ? -1 : 1;
    return q;
}

} // namespace

// Private access for the helpers of this file (friend of Decimal).
struct DecimalAccess
{
    static const BigInt &mantissa(const Decimal &d) { return d.m_data ? d.m_data->mantissa : zeroBigInt(); }

    static Decimal make(BigInt mantissa, int scale)
    {
        Q_ASSERT(scale >= 0);
        if (mantissa.is_zero())
            return Decimal(nullptr, scale);
        return Decimal(std::make_shared<const Decimal::Data>(Decimal::Data{std::move(mantissa)}), scale);
    }

    // The mantissa of `d` expressed at `scale` (>= d.scale()).
    static BigInt mantissaAt(const Decimal &d, int scale)
    {
        Q_ASSERT(scale >= d.m_scale);
        if (scale == d.m_scale)
            return mantissa(d);
        return mantissa(d) * pow10(scale - d.m_scale);
    }
};

Decimal::Decimal() noexcept = default;

Decimal::Decimal(qint64 value)
{
    if (value != 0)
        m_data = std::make_shared<const Data>(Data{BigInt(value)});
}

Decimal::Decimal(std::shared_ptr<const Data> data, int scale)
    : m_data(std::move(data))
    , m_scale(scale)
{ }

std::optional<Decimal> Decimal::fromUnscaled(qint64 mantissa, int scale)
{
    if (scale < 0)
        return std::nullopt;
    return DecimalAccess::make(BigInt(mantissa), scale);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'+' || text[i] == u'-')) {
        negative = text[i] == u'-';
        ++i;
    }

    std::string digits;
    digits.reserve(size_t(n));
    const qsizetype integerStart = i;
    while (i < n && isDigit(text[i]))
        digits.push_back(char(text[i++].unicode()));
    if (i == integerStart)
        return std::nullopt; // no digit before the point (also "", "+", ".5", "NaN", "inf")

    int fractionDigits = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        const qsizetype fractionStart = i;
        while (i < n && isDigit(text[i]))
            digits.push_back(char(text[i++].unicode()));
        if (i == fractionStart)
            return std::nullopt; // "5."
        if (i - fractionStart > std::numeric_limits<int>::max() / 2)
            return std::nullopt;
        fractionDigits = int(i - fractionStart);
    }

    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == u'+' || text[i] == u'-')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        const qsizetype exponentStart = i;
        while (i < n && isDigit(text[i])) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > MaxExponent)
                return std::nullopt;
            ++i;
        }
        if (i == exponentStart)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt; // trailing garbage: "1,5", "1.2.3", "12 ", "1e5x"

    // Leading zeros must go: cpp_int reads a leading 0 as an octal prefix.
    const size_t firstNonZero = digits.find_first_not_of('0');
    BigInt mantissa = firstNonZero == std::string::npos ? BigInt(0) : BigInt(digits.substr(firstNonZero));
    if (negative)
        mantissa = -mantissa;

    int scale = fractionDigits - exponent;
    if (scale < 0) {
        mantissa *= pow10(-scale);
        scale = 0;
    }
    return DecimalAccess::make(std::move(mantissa), scale);
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return fromString(value.toString());
    case QJsonValue::Double:
        // Qt 6 keeps a JSON integer that fits in qint64 as an integer (QVariant type
        // LongLong): take it exactly. Everything else is a double: go through its text.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return Decimal(value.toInteger());
        return fromDouble(value.toDouble());
    default:
        return std::nullopt;
    }
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // The shortest text that reads back as the same double is the number the writer meant
    // (19.99, not 19.989999999999998436805981327779591083526611328125).
    return fromString(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

QString Decimal::toString() const
{
    const BigInt &mantissa = DecimalAccess::mantissa(*this);
    std::string digits = BigInt(boost::multiprecision::abs(mantissa)).str();
    if (digits.size() < size_t(m_scale) + 1)
        digits.insert(0, size_t(m_scale) + 1 - digits.size(), '0');
    if (m_scale > 0)
        digits.insert(digits.size() - size_t(m_scale), 1, '.');
    if (mantissa.sign() < 0)
        digits.insert(0, 1, '-');
    return QString::fromLatin1(digits.data(), qsizetype(digits.size()));
}

QJsonValue Decimal::toJson() const
{
    return QJsonValue(toString());
}

Decimal Decimal::rounded(int places, RoundingMode mode) const
{
    if (places >= m_scale)
        return DecimalAccess::make(DecimalAccess::mantissaAt(*this, places), places);
    const BigInt q = divideRounded(DecimalAccess::mantissa(*this), pow10(m_scale - places), mode);
    if (places >= 0)
        return DecimalAccess::make(q, places);
    return DecimalAccess::make(q * pow10(-places), 0);
}

Decimal Decimal::withScale(int places) const
{
    places = std::max(places, 0);
    if (places >= m_scale)
        return DecimalAccess::make(DecimalAccess::mantissaAt(*this, places), places);
    const Decimal minimal = normalized();
    if (minimal.m_scale >= places)
        return minimal;
    return DecimalAccess::make(DecimalAccess::mantissaAt(minimal, places), places);
}

Decimal Decimal::normalized() const
{
    BigInt mantissa = DecimalAccess::mantissa(*this);
    if (mantissa.is_zero())
        return Decimal();
    int scale = m_scale;
    while (scale > 0 && BigInt(mantissa % 10).is_zero()) {
        mantissa /= 10;
        --scale;
    }
    return DecimalAccess::make(std::move(mantissa), scale);
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    return DecimalAccess::make(DecimalAccess::mantissaAt(a, scale) + DecimalAccess::mantissaAt(b, scale),
                               scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    return DecimalAccess::make(DecimalAccess::mantissaAt(a, scale) - DecimalAccess::mantissaAt(b, scale),
                               scale);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    return DecimalAccess::make(DecimalAccess::mantissa(a) * DecimalAccess::mantissa(b),
                               a.m_scale + b.m_scale);
}

Decimal Decimal::operator-() const
{
    return DecimalAccess::make(-DecimalAccess::mantissa(*this), m_scale);
}

Decimal &Decimal::operator+=(const Decimal &other)
{
    return *this = *this + other;
}

Decimal &Decimal::operator-=(const Decimal &other)
{
    return *this = *this - other;
}

Decimal &Decimal::operator*=(const Decimal &other)
{
    return *this = *this * other;
}

std::optional<Decimal> Decimal::divide(const Decimal &a, const Decimal &b, int places, RoundingMode mode)
{
    if (b.isZero() || places < 0)
        return std::nullopt;
    // a/b = (ma / 10^sa) / (mb / 10^sb); scaled by 10^places that is ma * 10^k / mb with
    // k = places + sb - sa.
    BigInt numerator = DecimalAccess::mantissa(a);
    BigInt denominator = DecimalAccess::mantissa(b);
    const int k = places + b.m_scale - a.m_scale;
    if (k >= 0)
        numerator *= pow10(k);
    else
        denominator *= pow10(-k);
    return DecimalAccess::make(divideRounded(numerator, denominator, mode), places);
}

bool Decimal::isZero() const noexcept
{
    // make() never stores a zero mantissa.
    return !m_data;
}

int Decimal::signum() const noexcept
{
    return m_data ? m_data->mantissa.sign() : 0;
}

Decimal Decimal::abs() const
{
    return signum() < 0 ? -*this : *this;
}

bool Decimal::isIntegral() const
{
    return normalized().m_scale == 0;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    const int c = DecimalAccess::mantissaAt(a, scale).compare(DecimalAccess::mantissaAt(b, scale));
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == 0;
}

std::optional<qint64> Decimal::toInt64() const
{
    const Decimal n = normalized();
    if (n.m_scale != 0)
        return std::nullopt;
    const BigInt &mantissa = DecimalAccess::mantissa(n);
    if (mantissa < std::numeric_limits<qint64>::min() || mantissa > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return mantissa.convert_to<qint64>();
}

bool Decimal::isIdenticalTo(const Decimal &other) const
{
    return m_scale == other.m_scale && DecimalAccess::mantissa(*this) == DecimalAccess::mantissa(other);
}

size_t qHash(const Decimal &value, size_t seed)
{
    return qHash(value.normalized().toString(), seed);
}

QDebug operator<<(QDebug debug, const Decimal &value)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Decimal(" << value.toString() << ')';
    return debug;
}

} // namespace LedgerLink::Model
