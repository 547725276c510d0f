#pragma once

// The golden money cases under tests/money/<case>/: input.json (the canonical records and the
// rules) is run through the financial rules and compared with the hand-written expected.json.

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace MoneyCases {

/// The JSON object in `path`; on failure {} and `error` says why.
QJsonObject readJson(const QString &path, QString *error);

/// The first place where `actual` differs from `expected` ("" when they are equal), e.g.
/// "$.results[1].document.tax_total: expected \"0.05\", got \"0.04\"". Amounts are compared as
/// text, so "0.50" and "0.5" differ.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path);

/// `value` without the differences' "evidence" (translated prose, not part of the golden files);
/// `missing` collects the paths of differences whose evidence is empty.
QJsonValue withoutEvidence(const QJsonValue &value, const QString &path, QStringList &missing);

/// Runs one case by its "kind": tax_document, target_tax, home_currency, refunds, marketplace,
/// settlement. On failure {} and `error` says why.
QJsonObject runCase(const QJsonObject &input, QString *error);

} // namespace MoneyCases
