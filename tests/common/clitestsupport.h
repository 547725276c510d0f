#pragma once
// Running ledgerlink-cli as a user does, for the CLI tests: a real process named by the
// LEDGERLINK_CLI environment variable (set by CTest), its exit code, output and JSON.
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace LedgerLink::Testing {

struct CliResult
{
    int exitCode = -1; ///< -1: did not start or did not finish in time
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// Runs the CLI with `arguments`, the test's environment plus `environment`, and `input` on its
/// standard input (closed afterwards).
inline CliResult runCliProcess(const QStringList &arguments, const QHash<QString, QString> &environment = {},
                               const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("LEDGERLINK_CLI"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// runCliProcess with LEDGERLINK_WORKSPACES_DIR set to `workspacesDir` (when given).
inline CliResult runCliIn(const QStringList &arguments, const QString &workspacesDir)
{
    QHash<QString, QString> environment;
    if (!workspacesDir.isEmpty())
        environment.insert(QStringLiteral("LEDGERLINK_WORKSPACES_DIR"), workspacesDir);
    return runCliProcess(arguments, environment);
}

} // namespace LedgerLink::Testing
