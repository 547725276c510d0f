#pragma once

class QSyntaxHighlighter;
class QTextDocument;

namespace LedgerLink::Studio {

enum class Syntax { Json, Jsonata };

/**
 * Attaches a highlighter for `syntax` to `document` (owned by the document). With KDE Syntax
 * Highlighting (KF6, found by CMake: LEDGERLINK_HAVE_KSYNTAXHIGHLIGHTING) it uses KDE's JSON
 * definition and our JSONata one (resources/syntax/jsonata.xml) with the theme matching the
 * palette; otherwise Qt's QSyntaxHighlighter with our own rules (JsonHighlighter,
 * JsonataHighlighter). Only the fallback is built on Debian 12, where KF6 is not packaged.
 */
QSyntaxHighlighter *attachHighlighter(QTextDocument *document, Syntax syntax);

} // namespace LedgerLink::Studio
