#include "sandbox/sandboxservices.h"

#include "sandbox/booksserver.h"
#include "sandbox/storeserver.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMutexLocker>
#include <QtCore/QThread>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

#include "net/lowdelaytcpserver.h"

using namespace Qt::StringLiterals;

namespace LedgerLink::Sandbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Sandbox)
};

QJsonObject readSeed(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

struct SandboxServices::Private
{
    mutable QMutex mutex; // serialises start() and stop()
    mutable QMutex stateMutex; // guards the URLs and `running` (never held for long)
    QThread *thread = nullptr;
    QObject *context = nullptr; // lives on `thread`
    StoreServer *store = nullptr;
    BooksServer *books = nullptr;
    QUrl storeUrl;
    QUrl booksUrl;
    bool running = false;

    // On the worker thread.
    void destroyServers()
    {
        delete store;
        store = nullptr;
        delete books;
        books = nullptr;
    }

    void stopThread()
    {
        if (!thread)
            return;
        QMetaObject::invokeMethod(
            context, [this] { destroyServers(); }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete context;
        context = nullptr;
        delete thread;
        thread = nullptr;
    }
};

SandboxServices::SandboxServices()
    : d(std::make_unique<Private>())
{ }

SandboxServices::~SandboxServices()
{
    stop();
}

SandboxStarted SandboxServices::start(const SandboxOptions &options)
{
    QMutexLocker locker(&d->mutex);
    SandboxStarted result;
    if (d->running) {
        result.error = Text::tr("The sandbox is already running.");
        return result;
    }
    if (options.dataDir.isEmpty() || !QDir().mkpath(options.dataDir)) {
        result.error = Text::tr("Cannot create the sandbox data folder \"%1\".").arg(options.dataDir);
        return result;
    }
    d->thread = new QThread;
    d->thread->setObjectName(u"ledgerlink-sandbox"_s);
    d->context = new QObject;
    d->context->moveToThread(d->thread);
    d->thread->start();

    QMetaObject::invokeMethod(
        d->context,
        [this, &options, &result] {
            auto fail = [&result](const QString &message) {
                result.error = message;
            };
            d->store = new StoreServer;
            d->books = new BooksServer;
            const QDir dir(options.dataDir);
            if (const QString error = d->store->open(dir.filePath(u"store.sqlite"_s)); !error.isEmpty())
                return fail(Text::tr("Cannot open the sandbox store's database: %1").arg(error));
            if (const QString error = d->books->open(dir.filePath(u"books.sqlite"_s)); !error.isEmpty())
                return fail(Text::tr("Cannot open the sandbox books' database: %1").arg(error));
            qint64 storeSeedOrders = 0;
            if (options.seed) {
                const QJsonObject storeSeed = readSeed(u":/ledgerlink/sandbox/store-seed.json"_s);
                const QJsonObject booksSeed = readSeed(u":/ledgerlink/sandbox/books-seed.json"_s);
                if (storeSeed.isEmpty() || booksSeed.isEmpty())
                    return fail(Text::tr("The sandbox seed resources are missing from this build."));
                storeSeedOrders = storeSeed.value(u"orders"_s).toArray().size();
                if (const QString error = d->store->seedIfEmpty(storeSeed); !error.isEmpty())
                    return fail(Text::tr("Cannot seed the sandbox store: %1").arg(error));
                if (const QString error = d->books->seedIfEmpty(booksSeed); !error.isEmpty())
                    return fail(Text::tr("Cannot seed the sandbox books: %1").arg(error));
            }
            if (options.extraOrders > 0) {
                // Until the store holds seed + extraOrders orders: a restart on the same data
                // folder adds nothing.
                const qint64 seeded = options.seed ? storeSeedOrders : 0;
                d->store->generateOrders(int(qMin<qint64>(seeded + options.extraOrders, 10'000'000)),
                                         options.extraOrdersSeed);
            }
            result.extraOrdersSeed = options.extraOrdersSeed;
            for (SandboxHttpServer *server :
                 {static_cast<SandboxHttpServer *>(d->store), static_cast<SandboxHttpServer *>(d->books)}) {
                server->setRateLimits(options.rateLimits);
                server->setWriteDelayMs(options.writeDelayMs);
            }
            d->store->setWebhookDeliveries(options.webhookDeliveries);
            // Bound through our own QTcpServer: a port in use is reported here, not logged by Qt;
            // and no request waits on Nagle's algorithm and delayed ACKs.
            auto listen = [](SandboxHttpServer *server, quint16 port, QString *error) -> quint16 {
                auto *tcp = new Net::LowDelayTcpServer(server);
                if (!tcp->listen(QHostAddress::LocalHost, port)) {
                    *error = tcp->errorString();
                    delete tcp;
                    return 0;
                }
                server->bind(tcp);
                return tcp->serverPort();
            };
            QString why;
            const quint16 storePort = listen(d->store, options.storePort, &why);
            if (storePort == 0)
                return fail(Text::tr("Cannot listen on 127.0.0.1:%1 for the sandbox store: %2")
                                .arg(QString::number(options.storePort), why));
            const quint16 booksPort = listen(d->books, options.booksPort, &why);
            if (booksPort == 0)
                return fail(Text::tr("Cannot listen on 127.0.0.1:%1 for the sandbox books: %2")
                                .arg(QString::number(options.booksPort), why));
            result.storeUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(storePort));
            result.booksUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(booksPort));
            result.ok = true;
        },
        Qt::BlockingQueuedConnection);

    if (!result.ok) {
        d->stopThread();
        return result;
    }
    QMutexLocker state(&d->stateMutex);
    d->storeUrl = result.storeUrl;
    d->booksUrl = result.booksUrl;
    d->running = true;
    return result;
}

QFuture<SandboxStarted> SandboxServices::startAsync(const SandboxOptions &options)
{
    return QtConcurrent::run([this, options] { return start(options); });
}

void SandboxServices::stop()
{
    QMutexLocker locker(&d->mutex);
    {
        QMutexLocker state(&d->stateMutex);
        d->running = false;
    }
    d->stopThread();
    QMutexLocker state(&d->stateMutex);
    d->storeUrl.clear();
    d->booksUrl.clear();
}

bool SandboxServices::isRunning() const
{
    QMutexLocker locker(&d->stateMutex);
    return d->running;
}

QUrl SandboxServices::storeUrl() const
{
    QMutexLocker locker(&d->stateMutex);
    return d->storeUrl;
}

QUrl SandboxServices::booksUrl() const
{
    QMutexLocker locker(&d->stateMutex);
    return d->booksUrl;
}

QJsonObject SandboxServices::storeStats() const
{
    QMutexLocker locker(&d->mutex);
    QJsonObject stats;
    if (!d->context || !d->store)
        return stats;
    if (QThread::currentThread() == d->thread)
        return d->store->stats();
    QMetaObject::invokeMethod(
        d->context, [this, &stats] { stats = d->store->stats(); }, Qt::BlockingQueuedConnection);
    return stats;
}

QJsonObject SandboxServices::booksStats() const
{
    QMutexLocker locker(&d->mutex);
    QJsonObject stats;
    if (!d->context || !d->books)
        return stats;
    if (QThread::currentThread() == d->thread)
        return d->books->stats();
    QMetaObject::invokeMethod(
        d->context, [this, &stats] { stats = d->books->stats(); }, Qt::BlockingQueuedConnection);
    return stats;
}

} // namespace LedgerLink::Sandbox
