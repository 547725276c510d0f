#include "net/webhooksignature.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace LedgerLink::Net {
namespace {

/// User-facing text of this file, translated in the context "LedgerLink::Net::WebhookSignature".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Net::WebhookSignature)
};

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

std::optional<WebhookVendor> vendorFromName(QStringView name)
{
    if (name.compare(u"shopify", Qt::CaseInsensitive) == 0)
        return WebhookVendor::Shopify;
    if (name.compare(u"woocommerce", Qt::CaseInsensitive) == 0)
        return WebhookVendor::WooCommerce;
    if (name.compare(u"xero", Qt::CaseInsensitive) == 0)
        return WebhookVendor::Xero;
    return std::nullopt;
}

QString vendorName(WebhookVendor vendor)
{
    switch (vendor) {
    case WebhookVendor::Shopify:
        return u"shopify"_s;
    case WebhookVendor::WooCommerce:
        return u"woocommerce"_s;
    case WebhookVendor::Xero:
        return u"xero"_s;
    }
    return {};
}

QByteArray signatureHeader(WebhookVendor vendor)
{
    switch (vendor) {
    case WebhookVendor::Shopify:
        return QByteArrayLiteral("X-Shopify-Hmac-Sha256");
    case WebhookVendor::WooCommerce:
        return QByteArrayLiteral("X-WC-Webhook-Signature");
    case WebhookVendor::Xero:
        return QByteArrayLiteral("x-xero-signature");
    }
    return {};
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray wordPressSpecialCharsDecode(const QByteArray &text)
{
    if (!text.contains('&'))
        return text;
    struct Entity
    {
        QByteArray name;
        char value;
    };
    static const Entity entities[] = {
        {QByteArrayLiteral("&amp;"), '&'},   {QByteArrayLiteral("&lt;"), '<'},
        {QByteArrayLiteral("&gt;"), '>'},    {QByteArrayLiteral("&quot;"), '"'},
        {QByteArrayLiteral("&#039;"), '\''}, {QByteArrayLiteral("&#39;"), '\''},
        {QByteArrayLiteral("&#x27;"), '\''}, {QByteArrayLiteral("&#034;"), '"'},
        {QByteArrayLiteral("&#34;"), '"'},   {QByteArrayLiteral("&#x22;"), '"'},
    };
    QByteArray decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        bool matched = false;
        if (text.at(i) == '&') {
            for (const Entity &entity : entities) {
                const QByteArray candidate = text.mid(i, entity.name.size());
                if (candidate.compare(entity.name, Qt::CaseInsensitive) == 0) {
                    decoded.append(entity.value);
                    i += entity.name.size();
                    matched = true;
                    break;
                }
            }
        }
        if (!matched)
            decoded.append(text.at(i++));
    }
    return decoded;
}

QByteArray computeSignature(WebhookVendor vendor, const QByteArray &secret, const QByteArray &rawBody)
{
    const QByteArray key =
        vendor == WebhookVendor::WooCommerce ? wordPressSpecialCharsDecode(secret) : secret;
    return hmacSha256(key, rawBody).toBase64();
}

SignatureCheck verifySignature(WebhookVendor vendor, const QByteArray &secret, const QByteArray &rawBody,
                               const QByteArray &providedSignature)
{
    const QByteArray trimmed = providedSignature.trimmed();
    if (trimmed.isEmpty())
        return {false, Text::tr("signature missing")};
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    // Vendors send canonical, padded base64 and compare the text; Qt's decoder also accepts a
    // value without its padding, so that is refused here (it depends on the provided value only).
    if (!decoded || decoded.decoded.toBase64() != trimmed)
        return {false, Text::tr("signature is not base64")};
    const QByteArray key =
        vendor == WebhookVendor::WooCommerce ? wordPressSpecialCharsDecode(secret) : secret;
    const QByteArray expected = hmacSha256(key, rawBody);
    if (!constantTimeEquals(*decoded, expected))
        return {false, Text::tr("signature does not match: the body or the secret differs")};
    return {true, {}};
}

} // namespace LedgerLink::Net
