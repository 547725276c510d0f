#include "engine/workspacecredentials.h"

#include "connectors/oauthsession.h"
#include "net/businesscentralidentity.h"
#include "net/quickbooksidentity.h"
#include "net/xeroidentity.h"
#include "net/zohoidentity.h"
#include "secrets/credentialstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>

using namespace Qt::StringLiterals;

namespace LedgerLink::Engine {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Engine::Credentials)
};

} // namespace

Secrets::CredentialResult keychainNow(Secrets::CredentialStore &keychain, const QString &key,
                                      const std::optional<QByteArray> &secret)
{
    Secrets::CredentialResult result;
    QEventLoop loop;
    bool answered = false;
    const auto done = [&](const Secrets::CredentialResult &answer) {
        result = answer;
        answered = true;
        loop.quit();
    };
    if (secret)
        keychain.write(key, *secret, &loop, done);
    else
        keychain.read(key, &loop, done);
    if (!answered)
        loop.exec();
    return result;
}

QString credentialKey(const Connectors::ConnectorConfig &side, const QString &field)
{
    return Secrets::CredentialStore::connectionKey(side.system + u':' + side.account, field);
}

QString credentialVariable(const QString &side, const QString &field)
{
    return u"LEDGERLINK_"_s + side.toUpper() + u'_' + field.toUpper();
}

bool loadCredentials(WorkspaceConfig &config, CredentialSource source, Secrets::CredentialStore *keychain,
                     QString *error)
{
    if (config.sandbox)
        return true; // fixed test values, no keychain
    const QString file = connectionsFilePath(config.dir);
    QByteArray refreshToken; // an OAuth sign-in's (Xero), kept next to its access token
    OAuthClient client; // the app the user signed in with, for a system where each user brings one
    struct Slot
    {
        QString side;
        Connectors::ConnectorConfig *connection;
        QString field;
        QByteArray *target;
        bool required;
    };
    QList<Slot> secrets{
        {u"store"_s, &config.store, QString::fromLatin1(accessTokenField), &config.store.accessToken, true},
        {u"store"_s, &config.store, QString::fromLatin1(webhookSecretField), &config.store.webhookSecret,
         false},
        {u"erp"_s, &config.erp, QString::fromLatin1(accessTokenField), &config.erp.accessToken, true},
        {u"erp"_s, &config.erp, QString::fromLatin1(webhookSecretField), &config.erp.webhookSecret, false},
        {u"erp"_s, &config.erp, QString::fromLatin1(refreshTokenField), &refreshToken, false},
    };
    if (config.erp.system == u"zoho") {
        secrets.append({u"erp"_s, &config.erp, QString::fromLatin1(clientIdField), &client.id, false});
        secrets.append(
            {u"erp"_s, &config.erp, QString::fromLatin1(clientSecretField), &client.secret, false});
    }
    for (const Slot &slot : secrets) {
        if (source == CredentialSource::Environment) {
            const QString variable = credentialVariable(slot.side, slot.field);
            const QByteArray value = qgetenv(variable.toLatin1().constData());
            if (value.isEmpty() && slot.required) {
                *error = Text::tr("%1: --credentials-from-env was given, but %2 is not set (the %3's %4)")
                             .arg(file, variable, slot.side, slot.field);
                return false;
            }
            *slot.target = value;
            continue;
        }
        if (!keychain) {
            *error = Text::tr("%1: no keychain to read the credentials from").arg(file);
            return false;
        }
        const QString key = credentialKey(*slot.connection, slot.field);
        const Secrets::CredentialResult answer = keychainNow(*keychain, key);
        switch (answer.status) {
        case Secrets::CredentialResult::Status::Ok:
            *slot.target = answer.secret;
            break;
        case Secrets::CredentialResult::Status::NotFound:
            if (slot.required) {
                // A locked keychain (gnome-keyring restarted without the login password) answers
                // "not found" too: say so, or a user whose secret is there stores it again.
                *error =
                    Text::tr("%1: the keychain holds no %2 for the %3 (%4); add it with "
                             "\"ledgerlink-cli credentials set --workspace %5 --side %3 --field %2\". "
                             "If you stored it before, the keychain may be locked: unlock it (log in to the "
                             "desktop session) and run again")
                        .arg(file, slot.field, slot.side, key, config.dir);
                return false;
            }
            break;
        case Secrets::CredentialResult::Status::Unavailable:
        case Secrets::CredentialResult::Status::Error:
            *error = Text::tr("%1: the keychain cannot be read (%2). On a machine without a keychain, opt in "
                              "to environment variables: pass --credentials-from-env and set %3 and %4 "
                              "(README, \"Credentials\")")
                         .arg(file, answer.message, credentialVariable(u"store"_s, slot.field),
                              credentialVariable(u"erp"_s, slot.field));
            return false;
        }
    }
    attachOAuthSession(config.erp, refreshToken, client);
    return true;
}

void attachOAuthSession(Connectors::ConnectorConfig &connection, const QByteArray &refreshToken,
                        const OAuthClient &client)
{
    if (refreshToken.isEmpty())
        return;
    if (connection.system == u"xero") {
        connection.oauth = std::make_shared<Connectors::OAuthSession>(
            Net::Xero::signInConfig(connection.baseUrl, Net::Xero::clientId(connection.baseUrl)),
            connection.accessToken, refreshToken);
    } else if (connection.system == u"quickbooks") {
        // Intuit's access tokens last an hour; the refresh authenticates with the app's secret.
        connection.oauth = std::make_shared<Connectors::OAuthSession>(
            Net::QuickBooks::signInConfig(connection.baseUrl, Net::QuickBooks::clientId(),
                                          Net::QuickBooks::clientSecret()),
            connection.accessToken, refreshToken);
    } else if (connection.system == u"businesscentral") {
        // Microsoft identity platform, public client: client_id in the body, no secret; the
        // scopes go with the refresh, and the refresh token rotates.
        connection.oauth = std::make_shared<Connectors::OAuthSession>(
            Net::BusinessCentral::signInConfig(connection.baseUrl, Net::BusinessCentral::clientId()),
            connection.accessToken, refreshToken);
    } else if (connection.system == u"zoho") {
        // Zoho Accounts of the connection's data centre: client id and secret as parameters; the
        // refresh token is not rotated. The app is the one the user signed in with, when known.
        const bool own = !client.id.isEmpty() && !client.secret.isEmpty();
        connection.oauth = std::make_shared<Connectors::OAuthSession>(
            Net::Zoho::signInConfig(connection.baseUrl,
                                    own ? QString::fromUtf8(client.id) : Net::Zoho::clientId(),
                                    own ? QString::fromUtf8(client.secret) : Net::Zoho::clientSecret()),
            connection.accessToken, refreshToken);
    }
}

bool storeRenewedTokens(const Connectors::ConnectorConfig &connection, const QByteArray &accessToken,
                        const QByteArray &refreshToken, Secrets::CredentialStore &keychain, QString *error)
{
    for (const auto &[field, value] : {std::pair{QString::fromLatin1(accessTokenField), accessToken},
                                       std::pair{QString::fromLatin1(refreshTokenField), refreshToken}}) {
        const Secrets::CredentialResult written =
            keychainNow(keychain, credentialKey(connection, field), value);
        if (written.status != Secrets::CredentialResult::Status::Ok) {
            *error = Text::tr("the renewed %1 of %2 could not be stored in the keychain: %3; sign in again "
                              "on the Connections page before the next run")
                         .arg(field, connection.system, written.message);
            return false;
        }
    }
    return true;
}

} // namespace LedgerLink::Engine
