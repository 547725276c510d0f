#pragma once
// A workspace of one's own against the sandbox (not the sandbox workspace, whose secrets are
// built in): the bundled sandbox mapping, switched from read-only to one direction so the engine
// writes, and a connections.json naming the sandbox's store and books. Its secrets come from the
// keychain or the environment, as a user's would.
#include <QtCore/QByteArray>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include "sandbox/sandboxcredentials.h"

namespace LedgerLink::Testing {

/// Writes mapping.json and connections.json into `dir` (created when missing) for the sandbox
/// store at `storeUrl` and books at `booksUrl`; false when a file could not be written whole.
inline bool writeSandboxWorkspace(const QString &dir, const QUrl &storeUrl, const QUrl &booksUrl)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile bundled(QStringLiteral(":/ledgerlink/mappings/sandbox.mapping.json"));
    if (!bundled.open(QIODevice::ReadOnly))
        return false;
    QByteArray mapping = bundled.readAll();
    mapping.replace("\"read_only\"", "\"one_direction\"");
    const QJsonObject connections{
        {QStringLiteral("store"),
         QJsonObject{{QStringLiteral("system"), QStringLiteral("shopify")},
                     {QStringLiteral("base_url"), storeUrl.toString()},
                     {QStringLiteral("account"), QString::fromLatin1(Sandbox::Credentials::shopDomainText)},
                     {QStringLiteral("api_version"), QStringLiteral("2024-04")}}},
        {QStringLiteral("erp"),
         QJsonObject{
             {QStringLiteral("system"), QStringLiteral("xero")},
             {QStringLiteral("base_url"), booksUrl.toString()},
             {QStringLiteral("account"), QString::fromLatin1(Sandbox::Credentials::xeroTenantIdText)}}},
    };
    QFile mappingFile(QDir(dir).filePath(QStringLiteral("mapping.json")));
    QFile connectionsFile(QDir(dir).filePath(QStringLiteral("connections.json")));
    return mappingFile.open(QIODevice::WriteOnly) && mappingFile.write(mapping) == mapping.size()
        && connectionsFile.open(QIODevice::WriteOnly)
        && connectionsFile.write(QJsonDocument(connections).toJson()) > 0;
}

} // namespace LedgerLink::Testing
