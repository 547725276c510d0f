// Webhook HMAC signatures: every vector in ../shared/peers/webhooks/vectors.json, read at test time.
#include "net/webhooksignature.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using LedgerLink::Net::WebhookVendor;

namespace {

const QString webhooksDir = QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/webhooks");

QJsonArray readVectors()
{
    QFile file(webhooksDir + u"/vectors.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"vectors"_s).toArray();
}

QByteArray readBody(const QString &relative)
{
    QFile file(webhooksDir + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private slots:
    void everyVectorIsRead()
    {
        QFile file(webhooksDir + u"/vectors.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        // Counted independently of the JSON parser: one "id" key per vector.
        const qsizetype inFile = bytes.count("\"id\":");
        QVERIFY(inFile > 0);
        QCOMPARE(readVectors().size(), inFile);
        qsizetype usable = 0;
        for (const QJsonValue &value : readVectors()) {
            const QJsonObject v = value.toObject();
            QVERIFY2(LedgerLink::Net::vendorFromName(v.value(u"vendor"_s).toString()).has_value(),
                     qPrintable(v.value(u"id"_s).toString()));
            QVERIFY2(QFile::exists(webhooksDir + u'/' + v.value(u"body_file"_s).toString()),
                     qPrintable(v.value(u"id"_s).toString()));
            ++usable;
        }
        QCOMPARE(usable, inFile);
    }

    void vectors_data()
    {
        QTest::addColumn<QString>("vendorLabel");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("header");
        const QJsonArray vectors = readVectors();
        QVERIFY(!vectors.isEmpty());
        for (const QJsonValue &value : vectors) {
            const QJsonObject v = value.toObject();
            QTest::newRow(qPrintable(v.value(u"id"_s).toString()))
                << v.value(u"vendor"_s).toString() << v.value(u"secret"_s).toString().toUtf8()
                << readBody(v.value(u"body_file"_s).toString())
                << v.value(u"expected_header_value"_s).toString().toUtf8()
                << v.value(u"header"_s).toString().toUtf8();
        }
    }

    void vectors()
    {
        using namespace LedgerLink::Net;
        QFETCH(QString, vendorLabel);
        const std::optional<WebhookVendor> known = vendorFromName(vendorLabel);
        QVERIFY2(known, qPrintable(vendorLabel));
        const WebhookVendor vendor = *known;
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, header);
        QVERIFY(!body.isEmpty());
        QCOMPARE(signatureHeader(vendor), header);
        QCOMPARE(computeSignature(vendor, secret, body), signature);

        const SignatureCheck valid = verifySignature(vendor, secret, body, signature);
        QVERIFY2(valid.valid, qPrintable(valid.reason));
        QVERIFY(valid.reason.isEmpty());
        // Ruby's Base64.encode64 appends "\n": surrounding whitespace is trimmed.
        QVERIFY(verifySignature(vendor, secret, body, signature + '\n').valid);

        QByteArray flipped = body;
        flipped[0] = static_cast<char>(flipped.at(0) ^ 0x01);
        const SignatureCheck bodyChanged = verifySignature(vendor, secret, flipped, signature);
        QVERIFY(!bodyChanged.valid);
        QCOMPARE(bodyChanged.reason, u"signature does not match: the body or the secret differs"_s);

        const QByteArray wrongSecret = secret + "x";
        const SignatureCheck secretChanged = verifySignature(vendor, wrongSecret, body, signature);
        QVERIFY(!secretChanged.valid);
        QCOMPARE(secretChanged.reason, u"signature does not match: the body or the secret differs"_s);
        if (!secret.isEmpty())
            QVERIFY(!secretChanged.reason.contains(QString::fromUtf8(secret)));

        // Truncated by one full base64 quantum (still base64, three bytes short).
        const SignatureCheck truncated =
            verifySignature(vendor, secret, body, signature.left(signature.size() - 4));
        QVERIFY(!truncated.valid);
        QCOMPARE(truncated.reason, u"signature does not match: the body or the secret differs"_s);
        // Truncated by one character: not base64 any more, or too short; refused either way.
        QVERIFY(!verifySignature(vendor, secret, body, signature.chopped(1)).valid);
    }

    void missingAndMalformedSignatures()
    {
        using namespace LedgerLink::Net;
        const QByteArray body = "{}";
        const SignatureCheck missing = verifySignature(WebhookVendor::Shopify, "k", body, {});
        QVERIFY(!missing.valid);
        QCOMPARE(missing.reason, u"signature missing"_s);
        QCOMPARE(verifySignature(WebhookVendor::Xero, "k", body, "  \n").reason, u"signature missing"_s);
        const SignatureCheck garbage = verifySignature(WebhookVendor::Xero, "k", body, "not base64!*");
        QVERIFY(!garbage.valid);
        QCOMPARE(garbage.reason, u"signature is not base64"_s);
        QVERIFY(!verifySignature(WebhookVendor::WooCommerce, "k", body, "====").valid);
    }

    void wooCommerceDecodesHtmlEntitiesInTheSecret()
    {
        using namespace LedgerLink::Net;
        const QByteArray body = "{\"id\":1}";
        const QByteArray stored = "a&amp;b&quot;c&#039;d&lt;e&gt;";
        const QByteArray plain = "a&b\"c'd<e>";
        QCOMPARE(wordPressSpecialCharsDecode(stored), plain);
        const QByteArray signature = computeSignature(WebhookVendor::Shopify, plain, body);
        QVERIFY(verifySignature(WebhookVendor::WooCommerce, stored, body, signature).valid);
        // Only WooCommerce decodes; Shopify uses the secret's bytes as they are.
        QVERIFY(!verifySignature(WebhookVendor::Shopify, stored, body, signature).valid);
        QCOMPARE(wordPressSpecialCharsDecode("&nbsp;&amp"), QByteArray("&nbsp;&amp"));
    }

    void vendorNames()
    {
        using namespace LedgerLink::Net;
        QVERIFY(vendorFromName(u"shopify") == WebhookVendor::Shopify);
        QVERIFY(vendorFromName(u"WooCommerce") == WebhookVendor::WooCommerce);
        QVERIFY(vendorFromName(u"xero") == WebhookVendor::Xero);
        QVERIFY(!vendorFromName(u"stripe"));
        QVERIFY(!vendorFromName(u""));
        for (WebhookVendor vendor : {WebhookVendor::Shopify, WebhookVendor::WooCommerce, WebhookVendor::Xero})
            QVERIFY(vendorFromName(vendorName(vendor)) == vendor);
    }

    void constantTimeEquals()
    {
        using LedgerLink::Net::constantTimeEquals;
        QVERIFY(constantTimeEquals({}, {}));
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "xbc"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(!constantTimeEquals("", "a"));
        QVERIFY(!constantTimeEquals(QByteArray(32, '\0'), QByteArray(31, '\0')));
        QByteArray a(32, '\x5a');
        QByteArray b = a;
        QVERIFY(constantTimeEquals(a, b));
        for (qsizetype i = 0; i < a.size(); ++i) {
            b = a;
            b[i] = static_cast<char>(b.at(i) ^ 0x80);
            QVERIFY2(!constantTimeEquals(a, b), qPrintable(QString::number(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
