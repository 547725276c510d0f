// Redaction of secrets before anything is written to the audit log.

#include "store/redactor.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using LedgerLink::Store::Redactor;

class TestRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const QString &name : {u"Authorization"_s,
                                    u"authorization"_s,
                                    u"Proxy-Authorization"_s,
                                    u"Cookie"_s,
                                    u"Set-Cookie"_s,
                                    u"X-Shopify-Access-Token"_s,
                                    u"X-Api-Key"_s,
                                    u"x-api-key"_s,
                                    u"X-Shopify-Hmac-Sha256-Signature"_s,
                                    u"X-Wc-Webhook-Signature"_s,
                                    u"client_secret"_s,
                                    u"refresh_token"_s,
                                    u"access_token"_s,
                                    u"Password"_s,
                                    u"db_passwd"_s,
                                    u"api_key"_s,
                                    u"apiKey"_s,
                                    u"X-Custom-Api-Key"_s,
                                    u"oauth_consumer_key"_s,
                                    u"consumer_key"_s,
                                    u"SessionId"_s,
                                    u"session_id"_s})
            QTest::newRow(qPrintable(name)) << name << true;
        for (const QString &name : {u"Content-Type"_s, u"Accept"_s, u"X-Request-Id"_s, u"email"_s, u"sku"_s,
                                    u"total_price"_s, u"X-Shopify-Shop-Domain"_s, u"key"_s, u"author"_s})
            QTest::newRow(qPrintable(name)) << name << false;
    }
    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redactor::isSecretName(name), secret);
    }

    void headers()
    {
        const Redactor::Headers in{{"Authorization", "Basic dXNlcjpwYXNz"},
                                   {"Accept", "application/json"},
                                   {"Set-Cookie", "a=1"},
                                   {"Set-Cookie", "b=2"},
                                   {"X-Api-Key", "k"}};
        const Redactor::Headers out{{"Authorization", "[redacted]"},
                                    {"Accept", "application/json"},
                                    {"Set-Cookie", "[redacted]"},
                                    {"Set-Cookie", "[redacted]"},
                                    {"X-Api-Key", "[redacted]"}};
        QCOMPARE(Redactor::redactHeaders(in), out);
    }

    void bodies_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("nested JSON")
            << QByteArray(R"({"a":{"b":[{"token":"t","x":1},[{"Password":"p"}]]},"secret":{"deep":"s"}})")
            << QByteArray(
                   R"({"a":{"b":[{"token":"[redacted]","x":1},[{"Password":"[redacted]"}]]},"secret":"[redacted]"})");
        QTest::newRow("JSON array") << QByteArray(R"([{"api_key":"k"},2])")
                                    << QByteArray(R"([{"api_key":"[redacted]"},2])");
        QTest::newRow("JSON without secrets is kept byte for byte")
            << QByteArray("{\n  \"total\": \"19.99\",  \"email\": \"a@example.com\"\n}")
            << QByteArray("{\n  \"total\": \"19.99\",  \"email\": \"a@example.com\"\n}");
        QTest::newRow("form") << QByteArray(
            "grant_type=refresh_token&refresh_token=r1&client_id=abc&client_secret=s%3D")
                              << QByteArray("grant_type=refresh_token&refresh_token=[redacted]&client_id=abc&"
                                            "client_secret=[redacted]");
        QTest::newRow("JSON key spelled with an escape")
            << QByteArray(R"({"Access\u0054oken":"t","Tax":"MwSt 19 %"})")
            << QByteArray(R"({"AccessToken":"[redacted]","Tax":"MwSt 19 %"})");
        QTest::newRow("form name spelled with percent escapes")
            << QByteArray("user=a&pass%77ord=p") << QByteArray("user=a&pass%77ord=[redacted]");
        // The Kelvin sign (UTF-8 E2 84 AA) lower-cases to "k"; the keys come back sorted.
        QTest::newRow("a name with the Kelvin sign") << QByteArray("{\"to\xE2\x84\xAA"
                                                                   "en\":\"t\",\"city\":\"Munich\"}")
                                                     << QByteArray("{\"city\":\"Munich\",\"to\xE2\x84\xAA"
                                                                   "en\":\"[redacted]\"}");
        QTest::newRow("form with a trailing newline")
            << QByteArray("user=a&%74oken=t\n") << QByteArray("user=a&%74oken=[redacted]");
        QTest::newRow("a name in capitals") << QByteArray(R"({"X":{"CLIENT_SECRET":"s"}})")
                                            << QByteArray(R"({"X":{"CLIENT_SECRET":"[redacted]"}})");
        // A signed download URL (Shopify's bulk result) is itself a credential.
        QTest::newRow("a signed URL as a value")
            << QByteArray(
                   "{\"url\":\"https:\\/\\/storage.example.invalid\\/b.jsonl?Expires=9&Signature=abc\","
                   "\"links\":[\"https:\\/\\/x.invalid\\/p?limit=5\"]}")
            << QByteArray(
                   "{\"links\":[\"https://x.invalid/p?limit=5\"],"
                   "\"url\":\"https://storage.example.invalid/b.jsonl?Expires=9&Signature=[redacted]\"}");
        // SAP Business One's Login answer: the session id is the session's credential.
        QTest::newRow("a session id")
            << QByteArray(
                   R"({"SessionId":"1c4f9a3e-8d2b-11ee-8000-0050568b2a6c","SessionTimeout":30,"Version":"1000190"})")
            << QByteArray(R"({"SessionId":"[redacted]","SessionTimeout":30,"Version":"1000190"})");
        QTest::newRow("plain text") << QByteArray("Service Unavailable") << QByteArray("Service Unavailable");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void bodies()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(Redactor::redactBody(in), out);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("query") << u"https://x.invalid/p?limit=5&access_token=abc&page_info=z"_s
                               << u"https://x.invalid/p?limit=5&access_token=[redacted]&page_info=z"_s;
        QTest::newRow("user info") << u"https://user:pa55@x.invalid/p"_s
                                   << u"https://user:%5Bredacted%5D@x.invalid/p"_s;
        QTest::newRow("oauth 1.0a")
            << u"http://x.invalid/wp-json/wc/v3/orders?oauth_consumer_key=ck_1&oauth_nonce=n&oauth_signature=s1"_s
            << u"http://x.invalid/wp-json/wc/v3/orders?oauth_consumer_key=[redacted]&oauth_nonce=n&oauth_signature=[redacted]"_s;
        QTest::newRow("nothing secret")
            << u"https://x.invalid/p?limit=5"_s << u"https://x.invalid/p?limit=5"_s;
    }
    void urls()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Redactor::redactUrl(in), out);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
