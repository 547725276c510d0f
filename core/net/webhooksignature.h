#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace LedgerLink::Net {

/// A store vendor whose webhook deliveries carry an HMAC-SHA256 signature header.
enum class WebhookVendor { Shopify, WooCommerce, Xero };

/// The vendor for a lower-case CLI name ("shopify", "woocommerce", "xero"; case-insensitive),
/// or nothing for an unknown name.
std::optional<WebhookVendor> vendorFromName(QStringView name);

/// The vendor's lower-case CLI name.
QString vendorName(WebhookVendor vendor);

/// The HTTP header carrying the vendor's signature, spelled as the vendor documents it
/// (X-Shopify-Hmac-Sha256, X-WC-Webhook-Signature, x-xero-signature).
QByteArray signatureHeader(WebhookVendor vendor);

/// The outcome of a signature check. `reason` says plainly why a delivery is refused (empty when
/// valid) and never contains the secret.
struct SignatureCheck
{
    bool valid = false;
    QString reason;
};

/// Checks `providedSignature` (the header's value) against base64(HMAC-SHA256(secret, rawBody)),
/// exactly as the vendor signs:
/// - whitespace around the header value is trimmed (Ruby's Base64.encode64 appends "\n");
/// - WooCommerce: HTML entities in the stored secret are decoded first, as WordPress's
///   wp_specialchars_decode(secret, ENT_QUOTES) does; an empty secret is a valid (degenerate) key.
/// The provided signature must be canonical padded base64; it is decoded first and compared with the computed
/// digest in constant time. A missing or malformed signature is invalid, never an exception.
SignatureCheck verifySignature(WebhookVendor vendor, const QByteArray &secret, const QByteArray &rawBody,
                               const QByteArray &providedSignature);

/// The base64 signature the vendor would send for `rawBody` signed with `secret`.
QByteArray computeSignature(WebhookVendor vendor, const QByteArray &secret, const QByteArray &rawBody);

/// True when `a` and `b` are equal. Runs in time that depends only on the lengths, never on where
/// the first difference is: arrays of different lengths are unequal, equal-length arrays are
/// compared byte by byte without an early exit.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// WordPress's wp_specialchars_decode(text, ENT_QUOTES): decodes &amp; &lt; &gt; &quot; &#039;
/// &#39; &#x27; (case-insensitive hex) and leaves everything else as it is.
QByteArray wordPressSpecialCharsDecode(const QByteArray &text);

} // namespace LedgerLink::Net
