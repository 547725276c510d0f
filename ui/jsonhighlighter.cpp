#include "jsonhighlighter.h"

#include "syntaxhighlighting.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QJsonDocument>
#include <QtGui/QColor>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>
#include <QtWidgets/QPlainTextEdit>

namespace LedgerLink::Studio {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    chooseColours();
    // A theme switched while the studio runs (Settings, or the system's) recolours the text.
    QCoreApplication::instance()->installEventFilter(this);
}

void JsonHighlighter::chooseColours()
{
    // Readable on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4f, 0xa0));
    m_string.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb2, 0x4a, 0x00));
    m_keyword.setForeground(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2));
    m_keyword.setFontWeight(QFont::Bold);
}

bool JsonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange) {
        chooseColours();
        rehighlight();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A request line and headers come before the body: the JSON starts at the first line that
    // opens an object or an array, and goes on to the end.
    const QStringView trimmed = QStringView(text).trimmed();
    const bool json = previousBlockState() == 1 || trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
    setCurrentBlockState(json ? 1 : 0);
    if (!json)
        return;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < size && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            qsizetype next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool key = next < size && text.at(next) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < size && text.at(i + 1).isDigit())) {
            qsizetype end = i + 1;
            while (end < size
                   && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e'
                       || text.at(end) == u'E' || text.at(end) == u'+' || text.at(end) == u'-'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text.at(end).isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else {
            ++i;
        }
    }
}

QPlainTextEdit *jsonTextView(QWidget *parent, const QString &objectName, bool readOnly)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(readOnly);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    attachHighlighter(view->document(), Syntax::Json);
    return view;
}

QString readableBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isNull() ? QString::fromUtf8(body)
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace LedgerLink::Studio
