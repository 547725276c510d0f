#include "store/redactor.h"

#include <array>
#include <string_view>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace LedgerLink::Store {

QString Redactor::placeholder()
{
    return u"[redacted]"_s;
}

bool Redactor::isSecretName(QStringView name)
{
    QString normal = name.trimmed().toString().toLower();
    normal.replace(u'_', u'-');
    static const QStringList exact{u"authorization"_s, u"proxy-authorization"_s,    u"cookie"_s,
                                   u"set-cookie"_s,    u"x-shopify-access-token"_s, u"x-api-key"_s};
    static const QStringList parts{u"token"_s, u"secret"_s, u"signature"_s, u"password"_s, u"passwd"_s,
                                   u"api-key"_s, u"apikey"_s, u"consumer-key"_s,
                                   // A session's id is its credential (SAP Business One's SessionId).
                                   u"sessionid"_s, u"session-id"_s};
    if (exact.contains(normal))
        return true;
    for (const QString &part : parts) {
        if (normal.contains(part))
            return true;
    }
    return false;
}

Redactor::Headers Redactor::redactHeaders(const Headers &headers)
{
    Headers result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (isSecretName(QString::fromLatin1(name)))
            result.append({name, placeholder().toLatin1()});
        else
            result.append({name, value});
    }
    return result;
}

QJsonValue Redactor::redactJson(const QJsonValue &value, bool *changed)
{
    if (value.isString()) {
        // A URL in a value carries its own secrets: a signed download link (Shopify's bulk
        // result: ...?Signature=...), a link with an access_token.
        const QString text = value.toString();
        if ((text.startsWith(u"https://"_s) || text.startsWith(u"http://"_s)) && text.contains(u'?')) {
            const QString redacted = redactUrl(text);
            if (redacted != text) {
                if (changed)
                    *changed = true;
                return redacted;
            }
        }
        return value;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretName(it.key())) {
                if (it.value() != QJsonValue(placeholder())) {
                    *it = placeholder();
                    if (changed)
                        *changed = true;
                }
            } else if (it.value().isObject() || it.value().isArray() || it.value().isString()) {
                *it = redactJson(it.value(), changed);
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            if ((*it).isObject() || (*it).isArray() || (*it).isString())
                *it = redactJson(*it, changed);
        }
        return array;
    }
    return value;
}

namespace {

/// Whether `body` contains, in any letter case, a word every secret name contains, or an escape.
constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
}

// What a byte can start: 1 an escape or a separator ('\\', '%', ' ', '\n', the Kelvin sign's
// first byte), 2 one of the words below (its first letter, either case), 0 nothing.
constexpr std::array<quint8, 256> byteClasses = [] {
    std::array<quint8, 256> classes{};
    for (const char c : {'\\', '%', ' ', '\n'})
        classes[uchar(c)] = 1;
    classes[0xE2] = 1;
    for (const char c : {'t', 's', 'p', 'a', 'c'}) {
        classes[uchar(c)] = 2;
        classes[uchar(c - 0x20)] = 2;
    }
    return classes;
}();

bool mayNameASecret(QByteArrayView body)
{
    body = body.trimmed(); // a form body's surrounding whitespace does not make it prose
    static constexpr std::string_view words[] = {
        "token",  "secret",        "signature", "password",  "passwd",     "api-key",   "api_key",
        "apikey", "authorization", "cookie",    "sessionid", "session_id", "session-id"};
    bool spaces = false;
    bool percent = false;
    const char *const data = body.data();
    const qsizetype size = body.size();
    for (qsizetype i = 0; i < size; ++i) {
        while (i < size && byteClasses[uchar(data[i])] == 0) // most bytes: one load and one test
            ++i;
        if (i == size)
            break;
        switch (data[i]) {
        case '\\':
            if (i + 1 < size && (data[i + 1] == 'u' || data[i + 1] == 'U'))
                return true;
            continue;
        case '%':
            percent = true;
            continue;
        case ' ':
        case '\n':
            spaces = true;
            continue;
        default:
            break;
        }
        // The one non-ASCII letter that lower-cases into an ASCII one: the Kelvin sign (U+212A → k).
        if (uchar(data[i]) == 0xE2) {
            if (body.sliced(i).startsWith("\xE2\x84\xAA"))
                return true;
            continue;
        }
        const char c = lower(data[i]);
        for (const std::string_view word : words) {
            if (word.front() != c || i + qsizetype(word.size()) > size)
                continue;
            qsizetype k = 1;
            while (k < qsizetype(word.size()) && lower(data[i + k]) == word[size_t(k)])
                ++k;
            if (k == qsizetype(word.size()))
                return true;
        }
    }
    return percent && !spaces; // a form body ("a=b&c=d") may spell a name with percent escapes
}

} // namespace

QByteArray Redactor::redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    // Fast path (audit rows are written for every exchange): a secret name must contain one of
    // these words, so a body without any of them, and without escapes that could spell one
    // (JSON "\u0074oken", form "%74oken"), has nothing to redact. One pass, no copy.
    if (!mayNameASecret(body))
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        bool changed = false;
        const QJsonValue redacted = redactJson(
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &changed);
        if (!changed)
            return body;
        return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    }
    // application/x-www-form-urlencoded (OAuth token requests carry client_secret this way).
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.contains('=') || trimmed.contains(' ') || trimmed.contains('\n'))
        return body;
    QList<QByteArray> fields = trimmed.split('&');
    bool changed = false;
    for (QByteArray &field : fields) {
        const qsizetype equals = field.indexOf('=');
        const QByteArray name =
            QByteArray::fromPercentEncoding(field.left(equals < 0 ? field.size() : equals));
        if (equals >= 0 && isSecretName(QString::fromUtf8(name))) {
            field = field.left(equals + 1) + placeholder().toLatin1();
            changed = true;
        }
    }
    return changed ? fields.join('&') : body;
}

QString Redactor::redactUrl(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid())
        return url;
    bool changed = false;
    if (!parsed.password().isEmpty()) {
        parsed.setPassword(placeholder());
        changed = true;
    }
    QUrlQuery query(parsed);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[name, value] : items) {
        if (isSecretName(QUrl::fromPercentEncoding(name.toUtf8()))) {
            value = placeholder();
            changed = true;
        }
    }
    if (!changed)
        return url;
    query.setQueryItems(items);
    parsed.setQuery(query);
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace LedgerLink::Store
