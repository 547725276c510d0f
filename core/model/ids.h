#pragma once

#include <QtCore/QString>

#include <optional>

class QJsonValue;

namespace LedgerLink::Model {

// Ids are strings everywhere in LedgerLink. This turns a vendor's JSON id into one without ever
// passing it through a double:
//  - a JSON string is returned as it is;
//  - a JSON integer (Qt 6 keeps integers that fit in qint64 exactly) becomes its decimal text,
//    so 820982911946154508 stays "820982911946154508". (Qt also stores an integral number
//    written with an exponent, such as 8.2098291194615e17, as an integer (820982911946150016,
//    the nearest double): if the producer rounded an id through a double, that cannot be
//    detected here.)
//  - a JSON double is accepted only when it is integral and at most 2^53 in magnitude (then no
//    digit can have been lost); a fraction, or a number beyond qint64 whose digits the parser
//    already rounded, gives nullopt;
//  - null, bool, arrays and objects give nullopt.
// On nullopt, `error` (if set) receives a sentence naming the offending value.
std::optional<QString> jsonIdToString(const QJsonValue &value, QString *error = nullptr);

} // namespace LedgerLink::Model
