// Sync throughput benchmark (issue 5, Performance): `ledgerlink-cli sandbox serve` as its own
// process with N synthetic orders (rate limits off), then `ledgerlink-cli run` as a child process
// syncing them end to end with durable audit rows. Prints orders per second, the engine's request
// rate, the engine's peak RSS (getrusage(RUSAGE_CHILDREN).ru_maxrss after the run is reaped; the
// sandbox is still running then, so its memory is not counted), and the raw loopback request rate
// of a minimal keep-alive client (QNetworkAccessManager, 6 connections) against the same sandbox
// endpoint in the same run.
//
//   bench_sync --cli PATH [--orders N ...] [--raw-seconds S]
//
// Several --orders values run one after the other, each in a fresh workspace (memory flat as the
// order count grows: compare the RSS lines).
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpSocket>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <sys/resource.h>

#include "engine/ratelimiter.h"
#include "sandbox/sandboxcredentials.h"

using namespace Qt::StringLiterals;
namespace Credentials = LedgerLink::Sandbox::Credentials;

namespace {

QTextStream out(stdout);

bool writeMapping(const QString &file)
{
    QFile in(QStringLiteral(LEDGERLINK_SOURCE_DIR "/resources/mappings/sandbox.mapping.json"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray tables = root.value(u"lookup_tables"_s).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject table = tables.at(i).toObject();
        if (table.value(u"id"_s).toString() != u"tax_types")
            continue;
        QJsonObject entries = table.value(u"entries"_s).toObject();
        for (const QString &title : {u"MwSt"_s, u"MwSt 19 %"_s, u"VAT 20 %"_s})
            entries.insert(title, u"OUTPUT2"_s);
        for (const QString &title :
             {u"Consumption tax 8 %"_s, u"MWST 8.1 %"_s, u"Reduced VAT 10 %"_s, u"Michigan State Tax 6 %"_s})
            entries.insert(title, u"OUTPUT"_s);
        table.insert(u"entries"_s, entries);
        tables[i] = table;
    }
    root.insert(u"lookup_tables"_s, tables);
    QFile o(file);
    return o.open(QIODevice::WriteOnly) && o.write(QJsonDocument(root).toJson()) > 0;
}

/// Requests per second of a minimal client: 6 keep-alive GETs in flight for `seconds`.
double rawRate(const QUrl &url, double seconds)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setRawHeader("X-Shopify-Access-Token", Credentials::shopAccessToken().toUtf8());
    qint64 done = 0;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    int inFlight = 0;
    std::function<void()> send;
    send = [&] {
        ++inFlight;
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            --inFlight;
            if (reply->error() == QNetworkReply::NoError)
                ++done;
            if (timer.elapsed() < qint64(seconds * 1000))
                send();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < 6; ++i)
        send();
    loop.exec();
    return done * 1000.0 / double(timer.elapsed());
}

/// A minimal HTTP/1.1 client: one keep-alive connection with TCP_NODELAY, requests written by
/// hand, answers read by Content-Length. What a request costs on the wire and in the server alone.
class MinimalClient
{
public:
    bool open(const QUrl &base)
    {
        m_host = base.host().toLatin1() + ':' + QByteArray::number(base.port());
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return m_socket.waitForConnected(5000);
    }

    /// The status, or -1 when the connection failed.
    int send(const QByteArray &method, const QUrl &url,
             const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body = {})
    {
        QByteArray request = method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        if (method != "GET")
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        m_socket.write(request);
        QByteArray answer;
        qsizetype headEnd = -1;
        while ((headEnd = answer.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket.waitForReadyRead(30000))
                return -1;
            answer += m_socket.readAll();
        }
        const QByteArray head = answer.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        while (answer.size() - headEnd - 4 < length) {
            if (!m_socket.waitForReadyRead(30000))
                return -1;
            answer += m_socket.readAll();
        }
        return answer.mid(9, 3).toInt();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_host;
};

struct Replay
{
    int gets = 0;
    int puts = 0;
    double seconds = 0;
    QString error;
};

/**
 * The engine's own requests sent again by the minimal client, one at a time as the engine sends
 * them: every GET it sent (the store's order pages and any ERP read, from its audit rows) and
 * every batch PUT, rebuilt from the per-order audit rows of the batch (grouped by the batch key
 * they name), with new References so that they create new invoices as the engine's did.
 */
Replay replayEngineRequests(const QString &workspace, const QJsonObject &started)
{
    Replay replay;
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
    };
    QList<Request> requests;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"replay"_s);
        db.setDatabaseName(QDir(workspace).filePath(u"state.sqlite"_s));
        if (!db.open()) {
            replay.error = u"cannot open the workspace's state"_s;
            return replay;
        }
        {
            QSqlQuery rows(db);
            rows.exec(u"SELECT request_method, request_url, request_body, error FROM ll_audit "
                      u"WHERE request_method IN ('GET', 'PUT') ORDER BY id"_s);
            QString batch;
            QJsonArray elements;
            QUrl batchUrl;
            const auto flush = [&] {
                if (!elements.isEmpty())
                    requests.append({"PUT", batchUrl,
                                     QJsonDocument(QJsonObject{{u"Invoices"_s, elements}})
                                         .toJson(QJsonDocument::Compact)});
                elements = {};
                batch.clear();
            };
            while (rows.next()) {
                const QByteArray method = rows.value(0).toString().toLatin1();
                const QUrl url(rows.value(1).toString());
                if (method == "GET") {
                    flush();
                    requests.append({method, url, {}});
                    continue;
                }
                const QString key = rows.value(3).toString();
                if (!key.contains(u"(key "_s))
                    continue; // an element the books refused, or a write that was not batched
                if (key != batch)
                    flush();
                batch = key;
                batchUrl = url;
                QJsonObject element = QJsonDocument::fromJson(rows.value(2).toString().toUtf8())
                                          .object()
                                          .value(u"Invoices"_s)
                                          .toArray()
                                          .first()
                                          .toObject();
                element.insert(u"Reference"_s, QString(u"R"_s + element.value(u"Reference"_s).toString()));
                elements.append(element);
            }
            flush();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"replay"_s);

    const QUrl storeBase(started.value(u"store"_s).toObject().value(u"url"_s).toString());
    const QUrl booksBase(started.value(u"books"_s).toObject().value(u"url"_s).toString());
    MinimalClient store;
    MinimalClient books;
    if (!store.open(storeBase) || !books.open(booksBase)) {
        replay.error = u"cannot connect to the sandbox"_s;
        return replay;
    }
    const QList<std::pair<QByteArray, QByteArray>> storeHeaders{
        {"X-Shopify-Access-Token", Credentials::shopAccessToken().toUtf8()}, {"Accept", "application/json"}};
    QList<std::pair<QByteArray, QByteArray>> booksHeaders{
        {"Authorization", "Bearer " + Credentials::xeroAccessToken().toUtf8()},
        {"xero-tenant-id", Credentials::xeroTenantId().toUtf8()},
        {"Accept", "application/json"},
        {"Content-Type", "application/json"}};
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (const Request &request : std::as_const(requests)) {
        const bool toStore = request.url.port() == storeBase.port();
        QList<std::pair<QByteArray, QByteArray>> headers = toStore ? storeHeaders : booksHeaders;
        if (request.method == "PUT")
            headers.append({"Idempotency-Key", "replay-" + QByteArray::number(++n)});
        const int status = (toStore ? store : books).send(request.method, request.url, headers, request.body);
        if (status < 200 || status >= 300) {
            replay.error = u"%1 %2 answered %3"_s.arg(QString::fromLatin1(request.method), request.url.path())
                               .arg(status);
            return replay;
        }
        (request.method == "GET" ? replay.gets : replay.puts) += 1;
    }
    replay.seconds = timer.elapsed() / 1000.0;
    return replay;
}

int runOnce(const QString &cli, int orders, double rawSeconds)
{
    QTemporaryDir home;
    const QString workspace = home.filePath(u"W"_s);
    QDir().mkpath(workspace);
    if (!writeMapping(QDir(workspace).filePath(u"mapping.json"_s))) {
        out << "cannot write the mapping\n";
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"LEDGERLINK_WORKSPACES_DIR"_s, home.filePath(u"workspaces"_s));

    QProcess sandbox;
    sandbox.setProcessEnvironment(env);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(cli,
                  {u"sandbox"_s, u"serve"_s, u"--workspace"_s, workspace, u"--orders"_s,
                   QString::number(orders), u"--rate-limits"_s, u"off"_s, u"--json"_s});
    QElapsedTimer startup;
    startup.start();
    while (!sandbox.canReadLine() && startup.elapsed() < 300000)
        sandbox.waitForReadyRead(1000);
    const QJsonObject started = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QString storeUrl = started.value(u"store"_s).toObject().value(u"url"_s).toString();
    if (storeUrl.isEmpty()) {
        out << "the sandbox did not start\n";
        sandbox.kill();
        sandbox.waitForFinished();
        return 1;
    }
    out << "sandbox (separate process): " << orders << " synthetic orders, started in "
        << startup.elapsed() / 1000.0 << " s\n";
    out.flush();

    QProcess engine;
    engine.setProcessEnvironment(env);
    engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    engine.start(cli, {u"run"_s, u"--workspace"_s, workspace, u"--json"_s});
    engine.waitForFinished(-1);
    const double wallSeconds = wall.elapsed() / 1000.0;
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage); // the sandbox still runs: only the engine's run is counted
    const QJsonObject result = QJsonDocument::fromJson(engine.readAllStandardOutput()).object();
    const double elapsed = result.value(u"elapsed_ms"_s).toDouble() / 1000.0;
    const int created = result.value(u"created"_s).toInt();
    const int read = result.value(u"orders_read"_s).toInt();
    const double requests = result.value(u"requests"_s).toDouble();

    const Replay replay = replayEngineRequests(workspace, started);
    const double raw =
        rawRate(QUrl(storeUrl + u"/admin/api/2024-04/orders.json?limit=250&status=any"_s), rawSeconds);

    out << "engine run: exit " << engine.exitCode() << ", " << read << " orders read, " << created
        << " created, " << result.value(u"dead"_s).toInt() << " dead, " << requests << " requests, "
        << elapsed << " s in the engine (" << wallSeconds << " s wall incl. process start)\n";
    out << "orders/s: " << (elapsed > 0 ? read / elapsed : 0) << " (target >= 1000)\n";
    const double engineRate = elapsed > 0 ? requests / elapsed : 0;
    if (!replay.error.isEmpty()) {
        out << "replay of the engine's requests failed: " << replay.error << "\n";
    } else {
        const double replayRate = replay.seconds > 0 ? (replay.gets + replay.puts) / replay.seconds : 0;
        out << "engine request rate: " << engineRate << " req/s; the same " << replay.gets << " GET + "
            << replay.puts << " PUT requests from a minimal client (one keep-alive connection each, as the "
            << "engine): " << replay.seconds << " s, " << replayRate << " req/s; ratio "
            << (replayRate > 0 ? 100.0 * engineRate / replayRate : 0) << " % (target >= 50 %)\n";
    }
    out << "for reference, small requests: raw loopback rate (GET orders.json?limit=250, 6 keep-alive "
        << "connections, " << rawSeconds << " s): " << raw << " req/s\n";
    out << "engine peak RSS: " << usage.ru_maxrss / 1024.0 << " MB (target < 200 MB)\n";
    out.flush();

    sandbox.terminate();
    if (!sandbox.waitForFinished(10000))
        sandbox.kill();
    return engine.exitStatus() == QProcess::NormalExit ? 0 : 1;
}

/**
 * Quota use: `sandbox serve --rate-limits on` (the store allows 2 req/s, bucket 40) and N GETs
 * (orders.json?limit=1) sent one after the other through the engine's RateLimiter with the
 * shopifyRest profile, adapting from the responses' headers. Allowed in T seconds: 40 + 2 T.
 */
int quota(const QString &cli, int count)
{
    QTemporaryDir home;
    const QString workspace = home.filePath(u"W"_s);
    QDir().mkpath(workspace);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"LEDGERLINK_WORKSPACES_DIR"_s, home.filePath(u"workspaces"_s));
    QProcess sandbox;
    sandbox.setProcessEnvironment(env);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(
        cli,
        {u"sandbox"_s, u"serve"_s, u"--workspace"_s, workspace, u"--rate-limits"_s, u"on"_s, u"--json"_s});
    while (!sandbox.canReadLine() && sandbox.waitForReadyRead(60000)) { }
    const QString storeUrl = QJsonDocument::fromJson(sandbox.readLine())
                                 .object()
                                 .value(u"store"_s)
                                 .toObject()
                                 .value(u"url"_s)
                                 .toString();
    if (storeUrl.isEmpty()) {
        out << "the sandbox did not start\n";
        sandbox.kill();
        sandbox.waitForFinished();
        return 1;
    }
    LedgerLink::Engine::RateLimiter limiter(LedgerLink::Engine::RateLimitProfile::shopifyRest());
    const QString key = u"shopify"_s;
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(storeUrl + u"/admin/api/2024-04/orders.json?limit=1"_s));
    request.setRawHeader("X-Shopify-Access-Token", Credentials::shopAccessToken().toUtf8());
    int sent = 0, ok = 0, tooMany = 0, other = 0;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    std::function<void()> next;
    next = [&] {
        if (sent == count) {
            loop.quit();
            return;
        }
        const std::optional<std::chrono::milliseconds> wait = limiter.acquire(key);
        QTimer::singleShot(wait ? *wait : std::chrono::milliseconds(10), &loop, [&, wait] {
            if (!wait) {
                next();
                return;
            }
            ++sent;
            QNetworkReply *reply = manager.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                limiter.observeResponse(key, reply->rawHeaderPairs());
                limiter.release(key);
                if (status == 429)
                    ++tooMany;
                else if (status == 200)
                    ++ok;
                else
                    ++other;
                reply->deleteLater();
                next();
            });
        });
    };
    next();
    loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    const double allowed = 40 + 2 * seconds;
    out << "quota: " << sent << " requests in " << seconds << " s through RateLimiter(shopifyRest) against "
        << "the sandbox store at 2 req/s, bucket 40: " << ok << " x 200, " << tooMany << " x 429, " << other
        << " other; allowed in that time 40 + 2 x " << seconds << " = " << allowed << "; use "
        << 100.0 * sent / allowed << " % (target >= 95 %, zero 429)\n";
    out.flush();
    sandbox.terminate();
    if (!sandbox.waitForFinished(10000))
        sandbox.kill();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString cli;
    QList<int> orders;
    double rawSeconds = 3;
    int quotaRequests = 0;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--cli")
            cli = args.at(i + 1);
        else if (args.at(i) == u"--orders")
            orders << args.at(i + 1).toInt();
        else if (args.at(i) == u"--quota")
            quotaRequests = args.at(i + 1).toInt();
        else if (args.at(i) == u"--raw-seconds")
            rawSeconds = args.at(i + 1).toDouble();
    }
    if (cli.isEmpty()) {
        out << "usage: bench_sync --cli PATH [--orders N ...] [--raw-seconds S] | --quota N\n";
        return 2;
    }
    if (quotaRequests > 0)
        return quota(cli, quotaRequests);
    if (orders.isEmpty())
        orders << 20000;
    int status = 0;
    for (int n : std::as_const(orders))
        status |= runOnce(cli, n, rawSeconds);
    return status;
}
