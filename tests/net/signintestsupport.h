#pragma once

// What the OAuth sign-in tests share (tst_quickbooksoauth, tst_businesscentraloauth, tst_zohooauth,
// and the studio's tst_quickbookssignin, tst_businesscentralsignin, tst_zohosignin): a "browser" that
// opens the authorization URL and follows its 302 to the loopback redirect, a sign-in run to its end,
// and the keys of a query.

#include "net/oauth2signin.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

#include <functional>

namespace LedgerLink::TestSupport {

using Net::OAuth2SignIn;
using Net::OAuth2Tokens;
using namespace Qt::StringLiterals;

/// The user's browser: opens the authorization URL and follows its 302 to the loopback redirect;
/// `idle` opens nothing (a user still signing in).
class FakeBrowser : public QObject
{
public:
    bool idle = false;
    QList<QUrl> opened;
    QUrl redirectedTo;
    int callbackStatus = 0;

    OAuth2SignIn::Browser function()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            if (idle)
                return true;
            get(url, [this](QNetworkReply *reply) {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
                    return;
                redirectedTo = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
                get(redirectedTo, [this](QNetworkReply *callback) {
                    callbackStatus = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                });
            });
            return true;
        };
    }

private:
    void get(const QUrl &url, std::function<void(QNetworkReply *)> then)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, then = std::move(then)] {
            then(reply);
            reply->deleteLater();
        });
    }

    QNetworkAccessManager m_network;
};

struct Outcome
{
    bool finished = false;
    bool granted = false;
    OAuth2Tokens tokens;
    OAuth2SignIn::Failure failure = OAuth2SignIn::Failure::Unavailable;
    QString message;
};

inline Outcome runSignIn(OAuth2SignIn &signIn)
{
    Outcome outcome;
    QObject context;
    QObject::connect(&signIn, &OAuth2SignIn::granted, &context, [&outcome](const OAuth2Tokens &tokens) {
        outcome.finished = true;
        outcome.granted = true;
        outcome.tokens = tokens;
    });
    QObject::connect(&signIn, &OAuth2SignIn::failed, &context,
                     [&outcome](OAuth2SignIn::Failure failure, const QString &message) {
                         outcome.finished = true;
                         outcome.failure = failure;
                         outcome.message = message;
                     });
    signIn.start();
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 20000))
        outcome.message = u"neither granted nor failed within 20 s"_s;
    return outcome;
}

inline QSet<QString> keysOf(const QUrlQuery &query)
{
    QSet<QString> keys;
    for (const auto &[key, value] : query.queryItems())
        keys.insert(key);
    return keys;
}

} // namespace LedgerLink::TestSupport
