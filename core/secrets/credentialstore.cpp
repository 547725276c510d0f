#include "secrets/credentialstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace LedgerLink::Secrets {
namespace {

void assertMainThread()
{
    // QtKeychain crashes when jobs run from two threads (its executor is not thread-safe).
    Q_ASSERT_X(QCoreApplication::instance()
                   && QThread::currentThread() == QCoreApplication::instance()->thread(),
               "CredentialStore", "the keychain may only be used from the main thread");
}

CredentialResult resultOf(const QKeychain::Job &job, const QString &key, bool isRead)
{
    CredentialResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = CredentialResult::Status::Ok;
        if (isRead)
            result.secret = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
        return result;
    case QKeychain::EntryNotFound:
        result.status = CredentialResult::Status::NotFound;
        result.message = QCoreApplication::translate("LedgerLink::Secrets::CredentialStore",
                                                     "The keychain has no entry \"%1\".")
                             .arg(key);
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        result.status = CredentialResult::Status::Error;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        // Without a Secret Service, libsecret jobs fail with OtherError, not NoBackendAvailable:
        // everything but NoError/EntryNotFound means the keychain cannot be used.
        result.status = CredentialResult::Status::Unavailable;
        break;
    }
    result.message = QCoreApplication::translate("LedgerLink::Secrets::CredentialStore",
                                                 "The system keychain is not available for \"%1\": %2")
                         .arg(key, job.errorString());
    return result;
}

/// Starts `job`. Jobs have no parent and delete themselves once finished: a job deleted while
/// its backend call is pending (libsecret's is asynchronous) would be called back after its
/// death, so a store or page that goes away leaves its jobs running, and `context` guards the
/// callback instead.
template<typename JobT>
void run(JobT *job, const QString &key, bool isRead, QObject *context, CredentialStore::Callback done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, hasContext, key, isRead, done = std::move(done)](QKeychain::Job *finished) {
                         if (hasContext && !guard)
                             return;
                         done(resultOf(*finished, key, isRead));
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    assertMainThread();
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    assertMainThread();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    run(job, key, false, context, std::move(done));
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    assertMainThread();
    run(new QKeychain::ReadPasswordJob(m_service), key, true, context, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    assertMainThread();
    run(new QKeychain::DeletePasswordJob(m_service), key, false, context, std::move(done));
}

QString CredentialStore::connectionKey(const QString &connectionId, const QString &field)
{
    return u"connection/"_s % connectionId % u'/' % field;
}

} // namespace LedgerLink::Secrets
