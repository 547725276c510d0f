#include "mapperpage.h"

#include "automapdialog.h"
#include "choicedelegate.h"
#include "fieldmappingsmodel.h"
#include "lookuptableeditor.h"
#include "mapperscene.h"
#include "mapperview.h"
#include "mapping/fieldcatalog.h"
#include "mapping/governancesheet.h"
#include "mappingeditor.h"
#include "objectrulesmodel.h"
#include "transformeditor.h"

#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtGui/QAction>
#include <QtGui/QPageLayout>
#include <QtGui/QPageSize>
#include <QtGui/QPdfWriter>
#include <QtGui/QTextDocument>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {
constexpr int IssueRuleRole = Qt::UserRole + 1;
constexpr int IssueFieldRole = Qt::UserRole + 2;
} // namespace

MapperPage::MapperPage(MappingEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(u"mapperPage"_s);
    m_scene = new MapperScene(editor, this);
    m_rules = new ObjectRulesModel(editor, this);
    m_fields = new FieldMappingsModel(editor, this);

    // ---- Actions (the page contributes them; shortcuts work anywhere in the page) ----
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"mapperToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto action = [this, toolBar](const QString &text, const QString &name, QKeySequence shortcut = {},
                                        QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(u"%1 (%2)"_s.arg(text, shortcut.toString(QKeySequence::NativeText)));
        }
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        addAction(a);
        toolBar->addAction(a);
        return a;
    };
    QAction *open = action(tr("Open…"), u"openMapping"_s, QKeySequence::Open, QStyle::SP_DialogOpenButton);
    QAction *save = action(tr("Save"), u"saveMapping"_s, QKeySequence::Save, QStyle::SP_DialogSaveButton);
    QAction *saveAs = action(tr("Save as…"), u"saveMappingAs"_s, QKeySequence::SaveAs);
    toolBar->addSeparator();
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"undoMapping"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"redoMapping"_s);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    addAction(undo);
    addAction(redo);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    QAction *autoMap = action(tr("Auto-map…"), u"autoMap"_s, QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *tables = action(tr("Lookup tables…"), u"lookupTables"_s);
    auto *exportMenu = new QMenu(tr("Export sheet"), this);
    for (const auto &[text, format] : {std::pair{tr("CSV…"), u"csv"_s}, std::pair{tr("HTML…"), u"html"_s},
                                       std::pair{tr("PDF…"), u"pdf"_s}}) {
        QAction *a = exportMenu->addAction(text);
        a->setObjectName(u"export_"_s + format);
        connect(a, &QAction::triggered, this, [this, format = format] { exportSheetWithDialog(format); });
    }
    auto *exportButton = new QToolButton(toolBar);
    exportButton->setText(tr("Export sheet"));
    exportButton->setToolTip(tr("The governance sheet people sign off: every field mapping with its owner, "
                                "direction and trigger"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(exportButton);
    toolBar->addSeparator();
    QAction *zoomIn = action(tr("Zoom in"), u"zoomIn"_s, QKeySequence::ZoomIn);
    QAction *zoomOut = action(tr("Zoom out"), u"zoomOut"_s, QKeySequence::ZoomOut);
    QAction *fit = action(tr("Fit"), u"zoomFit"_s);
    QAction *collapse = action(tr("Collapse all"), u"collapseAll"_s);
    QAction *expand = action(tr("Expand all"), u"expandAll"_s);

    // ---- The object rules ----
    m_rulesTable = new QTableView(this);
    m_rulesTable->setObjectName(u"rulesTable"_s);
    m_rulesTable->setModel(m_rules);
    m_rulesTable->setItemDelegate(new ChoiceDelegate(m_rulesTable));
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                  | QAbstractItemView::EditKeyPressed);
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rulesTable->horizontalHeader()->setStretchLastSection(true);
    m_rulesTable->setAccessibleName(tr("Object rules"));

    // ---- The diagram and the table of the chosen rule's fields ----
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"mapperViews"_s);
    auto *diagram = new QWidget(m_views);
    auto *diagramLayout = new QVBoxLayout(diagram);
    diagramLayout->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    m_sourceFilter = new QLineEdit(diagram);
    m_sourceFilter->setObjectName(u"sourceFilter"_s);
    m_sourceFilter->setPlaceholderText(tr("Search the source fields"));
    m_sourceFilter->setClearButtonEnabled(true);
    m_targetFilter = new QLineEdit(diagram);
    m_targetFilter->setObjectName(u"targetFilter"_s);
    m_targetFilter->setPlaceholderText(tr("Search the target fields"));
    m_targetFilter->setClearButtonEnabled(true);
    filters->addWidget(m_sourceFilter);
    filters->addStretch();
    filters->addWidget(m_targetFilter);
    diagramLayout->addLayout(filters);
    m_view = new MapperView(m_scene, diagram);
    m_view->setObjectName(u"mapperView"_s);
    diagramLayout->addWidget(m_view, 1);
    m_views->addTab(diagram, tr("Diagram"));

    auto *tablePage = new QWidget(m_views);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    m_fieldsTable = new QTableView(tablePage);
    m_fieldsTable->setObjectName(u"fieldsTable"_s);
    m_fieldsTable->setModel(m_fields);
    // The Owner and Linked columns' choices.
    m_fieldsTable->setItemDelegate(new ChoiceDelegate(m_fieldsTable));
    m_fieldsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsTable->verticalHeader()->hide();
    m_fieldsTable->setWordWrap(false);
    m_fieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {FieldMappingsModel::Source, FieldMappingsModel::Target, FieldMappingsModel::Lookup,
                       FieldMappingsModel::Linked, FieldMappingsModel::Required, FieldMappingsModel::Owner})
        m_fieldsTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_fieldsTable->setColumnWidth(FieldMappingsModel::Transform, 300);
    m_fieldsTable->setColumnWidth(FieldMappingsModel::Default, 130);
    m_fieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_fieldsTable->setAccessibleName(tr("Field mappings"));
    m_fieldsTable->setTabKeyNavigation(false);
    tableLayout->addWidget(m_fieldsTable, 1);
    auto *tableButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add mapping…"), tablePage);
    add->setObjectName(u"addMappingButton"_s);
    auto *remove = new QPushButton(tr("Remove"), tablePage);
    remove->setObjectName(u"removeMappingButton"_s);
    auto *edit = new QPushButton(tr("Transform…"), tablePage);
    edit->setObjectName(u"editTransformButton"_s);
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addWidget(edit);
    tableButtons->addStretch();
    tableLayout->addLayout(tableButtons);
    m_views->addTab(tablePage, tr("Table"));

    // ---- Validation ----
    m_issues = new QListWidget(this);
    m_issues->setObjectName(u"issuesList"_s);
    m_issues->setAccessibleName(tr("Validation messages"));
    m_issues->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_rulesTable);
    split->addWidget(m_views);
    split->addWidget(m_issues);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 6);
    split->setStretchFactor(2, 1);
    split->setSizes({150, 520, 70});

    m_status = new QLabel(this);
    m_status->setObjectName(u"mapperStatus"_s);
    m_file = new QLabel(this);
    m_file->setObjectName(u"mapperFile"_s);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_file);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 4);
    layout->addWidget(toolBar);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);

    // ---- Wiring ----
    connect(open, &QAction::triggered, this, &MapperPage::openDocument);
    connect(save, &QAction::triggered, this, &MapperPage::saveDocument);
    connect(saveAs, &QAction::triggered, this, &MapperPage::saveDocumentAs);
    connect(autoMap, &QAction::triggered, this, &MapperPage::openAutoMap);
    connect(tables, &QAction::triggered, this, &MapperPage::openLookupTables);
    connect(zoomIn, &QAction::triggered, m_view, &MapperView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &MapperView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &MapperView::fitToWindow);
    connect(collapse, &QAction::triggered, this, [this] { m_scene->expandAll(false); });
    connect(expand, &QAction::triggered, this, [this] { m_scene->expandAll(true); });
    connect(m_sourceFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_scene->setFilter(MapperSide::Source, text); });
    connect(m_targetFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_scene->setFilter(MapperSide::Target, text); });
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString ruleId = current.data(ObjectRulesModel::RuleIdRole).toString();
                m_scene->setRule(ruleId);
                m_fields->setRule(ruleId);
            });
    connect(m_scene, &MapperScene::badgeActivated, this, &MapperPage::openTransformEditor);
    connect(m_scene, &MapperScene::filterCleared, this, [this](MapperSide side) {
        QLineEdit *box = side == MapperSide::Source ? m_sourceFilter : m_targetFilter;
        const QSignalBlocker blocker(box); // the scene has dropped the filter already
        box->clear();
    });
    connect(m_scene, &MapperScene::statusMessage, this, [this](const QString &text) {
        m_status->setText(text);
        emit statusMessage(text);
    });
    connect(m_scene, &MapperScene::fieldMappingSelected, this, [this](const QString &fieldId) {
        const int row = m_fields->rowOf(fieldId);
        if (row >= 0)
            m_fieldsTable->selectRow(row);
    });
    connect(m_fieldsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != FieldMappingsModel::Required)
            openTransformEditor(index.data(FieldMappingsModel::FieldIdRole).toString());
    });
    connect(add, &QPushButton::clicked, this, &MapperPage::addMappingByKeyboard);
    connect(remove, &QPushButton::clicked, this, &MapperPage::removeSelectedMappings);
    connect(edit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_fieldsTable->currentIndex();
        if (current.isValid())
            openTransformEditor(current.data(FieldMappingsModel::FieldIdRole).toString());
    });
    connect(m_issues, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showIssue(m_issues->row(item)); });
    connect(m_issues, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showIssue(m_issues->row(item)); });
    connect(m_editor, &MappingEditor::issuesChanged, this, &MapperPage::fillIssues);
    connect(m_editor, &MappingEditor::modifiedChanged, this, &MapperPage::updateTitle);
    connect(m_editor, &MappingEditor::fileNameChanged, this, &MapperPage::updateTitle);
    connect(m_editor, &MappingEditor::documentReset, this, [this] {
        const QString rule =
            m_editor->document().objects.isEmpty() ? QString() : m_editor->document().objects.first().id;
        selectRule(rule);
        updateTitle();
    });
    fillIssues();
    updateTitle();
    if (!m_editor->document().objects.isEmpty())
        selectRule(m_editor->document().objects.first().id);
}

MapperPage::~MapperPage() = default;

QString MapperPage::currentRule() const
{
    return m_scene->ruleId();
}

QString MapperPage::statusText() const
{
    return m_status->text();
}

void MapperPage::selectRule(const QString &ruleId)
{
    const int row = m_rules->rowOf(ruleId);
    if (row >= 0)
        m_rulesTable->selectRow(row);
    m_scene->setRule(ruleId);
    m_fields->setRule(ruleId);
}

void MapperPage::updateTitle()
{
    const QString name =
        m_editor->fileName().isEmpty() ? tr("(not saved yet)") : QFileInfo(m_editor->fileName()).fileName();
    m_file->setText(m_editor->isModified() ? tr("%1 — modified").arg(name) : name);
    m_file->setToolTip(m_editor->fileName());
}

void MapperPage::fillIssues()
{
    m_issues->clear();
    const QList<Mapping::Issue> &issues = m_editor->issues();
    if (issues.isEmpty()) {
        auto *item =
            new QListWidgetItem(tr("No problems: the mapping is valid against both catalogs."), m_issues);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Mapping::Issue &issue : issues) {
        auto *item = new QListWidgetItem(issue.text(), m_issues);
        item->setIcon(style()->standardIcon(issue.isError() ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning));
        item->setData(IssueRuleRole, issue.object);
        item->setData(IssueFieldRole, issue.field);
    }
}

void MapperPage::showIssue(int row)
{
    QListWidgetItem *item = m_issues->item(row);
    if (!item)
        return;
    const QString ruleId = item->data(IssueRuleRole).toString();
    const QString fieldId = item->data(IssueFieldRole).toString();
    if (ruleId.isEmpty())
        return;
    selectRule(ruleId);
    if (!fieldId.isEmpty()) {
        m_scene->selectFieldMapping(fieldId);
        const int fieldRow = m_fields->rowOf(fieldId);
        if (fieldRow >= 0)
            m_fieldsTable->selectRow(fieldRow);
        return;
    }
    // A rule-wide finding that names a target field ("the required target field "X" ..."): show it.
    const QRegularExpression quoted(u"\"([^\"]+)\""_s);
    for (auto it = quoted.globalMatch(item->text()); it.hasNext();) {
        const QString path = it.next().captured(1);
        if (!m_scene->portPosition(MapperSide::Target, path).isNull() || m_scene->isMarkedMissing(path)
            || !m_scene->isRowVisible(MapperSide::Target, path)) {
            m_scene->showRow(MapperSide::Target, path);
            if (m_scene->isRowVisible(MapperSide::Target, path))
                return;
        }
    }
}

QMessageBox::StandardButton MapperPage::ask(const QString &text, QMessageBox::StandardButtons buttons)
{
    if (m_question)
        return m_question(text, buttons);
    return QMessageBox::question(this, tr("Mapping"), text, buttons);
}

void MapperPage::commitOpenEditors()
{
    // A cell still being edited commits when it loses the focus.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
}

bool MapperPage::maybeSave()
{
    commitOpenEditors();
    if (!m_editor->isModified())
        return true;
    const auto answer = ask(tr("The mapping has unsaved changes. Save them?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveDocument();
    return answer == QMessageBox::Discard;
}

void MapperPage::openDocument()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open a mapping document"),
                                                          QFileInfo(m_editor->fileName()).absolutePath(),
                                                          tr("Mapping documents (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!m_editor->open(fileName, &error))
        QMessageBox::warning(this, tr("Open a mapping document"),
                             tr("%1 cannot be opened: %2").arg(fileName, error));
}

bool MapperPage::saveDocument()
{
    commitOpenEditors();
    if (m_editor->fileName().isEmpty())
        return saveDocumentAs();
    QString error;
    if (!m_editor->save(&error)) {
        QMessageBox::warning(this, tr("Save the mapping"), error);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(m_editor->fileName()));
    emit statusMessage(m_status->text());
    return true;
}

bool MapperPage::saveDocumentAs()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save the mapping as"), m_editor->fileName(), tr("Mapping documents (*.json)"));
    if (fileName.isEmpty())
        return false;
    QString error;
    if (!m_editor->saveAs(fileName, &error)) {
        QMessageBox::warning(this, tr("Save the mapping"), error);
        return false;
    }
    return true;
}

void MapperPage::openAutoMap()
{
    const QString ruleId = currentRule();
    if (ruleId.isEmpty())
        return;
    auto *dialog = new AutoMapDialog(m_editor->proposals(ruleId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ruleId] {
        const auto accepted = dialog->checkedProposals();
        m_editor->acceptProposals(ruleId, accepted);
        m_status->setText(tr("Auto-map drew %n line(s).", nullptr, int(accepted.size())));
    });
    dialog->open();
}

void MapperPage::openLookupTables()
{
    auto *dialog = new LookupTableEditor(m_editor, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MapperPage::openTransformEditor(const QString &fieldId)
{
    const Mapping::ObjectRule *rule = m_editor->document().rule(currentRule());
    if (!rule || !rule->field(fieldId))
        return;
    auto *dialog = new TransformEditor(m_editor, rule->id, fieldId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MapperPage::addMappingByKeyboard()
{
    const QString ruleId = currentRule();
    const Mapping::CatalogObject *source = m_editor->sourceObject(ruleId);
    const Mapping::CatalogObject *target = m_editor->targetObject(ruleId);
    if (ruleId.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"addMappingDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a field mapping"));
    auto *sources = new QComboBox(dialog);
    sources->setObjectName(u"sourceCombo"_s);
    sources->setEditable(true);
    sources->addItem(QString());
    auto *targets = new QComboBox(dialog);
    targets->setObjectName(u"targetCombo"_s);
    targets->setEditable(true);
    if (source)
        for (const Mapping::CatalogField &field : source->fields)
            sources->addItem(field.path);
    if (target)
        for (const Mapping::CatalogField &field : target->fields)
            if (!field.readOnly)
                targets->addItem(field.path);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Source field:"), sources);
    form->addRow(tr("&Target field:"), targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, ruleId, sources, targets] {
        Mapping::FieldMapping field;
        field.source = sources->currentText().trimmed();
        field.target = targets->currentText().trimmed();
        if (field.target.isEmpty())
            return;
        const Mapping::CatalogObject *target = m_editor->targetObject(ruleId);
        const Mapping::CatalogField *catalogField =
            target ? target->field(Mapping::catalogPath(field.target)) : nullptr;
        field.required = catalogField && catalogField->required;
        const QString id = m_editor->addFieldMapping(ruleId, field); // (a two-way rule's owner: the editor's)
        const int row = m_fields->rowOf(id);
        if (row >= 0)
            m_fieldsTable->selectRow(row);
    });
    dialog->open();
}

void MapperPage::removeSelectedMappings()
{
    const QString ruleId = currentRule();
    QStringList ids;
    for (const QModelIndex &index : m_fieldsTable->selectionModel()->selectedRows())
        ids.append(index.data(FieldMappingsModel::FieldIdRole).toString());
    if (ids.isEmpty())
        return;
    if (ids.size() > 1)
        m_editor->undoStack()->beginMacro(tr("Remove %n mapping(s)", nullptr, int(ids.size())));
    for (const QString &id : std::as_const(ids))
        m_editor->removeFieldMapping(ruleId, id);
    if (ids.size() > 1)
        m_editor->undoStack()->endMacro();
}

void MapperPage::exportSheetWithDialog(const QString &format)
{
    const QString filter = format == u"csv"_s ? tr("CSV files (*.csv)")
        : format == u"html"_s                 ? tr("HTML pages (*.html)")
                                              : tr("PDF documents (*.pdf)");
    const QString base = QFileInfo(m_editor->fileName()).completeBaseName();
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export the governance sheet"),
                                     QFileInfo(m_editor->fileName()).absolutePath() + u'/'
                                         + (base.isEmpty() ? u"mapping"_s : base) + u"-sheet."_s + format,
                                     filter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u'.' + format;
    QString error;
    if (!exportSheet(fileName, &error))
        QMessageBox::warning(this, tr("Export the governance sheet"), error);
    else
        m_status->setText(tr("Exported the governance sheet to %1.").arg(fileName));
}

bool MapperPage::exportSheet(const QString &fileName, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const Mapping::MappingDocument &document = m_editor->document();
    if (suffix == u"pdf"_s) {
        // The printable HTML page, laid out by Qt's text engine onto A4 landscape pages; written
        // whole or not at all (QSaveFile), never over an old sheet half-way.
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("%1 could not be written: %2").arg(fileName, file.errorString());
            return false;
        }
        {
            QTextDocument text;
            text.setHtml(QString::fromUtf8(Mapping::sheetHtml(document)));
            QPdfWriter writer(&file);
            writer.setTitle(tr("Field mapping sheet — %1").arg(document.name));
            writer.setCreator(u"LedgerLink"_s);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
            text.print(&writer);
        } // the writer ends the PDF when it goes
        if (file.size() == 0 || !file.commit()) {
            if (error)
                *error = tr("%1 could not be written: %2").arg(fileName, file.errorString());
            return false;
        }
        return true;
    }
    QByteArray bytes;
    if (suffix == u"csv"_s)
        bytes = Mapping::sheetCsv(document);
    else if (suffix == u"html"_s || suffix == u"htm"_s)
        bytes = Mapping::sheetHtml(document);
    else {
        if (error)
            *error = tr("%1: choose a file ending in .csv, .html or .pdf.").arg(fileName);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace LedgerLink::Studio
