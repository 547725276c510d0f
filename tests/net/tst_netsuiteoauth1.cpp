// OAuth 1.0a signing (net/oauth1signature.h) against published worked examples: RFC 5849's own
// (§1.2 and §3.4.1.1, HMAC-SHA1), Twitter's "Creating a signature" (HMAC-SHA1, a form body), and
// NetSuite's token-based authentication example values (HMAC-SHA256), plus §3.6 percent-encoding.
// Every expected value below was written out from its source or computed by an independent tool
// (the python3 command quoted next to it), never by the code under test.
#include "net/oauth1signature.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;
using namespace LedgerLink::Net;

namespace {

// NetSuite's example values, from "The Signature for Web Services and RESTlets" ("Input Parameters
// for the Example"): https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1534941088.html
OAuth1Credentials netSuiteCredentials(const QString &realm)
{
    return {"ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4",
            "d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5",
            "2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc",
            "c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295", realm};
}
constexpr qint64 netSuiteTimestamp = 1508242306;
const QByteArray netSuiteNonce = "fjaLirsIcCGVZWzBX0pg";

} // namespace

class TestNetSuiteOAuth1 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 5849 §1.2 (https://www.rfc-editor.org/rfc/rfc5849#section-1.2): the printer's request for
    // vacation.jpg. The RFC's header carries no oauth_version, so neither do these parameters; its
    // realm "Photos" is not signed.
    void rfc5849Section12()
    {
        const QUrl url(u"http://photos.example.net/photos?file=vacation.jpg&size=original"_s);
        const OAuth1Parameters oauth{{"realm", "Photos"},
                                     {"oauth_consumer_key", "dpf43f3p2l4k3l03"},
                                     {"oauth_token", "nnch734d00sl2jdk"},
                                     {"oauth_signature_method", "HMAC-SHA1"},
                                     {"oauth_timestamp", "137131202"},
                                     {"oauth_nonce", "chapoH"}};
        const QByteArray base = signatureBaseString("GET", url, oauth);
        QCOMPARE(base,
                 QByteArray("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg"
                            "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH"
                            "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202"
                            "%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"));
        // The RFC's oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D", decoded.
        QCOMPARE(signature(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00", OAuth1Method::HmacSha1),
                 QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
        // A method in lower case is upper-cased; an oauth_signature among the parameters is left out.
        OAuth1Parameters signedAlready = oauth;
        signedAlready.emplaceBack("oauth_signature", "MdpQcU8iPSUjWoN/UDMsK2sui9I=");
        QCOMPARE(signatureBaseString("get", url, signedAlready), base);
    }

    // RFC 5849 §3.4.1.1 (https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.1): the request with
    // an encoded query, a form body "c2&a3=2+q" and its printed base string (its line breaks
    // removed). The RFC gives no secrets for it, so only the base string is checked.
    void rfc5849Section3411()
    {
        const QUrl url(u"http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"_s);
        const OAuth1Parameters oauth{{"realm", "Example"},
                                     {"oauth_consumer_key", "9djdj82h48djs9d2"},
                                     {"oauth_token", "kkk9d7dh3k39sjv7"},
                                     {"oauth_signature_method", "HMAC-SHA1"},
                                     {"oauth_timestamp", "137131201"},
                                     {"oauth_nonce", "7d8f3e4a"},
                                     {"oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw="}};
        const OAuth1Parameters body = oauth1FormParameters("c2&a3=2+q");
        QCOMPARE(body, (OAuth1Parameters{{"c2", ""}, {"a3", "2 q"}}));
        QCOMPARE(signatureBaseString("POST", url, oauth, body),
                 QByteArray("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
                            "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
                            "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
                            "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
                            "9d7dh3k39sjv7"));
    }

    // Twitter's "Creating a signature", https://dev.twitter.com/oauth/overview/creating-signatures
    // (the version with POST /1/statuses/update.json; the page now lives at
    // https://developer.x.com/en/docs/authentication/oauth-1-0a/creating-a-signature): a query
    // parameter and a form-body parameter with '+', ',', '!' and spaces; signature
    // tnnArxj06cWHq44gCs1OSKk/jLY=.
    void twitterFormBodySha1()
    {
        const QUrl url(u"https://api.twitter.com/1/statuses/update.json?include_entities=true"_s);
        const OAuth1Parameters body = oauth1FormParameters(
            "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21");
        QCOMPARE(body, (OAuth1Parameters{{"status", "Hello Ladies + Gentlemen, a signed OAuth request!"}}));
        const OAuth1Credentials credentials{"xvz1evFS4wEEPTGEFPHBog",
                                            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                                            "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
                                            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE", QString()};
        const OAuth1Parameters oauth = oauth1ProtocolParameters(
            credentials, OAuth1Method::HmacSha1, 1318622958, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg");
        const QByteArray base = signatureBaseString("POST", url, oauth, body);
        QCOMPARE(base,
                 QByteArray(
                     "POST&https%3A%2F%2Fapi.twitter.com%2F1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue"
                     "%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog"
                     "%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"
                     "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958"
                     "%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"
                     "%26oauth_version%3D1.0"
                     "%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed"
                     "%2520OAuth%2520request%2521"));
        QCOMPARE(signature(base, credentials.consumerSecret, credentials.tokenSecret, OAuth1Method::HmacSha1),
                 QByteArray("tnnArxj06cWHq44gCs1OSKk/jLY="));
        // The header as Twitter shows it, in this signer's order (no realm: none given).
        QCOMPARE(
            authorizationHeader("POST", url, credentials, OAuth1Method::HmacSha1, 1318622958,
                                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", body),
            QByteArray("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                       "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", "
                       "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
                       "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", oauth_version=\"1.0\", "
                       "oauth_signature=\"tnnArxj06cWHq44gCs1OSKk%2FjLY%3D\""));
    }

    // NetSuite TBA, HMAC-SHA256, REST web services: GET .../record/v1/employee/40 with the example
    // values of section_1534941088 (see netSuiteCredentials()).
    //
    // The expected signature was computed independently, by this command (run while writing this
    // test; it printed B5OIWznZ2YP0OB7VrJrGkYsTh+8H+5T9Hag+o92q0zY=):
    // clang-format off
    //   python3 -c 'import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b"d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5&c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295", b"GET&https%3A%2F%2F123456.suitetalk.api.netsuite.com%2Fservices%2Frest%2Frecord%2Fv1%2Femployee%2F40&oauth_consumer_key%3Def40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4%26oauth_nonce%3DfjaLirsIcCGVZWzBX0pg%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1508242306%26oauth_token%3D2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc%26oauth_version%3D1.0", hashlib.sha256).digest()).decode())'
    // clang-format on
    // The same value (percent-encoded) is quoted by independent public NetSuite clients as the
    // signature of Oracle's "REST Web Services Header Example" in "The Authorization Headers",
    // https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1534941295.html
    // (that part of Oracle's page was not read directly here).
    void netSuiteRestWebServicesSha256()
    {
        const QUrl url(u"https://123456.suitetalk.api.netsuite.com/services/rest/record/v1/employee/40"_s);
        const OAuth1Credentials credentials = netSuiteCredentials(u"123456"_s);
        const QByteArray base =
            signatureBaseString("GET", url,
                                oauth1ProtocolParameters(credentials, OAuth1Method::HmacSha256,
                                                         netSuiteTimestamp, netSuiteNonce));
        QCOMPARE(base,
                 QByteArray(
                     "GET&https%3A%2F%2F123456.suitetalk.api.netsuite.com%2Fservices%2Frest%2Frecord%2Fv1"
                     "%2Femployee%2F40&oauth_consumer_key%3Def40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6d"
                     "cf38c20aae6b67e4%26oauth_nonce%3DfjaLirsIcCGVZWzBX0pg%26oauth_signature_method%3DHMAC"
                     "-SHA256%26oauth_timestamp%3D1508242306%26oauth_token%3D2b0ce516420110bcbd36b69e99196d"
                     "1b7f6de3c6234c5afb799b73d87569f5cc%26oauth_version%3D1.0"));
        QCOMPARE(
            signature(base, credentials.consumerSecret, credentials.tokenSecret, OAuth1Method::HmacSha256),
            QByteArray("B5OIWznZ2YP0OB7VrJrGkYsTh+8H+5T9Hag+o92q0zY="));
    }

    // NetSuite TBA, HMAC-SHA256, a RESTlet with query parameters: POST restlet.nl?script=6&deploy=1
    // &customParam=someValue&testParam=someOtherValue (section_1534941088's $url), the query
    // parameters sorted in among the oauth_* ones. The expected signature was computed by:
    // clang-format off
    //   python3 -c 'import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b"d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5&c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295", b"POST&https%3A%2F%2F123456.restlets.api.netsuite.com%2Fapp%2Fsite%2Fhosting%2Frestlet.nl&customParam%3DsomeValue%26deploy%3D1%26oauth_consumer_key%3Def40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4%26oauth_nonce%3DfjaLirsIcCGVZWzBX0pg%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1508242306%26oauth_token%3D2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc%26oauth_version%3D1.0%26script%3D6%26testParam%3DsomeOtherValue", hashlib.sha256).digest()).decode())'
    // clang-format on
    // which printed +KK4SKNgz4ZiILGLwOMtfYlgcXSy1eis8ldE9X90azQ=.
    void netSuiteRestletSha256()
    {
        const QUrl url(u"https://123456.restlets.api.netsuite.com/app/site/hosting/restlet.nl"
                       "?script=6&deploy=1&customParam=someValue&testParam=someOtherValue"_s);
        const OAuth1Credentials credentials = netSuiteCredentials(u"123456"_s);
        const QByteArray base =
            signatureBaseString("POST", url,
                                oauth1ProtocolParameters(credentials, OAuth1Method::HmacSha256,
                                                         netSuiteTimestamp, netSuiteNonce));
        QCOMPARE(
            base,
            QByteArray(
                "POST&https%3A%2F%2F123456.restlets.api.netsuite.com%2Fapp%2Fsite%2Fhosting%2Frestlet.nl"
                "&customParam%3DsomeValue%26deploy%3D1"
                "%26oauth_consumer_key%3Def40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4"
                "%26oauth_nonce%3DfjaLirsIcCGVZWzBX0pg%26oauth_signature_method%3DHMAC-SHA256"
                "%26oauth_timestamp%3D1508242306"
                "%26oauth_token%3D2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc"
                "%26oauth_version%3D1.0%26script%3D6%26testParam%3DsomeOtherValue"));
        QCOMPARE(
            signature(base, credentials.consumerSecret, credentials.tokenSecret, OAuth1Method::HmacSha256),
            QByteArray("+KK4SKNgz4ZiILGLwOMtfYlgcXSy1eis8ldE9X90azQ="));
    }

    // The Authorization header NetSuite wants, exactly, for fixed inputs: realm the account id of a
    // sandbox (123456_SB1), values percent-encoded ('+', '/' and '=' of the base64 signature).
    // The signature does not depend on the realm: it is the REST web services one above.
    void netSuiteAuthorizationHeader()
    {
        const QUrl url(
            u"https://123456-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/employee/40"_s);
        const QByteArray header = authorizationHeader(
            "GET", QUrl(u"https://123456.suitetalk.api.netsuite.com/services/rest/record/v1/employee/40"_s),
            netSuiteCredentials(netSuiteRealm(u"123456-sb1")), OAuth1Method::HmacSha256, netSuiteTimestamp,
            netSuiteNonce);
        QCOMPARE(
            header,
            QByteArray(
                "OAuth realm=\"123456_SB1\", "
                "oauth_consumer_key=\"ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4\", "
                "oauth_token=\"2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc\", "
                "oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"1508242306\", "
                "oauth_nonce=\"fjaLirsIcCGVZWzBX0pg\", oauth_version=\"1.0\", "
                "oauth_signature=\"B5OIWznZ2YP0OB7VrJrGkYsTh%2B8H%2B5T9Hag%2Bo92q0zY%3D\""));
        // Another host (the sandbox's) signs differently: the host is part of the base string.
        QVERIFY(authorizationHeader("GET", url, netSuiteCredentials(u"123456_SB1"_s),
                                    OAuth1Method::HmacSha256, netSuiteTimestamp, netSuiteNonce)
                != header);
        // HMAC-SHA1 over the same request: a 20-byte digest, named in the header.
        const QByteArray sha1 = authorizationHeader("GET", url, netSuiteCredentials(QString()),
                                                    OAuth1Method::HmacSha1, netSuiteTimestamp, netSuiteNonce);
        QVERIFY(sha1.startsWith("OAuth oauth_consumer_key=\""));
        QVERIFY(sha1.contains("oauth_signature_method=\"HMAC-SHA1\""));
        const qsizetype at = sha1.indexOf("oauth_signature=\"") + 17;
        const QByteArray value = sha1.mid(at, sha1.indexOf('"', at) - at);
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromPercentEncoding(value)).size(), 20);
    }

    void netSuiteRealmIsTheAccountIdInUpperCase()
    {
        QCOMPARE(netSuiteRealm(u"123456"), u"123456"_s);
        QCOMPARE(netSuiteRealm(u"123456-sb1"), u"123456_SB1"_s);
        QCOMPARE(netSuiteRealm(u"123456_SB1"), u"123456_SB1"_s);
        QCOMPARE(netSuiteRealm(u" tstdrv1234 "), u"TSTDRV1234"_s);
    }

    // RFC 5849 §3.6: unreserved ALPHA DIGIT - . _ ~ kept, everything else %XX in upper-case hex,
    // over the UTF-8 bytes.
    void percentEncoding()
    {
        QCOMPARE(oauth1PercentEncode("a b"), QByteArray("a%20b"));
        QCOMPARE(oauth1PercentEncode("a+b"), QByteArray("a%2Bb"));
        QCOMPARE(oauth1PercentEncode("~-._"), QByteArray("~-._"));
        QCOMPARE(oauth1PercentEncode("AZaz09"), QByteArray("AZaz09"));
        QCOMPARE(oauth1PercentEncode(u"é"_s.toUtf8()), QByteArray("%C3%A9"));
        QCOMPARE(oauth1PercentEncode("*"), QByteArray("%2A"));
        QCOMPARE(oauth1PercentEncode("!'()/:=&%"), QByteArray("%21%27%28%29%2F%3A%3D%26%25"));
        // A form text's '+' is a space, "%2B" a plus.
        QCOMPARE(oauth1FormParameters("q=a+b%2Bc&empty=&bare"),
                 (OAuth1Parameters{{"q", "a b+c"}, {"empty", ""}, {"bare", ""}}));
        // The key is both secrets encoded and joined by '&' (an empty token secret leaves the
        // trailing '&'). Expected values computed by
        // clang-format off
        //   python3 -c 'import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b"c%20s&t%2Bs", b"GET&x&y", hashlib.sha256).digest()).decode())'
        //   python3 -c 'import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b"c%20s&", b"GET&x&y", hashlib.sha1).digest()).decode())'
        // clang-format on
        QCOMPARE(signature("GET&x&y", "c s", "t+s", OAuth1Method::HmacSha256),
                 QByteArray("3QP7PvL/IUBGEk+lrmCjdJ5JbJSwWmwOhZWTD+bFRbE="));
        QCOMPARE(signature("GET&x&y", "c s", "", OAuth1Method::HmacSha1),
                 QByteArray("uk/livKcD72S8iraj43590YZPBc="));
    }

    // §3.4.1.2: scheme and host in lower case, default ports left out, other ports kept, no query
    // or fragment, "/" for an empty path; query parameters with '+' and UTF-8 are decoded first.
    void baseStringUri()
    {
        const OAuth1Parameters none;
        QCOMPARE(signatureBaseString("GET", QUrl(u"HTTP://Example.COM:80/r%20v/X?id=123#frag"_s), none),
                 QByteArray("GET&http%3A%2F%2Fexample.com%2Fr%2520v%2FX&id%3D123"));
        QCOMPARE(signatureBaseString("GET", QUrl(u"https://www.example.net:8080/?q=1"_s), none),
                 QByteArray("GET&https%3A%2F%2Fwww.example.net%3A8080%2F&q%3D1"));
        QCOMPARE(signatureBaseString("GET", QUrl(u"https://example.net:443"_s), none),
                 QByteArray("GET&https%3A%2F%2Fexample.net%2F&"));
        QCOMPARE(signatureBaseString("GET", QUrl(u"http://example.net/?q=caf%C3%A9+au+lait&a=%2A"_s), none),
                 QByteArray("GET&http%3A%2F%2Fexample.net%2F&a%3D%252A%26q%3Dcaf%25C3%25A9%2520au%2520lait"));
        // Equal names sort by value.
        QCOMPARE(signatureBaseString("GET", QUrl(u"http://example.net/?b=2&a=1&b=1"_s), none),
                 QByteArray("GET&http%3A%2F%2Fexample.net%2F&a%3D1%26b%3D1%26b%3D2"));
    }

    void nonces()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray nonce = oauth1Nonce();
            QCOMPARE(nonce.size(), 20);
            QVERIFY2(std::all_of(nonce.cbegin(), nonce.cend(), [](char c) { return std::isalnum(uchar(c)); }),
                     nonce.constData());
            seen.insert(nonce);
        }
        QCOMPARE(seen.size(), 50);
        QCOMPARE(oauth1Nonce(32).size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestNetSuiteOAuth1)
#include "tst_netsuiteoauth1.moc"
