#pragma once

#include "store/deadletterrepository.h"
#include "store/storelocation.h"

#include <QtCore/QAbstractTableModel>
#include <QtWidgets/QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace LedgerLink::Store {
class StateStore;
}

namespace LedgerLink::Studio {

class StoreWorker;

/// The open dead letters, newest first.
class DeadLetterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterModel)

public:
    enum Column { Id, Object, Record, Created, Error, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLetters(QList<Store::DeadLetter> letters);
    const Store::DeadLetter *letterAt(int row) const;
    int rowOf(qint64 id) const;

private:
    QList<Store::DeadLetter> m_letters;
};

/**
 * Dead letters: the records the engine gave up on, with their last request, response and error.
 * Each can be inspected, its mapped payload edited, replayed (queued again; the next sync sends
 * it) or discarded; every action is audited. The state store is read and written on the page's
 * StoreWorker, never on the GUI thread.
 */
class DeadLettersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLettersPage)

public:
    explicit DeadLettersPage(const Store::StoreLocation &location, QWidget *parent = nullptr);
    ~DeadLettersPage() override;

    DeadLetterModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QString statusText() const;
    /// Work on the store is under way (a load or an action).
    bool isBusy() const { return m_busy > 0; }
    /// Asks before a discard; tests answer it themselves. Default: a message box.
    void setConfirmation(std::function<bool(const QString &question)> confirm);

public slots:
    void reload();
    void replaySelected();
    void discardSelected();
    void savePayload();

signals:
    /// A reload or an action finished (`ok` false: its error is in the status line).
    void finished(bool ok);
    /// Letters were replayed: the next sync sends them.
    void replayed(qint64 jobId);

private:
    /// Runs `work` with the store on the page's worker thread; `then` gets its error ("" when
    /// it succeeded) back on the GUI thread.
    void run(std::function<QString(Store::StateStore &)> work, std::function<void(const QString &)> then);
    /// Reads the letters again; the status line then says `message` (or how many there are).
    void load(const QString &message);
    void showSelected();
    const Store::DeadLetter *selected() const;

    std::unique_ptr<StoreWorker> m_worker; ///< the store, read and written off the GUI thread
    DeadLetterModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPlainTextEdit *m_exchange = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_status = nullptr;
    std::function<bool(const QString &)> m_confirm;
    qint64 m_shown = 0;
    int m_busy = 0;
};

} // namespace LedgerLink::Studio
