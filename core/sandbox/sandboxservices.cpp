#include "sandbox/sandboxservices.h"

#include "sandbox/booksserver.h"
#include "sandbox/storeserver.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QMutexLocker>
#include <QtCore/QThread>
#include <QtNetwork/QHostAddress>

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
    mutable QMutex mutex;
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
            if (options.seed) {
                const QJsonObject storeSeed = readSeed(u":/ledgerlink/sandbox/store-seed.json"_s);
                const QJsonObject booksSeed = readSeed(u":/ledgerlink/sandbox/books-seed.json"_s);
                if (storeSeed.isEmpty() || booksSeed.isEmpty())
                    return fail(Text::tr("The sandbox seed resources are missing from this build."));
                if (const QString error = d->store->seedIfEmpty(storeSeed); !error.isEmpty())
                    return fail(Text::tr("Cannot seed the sandbox store: %1").arg(error));
                if (const QString error = d->books->seedIfEmpty(booksSeed); !error.isEmpty())
                    return fail(Text::tr("Cannot seed the sandbox books: %1").arg(error));
            }
            if (options.extraOrders > 0) {
                const qint64 have = d->store->orderCount();
                d->store->generateOrders(int(qMin<qint64>(have + options.extraOrders, 10'000'000)),
                                         options.extraOrdersSeed);
            }
            result.extraOrdersSeed = options.extraOrdersSeed;
            for (SandboxHttpServer *server :
                 {static_cast<SandboxHttpServer *>(d->store), static_cast<SandboxHttpServer *>(d->books)}) {
                server->setRateLimits(options.rateLimits);
                server->setWriteDelayMs(options.writeDelayMs);
            }
            d->store->setWebhookDeliveries(options.webhookDeliveries);
            const quint16 storePort = d->store->listen(QHostAddress::LocalHost, options.storePort);
            if (storePort == 0)
                return fail(
                    Text::tr("Cannot listen on 127.0.0.1:%1 for the sandbox store (is the port in use?).")
                        .arg(options.storePort));
            const quint16 booksPort = d->books->listen(QHostAddress::LocalHost, options.booksPort);
            if (booksPort == 0)
                return fail(
                    Text::tr("Cannot listen on 127.0.0.1:%1 for the sandbox books (is the port in use?).")
                        .arg(options.booksPort));
            result.storeUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(storePort));
            result.booksUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(booksPort));
            result.ok = true;
        },
        Qt::BlockingQueuedConnection);

    if (!result.ok) {
        d->stopThread();
        return result;
    }
    d->storeUrl = result.storeUrl;
    d->booksUrl = result.booksUrl;
    d->running = true;
    return result;
}

void SandboxServices::stop()
{
    QMutexLocker locker(&d->mutex);
    d->stopThread();
    d->running = false;
    d->storeUrl.clear();
    d->booksUrl.clear();
}

bool SandboxServices::isRunning() const
{
    QMutexLocker locker(&d->mutex);
    return d->running;
}

QUrl SandboxServices::storeUrl() const
{
    QMutexLocker locker(&d->mutex);
    return d->storeUrl;
}

QUrl SandboxServices::booksUrl() const
{
    QMutexLocker locker(&d->mutex);
    return d->booksUrl;
}

} // namespace LedgerLink::Sandbox
