#pragma once

#include <QtCore/QByteArray>
#include <QtGui/QSyntaxHighlighter>
#include <QtGui/QTextCharFormat>

class QPlainTextEdit;
class QWidget;

namespace LedgerLink::Studio {

/// Colours JSON: keys, strings, numbers, true/false/null, from the first line that opens an
/// object or an array (a request line and headers before it stay plain). The fallback of the
/// syntax highlighting; KDE's, where present, is not built here.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Colours for the application palette's base (light or dark).
    void chooseColours();

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};

/// A monospaced, unwrapped text view with JSON highlighting (read-only or an editor).
QPlainTextEdit *jsonTextView(QWidget *parent, const QString &objectName, bool readOnly);

/// A body for reading: JSON indented, anything else as it is.
QString readableBody(const QByteArray &body);

} // namespace LedgerLink::Studio
