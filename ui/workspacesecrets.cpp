#include "workspacesecrets.h"

#include "engine/workspaceconfig.h"
#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"

#include <QtCore/QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSecrets)
};

struct Wanted
{
    QString key;
    QByteArray Engine::EngineCredentials::*slot;
    bool required;
    QString missing; ///< the message when a required one is not there
};

struct Reading
{
    Secrets::CredentialStore *keychain;
    QObject *context;
    QList<Wanted> wanted;
    Engine::EngineCredentials credentials;
    std::function<void(std::optional<Engine::EngineCredentials>, const QString &)> done;
};

void next(const std::shared_ptr<Reading> &reading, int index)
{
    if (index == reading->wanted.size()) {
        reading->done(reading->credentials, QString());
        return;
    }
    const Wanted wanted = reading->wanted.at(index);
    reading->keychain->read(
        wanted.key, reading->context, [reading, index, wanted](const Secrets::CredentialResult &result) {
            using Status = Secrets::CredentialResult::Status;
            if (result.status == Status::Ok) {
                reading->credentials.*wanted.slot = result.secret;
            } else if (result.status == Status::NotFound) {
                if (wanted.required) {
                    reading->done(std::nullopt, wanted.missing);
                    return;
                }
            } else {
                reading->done(std::nullopt,
                              Text::tr("The keychain cannot be read (%1): the sync needs the "
                                       "connections' access tokens from it.")
                                  .arg(result.message));
                return;
            }
            next(reading, index + 1);
        });
}

} // namespace

void readWorkspaceSecrets(
    Secrets::CredentialStore &keychain, const QString &workspaceDir, QObject *context,
    std::function<void(std::optional<Engine::EngineCredentials>, const QString &error)> done)
{
    QString error;
    const std::optional<Engine::WorkspaceConnections> connections =
        Engine::readWorkspaceConnections(workspaceDir, &error);
    if (!connections) {
        done(std::nullopt,
             error.isEmpty() ? Text::tr("%1 has no connections of its own.").arg(workspaceDir) : error);
        return;
    }
    const auto side = [](const Engine::ConnectionEntry &entry) {
        Connectors::ConnectorConfig config;
        config.system = entry.system;
        config.account = entry.account;
        return config;
    };
    const QString token = QString::fromLatin1(Engine::accessTokenField);
    const QString secret = QString::fromLatin1(Engine::webhookSecretField);
    auto reading = std::make_shared<Reading>();
    reading->keychain = &keychain;
    reading->context = context;
    reading->done = std::move(done);
    reading->wanted = {
        {Engine::credentialKey(side(connections->store), token), &Engine::EngineCredentials::storeAccessToken,
         true, Text::tr("No access token for the store in the keychain: add it on the Connections page.")},
        {Engine::credentialKey(side(connections->erp), token), &Engine::EngineCredentials::erpAccessToken,
         true, Text::tr("No access token for the ERP in the keychain: add it on the Connections page.")},
        {Engine::credentialKey(side(connections->store), secret),
         &Engine::EngineCredentials::storeWebhookSecret, false, QString()},
        {Engine::credentialKey(side(connections->erp), secret), &Engine::EngineCredentials::erpWebhookSecret,
         false, QString()},
    };
    next(reading, 0);
}

} // namespace LedgerLink::Studio
