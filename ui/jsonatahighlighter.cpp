#include "jsonatahighlighter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {
enum BlockState { Normal = 0, InComment = 1 };
} // namespace

JsonataHighlighter::JsonataHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    chooseColours();
    QCoreApplication::instance()->installEventFilter(this);
}

void JsonataHighlighter::chooseColours()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_string.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb2, 0x4a, 0x00));
    m_variable.setForeground(dark ? QColor(0x89, 0xdd, 0xff) : QColor(0x00, 0x6d, 0x8f));
    m_function.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4f, 0xa0));
    m_function.setFontWeight(QFont::Bold);
    m_keyword.setForeground(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2));
    m_keyword.setFontWeight(QFont::Bold);
    m_comment.setForeground(dark ? QColor(0x80, 0x86, 0x8f) : QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_operator.setForeground(dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x8d, 0x5b, 0x00));
}

bool JsonataHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange) {
        chooseColours();
        rehighlight();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsonataHighlighter::highlightBlock(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    setCurrentBlockState(Normal);
    if (previousBlockState() == InComment) {
        const qsizetype end = text.indexOf(u"*/"_s);
        if (end < 0) {
            setFormat(0, int(size), m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(0, int(end + 2), m_comment);
        i = end + 2;
    }
    const auto isNameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < size && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            if (end < 0) {
                setFormat(int(i), int(size - i), m_comment);
                setCurrentBlockState(InComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
        } else if (c == u'"' || c == u'\'' || c == u'`') {
            qsizetype end = i + 1;
            while (end < size && text.at(end) != c)
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            setFormat(int(i), int(end - i), c == u'`' ? m_variable : m_string);
            i = end;
        } else if (c == u'$') {
            qsizetype end = i + 1;
            while (end < size && isNameChar(text.at(end)))
                ++end;
            qsizetype next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool call = next < size && text.at(next) == u'(' && end > i + 1;
            setFormat(int(i), int(end - i), call ? m_function : m_variable);
            i = end;
        } else if (c.isDigit()) {
            qsizetype end = i + 1;
            while (end < size
                   && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e'
                       || text.at(end) == u'E'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter() || c == u'_') {
            qsizetype end = i + 1;
            while (end < size && isNameChar(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            static const QStringList keywords{u"and"_s,  u"or"_s,    u"in"_s,  u"function"_s,
                                              u"true"_s, u"false"_s, u"null"_s};
            if (keywords.contains(word))
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else if (QStringView(u"&?:=<>!~+-*/%|^").contains(c)) {
            setFormat(int(i), 1, m_operator);
            ++i;
        } else {
            ++i;
        }
    }
}

} // namespace LedgerLink::Studio
