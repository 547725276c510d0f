#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QList>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

namespace LedgerLink {

namespace {

/// What the last call installed (main thread only, so no lock).
struct Installed
{
    QList<QPointer<QTranslator>> translators;
    QString language = u"en"_s;
};

Installed &installed()
{
    static Installed state;
    return state;
}

bool install(QCoreApplication *app, const std::function<bool(QTranslator &)> &load)
{
    auto *translator = new QTranslator(app);
    if (!load(*translator)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().translators.append(translator);
    return true;
}

} // namespace

void installTranslations()
{
    installTranslations(QString());
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    Installed &state = installed();
    for (const QPointer<QTranslator> &translator : std::as_const(state.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    state.translators.clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the chosen language too (the system's when none is chosen).
    QLocale::setDefault(locale);
    // Translators installed later are searched first: English plurals are the fallback.
    install(app, [](QTranslator &translator) { return translator.load(u":/i18n/ledgerlink_en.qm"_s); });
    state.language = u"en"_s;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(app, [&locale](QTranslator &translator) {
            return translator.load(locale, u"qtbase"_s, u"_"_s,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        });
        if (install(app, [&locale](QTranslator &translator) {
                return translator.load(locale, u"ledgerlink"_s, u"_"_s, u":/i18n"_s);
            }))
            state.language = QLocale::languageToCode(locale.language());
    }
    return state.language;
}

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"ledgerlink_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(11).chopped(3); // "ledgerlink_" … ".qm"
        if (!languages.contains(code))
            languages.append(code);
    }
    return languages;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace LedgerLink
