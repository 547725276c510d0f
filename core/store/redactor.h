#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace LedgerLink::Store {

/// Removes secrets and payment card data from what the audit log and the state store write. Pure
/// functions; any thread.
///
/// A name is secret when it is (case-insensitively, '_' taken as '-') Authorization,
/// Proxy-Authorization, Cookie, Set-Cookie, X-Shopify-Access-Token or X-Api-Key, or contains
/// "token", "secret", "signature", "password", "passwd", "api-key" or "apikey". Secret values
/// become "[redacted]".
class Redactor final
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    [[nodiscard]] static QString placeholder();
    [[nodiscard]] static bool isSecretName(QStringView name);

    /// Headers with the values of secret headers replaced.
    [[nodiscard]] static Headers redactHeaders(const Headers &headers);
    /// A JSON body with secret fields replaced at any depth, or a form body (a=1&b=2) with secret
    /// fields replaced; any other body, and a body without secrets, is returned unchanged. Payment
    /// card data is removed as well (withoutCardData()).
    [[nodiscard]] static QByteArray redactBody(const QByteArray &body);
    /// The URL with secret query items and any user-info password replaced.
    [[nodiscard]] static QString redactUrl(const QString &url);
    /// `value` with secret object fields replaced at any depth, and the secret query items of URL
    /// values (redactUrl()); `changed` is set when anything was.
    [[nodiscard]] static QJsonValue redactJson(const QJsonValue &value, bool *changed = nullptr);

    /**
     * Payment card data, which LedgerLink never stores (PCI DSS): only gateway references are
     * kept. A card-data name is (case-insensitively, ignoring '_', '-' and spaces) a card number
     * (card_number, credit_card_number, cc_number, pan, …), a verification code (cvv, cvv2, cvc,
     * cvc2, csc, security_code, card_code, …) or track data.
     */
    [[nodiscard]] static bool isCardDataName(QStringView name);
    /**
     * `text` with each card number in it replaced by "[redacted]": a run of 13 to 19 digits, single
     * spaces or hyphens allowed between them, not part of a word, a path or a decimal, whose
     * first digits are a card scheme's (2221–2720, 3, 4, 5, 6) and whose Luhn check digit is right.
     */
    [[nodiscard]] static QString withoutCardNumbers(const QString &text, bool *changed = nullptr);
    /**
     * `value` with the values of card-data names replaced at any depth and the card numbers in
     * other strings replaced (withoutCardNumbers()) — but for identifiers and codes that are
     * digits by nature and never a card's (names ending in "id" or "ids", barcode, gtin, ean, upc,
     * isbn, sku, and bank account fields, and arrays under such names), whose values are left as
     * they are. A JSON number that is a whole card number is replaced too.
     */
    [[nodiscard]] static QJsonValue withoutCardData(const QJsonValue &value, bool *changed = nullptr);
    /// A JSON body as withoutCardData() leaves it, any other body as withoutCardNumbers(); returned
    /// unchanged (no copy) when it holds no card data.
    [[nodiscard]] static QByteArray withoutCardData(const QByteArray &body);
};

} // namespace LedgerLink::Store
