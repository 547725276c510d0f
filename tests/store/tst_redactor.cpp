// Redaction of secrets before anything is written to the audit log, and of payment card data
// before anything is written to the state store.

#include "store/redactor.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
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

    void cardDataNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("card");
        for (const QString &name :
             {u"card_number"_s, u"CardNumber"_s, u"credit_card_number"_s, u"cc-number"_s, u"PAN"_s, u"cvv"_s,
              u"CVV2"_s, u"cvc"_s, u"security_code"_s, u"card_code"_s, u"card_verification_value"_s,
              u"track2"_s})
            QTest::addRow("%s", qPrintable(name)) << name << true;
        for (const QString &name : {u"credit_card_company"_s, u"credit_card_bin"_s, u"card_brand"_s,
                                    u"number"_s, u"gateway"_s, u"authorization"_s, u"panel"_s})
            QTest::addRow("%s", qPrintable(name)) << name << false;
    }
    void cardDataNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, card);
        QCOMPARE(Redactor::isCardDataName(name), card);
    }

    void cardNumbersInText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        // Card numbers: the schemes' published test numbers (Luhn-valid).
        QTest::newRow("Visa in a note, spaced")
            << u"Please charge 4111 1111 1111 1111, exp 12/28"_s << u"Please charge [redacted], exp 12/28"_s;
        QTest::newRow("Mastercard with hyphens, end of sentence")
            << u"card 5555-5555-5555-4444."_s << u"card [redacted]."_s;
        QTest::newRow("Amex alone") << u"378282246310005"_s << u"[redacted]"_s;
        QTest::newRow("Mastercard 2-series") << u"2223003122003222"_s << u"[redacted]"_s;
        QTest::newRow("two in one text")
            << u"4242424242424242 or 6011111111111117"_s << u"[redacted] or [redacted]"_s;
        QTest::newRow("a card followed by other digits") << u"4111 1111 1111 1111 12"_s << u"[redacted] 12"_s;
        // Not card numbers.
        QTest::newRow("Luhn check digit wrong") << u"4111111111111112"_s << u"4111111111111112"_s;
        QTest::newRow("no card scheme starts with 1")
            << u"/Date(1573755038314+0000)/"_s << u"/Date(1573755038314+0000)/"_s;
        QTest::newRow("in a path") << u"gid://shopify/Order/4111111111111111"_s
                                   << u"gid://shopify/Order/4111111111111111"_s;
        QTest::newRow("a decimal") << u"4111111111111111.50"_s << u"4111111111111111.50"_s;
        QTest::newRow("inside a word") << u"SKU4111111111111111"_s << u"SKU4111111111111111"_s;
        QTest::newRow("too long") << u"41111111111111111111111"_s << u"41111111111111111111111"_s;
        QTest::newRow("a phone number") << u"+49 30 1234 5678 90"_s << u"+49 30 1234 5678 90"_s;
        QTest::newRow("short") << u"Order #1001, 3 × 12.50"_s << u"Order #1001, 3 × 12.50"_s;
    }
    void cardNumbersInText()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        bool changed = false;
        QCOMPARE(Redactor::withoutCardNumbers(in, &changed), out);
        QCOMPARE(changed, in != out);
    }

    /// Shopify's order payload shape (payment_details) with a card number where none belongs.
    void cardDataInJson()
    {
        const QJsonObject in =
            QJsonDocument::fromJson(
                R"({ "id": 4111111111111111, "admin_graphql_api_id": "gid:\/\/shopify/Order/4111111111111111", "note": "my card is 4242 4242 4242 4242, cvc 314", "line_items": [{"sku": "4242424242424242", "barcode": "5555555555554444", "price": "19.99"}], "refund_line_item_ids": ["4111111111111111"], "payment_details": {"credit_card_number": "•••• •••• •••• 4242", "credit_card_company": "Visa", "credit_card_bin": "424242", "cvv": "123", "cvv_result_code": null}, "card": {"number": 4111111111111111, "exp_month": 12}, "total_price": "19.99"})")
                .object();
        const QJsonObject out =
            QJsonDocument::fromJson(
                R"({ "id": 4111111111111111, "admin_graphql_api_id": "gid:\/\/shopify/Order/4111111111111111", "note": "my card is [redacted], cvc 314", "line_items": [{"sku": "4242424242424242", "barcode": "5555555555554444", "price": "19.99"}], "refund_line_item_ids": ["4111111111111111"], "payment_details": {"credit_card_number": "[redacted]", "credit_card_company": "Visa", "credit_card_bin": "424242", "cvv": "[redacted]", "cvv_result_code": null}, "card": {"number": "[redacted]", "exp_month": 12}, "total_price": "19.99"})")
                .object();
        bool changed = false;
        QCOMPARE(Redactor::withoutCardData(QJsonValue(in), &changed).toObject(), out);
        QVERIFY(changed);
        // A body: JSON is rewritten only when it held card data; other text by withoutCardNumbers().
        QCOMPARE(Redactor::withoutCardData(QByteArray(R"({"total":"19.99"})")),
                 QByteArray(R"({"total":"19.99"})"));
        QCOMPARE(Redactor::withoutCardData(QByteArray("<Card>4111111111111111</Card>")),
                 QByteArray("<Card>[redacted]</Card>"));
        // The audit log's redaction removes card data too.
        QCOMPARE(Redactor::redactBody(R"({"access_token":"t","card_number":"4111111111111111"})"),
                 QByteArray(R"({"access_token":"[redacted]","card_number":"[redacted]"})"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
