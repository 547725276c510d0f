#include "signinsteps.h"

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace LedgerLink::Studio {

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

} // namespace LedgerLink::Studio
