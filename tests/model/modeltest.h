#pragma once

// Helpers shared by the core/model tests: readable QCOMPARE failures and terse test data.

#include "model/currency.h"
#include "model/decimal.h"
#include "model/money.h"

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtTest/QTest>

namespace LedgerLink::Model {

// Found by QTest through ADL, so a failing QCOMPARE prints "19.99 EUR" instead of nothing.
inline char *toString(const Decimal &value)
{
    return QTest::toString(value.toString());
}

inline char *toString(const Money &value)
{
    return QTest::toString(value.isValid() ? value.toString() : QStringLiteral("(invalid Money)"));
}

inline char *toString(const Currency &value)
{
    return QTest::toString(value.isValid() ? value.code() : QStringLiteral("(invalid Currency)"));
}

} // namespace LedgerLink::Model

namespace ModelTest {

// Test data must be valid: a typo in a literal aborts the test instead of testing nonsense.
inline LedgerLink::Model::Decimal dec(QStringView text)
{
    const std::optional<LedgerLink::Model::Decimal> d = LedgerLink::Model::Decimal::fromString(text);
    if (!d)
        qFatal("test data is not a decimal: %s", qPrintable(text.toString()));
    return *d;
}

inline LedgerLink::Model::Currency cur(QStringView code)
{
    const std::optional<LedgerLink::Model::Currency> c = LedgerLink::Model::Currency::fromCode(code);
    if (!c)
        qFatal("unknown currency in test data: %s", qPrintable(code.toString()));
    return *c;
}

// "19.99 EUR"
inline LedgerLink::Model::Money money(QStringView text)
{
    QString error;
    const std::optional<LedgerLink::Model::Money> m = LedgerLink::Model::Money::fromString(text, &error);
    if (!m)
        qFatal("bad money in test data: %s", qPrintable(error));
    return *m;
}

} // namespace ModelTest
