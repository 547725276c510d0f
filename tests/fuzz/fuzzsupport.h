#pragma once

// Shared set-up of the libFuzzer targets: one QCoreApplication for the whole process (Qt Sql,
// QTimer and the translators need one) and a message handler that keeps Qt's warnings out of the
// fuzzer's output. qFatal still aborts, so libFuzzer records it as a crash.

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace LedgerLink::Fuzz {

inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
    if (qEnvironmentVariableIsSet("LEDGERLINK_FUZZ_VERBOSE"))
        std::fprintf(stderr, "qt: %s\n", qUtf8Printable(message));
}

/// Creates the process's QCoreApplication once (call from LLVMFuzzerInitialize).
inline void initializeQt(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessageHandler);
    static QCoreApplication *application = nullptr;
    if (!application)
        application = new QCoreApplication(*argc, *argv);
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts (a libFuzzer crash) when a property of the code under test does not hold.
#define LEDGERLINK_FUZZ_CHECK(condition, what)                                                               \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s)\n", #condition, what);                          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

} // namespace LedgerLink::Fuzz
