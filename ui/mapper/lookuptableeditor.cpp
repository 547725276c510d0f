#include "lookuptableeditor.h"

#include "mappingeditor.h"
#include "transformeditor.h"

#include <QtGui/QUndoStack>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

LookupTableEditor::LookupTableEditor(MappingEditor *editor, const QString &currentTableId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_tables(editor->document().lookupTables)
{
    for (const Mapping::LookupTable &table : std::as_const(m_tables))
        m_originalIds.append(table.id);
    setObjectName(u"lookupTableEditor"_s);
    setWindowTitle(tr("Lookup tables"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"tableList"_s);
    for (const Mapping::LookupTable &table : std::as_const(m_tables))
        m_list->addItem(table.id);
    auto *addTableButton = new QPushButton(tr("Add table"), this);
    auto *removeTableButton = new QPushButton(tr("Remove table"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(addTableButton);
    tableButtons->addWidget(removeTableButton);
    left->addLayout(tableButtons);

    m_id = new QLineEdit(this);
    m_id->setObjectName(u"tableId"_s);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"tableDescription"_s);
    m_entries = new QTableWidget(0, 2, this);
    m_entries->setObjectName(u"entryTable"_s);
    m_entries->setHorizontalHeaderLabels({tr("Source value"), tr("Value written")});
    m_entries->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_entries->verticalHeader()->hide();
    m_fallback = new QLineEdit(this);
    m_fallback->setObjectName(u"tableFallback"_s);
    m_fallback->setPlaceholderText(tr("none: a value without an entry is an error"));
    auto *addEntryButton = new QPushButton(tr("Add entry"), this);
    auto *removeEntryButton = new QPushButton(tr("Remove entry"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Description:"), m_description);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_entries, 1);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(addEntryButton);
    entryButtons->addWidget(removeEntryButton);
    entryButtons->addStretch();
    right->addLayout(entryButtons);
    auto *fallbackForm = new QFormLayout;
    fallbackForm->addRow(tr("Fallback:"), m_fallback);
    right->addLayout(fallbackForm);

    m_message = new QLabel(this);
    m_message->setObjectName(u"lookupMessage"_s);
    m_message->setStyleSheet(u"color: #c62828"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LookupTableEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LookupTableEditor::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(addTableButton, &QPushButton::clicked, this, &LookupTableEditor::addTable);
    connect(removeTableButton, &QPushButton::clicked, this, &LookupTableEditor::removeTable);
    connect(addEntryButton, &QPushButton::clicked, this, &LookupTableEditor::addEntry);
    connect(removeEntryButton, &QPushButton::clicked, this, &LookupTableEditor::removeEntry);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shown)
            return;
        if (!storeShown()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_shown);
            return;
        }
        showTable(row);
    });
    int current = 0;
    for (int i = 0; i < m_tables.size(); ++i)
        if (m_tables.at(i).id == currentTableId)
            current = i;
    if (!m_tables.isEmpty())
        m_list->setCurrentRow(current);
    else
        showTable(-1);
}

LookupTableEditor::~LookupTableEditor() = default;

void LookupTableEditor::showTable(int row)
{
    m_shown = row;
    const bool valid = row >= 0 && row < m_tables.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_description, m_entries, m_fallback})
        w->setEnabled(valid);
    m_entries->setRowCount(0);
    if (!valid) {
        m_id->clear();
        m_description->clear();
        m_fallback->clear();
        return;
    }
    const Mapping::LookupTable &table = m_tables.at(row);
    m_id->setText(table.id);
    m_description->setText(table.description);
    m_fallback->setText(table.fallback ? textFromValue(*table.fallback) : QString());
    m_entries->setRowCount(int(table.entries.size()));
    int r = 0;
    for (auto it = table.entries.cbegin(); it != table.entries.cend(); ++it, ++r) {
        m_entries->setItem(r, 0, new QTableWidgetItem(it.key()));
        m_entries->setItem(r, 1, new QTableWidgetItem(textFromValue(it.value())));
    }
}

bool LookupTableEditor::storeShown()
{
    m_problem.clear();
    m_message->clear();
    if (m_shown < 0 || m_shown >= m_tables.size())
        return true;
    const Mapping::LookupTable &before = m_tables.at(m_shown);
    // Values keep their type: an entry left as it was stays as it was, and in a table of text
    // values (account codes, tax types) "4000" stays text unless it is written as JSON.
    const bool textTable = !before.entries.isEmpty()
        && std::all_of(before.entries.cbegin(), before.entries.cend(),
                       [](const QJsonValue &v) { return v.isString(); });
    const auto typed = [&](const QString &text,
                           const std::optional<QJsonValue> &old) -> std::optional<QJsonValue> {
        if (old && textFromValue(*old) == text)
            return old;
        return valueFromText(text, textTable);
    };
    Mapping::LookupTable table;
    table.id = m_id->text().trimmed();
    table.description = m_description->text().trimmed();
    table.fallback = typed(m_fallback->text(), before.fallback);
    if (table.id.isEmpty())
        m_problem = tr("A lookup table needs an id.");
    for (int i = 0; i < m_tables.size() && m_problem.isEmpty(); ++i)
        if (i != m_shown && m_tables.at(i).id == table.id)
            m_problem = tr("Two lookup tables are called \"%1\".").arg(table.id);
    for (int r = 0; r < m_entries->rowCount() && m_problem.isEmpty(); ++r) {
        const QString key = m_entries->item(r, 0) ? m_entries->item(r, 0)->text().trimmed() : QString();
        const QString value = m_entries->item(r, 1) ? m_entries->item(r, 1)->text() : QString();
        if (key.isEmpty() && value.trimmed().isEmpty())
            continue; // an empty row is ignored
        if (key.isEmpty())
            m_problem = tr("Row %1 of %2 has no source value.").arg(r + 1).arg(table.id);
        else if (table.entries.contains(key))
            m_problem = tr("\"%1\" is in %2 twice.").arg(key, table.id);
        else
            table.entries.insert(key,
                                 typed(value,
                                       before.entries.contains(key)
                                           ? std::optional<QJsonValue>(before.entries.value(key))
                                           : std::nullopt)
                                     .value_or(QJsonValue(u""_s)));
    }
    if (!m_problem.isEmpty()) {
        m_message->setText(m_problem);
        return false;
    }
    m_tables[m_shown] = table;
    if (QListWidgetItem *item = m_list->item(m_shown))
        item->setText(table.id);
    return true;
}

void LookupTableEditor::addTable()
{
    if (!storeShown())
        return;
    Mapping::LookupTable table;
    table.id = u"table_%1"_s.arg(m_tables.size() + 1);
    for (int n = int(m_tables.size()) + 2;
         std::any_of(m_tables.cbegin(), m_tables.cend(), [&](const auto &t) { return t.id == table.id; });
         ++n)
        table.id = u"table_%1"_s.arg(n);
    m_tables.append(table);
    m_originalIds.append(QString());
    m_list->addItem(table.id);
    m_list->setCurrentRow(int(m_tables.size()) - 1);
    m_id->setFocus();
    m_id->selectAll();
}

void LookupTableEditor::removeTable()
{
    if (m_shown < 0 || m_shown >= m_tables.size())
        return;
    const int row = m_shown;
    m_tables.removeAt(row);
    m_originalIds.removeAt(row);
    m_shown = -1;
    delete m_list->takeItem(row);
    showTable(m_list->currentRow());
}

void LookupTableEditor::addEntry()
{
    const int row = m_entries->rowCount();
    m_entries->insertRow(row);
    m_entries->setItem(row, 0, new QTableWidgetItem);
    m_entries->setItem(row, 1, new QTableWidgetItem);
    m_entries->setCurrentCell(row, 0);
    m_entries->editItem(m_entries->item(row, 0));
}

void LookupTableEditor::removeEntry()
{
    if (m_entries->currentRow() >= 0)
        m_entries->removeRow(m_entries->currentRow());
}

void LookupTableEditor::accept()
{
    if (!storeShown())
        return;
    const QList<Mapping::LookupTable> before = m_editor->document().lookupTables;
    if (before == m_tables) {
        QDialog::accept();
        return;
    }
    // Renamed tables: the field mappings naming them (their lookup, or $tables.<id> in a
    // transform) follow the new id in the same undo step.
    QHash<QString, QString> renamed;
    for (int i = 0; i < m_tables.size(); ++i) {
        if (!m_originalIds.at(i).isEmpty() && m_originalIds.at(i) != m_tables.at(i).id)
            renamed.insert(m_originalIds.at(i), m_tables.at(i).id);
    }
    m_editor->undoStack()->beginMacro(tr("Edit lookup tables"));
    for (const Mapping::LookupTable &old : before) {
        if (std::none_of(m_tables.cbegin(), m_tables.cend(), [&](const auto &t) { return t.id == old.id; }))
            m_editor->removeLookupTable(old.id);
    }
    for (const Mapping::LookupTable &table : std::as_const(m_tables))
        m_editor->setLookupTable(table);
    if (!renamed.isEmpty()) {
        const QList<Mapping::ObjectRule> rules = m_editor->document().objects;
        for (const Mapping::ObjectRule &rule : rules) {
            for (Mapping::FieldMapping field : rule.fields) {
                const Mapping::FieldMapping original = field;
                if (renamed.contains(field.lookup))
                    field.lookup = renamed.value(field.lookup);
                field.transform = Mapping::renameTableReferences(field.transform, renamed);
                if (field != original)
                    m_editor->changeFieldMapping(rule.id, field);
            }
        }
    }
    m_editor->undoStack()->endMacro();
    QDialog::accept();
}

} // namespace LedgerLink::Studio
