#include "storeworker.h"

#include "store/statestore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>

namespace LedgerLink::Studio {

StoreWorker::StoreWorker(Store::StoreLocation location)
    : m_location(std::move(location))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1); // the thread, and so its connection, lives as long as the worker
}

StoreWorker::~StoreWorker()
{
    (void)QtConcurrent::run(m_pool.get(), [this] {
        if (m_store)
            m_store->closeThreadConnection();
    });
    m_pool->waitForDone();
    m_pool.reset();
}

void StoreWorker::run(QObject *context, std::function<QString(Store::StateStore &)> work,
                      std::function<void(const QString &)> then)
{
    QPointer<QObject> guard(context);
    (void)QtConcurrent::run(m_pool.get(), [this, guard, work = std::move(work), then = std::move(then)] {
        QString error;
        if (!m_store) {
            auto store = std::make_unique<Store::StateStore>(m_location);
            if (auto opened = store->open(); !opened)
                error = opened.error().message;
            else
                m_store = std::move(store);
        }
        if (error.isEmpty())
            error = work(*m_store);
        QMetaObject::invokeMethod(guard, [guard, then, error] {
            if (guard)
                then(error);
        });
    });
}

} // namespace LedgerLink::Studio
