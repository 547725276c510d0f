#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

namespace LedgerLink {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    // Translators installed later are searched first: English plurals are the fallback.
    auto *english = new QTranslator(app);
    if (english->load(u":/i18n/ledgerlink_en.qm"_s))
        QCoreApplication::installTranslator(english);
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *own = new QTranslator(app);
        if (own->load(locale, u"ledgerlink"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(own);
    }
}

} // namespace LedgerLink
