#include "webhookcommands.h"

#include "net/webhooksignature.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QTextStream>

#include <optional>

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

} // namespace

QString webhookUsage()
{
    return Text::tr("  webhook verify --vendor shopify|woocommerce|xero --secret-file F --body FILE\n"
                    "                 --signature VALUE\n"
                    "                 check a delivery's signature header exactly as the webhook\n"
                    "                 receiver does; FILE holds the raw body, VALUE the header's value;\n"
                    "                 one trailing newline of the secret file is not part of the secret;\n"
                    "                 exit 0 valid, 1 invalid (reason on stderr), 2 bad arguments\n");
}

int webhook(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return badUsage(err, Text::tr("no subcommand given"));
    if (arguments.first() == u"verify")
        return verify(arguments.mid(1), out, err);
    return badUsage(err, Text::tr("unknown subcommand \"%1\"").arg(arguments.first()));
}

} // namespace LedgerLink::Cli
