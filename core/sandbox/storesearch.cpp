#include "sandbox/storesearch.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

using Graphql::Connection;

namespace {

QString encodeCursor(const PageRow &row, const QString &sort)
{
    QJsonValue value = row.id;
    if (sort == u"TITLE")
        value = row.text;
    else if (sort == u"UPDATED_AT")
        value = QDateTime::fromMSecsSinceEpoch(row.number).toUTC().toString(Qt::ISODateWithMs);
    else if (sort == u"POSITION")
        value = row.number;
    const QByteArray json = QJsonDocument(QJsonObject{{u"last_id"_s, row.id}, {u"last_value"_s, value}})
                                .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageRow> decodeCursor(const QString &cursor, const QString &sort)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue value = object.value(u"last_value"_s);
    PageRow key;
    key.id = object.value(u"last_id"_s).toInteger();
    if (key.id <= 0)
        return std::nullopt;
    if (sort == u"TITLE") {
        if (!value.isString())
            return std::nullopt;
        key.text = value.toString();
    } else if (sort == u"UPDATED_AT") {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            return std::nullopt;
        key.number = time.toMSecsSinceEpoch();
    } else if (sort == u"POSITION") {
        if (!value.isDouble())
            return std::nullopt;
        key.number = value.toInteger();
    }
    return key;
}

bool compare(qint64 left, const QString &op, qint64 right)
{
    if (op == u">")
        return left > right;
    if (op == u">=")
        return left >= right;
    if (op == u"<")
        return left < right;
    if (op == u"<=")
        return left <= right;
    return left == right;
}

bool termMatches(const SearchTerm &term, const QJsonObject &record, const QJsonObject &product, bool variant)
{
    if (term.field.endsWith(u"_at")) {
        const QDateTime time = parseSearchTime(record.value(term.field).toString());
        return time.isValid()
            && compare(time.toMSecsSinceEpoch(), term.op, parseSearchTime(term.value).toMSecsSinceEpoch());
    }
    if (term.field == u"id" || term.field == u"product_id")
        return compare(record.value(term.field).toInteger(), term.op, term.value.toLongLong());
    auto same = [&term](const QJsonValue &value) {
        return value.toString().compare(term.value, Qt::CaseInsensitive) == 0;
    };
    if (term.field == u"sku") {
        if (variant)
            return same(record.value(u"sku"_s));
        const QJsonArray variants = record.value(u"variants"_s).toArray();
        return std::any_of(variants.begin(), variants.end(),
                           [&same](const QJsonValue &v) { return same(v.toObject().value(u"sku"_s)); });
    }
    if (!term.field.isEmpty())
        return same(record.value(term.field));
    // Free text: the product's title (and a variant's SKU or title).
    auto has = [&term](const QJsonValue &value) {
        return value.toString().contains(term.value, Qt::CaseInsensitive);
    };
    return has(product.value(u"title"_s))
        || (variant && (has(record.value(u"sku"_s)) || has(record.value(u"title"_s))));
}

} // namespace

QStringList productSearchFields()
{
    return {u"id"_s, u"updated_at"_s, u"created_at"_s, u"sku"_s, u"status"_s, u"vendor"_s, u"product_type"_s};
}

QStringList variantSearchFields()
{
    return {u"id"_s, u"product_id"_s, u"sku"_s, u"updated_at"_s};
}

QDateTime parseSearchTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else if (time.timeSpec() == Qt::LocalTime) {
        time = QDateTime(time.date(), time.time(), QTimeZone::utc()); // no offset: UTC
    }
    return time;
}

std::optional<QList<SearchTerm>> parseSearch(const QString &text, const QStringList &fields, QString *error)
{
    QStringList tokens;
    QString current;
    QChar quote;
    bool quoted = false;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            quoted = true;
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!quote.isNull()) {
        *error = u"Invalid search query: unterminated quote in "_s + text;
        return std::nullopt;
    }
    if (!current.isEmpty() || quoted)
        tokens.append(current);
    QList<SearchTerm> terms;
    for (const QString &token : std::as_const(tokens)) {
        if (token == u"AND")
            continue;
        if (token == u"OR" || token == u"NOT" || token.startsWith(u'-')) {
            *error = u"Invalid search query: the sandbox store supports terms joined by AND only (not "_s
                + token + u')';
            return std::nullopt;
        }
        SearchTerm term;
        const qsizetype colon = token.indexOf(u':');
        if (colon < 0 || !fields.contains(token.left(colon))) {
            if (colon > 0 && !token.left(colon).contains(u' ')) {
                *error = u"Invalid search query: the sandbox store searches "_s + fields.join(u", "_s)
                    + u" and free text (not "_s + token.left(colon) + u')';
                return std::nullopt;
            }
            term.value = token;
            terms.append(term);
            continue;
        }
        term.field = token.left(colon);
        term.value = token.mid(colon + 1);
        term.op = u":"_s;
        for (const QString &op : {u">="_s, u"<="_s, u">"_s, u"<"_s}) {
            if (term.value.startsWith(op)) {
                term.op = op;
                term.value = term.value.mid(op.size());
                break;
            }
        }
        const bool ordered = term.field.endsWith(u"_at") || term.field.endsWith(u"id");
        if ((term.op != u":" && !ordered)
            || (term.field.endsWith(u"_at") && !parseSearchTime(term.value).isValid())) {
            *error = u"Invalid search query: cannot read "_s + token;
            return std::nullopt;
        }
        terms.append(term);
    }
    return terms;
}

bool matchesSearch(const QList<SearchTerm> &terms, const QJsonObject &record, const QJsonObject &product,
                   bool variant)
{
    return std::all_of(terms.cbegin(), terms.cend(),
                       [&](const SearchTerm &term) { return termMatches(term, record, product, variant); });
}

Connection pageOf(QList<PageRow> rows, const QString &sort, bool reverse, const QJsonObject &arguments,
                  QString *error)
{
    auto less = [&sort](const PageRow &a, const PageRow &b) {
        if (sort == u"TITLE") {
            const int order = a.text.compare(b.text, Qt::CaseInsensitive);
            if (order != 0)
                return order < 0;
        } else if (sort == u"UPDATED_AT" || sort == u"POSITION") {
            if (a.number != b.number)
                return a.number < b.number;
        }
        return a.id < b.id;
    };
    auto before = [&less, reverse](const PageRow &a, const PageRow &b) {
        return reverse ? less(b, a) : less(a, b);
    };
    std::stable_sort(rows.begin(), rows.end(), before);
    qsizetype start = 0;
    if (arguments.contains(u"after"_s)) {
        const auto cursor = decodeCursor(arguments.value(u"after"_s).toString(), sort);
        if (!cursor) {
            *error = u"Invalid cursor for current pagination sort."_s;
            return {};
        }
        while (start < rows.size() && !before(*cursor, rows.at(start)))
            ++start;
    }
    const qsizetype end = qMin(rows.size(), start + qsizetype(arguments.value(u"first"_s).toInteger()));
    Connection page;
    for (qsizetype i = start; i < end; ++i) {
        page.nodes.append(rows.at(i).node);
        page.cursors.append(encodeCursor(rows.at(i), sort));
    }
    page.hasNextPage = end < rows.size();
    page.hasPreviousPage = start > 0;
    return page;
}

} // namespace LedgerLink::Sandbox
