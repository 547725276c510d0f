#include "model/decimal.h"

#include <QtCore/QDebug>
#include <QtCore/QHashFunctions>
#include <QtCore/QJsonValue>
#include <QtCore/QLocale>
#include <QtCore/QVariant>

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <string>

namespace LedgerLink::Model {

using BigInt = boost::multiprecision::cpp_int;

// A mantissa beyond qint64 lives in this heap block behind a plain pointer with an intrusive
// reference count: decimal.h then does not pull boost/multiprecision into every translation
// unit that handles money (about 1.5 s of compile time each on our 2-core builders), and
// Decimal stays 24 bytes. The mantissa is immutable once built, so sharing the block between
// copies (and threads) is safe; only the count changes, atomically.
struct Decimal::Data
{
    explicit Data(BigInt value)
        : mantissa(std::move(value))
    { }

    mutable std::atomic<int> ref{1};
    const BigInt mantissa;
};

// The reconciliation benchmark holds ~800,000 amounts; the inline form must not grow them.
static_assert(sizeof(Decimal) <= 24);

void Decimal::retain(const Data *data) noexcept
{
    // Relaxed suffices: the caller already owns a reference, so the block cannot go away here.
    data->ref.fetch_add(1, std::memory_order_relaxed);
}

void Decimal::release(const Data *data) noexcept
{
    // acq_rel: whichever thread frees the block must see every other owner's last use of it.
    if (data->ref.fetch_sub(1, std::memory_order_acq_rel) == 1)
        delete data;
}

namespace {

constexpr int MaxExponent = 10000;
constexpr qint64 SmallMin = std::numeric_limits<qint64>::min();
constexpr qint64 SmallMax = std::numeric_limits<qint64>::max();

// 10^0 .. 10^18, every power of ten that fits in qint64. A non-zero mantissa times 10^19 or
// more never fits, which is what bounds all the fast paths below.
constexpr std::array<qint64, 19> SmallPow10 = [] {
    std::array<qint64, 19> table{};
    table[0] = 1;
    for (size_t i = 1; i < table.size(); ++i)
        table[i] = table[i - 1] * 10;
    return table;
}();

// |v| as unsigned, also for INT64_MIN whose magnitude has no qint64.
constexpr quint64 magnitude(qint64 v)
{
    return v < 0 ? 0 - quint64(v) : quint64(v);
}

// Checked qint64 arithmetic for the fast paths: true when the exact result does not fit (the
// caller then takes the BigInt path and ignores *r). GCC and Clang have builtins; MSVC has no
// equivalent, so there the range is checked before operating and no signed overflow happens.
// LEDGERLINK_DECIMAL_PORTABLE_OVERFLOW forces the portable code so that GCC builds can test it.
#if (defined(__GNUC__) || defined(__clang__)) && !defined(LEDGERLINK_DECIMAL_PORTABLE_OVERFLOW)
bool addOverflow(qint64 a, qint64 b, qint64 *r)
{
    return __builtin_add_overflow(a, b, r);
}

bool subOverflow(qint64 a, qint64 b, qint64 *r)
{
    return __builtin_sub_overflow(a, b, r);
}

bool mulOverflow(qint64 a, qint64 b, qint64 *r)
{
    return __builtin_mul_overflow(a, b, r);
}
#else
bool addOverflow(qint64 a, qint64 b, qint64 *r)
{
    if ((b > 0 && a > SmallMax - b) || (b < 0 && a < SmallMin - b))
        return true;
    *r = a + b;
    return false;
}

bool subOverflow(qint64 a, qint64 b, qint64 *r)
{
    if ((b < 0 && a > SmallMax + b) || (b > 0 && a < SmallMin + b))
        return true;
    *r = a - b;
    return false;
}

bool mulOverflow(qint64 a, qint64 b, qint64 *r)
{
    // On magnitudes in unsigned arithmetic (well defined); a negative product may reach 2^63.
    const bool negative = (a < 0) != (b < 0);
    const quint64 ua = magnitude(a);
    const quint64 ub = magnitude(b);
    const quint64 limit = negative ? quint64(SmallMax) + 1 : quint64(SmallMax);
    if (ua != 0 && ub > limit / ua)
        return true;
    const quint64 product = ua * ub;
    *r = negative ? qint64(0 - product) : qint64(product); // modular conversion (C++20)
    return false;
}
#endif

// The one place that decides rounding, for BigInt and qint64 alike: whether a quotient that was
// truncated toward zero moves one step away from zero, given how twice the (non-zero)
// remainder compares with the divisor, both as magnitudes.
bool roundsAwayFromZero(RoundingMode mode, std::strong_ordering twiceRemainderVsDivisor, bool quotientOdd)
{
    switch (mode) {
    case RoundingMode::Down:
        return false;
    case RoundingMode::Up:
        return true;
    case RoundingMode::HalfUp:
        return twiceRemainderVsDivisor >= 0;
    case RoundingMode::HalfDown:
        return twiceRemainderVsDivisor > 0;
    case RoundingMode::HalfEven:
        return twiceRemainderVsDivisor > 0 || (twiceRemainderVsDivisor == 0 && quotientOdd);
    }
    return false;
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
    const int c = BigInt(boost::multiprecision::abs(r) * 2).compare(boost::multiprecision::abs(d));
    if (roundsAwayFromZero(mode, c <=> 0, !BigInt(q % 2).is_zero()))
        q += negative ? -1 : 1;
    return q;
}

// The same for qint64, on magnitudes so that INT64_MIN / -1 cannot overflow: false when the
// result does not fit (that quotient is 2^63).
bool divideRounded(qint64 n, qint64 d, RoundingMode mode, qint64 *result)
{
    Q_ASSERT(d != 0);
    const bool negative = (n < 0) != (d < 0);
    const quint64 un = magnitude(n);
    const quint64 ud = magnitude(d);
    quint64 q = un / ud;
    const quint64 r = un % ud;
    // 2r <=> ud is r <=> ud - r, which cannot overflow (r < ud).
    if (r != 0 && roundsAwayFromZero(mode, r <=> ud - r, q % 2 != 0))
        ++q;
    if (q > (negative ? quint64(SmallMax) + 1 : quint64(SmallMax)))
        return false;
    *result = negative ? qint64(0 - q) : qint64(q); // modular conversion (C++20)
    return true;
}

} // namespace

// Private access for the helpers of this file (friend of Decimal).
struct DecimalAccess
{
    static bool isSmall(const Decimal &d) { return !d.m_big; }
    static qint64 smallMantissa(const Decimal &d) { return d.m_small; }

    // A small value; the caller guarantees the canonical form (any qint64 mantissa is).
    static Decimal small(qint64 mantissa, int scale)
    {
        Q_ASSERT(scale >= 0);
        Decimal d;
        d.m_small = mantissa;
        d.m_scale = scale;
        return d;
    }

    static BigInt mantissa(const Decimal &d) { return d.m_big ? d.m_big->mantissa : BigInt(d.m_small); }

    // The canonical form: small whenever the mantissa fits in qint64 (zero included), so that
    // equal mantissas always have equal representations.
    static Decimal make(BigInt mantissa, int scale)
    {
        Q_ASSERT(scale >= 0);
        if (mantissa >= SmallMin && mantissa <= SmallMax)
            return small(mantissa.convert_to<qint64>(), scale);
        Decimal d;
        d.m_big = new Decimal::Data(std::move(mantissa));
        d.m_scale = scale;
        return d;
    }

    // The mantissa of a small `d` expressed at `scale` (>= d.scale()) in *result; false when d
    // is big or the result does not fit.
    static bool smallMantissaAt(const Decimal &d, int scale, qint64 *result)
    {
        Q_ASSERT(scale >= d.m_scale);
        if (d.m_big)
            return false;
        const int k = scale - d.m_scale;
        if (k == 0 || d.m_small == 0) {
            *result = d.m_small;
            return true;
        }
        return size_t(k) < SmallPow10.size() && !mulOverflow(d.m_small, SmallPow10[size_t(k)], result);
    }

    // The mantissa of `d` expressed at `scale` (>= d.scale()).
    static BigInt mantissaAt(const Decimal &d, int scale)
    {
        Q_ASSERT(scale >= d.m_scale);
        if (scale == d.m_scale)
            return mantissa(d);
        return mantissa(d) * pow10(scale - d.m_scale);
    }

    // `d` with `scale` (>= d.scale()) decimals.
    static Decimal rescaled(const Decimal &d, int scale)
    {
        qint64 m = 0;
        if (smallMantissaAt(d, scale, &m))
            return small(m, scale);
        return make(mantissaAt(d, scale), scale);
    }
};

Decimal::Decimal() noexcept = default;

Decimal::Decimal(qint64 value)
    : m_small(value)
{ }

std::optional<Decimal> Decimal::fromUnscaled(qint64 mantissa, int scale)
{
    if (scale < 0)
        return std::nullopt;
    return DecimalAccess::small(mantissa, scale);
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

    // Digits are read in place (integer part, then fraction); only a mantissa beyond qint64
    // copies them out for BigInt.
    const qsizetype integerStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    const qsizetype integerEnd = i;
    if (integerEnd == integerStart)
        return std::nullopt; // no digit before the point (also "", "+", ".5", "NaN", "inf")

    qsizetype fractionStart = i;
    qsizetype fractionEnd = i;
    int fractionDigits = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        fractionStart = i;
        while (i < n && isDigit(text[i]))
            ++i;
        fractionEnd = i;
        if (fractionEnd == fractionStart)
            return std::nullopt; // "5."
        if (fractionEnd - fractionStart > std::numeric_limits<int>::max() / 2)
            return std::nullopt;
        fractionDigits = int(fractionEnd - fractionStart);
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

    int scale = fractionDigits - exponent;
    const int zerosToAppend = scale < 0 ? -scale : 0;
    scale = std::max(scale, 0);

    // Fast path: accumulate the magnitude in quint64 while it stays within 2^63 (INT64_MIN's).
    constexpr quint64 limit = quint64(SmallMax) + 1;
    quint64 magnitude = 0;
    bool fits = true;
    const auto accumulate = [&](qsizetype from, qsizetype to) {
        for (qsizetype j = from; fits && j < to; ++j) {
            const unsigned digit = unsigned(text[j].unicode() - u'0');
            if (magnitude > (limit - digit) / 10)
                fits = false;
            else
                magnitude = magnitude * 10 + digit;
        }
    };
    accumulate(integerStart, integerEnd);
    accumulate(fractionStart, fractionEnd);
    if (fits && magnitude != 0 && zerosToAppend > 0) {
        fits = size_t(zerosToAppend) < SmallPow10.size()
            && magnitude <= limit / quint64(SmallPow10[size_t(zerosToAppend)]);
        if (fits)
            magnitude *= quint64(SmallPow10[size_t(zerosToAppend)]);
    }
    if (fits && (negative || magnitude < limit))
        return DecimalAccess::small(negative ? qint64(0 - magnitude) : qint64(magnitude), scale);

    std::string digits;
    digits.reserve(size_t(integerEnd - integerStart + fractionEnd - fractionStart));
    for (qsizetype j = integerStart; j < integerEnd; ++j)
        digits.push_back(char(text[j].unicode()));
    for (qsizetype j = fractionStart; j < fractionEnd; ++j)
        digits.push_back(char(text[j].unicode()));
    // Leading zeros must go: cpp_int reads a leading 0 as an octal prefix.
    const size_t firstNonZero = digits.find_first_not_of('0');
    BigInt mantissa = firstNonZero == std::string::npos ? BigInt(0) : BigInt(digits.substr(firstNonZero));
    if (negative)
        mantissa = -mantissa;
    if (zerosToAppend > 0)
        mantissa *= pow10(zerosToAppend);
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
    if (m_big) {
        const BigInt &mantissa = m_big->mantissa;
        std::string digits = BigInt(boost::multiprecision::abs(mantissa)).str();
        if (digits.size() < size_t(m_scale) + 1)
            digits.insert(0, size_t(m_scale) + 1 - digits.size(), '0');
        if (m_scale > 0)
            digits.insert(digits.size() - size_t(m_scale), 1, '.');
        if (mantissa.sign() < 0)
            digits.insert(0, 1, '-');
        return QString::fromLatin1(digits.data(), qsizetype(digits.size()));
    }

    // Small: the digits of the unsigned magnitude (INT64_MIN has no positive qint64), least
    // significant first, then written straight into the result.
    std::array<char, 20> reversed;
    qsizetype count = 0;
    quint64 rest = magnitude(m_small);
    do {
        reversed[size_t(count++)] = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    const qsizetype width = std::max(count, qsizetype(m_scale) + 1); // zero-padded: "0.05"
    const qsizetype pointAt = width - m_scale;
    QString result((m_small < 0 ? 1 : 0) + width + (m_scale > 0 ? 1 : 0), Qt::Uninitialized);
    QChar *out = result.data();
    if (m_small < 0)
        *out++ = u'-';
    for (qsizetype p = 0; p < width; ++p) {
        if (p == pointAt)
            *out++ = u'.';
        const qsizetype fromRight = width - 1 - p;
        *out++ = QLatin1Char(fromRight < count ? reversed[size_t(fromRight)] : '0');
    }
    return result;
}

QJsonValue Decimal::toJson() const
{
    return QJsonValue(toString());
}

Decimal Decimal::rounded(int places, RoundingMode mode) const
{
    if (places >= m_scale)
        return DecimalAccess::rescaled(*this, places);
    const int dropped = m_scale - places;
    if (!m_big && size_t(dropped) < SmallPow10.size()) {
        // Dividing by 10^dropped >= 10 always fits; only scaling back up for negative places
        // (by at most 10^18, since dropped <= 18) can overflow.
        qint64 q = 0;
        const bool fits = divideRounded(m_small, SmallPow10[size_t(dropped)], mode, &q);
        Q_ASSERT(fits);
        Q_UNUSED(fits);
        if (places >= 0)
            return DecimalAccess::small(q, places);
        qint64 m = 0;
        if (!mulOverflow(q, SmallPow10[size_t(-places)], &m))
            return DecimalAccess::small(m, 0);
        return DecimalAccess::make(BigInt(q) * pow10(-places), 0);
    }
    const BigInt q = divideRounded(DecimalAccess::mantissa(*this), pow10(dropped), mode);
    if (places >= 0)
        return DecimalAccess::make(q, places);
    return DecimalAccess::make(q * pow10(-places), 0);
}

Decimal Decimal::withScale(int places) const
{
    places = std::max(places, 0);
    if (places >= m_scale)
        return DecimalAccess::rescaled(*this, places);
    const Decimal minimal = normalized();
    if (minimal.m_scale >= places)
        return minimal;
    return DecimalAccess::rescaled(minimal, places);
}

Decimal Decimal::normalized() const
{
    if (!m_big) {
        if (m_small == 0)
            return Decimal();
        qint64 mantissa = m_small;
        int scale = m_scale;
        while (scale > 0 && mantissa % 10 == 0) {
            mantissa /= 10;
            --scale;
        }
        return DecimalAccess::small(mantissa, scale);
    }
    // make() turns the result small when it fits (10^20 at scale 20 becomes 1), so a value
    // has exactly one normalized representation: qHash() relies on it.
    BigInt mantissa = m_big->mantissa;
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
    qint64 x = 0;
    qint64 y = 0;
    qint64 sum = 0;
    if (DecimalAccess::smallMantissaAt(a, scale, &x) && DecimalAccess::smallMantissaAt(b, scale, &y)
        && !addOverflow(x, y, &sum))
        return DecimalAccess::small(sum, scale);
    return DecimalAccess::make(DecimalAccess::mantissaAt(a, scale) + DecimalAccess::mantissaAt(b, scale),
                               scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    qint64 x = 0;
    qint64 y = 0;
    qint64 difference = 0;
    if (DecimalAccess::smallMantissaAt(a, scale, &x) && DecimalAccess::smallMantissaAt(b, scale, &y)
        && !subOverflow(x, y, &difference))
        return DecimalAccess::small(difference, scale);
    return DecimalAccess::make(DecimalAccess::mantissaAt(a, scale) - DecimalAccess::mantissaAt(b, scale),
                               scale);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    qint64 product = 0;
    if (!a.m_big && !b.m_big && !mulOverflow(a.m_small, b.m_small, &product))
        return DecimalAccess::small(product, a.m_scale + b.m_scale);
    return DecimalAccess::make(DecimalAccess::mantissa(a) * DecimalAccess::mantissa(b),
                               a.m_scale + b.m_scale);
}

Decimal Decimal::operator-() const
{
    // -INT64_MIN does not fit: that one (and every big value) goes through BigInt.
    if (!m_big && m_small != SmallMin)
        return DecimalAccess::small(-m_small, m_scale);
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
    const int k = places + b.m_scale - a.m_scale;
    if (!a.m_big && !b.m_big) {
        qint64 numerator = a.m_small;
        qint64 denominator = b.m_small;
        qint64 q = 0;
        const bool fits = k >= 0
            ? size_t(k) < SmallPow10.size() && !mulOverflow(numerator, SmallPow10[size_t(k)], &numerator)
            : size_t(-k) < SmallPow10.size()
                && !mulOverflow(denominator, SmallPow10[size_t(-k)], &denominator);
        if (fits && divideRounded(numerator, denominator, mode, &q))
            return DecimalAccess::small(q, places);
    }
    BigInt numerator = DecimalAccess::mantissa(a);
    BigInt denominator = DecimalAccess::mantissa(b);
    if (k >= 0)
        numerator *= pow10(k);
    else
        denominator *= pow10(-k);
    return DecimalAccess::make(divideRounded(numerator, denominator, mode), places);
}

bool Decimal::isZero() const noexcept
{
    // make() never stores a zero mantissa in a big block.
    return !m_big && m_small == 0;
}

int Decimal::signum() const noexcept
{
    if (m_big)
        return m_big->mantissa.sign();
    return m_small > 0 ? 1 : (m_small < 0 ? -1 : 0);
}

Decimal Decimal::abs() const
{
    return signum() < 0 ? -*this : *this;
}

bool Decimal::isIntegral() const
{
    if (!m_big) // |mantissa| < 10^19, so beyond 18 decimals only zero is integral
        return m_scale == 0 || m_small == 0
            || (size_t(m_scale) < SmallPow10.size() && m_small % SmallPow10[size_t(m_scale)] == 0);
    return normalized().m_scale == 0;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    if (!a.m_big && !b.m_big) {
        if (a.m_scale == b.m_scale)
            return a.m_small <=> b.m_small;
        // Bring the smaller scale up. If that overflows, its magnitude exceeds anything a qint64
        // holds, so its sign alone decides.
        qint64 m = 0;
        if (a.m_scale < b.m_scale) {
            if (DecimalAccess::smallMantissaAt(a, b.m_scale, &m))
                return m <=> b.m_small;
            return a.m_small < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        }
        if (DecimalAccess::smallMantissaAt(b, a.m_scale, &m))
            return a.m_small <=> m;
        return b.m_small < 0 ? std::strong_ordering::greater : std::strong_ordering::less;
    }
    const int scale = std::max(a.m_scale, b.m_scale);
    const int c = DecimalAccess::mantissaAt(a, scale).compare(DecimalAccess::mantissaAt(b, scale));
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

bool operator==(const Decimal &a, const Decimal &b)
{
    // At equal scales the canonical form makes equal values identical representations.
    if (a.m_scale == b.m_scale)
        return a.isIdenticalTo(b);
    return (a <=> b) == 0;
}

std::optional<qint64> Decimal::toInt64() const
{
    if (!m_big) {
        if (m_scale == 0 || m_small == 0)
            return m_small;
        if (size_t(m_scale) < SmallPow10.size() && m_small % SmallPow10[size_t(m_scale)] == 0)
            return m_small / SmallPow10[size_t(m_scale)];
        return std::nullopt;
    }
    // Canonical form: an integral value in range normalizes to a small mantissa at scale 0.
    const Decimal n = normalized();
    if (n.m_big || n.m_scale != 0)
        return std::nullopt;
    return n.m_small;
}

bool Decimal::isIdenticalTo(const Decimal &other) const
{
    if (m_scale != other.m_scale)
        return false;
    // Canonical form: a small and a big mantissa always differ.
    if (!m_big || !other.m_big)
        return m_big == other.m_big && m_small == other.m_small;
    return m_big == other.m_big || m_big->mantissa == other.m_big->mantissa;
}

size_t qHash(const Decimal &value, size_t seed)
{
    // Equal values have one normalized representation (canonical form), so hashing it is
    // consistent with operator==; only big values pay for a string.
    const Decimal n = value.normalized();
    if (DecimalAccess::isSmall(n))
        return qHashMulti(seed, DecimalAccess::smallMantissa(n), n.scale());
    return qHash(n.toString(), seed);
}

QDebug operator<<(QDebug debug, const Decimal &value)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Decimal(" << value.toString() << ')';
    return debug;
}

} // namespace LedgerLink::Model
