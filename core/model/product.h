#pragma once

#include "model/variant.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace LedgerLink::Model {

// A catalog product with its variants. JSON keys: id (required), title, description, vendor,
// product_type, status, tags, variants, created_at, updated_at, raw.
struct Product
{
    QString id;
    QString title;
    QString description;
    QString vendor;
    QString productType;
    QString status; // e.g. "active", "draft", "archived"
    QStringList tags;
    QList<Variant> variants;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QJsonObject raw;

    QJsonObject toJson() const;
    static std::optional<Product> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace LedgerLink::Model
