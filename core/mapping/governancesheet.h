#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace LedgerLink::Mapping {

class MappingDocument;

/// The field-mapping sheet people sign off: one row per field mapping (one per object rule
/// without field mappings), in document order.
struct SheetRow
{
    QString object;
    QString storeField;
    QString erpField;
    QString direction; ///< "Store → ERP", "ERP → Store", "both ways", "none"
    QString owner; ///< "Store", "ERP", "Gateway": the field's owner, else the object's
    QString trigger;
    QString transform;
    QString lookup;
    QString note;
};

/// The column titles, in the order of SheetRow's members.
QStringList sheetHeader();
QList<SheetRow> sheetRows(const MappingDocument &document);

/// RFC 4180 CSV: header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break (quotes doubled). UTF-8 without a byte-order mark. A value a spreadsheet would run
/// as a formula (a transform "-total", a note "=…") is kept as text (Model::csvField()).
QByteArray sheetCsv(const MappingDocument &document);

/// A self-contained printable HTML page (inline print CSS, no scripts): the document's name,
/// its policies and the sheet as a table. PDF is left to the studio (Qt's printing needs QtGui).
QByteArray sheetHtml(const MappingDocument &document);

} // namespace LedgerLink::Mapping
