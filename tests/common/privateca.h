#pragma once
// A private certificate authority for the tests that check a certificate is refused until its
// authority is trusted (the fault matrix's TLS row, the studio's Test connection): a self-signed
// certificate for 127.0.0.1 made with the openssl CLI, and a workspace's connections.json
// "ca_bundle" naming it.
#include "engine/workspaceconfig.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>

namespace LedgerLink::Testing {

/// Writes `dir`/cert.pem (a certificate for 127.0.0.1 and localhost, valid two days) and
/// `dir`/key.pem (its RSA key, a PEM file without any certificate) and loads both; false with
/// *error when openssl fails or its output does not load.
inline bool makeSelfSignedCertificate(const QString &dir, QSslCertificate *certificate, QSslKey *key,
                                      QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll())
            + openssl.errorString();
        return false;
    }
    QFile certFile(dir + QStringLiteral("/cert.pem"));
    QFile keyFile(dir + QStringLiteral("/key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated certificate");
        return false;
    }
    *certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    *key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        *error = QStringLiteral("the generated certificate or key does not load");
        return false;
    }
    return true;
}

/// Sets "ca_bundle" in `workspaceDir`'s connections.json to `bundle` (a path relative to the
/// workspace folder), or removes it when `bundle` is empty, keeping every other key; false when the
/// file cannot be read or written whole.
inline bool setCaBundle(const QString &workspaceDir, const QString &bundle)
{
    QFile file(Engine::connectionsFilePath(workspaceDir));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (root.isEmpty())
        return false;
    if (bundle.isEmpty())
        root.remove(QStringLiteral("ca_bundle"));
    else
        root.insert(QStringLiteral("ca_bundle"), bundle);
    const QByteArray json = QJsonDocument(root).toJson();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
}

} // namespace LedgerLink::Testing
