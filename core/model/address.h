#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// A postal address (billing, shipping, customer address book). JSON keys are snake_case:
// name, first_name, last_name, company, line1, line2, city, region, region_code, postal_code,
// country_code (ISO 3166-1 alpha-2), phone. All fields are optional text.
struct Address
{
    QString name;
    QString firstName;
    QString lastName;
    QString company;
    QString line1;
    QString line2;
    QString city;
    QString region; // state / province name
    QString regionCode; // e.g. "KY"
    QString postalCode;
    QString countryCode; // ISO 3166-1 alpha-2, e.g. "US"
    QString phone;

    QJsonObject toJson() const;
    // On failure returns nullopt and sets `error` to "<field path>: <what is wrong>".
    static std::optional<Address> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace LedgerLink::Model
