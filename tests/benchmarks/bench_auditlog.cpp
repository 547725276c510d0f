// The studio's audit log on a million rows (issue 6): how long the AuditLogModel takes to open
// (count + the first page shown), to apply a filter, to show the last row, and the process's peak
// memory. The rows are written by a child process of this program (--fill), so that the figures
// are those of a studio that opens an existing log. Prints figures; asserts nothing.
//
//   bench_auditlog [--rows N] [--db FILE]     (defaults: 1,000,000 rows, a temporary file)
#include "auditlogmodel.h"
#include "store/auditlog.h"
#include "store/statestore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;
using namespace LedgerLink;

namespace {

QTextStream out(stdout);

/// VmHWM of this process in MB.
double peakMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

int fill(const QString &path, int rows)
{
    Store::StateStore store(Store::StoreLocation::sqlite(path));
    if (auto opened = store.open(); !opened) {
        out << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray request =
        R"({"Invoices":[{"Contact":{"Name":"Anna Schmidt"},"LineItems":[{"ItemCode":"TEE-ORG-M","Quantity":2,"UnitAmount":"19.99"}],"Reference":"#)";
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < rows; start += 20000) {
        auto done = store.transaction([&](QSqlDatabase &) -> std::optional<Store::StoreError> {
            Store::AuditLog log(store);
            for (int i = start; i < qMin(rows, start + 20000); ++i) {
                Store::AuditEntry entry;
                entry.timestamp = t0.addSecs(i * 10);
                entry.objectType = i % 5 == 0 ? u"customer"_s : u"order"_s;
                entry.matchKey = QString::number(100000 + i / 3); // three attempts per record
                entry.operation = u"create"_s;
                entry.attempt = i % 3 + 1;
                entry.requestMethod = u"PUT"_s;
                entry.requestUrl = u"http://127.0.0.1:8123/api.xro/2.0/Invoices"_s;
                entry.requestBody = request + QByteArray::number(100000 + i / 3) + "\"}]}";
                entry.responseStatus = i % 10 == 0 ? 400 : 200;
                entry.responseBody = R"({"Invoices":[{"InvoiceID":"b3b6c1f2","Status":"AUTHORISED"}]})";
                entry.result = i % 10 == 0 ? u"failed"_s : u"ok"_s;
                entry.bodiesRedacted = true;
                if (auto added = log.append(entry); !added)
                    return added.error();
            }
            return std::nullopt;
        });
        if (!done) {
            out << "fill failed: " << done.error().message << Qt::endl;
            return 1;
        }
    }
    out << "filled " << rows << " rows in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    store.closeThreadConnection();
    return 0;
}

/// Runs the event loop until `done` is true (or 60 s); returns the milliseconds it took.
qint64 until(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60000) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"rows"_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption dbOption(u"db"_s, u"state store file"_s, u"FILE"_s);
    const QCommandLineOption fillOption(u"fill"_s, u"only write the rows"_s);
    parser.addOptions({rowsOption, dbOption, fillOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QTemporaryDir dir;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(u"state.sqlite"_s);
    if (parser.isSet(fillOption))
        return fill(path, rows);
    if (!QFile::exists(path)) {
        const int filled =
            QProcess::execute(QCoreApplication::applicationFilePath(),
                              {u"--fill"_s, u"--rows"_s, QString::number(rows), u"--db"_s, path});
        if (filled != 0)
            return 1;
    }

    Studio::AuditLogModel model(Store::StoreLocation::sqlite(path));
    bool counted = false;
    QObject::connect(&model, &Studio::AuditLogModel::counted, [&counted] { counted = true; });
    const auto shown = [&model](int row) {
        (void)model.index(row, 0).data(); // what a view does for a visible row
        return model.entryAt(row) != nullptr;
    };

    model.setFilter({});
    const qint64 open = until([&] { return counted && shown(0); });
    out << "open: " << model.rowCount() << " rows counted and the first page shown in " << open
        << " ms (target < 500)" << Qt::endl;
    const qint64 end = until([&] { return shown(model.rowCount() - 1); });
    out << "scroll to the end: the last row shown in " << end << " ms; rows loaded " << model.loadedRows()
        << " of " << model.rowCount() << Qt::endl;
    const qint64 middle = until([&] { return shown(model.rowCount() / 2); });
    out << "jump to the middle: shown in " << middle << " ms" << Qt::endl;

    Store::AuditQuery byRecord;
    byRecord.matchKey = QString::number(100000 + rows / 6);
    counted = false;
    model.setFilter(byRecord);
    const qint64 record = until([&] { return counted && (model.rowCount() == 0 || shown(0)); });
    out << "filter by record " << byRecord.matchKey << ": " << model.rowCount() << " rows in " << record
        << " ms (target < 300)" << Qt::endl;

    Store::AuditQuery failed;
    failed.result = u"failed"_s;
    counted = false;
    model.setFilter(failed);
    const qint64 result = until([&] { return counted && (model.rowCount() == 0 || shown(0)); });
    out << "filter by result failed: " << model.rowCount() << " rows in " << result << " ms (target < 300)"
        << Qt::endl;

    Store::AuditQuery recent;
    recent.objectType = u"order"_s;
    recent.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(rows) * 10 - 86400);
    counted = false;
    model.setFilter(recent);
    const qint64 day = until([&] { return counted && (model.rowCount() == 0 || shown(0)); });
    out << "filter by object and the last 24 hours: " << model.rowCount() << " rows in " << day
        << " ms (target < 300)" << Qt::endl;
    out << "peak RSS: " << peakMb() << " MB (target < 300)" << Qt::endl;
    return 0;
}
