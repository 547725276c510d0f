#pragma once

#include <QtWidgets/QMessageBox>
#include <QtWidgets/QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTableView;

namespace LedgerLink::Studio {

class FieldMappingsModel;
class MapperScene;
class MapperView;
class MappingEditor;
class ObjectRulesModel;

/**
 * The visual field mapper: the object rules (owner, direction, trigger, match key) as a table
 * above; the chosen rule's fields as a diagram (source tree left, target tree right, a curved
 * line per field mapping, drawn by dragging from port to port) or, for keyboard and
 * screen-reader users, as a table; validation messages below (a click selects the field).
 * Undo/redo of every edit, open/save of mapping documents, auto-map, lookup tables, export of
 * the governance sheet (CSV, HTML, PDF). Works on the main window's MappingEditor.
 */
class MapperPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapperPage)

public:
    explicit MapperPage(MappingEditor *editor, QWidget *parent = nullptr);
    ~MapperPage() override;

    MappingEditor *editor() const { return m_editor; }
    MapperScene *scene() const { return m_scene; }
    MapperView *view() const { return m_view; }
    ObjectRulesModel *rulesModel() const { return m_rules; }
    FieldMappingsModel *fieldsModel() const { return m_fields; }
    QString currentRule() const;
    QString statusText() const;

    /// Writes the governance sheet: CSV, HTML or PDF by the file name's suffix.
    bool exportSheet(const QString &fileName, QString *error);
    /// Asks what to do with unsaved changes; true when it is fine to go on (saved or discarded).
    bool maybeSave();
    /// How questions are asked (tests answer them): returns the button chosen.
    using Question =
        std::function<QMessageBox::StandardButton(const QString &text, QMessageBox::StandardButtons)>;
    void setQuestion(Question question) { m_question = std::move(question); }

public slots:
    void selectRule(const QString &ruleId);
    void openDocument();
    bool saveDocument();
    bool saveDocumentAs();
    void openAutoMap();
    void openLookupTables();
    void openTransformEditor(const QString &fieldId);
    void addMappingByKeyboard();
    void removeSelectedMappings();
    void exportSheetWithDialog(const QString &format);

signals:
    void statusMessage(const QString &text);

private:
    void fillIssues();
    void showIssue(int row);
    void updateTitle();
    void commitOpenEditors();
    QMessageBox::StandardButton ask(const QString &text, QMessageBox::StandardButtons buttons);

    MappingEditor *m_editor;
    MapperScene *m_scene = nullptr;
    MapperView *m_view = nullptr;
    ObjectRulesModel *m_rules = nullptr;
    FieldMappingsModel *m_fields = nullptr;
    QTableView *m_rulesTable = nullptr;
    QTableView *m_fieldsTable = nullptr;
    QTabWidget *m_views = nullptr;
    QListWidget *m_issues = nullptr;
    QLineEdit *m_sourceFilter = nullptr;
    QLineEdit *m_targetFilter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_file = nullptr;
    Question m_question;
};

} // namespace LedgerLink::Studio
