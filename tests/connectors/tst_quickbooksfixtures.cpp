// Recorded connector fixtures (tests/connectors/fixtures/<connector>/*.json) must be copies of the
// vendor's published examples and say where they come from. This test checks every connector's
// fixtures for a source (https URL and section) and a well-formed request/response or webhook
// payload, and checks the QuickBooks Online fixtures for their Fault and entity envelopes.
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QString connector; // the fixture folder's name, e.g. "quickbooks"
    QString name; // path relative to the fixtures root, for messages
    QJsonObject object;
    QString parseError; // empty when the file is a JSON object
};

QString fixturesRoot()
{
    return QStringLiteral(LEDGERLINK_SOURCE_DIR "/tests/connectors/fixtures");
}

QList<Fixture> loadFixtures()
{
    QList<Fixture> fixtures;
    const QDir root(fixturesRoot());
    QDirIterator it(root.path(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Fixture fixture;
        fixture.name = root.relativeFilePath(path);
        fixture.connector = fixture.name.section(u'/', 0, 0);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fixture.parseError = u"cannot open"_s;
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (error.error != QJsonParseError::NoError)
                fixture.parseError = error.errorString();
            else if (!document.isObject())
                fixture.parseError = u"not a JSON object"_s;
            else
                fixture.object = document.object();
        }
        fixtures.append(fixture);
    }
    std::sort(fixtures.begin(), fixtures.end(),
              [](const Fixture &a, const Fixture &b) { return a.name < b.name; });
    return fixtures;
}

bool isWebhook(const QJsonObject &fixture)
{
    return fixture.value(u"kind"_s).toString() == u"webhook"_s;
}

// The QuickBooks Online entities (and envelopes) a fixture's response body may carry at top level.
const QStringList &quickbooksTopLevelKeys()
{
    static const QStringList keys = {u"Invoice"_s,       u"CreditMemo"_s,        u"Payment"_s,
                                     u"RefundReceipt"_s, u"Customer"_s,          u"Item"_s,
                                     u"QueryResponse"_s, u"BatchItemResponse"_s, u"Fault"_s};
    return keys;
}

// Problems with one Fault object ({"Error": [{"code": ...}], "type": ...}); empty when well formed.
QStringList faultProblems(const QJsonObject &fault)
{
    QStringList problems;
    if (fault.value(u"type"_s).toString().isEmpty())
        problems << u"Fault.type missing"_s;
    const QJsonArray errors = fault.value(u"Error"_s).toArray();
    if (errors.isEmpty())
        problems << u"Fault.Error missing or empty"_s;
    for (const QJsonValue &error : errors) {
        if (error.toObject().value(u"code"_s).toString().isEmpty())
            problems << u"Fault.Error[].code missing"_s;
    }
    return problems;
}

} // namespace

class TestQuickBooksFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quickbooksFixturesArePresent();
    void quickbooksFixturesParseAsObjects();
    void quickbooksFixturesNameTheirSource();
    void quickbooksFixturesCarryAResponseOrWebhookPayload();
    void quickbooksFixtureRequestsHaveMethodAndPath();
    void quickbooksFaultFixturesCarryCodeAndType();
    void quickbooksEntityResponsesUseKnownEntityNames();

private:
    QList<Fixture> m_fixtures;
};

void TestQuickBooksFixtures::initTestCase()
{
    QVERIFY2(QDir(fixturesRoot()).exists(), qPrintable(fixturesRoot()));
    m_fixtures = loadFixtures();
}

void TestQuickBooksFixtures::quickbooksFixturesArePresent()
{
    QVERIFY2(!m_fixtures.isEmpty(), "no fixture under tests/connectors/fixtures");
    const auto quickbooks = std::count_if(m_fixtures.cbegin(), m_fixtures.cend(),
                                          [](const Fixture &f) { return f.connector == u"quickbooks"_s; });
    QVERIFY2(quickbooks > 0, "no fixture under tests/connectors/fixtures/quickbooks");
}

void TestQuickBooksFixtures::quickbooksFixturesParseAsObjects()
{
    QStringList failures;
    for (const Fixture &fixture : std::as_const(m_fixtures)) {
        if (!fixture.parseError.isEmpty())
            failures << fixture.name + u": "_s + fixture.parseError;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

void TestQuickBooksFixtures::quickbooksFixturesNameTheirSource()
{
    QStringList failures;
    for (const Fixture &fixture : std::as_const(m_fixtures)) {
        const QJsonObject source = fixture.object.value(u"source"_s).toObject();
        const QUrl url(source.value(u"url"_s).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty())
            failures << fixture.name + u": source.url is not an https URL"_s;
        if (source.value(u"section"_s).toString().trimmed().isEmpty())
            failures << fixture.name + u": source.section is empty"_s;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

void TestQuickBooksFixtures::quickbooksFixturesCarryAResponseOrWebhookPayload()
{
    QStringList failures;
    for (const Fixture &fixture : std::as_const(m_fixtures)) {
        if (isWebhook(fixture.object)) {
            if (!fixture.object.value(u"payload"_s).isObject())
                failures << fixture.name + u": webhook fixture without a payload object"_s;
            continue;
        }
        const QJsonObject response = fixture.object.value(u"response"_s).toObject();
        if (!response.value(u"status"_s).isDouble())
            failures << fixture.name + u": response.status is not a number"_s;
        if (!response.contains(u"body"_s))
            failures << fixture.name + u": response.body missing"_s;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

void TestQuickBooksFixtures::quickbooksFixtureRequestsHaveMethodAndPath()
{
    QStringList failures;
    for (const Fixture &fixture : std::as_const(m_fixtures)) {
        if (!fixture.object.contains(u"request"_s))
            continue;
        const QJsonObject request = fixture.object.value(u"request"_s).toObject();
        if (request.value(u"method"_s).toString().isEmpty())
            failures << fixture.name + u": request.method missing"_s;
        if (!request.value(u"path"_s).toString().startsWith(u'/'))
            failures << fixture.name + u": request.path missing or not absolute"_s;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

void TestQuickBooksFixtures::quickbooksFaultFixturesCarryCodeAndType()
{
    QStringList failures;
    int faults = 0;
    for (const Fixture &fixture : std::as_const(m_fixtures)) {
        if (fixture.connector != u"quickbooks"_s)
            continue;
        const QJsonObject body = fixture.object.value(u"response"_s).toObject().value(u"body"_s).toObject();
        QList<QJsonObject> found;
        if (body.contains(u"Fault"_s))
            found << body.value(u"Fault"_s).toObject();
        const QJsonArray items = body.value(u"BatchItemResponse"_s).toArray();
        for (const QJsonValue &item : items) {
            if (item.toObject().contains(u"Fault"_s))
                found << item.toObject().value(u"Fault"_s).toObject();
        }
        for (const QJsonObject &fault : std::as_const(found)) {
            ++faults;
            for (const QString &problem : faultProblems(fault))
                failures << fixture.name + u": "_s + problem;
        }
    }
    QVERIFY2(faults > 0, "no QuickBooks fixture carries a Fault");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

void TestQuickBooksFixtures::quickbooksEntityResponsesUseKnownEntityNames()
{
    QStringList failures;
    for (const Fixture &fixture : std::as_const(m_fixtures)) {
        if (fixture.connector != u"quickbooks"_s || isWebhook(fixture.object))
            continue;
        const QJsonObject body = fixture.object.value(u"response"_s).toObject().value(u"body"_s).toObject();
        QStringList keys = body.keys();
        keys.removeAll(u"time"_s);
        if (keys.size() != 1 || !quickbooksTopLevelKeys().contains(keys.constFirst()))
            failures << fixture.name + u": response.body top level is ["_s + keys.join(u", "_s)
                    + u"], expected one of "_s + quickbooksTopLevelKeys().join(u", "_s);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestQuickBooksFixtures)
#include "tst_quickbooksfixtures.moc"
