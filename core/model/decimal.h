#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <compare>
#include <concepts>
#include <memory>
#include <optional>

class QDebug;
class QJsonValue;

namespace LedgerLink::Model {

// How Decimal::rounded() and Decimal::divide() drop digits.
enum class RoundingMode {
    HalfEven, // ties to the even neighbour (banker's rounding): 0.125 -> 0.12, 0.135 -> 0.14
    HalfUp, // ties away from zero (commercial rounding): 0.125 -> 0.13, -0.125 -> -0.13
    HalfDown, // ties toward zero: 0.125 -> 0.12, -0.125 -> -0.12
    Down, // toward zero (truncate): 0.129 -> 0.12, -0.129 -> -0.12
    Up, // away from zero: 0.121 -> 0.13, -0.121 -> -0.13
};

// An exact decimal number: an arbitrary-precision integer mantissa and a non-negative scale
// (value = mantissa / 10^scale). No binary floating point is involved anywhere, so 0.1 + 0.2
// is exactly 0.3. The scale is part of the value's presentation: "12.340" keeps three decimals
// through toString() and JSON, while comparison and hashing are by numeric value (1.0 == 1.00).
//
// Decimal is an immutable value type with cheap copies, safe to pass between threads by value.
// A mantissa that fits in qint64 (every realistic amount) is stored inline: no allocation and
// plain integer arithmetic. Only a mantissa beyond qint64 lives in a shared, immutable,
// reference-counted heap block (see docs/decisions.md), so results that overflow stay exact.
class Decimal
{
public:
    // Zero, scale 0.
    Decimal() noexcept;
    // An integer, scale 0. Explicit so that an accidental `Decimal d = 0.5;` cannot silently
    // truncate; construction from floating point is deleted (use fromDouble()).
    explicit Decimal(qint64 value);
    template<std::floating_point F>
    Decimal(F) = delete;
    // The small case is the hot one in money code: copying and destroying stay inline and only
    // touch the shared block (out of line, atomically) when there is one.
    Decimal(const Decimal &other) noexcept
        : m_small(other.m_small)
        , m_big(other.m_big)
        , m_scale(other.m_scale)
    {
        if (m_big)
            retain(m_big);
    }
    Decimal(Decimal &&other) noexcept
        : m_small(other.m_small)
        , m_big(other.m_big)
        , m_scale(other.m_scale)
    {
        // A moved-from Decimal is zero (with its old scale), as it was with a shared_ptr.
        other.m_small = 0;
        other.m_big = nullptr;
    }
    Decimal &operator=(const Decimal &other) noexcept
    {
        if (other.m_big)
            retain(other.m_big); // first, so that self-assignment cannot free the block
        if (m_big)
            release(m_big);
        m_small = other.m_small;
        m_big = other.m_big;
        m_scale = other.m_scale;
        return *this;
    }
    Decimal &operator=(Decimal &&other) noexcept
    {
        if (this != &other) {
            if (m_big)
                release(m_big);
            m_small = other.m_small;
            m_big = other.m_big;
            m_scale = other.m_scale;
            other.m_small = 0;
            other.m_big = nullptr;
        }
        return *this;
    }
    ~Decimal()
    {
        if (m_big)
            release(m_big);
    }

    // mantissa / 10^scale, e.g. fromUnscaled(1999, 2) == 19.99. nullopt for a negative scale.
    static std::optional<Decimal> fromUnscaled(qint64 mantissa, int scale);

    // Parses [+|-]digits[.digits][(e|E)[+|-]digits] exactly: "12.340", "-0.5", "+3", "1e-3",
    // "1.5E+2" (= 150). No white space, no thousands separators, no locale; at least one digit
    // before the point and, if there is a point, at least one after it; the exponent must
    // lie within +-10000. Anything else (including "", "1,5", "NaN", "inf") gives nullopt.
    // The scale is the number of decimals written, adjusted by the exponent (never negative).
    static std::optional<Decimal> fromString(QStringView text);

    // A JSON string goes through fromString(); a JSON integer (kept exactly as qint64 by Qt 6)
    // is taken exactly; a JSON double goes through its shortest round-trip text (0.1 -> "0.1",
    // never 0.1000000000000000055...). Anything else (null, bool, array, object) gives nullopt.
    // Qt's parser stores every integral number that fits in qint64 as an integer, even 1.5e2;
    // beyond 2^53 such a number is the nearest double's value (see docs/decisions.md).
    static std::optional<Decimal> fromJson(const QJsonValue &value);

    // The decimal the shortest round-trip text of `value` denotes (19.99 -> 19.99, scale 2).
    // nullopt for NaN and infinities. -0.0 gives 0.
    static std::optional<Decimal> fromDouble(double value);

    // Plain positional notation, never an exponent, keeping the scale: "12.340", "-0.5", "0.00".
    // A negative zero is printed as zero.
    QString toString() const;

    // Always a JSON string (toString()): money must never become a JSON double.
    QJsonValue toJson() const;

    // Number of decimals (>= 0).
    int scale() const noexcept { return m_scale; }

    // The value rounded to `places` decimals with `mode`; the result has exactly `places`
    // decimals (more places than the current scale only pads with zeros). A negative `places`
    // rounds to tens, hundreds, ... and gives scale 0: rounded(-2, HalfUp) of 1250 is 1300.
    Decimal rounded(int places, RoundingMode mode) const;

    // The same value with `places` decimals, padding with zeros. It never changes the value:
    // asked for fewer decimals than the value needs ("1.25".withScale(1)), it stops at the
    // smallest exact scale ("1.25"); dropping digits is only done by rounded(). A negative
    // `places` counts as 0.
    Decimal withScale(int places) const;

    // The same value with trailing fractional zeros removed ("12.340" -> "12.34", "1.00" -> "1").
    Decimal normalized() const;

    // Exact arithmetic. The scale of a sum or difference is the larger of the two scales, the
    // scale of a product is the sum of the scales.
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    Decimal operator-() const;
    Decimal &operator+=(const Decimal &other);
    Decimal &operator-=(const Decimal &other);
    Decimal &operator*=(const Decimal &other);

    // a / b rounded to `places` decimals with `mode`; nullopt when b is zero or places < 0.
    static std::optional<Decimal> divide(const Decimal &a, const Decimal &b, int places, RoundingMode mode);

    bool isZero() const noexcept;
    // -1, 0 or 1.
    int signum() const noexcept;
    Decimal abs() const;
    // True when the value has no fractional part (1.00 is integral).
    bool isIntegral() const;

    // Comparison by numeric value, regardless of scale.
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b);

    // The value as qint64 when it is integral and in range ("12.00" -> 12), otherwise nullopt.
    std::optional<qint64> toInt64() const;

    // True when both the value and the scale are the same ("1.0" vs "1.00" is false).
    bool isIdenticalTo(const Decimal &other) const;

private:
    struct Data;
    friend struct DecimalAccess;
    // Reference counting of the shared block; thread-safe like shared_ptr's.
    static void retain(const Data *data) noexcept;
    static void release(const Data *data) noexcept;

    // Exactly one representation is active: m_big == nullptr means the mantissa is m_small;
    // otherwise it is m_big's and m_small is 0. The form is canonical (a mantissa that fits in
    // qint64 is always small), so equal mantissas have equal representations.
    qint64 m_small = 0;
    const Data *m_big = nullptr;
    int m_scale = 0;
};

// Consistent with operator==: equal values hash equally whatever their scale.
size_t qHash(const Decimal &value, size_t seed = 0);

QDebug operator<<(QDebug debug, const Decimal &value);

} // namespace LedgerLink::Model

// Nothing points into a Decimal, so containers may move it with memcpy.
Q_DECLARE_TYPEINFO(LedgerLink::Model::Decimal, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(LedgerLink::Model::Decimal)
