#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtWidgets/QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace LedgerLink::Studio {

/// The plural title of a mapping document's object ("order" → "Orders"), translated.
QString objectTitle(const QString &object);

/**
 * One progress bar per object a sync processes (orders, customers, ...), fed by the engine's
 * objectProgress signal: done of read so far, and the run's failed attempts beside it. A bar is
 * added the first time its object reports; the objects given to the constructor have one from
 * the start, so that the page does not jump when a sync begins.
 */
class ObjectProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectProgressPanel)

public:
    explicit ObjectProgressPanel(const QStringList &objects, QWidget *parent = nullptr);

    /// A new run: every bar back to nothing done, busy until its object reports.
    void reset();
    void setProgress(const QString &object, int done, int total, int errors);
    /// The run ended (`ran`) or did not run: bars with nothing read show "nothing new" or "did
    /// not run" instead of busy.
    void finish(bool ran);

    QProgressBar *bar(const QString &object) const;
    /// The text beside a bar: the run's failed attempts ("1 failed"); empty when none.
    QString errorText(const QString &object) const;

private:
    struct Row
    {
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *errors = nullptr;
        bool reported = false;
        int total = 0;
    };
    Row &row(const QString &object);

    QGridLayout *m_grid = nullptr;
    QHash<QString, Row> m_rows;
};

} // namespace LedgerLink::Studio
