// The studio's responsiveness while the engine syncs (issue 6): "the GUI thread never stalls for
// more than 50 ms while the engine syncs 20,000 sandbox orders". Drives the real main window
// (Studio::MainWindow, offscreen unless a platform is given) and measures the lag of its event
// loop with a probe: a 5 ms precise timer that records how late each tick comes (the gap since
// the tick before, less 5 ms). Three phases per round, each on a fresh copy of one generated
// sandbox (N synthetic orders, the books empty):
//
//   idle     the main window on its dashboard, nothing running (the probe's own floor);
//   engine   the same window idle while an EngineController in this process syncs the orders
//            with the in-process sandbox, nothing connected to the window: the machine's load
//            without the GUI's share (the reference);
//   studio   the dashboard's "Sync now" clicked: its own in-process sandbox and engine, the
//            progress bars, status line and chart fed by the engine's signals.
//
// Prints max, p99, p50 lag, the stalls over 50 ms and the throughput of each phase, and the
// studio's figures over the reference's. Asserts nothing.
//
//   bench_studiolag [--orders N] [--rounds R] [--idle-seconds S] [--tick-ms T]
//                   (defaults: 20,000 orders, 1 round, 5 s, 5 ms)
#include "dashboardpage.h"
#include "engine/syncengine.h"
#include "mainwindow.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

QTextStream out(stdout);

/// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

/// Involuntary context switches of the calling thread (preempted while it could run).
long preemptions()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}

/// The longest event the GUI thread handled: wall time and the GUI thread's CPU time within it
/// (wall much longer than CPU: the thread waited for a core; both long: the handler's own work).
struct LongestEvent
{
    double wallMs = 0;
    double cpuMs = 0;
    QString what;
};

/// A QApplication that times every event delivered at the top level of the GUI thread.
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        // Noted before: the event may delete its receiver (DeferredDelete) and itself.
        const char *receiverClass = receiver->metaObject()->className();
        const QEvent::Type type = event->type();
        QElapsedTimer wall;
        wall.start();
        const double cpu = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        const double wallMs = wall.nsecsElapsed() / 1e6;
        if (wallMs > m_longest.wallMs) {
            m_longest.wallMs = wallMs;
            m_longest.cpuMs = threadCpuMs() - cpu;
            m_longest.what = u"%1 to %2"_s.arg(eventName(type), QString::fromLatin1(receiverClass));
        }
        --m_depth;
        return handled;
    }

    LongestEvent takeLongest() { return std::exchange(m_longest, LongestEvent{}); }

private:
    static QString eventName(QEvent::Type type)
    {
        switch (type) {
        case QEvent::Timer:
            return u"Timer"_s;
        case QEvent::MetaCall:
            return u"MetaCall (a queued signal)"_s;
        case QEvent::UpdateRequest:
            return u"UpdateRequest (paint)"_s;
        case QEvent::LayoutRequest:
            return u"LayoutRequest"_s;
        default:
            return u"event %1"_s.arg(int(type));
        }
    }

    int m_depth = 0;
    LongestEvent m_longest;
};

/// The event loop's lag: a precise timer that notes how late each of its ticks comes.
class LagProbe final : public QObject
{
public:
    LagProbe(TimingApplication &app, int tickMs)
        : m_app(app)
        , m_tickNs(qint64(tickMs) * 1000000)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateNs.push_back(std::max<qint64>(0, now - m_last - m_tickNs));
            m_last = now;
        });
    }

    void start()
    {
        m_cpuMs = threadCpuMs();
        m_preempted = preemptions();
        (void)m_app.takeLongest();
        m_lateNs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_seconds = m_clock.nsecsElapsed() / 1e9;
        m_cpuMs = threadCpuMs() - m_cpuMs;
        m_preempted = preemptions() - m_preempted;
        m_longest = m_app.takeLongest();
    }

    struct Figures
    {
        double seconds = 0;
        qsizetype ticks = 0;
        double maxMs = 0;
        double p99Ms = 0;
        double p50Ms = 0;
        int over50 = 0; ///< ticks more than 50 ms late
        int over16 = 0; ///< ticks more than a 60 Hz frame late
        double guiCpuMs = 0; ///< CPU time of the GUI thread during the phase
        long preempted = 0; ///< the GUI thread's involuntary context switches
        LongestEvent longest;
    };
    Figures figures() const
    {
        Figures f;
        f.seconds = m_seconds;
        f.ticks = qsizetype(m_lateNs.size());
        f.guiCpuMs = m_cpuMs;
        f.preempted = m_preempted;
        f.longest = m_longest;
        if (m_lateNs.empty())
            return f;
        std::vector<qint64> sorted = m_lateNs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))] / 1e6;
        };
        f.maxMs = sorted.back() / 1e6;
        f.p99Ms = at(0.99);
        f.p50Ms = at(0.50);
        for (const qint64 late : sorted) {
            f.over50 += late > 50000000 ? 1 : 0;
            f.over16 += late > 16000000 ? 1 : 0;
        }
        return f;
    }

private:
    TimingApplication &m_app;
    qint64 m_tickNs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_seconds = 0;
    double m_cpuMs = 0;
    long m_preempted = 0;
    LongestEvent m_longest;
    std::vector<qint64> m_lateNs;
};

/// Runs the event loop (sleeping while there is nothing to do, as the studio's does) until
/// `done` is true or `timeoutMs` passed; `done` is looked at every 20 ms.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    if (!done())
        loop.exec();
    return done();
}

void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

struct Phase
{
    QString name;
    LagProbe::Figures lag;
    int orders = 0;
    double syncSeconds = 0; ///< the engine's run (elapsed_ms)
    double wallSeconds = 0; ///< from the start (click) to the end, sandbox start included
    double ordersPerSecond() const { return syncSeconds > 0 ? orders / syncSeconds : 0; }
};

void print(const Phase &p)
{
    out << qSetFieldWidth(8) << Qt::left << p.name << qSetFieldWidth(0) << Qt::right
        << QString::asprintf(
               " %5.1f s %6lld ticks  max %6.1f ms  p99 %5.1f ms  p50 %5.2f ms  >16 ms: %3d  >50 ms: %2d"
               "  GUI CPU %5.0f ms (%4.1f %%), preempted %5ld",
               p.lag.seconds, qlonglong(p.lag.ticks), p.lag.maxMs, p.lag.p99Ms, p.lag.p50Ms, p.lag.over16,
               p.lag.over50, p.lag.guiCpuMs, p.lag.seconds > 0 ? p.lag.guiCpuMs / (p.lag.seconds * 10) : 0.0,
               p.lag.preempted);
    if (p.orders > 0)
        out << QString::asprintf("  %d orders in %.2f s (wall %.2f s): %.0f orders/s", p.orders,
                                 p.syncSeconds, p.wallSeconds, p.ordersPerSecond());
    out << Qt::endl
        << QString::asprintf("          longest GUI event %.1f ms (GUI thread CPU in it %.1f ms): ",
                             p.lag.longest.wallMs, p.lag.longest.cpuMs)
        << p.lag.longest.what << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"orders"_s, u"Synthetic orders in the sandbox (20000)."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"rounds"_s, u"Rounds of the three phases (1)."_s, u"R"_s, u"1"_s});
    parser.addOption({u"idle-seconds"_s, u"Length of the idle phase (5)."_s, u"S"_s, u"5"_s});
    parser.addOption({u"tick-ms"_s, u"The probe's interval (5)."_s, u"T"_s, u"5"_s});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int rounds = qMax(1, parser.value(u"rounds"_s).toInt());
    const int idleMs = int(parser.value(u"idle-seconds"_s).toDouble() * 1000);
    const int tickMs = qMax(1, parser.value(u"tick-ms"_s).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    out << "platform: " << QGuiApplication::platformName() << "; probe: a " << tickMs
        << " ms precise timer on the GUI thread; " << QThread::idealThreadCount() << " cores" << Qt::endl;

    // One generated sandbox, copied for every phase (each sync starts with empty books).
    const QString generated = dir.filePath(u"generated"_s);
    {
        QElapsedTimer timer;
        timer.start();
        Sandbox::SandboxServices sandbox;
        Sandbox::SandboxOptions options;
        options.dataDir = generated;
        options.extraOrders = orders;
        const Sandbox::SandboxStarted started = sandbox.start(options);
        if (!started.ok) {
            out << "the sandbox did not start: " << started.error << Qt::endl;
            return 1;
        }
        sandbox.stop();
        out << "generated " << orders << " synthetic orders (plus the seed) in " << timer.elapsed() / 1000.0
            << " s" << Qt::endl;
    }
    int workspaces = 0;
    const auto freshWorkspace = [&]() -> QString {
        QString workspace = dir.filePath(u"workspace-%1"_s.arg(++workspaces));
        if (!copyTree(generated, QDir(workspace).filePath(u"sandbox"_s)))
            return {};
        return workspace;
    };

    LagProbe probe(app, tickMs);
    QList<Phase> all;
    for (int round = 1; round <= rounds; ++round) {
        out << "round " << round << Qt::endl;
        // The window stays up (on its dashboard) through the idle and engine phases.
        const QString idleWorkspace = freshWorkspace();
        Studio::MainWindow idleWindow(idleWorkspace, u"Sandbox Shop ↔ Sandbox Books"_s);
        idleWindow.resize(1200, 760);
        idleWindow.show();
        idleWindow.pages()->setCurrentWidget(idleWindow.dashboardPage());
        spinFor(1000); // the first paint, the health check and the schedules

        Phase idle{u"idle"_s, {}, 0, 0, 0};
        probe.start();
        spinFor(idleMs);
        probe.stop();
        idle.lag = probe.figures();
        print(idle);
        all.append(idle);

        // The reference: the same sync by an engine in this process, nothing connected to the GUI.
        {
            const QString workspace = freshWorkspace();
            Phase engine{u"engine"_s, {}, 0, 0, 0};
            QElapsedTimer wall;
            wall.start();
            probe.start();
            Sandbox::SandboxServices sandbox;
            Sandbox::SandboxOptions options;
            options.dataDir = QDir(workspace).filePath(u"sandbox"_s);
            // Started on a pool thread, as the dashboard does.
            QFuture<Sandbox::SandboxStarted> starting = sandbox.startAsync(options);
            spinUntil([&] { return starting.isFinished(); }, 120000);
            const Sandbox::SandboxStarted up = starting.result();
            if (!up.ok) {
                out << "the sandbox did not start: " << up.error << Qt::endl;
                return 1;
            }
            Engine::EngineController controller;
            QJsonObject summary;
            bool ended = false;
            QObject::connect(&controller, &Engine::EngineController::started, &app,
                             [&](bool ok, const QString &error) {
                                 if (!ok) {
                                     out << "the engine did not start: " << error << Qt::endl;
                                     ended = true;
                                     return;
                                 }
                                 controller.runObjectNow(u"order"_s);
                             });
            QObject::connect(&controller, &Engine::EngineController::finished, &app,
                             [&](const QJsonObject &s) {
                                 summary = s;
                                 ended = true;
                             });
            Engine::EngineOptions engineOptions;
            engineOptions.workspaceDir = workspace;
            engineOptions.sandboxUrls = std::pair{up.storeUrl, up.booksUrl};
            engineOptions.triggers = false;
            controller.start(engineOptions);
            if (!spinUntil([&] { return ended; }, 600000)) {
                out << "the engine's sync did not end in 10 minutes" << Qt::endl;
                return 1;
            }
            probe.stop();
            engine.wallSeconds = wall.elapsed() / 1000.0;
            engine.lag = probe.figures();
            engine.orders = summary.value(u"orders_read"_s).toInt();
            engine.syncSeconds = summary.value(u"elapsed_ms"_s).toDouble() / 1000.0;
            print(engine);
            all.append(engine);
            controller.stop();
            sandbox.stop();
        }
        idleWindow.close();

        // The studio: its dashboard's Sync now, its own sandbox and engine.
        {
            const QString workspace = freshWorkspace();
            Studio::MainWindow window(workspace, u"Sandbox Shop ↔ Sandbox Books"_s);
            window.resize(1200, 760);
            window.show();
            Studio::DashboardPage *dashboard = window.dashboardPage();
            window.pages()->setCurrentWidget(dashboard);
            spinFor(1000);
            QJsonObject summary;
            bool ended = false;
            QObject::connect(dashboard, &Studio::DashboardPage::syncFinished, &app,
                             [&](const QJsonObject &s) {
                                 summary = s;
                                 ended = true;
                             });
            Phase studio{u"studio"_s, {}, 0, 0, 0};
            QElapsedTimer wall;
            wall.start();
            probe.start();
            dashboard->findChild<QPushButton *>(u"syncButton"_s)->click();
            if (!spinUntil([&] { return ended; }, 600000)) {
                out << "the studio's sync did not end in 10 minutes" << Qt::endl;
                return 1;
            }
            probe.stop();
            studio.wallSeconds = wall.elapsed() / 1000.0;
            studio.lag = probe.figures();
            if (const QString error = summary.value(u"error"_s).toString(); !error.isEmpty()) {
                out << "the studio's sync failed: " << error << Qt::endl;
                return 1;
            }
            studio.orders = summary.value(u"orders_read"_s).toInt();
            studio.syncSeconds = summary.value(u"elapsed_ms"_s).toDouble() / 1000.0;
            print(studio);
            all.append(studio);
            spinFor(500); // the runs list reloads
        }
    }

    out << Qt::endl
        << "summary (worst of " << rounds << " round(s) for lag, best for throughput):" << Qt::endl;
    const auto worst = [&](const QString &name) {
        Phase w{name, {}, 0, 0, 0};
        for (const Phase &p : std::as_const(all)) {
            if (p.name != name)
                continue;
            if (p.lag.maxMs >= w.lag.maxMs)
                w.lag = p.lag;
            if (p.ordersPerSecond() >= w.ordersPerSecond()) {
                w.orders = p.orders;
                w.syncSeconds = p.syncSeconds;
                w.wallSeconds = p.wallSeconds;
            }
        }
        return w;
    };
    const Phase idle = worst(u"idle"_s);
    const Phase engine = worst(u"engine"_s);
    const Phase studio = worst(u"studio"_s);
    for (const Phase &p : {idle, engine, studio})
        print(p);
    out << QString::asprintf(
        "studio / engine reference: max lag %.2fx, p99 lag %.2fx, throughput %.2fx",
        engine.lag.maxMs > 0 ? studio.lag.maxMs / engine.lag.maxMs : 0.0,
        engine.lag.p99Ms > 0 ? studio.lag.p99Ms / engine.lag.p99Ms : 0.0,
        engine.ordersPerSecond() > 0 ? studio.ordersPerSecond() / engine.ordersPerSecond() : 0.0)
        << Qt::endl;
    out << "studio max lag " << (studio.lag.maxMs <= 50 ? "within" : "OVER") << " 50 ms" << Qt::endl;
    return 0;
}
