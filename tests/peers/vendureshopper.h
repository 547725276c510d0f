#pragma once
// A shopper and an administrator of a real Vendure, through its own GraphQL APIs (not the
// connector's): what the peer tests do in the store as people would.

#include "net/httpclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

#include <utility>

namespace LedgerLink::PeerTests {

class VendureShopper
{
public:
    explicit VendureShopper(QUrl base)
        : m_base(std::move(base))
    { }

    /// A GraphQL call on `api` ("shop-api", "admin-api"), keeping the session token in `token`;
    /// the answer's "data" (its errors are printed).
    QJsonObject graphQl(const QString &api, QByteArray &token, const QString &query,
                        const QJsonObject &variables = {}) const
    {
        using namespace Qt::StringLiterals;
        Net::HttpClientOptions options;
        options.guard = Net::WriteGuard::allowing(true, true);
        // A manager per call: no cookie of these sessions reaches a connector's requests.
        QNetworkAccessManager network;
        Net::HttpClient client(network, options);
        Net::HeaderList headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        QUrl url = m_base;
        url.setPath(u"/"_s + api);
        const Net::HttpExchange exchange = client.sendJson(
            "POST", url, QJsonDocument(QJsonObject{{u"query"_s, query}, {u"variables"_s, variables}}), {},
            headers);
        if (const QByteArray session = exchange.response.header("vendure-auth-token"); !session.isEmpty())
            token = session;
        const QJsonObject body = exchange.response.json().object();
        if (body.contains(u"errors"_s))
            qWarning("%s", QJsonDocument(body).toJson(QJsonDocument::Compact).constData());
        return body.value(u"data"_s).toObject();
    }

    /**
     * A guest checkout on the Shop API: the lines (variant id, quantity), the customer, a US
     * address, the first shipping method and, when `pay`, the "web-shop-payment" method (which
     * settles at once). Returns addPaymentToOrder's order {id code state totalWithTax}, or the
     * open cart {id code} without `pay`.
     */
    QJsonObject checkout(const QList<std::pair<QString, int>> &lines, const QString &email, bool pay = true,
                         const QString &firstName = QStringLiteral("Grace"),
                         const QString &lastName = QStringLiteral("Hopper")) const
    {
        using namespace Qt::StringLiterals;
        QByteArray shop;
        for (const auto &[variant, quantity] : lines) {
            graphQl(
                u"shop-api"_s, shop,
                u"mutation($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, quantity: $q) { ... on "
                "Order { code } ... on ErrorResult { errorCode message } } }"_s,
                {{u"v"_s, variant}, {u"q"_s, quantity}});
        }
        if (!pay)
            return graphQl(u"shop-api"_s, shop, u"query { activeOrder { id code } }"_s)
                .value(u"activeOrder"_s)
                .toObject();
        graphQl(
            u"shop-api"_s, shop,
            u"mutation($i: CreateCustomerInput!) { setCustomerForOrder(input: $i) { ... on Order { id } } }"_s,
            {{u"i"_s,
              QJsonObject{
                  {u"firstName"_s, firstName}, {u"lastName"_s, lastName}, {u"emailAddress"_s, email}}}});
        graphQl(
            u"shop-api"_s, shop,
            u"mutation($i: CreateAddressInput!) { setOrderShippingAddress(input: $i) { ... on Order { id } } }"_s,
            {{u"i"_s,
              QJsonObject{{u"fullName"_s, QString(firstName + u' ' + lastName)},
                          {u"streetLine1"_s, u"1 Cobol Way"_s},
                          {u"city"_s, u"Arlington"_s},
                          {u"postalCode"_s, u"22201"_s},
                          {u"countryCode"_s, u"US"_s}}}});
        const QString method = graphQl(u"shop-api"_s, shop, u"query { eligibleShippingMethods { id } }"_s)
                                   .value(u"eligibleShippingMethods"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
        graphQl(
            u"shop-api"_s, shop,
            u"mutation($m: [ID!]!) { setOrderShippingMethod(shippingMethodId: $m) { ... on Order { id } } }"_s,
            {{u"m"_s, QJsonArray{method}}});
        graphQl(
            u"shop-api"_s, shop,
            u"mutation { transitionOrderToState(state: \"ArrangingPayment\") { ... on Order { state } } }"_s);
        return graphQl(
                   u"shop-api"_s, shop,
                   u"mutation { addPaymentToOrder(input: { method: \"web-shop-payment\", metadata: {} }) { "
                   "... on Order { id code state totalWithTax } ... on ErrorResult { errorCode message } } }"_s)
            .value(u"addPaymentToOrder"_s)
            .toObject();
    }

private:
    QUrl m_base;
};

} // namespace LedgerLink::PeerTests
