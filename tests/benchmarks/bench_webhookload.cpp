// The webhook receiver under a burst (issue 10, "Load"): correctly signed Shopify deliveries at a
// fixed rate (open loop: each request has its due time, and its latency counts from that time, so a
// stalled receiver cannot hide behind a slowed-down client) on 127.0.0.1, with a share of
// redelivered (duplicate) events and a share of wrong signatures. Scenarios:
//
//   reference  a bare QHttpServer (this program with --bare-server, its own process, the same
//              LowDelayTcpServer) answering 200 without work: the floor of the figures;
//   burst      `ledgerlink-cli webhook serve` (its own process, a fresh SQLite workspace,
//              --capacity 100000: room for every event of the run) and no executor: every correctly signed
//              distinct event must become exactly one job; duplicates and wrong signatures none;
//   capacity   the same with --capacity C (default 500) and --retry-after 2, and a stand-in for
//              the engine's executor in this process that runs (leases and completes) D jobs/s
//              (default 100; 10 s of load by default): the receiver must answer 503 with Retry-After beyond
//              the capacity, and after the client's redeliveries every distinct event is one job, none lost;
//   lag        the receiver in this process on its own QThread (as the engine thread hosts it),
//              the same load from a third thread, and a 10 ms precise timer on the main thread:
//              how late its ticks come (idle first, then under the load; 20 s by default).
//
// After burst and capacity the state store is checked (jobs per event id, ledger keys, audit rows).
// Prints offered and accepted deliveries/s, p50/p99/max latency, the receiver's peak RSS (VmHWM),
// the ratios to the reference, and the main-thread lag. Asserts nothing; exit 1 when a check of the
// store fails (a lost or duplicated event), 2 when it cannot run.
//
//   bench_webhookload --cli PATH [--rate R] [--seconds S] [--capacity-seconds S] [--lag-seconds S]
//                     [--capacity C] [--drain D] [--duplicates F] [--bad F] [--only NAME]...
//   bench_webhookload --bare-server        (the reference server; prints {"port":N})
#include "net/lowdelaytcpserver.h"
#include "net/webhookreceiver.h"
#include "net/webhooksignature.h"
#include "store/jobqueue.h"
#include "store/statestore.h"
#include "store/storelocation.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
namespace Net = LedgerLink::Net;
namespace Store = LedgerLink::Store;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// VmHWM (peak resident set) of a process in MiB, from /proc; -1 when unreadable.
double peakRssMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

/// What one load run measured.
struct LoadFigures
{
    qint64 planned = 0; ///< deliveries planned (first attempts)
    qint64 sent = 0; ///< requests sent, redeliveries included
    qint64 redeliveries = 0;
    QHash<int, qint64> statuses; ///< answers by HTTP status (0: no answer)
    qint64 queuedAnswers = 0; ///< 200 with result "queued"
    qint64 duplicateAnswers = 0; ///< 200 with result "duplicate"
    qint64 retryAfterMissing = 0; ///< 503 without a Retry-After header
    QList<double> latencyMs; ///< every answer, from the request's due time
    double offeredSeconds = 0; ///< from the first due time to the last first attempt's
    double totalSeconds = 0; ///< until the last answer (redeliveries included)
    QHash<QByteArray, int> queuedPerEvent; ///< "queued" answers per event id
    QSet<QByteArray> goodEvents; ///< distinct correctly signed event ids sent
    QSet<QByteArray> badEvents; ///< event ids only ever sent with a wrong signature
    bool unfinished = false; ///< deliveries still unaccepted at the deadline
};

/// Sends correctly signed Shopify deliveries at a fixed rate, redelivers after 503 (honouring
/// Retry-After), 500 or a connection error, and notes every answer. Lives in one thread.
class LoadGenerator final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl url;
        QByteArray secret;
        double rate = 500;
        double seconds = 60;
        double duplicateShare = 0.10;
        double badShare = 0.05;
        double deadlineSeconds = 120; ///< after the last first attempt: give up redelivering
        quint32 seed = 20261129;
    };

    LoadGenerator(Config config, const QByteArray &payload)
        : m_config(std::move(config))
    {
        // The vendor's order sample, compact, with a placeholder for each delivery's order id.
        QJsonObject order = QJsonDocument::fromJson(payload).object();
        order.insert(u"id"_s, 987654321987654.0);
        const QByteArray compact = QJsonDocument(order).toJson(QJsonDocument::Compact);
        const qsizetype at = compact.indexOf("987654321987654");
        m_prefix = compact.left(at);
        m_suffix = compact.mid(at + 15);
    }

    LoadFigures figures() const { return m_figures; }
    qint64 bodyBytes() const { return m_prefix.size() + m_suffix.size() + 9; }

public slots:
    void start()
    {
        m_network = new QNetworkAccessManager(this);
        QRandomGenerator random(m_config.seed);
        const auto count = qint64(m_config.rate * m_config.seconds);
        m_plan.reserve(count);
        QList<qint64> goodSoFar;
        for (qint64 i = 0; i < count; ++i) {
            Planned p;
            const double draw = random.generateDouble();
            if (draw < m_config.duplicateShare && !goodSoFar.isEmpty()) {
                p.orderId = goodSoFar.at(random.bounded(qint64(goodSoFar.size())));
            } else if (draw < m_config.duplicateShare + m_config.badShare) {
                p.orderId = 800000000 + i;
                p.badSignature = true;
            } else {
                p.orderId = 100000000 + i;
                goodSoFar.append(p.orderId);
            }
            m_plan.append(p);
        }
        m_figures.planned = count;
        m_tick = new QTimer(this);
        m_tick->setTimerType(Qt::PreciseTimer);
        m_tick->setInterval(1);
        connect(m_tick, &QTimer::timeout, this, &LoadGenerator::tick);
        m_clock.start();
        m_tick->start();
    }

signals:
    void finished();

private:
    struct Planned
    {
        qint64 orderId = 0;
        bool badSignature = false;
    };
    struct Retry
    {
        qint64 dueNs = 0;
        qint64 orderId = 0;
    };

    qint64 periodNs() const { return qint64(1e9 / m_config.rate); }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        while (m_next < m_plan.size() && m_next * periodNs() <= now) {
            const Planned &p = m_plan.at(m_next);
            send(p.orderId, p.badSignature, m_next * periodNs(), false);
            ++m_next;
        }
        if (m_next == m_plan.size() && m_lastFirstNs == 0)
            m_lastFirstNs = now;
        for (qsizetype i = 0; i < m_retries.size();) {
            if (m_retries.at(i).dueNs <= now) {
                const Retry retry = m_retries.takeAt(i);
                send(retry.orderId, false, retry.dueNs, true);
            } else {
                ++i;
            }
        }
        const bool deadline =
            m_lastFirstNs > 0 && now - m_lastFirstNs > qint64(m_config.deadlineSeconds * 1e9);
        if (m_next == m_plan.size() && m_inFlight == 0 && (m_retries.isEmpty() || deadline)) {
            m_tick->stop();
            m_figures.unfinished = !m_retries.isEmpty();
            m_figures.offeredSeconds = double(m_lastFirstNs) / 1e9;
            m_figures.totalSeconds = double(m_lastAnswerNs) / 1e9;
            emit finished();
        }
    }

    void send(qint64 orderId, bool badSignature, qint64 dueNs, bool redelivery)
    {
        const QByteArray eventId = (badSignature ? "bad-" : "evt-") + QByteArray::number(orderId);
        const QByteArray body = m_prefix + QByteArray::number(orderId) + m_suffix;
        QByteArray signature = Net::computeSignature(Net::WebhookVendor::Shopify, m_config.secret, body);
        if (badSignature)
            signature = Net::computeSignature(Net::WebhookVendor::Shopify, "not-the-secret", body);
        (badSignature ? m_figures.badEvents : m_figures.goodEvents).insert(eventId);
        QNetworkRequest request(m_config.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("X-Shopify-Hmac-Sha256", signature);
        request.setRawHeader("X-Shopify-Webhook-Id", eventId);
        request.setRawHeader("X-Shopify-Topic", "orders/create");
        request.setRawHeader("X-Shopify-Shop-Domain", "bench.myshopify.com");
        QNetworkReply *reply = m_network->post(request, body);
        ++m_inFlight;
        ++m_figures.sent;
        if (redelivery)
            ++m_figures.redeliveries;
        connect(reply, &QNetworkReply::finished, this, [this, reply, eventId, orderId, badSignature, dueNs] {
            reply->deleteLater();
            --m_inFlight;
            const qint64 now = m_clock.nsecsElapsed();
            m_lastAnswerNs = now;
            m_figures.latencyMs.append(double(now - dueNs) / 1e6);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++m_figures.statuses[status];
            const QString result =
                QJsonDocument::fromJson(reply->readAll()).object().value(u"result"_s).toString();
            if (status == 200 && result == u"queued") {
                ++m_figures.queuedAnswers;
                ++m_figures.queuedPerEvent[eventId];
            } else if (status == 200 && result == u"duplicate") {
                ++m_figures.duplicateAnswers;
            }
            if (badSignature)
                return; // the vendor would not redeliver a delivery we refused as forged: neither do we
            if (status == 503 || status == 500 || status == 0) {
                int seconds = 1;
                if (status == 503) {
                    bool ok = false;
                    seconds = reply->rawHeader("Retry-After").toInt(&ok);
                    if (!ok) {
                        ++m_figures.retryAfterMissing;
                        seconds = 1;
                    }
                }
                m_retries.append({now + qint64(seconds) * 1000000000, orderId});
            }
        });
    }

    Config m_config;
    QByteArray m_prefix;
    QByteArray m_suffix;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_clock;
    QList<Planned> m_plan;
    qsizetype m_next = 0;
    QList<Retry> m_retries;
    qint64 m_inFlight = 0;
    qint64 m_lastFirstNs = 0;
    qint64 m_lastAnswerNs = 0;
    LoadFigures m_figures;
};

/// Runs `generator` on the calling thread until it finishes.
LoadFigures runLoad(LoadGenerator &generator)
{
    QEventLoop loop;
    QObject::connect(&generator, &LoadGenerator::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &generator, &LoadGenerator::start);
    loop.exec();
    return generator.figures();
}

struct Row
{
    QString name;
    LoadFigures load;
    double rssMiB = -1;
};

void printRow(const Row &row)
{
    const LoadFigures &f = row.load;
    const double accepted = f.offeredSeconds > 0 ? double(f.statuses.value(200)) / f.totalSeconds : 0;
    out() << qSetFieldWidth(0)
          << u"%1: %2 deliveries planned at %3/s over %4 s; %5 requests (%6 redeliveries) in %7 s\n"_s
                 .arg(row.name)
                 .arg(f.planned)
                 .arg(double(f.planned) / std::max(0.001, f.offeredSeconds), 0, 'f', 1)
                 .arg(f.offeredSeconds, 0, 'f', 1)
                 .arg(f.sent)
                 .arg(f.redeliveries)
                 .arg(f.totalSeconds, 0, 'f', 1);
    QStringList statuses;
    QList<int> keys = f.statuses.keys();
    std::sort(keys.begin(), keys.end());
    for (const int status : keys)
        statuses.append(u"%1 × %2"_s.arg(f.statuses.value(status)).arg(status));
    out() << u"  answers: %1; queued %2, duplicate %3; 200s/s %4; 503 without Retry-After: %5\n"_s
                 .arg(statuses.join(u", "_s))
                 .arg(f.queuedAnswers)
                 .arg(f.duplicateAnswers)
                 .arg(accepted, 0, 'f', 1)
                 .arg(f.retryAfterMissing);
    out() << u"  latency from due time: p50 %1 ms, p99 %2 ms, max %3 ms; peak RSS %4 MiB\n"_s
                 .arg(percentile(f.latencyMs, 0.50), 0, 'f', 2)
                 .arg(percentile(f.latencyMs, 0.99), 0, 'f', 2)
                 .arg(percentile(f.latencyMs, 1.0), 0, 'f', 2)
                 .arg(row.rssMiB, 0, 'f', 1)
          << Qt::flush;
}

/// Starts `program arguments`, waits for its first stdout line (JSON with "port").
std::unique_ptr<QProcess> startServer(const QString &program, const QStringList &arguments, quint16 *port)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(program, arguments);
    if (!process->waitForStarted(30000))
        return nullptr;
    QByteArray line;
    while (!line.contains('\n') && process->waitForReadyRead(60000))
        line += process->readAllStandardOutput();
    *port = quint16(QJsonDocument::fromJson(line.trimmed()).object().value(u"port"_s).toInt());
    if (*port == 0) {
        out() << "server did not start: " << line << process->readAllStandardError() << Qt::endl;
        return nullptr;
    }
    return process;
}

/// Stops a server process with SIGTERM; returns its remaining stdout.
QByteArray stopServer(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!process.waitForFinished(60000))
        process.kill();
    return process.readAllStandardOutput();
}

/// Checks the store against what the generator sent; prints the findings; false on a loss or
/// a duplicate.
bool verifyStore(const QString &workspace, const LoadFigures &load)
{
    Store::StateStore store(Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)));
    if (!store.open()) {
        out() << "  cannot open the state store of " << workspace << Qt::endl;
        return false;
    }
    auto db = store.database();
    QHash<QByteArray, int> jobsPerEvent;
    auto query = store.exec(db.value(),
                            u"SELECT json_extract(payload, '$.event_id'), count(*) FROM ll_jobs "
                            u"WHERE kind = 'webhook.shopify' GROUP BY 1"_s,
                            {}, u"counting jobs per event"_s);
    if (!query) {
        out() << "  " << query.error().message << Qt::endl;
        return false;
    }
    qint64 jobs = 0;
    while (query.value().next()) {
        jobsPerEvent.insert(query.value().value(0).toString().toUtf8(), query.value().value(1).toInt());
        jobs += query.value().value(1).toInt();
    }
    qint64 lost = 0;
    qint64 twice = 0;
    qint64 forged = 0;
    for (const QByteArray &id : load.goodEvents) {
        const int n = jobsPerEvent.value(id);
        lost += n == 0 ? 1 : 0;
        twice += n > 1 ? 1 : 0;
    }
    for (const QByteArray &id : load.badEvents)
        forged += jobsPerEvent.contains(id) ? 1 : 0;
    qint64 queuedTwice = 0;
    for (auto it = load.queuedPerEvent.cbegin(); it != load.queuedPerEvent.cend(); ++it)
        queuedTwice += it.value() > 1 ? 1 : 0;
    auto ledger = store.exec(db.value(),
                             u"SELECT count(*) FROM ll_idempotency WHERE idem_key LIKE 'webhook:shopify:%'"_s,
                             {}, u"counting ledger keys"_s);
    const qint64 ledgerKeys = ledger && ledger.value().next() ? ledger.value().value(0).toLongLong() : -1;
    auto audit = store.exec(
        db.value(), u"SELECT result, count(*) FROM ll_audit WHERE object_type = 'webhook' GROUP BY 1"_s, {},
        u"counting audit rows"_s);
    QStringList auditCounts;
    while (audit && audit.value().next())
        auditCounts.append(
            u"%1 %2"_s.arg(audit.value().value(0).toString()).arg(audit.value().value(1).toLongLong()));
    auditCounts.sort();
    const auto counts = Store::JobQueue(store).counts();
    QStringList states;
    if (counts) {
        for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
            states.append(u"%1 %2"_s.arg(Store::nameOf(it.key())).arg(it.value()));
        states.sort();
    }
    const bool ok = lost == 0 && twice == 0 && forged == 0 && queuedTwice == 0 && !load.unfinished
        && ledgerKeys == qint64(load.goodEvents.size()) && jobs == qint64(load.goodEvents.size());
    out() << u"  store: %1 distinct correctly signed events sent, %2 jobs (%3), %4 ledger keys; lost %5, "
             u"enqueued twice %6, forged enqueued %7, answered \"queued\" twice %8%9\n"_s
                 .arg(load.goodEvents.size())
                 .arg(jobs)
                 .arg(states.join(u", "_s))
                 .arg(ledgerKeys)
                 .arg(lost)
                 .arg(twice)
                 .arg(forged)
                 .arg(queuedTwice)
                 .arg(load.unfinished ? u"; UNFINISHED at the deadline"_s : QString())
          << u"  audit rows: %1\n"_s.arg(auditCounts.join(u", "_s))
          << u"  check: %1\n"_s.arg(ok ? u"PASS"_s : u"FAIL"_s) << Qt::flush;
    return ok;
}

/// The engine's executor, roughly: leases and completes up to `perSecond` webhook jobs a second.
class Drainer final : public QObject
{
public:
    Drainer(const QString &workspace, int perSecond)
        : m_store(Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)))
        , m_perTick(std::max(1, perSecond / 10))
    {
        m_ok = bool(m_store.open());
        connect(&m_timer, &QTimer::timeout, this, [this] {
            Store::JobQueue queue(m_store);
            const auto leased = queue.lease(u"bench-executor"_s, m_perTick, 60s);
            if (!leased)
                return;
            for (const Store::Job &job : leased.value()) {
                if (queue.complete(job.id, u"bench-executor"_s))
                    ++m_done;
            }
        });
    }
    bool ok() const { return m_ok; }
    void start() { m_timer.start(100); }
    void stop() { m_timer.stop(); }
    qint64 done() const { return m_done; }

private:
    Store::StateStore m_store;
    QTimer m_timer;
    int m_perTick;
    bool m_ok = false;
    qint64 m_done = 0;
};

QByteArray samplePayload()
{
    QFile file(QStringLiteral(LEDGERLINK_SHARED_DIR "/peers/payloads/shopify-order-2024-04-450789469.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int bareServer()
{
    QHttpServer server;
    server.route(u"/webhooks/shopify"_s, QHttpServerRequest::Method::Post, [] {
        return QHttpServerResponse(QJsonObject{{u"result"_s, u"queued"_s}},
                                   QHttpServerResponse::StatusCode::Ok);
    });
    auto *tcp = new Net::LowDelayTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return 2;
    server.bind(tcp);
    out() << QJsonDocument(QJsonObject{{u"port"_s, int(tcp->serverPort())}}).toJson(QJsonDocument::Compact)
          << Qt::endl;
    return QCoreApplication::exec();
}

/// A receiver in its own thread with its own store, as the engine thread hosts it.
class ReceiverThread
{
public:
    ReceiverThread(const QString &workspace, const QByteArray &secret)
        : m_store(Store::StoreLocation::sqlite(QDir(workspace).filePath(u"state.sqlite"_s)))
    {
        if (!m_store.open())
            return;
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, secret] {
                m_receiver = new Net::WebhookReceiver(m_store, &m_context);
                m_receiver->setSecret(Net::WebhookVendor::Shopify, secret);
                if (m_receiver->listen(QHostAddress::LocalHost, 0))
                    m_port = m_receiver->port();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ReceiverThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_receiver; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    Store::StateStore m_store;
    QThread m_thread;
    QObject m_context;
    Net::WebhookReceiver *m_receiver = nullptr;
    quint16 m_port = 0;
};

/// Lag of the main thread's event loop: a 10 ms precise timer noting how late each tick comes.
struct LagFigures
{
    qint64 ticks = 0;
    double p50 = 0, p99 = 0, max = 0;
    qint64 over16 = 0, over50 = 0;
};

LagFigures measureLag(QEventLoop &loop)
{
    QList<double> lags;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0)
            lags.append(std::max(0.0, double(now - last) / 1e6 - 10.0));
        last = now;
    });
    clock.start();
    probe.start();
    loop.exec();
    LagFigures f;
    f.ticks = lags.size();
    f.p50 = percentile(lags, 0.5);
    f.p99 = percentile(lags, 0.99);
    f.max = percentile(lags, 1.0);
    f.over16 = std::count_if(lags.cbegin(), lags.cend(), [](double l) { return l > 16; });
    f.over50 = std::count_if(lags.cbegin(), lags.cend(), [](double l) { return l > 50; });
    return f;
}

void printLag(const QString &name, const LagFigures &f)
{
    out() << u"  %1: %2 ticks of 10 ms; lag p50 %3 ms, p99 %4 ms, max %5 ms; over 16 ms %6, over 50 ms %7\n"_s
                 .arg(name)
                 .arg(f.ticks)
                 .arg(f.p50, 0, 'f', 2)
                 .arg(f.p99, 0, 'f', 2)
                 .arg(f.max, 0, 'f', 2)
                 .arg(f.over16)
                 .arg(f.over50)
          << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"bare-server"_s, u"Run the reference server (a bare QHttpServer) and print its port."_s},
        {u"cli"_s, u"The ledgerlink-cli to run `webhook serve` with."_s, u"path"_s},
        {u"rate"_s, u"Deliveries per second (500)."_s, u"n"_s, u"500"_s},
        {u"seconds"_s, u"Seconds of load for reference, burst and lag (60)."_s, u"s"_s, u"60"_s},
        {u"capacity-seconds"_s, u"Seconds of load for the capacity scenario (10)."_s, u"s"_s, u"10"_s},
        {u"lag-seconds"_s, u"Seconds of load for the lag scenario (20)."_s, u"s"_s, u"20"_s},
        {u"capacity"_s, u"The receiver's capacity in the capacity scenario (500)."_s, u"n"_s, u"500"_s},
        {u"drain"_s, u"Jobs per second the stand-in executor runs in the capacity scenario (100)."_s, u"n"_s,
         u"100"_s},
        {u"duplicates"_s, u"Share of deliveries that redeliver an earlier event (0.10)."_s, u"f"_s,
         u"0.10"_s},
        {u"bad"_s, u"Share of deliveries with a wrong signature (0.05)."_s, u"f"_s, u"0.05"_s},
        {u"only"_s, u"Run only this scenario (reference, burst, capacity, lag); repeatable."_s, u"name"_s},
    });
    parser.process(app);
    if (parser.isSet(u"bare-server"_s))
        return bareServer();

    const QString cli = parser.value(u"cli"_s);
    const QByteArray payload = samplePayload();
    if (payload.isEmpty() || (cli.isEmpty() && parser.values(u"only"_s) != QStringList{u"lag"_s})) {
        out() << "bench_webhookload: needs --cli PATH and the shared payloads (" LEDGERLINK_SHARED_DIR ")"
              << Qt::endl;
        return 2;
    }
    const QStringList only = parser.values(u"only"_s);
    const auto wanted = [&](const QString &name) {
        return only.isEmpty() || only.contains(name);
    };
    const double rate = parser.value(u"rate"_s).toDouble();
    const double seconds = parser.value(u"seconds"_s).toDouble();
    const QByteArray secret = "bench-shopify-secret-made-up";
    QTemporaryDir scratch;
    const QString secretFile = scratch.filePath(u"shopify.secret"_s);
    {
        QFile file(secretFile);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(secret + '\n');
    }
    LoadGenerator::Config base;
    base.secret = secret;
    base.rate = rate;
    base.seconds = seconds;
    base.duplicateShare = parser.value(u"duplicates"_s).toDouble();
    base.badShare = parser.value(u"bad"_s).toDouble();

    out()
        << u"bench_webhookload: %1 deliveries/s, %2 % duplicates, %3 % wrong signatures, Shopify order body "
           u"%4 bytes; %5, %6 cores, Qt %7, load average at start: %8\n"_s.arg(rate)
               .arg(base.duplicateShare * 100)
               .arg(base.badShare * 100)
               .arg(LoadGenerator(base, payload).bodyBytes())
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount())
               .arg(QString::fromLatin1(qVersion()))
               .arg([] {
                   QFile f(u"/proc/loadavg"_s);
                   return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed())
                                                      : QString();
               }())
        << Qt::flush;

    bool allOk = true;
    std::optional<Row> reference;
    std::optional<Row> burst;
    if (wanted(u"reference"_s)) {
        quint16 port = 0;
        auto server = startServer(QCoreApplication::applicationFilePath(), {u"--bare-server"_s}, &port);
        if (!server)
            return 2;
        LoadGenerator::Config config = base;
        config.url = QUrl(u"http://127.0.0.1:%1/webhooks/shopify"_s.arg(port));
        LoadGenerator generator(config, payload);
        Row row{u"reference (bare QHttpServer, 200 without work)"_s, runLoad(generator), -1};
        row.rssMiB = peakRssMiB(server->processId());
        stopServer(*server);
        printRow(row);
        reference = row;
    }
    const auto serveScenario = [&](const QString &name, const QStringList &extra, double loadSeconds,
                                   int drainPerSecond) -> std::optional<Row> {
        const QString workspace = scratch.filePath(name);
        QDir().mkpath(workspace);
        quint16 port = 0;
        auto server = startServer(cli,
                                  QStringList{u"webhook"_s, u"serve"_s, u"--workspace"_s, workspace,
                                              u"--shopify-secret-file"_s, secretFile, u"--json"_s}
                                      + extra,
                                  &port);
        if (!server)
            return std::nullopt;
        std::unique_ptr<Drainer> drainer;
        if (drainPerSecond > 0) {
            drainer = std::make_unique<Drainer>(workspace, drainPerSecond);
            if (!drainer->ok())
                return std::nullopt;
            drainer->start();
        }
        LoadGenerator::Config config = base;
        config.seconds = loadSeconds;
        config.url = QUrl(u"http://127.0.0.1:%1/webhooks/shopify"_s.arg(port));
        LoadGenerator generator(config, payload);
        Row row{u"%1 (ledgerlink-cli webhook serve %2)"_s.arg(name, extra.join(u' ')), runLoad(generator),
                -1};
        row.rssMiB = peakRssMiB(server->processId());
        if (drainer)
            drainer->stop();
        const QByteArray last = stopServer(*server).trimmed().split('\n').constLast();
        printRow(row);
        out() << u"  receiver's own count: %1\n"_s.arg(QString::fromUtf8(last));
        if (drainer)
            out() << u"  stand-in executor completed %1 jobs\n"_s.arg(drainer->done());
        allOk = verifyStore(workspace, row.load) && allOk;
        return row;
    };
    if (wanted(u"burst"_s)) {
        // Room for every event of the run: this scenario checks exactly-once, not back-pressure.
        burst = serveScenario(u"burst"_s, {u"--capacity"_s, u"100000"_s}, seconds, 0);
        if (!burst)
            return 2;
        if (reference) {
            const auto p = [](const Row &r, double q) {
                return percentile(r.load.latencyMs, q);
            };
            out() << u"  burst / reference: p50 latency %1x, p99 latency %2x, 200s/s %3x, peak RSS %4x\n"_s
                         .arg(p(*burst, 0.5) / std::max(0.001, p(*reference, 0.5)), 0, 'f', 2)
                         .arg(p(*burst, 0.99) / std::max(0.001, p(*reference, 0.99)), 0, 'f', 2)
                         .arg((double(burst->load.statuses.value(200)) / burst->load.totalSeconds)
                                  / std::max(0.001,
                                             double(reference->load.statuses.value(200))
                                                 / reference->load.totalSeconds),
                              0, 'f', 2)
                         .arg(burst->rssMiB / std::max(0.001, reference->rssMiB), 0, 'f', 2)
                  << Qt::flush;
        }
    }
    if (wanted(u"capacity"_s)) {
        const auto row = serveScenario(
            u"capacity"_s, {u"--capacity"_s, parser.value(u"capacity"_s), u"--retry-after"_s, u"2"_s},
            parser.value(u"capacity-seconds"_s).toDouble(), parser.value(u"drain"_s).toInt());
        if (!row)
            return 2;
    }
    if (wanted(u"lag"_s)) {
        const QString workspace = scratch.filePath(u"lag"_s);
        QDir().mkpath(workspace);
        out()
            << u"lag (receiver on its own QThread in this process, load from a third thread, 10 ms timer on "
               u"the main thread):\n"_s
            << Qt::flush;
        QEventLoop idleLoop;
        QTimer::singleShot(5000, &idleLoop, &QEventLoop::quit);
        printLag(u"idle, 5 s"_s, measureLag(idleLoop));
        {
            ReceiverThread receiver(workspace, secret);
            if (receiver.port() == 0)
                return 2;
            LoadGenerator::Config config = base;
            config.seconds = parser.value(u"lag-seconds"_s).toDouble();
            config.url = QUrl(u"http://127.0.0.1:%1/webhooks/shopify"_s.arg(receiver.port()));
            auto *generator = new LoadGenerator(config, payload);
            QThread loadThread;
            generator->moveToThread(&loadThread);
            loadThread.start();
            QEventLoop loop;
            QObject::connect(generator, &LoadGenerator::finished, &loop, &QEventLoop::quit,
                             Qt::QueuedConnection);
            QMetaObject::invokeMethod(generator, &LoadGenerator::start, Qt::QueuedConnection);
            const LagFigures lag = measureLag(loop);
            LoadFigures figures;
            QMetaObject::invokeMethod(
                generator,
                [&] {
                    figures = generator->figures();
                    delete generator; // in its own thread, with its network manager
                },
                Qt::BlockingQueuedConnection);
            loadThread.quit();
            loadThread.wait();
            printLag(u"under load, %1 s"_s.arg(config.seconds), lag);
            printRow(Row{u"lag scenario load"_s, figures, peakRssMiB(QCoreApplication::applicationPid())});
            out() << "  (peak RSS here is the whole benchmark process: receiver, client and probe)"
                  << Qt::endl;
            allOk = verifyStore(workspace, figures) && allOk;
        }
    }
    return allOk ? 0 : 1;
}

#include "bench_webhookload.moc"
