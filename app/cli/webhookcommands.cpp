#include "webhookcommands.h"

#include "engine/workspace.h"
#include "engine/workspaceconfig.h"
#include "net/webhookreceiver.h"
#include "net/webhooksignature.h"
#include "store/statestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>

#include <csignal>
#include <memory>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace LedgerLink::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Cli)
};

int badUsage(QTextStream &err, const QString &what)
{
    err << u"ledgerlink-cli webhook: "_s << what << u"\n\n"_s << webhookUsage();
    return 2;
}

// Reads a whole file; nothing when it cannot be opened (the message is in `error`).
std::optional<QByteArray> readFile(const QString &option, const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = Text::tr("cannot read %1 \"%2\": %3").arg(option, path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

int verify(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QStringList known = {u"vendor"_s, u"secret-file"_s, u"body"_s, u"signature"_s};
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--"))
            return badUsage(err, Text::tr("unexpected argument \"%1\"").arg(arg));
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = eq < 0 ? arg.mid(2) : arg.mid(2, eq - 2);
        if (!known.contains(name))
            return badUsage(err, Text::tr("unknown option \"%1\"").arg(arg));
        if (eq >= 0)
            values.insert(name, arg.mid(eq + 1));
        else if (i + 1 < args.size())
            values.insert(name, args.at(++i));
        else
            return badUsage(err, Text::tr("option \"%1\" needs a value").arg(arg));
    }
    for (const QString &name : known) {
        if (!values.contains(name))
            return badUsage(err, Text::tr("missing option --%1").arg(name));
    }
    const QString vendorText = values.value(u"vendor"_s);
    const std::optional<Net::WebhookVendor> vendor = Net::vendorFromName(vendorText);
    if (!vendor)
        return badUsage(
            err,
            Text::tr("unknown vendor \"%1\" for --vendor (shopify, woocommerce or xero)").arg(vendorText));
    QString error;
    std::optional<QByteArray> secret = readFile(u"--secret-file"_s, values.value(u"secret-file"_s), error);
    if (!secret)
        return badUsage(err, error);
    // Editors and `echo` end the file with a newline that is not part of the secret.
    if (secret->endsWith('\n'))
        secret->chop(1);
    const std::optional<QByteArray> body = readFile(u"--body"_s, values.value(u"body"_s), error);
    if (!body)
        return badUsage(err, error);

    const Net::SignatureCheck check =
        Net::verifySignature(*vendor, *secret, *body, values.value(u"signature"_s).toUtf8());
    if (!check.valid) {
        err << Text::tr("invalid: %1").arg(check.reason) << u'\n';
        return 1;
    }
    out << Text::tr("valid") << u'\n';
    return 0;
}

int serveSignalPipe[2] = {-1, -1};

void onServeSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(serveSignalPipe[1], &byte, 1);
}

/// A whole number in [minimum, maximum] from an option's text.
std::optional<qint64> number(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

/// webhook serve: a WebhookReceiver for the workspace's state store until SIGINT/SIGTERM. It only
/// enqueues; the jobs run with the workspace's next `run` (or a `run --daemon`).
int serve(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QStringList valued = {u"workspace"_s,
                                u"address"_s,
                                u"port"_s,
                                u"capacity"_s,
                                u"retry-after"_s,
                                u"max-body"_s,
                                u"shopify-secret-file"_s,
                                u"woocommerce-secret-file"_s,
                                u"xero-secret-file"_s};
    QHash<QString, QString> values;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--json") {
            json = true;
            continue;
        }
        if (!arg.startsWith(u"--"))
            return badUsage(err, Text::tr("unexpected argument \"%1\"").arg(arg));
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = eq < 0 ? arg.mid(2) : arg.mid(2, eq - 2);
        if (!valued.contains(name))
            return badUsage(err, Text::tr("unknown option \"%1\"").arg(arg));
        if (eq >= 0)
            values.insert(name, arg.mid(eq + 1));
        else if (i + 1 < args.size())
            values.insert(name, args.at(++i));
        else
            return badUsage(err, Text::tr("option \"%1\" needs a value").arg(arg));
    }
    QHostAddress address(QHostAddress::LocalHost);
    if (values.contains(u"address"_s) && !address.setAddress(values.value(u"address"_s)))
        return badUsage(err, Text::tr("--address needs an IP address, as in --address 127.0.0.1"));
    const auto port = number(values.value(u"port"_s, u"0"_s), 0, 65535);
    if (!port)
        return badUsage(err, Text::tr("--port needs a port number (0-65535)"));
    const auto capacity = number(
        values.value(u"capacity"_s, QString::number(Net::WebhookReceiver::defaultCapacity)), 1, 100000000);
    if (!capacity)
        return badUsage(err, Text::tr("--capacity needs a number of jobs from 1 to 100000000"));
    const auto retryAfter = number(
        values.value(u"retry-after"_s, QString::number(Net::WebhookReceiver::defaultRetryAfter)), 1, 86400);
    if (!retryAfter)
        return badUsage(err, Text::tr("--retry-after needs a number of seconds from 1 to 86400"));
    const auto maxBody = number(
        values.value(u"max-body"_s, QString::number(Net::WebhookReceiver::defaultMaxBodySize)), 1, 1LL << 30);
    if (!maxBody)
        return badUsage(err, Text::tr("--max-body needs a number of bytes from 1 to 1073741824"));

    QList<std::pair<Net::WebhookVendor, QByteArray>> secrets;
    for (const Net::WebhookVendor vendor :
         {Net::WebhookVendor::Shopify, Net::WebhookVendor::WooCommerce, Net::WebhookVendor::Xero}) {
        const QString option = Net::vendorName(vendor) + u"-secret-file"_s;
        if (!values.contains(option))
            continue;
        QString error;
        std::optional<QByteArray> secret = readFile(u"--"_s + option, values.value(option), error);
        if (!secret)
            return badUsage(err, error);
        if (secret->endsWith('\n'))
            secret->chop(1);
        if (secret->isEmpty())
            return badUsage(err, Text::tr("the secret file of --%1 is empty").arg(option));
        secrets.append({vendor, *secret});
    }
    if (secrets.isEmpty())
        return badUsage(err,
                        Text::tr("give at least one of --shopify-secret-file, --woocommerce-secret-file, "
                                 "--xero-secret-file"));

    QString workspace = values.value(u"workspace"_s);
    if (workspace.isEmpty())
        workspace = Engine::sandboxWorkspaceDir();
    workspace = QDir(workspace).absolutePath();
    if (!QFileInfo(workspace).isDir()
        && (!Engine::isSandboxWorkspace(workspace) || !QDir().mkpath(workspace))) {
        err << Text::tr("ledgerlink-cli webhook serve: the workspace folder %1 does not exist").arg(workspace)
            << u'\n';
        return 1;
    }
    Store::StateStore store(Engine::ownStateLocation(workspace));
    if (auto opened = store.open(); !opened) {
        err << Text::tr("ledgerlink-cli webhook serve: %1").arg(opened.error().message) << u'\n';
        return 1;
    }
    Net::WebhookReceiver receiver(store);
    for (const auto &[vendor, secret] : std::as_const(secrets))
        receiver.setSecret(vendor, secret);
    receiver.setCapacity(int(*capacity));
    receiver.setRetryAfter(int(*retryAfter));
    receiver.setMaxBodySize(*maxBody);
    if (!receiver.listen(address, quint16(*port))) {
        err << Text::tr("ledgerlink-cli webhook serve: %1").arg(receiver.errorString()) << u'\n';
        return 1;
    }
    if (::pipe(serveSignalPipe) != 0) {
        err << Text::tr("ledgerlink-cli webhook serve: cannot set up signal handling") << u'\n';
        return 1;
    }
    const QString base = u"http://%1:%2"_s.arg(address.toString()).arg(receiver.port());
    if (json) {
        QJsonObject started{{u"listening"_s, base},
                            {u"port"_s, int(receiver.port())},
                            {u"workspace"_s, workspace},
                            {u"capacity"_s, receiver.capacity()},
                            {u"retry_after"_s, receiver.retryAfter()},
                            {u"pid"_s, qint64(QCoreApplication::applicationPid())}};
        out << QString::fromUtf8(QJsonDocument(started).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        out << Text::tr(
                   "Receiving webhooks for %1 on %2 (capacity %3 jobs, Retry-After %4 s); stop with Ctrl+C")
                   .arg(workspace, base)
                   .arg(receiver.capacity())
                   .arg(receiver.retryAfter())
            << u'\n';
        for (const auto &[vendor, secret] : std::as_const(secrets))
            out << u"  "_s << base << Net::WebhookReceiver::path(vendor) << u'\n';
    }
    out.flush();
    QSocketNotifier notifier(serveSignalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onServeSignal);
    std::signal(SIGTERM, onServeSignal);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(serveSignalPipe[0]);
    ::close(serveSignalPipe[1]);
    QJsonObject answered;
    for (const int status : {200, 400, 401, 413, 500, 503}) {
        if (receiver.answered(status) > 0)
            answered.insert(QString::number(status), receiver.answered(status));
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"stopped"_s, true}, {u"answered"_s, answered}})
                                     .toJson(QJsonDocument::Compact))
            << u'\n';
    } else {
        QStringList parts;
        for (auto it = answered.constBegin(); it != answered.constEnd(); ++it)
            parts.append(u"%1 × %2"_s.arg(it.value().toInt()).arg(it.key()));
        out << Text::tr("Stopped; answered: %1")
                   .arg(parts.isEmpty() ? Text::tr("nothing") : parts.join(u", "_s))
            << u'\n';
    }
    return 0;
}

} // namespace

QString webhookUsage()
{
    return Text::tr(
        "  webhook verify --vendor shopify|woocommerce|xero --secret-file F --body FILE\n"
        "                 --signature VALUE\n"
        "                 check a delivery's signature header exactly as the webhook\n"
        "                 receiver does; FILE holds the raw body, VALUE the header's value;\n"
        "                 one trailing newline of the secret file is not part of the secret;\n"
        "                 exit 0 valid, 1 invalid (reason on stderr), 2 bad arguments\n"
        "  webhook serve [--workspace DIR] --shopify-secret-file F [--woocommerce-secret-file F]\n"
        "                [--xero-secret-file F] [--address A] [--port N] [--capacity N]\n"
        "                [--retry-after S] [--max-body BYTES] [--json]\n"
        "                 receive webhooks into the workspace's job queue until Ctrl+C (the\n"
        "                 next run executes them); on 127.0.0.1 unless --address says otherwise;\n"
        "                 port 0 (default): any free port; --capacity: unfinished webhook jobs\n"
        "                 the queue may hold before deliveries are answered 503 with\n"
        "                 Retry-After: S seconds (defaults 10000 and 30); --max-body: 413 above\n"
        "                 it (default 1048576)\n");
}

int webhook(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return badUsage(err, Text::tr("no subcommand given"));
    if (arguments.first() == u"verify")
        return verify(arguments.mid(1), out, err);
    if (arguments.first() == u"serve")
        return serve(arguments.mid(1), out, err);
    return badUsage(err, Text::tr("unknown subcommand \"%1\"").arg(arguments.first()));
}

} // namespace LedgerLink::Cli
