#include "net/oauth1signature.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LedgerLink::Net {

QByteArray oauth1MethodName(OAuth1Method method)
{
    return method == OAuth1Method::HmacSha256 ? QByteArrayLiteral("HMAC-SHA256")
                                              : QByteArrayLiteral("HMAC-SHA1");
}

QByteArray oauth1PercentEncode(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<uchar>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
            || u == '_' || u == '~') {
            out.append(c);
        } else {
            out.append('%').append(hex[u >> 4]).append(hex[u & 15]);
        }
    }
    return out;
}

OAuth1Parameters oauth1FormParameters(const QByteArray &encoded)
{
    const auto decode = [](QByteArray text) {
        text.replace('+', ' ');
        return QByteArray::fromPercentEncoding(text);
    };
    OAuth1Parameters parameters;
    for (const QByteArray &item : encoded.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        parameters.append({decode(equals < 0 ? item : item.left(equals)),
                           decode(equals < 0 ? QByteArray() : item.mid(equals + 1))});
    }
    return parameters;
}

OAuth1Parameters oauth1ProtocolParameters(const OAuth1Credentials &credentials, OAuth1Method method,
                                          qint64 timestamp, const QByteArray &nonce)
{
    OAuth1Parameters parameters{{"oauth_consumer_key", credentials.consumerKey}};
    if (!credentials.token.isEmpty())
        parameters.emplaceBack("oauth_token", credentials.token);
    parameters.emplaceBack("oauth_signature_method", oauth1MethodName(method));
    parameters.emplaceBack("oauth_timestamp", QByteArray::number(timestamp));
    parameters.emplaceBack("oauth_nonce", nonce);
    parameters.emplaceBack("oauth_version", "1.0");
    return parameters;
}

QByteArray signatureBaseString(const QByteArray &method, const QUrl &url, const OAuth1Parameters &oauthParams,
                               const OAuth1Parameters &extraParams)
{
    // §3.4.1.2: the base string URI, scheme and host in lower case, a default port left out.
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // an IPv6 address
    const int port = url.port();
    const bool defaultPort =
        port < 0 || (scheme == u"http"_s && port == 80) || (scheme == u"https"_s && port == 443);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    const QString baseUri =
        scheme + u"://"_s + host + (defaultPort ? QString() : u':' + QString::number(port)) + path;

    // §3.4.1.3: the query's parameters, the protocol parameters but realm, and the form body's;
    // oauth_signature never. Each encoded, then sorted by name, then value.
    QList<std::pair<QByteArray, QByteArray>> encoded;
    const auto add = [&encoded](const OAuth1Parameters &parameters, bool protocol) {
        for (const auto &[name, value] : parameters) {
            if (name == "oauth_signature" || (protocol && name == "realm"))
                continue;
            encoded.append({oauth1PercentEncode(name), oauth1PercentEncode(value)});
        }
    };
    add(oauth1FormParameters(url.query(QUrl::FullyEncoded).toLatin1()), false);
    add(oauthParams, true);
    add(extraParams, false);
    std::sort(encoded.begin(), encoded.end());
    QByteArray normalized;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!normalized.isEmpty())
            normalized.append('&');
        normalized.append(name).append('=').append(value);
    }
    return method.toUpper() + '&' + oauth1PercentEncode(baseUri.toUtf8()) + '&'
        + oauth1PercentEncode(normalized);
}

QByteArray signature(const QByteArray &baseString, const QByteArray &consumerSecret,
                     const QByteArray &tokenSecret, OAuth1Method method)
{
    const QByteArray key = oauth1PercentEncode(consumerSecret) + '&' + oauth1PercentEncode(tokenSecret);
    const auto algorithm =
        method == OAuth1Method::HmacSha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QMessageAuthenticationCode::hash(baseString, key, algorithm).toBase64();
}

QByteArray authorizationHeader(const QByteArray &method, const QUrl &url,
                               const OAuth1Credentials &credentials, OAuth1Method signatureMethod,
                               qint64 timestamp, const QByteArray &nonce, const OAuth1Parameters &formBody)
{
    OAuth1Parameters parameters = oauth1ProtocolParameters(credentials, signatureMethod, timestamp, nonce);
    const QByteArray base = signatureBaseString(method, url, parameters, formBody);
    parameters.append(
        {"oauth_signature",
         signature(base, credentials.consumerSecret, credentials.tokenSecret, signatureMethod)});
    if (!credentials.realm.isEmpty())
        parameters.prepend(OAuth1Parameter("realm", credentials.realm.toUtf8()));
    QByteArray header = "OAuth ";
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (i > 0)
            header.append(", ");
        header.append(oauth1PercentEncode(parameters.at(i).first))
            .append("=\"")
            .append(oauth1PercentEncode(parameters.at(i).second))
            .append('"');
    }
    return header;
}

QByteArray oauth1Nonce(int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray nonce(qMax(length, 0), Qt::Uninitialized);
    for (char &c : nonce)
        c = alphabet[QRandomGenerator::system()->bounded(62)];
    return nonce;
}

QString netSuiteRealm(QStringView accountId)
{
    return accountId.trimmed().toString().toUpper().replace(u'-', u'_');
}

} // namespace LedgerLink::Net
