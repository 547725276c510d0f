#include "workspacesecrets.h"

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

struct Reading
{
    Secrets::CredentialStore *keychain;
    QObject *context;
    QList<std::pair<QString, QByteArray Engine::EngineCredentials::*>> wanted;
    WorkspaceSecrets secrets;
    std::function<void(const WorkspaceSecrets &)> done;
};

void next(const std::shared_ptr<Reading> &reading, int index)
{
    if (index == reading->wanted.size()) {
        reading->done(reading->secrets);
        return;
    }
    const auto [key, slot] = reading->wanted.at(index);
    reading->keychain->read(key, reading->context,
                            [reading, index, slot = slot](const Secrets::CredentialResult &result) {
                                using Status = Secrets::CredentialResult::Status;
                                if (result.status == Status::Ok) {
                                    reading->secrets.credentials.*slot = result.secret;
                                } else if (result.status != Status::NotFound) {
                                    reading->secrets.credentials = {};
                                    reading->secrets.keychainError = result.message;
                                    reading->done(reading->secrets);
                                    return;
                                }
                                next(reading, index + 1);
                            });
}

} // namespace

QString WorkspaceSecrets::problem() const
{
    if (!keychainError.isEmpty())
        return Text::tr("The keychain cannot be read (%1); LedgerLink needs the connections' access tokens "
                        "from it.")
            .arg(keychainError);
    if (credentials.storeAccessToken.isEmpty())
        return Text::tr("No access token for the store in the keychain: add it on the Connections page.");
    if (credentials.erpAccessToken.isEmpty())
        return Text::tr("No access token for the ERP in the keychain: add it on the Connections page.");
    return {};
}

QString WorkspaceSecrets::problemEntry() const
{
    if (!keychainError.isEmpty() || credentials.storeAccessToken.isEmpty())
        return storeTokenKey;
    if (credentials.erpAccessToken.isEmpty())
        return erpTokenKey;
    return {};
}

void readWorkspaceSecrets(Secrets::CredentialStore &keychain, const Connectors::ConnectorConfig &store,
                          const Connectors::ConnectorConfig &erp, QObject *context,
                          std::function<void(const WorkspaceSecrets &)> done)
{
    const QString token = QString::fromLatin1(Engine::accessTokenField);
    const QString secret = QString::fromLatin1(Engine::webhookSecretField);
    auto reading = std::make_shared<Reading>();
    reading->keychain = &keychain;
    reading->context = context;
    reading->done = std::move(done);
    reading->secrets.storeTokenKey = Engine::credentialKey(store, token);
    reading->secrets.erpTokenKey = Engine::credentialKey(erp, token);
    reading->wanted = {
        {reading->secrets.storeTokenKey, &Engine::EngineCredentials::storeAccessToken},
        {reading->secrets.erpTokenKey, &Engine::EngineCredentials::erpAccessToken},
        {Engine::credentialKey(store, secret), &Engine::EngineCredentials::storeWebhookSecret},
        {Engine::credentialKey(erp, secret), &Engine::EngineCredentials::erpWebhookSecret},
        {Engine::credentialKey(erp, QString::fromLatin1(Engine::refreshTokenField)),
         &Engine::EngineCredentials::erpRefreshToken},
    };
    if (erp.system == u"zoho") { // the app the user signed in with renews the tokens
        reading->wanted.append({Engine::credentialKey(erp, QString::fromLatin1(Engine::clientIdField)),
                                &Engine::EngineCredentials::erpClientId});
        reading->wanted.append({Engine::credentialKey(erp, QString::fromLatin1(Engine::clientSecretField)),
                                &Engine::EngineCredentials::erpClientSecret});
    }
    next(reading, 0);
}

} // namespace LedgerLink::Studio
