#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>

#include <functional>

namespace LedgerLink::Secrets {

/// The outcome of one keychain operation.
struct CredentialResult
{
    enum class Status {
        Ok, ///< done; for a read, `secret` holds the value
        NotFound, ///< no entry under that key (reads and removals)
        Unavailable, ///< no usable keychain (no Secret Service, locked, access denied)
        Error, ///< anything else; `message` says what
    };
    Status status = Status::Error;
    QByteArray secret; ///< only for a successful read; never log it
    QString message; ///< human-readable, never contains the secret
};

/**
 * Credentials (API tokens, OAuth refresh tokens, database passwords) in the operating system's
 * keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, the Secret
 * Service (gnome-keyring, KWallet) on Linux. Nothing else in LedgerLink stores a secret.
 *
 * Thread: QtKeychain's job queue is not thread-safe, so a CredentialStore lives in, and is
 * called from, the main thread only (asserted). The engine thread asks the main thread for a
 * secret through a queued call and gets the answer back the same way.
 *
 * Every call is asynchronous: `done` is invoked on the main thread once the keychain answers,
 * unless `context` has been destroyed by then.
 */
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using Callback = std::function<void(const CredentialResult &)>;

    /// `service` names the application's entries in the keychain (e.g. "LedgerLink").
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done);
    void read(const QString &key, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    /// The keychain key of a connection's secret: "connection/<id>/<field>".
    static QString connectionKey(const QString &connectionId, const QString &field);

private:
    QString m_service;
};

} // namespace LedgerLink::Secrets
