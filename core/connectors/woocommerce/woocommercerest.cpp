#include "connectors/woocommerce/woocommercerest.h"

#include "connectors/connectorsupport.h"
#include "connectors/woocommerce/woocommercecanonical.h"
#include "model/decimal.h"
#include "net/oauth1signature.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors::WooCommerce {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

bool looksLikeHtml(const QByteArray &body)
{
    return body.trimmed().startsWith('<');
}

/// The <title> of an HTML page, "" when it has none.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(64 * 1024)));
    return match.hasMatch() ? plainText(match.captured(1)).left(120) : QString();
}

QString htmlPage(const QByteArray &body)
{
    const QString title = htmlTitle(body);
    return title.isEmpty() ? Text::tr("an HTML page") : Text::tr("an HTML page titled \"%1\"").arg(title);
}

/// A PHP warning, notice or error that PHP printed into the body ("<b>Warning</b>:  Undefined
/// array key ..."), "" when there is none.
QString phpMessage(const QByteArray &body)
{
    static const QRegularExpression php(
        u"<b>(Warning|Notice|Deprecated|Fatal error|Parse error)</b>:\\s*(.*?)(?:<br\\s*/?>|\\n|$)"_s);
    const QRegularExpressionMatch match = php.match(QString::fromUtf8(body.left(16 * 1024)));
    return match.hasMatch() ? plainText(match.captured(1) + u": "_s + match.captured(2)).left(160)
                            : QString();
}

/// What the failure text adds to WooCommerce's error: what to do about it.
QString hintFor(int status, const QString &code, const QString &message)
{
    if (status == 401 && message.contains(u"write permissions"_s))
        return Text::tr(
            "give the key Read/Write permission under WooCommerce → Settings → Advanced → REST API");
    if (status == 401 && message.contains(u"timestamp"_s))
        return Text::tr("check this computer's clock: WooCommerce accepts OAuth signatures for 15 minutes");
    if (status == 401 && code.startsWith(u"woocommerce_rest_cannot_"_s))
        return Text::tr("no accepted credentials reached WooCommerce: check the consumer key, and that the "
                        "web server passes the Authorization header on to WordPress");
    if (status == 401)
        return Text::tr(
            "check the consumer key and secret under WooCommerce → Settings → Advanced → REST API");
    if (status == 403)
        return Text::tr("the key's WordPress user lacks the permission (an Administrator's or Shop "
                        "manager's key is needed)");
    if (status == 404 && code == u"rest_no_route"_s)
        return Text::tr("WooCommerce's REST API v3 is not at this address: check that the base URL is the "
                        "WordPress site's root, that WooCommerce is active and that permalinks are not "
                        "\"Plain\"");
    return {};
}

/// A JSON value as it is written in JSON ("abc" with its quotes, 1.5, true).
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

/// A price field as WooCommerce takes it: decimal text ("19.90"; "" clears it). A JSON number
/// becomes the text of its shortest round-trip form (19.9 → "19.9", never 19.899999...).
std::optional<QString> priceText(const QJsonValue &value, const QString &field, QString *error)
{
    if (value.isString() && value.toString().isEmpty())
        return QString();
    if (value.isString() || value.isDouble()) {
        if (const std::optional<Model::Decimal> decimal = Model::Decimal::fromJson(value);
            decimal && decimal->signum() >= 0)
            return decimal->toString();
    }
    *error = Text::tr("%1: %2 is not a price (decimal text such as \"19.90\")").arg(field, jsonText(value));
    return std::nullopt;
}

} // namespace

bool isNumericId(QStringView id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    return digits.match(id).hasMatch();
}

/// Ids as text compared as numbers, never through a double: the shorter is the smaller.
int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

/// A JSON integer for an id in text ("727" → 727), exact up to 2^63.
QJsonValue idValue(const QString &id)
{
    return QJsonValue(id.toLongLong());
}

/// Text without HTML tags and entities, on one line (WordPress error texts may carry markup).
QString plainText(const QString &html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.replace(tags, u" "_s);
    return decodeHtmlEntities(text).simplified();
}

/// WooCommerce's (WordPress's) error body {"code","message","data":{"status","params"}} as
/// "<message> (<code>)[: <what to do>]"; an HTML page by its title; "" otherwise.
QString errorText(const Net::HttpResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject body = document.object();
    if (body.value(u"message"_s).isString()) {
        QString text = plainText(body.value(u"message"_s).toString());
        const QJsonObject params = body.value(u"data"_s).toObject().value(u"params"_s).toObject();
        QStringList details;
        for (auto it = params.begin(); it != params.end(); ++it)
            details.append(plainText(it.value().toString()));
        details.removeAll(QString());
        if (!details.isEmpty())
            text += u" ("_s + details.join(u"; "_s) + u')';
        const QString code = body.value(u"code"_s).toString();
        if (!code.isEmpty())
            text += u" ["_s + code + u']';
        const QString hint = hintFor(response.status, code, text);
        return hint.isEmpty() ? text : text + u": "_s + hint;
    }
    if (looksLikeHtml(response.body)) {
        const QString hint = hintFor(response.status, QString(), QString());
        return hint.isEmpty() ? htmlPage(response.body) : htmlPage(response.body) + u": "_s + hint;
    }
    return {};
}

/// X-WP-TotalPages as a number: nullopt when absent, -1 when it is not a number.
std::optional<int> totalPages(const Net::HttpResponse &response)
{
    const QByteArray value = response.header("X-WP-TotalPages").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int pages = value.toInt(&ok);
    return ok && pages >= 0 ? pages : -1;
}

/// A WordPress date-time without an offset ("2017-03-22T19:28:07"), as modified_after takes it
/// with dates_are_gmt=true (see the class comment).
QString wordPressGmt(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString tokenOf(const Keyset &keyset)
{
    return Support::isoUtc(keyset.modified) + u'/' + keyset.lastId + u'/' + QString::number(keyset.skip);
}

std::optional<Keyset> keysetOf(const QString &token)
{
    static const QRegularExpression form(
        u"^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z)/([0-9]{1,20})/([0-9]{1,6})$"_s);
    const QRegularExpressionMatch match = form.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    Keyset keyset;
    keyset.modified = Support::parseIsoDateTime(match.captured(1));
    keyset.lastId = match.captured(2);
    keyset.skip = match.captured(3).toInt();
    if (!keyset.modified.isValid())
        return std::nullopt;
    return keyset;
}

/**
 * A mapped product payload as WooCommerce takes it: regular_price and sale_price as decimal text,
 * stock_quantity as a JSON integer (from an integral number or text), and manage_stock true
 * with a stock quantity (WooCommerce ignores the quantity otherwise). nullopt with *error for
 * a value WooCommerce would refuse or misread.
 */
std::optional<QJsonObject> productPayload(const QJsonObject &payload, QString *error)
{
    QJsonObject result = payload;
    for (const QLatin1StringView field : {"regular_price"_L1, "sale_price"_L1}) {
        if (!payload.contains(field) || payload.value(field).isNull())
            continue;
        const std::optional<QString> text = priceText(payload.value(field), QString(field), error);
        if (!text)
            return std::nullopt;
        result.insert(field, *text);
    }
    if (payload.contains(u"stock_quantity"_s) && !payload.value(u"stock_quantity"_s).isNull()) {
        const QJsonValue value = payload.value(u"stock_quantity"_s);
        std::optional<Model::Decimal> quantity;
        if (value.isString() || value.isDouble())
            quantity = Model::Decimal::fromJson(value);
        bool fits = false;
        qint64 units = 0;
        if (quantity && quantity->isIntegral())
            units = quantity->rounded(0, Model::RoundingMode::HalfEven).toString().toLongLong(&fits);
        if (!fits) {
            *error = Text::tr("stock_quantity: %1 is not a whole number of items").arg(jsonText(value));
            return std::nullopt;
        }
        result.insert(u"stock_quantity"_s, QJsonValue(units));
        if (payload.value(u"manage_stock"_s) == QJsonValue(false)) {
            *error = Text::tr("stock_quantity is set but manage_stock is false: WooCommerce ignores the "
                              "quantity of a product whose stock it does not manage");
            return std::nullopt;
        }
        result.insert(u"manage_stock"_s, true);
    }
    return result;
}

QString decodeBody(const Net::HttpResponse &response, const QString &what, bool list, QJsonValue *body)
{
    const QByteArray &bytes = response.body;
    if (bytes.trimmed().isEmpty())
        return Text::tr("%1 answered HTTP %2 with an empty body, not WooCommerce JSON.")
            .arg(what)
            .arg(response.status);
    if (const QString php = phpMessage(bytes); !php.isEmpty()) {
        return Text::tr("%1 answered HTTP %2 with a PHP message in the body (\"%3\"): turn "
                        "WP_DEBUG_DISPLAY off in the site's wp-config.php, or update the plugin that "
                        "causes it.")
            .arg(what)
            .arg(response.status)
            .arg(php);
    }
    if (looksLikeHtml(bytes)) {
        return Text::tr("%1 answered HTTP %2 with %3, not WooCommerce JSON: check that the base URL is the "
                        "WordPress site's root and that no caching, security or maintenance plugin "
                        "answers /wp-json/ requests.")
            .arg(what)
            .arg(response.status)
            .arg(htmlPage(bytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The parser reached the end of the bytes: the answer was cut off, not malformed.
        if (parseError.offset >= bytes.trimmed().size() - 1) {
            return Text::tr("%1 answered HTTP %2 with JSON cut off after %3 bytes (%4): the site stopped "
                            "writing in mid-answer (a PHP time or memory limit, or a proxy).")
                .arg(what)
                .arg(response.status)
                .arg(bytes.size())
                .arg(parseError.errorString());
        }
        return Text::tr("%1 answered HTTP %2 with a body that is not JSON (%3 at byte %4).")
            .arg(what)
            .arg(response.status)
            .arg(parseError.errorString())
            .arg(parseError.offset);
    }
    if (list && !document.isArray()) {
        return Text::tr("%1 answered HTTP %2 with a JSON object, not the list WooCommerce sends.")
            .arg(what)
            .arg(response.status);
    }
    if (!list && !document.isObject()) {
        return Text::tr("%1 answered HTTP %2 with a JSON list, not the object WooCommerce sends.")
            .arg(what)
            .arg(response.status);
    }
    *body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return {};
}

QUrl oauthSigned(const QByteArray &method, const QUrl &url, const QByteArray &consumerKey,
                 const QByteArray &consumerSecret, qint64 timestamp, const QByteArray &nonce)
{
    const Net::OAuth1Parameters oauth{
        {"oauth_consumer_key", consumerKey},
        {"oauth_nonce", nonce},
        {"oauth_signature_method", Net::oauth1MethodName(Net::OAuth1Method::HmacSha1)},
        {"oauth_timestamp", QByteArray::number(timestamp)},
    };
    // RFC 5849 §3.4.1 over the query and these parameters (the URL without its query, every
    // parameter percent-encoded and sorted). WooCommerce's check_oauth_signature() writes it as
    // rawurlencode(rawurlencode(name)=rawurlencode(value)) joined with %26: the same bytes, as
    // '=' and '&' encode to %3D and %26. §3.4.2: keyed "<encoded secret>&" (no token).
    const QByteArray signature = Net::signature(Net::signatureBaseString(method, url, oauth), consumerSecret,
                                                QByteArray(), Net::OAuth1Method::HmacSha1);

    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : oauth)
        query += (query.isEmpty() ? QString() : u"&"_s) + QString::fromLatin1(name) + u'='
            + QString::fromLatin1(Net::oauth1PercentEncode(value));
    query += u"&oauth_signature="_s + QString::fromLatin1(Net::oauth1PercentEncode(signature));
    QUrl signedUrl = url;
    signedUrl.setQuery(query, QUrl::StrictMode);
    return signedUrl;
}

} // namespace LedgerLink::Connectors::WooCommerce
