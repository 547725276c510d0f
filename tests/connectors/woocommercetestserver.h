#pragma once

// A test server that speaks WooCommerce's REST API v3 (/wp-json/wc/v3) the way a WordPress site
// with WooCommerce does, from WooCommerce's own PHP (WC_REST_Authentication, WC_REST_CRUD_Controller,
// WC_REST_Controller::batch_items) and WordPress's REST server:
// - authentication: over plain http only OAuth 1.0a one-legged (the signature recomputed here with
//   WooCommerce's algorithm: $_GET decoded, sorted with strcmp, rawurlencode'd twice and joined with
//   %26; HMAC keyed "<secret>&"; a 15-minute timestamp window; nonces used once); over https (the
//   server can do TLS with the certificate below) HTTP Basic first, as is_ssl() lets WooCommerce.
//   A wrong key over Basic is silently no user (then "Sorry, you cannot list resources."), a wrong
//   secret "Consumer secret is invalid."; a read-only key may not write.
// - the order of WordPress's checks: authentication errors, then the route (404 rest_no_route),
//   then parameter validation (400 rest_invalid_param with per-parameter texts), then permissions;
// - lists: page/per_page (1..100), orderby (with modified, ties by id)/order, modified_after with
//   dates_are_gmt (exclusive; a time with an offset is converted into the site's zone first, as
//   WP_Date_Query does), search, sku (comma list, case-insensitive as MySQL compares), email,
//   X-WP-Total / X-WP-TotalPages / Link rel="prev"/"next";
// - writes: products (types checked as WordPress's schema validation does, SKUs unique over
//   products and variations, case-insensitively), products/batch (at most 100, per-element errors),
//   variations, order status (with WooCommerce's status-change note) and order notes;
// - fault injection (any reply, or the real reply changed: cut off, PHP warnings before it);
// - every request recorded (method, path, query as sent, headers, body).
// Documents are stored as given (tests start from the real order 727 of ../shared/peers).

#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QTimeZone>
#include <QtCore/QUrl>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <functional>
#include <optional>
#include <variant>

namespace WooTest {

using namespace Qt::StringLiterals;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// A self-signed certificate for 127.0.0.1 (valid 2000–2199) and its key: test data only.
inline const QByteArray certificatePem =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBqTCCAVCgAwIBAgIUP+c4yF8aCYrPXXtggc6yH2u53LAwCgYIKoZIzj0EAwIw\n"
                      "QTESMBAGA1UEAwwJMTI3LjAuMC4xMSswKQYDVQQKDCJMZWRnZXJMaW5rIFdvb0Nv\n"
                      "bW1lcmNlIHRlc3Qgc2VydmVyMCAXDTAwMDEwMTAwMDAwMFoYDzIxOTkxMjMxMDAw\n"
                      "MDAwWjBBMRIwEAYDVQQDDAkxMjcuMC4wLjExKzApBgNVBAoMIkxlZGdlckxpbmsg\n"
                      "V29vQ29tbWVyY2UgdGVzdCBzZXJ2ZXIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC\n"
                      "AAS5ru3MdXkWVOePE/OFkKloljbb9OC2ENmwG5cF4So8Oo0wsm28fcrL3Z6bS52a\n"
                      "F1zTkoPkKutaEj34y04Z/KYAoyQwIjAPBgNVHREECDAGhwR/AAABMA8GA1UdEwEB\n"
                      "/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgPH62uFTCqPQL97/ahs08sEne/Fl0\n"
                      "X3tM5JGAHwuWBPkCIHJ9D4kgHtelFyEbWmYkLAmWYBJUoEyP/XZddaHIRBvp\n"
                      "-----END CERTIFICATE-----\n");
inline const QByteArray privateKeyPem =
    QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                      "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgr+KVTi+tjMdSpe+B\n"
                      "l5fjYBwB0oW0c8nX/Qstw/4xjY+hRANCAAS5ru3MdXkWVOePE/OFkKloljbb9OC2\n"
                      "ENmwG5cF4So8Oo0wsm28fcrL3Z6bS52aF1zTkoPkKutaEj34y04Z/KYA\n"
                      "-----END PRIVATE KEY-----\n");

/// One request as the server received it.
struct Request
{
    QByteArray method;
    QString path; ///< decoded, e.g. "/wp-json/wc/v3/orders"
    QString query; ///< as sent, still percent-encoded
    Headers headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /// The query as the connector built it, without the OAuth parameters it signed it with.
    QString queryWithoutOAuth() const
    {
        QStringList kept;
        for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
            if (!part.startsWith(u"oauth_"_s))
                kept.append(part);
        }
        return kept.join(u'&');
    }
    bool hasOAuth() const { return query.contains(u"oauth_signature="_s); }
    /// "GET /wp-json/wc/v3/orders?per_page=1" without OAuth parameters.
    QString line() const
    {
        const QString q = queryWithoutOAuth();
        return QString::fromLatin1(method) + u' ' + path + (q.isEmpty() ? QString() : u'?' + q);
    }
};

struct Reply
{
    int status = 200;
    Headers headers;
    QByteArray body;
    QByteArray contentType = "application/json; charset=UTF-8";
};

/// A fault: the next `count` requests matching `method` (any when empty) and `pathPrefix` get
/// `reply`, or the real reply changed by `change`.
struct Fault
{
    QByteArray method;
    QString pathPrefix;
    int count = 1;
    std::optional<Reply> reply;
    std::function<void(Reply &)> change;
};

/// WordPress's (PHP's) rawurlencode: everything but A-Z a-z 0-9 - _ . ~ as %XX, upper-case hex.
inline QByteArray rawUrlEncode(const QByteArray &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char c : text) {
        const uchar u = uchar(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'
            || u == '.' || u == '~') {
            out.append(c);
        } else {
            out.append('%').append(hex[u >> 4]).append(hex[u & 15]);
        }
    }
    return out;
}

/// PHP's $_GET of a raw query: '+' is a space, %XX decoded, the last of a repeated name wins.
inline QMap<QByteArray, QByteArray> phpGet(const QString &query)
{
    QMap<QByteArray, QByteArray> parameters;
    for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        QByteArray name = (equals < 0 ? part : part.left(equals)).toUtf8();
        QByteArray value = (equals < 0 ? QString() : part.mid(equals + 1)).toUtf8();
        name.replace('+', ' ');
        value.replace('+', ' ');
        parameters.insert(QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value));
    }
    return parameters;
}

inline QJsonObject wooError(const QString &code, const QString &message, int status,
                            const QJsonObject &extra = {})
{
    QJsonObject data = extra;
    data.insert(u"status"_s, status);
    return {{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, data}};
}

inline Reply json(int status, const QJsonValue &value, Headers headers = {})
{
    Reply reply;
    reply.status = status;
    reply.headers = std::move(headers);
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

inline Reply error(const QString &code, const QString &message, int status, const QJsonObject &extra = {})
{
    return json(status, wooError(code, message, status, extra));
}

/// WordPress's 400 for parameters that fail validation.
inline Reply invalidParameters(const QMap<QString, QString> &problems)
{
    QJsonObject params;
    QJsonObject details;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        params.insert(it.key(), it.value());
        details.insert(it.key(),
                       QJsonObject{{u"code"_s, u"rest_invalid_param"_s},
                                   {u"message"_s, it.value()},
                                   {u"data"_s, QJsonValue::Null}});
    }
    return error(u"rest_invalid_param"_s, u"Invalid parameter(s): "_s + problems.keys().join(u", "_s), 400,
                 {{u"params"_s, params}, {u"details"_s, details}});
}

/// A WooCommerce `*_gmt` or local date-time text ("2017-03-22T19:28:08").
inline QString wooTime(const QDateTime &time)
{
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

/// `base` (an order, a product) as another record: id, number, modification time (GMT, and the
/// site's local time `offset` seconds from it), and its self link.
inline QJsonObject derived(QJsonObject base, qint64 id, const QDateTime &modifiedGmt, int offset)
{
    base.insert(u"id"_s, id);
    if (base.contains(u"number"_s))
        base.insert(u"number"_s, QString::number(id));
    const QDateTime utc = modifiedGmt.toUTC();
    base.insert(u"date_modified_gmt"_s, wooTime(utc));
    base.insert(u"date_modified"_s, wooTime(utc.addSecs(offset)));
    QJsonObject links = base.value(u"_links"_s).toObject();
    QJsonArray self = links.value(u"self"_s).toArray();
    if (!self.isEmpty()) {
        QString href = self.at(0).toObject().value(u"href"_s).toString();
        href = href.left(href.lastIndexOf(u'/') + 1) + QString::number(id);
        links.insert(u"self"_s, QJsonArray{QJsonObject{{u"href"_s, href}}});
        base.insert(u"_links"_s, links);
    }
    return base;
}

class WooCommerceTestServer final : public QAbstractHttpServer
{
public:
    // The site.
    QByteArray consumerKey = "ck_8a3f5bd0c9e1e7c24b0a6d7f4e2c1b9a8d7e6f50";
    QByteArray consumerSecret = "cs_1f2e3d4c5b6a79880716253443526170e9f8a7b6";
    QString permissions = u"read_write"_s; ///< read, write or read_write
    QString siteName = u"Sandra&#039;s Shop"_s; ///< WordPress keeps the title HTML-escaped
    QString currency = u"USD"_s;
    bool wooCommerceActive = true;
    bool ignoresModifiedAfter = false; ///< as WooCommerce before 5.8
    int siteOffset = -3 * 3600; ///< the site's zone: America/Sao_Paulo, as order 727 shows
    QDateTime now =
        QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), QTimeZone::utc()); ///< advances 1 s per write

    // The data, by id.
    QMap<qint64, QJsonObject> orders;
    QMap<qint64, QJsonObject> customers;
    QMap<qint64, QJsonObject> products;
    QMap<qint64, QList<QJsonObject>> variations; ///< by product id
    QMap<qint64, QList<QJsonObject>> refunds; ///< by order id
    QMap<qint64, QList<QJsonObject>> notes; ///< by order id, newest last
    qint64 nextId = 5000;

    // What happened.
    QList<Request> requests;
    int verifiedSignatures = 0;
    int verifiedBasic = 0;

    /// Listens on 127.0.0.1 (any free port), with TLS when `tls`; false when it cannot.
    bool start(bool tls = false)
    {
        m_tls = tls;
        if (tls)
            sslSetup(QSslCertificate(certificatePem), QSslKey(privateKeyPem, QSsl::Ec));
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    /// The site's root, the connection's base URL.
    QUrl url() const { return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port)); }
    quint16 port() const { return m_port; }
    QByteArray accessToken() const { return consumerKey + ':' + consumerSecret; }
    void addFault(Fault fault) { m_faults.append(std::move(fault)); }
    /// The requests to the WooCommerce API (not /wp-json/ itself), as "METHOD path?query" lines.
    QStringList lines() const
    {
        QStringList all;
        for (const Request &request : requests)
            all.append(request.line());
        return all;
    }

protected:
    bool handleRequest(const QHttpServerRequest &incoming, QTcpSocket *socket) override
    {
        Request request;
        request.method = methodName(incoming.method());
        request.path = incoming.url().path();
        request.query = incoming.url().query(QUrl::FullyEncoded);
        request.headers = incoming.headers();
        request.body = incoming.body();
        requests.append(request);
        Reply reply = faulted(request);
        write(socket, reply);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        case QHttpServerRequest::Method::Head:
            return "HEAD";
        default:
            return "OTHER";
        }
    }

    static void write(QTcpSocket *socket, const Reply &reply)
    {
        static const QMap<int, QByteArray> reasons{{200, "OK"},
                                                   {201, "Created"},
                                                   {301, "Moved Permanently"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {403, "Forbidden"},
                                                   {404, "Not Found"},
                                                   {413, "Payload Too Large"},
                                                   {429, "Too Many Requests"},
                                                   {500, "Internal Server Error"},
                                                   {503, "Service Unavailable"}};
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
            + reasons.value(reply.status, "Status") + "\r\nContent-Type: " + reply.contentType
            + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + reply.body;
        socket->write(out);
    }

    Reply faulted(const Request &request)
    {
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            Fault &fault = m_faults[i];
            if ((!fault.method.isEmpty() && fault.method != request.method)
                || !request.path.startsWith(fault.pathPrefix))
                continue;
            const Fault taken = fault;
            if (--fault.count <= 0)
                m_faults.removeAt(i);
            if (taken.reply)
                return *taken.reply;
            Reply reply = serve(request);
            taken.change(reply);
            return reply;
        }
        return serve(request);
    }

    QString home() const { return url().toString(); }
    QString restUrl(const QString &route) const { return home() + u"/wp-json/wc/v3/"_s + route; }

    // --- Authentication, as WC_REST_Authentication ---

    enum class Auth { None, User, Refused };

    Auth authenticate(const Request &request, const QMap<QByteArray, QByteArray> &get, Reply &refusal)
    {
        if (m_tls) {
            const QByteArray authorization = request.header("Authorization");
            if (authorization.startsWith("Basic ")) {
                const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
                const qsizetype colon = pair.indexOf(':');
                const QByteArray user = colon < 0 ? pair : pair.left(colon);
                const QByteArray password = colon < 0 ? QByteArray() : pair.mid(colon + 1);
                if (!user.isEmpty() && !password.isEmpty() && user == consumerKey) {
                    if (password != consumerSecret) {
                        refusal = error(u"woocommerce_rest_authentication_error"_s,
                                        u"Consumer secret is invalid."_s, 401);
                        return Auth::Refused;
                    }
                    ++verifiedBasic;
                    return Auth::User;
                }
                // An unknown key is no user: WooCommerce goes on to OAuth.
            }
        }
        return authenticateOAuth(request, get, refusal);
    }

    Auth authenticateOAuth(const Request &request, const QMap<QByteArray, QByteArray> &get, Reply &refusal)
    {
        const QList<QByteArray> names{"oauth_consumer_key", "oauth_timestamp", "oauth_nonce",
                                      "oauth_signature", "oauth_signature_method"};
        QStringList missing;
        for (const QByteArray &name : names) {
            if (get.value(name).isEmpty())
                missing.append(QString::fromLatin1(name));
        }
        if (missing.size() == names.size())
            return Auth::None; // not even trying OAuth
        const auto refuse = [&refusal](const QString &code, const QString &message) {
            refusal = error(code, message, 401);
            return Auth::Refused;
        };
        if (!missing.isEmpty()) {
            return refuse(
                u"woocommerce_rest_authentication_missing_parameter"_s,
                (missing.size() == 1 ? u"Missing OAuth parameter "_s : u"Missing OAuth parameters "_s)
                    + missing.join(u", "_s));
        }
        if (get.value("oauth_consumer_key") != consumerKey)
            return refuse(u"woocommerce_rest_authentication_error"_s, u"Consumer key is invalid."_s);

        // check_oauth_signature(): every GET parameter but the signature, sorted with strcmp.
        QMap<QByteArray, QByteArray> parameters = get; // QMap<QByteArray> sorts bytewise, as strcmp
        QByteArray provided = parameters.take("oauth_signature");
        provided.replace(' ', '+');
        provided = QByteArray::fromPercentEncoding(provided);
        QList<QByteArray> joined;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            joined.append(rawUrlEncode(rawUrlEncode(it.key()) + '=' + rawUrlEncode(it.value())));
        const QByteArray baseUri = rawUrlEncode((home() + request.path).toUtf8());
        const QByteArray stringToSign = request.method + '&' + baseUri + '&' + joined.join("%26");
        const QByteArray method = parameters.value("oauth_signature_method");
        if (method != "HMAC-SHA1" && method != "HMAC-SHA256") {
            return refuse(u"woocommerce_rest_authentication_error"_s,
                          u"Invalid signature - signature method is invalid."_s);
        }
        const QByteArray computed =
            QMessageAuthenticationCode::hash(stringToSign, consumerSecret + '&',
                                             method == "HMAC-SHA1" ? QCryptographicHash::Sha1
                                                                   : QCryptographicHash::Sha256)
                .toBase64();
        if (computed != provided) {
            return refuse(u"woocommerce_rest_authentication_error"_s,
                          u"Invalid signature - provided signature does not match."_s);
        }
        // check_oauth_timestamp_and_nonce(): a 15-minute window, each nonce once.
        const qint64 timestamp = parameters.value("oauth_timestamp").toLongLong();
        if (qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) > 15 * 60)
            return refuse(u"woocommerce_rest_authentication_error"_s, u"Invalid timestamp."_s);
        const QByteArray nonce = parameters.value("oauth_nonce");
        if (m_nonces.contains(nonce)) {
            return refuse(u"woocommerce_rest_authentication_error"_s,
                          u"Invalid nonce - nonce has already been used."_s);
        }
        m_nonces.insert(nonce);
        ++verifiedSignatures;
        return Auth::User;
    }

    // --- Routing, in WordPress's order ---

    Reply serve(const Request &request)
    {
        if (request.path == u"/wp-json/" || request.path == u"/wp-json")
            return siteIndex();
        const QMap<QByteArray, QByteArray> get = phpGet(request.query);
        Reply refusal;
        const Auth auth = authenticate(request, get, refusal);
        if (auth == Auth::Refused)
            return refusal;
        const bool write = request.method != "GET" && request.method != "HEAD";
        if (auth == Auth::User && write && permissions == u"read"_s) {
            return error(u"woocommerce_rest_authentication_error"_s,
                         u"The API key provided does not have write permissions."_s, 401);
        }
        static const QString prefix = u"/wp-json/wc/v3/"_s;
        if (!wooCommerceActive || !request.path.startsWith(prefix))
            return noRoute();
        const QStringList parts = request.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
        const QByteArray &method = request.method;
        const auto id = [&parts](int index) {
            return parts.value(index).toLongLong();
        };
        const auto numeric = [&parts](int index) {
            static const QRegularExpression digits(u"^[0-9]+$"_s);
            return digits.match(parts.value(index)).hasMatch();
        };
        const bool user = auth == Auth::User;
        const auto cannot = [](const QString &code, const QString &message) {
            return error(code, message, 401);
        };
        const auto cannotList = [&] {
            return cannot(u"woocommerce_rest_cannot_view"_s, u"Sorry, you cannot list resources."_s);
        };
        const auto cannotView = [&] {
            return cannot(u"woocommerce_rest_cannot_view"_s, u"Sorry, you cannot view this resource."_s);
        };
        const auto cannotEdit = [&] {
            return cannot(u"woocommerce_rest_cannot_edit"_s,
                          u"Sorry, you are not allowed to edit this resource."_s);
        };
        const auto cannotCreate = [&] {
            return cannot(u"woocommerce_rest_cannot_create"_s,
                          u"Sorry, you are not allowed to create resources."_s);
        };

        const QString root = parts.value(0);
        if (parts.size() == 1 && method == "GET"
            && (root == u"orders" || root == u"products" || root == u"customers")) {
            if (std::optional<Reply> invalid = validateList(root, get))
                return *invalid;
            if (!user)
                return cannotList();
            if (root == u"orders")
                return list(u"orders"_s, orders.values(), get, ListKind::Orders);
            if (root == u"products")
                return list(u"products"_s, products.values(), get, ListKind::Products);
            return list(u"customers"_s, customers.values(), get, ListKind::Customers);
        }
        if (root == u"orders" && parts.size() >= 2 && numeric(1)) {
            const qint64 orderId = id(1);
            if (parts.size() == 2 && method == "GET")
                return user ? single(orders, orderId, u"woocommerce_rest_shop_order_invalid_id"_s, 404)
                            : cannotView();
            if (parts.size() == 2 && (method == "PUT" || method == "POST"))
                return user ? updateOrder(orderId, request.body) : cannotEdit();
            if (parts.size() == 3 && parts[2] == u"notes" && method == "GET")
                return user ? orderNotes(orderId, get) : cannotList();
            if (parts.size() == 3 && parts[2] == u"notes" && method == "POST")
                return user ? addNote(orderId, request.body) : cannotCreate();
            if (parts.size() == 3 && parts[2] == u"refunds" && method == "GET") {
                if (!user)
                    return cannotList();
                if (!orders.contains(orderId))
                    return error(u"woocommerce_rest_invalid_order_id"_s, u"Invalid order ID."_s, 404);
                return paged(refunds.value(orderId), get,
                             u"orders/"_s + QString::number(orderId) + u"/refunds"_s);
            }
            if (parts.size() == 4 && parts[2] == u"refunds" && numeric(3) && method == "GET") {
                if (!user)
                    return cannotView();
                for (const QJsonObject &refund : refunds.value(orderId)) {
                    if (refund.value(u"id"_s).toInteger() == id(3))
                        return json(200, refund);
                }
                return error(u"woocommerce_rest_shop_order_refund_invalid_id"_s, u"Invalid ID."_s, 404);
            }
        }
        if (root == u"customers" && parts.size() == 2 && numeric(1) && method == "GET")
            return user
                ? single(customers, id(1), u"woocommerce_rest_invalid_id"_s, 404, u"Invalid resource ID."_s)
                : cannotView();
        if (root == u"products" && parts.size() == 1 && method == "POST")
            return user ? createProduct(request.body) : cannotCreate();
        if (root == u"products" && parts.size() == 2 && parts[1] == u"batch" && method == "POST") {
            return user ? batchProducts(request.body)
                        : cannot(u"woocommerce_rest_cannot_batch"_s,
                                 u"Sorry, you are not allowed to batch manipulate this resource."_s);
        }
        if (root == u"products" && parts.size() >= 2 && numeric(1)) {
            const qint64 productId = id(1);
            if (parts.size() == 2 && method == "GET") {
                return user ? single(products, productId, u"woocommerce_rest_product_invalid_id"_s, 404)
                            : cannotView();
            }
            if (parts.size() == 2 && (method == "PUT" || method == "POST"))
                return user ? updateProduct(productId, request.body) : cannotEdit();
            if (parts.size() == 3 && parts[2] == u"variations" && method == "GET") {
                if (!user)
                    return cannotList();
                return paged(variations.value(productId), get,
                             u"products/"_s + QString::number(productId) + u"/variations"_s);
            }
            if (parts.size() == 4 && parts[2] == u"variations" && numeric(3)) {
                if (!user)
                    return method == "GET" ? cannotView() : cannotEdit();
                return variation(productId, id(3), method, request.body);
            }
        }
        if (parts == QStringList{u"data"_s, u"currencies"_s, u"current"_s} && method == "GET") {
            if (!user)
                return cannotView();
            return json(200,
                        QJsonObject{{u"code"_s, currency},
                                    {u"name"_s, u"United States (US) dollar"_s},
                                    {u"symbol"_s, u"&#36;"_s}});
        }
        return noRoute();
    }

    static Reply noRoute()
    {
        return error(u"rest_no_route"_s, u"No route was found matching the URL and request method."_s, 404);
    }

    Reply siteIndex() const
    {
        QJsonArray namespaces{u"oembed/1.0"_s, u"wp/v2"_s, u"wp-site-health/v1"_s};
        if (wooCommerceActive) {
            for (const QString &ns : {u"wc/store/v1"_s, u"wc/v1"_s, u"wc/v2"_s, u"wc/v3"_s})
                namespaces.append(ns);
        }
        return json(200,
                    QJsonObject{{u"name"_s, siteName},
                                {u"description"_s, u"Just another WordPress site"_s},
                                {u"url"_s, home()},
                                {u"home"_s, home()},
                                {u"gmt_offset"_s, QString::number(siteOffset / 3600)},
                                {u"timezone_string"_s, u"America/Sao_Paulo"_s},
                                {u"namespaces"_s, namespaces},
                                {u"authentication"_s, QJsonArray()},
                                {u"routes"_s, QJsonObject()}});
    }

    Reply single(const QMap<qint64, QJsonObject> &table, qint64 id, const QString &code, int status,
                 const QString &message = u"Invalid ID."_s) const
    {
        if (!table.contains(id))
            return error(code, message, status);
        return json(200, withRefunds(table.value(id)));
    }

    /// An order lists its refunds as {id, reason, total} (total negative), as WooCommerce does.
    QJsonObject withRefunds(QJsonObject document) const
    {
        if (!document.contains(u"line_items"_s))
            return document; // not an order
        QJsonArray list;
        for (const QJsonObject &refund : refunds.value(document.value(u"id"_s).toInteger())) {
            list.append(QJsonObject{{u"id"_s, refund.value(u"id"_s)},
                                    {u"reason"_s, refund.value(u"reason"_s)},
                                    {u"total"_s, QString(u"-"_s + refund.value(u"amount"_s).toString())}});
        }
        document.insert(u"refunds"_s, list);
        return document;
    }

    // --- Lists ---

    enum class ListKind { Orders, Products, Customers };

    static std::optional<int> integer(const QByteArray &text)
    {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    }

    /// WordPress's rest_parse_date() pattern for format "date-time".
    static bool isRfc3339(const QByteArray &text)
    {
        static const QRegularExpression pattern(
            u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}(:\\d{2})?)?$"_s,
            QRegularExpression::CaseInsensitiveOption);
        return pattern.match(QString::fromLatin1(text)).hasMatch();
    }

    std::optional<Reply> validateList(const QString &root, const QMap<QByteArray, QByteArray> &get) const
    {
        QMap<QString, QString> problems;
        if (get.contains("per_page")) {
            const std::optional<int> perPage = integer(get.value("per_page"));
            if (!perPage)
                problems.insert(u"per_page"_s, u"per_page is not of type integer."_s);
            else if (*perPage < 1 || *perPage > 100)
                problems.insert(u"per_page"_s,
                                u"per_page must be between 1 (inclusive) and 100 (inclusive)"_s);
        }
        if (get.contains("page")) {
            const std::optional<int> page = integer(get.value("page"));
            if (!page)
                problems.insert(u"page"_s, u"page is not of type integer."_s);
            else if (*page < 1)
                problems.insert(u"page"_s, u"page must be greater than or equal to 1"_s);
        }
        if (get.contains("order") && get.value("order") != "asc" && get.value("order") != "desc")
            problems.insert(u"order"_s, u"order is not one of asc and desc."_s);
        const QStringList orderings = root == u"customers"
            ? QStringList{u"id"_s, u"include"_s, u"name"_s, u"registered_date"_s}
            : QStringList{u"date"_s, u"id"_s, u"include"_s, u"title"_s, u"slug"_s, u"modified"_s};
        if (get.contains("orderby") && !orderings.contains(QString::fromLatin1(get.value("orderby")))) {
            problems.insert(u"orderby"_s,
                            u"orderby is not one of "_s + orderings.mid(0, orderings.size() - 1).join(u", "_s)
                                + u" and "_s + orderings.last() + u'.');
        }
        if (root != u"customers") { // customers register no date parameters: WordPress ignores them
            for (const QByteArray &name : {QByteArray("modified_after"), QByteArray("modified_before")}) {
                if (get.contains(name) && !isRfc3339(get.value(name)))
                    problems.insert(QString::fromLatin1(name),
                                    QString::fromLatin1(name) + u" is not a valid date."_s);
            }
            if (get.contains("dates_are_gmt")) {
                static const QList<QByteArray> booleans{"true", "false", "1", "0"};
                if (!booleans.contains(get.value("dates_are_gmt")))
                    problems.insert(u"dates_are_gmt"_s, u"dates_are_gmt is not of type boolean."_s);
            }
        }
        if (problems.isEmpty())
            return std::nullopt;
        return invalidParameters(problems);
    }

    /// modified_after as WP_Date_Query compares it: a time with an offset is converted into the
    /// site's zone; the text is then compared with the GMT column (dates_are_gmt) or the local one.
    QString modifiedAfterWallTime(const QByteArray &value) const
    {
        const QString text = QString::fromLatin1(value);
        if (text.endsWith(u'Z', Qt::CaseInsensitive) || text.lastIndexOf(u'+') > 9
            || text.lastIndexOf(u'-') > 9) {
            const QDateTime withOffset = QDateTime::fromString(text, Qt::ISODate);
            return wooTime(withOffset.toUTC().addSecs(siteOffset));
        }
        return wooTime(QDateTime::fromString(text.left(19), Qt::ISODate));
    }

    Reply list(const QString &route, QList<QJsonObject> items, const QMap<QByteArray, QByteArray> &get,
               ListKind kind) const
    {
        const bool gmt = get.value("dates_are_gmt") == "true" || get.value("dates_are_gmt") == "1";
        if (kind != ListKind::Customers && get.contains("modified_after") && !ignoresModifiedAfter) {
            const QString after = modifiedAfterWallTime(get.value("modified_after"));
            const QString column = gmt ? u"date_modified_gmt"_s : u"date_modified"_s;
            items.erase(std::remove_if(items.begin(), items.end(),
                                       [&](const QJsonObject &item) {
                                           return !(item.value(column).toString() > after); // exclusive
                                       }),
                        items.end());
        }
        const QString search = QString::fromUtf8(get.value("search"));
        if (!search.isEmpty()) {
            items.erase(std::remove_if(items.begin(), items.end(),
                                       [&](const QJsonObject &item) { return !matchesSearch(item, search); }),
                        items.end());
        }
        if (kind == ListKind::Products && get.contains("sku")) {
            const QString raw = QString::fromUtf8(get.value("sku"));
            QStringList skus = raw.split(u',');
            if (skus.size() > 1)
                skus.append(raw); // WooCommerce: "include the current string as a SKU too"
            items.erase(std::remove_if(items.begin(), items.end(),
                                       [&](const QJsonObject &item) {
                                           return !skus.contains(item.value(u"sku"_s).toString(),
                                                                 Qt::CaseInsensitive);
                                       }),
                        items.end());
        }
        if (kind == ListKind::Customers && get.contains("email")) {
            const QString email = QString::fromUtf8(get.value("email"));
            items.erase(std::remove_if(
                            items.begin(), items.end(),
                            [&](const QJsonObject &item) {
                                return item.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive)
                                    != 0;
                            }),
                        items.end());
        }
        if (kind == ListKind::Customers && get.value("role", "customer") != "all") {
            const QString role = QString::fromUtf8(get.value("role", "customer"));
            items.erase(std::remove_if(items.begin(), items.end(),
                                       [&](const QJsonObject &item) {
                                           return item.value(u"role"_s).toString() != role;
                                       }),
                        items.end());
        }
        // Sorting: WP_Query adds the id to date and modified ("modified ID"), in the same direction.
        const QByteArray orderBy = get.value("orderby", kind == ListKind::Customers ? "name" : "date");
        const bool ascending = get.value("order", kind == ListKind::Customers ? "asc" : "desc") == "asc";
        const auto key = [&](const QJsonObject &item) -> QString {
            if (orderBy == "modified")
                return item.value(u"date_modified"_s).toString();
            if (orderBy == "date" || orderBy == "registered_date")
                return item.value(u"date_created"_s).toString();
            if (orderBy == "name" || orderBy == "title")
                return item.value(kind == ListKind::Customers ? u"last_name"_s : u"name"_s).toString();
            return QString();
        };
        std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QString ka = key(a);
            const QString kb = key(b);
            const qint64 ia = a.value(u"id"_s).toInteger();
            const qint64 ib = b.value(u"id"_s).toInteger();
            if (ka != kb)
                return ascending ? ka < kb : ka > kb;
            return ascending ? ia < ib : ia > ib;
        });
        QList<QJsonObject> documents;
        for (const QJsonObject &item : std::as_const(items))
            documents.append(withRefunds(item));
        return paged(documents, get, route);
    }

    static bool matchesSearch(const QJsonObject &item, const QString &search)
    {
        const QJsonObject billing = item.value(u"billing"_s).toObject();
        const QStringList fields{QString::number(item.value(u"id"_s).toInteger()),
                                 item.value(u"number"_s).toString(),
                                 item.value(u"name"_s).toString(),
                                 billing.value(u"email"_s).toString(),
                                 billing.value(u"first_name"_s).toString(),
                                 billing.value(u"last_name"_s).toString()};
        return std::any_of(fields.begin(), fields.end(), [&search](const QString &field) {
            return field.contains(search, Qt::CaseInsensitive);
        });
    }

    /// One page of `items` with WooCommerce's X-WP-Total, X-WP-TotalPages and Link headers.
    Reply paged(const QList<QJsonObject> &items, const QMap<QByteArray, QByteArray> &get,
                const QString &route) const
    {
        const int perPage = integer(get.value("per_page", "10")).value_or(10);
        const int page = integer(get.value("page", "1")).value_or(1);
        const qsizetype total = items.size();
        const int pages = int((total + perPage - 1) / perPage);
        QJsonArray body;
        for (qsizetype i = qsizetype(page - 1) * perPage; i < total && i < qsizetype(page) * perPage; ++i)
            body.append(items.at(i));
        Headers headers{{"X-WP-Total", QByteArray::number(total)},
                        {"X-WP-TotalPages", QByteArray::number(pages)}};
        // add_query_arg($request->get_query_params(), rest_url(...)) with the page replaced.
        const auto link = [&](int target) {
            QStringList query;
            for (auto it = get.cbegin(); it != get.cend(); ++it) {
                if (it.key() != "page")
                    query.append(
                        QString::fromLatin1(rawUrlEncode(it.key()) + '=' + rawUrlEncode(it.value())));
            }
            query.append(u"page="_s + QString::number(target));
            return (u'<' + restUrl(route) + u'?' + query.join(u'&') + u'>').toUtf8();
        };
        if (page > 1)
            headers.append({"Link", link(std::min(page - 1, std::max(pages, 1))) + "; rel=\"prev\""});
        if (pages > page)
            headers.append({"Link", link(page + 1) + "; rel=\"next\""});
        return json(200, body, headers);
    }

    // --- Writes ---

    QDateTime tick()
    {
        now = now.addSecs(1);
        return now;
    }

    void stamp(QJsonObject &document, bool created)
    {
        const QDateTime time = tick();
        for (const QString &field :
             created ? QStringList{u"date_created"_s, u"date_modified"_s} : QStringList{u"date_modified"_s}) {
            document.insert(field + u"_gmt"_s, wooTime(time));
            document.insert(field, wooTime(time.addSecs(siteOffset)));
        }
    }

    static std::optional<QJsonObject> bodyObject(const QByteArray &body, Reply &refusal)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            refusal = error(u"rest_invalid_json"_s, u"Invalid JSON body passed."_s, 400);
            return std::nullopt;
        }
        return document.object();
    }

    /// WordPress's schema validation of the product fields LedgerLink writes.
    static std::optional<Reply> validateProduct(const QJsonObject &payload)
    {
        QMap<QString, QString> problems;
        for (const QString &field : {u"name"_s, u"sku"_s, u"regular_price"_s, u"sale_price"_s, u"status"_s}) {
            if (payload.contains(field) && !payload.value(field).isString())
                problems.insert(field, field + u" is not of type string."_s);
        }
        if (payload.contains(u"manage_stock"_s) && !payload.value(u"manage_stock"_s).isBool())
            problems.insert(u"manage_stock"_s, u"manage_stock is not of type boolean."_s);
        if (payload.contains(u"stock_quantity"_s)) {
            const QJsonValue quantity = payload.value(u"stock_quantity"_s);
            const bool integral = (quantity.isDouble() && quantity.toDouble() == double(quantity.toInteger()))
                || (quantity.isString() && integer(quantity.toString().toLatin1()).has_value())
                || quantity.isNull();
            if (!integral)
                problems.insert(u"stock_quantity"_s, u"stock_quantity is not of type integer."_s);
        }
        if (problems.isEmpty())
            return std::nullopt;
        return invalidParameters(problems);
    }

    /// The product or variation id holding `sku` (case-insensitive, as MySQL compares), 0 for none.
    qint64 skuOwner(const QString &sku, qint64 except) const
    {
        for (const QJsonObject &product : products) {
            const qint64 id = product.value(u"id"_s).toInteger();
            if (id != except && !sku.isEmpty()
                && product.value(u"sku"_s).toString().compare(sku, Qt::CaseInsensitive) == 0)
                return id;
        }
        for (const QList<QJsonObject> &list : variations) {
            for (const QJsonObject &variation : list) {
                const qint64 id = variation.value(u"id"_s).toInteger();
                if (id != except && !sku.isEmpty()
                    && variation.value(u"sku"_s).toString().compare(sku, Qt::CaseInsensitive) == 0)
                    return id;
            }
        }
        return 0;
    }

    /// WooCommerce's derived fields after a change: price, on_sale, stock_status.
    static void derive(QJsonObject &document)
    {
        const QString sale = document.value(u"sale_price"_s).toString();
        document.insert(u"on_sale"_s, !sale.isEmpty());
        document.insert(u"price"_s, sale.isEmpty() ? document.value(u"regular_price"_s).toString() : sale);
        if (document.value(u"manage_stock"_s).toBool()) {
            const qint64 stock = document.value(u"stock_quantity"_s).toInteger();
            document.insert(u"stock_status"_s, stock > 0 ? u"instock"_s : u"outofstock"_s);
        }
    }

    /// Applies a product payload; an error reply when WooCommerce would refuse it.
    std::optional<Reply> applyProduct(QJsonObject &document, const QJsonObject &payload, qint64 id)
    {
        if (std::optional<Reply> invalid = validateProduct(payload))
            return invalid;
        if (payload.contains(u"sku"_s)) {
            const QString sku = payload.value(u"sku"_s).toString();
            if (const qint64 owner = skuOwner(sku, id); owner != 0) {
                return error(u"product_invalid_sku"_s, u"Invalid or duplicated SKU."_s, 400,
                             {{u"resource_id"_s, owner}, {u"unique_sku"_s, QString(sku + u"-1"_s)}});
            }
        }
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            if (it.key() == u"id")
                continue;
            if (it.key() == u"stock_quantity" && it.value().isString())
                document.insert(it.key(), it.value().toString().toLongLong());
            else
                document.insert(it.key(), it.value());
        }
        derive(document);
        return std::nullopt;
    }

    /// Creates a product; the document, or an error reply.
    std::variant<QJsonObject, Reply> newProduct(const QJsonObject &payload)
    {
        const qint64 id = nextId;
        QJsonObject document{{u"id"_s, id},
                             {u"name"_s, u""_s},
                             {u"slug"_s, u""_s},
                             {u"type"_s, u"simple"_s},
                             {u"status"_s, u"publish"_s},
                             {u"description"_s, u""_s},
                             {u"sku"_s, u""_s},
                             {u"price"_s, u""_s},
                             {u"regular_price"_s, u""_s},
                             {u"sale_price"_s, u""_s},
                             {u"on_sale"_s, false},
                             {u"tax_status"_s, u"taxable"_s},
                             {u"manage_stock"_s, false},
                             {u"stock_quantity"_s, QJsonValue::Null},
                             {u"stock_status"_s, u"instock"_s},
                             {u"tags"_s, QJsonArray()},
                             {u"variations"_s, QJsonArray()}};
        if (std::optional<Reply> refused = applyProduct(document, payload, 0))
            return *refused;
        ++nextId;
        stamp(document, true);
        products.insert(id, document);
        return document;
    }

    Reply createProduct(const QByteArray &body)
    {
        Reply refusal;
        const std::optional<QJsonObject> payload = bodyObject(body, refusal);
        if (!payload)
            return refusal;
        std::variant<QJsonObject, Reply> created = newProduct(*payload);
        if (Reply *refused = std::get_if<Reply>(&created))
            return *refused;
        return json(201, std::get<QJsonObject>(created));
    }

    Reply updateProduct(qint64 id, const QByteArray &body)
    {
        Reply refusal;
        const std::optional<QJsonObject> payload = bodyObject(body, refusal);
        if (!payload)
            return refusal;
        if (!products.contains(id))
            return error(u"woocommerce_rest_product_invalid_id"_s, u"Invalid ID."_s, 400);
        QJsonObject document = products.value(id);
        if (std::optional<Reply> refused = applyProduct(document, *payload, id))
            return *refused;
        stamp(document, false);
        products.insert(id, document);
        return json(200, document);
    }

    Reply variation(qint64 productId, qint64 variationId, const QByteArray &method, const QByteArray &body)
    {
        QList<QJsonObject> &list = variations[productId];
        for (QJsonObject &document : list) {
            if (document.value(u"id"_s).toInteger() != variationId)
                continue;
            if (method == "GET")
                return json(200, document);
            Reply refusal;
            const std::optional<QJsonObject> payload = bodyObject(body, refusal);
            if (!payload)
                return refusal;
            QJsonObject changed = document;
            if (std::optional<Reply> refused = applyProduct(changed, *payload, variationId))
                return *refused;
            stamp(changed, false);
            document = changed;
            return json(200, document);
        }
        return error(u"woocommerce_rest_product_variation_invalid_id"_s, u"Invalid ID."_s,
                     method == "GET" ? 404 : 400);
    }

    Reply batchProducts(const QByteArray &body)
    {
        Reply refusal;
        const std::optional<QJsonObject> payload = bodyObject(body, refusal);
        if (!payload)
            return refusal;
        const QJsonArray creates = payload->value(u"create"_s).toArray();
        const QJsonArray updates = payload->value(u"update"_s).toArray();
        const QJsonArray deletes = payload->value(u"delete"_s).toArray();
        if (creates.size() + updates.size() + deletes.size() > 100) {
            return error(u"woocommerce_rest_request_entity_too_large"_s,
                         u"Unable to accept more than 100 items for this request."_s, 413);
        }
        const auto failed = [](const QJsonValue &id, const Reply &reply) {
            const QJsonObject problem = QJsonDocument::fromJson(reply.body).object();
            return QJsonObject{{u"id"_s, id}, {u"error"_s, problem}};
        };
        QJsonObject answer;
        if (payload->contains(u"create"_s)) {
            QJsonArray results;
            for (const QJsonValue &item : creates) {
                std::variant<QJsonObject, Reply> created = newProduct(item.toObject());
                if (Reply *refused = std::get_if<Reply>(&created))
                    results.append(failed(0, *refused));
                else
                    results.append(std::get<QJsonObject>(created));
            }
            answer.insert(u"create"_s, results);
        }
        if (payload->contains(u"update"_s)) {
            QJsonArray results;
            for (const QJsonValue &item : updates) {
                const QJsonObject update = item.toObject();
                const qint64 id = update.value(u"id"_s).toInteger();
                const Reply reply = updateProduct(id, QJsonDocument(update).toJson(QJsonDocument::Compact));
                if (reply.status >= 400)
                    results.append(failed(update.value(u"id"_s), reply));
                else
                    results.append(QJsonDocument::fromJson(reply.body).object());
            }
            answer.insert(u"update"_s, results);
        }
        return json(200, answer);
    }

    Reply updateOrder(qint64 id, const QByteArray &body)
    {
        Reply refusal;
        const std::optional<QJsonObject> payload = bodyObject(body, refusal);
        if (!payload)
            return refusal;
        static const QStringList statuses{u"pending"_s,   u"processing"_s,     u"on-hold"_s,
                                          u"completed"_s, u"cancelled"_s,      u"refunded"_s,
                                          u"failed"_s,    u"checkout-draft"_s, u"trash"_s};
        if (payload->contains(u"status"_s) && !statuses.contains(payload->value(u"status"_s).toString())) {
            return invalidParameters(
                {{u"status"_s,
                  u"status is not one of "_s + statuses.mid(0, statuses.size() - 1).join(u", "_s)
                      + u" and trash."_s}});
        }
        if (!orders.contains(id))
            return error(u"woocommerce_rest_shop_order_invalid_id"_s, u"Invalid ID."_s, 400);
        QJsonObject document = orders.value(id);
        const QString before = document.value(u"status"_s).toString();
        for (auto it = payload->begin(); it != payload->end(); ++it) {
            if (it.key() != u"id")
                document.insert(it.key(), it.value());
        }
        stamp(document, false);
        orders.insert(id, document);
        const QString after = document.value(u"status"_s).toString();
        if (after != before) {
            const auto title = [](QString status) -> QString {
                status.replace(u'-', u' ');
                return status.left(1).toUpper() + status.mid(1);
            };
            appendNote(id, u"Order status changed from "_s + title(before) + u" to "_s + title(after) + u'.',
                       false);
        }
        return json(200, withRefunds(document));
    }

    QJsonObject appendNote(qint64 orderId, const QString &text, bool customerNote)
    {
        const QDateTime time = tick();
        const QJsonObject note{{u"id"_s, nextId++},
                               {u"author"_s, u"system"_s},
                               {u"date_created"_s, wooTime(time.addSecs(siteOffset))},
                               {u"date_created_gmt"_s, wooTime(time)},
                               {u"note"_s, text},
                               {u"customer_note"_s, customerNote}};
        notes[orderId].append(note);
        return note;
    }

    Reply orderNotes(qint64 orderId, const QMap<QByteArray, QByteArray> &get) const
    {
        if (!orders.contains(orderId))
            return error(u"woocommerce_rest_order_invalid_id"_s, u"Invalid order ID."_s, 404);
        const QByteArray type = get.value("type", "any");
        QJsonArray list;
        const QList<QJsonObject> all = notes.value(orderId);
        for (auto it = all.crbegin(); it != all.crend(); ++it) { // newest first
            const bool customer = it->value(u"customer_note"_s).toBool();
            if (type == "any" || (type == "customer" && customer) || (type == "internal" && !customer))
                list.append(*it);
        }
        return json(200, list);
    }

    Reply addNote(qint64 orderId, const QByteArray &body)
    {
        Reply refusal;
        const std::optional<QJsonObject> payload = bodyObject(body, refusal);
        if (!payload)
            return refusal;
        if (!payload->value(u"note"_s).isString() || payload->value(u"note"_s).toString().isEmpty()) {
            return error(u"rest_missing_callback_param"_s, u"Missing parameter(s): note"_s, 400,
                         {{u"params"_s, QJsonArray{u"note"_s}}});
        }
        if (!orders.contains(orderId))
            return error(u"woocommerce_rest_order_invalid_id"_s, u"Invalid order ID."_s, 404);
        return json(201,
                    appendNote(orderId, payload->value(u"note"_s).toString(),
                               payload->value(u"customer_note"_s).toBool()));
    }

    bool m_tls = false;
    quint16 m_port = 0;
    QList<Fault> m_faults;
    QSet<QByteArray> m_nonces;
};

} // namespace WooTest
