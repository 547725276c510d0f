#pragma once

#include "store/storelocation.h"

#include <QtCore/QString>

#include <functional>
#include <memory>

class QObject;
class QThreadPool;

namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Studio {

/**
 * Runs a page's work on the state store off the GUI thread: on one worker thread of its own, so
 * one connection (opened there on first use, closed there when the worker goes) and one piece of
 * work after the other. Answers come back on the thread of a context object, unless it is gone.
 */
class StoreWorker final
{
public:
    explicit StoreWorker(Store::StoreLocation location);
    ~StoreWorker(); ///< closes the connection on the worker thread and waits for it
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    /// `work` runs on the worker with the store and returns an error ("" when it succeeded; an
    /// error opening the store skips it); `then` gets that error on `context`'s thread.
    void run(QObject *context, std::function<QString(Store::StateStore &)> work,
             std::function<void(const QString &error)> then);

private:
    Store::StoreLocation m_location;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<Store::StateStore> m_store; ///< created, used and closed on the worker only
};

} // namespace LedgerLink::Studio
