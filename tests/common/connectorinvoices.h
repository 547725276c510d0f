#pragma once
// The invoices in an ERP (the sandbox books, in the engine and fault tests), read through
// LedgerLink's own connector rather than raw HTTP: Reference → how many.
#include "connectors/connector.h"
#include "net/httpclient.h"

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtNetwork/QNetworkAccessManager>

namespace LedgerLink::Testing {

/// Every page of the ERP's invoices at `erp`, counted by Reference; empty (with a warning) when a
/// page cannot be read.
inline QHash<QString, int> invoiceReferences(const Connectors::ConnectorConfig &erp)
{
    QHash<QString, int> result;
    QNetworkAccessManager network;
    Net::HttpClient client(network, {});
    auto connector = Connectors::createConnector(erp, client);
    Connectors::ReadCursor cursor;
    for (;;) {
        const Connectors::ReadPage page = connector->readPage(QStringLiteral("Invoice"), cursor, 100);
        if (page.failure) {
            qWarning("%s", qPrintable(page.failure->message));
            return {};
        }
        for (const auto &record : page.records)
            ++result[record.document.value(QStringLiteral("Reference")).toString()];
        if (page.nextPageToken.isEmpty())
            break;
        cursor.pageToken = page.nextPageToken;
    }
    return result;
}

} // namespace LedgerLink::Testing
