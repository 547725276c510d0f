#include "store/redactor.h"

#include <array>
#include <cmath>
#include <optional>
#include <string_view>

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
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

namespace {

/// A JSON value walked without copying what does not change: nullopt when `walk` changes nothing
/// in it. QJsonObject and QJsonArray detach (copy and re-encode) on their first non-const access,
/// so the walk reads through const iterators and writes only where something changed.
template<typename Leaf, typename Key>
std::optional<QJsonValue> walkJson(const QJsonValue &value, const Leaf &leaf, const Key &key)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QList<std::pair<QString, QJsonValue>> changes;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (auto changed = key(it.key(), it.value()))
                changes.append({it.key(), *std::move(changed)});
        }
        if (changes.isEmpty())
            return std::nullopt;
        QJsonObject result = object;
        for (const auto &[name, changed] : std::as_const(changes))
            result.insert(name, changed);
        return result;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QList<std::pair<qsizetype, QJsonValue>> changes;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto changed = leaf(array.at(i)))
                changes.append({i, *std::move(changed)});
        }
        if (changes.isEmpty())
            return std::nullopt;
        QJsonArray result = array;
        for (const auto &[index, changed] : std::as_const(changes))
            result.replace(index, changed);
        return result;
    }
    return leaf(value);
}

bool isCodeName(QStringView name);

/// What a JSON member's name says about its value. The walks ask for every member of every body,
/// and a few hundred names recur, so the answers are kept per thread.
struct NameKinds
{
    bool secret = false;
    bool card = false;
    bool code = false;
};

NameKinds kindsOf(const QString &name)
{
    thread_local QHash<QString, NameKinds> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    if (cache.size() >= 4096) // a body of generated names: keep the cache small
        cache.clear();
    const NameKinds kinds{Redactor::isSecretName(name), Redactor::isCardDataName(name), isCodeName(name)};
    cache.insert(name, kinds);
    return kinds;
}

std::optional<QJsonValue> redactSecretsIn(const QJsonValue &value)
{
    if (value.isString()) {
        // A URL in a value carries its own secrets: a signed download link (Shopify's bulk
        // result: ...?Signature=...), a link with an access_token.
        const QString text = value.toString();
        if ((text.startsWith(u"https://"_s) || text.startsWith(u"http://"_s)) && text.contains(u'?')) {
            const QString redacted = Redactor::redactUrl(text);
            if (redacted != text)
                return QJsonValue(redacted);
        }
        return std::nullopt;
    }
    if (!value.isObject() && !value.isArray())
        return std::nullopt;
    return walkJson(value, redactSecretsIn,
                    [](const QString &name, const QJsonValue &field) -> std::optional<QJsonValue> {
                        if (kindsOf(name).secret) {
                            if (field == QJsonValue(Redactor::placeholder()))
                                return std::nullopt;
                            return QJsonValue(Redactor::placeholder());
                        }
                        return redactSecretsIn(field);
                    });
}

} // namespace

QJsonValue Redactor::redactJson(const QJsonValue &value, bool *changed)
{
    std::optional<QJsonValue> redacted = redactSecretsIn(value);
    if (!redacted)
        return value;
    if (changed)
        *changed = true;
    return *std::move(redacted);
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

namespace {

QByteArray redactSecrets(const QByteArray &body)
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
        const QJsonValue redacted = Redactor::redactJson(
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
        if (equals >= 0 && Redactor::isSecretName(QString::fromUtf8(name))) {
            field = field.left(equals + 1) + Redactor::placeholder().toLatin1();
            changed = true;
        }
    }
    return changed ? fields.join('&') : body;
}

} // namespace

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

namespace {

QString normalName(QStringView name)
{
    QString normal;
    normal.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'_' && c != u'-' && c != u' ')
            normal.append(c.toLower());
    }
    return normal;
}

/// Names whose values are digits by nature and never a card number: ids, product codes, bank accounts.
bool isCodeName(QStringView name)
{
    const QString normal = normalName(name);
    static const QStringList codes{u"barcode"_s, u"gtin"_s, u"ean"_s, u"upc"_s, u"isbn"_s, u"sku"_s};
    return normal.endsWith(u"id"_s) || normal.endsWith(u"ids"_s) || codes.contains(normal)
        || normal.contains(u"iban"_s) || normal.contains(u"bankaccount"_s)
        || normal.contains(u"accountnumber"_s);
}

/// Whether `digits` (13–19 of them) start like a card scheme's numbers and pass the Luhn check.
bool isCardNumber(QStringView digits)
{
    if (digits.size() < 13 || digits.size() > 19)
        return false;
    const int first = digits.front().digitValue();
    const int four = digits.first(4).toInt();
    if (!(first >= 3 && first <= 6) && !(four >= 2221 && four <= 2720))
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

/// Whether `text` has a run of 13 digits or more, single spaces or hyphens allowed between them:
/// anything shorter cannot be a card number (most strings, timestamps and amounts stop here).
template<typename Char>
bool hasCardLikeRun(const Char *text, qsizetype size)
{
    int digits = 0;
    bool separated = false; // the previous character was a separator after a digit
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = text[i];
        if (c >= '0' && c <= '9') {
            if (++digits == 13)
                return true;
            separated = false;
        } else if ((c == ' ' || c == '-') && digits > 0 && !separated) {
            separated = true;
        } else {
            digits = 0;
            separated = false;
        }
    }
    return false;
}

bool hasCardLikeRun(QByteArrayView text)
{
    return hasCardLikeRun(text.data(), text.size());
}

bool hasCardLikeRun(QStringView text)
{
    return hasCardLikeRun(reinterpret_cast<const char16_t *>(text.utf16()), text.size());
}

/// Whether `body` may hold card data: 13 digits, or a card-data word ("cvv", "cvc", "card", "pan",
/// "csc", "security", "track") in any letter case.
bool mayHoldCardData(const QByteArray &body)
{
    if (hasCardLikeRun(body))
        return true;
    static const QByteArrayList words{"cvv", "cvc", "card", "pan", "csc", "security", "track"};
    const QByteArray lower = body.toLower();
    for (const QByteArray &word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace

bool Redactor::isCardDataName(QStringView name)
{
    static const QStringList names{u"cardnumber"_s,
                                   u"creditcardnumber"_s,
                                   u"debitcardnumber"_s,
                                   u"ccnumber"_s,
                                   u"ccnum"_s,
                                   u"pan"_s,
                                   u"primaryaccountnumber"_s,
                                   u"cvv"_s,
                                   u"cvv2"_s,
                                   u"cvc"_s,
                                   u"cvc2"_s,
                                   u"csc"_s,

                                   u"securitycode"_s,
                                   u"cardsecuritycode"_s,
                                   u"cardcode"_s,
                                   u"cardcvv"_s,
                                   u"cardcvc"_s,
                                   u"cardverificationvalue"_s,
                                   u"cardverificationcode"_s,
                                   u"verificationvalue"_s,
                                   u"track1"_s,
                                   u"track2"_s,
                                   u"trackdata"_s};
    return names.contains(normalName(name));
}

QString Redactor::withoutCardNumbers(const QString &text, bool *changed)
{
    if (!hasCardLikeRun(text))
        return text;
    // Digits with single separators, not inside a word, a path, an id or a decimal.
    static const QRegularExpression candidate(uR"((?<![\w/.:#-])\d(?:[ -]?\d){12,18}(?![\w/]|[.,-]\d))"_s);
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : candidate.globalMatch(text)) {
        // The groups of digits between separators: a card number is a run of whole groups
        // ("4111 1111 1111 1111 12" holds one, followed by something else).
        QList<std::pair<qsizetype, qsizetype>> groups; // [start, end) in text
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd();) {
            qsizetype end = i;
            while (end < match.capturedEnd() && text.at(end).isDigit())
                ++end;
            groups.append({i, end});
            i = end + 1;
        }
        for (qsizetype first = 0; first < groups.size(); ++first) {
            for (qsizetype lastGroup = groups.size() - 1; lastGroup >= first; --lastGroup) {
                QString digits;
                for (qsizetype g = first; g <= lastGroup; ++g)
                    digits += QStringView(text).sliced(groups[g].first, groups[g].second - groups[g].first);
                if (!isCardNumber(digits))
                    continue;
                result += QStringView(text).sliced(last, groups[first].first - last) + placeholder();
                last = groups[lastGroup].second;
                first = lastGroup;
                break;
            }
        }
    }
    if (last == 0)
        return text;
    if (changed)
        *changed = true;
    return result + QStringView(text).sliced(last);
}

namespace {

/// A JSON number that is a whole card number (13–19 digits that pass isCardNumber()).
bool isCardNumberValue(double number)
{
    if (number < 1e12 || number >= 1e19 || number != std::floor(number))
        return false;
    return isCardNumber(QString::number(number, 'f', 0));
}

/// withoutCardData() of `value`, nullopt when nothing changes; `codes`: the values are a
/// code-name's (an array of ids), left as they are.
std::optional<QJsonValue> cleanCardData(const QJsonValue &value, bool codes)
{
    if (value.isString()) {
        if (codes)
            return std::nullopt;
        bool changed = false;
        const QString cleaned = Redactor::withoutCardNumbers(value.toString(), &changed);
        return changed ? std::optional<QJsonValue>(cleaned) : std::nullopt;
    }
    if (value.isDouble()) {
        if (codes || !isCardNumberValue(value.toDouble()))
            return std::nullopt;
        return QJsonValue(Redactor::placeholder());
    }
    if (!value.isObject() && !value.isArray())
        return std::nullopt;
    return walkJson(
        value,
        [codes](const QJsonValue &element) { return cleanCardData(element, codes && !element.isObject()); },
        [](const QString &name, const QJsonValue &field) -> std::optional<QJsonValue> {
            const NameKinds kinds = kindsOf(name);
            if (kinds.card) {
                const bool empty = field.isNull() || field.isUndefined() || field.isBool()
                    || (field.isString() && field.toString().isEmpty());
                if (empty || field == QJsonValue(Redactor::placeholder()))
                    return std::nullopt;
                return QJsonValue(Redactor::placeholder());
            }
            return cleanCardData(field, kinds.code);
        });
}

} // namespace

QJsonValue Redactor::withoutCardData(const QJsonValue &value, bool *changed)
{
    std::optional<QJsonValue> cleaned = cleanCardData(value, false);
    if (!cleaned)
        return value;
    if (changed)
        *changed = true;
    return *std::move(cleaned);
}

QByteArray Redactor::withoutCardData(const QByteArray &body)
{
    if (body.isEmpty() || !mayHoldCardData(body))
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        bool changed = false;
        const QJsonValue cleaned = withoutCardData(
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &changed);
        if (!changed)
            return body;
        return cleaned.isObject() ? QJsonDocument(cleaned.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(cleaned.toArray()).toJson(QJsonDocument::Compact);
    }
    bool changed = false;
    const QString cleaned = withoutCardNumbers(QString::fromUtf8(body), &changed);
    return changed ? cleaned.toUtf8() : body;
}

QByteArray Redactor::redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    const bool secrets = mayNameASecret(body);
    const bool cards = mayHoldCardData(body);
    if (!secrets && !cards)
        return body;
    // A JSON body is parsed once and written once, and only when something changed.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        bool changed = false;
        if (secrets)
            value = redactJson(value, &changed);
        if (cards)
            value = withoutCardData(value, &changed);
        if (!changed)
            return body;
        return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    return withoutCardData(secrets ? redactSecrets(body) : body);
}

} // namespace LedgerLink::Store
