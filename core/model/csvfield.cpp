#include "model/csvfield.h"

#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace LedgerLink::Model {

QString csvField(const QString &text)
{
    static const QRegularExpression signedNumber(u"^[+-][0-9]+(\\.[0-9]+)?$"_s);
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@'
            || first == u'\t' || first == u'\r';
        if (formula && !signedNumber.match(field).hasMatch())
            field.prepend(u'\'');
    }
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}

} // namespace LedgerLink::Model
