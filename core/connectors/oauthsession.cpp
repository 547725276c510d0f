#include "connectors/oauthsession.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMutexLocker>
#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace LedgerLink::Connectors {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Connectors)
};

} // namespace

OAuthSession::OAuthSession(Net::OAuth2SignInConfig config, QByteArray accessToken, QByteArray refreshToken)
    : m_config(std::move(config))
    , m_accessToken(std::move(accessToken))
    , m_refreshToken(std::move(refreshToken))
{ }

QByteArray OAuthSession::accessToken() const
{
    const QMutexLocker locker(&m_mutex);
    return m_accessToken;
}

QByteArray OAuthSession::refreshToken() const
{
    const QMutexLocker locker(&m_mutex);
    return m_refreshToken;
}

bool OAuthSession::refresh(const QByteArray &used, QString *error)
{
    const QMutexLocker locker(&m_mutex);
    if (m_accessToken != used)
        return true; // another connector of this connection renewed it meanwhile
    if (!m_dead.isEmpty()) {
        *error = m_dead;
        return false;
    }
    if (m_refreshToken.isEmpty()) {
        *error = Text::tr("the access token has expired and there is no refresh token: sign in again on the "
                          "Connections page");
        return false;
    }
    QNetworkAccessManager network; // on the calling thread, for this one request
    const Net::OAuth2RefreshResult result = Net::refreshAccessToken(network, m_config, m_refreshToken);
    if (!result.ok) {
        *error = Text::tr("the access token has expired and could not be renewed: %1").arg(result.message);
        if (result.signInAgain)
            m_dead = *error;
        return false;
    }
    m_accessToken = result.tokens.accessToken;
    if (!result.tokens.refreshToken.isEmpty())
        m_refreshToken = result.tokens.refreshToken;
    m_unsaved = true;
    return true;
}

std::optional<std::pair<QByteArray, QByteArray>> OAuthSession::takeRenewed()
{
    const QMutexLocker locker(&m_mutex);
    if (!m_unsaved)
        return std::nullopt;
    m_unsaved = false;
    return std::pair{m_accessToken, m_refreshToken};
}

} // namespace LedgerLink::Connectors
