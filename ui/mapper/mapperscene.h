#pragma once

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtWidgets/QGraphicsScene>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace LedgerLink::Studio {

class MappingEditor;
class FieldItem;
class ConnectionItem;

/// Which tree of the mapper a field row belongs to.
enum class MapperSide { Source, Target };

/**
 * The mapper's diagram of one object rule: the source object's fields as a collapsible tree on
 * the left, the target object's on the right (from the catalogs), and one curved line per field
 * mapping. The scene mirrors the MappingEditor: it keeps id → item maps, items hold only their
 * path or field id, and every edit goes through the editor (and so through its undo stack).
 *
 * A drag from a field's port to a field of the other side creates a field mapping; the badge on
 * a line asks for the transform editor (badgeActivated); Delete removes the selected lines.
 * Unmapped required target fields are drawn in the error colour. Paths a mapping names but the
 * catalog lacks appear as rows marked "not in the catalog".
 */
class MapperScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapperScene)

public:
    static constexpr qreal RowHeight = 26;
    static constexpr qreal ColumnWidth = 300;
    static constexpr qreal Gap = 320;

    explicit MapperScene(MappingEditor *editor, QObject *parent = nullptr);
    ~MapperScene() override;

    /// Shows the rule `ruleId` (empty: nothing).
    void setRule(const QString &ruleId);
    QString ruleId() const { return m_ruleId; }

    /// Shows only the rows of `side` whose path contains `text` (case-insensitive), with their
    /// ancestors; empty shows all.
    void setFilter(MapperSide side, const QString &text);
    /// Collapses or expands the children of a row.
    void setExpanded(MapperSide side, const QString &path, bool expanded);
    bool isExpanded(MapperSide side, const QString &path) const;
    void expandAll(bool expanded);

    /// Whether the row of `path` exists and is shown (not filtered out or collapsed away).
    bool isRowVisible(MapperSide side, const QString &path) const;
    /// The scene position of a row's port (the dot a line starts or ends at); a null point for a
    /// row that does not exist or is not shown.
    QPointF portPosition(MapperSide side, const QString &path) const;
    /// The field mapping ids with a line in the scene.
    QStringList lineIds() const;
    /// The scene position of a line's badge (the button that opens its transform editor).
    QPointF badgePosition(const QString &fieldId) const;
    /// Whether the target row is highlighted as a required field nobody maps.
    bool isMarkedMissing(const QString &targetPath) const;

    /// Selects the line of a field mapping (and its two rows), and asks views to show it.
    void selectFieldMapping(const QString &fieldId);
    /// Shows a row (expanding what hides it) and marks it, e.g. a required field nobody maps.
    void showRow(MapperSide side, const QString &path);
    /// The field mapping ids of the selected lines.
    QStringList selectedFieldMappings() const;
    /// Removes the selected lines' field mappings (one undo step per line).
    void removeSelected();

    /// Used by the items.
    void activateBadge(const QString &fieldId) { emit badgeActivated(fieldId); }
    void toggleExpanded(MapperSide side, const QString &path);

signals:
    /// The badge of a line was clicked: open its transform editor.
    void badgeActivated(const QString &fieldId);
    /// A row or line was selected in the scene, so the table view can follow.
    void fieldMappingSelected(const QString &fieldId);
    /// Views should scroll to this rectangle.
    void ensureVisibleRequested(const QRectF &rect);
    /// The scene dropped a side's search filter to show a row or a line the filter hid.
    void filterCleared(MapperSide side);
    /// Something the user should read in the status bar ("Customer.id is read-only ...").
    void statusMessage(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Row
    {
        QString path; ///< catalog path ("line_items[].sku"); the id of the row
        QString parent; ///< path of the parent row, empty at the top
        QString label; ///< last segment
        QString type; ///< type name, empty for a group that is not a field
        bool required = false;
        bool readOnly = false;
        bool inCatalog = true;
        QString description;
        bool hasChildren = false;
    };
    struct Tree
    {
        QList<Row> rows; ///< in display order (parents before children)
        QHash<QString, int> index; ///< path → rows index
        QSet<QString> collapsed;
        QString filter;
        QHash<QString, FieldItem *> items;
    };

    void rebuild();
    void buildTree(MapperSide side);
    void layoutRows();
    void syncLines();
    void updateMarks();
    Tree &tree(MapperSide side) { return side == MapperSide::Source ? m_source : m_target; }
    const Tree &tree(MapperSide side) const { return side == MapperSide::Source ? m_source : m_target; }
    /// The row a path is drawn at: itself when shown, else its nearest shown ancestor.
    FieldItem *visibleItemFor(MapperSide side, const QString &path) const;
    FieldItem *fieldItemAt(const QPointF &scenePos) const;

    MappingEditor *m_editor;
    QString m_ruleId;
    Tree m_source;
    Tree m_target;
    QHash<QString, ConnectionItem *> m_lines; ///< field mapping id → line
    QGraphicsPathItem *m_rubberLine = nullptr;
    FieldItem *m_dragFrom = nullptr;
    QPointF m_pressPos;
    QGraphicsSimpleTextItem *m_sourceTitle = nullptr;
    QGraphicsSimpleTextItem *m_targetTitle = nullptr;
};

} // namespace LedgerLink::Studio
