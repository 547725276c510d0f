#pragma once

#include "mapping/mappingdocument.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace LedgerLink::Studio {

class MappingEditor;

/**
 * The lookup-table editor: the document's tables on the left; the chosen one's id, description,
 * entries (the source value's text → the value written, JSON or plain text) and fallback on the
 * right. Works on a copy; OK applies every change as one undo step, Cancel drops them. An empty
 * or duplicate id, or a duplicate key, is refused with a message saying which.
 */
class LookupTableEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupTableEditor)

public:
    LookupTableEditor(MappingEditor *editor, const QString &currentTableId, QWidget *parent = nullptr);
    ~LookupTableEditor() override;

    /// Why OK is refused (empty when it is not).
    QString problem() const { return m_problem; }
    QListWidget *tableList() const { return m_list; }
    QTableWidget *entryTable() const { return m_entries; }

    void accept() override;

public slots:
    void addTable();
    void removeTable();
    void addEntry();
    void removeEntry();

private:
    void showTable(int row);
    /// Copies the inputs into m_tables[m_shown]; false (and m_problem) when they are invalid.
    bool storeShown();

    MappingEditor *m_editor;
    QList<Mapping::LookupTable> m_tables;
    QStringList m_originalIds; ///< per table: its id in the document ("" for a new one), for renames
    int m_shown = -1;
    QString m_problem;
    QListWidget *m_list = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_description = nullptr;
    QTableWidget *m_entries = nullptr;
    QLineEdit *m_fallback = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace LedgerLink::Studio
