#include "deadletterspage.h"

#include "engine/deadletters.h"
#include "jsonhighlighter.h"
#include "store/statestore.h"
#include "storeworker.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Letter");
    case Object:
        return tr("Object");
    case Record:
        return tr("Record");
    case Created:
        return tr("Since");
    case Error:
        return tr("Why");
    default:
        return {};
    }
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::DeadLetter &letter = m_letters.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Error)
        return letter.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return letter.id;
    case Object:
        return letter.objectType;
    case Record: {
        const QString key = letter.payload.value(u"match_key"_s).toString();
        return key.isEmpty() ? letter.objectId : u'#' + key;
    }
    case Created:
        return QLocale().toString(letter.created.toLocalTime(), QLocale::ShortFormat);
    case Error:
        return letter.error.section(u'\n', 0, 0);
    default:
        return {};
    }
}

void DeadLetterModel::setLetters(QList<Store::DeadLetter> letters)
{
    beginResetModel();
    m_letters = std::move(letters);
    endResetModel();
}

const Store::DeadLetter *DeadLetterModel::letterAt(int row) const
{
    return row >= 0 && row < m_letters.size() ? &m_letters.at(row) : nullptr;
}

int DeadLetterModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_letters.size(); ++row)
        if (m_letters.at(row).id == id)
            return int(row);
    return -1;
}

namespace {

/// The payload a replay would write: the one edited, else the invoice of the last request.
QJsonObject payloadOf(const Store::DeadLetter &letter)
{
    const QJsonObject edited = letter.payload.value(u"mapped_payload"_s).toObject();
    if (!edited.isEmpty())
        return edited;
    const QByteArray body =
        letter.payload.value(u"last_request"_s).toObject().value(u"body"_s).toString().toUtf8();
    return Engine::invoiceIn(QJsonDocument::fromJson(body).object());
}

QString exchangeText(const Store::DeadLetter &letter)
{
    const QJsonObject request = letter.payload.value(u"last_request"_s).toObject();
    const QJsonObject response = letter.payload.value(u"last_response"_s).toObject();
    if (request.isEmpty())
        return DeadLettersPage::tr("No request was sent for it.");
    const auto readable = [](const QString &body) {
        return readableBody(body.toUtf8());
    };
    QString text = request.value(u"method"_s).toString() + u' ' + request.value(u"url"_s).toString() + u'\n';
    for (const QJsonValue &header : request.value(u"headers"_s).toArray())
        text += header.toArray().at(0).toString() + u": "_s + header.toArray().at(1).toString() + u'\n';
    text += u'\n' + readable(request.value(u"body"_s).toString()) + u'\n';
    text += DeadLettersPage::tr("HTTP %1 %2")
                .arg(response.value(u"status"_s).toInt())
                .arg(response.value(u"error"_s).toString())
        + u'\n' + readable(response.value(u"body"_s).toString());
    return text;
}

} // namespace

DeadLettersPage::DeadLettersPage(const Store::StoreLocation &location, QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<StoreWorker>(location))
    , m_model(new DeadLetterModel(this))
{
    setObjectName(u"deadLettersPage"_s);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Dead letters"), question) == QMessageBox::Yes;
    };

    m_table = new QTableView(this);
    m_table->setObjectName(u"deadLetterTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    m_table->setColumnWidth(DeadLetterModel::Id, digit * 8);
    m_table->setColumnWidth(DeadLetterModel::Object, digit * 10);
    m_table->setColumnWidth(DeadLetterModel::Record, digit * 12);
    m_table->setColumnWidth(DeadLetterModel::Created, digit * 18);

    m_error = new QLabel(tr("Select a dead letter."), this);
    m_error->setObjectName(u"letterError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_payload = jsonTextView(this, u"payloadEditor"_s, false);
    m_payload->setAccessibleName(tr("Mapped payload"));
    m_exchange = jsonTextView(this, u"exchangeView"_s, true);
    m_exchange->setAccessibleName(tr("Last request and response"));
    m_save = new QPushButton(tr("Save payload"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Keep the edited payload: a replay writes it instead of mapping the order again"));
    m_replay = new QPushButton(tr("Replay"), this);
    m_replay->setObjectName(u"replayButton"_s);
    m_replay->setToolTip(tr("Queue it again; the next sync sends it"));
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setToolTip(tr("Remove it for good (the audit log keeps what it was)"));
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    for (QPushButton *button : {m_save, m_replay, m_discard})
        button->setEnabled(false);

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(new QLabel(tr("Mapped payload (what a replay writes)"), editorBox));
    editorLayout->addWidget(m_payload, 1);
    auto *exchangeBox = new QWidget(this);
    auto *exchangeLayout = new QVBoxLayout(exchangeBox);
    exchangeLayout->setContentsMargins(0, 0, 0, 0);
    exchangeLayout->addWidget(new QLabel(tr("Last request and response"), exchangeBox));
    exchangeLayout->addWidget(m_exchange, 1);
    auto *bodies = new QSplitter(Qt::Horizontal, this);
    bodies->addWidget(editorBox);
    bodies->addWidget(exchangeBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(reloadButton);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_error);
    detailLayout->addWidget(bodies, 1);
    detailLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(reloadButton, &QPushButton::clicked, this, &DeadLettersPage::reload);
    connect(m_save, &QPushButton::clicked, this, &DeadLettersPage::savePayload);
    connect(m_replay, &QPushButton::clicked, this, &DeadLettersPage::replaySelected);
    connect(m_discard, &QPushButton::clicked, this, &DeadLettersPage::discardSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeadLettersPage::showSelected);
    reload();
}

DeadLettersPage::~DeadLettersPage() = default;

void DeadLettersPage::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

QString DeadLettersPage::statusText() const
{
    return m_status->text();
}

void DeadLettersPage::run(std::function<QString(Store::StateStore &)> work,
                          std::function<void(const QString &)> then)
{
    ++m_busy;
    m_worker->run(this, std::move(work), [this, then = std::move(then)](const QString &error) {
        --m_busy;
        then(error);
    });
}

void DeadLettersPage::reload()
{
    load({});
}

void DeadLettersPage::load(const QString &message)
{
    auto letters = std::make_shared<QList<Store::DeadLetter>>();
    run(
        [letters](Store::StateStore &store) {
            auto all = Store::DeadLetterRepository(store).list();
            if (!all)
                return all.error().message;
            *letters = std::move(all).value();
            return QString();
        },
        [this, letters, message](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("The dead letters cannot be read: %1").arg(error));
                emit finished(false);
                return;
            }
            // The letter on show stays on show, with any edit not saved yet.
            const qint64 keep = m_shown;
            m_model->setLetters(*letters);
            const int row = m_model->rowOf(keep);
            if (row >= 0)
                m_table->selectRow(row);
            else
                showSelected();
            m_status->setText(message.isEmpty() ? tr("%n dead letter(s)", nullptr, int(letters->size()))
                                                : message);
            emit finished(true);
        });
}

const Store::DeadLetter *DeadLettersPage::selected() const
{
    return m_model->letterAt(m_table->currentIndex().row());
}

void DeadLettersPage::showSelected()
{
    const Store::DeadLetter *letter = selected();
    for (QPushButton *button : {m_save, m_replay, m_discard})
        button->setEnabled(letter != nullptr);
    if (!letter) {
        m_shown = 0;
        m_error->setText(m_model->rowCount() == 0 ? tr("No dead letters: every record went through.")
                                                  : tr("Select a dead letter."));
        m_payload->clear();
        m_exchange->clear();
        return;
    }
    if (letter->id == m_shown)
        return;
    m_shown = letter->id;
    m_error->setText(tr("Dead letter %1 (%2 %3, job %4): %5")
                         .arg(letter->id)
                         .arg(letter->objectType, letter->objectId)
                         .arg(letter->jobId.value_or(0))
                         .arg(letter->error));
    m_payload->setPlainText(
        QString::fromUtf8(QJsonDocument(payloadOf(*letter)).toJson(QJsonDocument::Indented)));
    m_exchange->setPlainText(exchangeText(*letter));
}

void DeadLettersPage::savePayload()
{
    const Store::DeadLetter *letter = selected();
    if (!letter)
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_payload->toPlainText().toUtf8(), &parseError);
    if (!document.isObject()) {
        m_status->setText(tr("The payload is not a JSON object: %1 at offset %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
        emit finished(false);
        return;
    }
    const qint64 id = letter->id;
    const QJsonObject payload = document.object();
    run(
        [id, payload](Store::StateStore &store) {
            QString error;
            return Engine::editDeadLetterPayload(store, id, payload, &error) ? QString() : error;
        },
        [this, id](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("Not saved: %1").arg(error));
                emit finished(false);
                return;
            }
            m_shown = 0; // shown again as saved
            load(tr("Dead letter %1 now carries the edited payload; Replay sends it.").arg(id));
        });
}

void DeadLettersPage::replaySelected()
{
    const Store::DeadLetter *letter = selected();
    if (!letter)
        return;
    const qint64 id = letter->id;
    auto job = std::make_shared<qint64>(0);
    run(
        [id, job](Store::StateStore &store) {
            QString error;
            const std::optional<qint64> queued = Engine::replayDeadLetter(store, id, &error);
            if (queued)
                *job = *queued;
            return queued ? QString() : error;
        },
        [this, id, job](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("Not replayed: %1").arg(error));
                emit finished(false);
                return;
            }
            emit replayed(*job);
            load(tr("Dead letter %1 is queued again as job %2; the next sync sends it.").arg(id).arg(*job));
        });
}

void DeadLettersPage::discardSelected()
{
    const Store::DeadLetter *letter = selected();
    if (!letter)
        return;
    const qint64 id = letter->id;
    if (!m_confirm(tr("Discard dead letter %1 for good? The audit log keeps what it was.").arg(id)))
        return;
    run(
        [id](Store::StateStore &store) {
            QString error;
            return Engine::discardDeadLetter(store, id, &error) ? QString() : error;
        },
        [this, id](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("Not discarded: %1").arg(error));
                emit finished(false);
                return;
            }
            load(tr("Dead letter %1 discarded (kept in the audit log).").arg(id));
        });
}

} // namespace LedgerLink::Studio
