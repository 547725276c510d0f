#pragma once

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

class QDebug;

namespace LedgerLink::Model {

// An ISO 4217 currency: alphabetic code, numeric code and the number of minor units (decimals)
// amounts in it are kept to. The table (currency.cpp) lists every ISO 4217 "List One" entry
// that has a defined number of minor units; entries whose minor units are "N.A." (precious
// metals, XDR, XSU, XUA, XBA..XBD, XTS, XXX) cannot carry Money and are deliberately absent.
//
// A cheap, trivially copyable value (a pointer into the static table). A default-constructed
// Currency is invalid: isValid() is false, code() is empty.
class Currency
{
public:
    Currency() noexcept = default;

    // "EUR", "eur" or "Eur" -> EUR; anything that is not a known 3-letter code -> nullopt.
    static std::optional<Currency> fromCode(QStringView code);
    // 978 -> EUR; unknown -> nullopt.
    static std::optional<Currency> fromNumericCode(int numericCode);
    // Every currency of the table, ordered by code.
    static QList<Currency> all();

    bool isValid() const noexcept { return m_entry != nullptr; }
    // Upper-case alphabetic code ("EUR"); empty for an invalid Currency.
    QString code() const;
    // ISO numeric code (978 for EUR); 0 for an invalid Currency.
    int numericCode() const noexcept;
    // Decimals of the minor unit: JPY 0, EUR 2, KWD 3, CLF 4; 0 for an invalid Currency.
    int minorUnits() const noexcept;

    friend bool operator==(const Currency &a, const Currency &b) noexcept = default;

    struct Entry;

private:
    explicit Currency(const Entry *entry) noexcept
        : m_entry(entry)
    { }

    const Entry *m_entry = nullptr;
};

size_t qHash(const Currency &currency, size_t seed = 0) noexcept;
QDebug operator<<(QDebug debug, const Currency &currency);

} // namespace LedgerLink::Model

Q_DECLARE_METATYPE(LedgerLink::Model::Currency)
