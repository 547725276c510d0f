#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace LedgerLink::Store {

/// Removes secrets from what the audit log writes. Pure functions; any thread.
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
    /// fields replaced; any other body, and a body without secrets, is returned unchanged.
    [[nodiscard]] static QByteArray redactBody(const QByteArray &body);
    /// The URL with secret query items and any user-info password replaced.
    [[nodiscard]] static QString redactUrl(const QString &url);
    /// `value` with secret object fields replaced at any depth, and the secret query items of URL
    /// values (redactUrl()); `changed` is set when anything was.
    [[nodiscard]] static QJsonValue redactJson(const QJsonValue &value, bool *changed = nullptr);
};

} // namespace LedgerLink::Store
