#pragma once

#include "sandbox/graphqlschema.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

/// How the sandbox store's GraphQL API finds and pages records: Shopify's search syntax over the
/// REST documents, and Relay pages with opaque cursors.
namespace LedgerLink::Sandbox {

/// One term of a search query: `field:<op>value`, or free text when `field` is empty.
struct SearchTerm
{
    QString field = {};
    QString op = {}; ///< ":", ">", ">=", "<", "<="
    QString value = {};
};

/// The fields a products search and a productVariants search accept.
QStringList productSearchFields();
QStringList variantSearchFields();

/// Parses Shopify's search syntax as far as the sandbox store needs it: terms joined by spaces or
/// AND, values quoted with ' or " when they hold spaces, comparisons (>, >=, <, <=) on times and
/// ids, free text. nullopt and `*error` for anything else (unknown fields, OR, NOT).
std::optional<QList<SearchTerm>> parseSearch(const QString &text, const QStringList &fields, QString *error);

/// Whether `record` (a product, or a variant of `product`) satisfies every term.
bool matchesSearch(const QList<SearchTerm> &terms, const QJsonObject &record, const QJsonObject &product,
                   bool variant);

/// A time in a search term or a REST document: ISO-8601, a date alone, no offset meaning UTC.
QDateTime parseSearchTime(const QString &text);

/// One row of a page: its node and its sort key.
struct PageRow
{
    qint64 id = 0;
    qint64 number = 0; ///< UPDATED_AT: ms; POSITION: index
    QString text = {}; ///< TITLE
    Graphql::Object node = {};
};

/// Sorts `rows` by `sort` ("ID", "TITLE", "UPDATED_AT" or "POSITION", descending when
/// `reverse`), then applies the `after` cursor and `first` from `arguments`. A bad cursor sets
/// `*error`.
Graphql::Connection pageOf(QList<PageRow> rows, const QString &sort, bool reverse,
                           const QJsonObject &arguments, QString *error);

} // namespace LedgerLink::Sandbox
