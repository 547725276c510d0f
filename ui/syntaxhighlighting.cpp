#include "syntaxhighlighting.h"

#include "jsonatahighlighter.h"
#include "jsonhighlighter.h"

#if defined(LEDGERLINK_HAVE_KSYNTAXHIGHLIGHTING)
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>
#endif

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

#if defined(LEDGERLINK_HAVE_KSYNTAXHIGHLIGHTING)
namespace {
KSyntaxHighlighting::Repository &repository()
{
    // Our JSONata definition lives in the resources under :/ledgerlink/ksyntax/syntax/.
    static KSyntaxHighlighting::Repository repo;
    static const bool added = [] {
        repo.addCustomSearchPath(u":/ledgerlink/ksyntax"_s);
        return true;
    }();
    Q_UNUSED(added);
    return repo;
}
} // namespace

QSyntaxHighlighter *attachHighlighter(QTextDocument *document, Syntax syntax)
{
    auto &repo = repository();
    const auto definition = repo.definitionForName(syntax == Syntax::Json ? u"JSON"_s : u"JSONata"_s);
    if (!definition.isValid())
        return syntax == Syntax::Json ? static_cast<QSyntaxHighlighter *>(new JsonHighlighter(document))
                                      : new JsonataHighlighter(document);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(definition);
    highlighter->setTheme(repo.themeForPalette(QGuiApplication::palette()));
    return highlighter;
}
#else
QSyntaxHighlighter *attachHighlighter(QTextDocument *document, Syntax syntax)
{
    if (syntax == Syntax::Json)
        return new JsonHighlighter(document);
    return new JsonataHighlighter(document);
}
#endif

} // namespace LedgerLink::Studio
