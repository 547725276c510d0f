#pragma once

#include "model/address.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace LedgerLink::Model {

// A customer. Matched across systems by email or external id, never by name. `id` is the
// owning system's id (empty for a guest checkout), `externalId` the other side's reference.
// JSON keys: id, external_id, email, first_name, last_name, company, phone, tax_id, addresses,
// default_address, created_at, updated_at (UTC ISO 8601), raw (the vendor document).
struct Customer
{
    QString id;
    QString externalId;
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString phone;
    QString taxId; // VAT / GST / EIN number
    QList<Address> addresses;
    std::optional<Address> defaultAddress;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QJsonObject raw; // the vendor's document, as received

    QJsonObject toJson() const;
    static std::optional<Customer> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace LedgerLink::Model
