#include "sandboxcommands.h"

#include "engine/workspace.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxrecord.h"
#include "sandbox/sandboxservices.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};

// Set by SIGINT/SIGTERM; polled by a timer on the main thread (the only async-signal-safe way
// that needs no platform API).
volatile std::sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
}

bool parsePort(const QString &text, quint16 &port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    port = quint16(value);
    return true;
}

bool parseCount(const QString &text, int &count, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > maximum)
        return false;
    count = value;
    return true;
}

int serve(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Sandbox::SandboxOptions options;
    QString workspace;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        const QString value = hasValue ? arguments.at(i + 1) : QString();
        auto bad = [&err, &argument](const QString &why) -> int {
            err << Text::tr("ledgerlink-cli sandbox serve: %1: %2").arg(argument, why) << '\n'
                << sandboxUsage();
            return 2;
        };
        if (argument == u"--json") {
            json = true;
            continue;
        }
        if (!argument.startsWith(u"--"))
            return bad(Text::tr("unexpected argument"));
        if (!hasValue)
            return bad(Text::tr("a value is missing"));
        ++i;
        if (argument == u"--workspace") {
            workspace = value;
        } else if (argument == u"--store-port") {
            if (!parsePort(value, options.storePort))
                return bad(Text::tr("not a port number (0-65535): %1").arg(value));
        } else if (argument == u"--books-port") {
            if (!parsePort(value, options.booksPort))
                return bad(Text::tr("not a port number (0-65535): %1").arg(value));
        } else if (argument == u"--orders") {
            if (!parseCount(value, options.extraOrders, 5'000'000))
                return bad(Text::tr("not a number of orders: %1").arg(value));
        } else if (argument == u"--rate-limits") {
            if (value != u"on" && value != u"off")
                return bad(Text::tr("must be on or off, not %1").arg(value));
            options.rateLimits = value == u"on";
        } else if (argument == u"--deliveries") {
            if (!parseCount(value, options.webhookDeliveries, 100) || options.webhookDeliveries < 1)
                return bad(Text::tr("not a number of deliveries (1-100): %1").arg(value));
        } else if (argument == u"--write-delay-ms") {
            if (!parseCount(value, options.writeDelayMs, 600'000))
                return bad(Text::tr("not a delay in milliseconds: %1").arg(value));
        } else {
            return bad(Text::tr("unknown option"));
        }
    }
    if (workspace.isEmpty())
        workspace = Engine::sandboxWorkspaceDir();
    workspace = QDir(workspace).absolutePath();
    options.dataDir = QDir(workspace).filePath(u"sandbox"_s);

    Sandbox::SandboxServices services;
    const Sandbox::SandboxStarted started = services.start(options);
    if (!started.ok) {
        err << Text::tr("ledgerlink-cli: the sandbox did not start: %1").arg(started.error) << '\n';
        return 1;
    }
    Sandbox::SandboxRecord record;
    record.storeUrl = started.storeUrl;
    record.booksUrl = started.booksUrl;
    record.pid = QCoreApplication::applicationPid();
    if (const QString error = Sandbox::writeSandboxRecord(workspace, record); !error.isEmpty()) {
        err << Text::tr("ledgerlink-cli: cannot write %1: %2")
                   .arg(Sandbox::sandboxRecordPath(workspace), error)
            << '\n';
        return 1;
    }

    if (json) {
        const QJsonObject object{
            {u"store"_s,
             QJsonObject{{u"url"_s, started.storeUrl.toString()},
                         {u"api"_s, QString(started.storeUrl.toString() + u"/admin/api/2024-04/"_s)},
                         {u"shop_domain"_s, Sandbox::Credentials::shopDomain()},
                         {u"access_token"_s, Sandbox::Credentials::shopAccessToken()},
                         {u"webhook_secret"_s, Sandbox::Credentials::shopWebhookSecret()}}},
            {u"books"_s,
             QJsonObject{{u"url"_s, started.booksUrl.toString()},
                         {u"api"_s, QString(started.booksUrl.toString() + u"/api.xro/2.0/"_s)},
                         {u"tenant_id"_s, Sandbox::Credentials::xeroTenantId()},
                         {u"access_token"_s, Sandbox::Credentials::xeroAccessToken()},
                         {u"webhook_key"_s, Sandbox::Credentials::xeroWebhookKey()}}},
            {u"pid"_s, record.pid},
            {u"record"_s, Sandbox::sandboxRecordPath(workspace)},
            {u"extra_orders"_s, options.extraOrders},
            {u"generator_seed"_s, qint64(started.extraOrdersSeed)},
        };
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << Text::tr("Sandbox store (Shopify Admin REST 2024-04): %1/admin/api/2024-04/")
                   .arg(started.storeUrl.toString())
            << '\n'
            << Text::tr("  shop domain %1, header X-Shopify-Access-Token: %2, webhook secret %3")
                   .arg(Sandbox::Credentials::shopDomain(), Sandbox::Credentials::shopAccessToken(),
                        Sandbox::Credentials::shopWebhookSecret())
            << '\n'
            << Text::tr("Sandbox books (Xero Accounting 2.0): %1/api.xro/2.0/")
                   .arg(started.booksUrl.toString())
            << '\n'
            << Text::tr("  Authorization: Bearer %1, xero-tenant-id: %2")
                   .arg(Sandbox::Credentials::xeroAccessToken(), Sandbox::Credentials::xeroTenantId())
            << '\n';
        if (options.extraOrders > 0)
            out << Text::tr("Synthetic orders: %1 (generator seed %2)")
                       .arg(options.extraOrders)
                       .arg(started.extraOrdersSeed)
                << '\n';
        out << Text::tr("Recorded in %1. Stop with Ctrl+C.").arg(Sandbox::sandboxRecordPath(workspace))
            << '\n';
    }
    out.flush();

    stopRequested = 0;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, qApp, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    poll.start(50);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    services.stop();
    Sandbox::removeSandboxRecord(workspace, record.pid);
    if (!json)
        out << Text::tr("Sandbox stopped.") << '\n';
    return 0;
}

} // namespace

int sandbox(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() != u"serve") {
        err << Text::tr("ledgerlink-cli sandbox: expected the subcommand \"serve\"") << '\n'
            << sandboxUsage();
        return 2;
    }
    return serve(arguments.mid(1), out, err);
}

QString sandboxUsage()
{
    return Text::tr(
        "  ledgerlink-cli sandbox serve [--workspace DIR] [--store-port N] [--books-port N] [--orders N]\n"
        "                               [--rate-limits on|off] [--deliveries N] [--write-delay-ms N] "
        "[--json]\n"
        "      Runs the sandbox store and books on 127.0.0.1 until Ctrl+C (SIGINT/SIGTERM).\n");
}

} // namespace LedgerLink::Cli
