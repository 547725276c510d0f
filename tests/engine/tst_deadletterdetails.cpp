#include "engine/deadletters.h"
#include "net/httpclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

/// What a dead letter keeps of its job's last exchange: everything a person needs to act on it,
/// no secret of any connector's kind (issue 10, secrets audit).
class TestDeadLetterDetails : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheExchangeWithEverySecretRedacted()
    {
        Net::HttpExchange exchange;
        exchange.request.method = "POST";
        exchange.request.url =
            QUrl(u"https://erp.example/b1s/v2/Invoices?access_token=planted-url-token&page=2"_s);
        exchange.request.headers = {
            {"Authorization", "Bearer planted-bearer"},
            {"Cookie", "B1SESSION=planted-session; ROUTEID=.node1"},
            {"X-Api-Key", "planted-api-key"},
            {"Ocp-Apim-Subscription-Key", "planted-subscription-key"},
            {"Idempotency-Key", "ll-7f3a"},
            {"Content-Type", "application/json"},
        };
        exchange.request.body =
            R"({"CompanyDB":"SBODEMOUS","UserName":"manager","Password":"planted-password","DocTotal":"107.99"})";
        exchange.response.status = 401;
        exchange.response.errorText = u"Invalid session"_s;
        exchange.response.body = R"({"access_token":"planted-access","error":{"code":301}})";

        const QJsonObject details = Engine::lastExchangeDetails(exchange);

        const QJsonObject expectedRequest{
            {u"method"_s, u"POST"_s},
            {u"url"_s, u"https://erp.example/b1s/v2/Invoices?access_token=[redacted]&page=2"_s},
            {u"headers"_s,
             QJsonArray{QJsonArray{u"Authorization"_s, u"[redacted]"_s},
                        QJsonArray{u"Cookie"_s, u"[redacted]"_s}, QJsonArray{u"X-Api-Key"_s, u"[redacted]"_s},
                        QJsonArray{u"Ocp-Apim-Subscription-Key"_s, u"[redacted]"_s},
                        QJsonArray{u"Idempotency-Key"_s, u"ll-7f3a"_s},
                        QJsonArray{u"Content-Type"_s, u"application/json"_s}}},
        };
        QJsonObject request = details.value(u"last_request"_s).toObject();
        const QJsonObject body =
            QJsonDocument::fromJson(request.take(u"body"_s).toString().toUtf8()).object();
        QCOMPARE(request, expectedRequest);
        QCOMPARE(body,
                 (QJsonObject{{u"CompanyDB"_s, u"SBODEMOUS"_s},
                              {u"UserName"_s, u"manager"_s},
                              {u"Password"_s, u"[redacted]"_s},
                              {u"DocTotal"_s, u"107.99"_s}}));

        QJsonObject response = details.value(u"last_response"_s).toObject();
        const QJsonObject responseBody =
            QJsonDocument::fromJson(response.take(u"body"_s).toString().toUtf8()).object();
        QCOMPARE(response, (QJsonObject{{u"status"_s, 401}, {u"error"_s, u"Invalid session"_s}}));
        QCOMPARE(
            responseBody,
            (QJsonObject{{u"access_token"_s, u"[redacted]"_s}, {u"error"_s, QJsonObject{{u"code"_s, 301}}}}));
        QVERIFY(!QJsonDocument(details).toJson().contains("planted"));
    }

    void aFormBodyIsRedactedByField()
    {
        Net::HttpExchange exchange;
        exchange.request.url = QUrl(u"https://accounts.zoho.eu/oauth/v2/token"_s);
        exchange.request.body = "grant_type=refresh_token&client_id=1000.ABC&client_secret=planted-secret&"
                                "refresh_token=planted-refresh";
        const QJsonObject request = Engine::lastExchangeDetails(exchange).value(u"last_request"_s).toObject();
        QCOMPARE(
            request.value(u"body"_s).toString(),
            u"grant_type=refresh_token&client_id=1000.ABC&client_secret=[redacted]&refresh_token=[redacted]"_s);
        QCOMPARE(request.value(u"headers"_s).toArray(), QJsonArray());
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterDetails)
#include "tst_deadletterdetails.moc"
