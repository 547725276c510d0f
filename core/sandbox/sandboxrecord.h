#pragma once

#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace LedgerLink::Sandbox {

/// What `ledgerlink-cli sandbox serve` records in `<workspace>/sandbox.json` while it runs:
/// {"store":{"url":...},"books":{"url":...},"pid":...}. Written atomically, removed on a clean
/// exit.
struct SandboxRecord
{
    QUrl storeUrl;
    QUrl booksUrl;
    qint64 pid = 0;
};

/// The record file's path inside a workspace folder.
QString sandboxRecordPath(const QString &workspaceDir);

/// Writes the record atomically (QSaveFile). Returns an error message, or an empty string.
QString writeSandboxRecord(const QString &workspaceDir, const SandboxRecord &record);

/// Removes the record (only if it names `pid`, so a newer server's record survives).
void removeSandboxRecord(const QString &workspaceDir, qint64 pid);

/// The running sandbox recorded in `workspaceDir`, or nothing when there is no record, it is
/// unreadable, or its process is no longer alive (a stale record left by a killed server).
std::optional<SandboxRecord> readSandboxRecord(const QString &workspaceDir);

} // namespace LedgerLink::Sandbox
