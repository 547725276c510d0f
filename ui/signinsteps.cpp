#include "signinsteps.h"

#include "engine/workspacecredentials.h"
#include "secrets/credentialstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLink::Studio::SignIn)
};

} // namespace

void startBrowserStage(Net::OAuth2SignIn *signIn, QObject *context, const BrowserStageTexts &texts,
                       const BrowserStageCallbacks &callbacks)
{
    QObject::connect(signIn, &Net::OAuth2SignIn::authorizationUrl, context,
                     [texts, callbacks](const QUrl &url, bool opened) {
                         if (!callbacks.current())
                             return;
                         callbacks.progress(opened ? texts.waiting
                                                   : texts.notOpened.arg(
                                                       QString::fromUtf8(url.toEncoded()).toHtmlEscaped()));
                     });
    QObject::connect(signIn, &Net::OAuth2SignIn::granted, context,
                     [callbacks](const Net::OAuth2Tokens &tokens) {
                         if (callbacks.current())
                             callbacks.granted(tokens);
                     });
    QObject::connect(signIn, &Net::OAuth2SignIn::failed, context,
                     [callbacks](Net::OAuth2SignIn::Failure failure, const QString &message) {
                         if (callbacks.current() && failure != Net::OAuth2SignIn::Failure::Cancelled)
                             callbacks.failed(message);
                     });
    callbacks.progress(texts.opening);
    signIn->start();
}

QDialog *openChoiceDialog(QWidget *parent, QObject *context, const ChoiceDialogTexts &texts,
                          const QList<ChoiceItem> &items, const std::function<void(qsizetype)> &chosen)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(texts.dialogName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(texts.title);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(texts.intro, dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget(dialog);
    list->setObjectName(texts.listName);
    list->setAlternatingRowColors(true);
    list->setSpacing(2);
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto *item = new QListWidgetItem(items.at(i).text, list);
        item->setData(Qt::UserRole, QVariant::fromValue(i));
        item->setToolTip(items.at(i).toolTip);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(texts.accept);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, dialog, &QDialog::accept);
    QObject::connect(dialog, &QDialog::accepted, context, [list, chosen] {
        chosen(list->currentItem() ? list->currentItem()->data(Qt::UserRole).value<qsizetype>() : -1);
    });
    QObject::connect(dialog, &QDialog::rejected, context, [chosen] { chosen(-1); });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(420, 260)));
    dialog->open(); // window-modal, no nested event loop
    return dialog;
}

void storeTokens(Secrets::CredentialStore *keychain, QObject *context,
                 const Connectors::ConnectorConfig &connection, const Net::OAuth2Tokens &tokens,
                 const std::function<bool()> &current,
                 const std::function<void(const QStringList &failures)> &done)
{
    struct Pending
    {
        int left = 2;
        QStringList failures;
    };
    auto pending = std::make_shared<Pending>();
    const bool hasRefresh = !tokens.refreshToken.isEmpty();
    const auto answered = [pending, current, done](const QString &key, bool removing) {
        return [pending, current, done, key, removing](const Secrets::CredentialResult &result) {
            if (!current())
                return;
            using Status = Secrets::CredentialResult::Status;
            if (result.status != Status::Ok && !(removing && result.status == Status::NotFound))
                pending->failures.append(Text::tr("%1 (%2)").arg(key, result.message));
            if (--pending->left == 0)
                done(pending->failures);
        };
    };
    const QString accessKey =
        Engine::credentialKey(connection, QString::fromLatin1(Engine::accessTokenField));
    const QString refreshKey =
        Engine::credentialKey(connection, QString::fromLatin1(Engine::refreshTokenField));
    keychain->write(accessKey, tokens.accessToken, context, answered(accessKey, false));
    if (hasRefresh)
        keychain->write(refreshKey, tokens.refreshToken, context, answered(refreshKey, false));
    else
        keychain->remove(refreshKey, context, answered(refreshKey, true));
}

} // namespace LedgerLink::Studio
