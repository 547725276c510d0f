#pragma once

// Shared helpers of the connector tests that talk to a sandbox or peer over real HTTP.

#include "connectors/connector.h"
#include "net/httpclient.h"

#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

#include <optional>

namespace ConnectorTest {

using namespace Qt::StringLiterals;

/// The failure's message, or "" (for QVERIFY2 texts).
inline QString messageOf(const std::optional<LedgerLink::Connectors::ConnectorFailure> &failure)
{
    return failure ? failure->message : QString();
}

/// GET <service>/__sandbox/stats: the sandbox's request counters.
inline QJsonObject sandboxStats(QNetworkAccessManager &network, const QUrl &service)
{
    LedgerLink::Net::HttpClient plain(network, LedgerLink::Net::HttpClientOptions{});
    QUrl url = service;
    url.setPath(u"/__sandbox/stats"_s);
    return plain.get(url).response.json().object();
}

/// Requests by any method but GET in sandbox stats.
inline int nonGetRequests(const QJsonObject &stats)
{
    int count = 0;
    const QJsonObject byMethod = stats.value(u"requests"_s).toObject();
    for (auto it = byMethod.begin(); it != byMethod.end(); ++it) {
        if (it.key() != u"GET"_s)
            count += it.value().toInt();
    }
    return count;
}

} // namespace ConnectorTest
