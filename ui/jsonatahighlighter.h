#pragma once

#include <QtGui/QSyntaxHighlighter>
#include <QtGui/QTextCharFormat>

namespace LedgerLink::Studio {

/// Colours JSONata: strings, numbers, `$variables`, `$functions(`, keywords (and, or, in,
/// function, true, false, null), `backtick names` and /* comments */ (which may span lines).
/// The fallback of the syntax highlighting (see syntaxhighlighting.h).
class JsonataHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonataHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseColours();

    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_variable;
    QTextCharFormat m_function;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_operator;
};

} // namespace LedgerLink::Studio
