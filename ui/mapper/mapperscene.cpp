#include "mapperscene.h"

#include "mapping/fieldcatalog.h"
#include "mappingeditor.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPathStroker>
#include <QtGui/QPalette>
#include <QtGui/QUndoStack>
#include <QtWidgets/QGraphicsPathItem>
#include <QtWidgets/QGraphicsSceneMouseEvent>
#include <QtWidgets/QGraphicsSimpleTextItem>
#include <QtWidgets/QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {

namespace {

constexpr qreal TargetX = MapperScene::ColumnWidth + MapperScene::Gap;
constexpr qreal Indent = 14;
constexpr qreal PortRadius = 5;
constexpr qreal BadgeRadius = 10;

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor errorColour()
{
    return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor lineColour()
{
    return isDark() ? QColor(0x6f, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
}

/// "line_items[].sku" → "line_items"; "billing_address.city" → "billing_address"; "id" → "".
QString parentPath(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0)
        return {};
    QString prefix = path.left(dot);
    if (prefix.endsWith(u"[]"_s))
        prefix.chop(2);
    return prefix;
}

} // namespace

/// One row of a field tree. Holds its side and path (its id) and what it draws.
class FieldItem final : public QGraphicsItem
{
public:
    FieldItem(MapperSide side, QString path)
        : m_side(side)
        , m_path(std::move(path))
    {
        setAcceptHoverEvents(true);
    }

    MapperSide side() const { return m_side; }
    const QString &path() const { return m_path; }

    QString label;
    QString type;
    QString toolTipText;
    int depth = 0;
    bool mappable = true; ///< a catalog field (or a path a mapping names), not a mere group
    bool hasChildren = false;
    bool expanded = true;
    bool required = false;
    bool readOnly = false;
    bool inCatalog = true;
    bool mapped = false;
    bool missing = false; ///< required, writable and mapped by nobody
    bool emphasised = false; ///< an endpoint of the selected line

    QRectF boundingRect() const override
    {
        return {0, 0, MapperScene::ColumnWidth, MapperScene::RowHeight - 2};
    }

    /// The port's centre in item coordinates: the side facing the other tree.
    QPointF portPos() const
    {
        return {m_side == MapperSide::Source ? MapperScene::ColumnWidth : 0.0,
                (MapperScene::RowHeight - 2) / 2};
    }

    /// The expand/collapse arrow's area.
    QRectF arrowRect() const { return {4 + depth * Indent, 0, Indent, MapperScene::RowHeight - 2}; }

    bool isOnPort(const QPointF &itemPos) const
    {
        return QLineF(itemPos, portPos()).length() <= PortRadius + 4;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QRectF box = boundingRect().adjusted(PortRadius + 1, 1, -PortRadius - 1, -1);
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = palette.color(QPalette::Base);
        if (emphasised || m_hovered)
            fill = palette.color(QPalette::Highlight).lighter(isDark() ? 60 : 185);
        // Borders readable on both themes (a dark palette's Mid is close to its Base).
        const QColor border =
            isDark() ? palette.color(QPalette::Text).darker(230) : palette.color(QPalette::Mid);
        painter->setPen(QPen(missing ? errorColour() : border, missing ? 1.6 : 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(box, 4, 4);

        QFont font = painter->font();
        const qreal textX = box.left() + 4 + depth * Indent + Indent;
        if (hasChildren) {
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(arrowRect().translated(box.left(), 0), Qt::AlignCenter,
                              expanded ? u"▾"_s : u"▸"_s);
        }
        font.setBold(required);
        font.setItalic(!mappable || !inCatalog);
        painter->setFont(font);
        QColor text = inCatalog ? palette.color(QPalette::Text) : errorColour();
        if (readOnly)
            text = palette.color(QPalette::PlaceholderText);
        painter->setPen(missing ? errorColour() : text);
        const QRectF textRect(textX, box.top(), box.right() - textX - 70, box.height());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(label, Qt::ElideMiddle, int(textRect.width())));
        font.setBold(false);
        font.setItalic(false);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(box.right() - 74, box.top(), 70, box.height()),
                          Qt::AlignVCenter | Qt::AlignRight, type);

        if (mappable) {
            painter->setPen(QPen(mapped ? lineColour() : border, 1.4));
            painter->setBrush(mapped ? lineColour() : palette.color(QPalette::Base));
            painter->drawEllipse(portPos(), PortRadius, PortRadius);
        }
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = false;
        update();
    }

private:
    MapperSide m_side;
    QString m_path;
    bool m_hovered = false;
};

/// The button on a line: "ƒ" when the mapping has a transform, "⇄" a lookup table, "…" neither.
class BadgeItem final : public QGraphicsItem
{
public:
    BadgeItem(MapperScene *scene, QString fieldId, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_scene(scene)
        , m_fieldId(std::move(fieldId))
    {
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
        setZValue(2);
    }

    QString symbol = u"…"_s;
    bool failing = false;

    QRectF boundingRect() const override
    {
        return {-BadgeRadius, -BadgeRadius, 2 * BadgeRadius, 2 * BadgeRadius};
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette palette = QGuiApplication::palette();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(failing ? errorColour() : lineColour(), 1.4));
        painter->setBrush(m_hovered ? palette.color(QPalette::Highlight).lighter(isDark() ? 70 : 170)
                                    : palette.color(QPalette::Base));
        painter->drawEllipse(boundingRect().adjusted(1, 1, -1, -1));
        painter->setPen(failing ? errorColour() : palette.color(QPalette::Text));
        painter->drawText(boundingRect(), Qt::AlignCenter, symbol);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            event->accept();
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && boundingRect().contains(event->pos()))
            m_scene->activateBadge(m_fieldId);
    }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = false;
        update();
    }

private:
    MapperScene *m_scene;
    QString m_fieldId;
    bool m_hovered = false;
};

/// The curved line of one field mapping, from the source row's port to the target row's.
class ConnectionItem final : public QGraphicsPathItem
{
public:
    ConnectionItem(MapperScene *scene, QString fieldId)
        : m_fieldId(std::move(fieldId))
        , badge(new BadgeItem(scene, m_fieldId, this))
    {
        setFlag(ItemIsSelectable);
        setZValue(1);
    }

    const QString &fieldId() const { return m_fieldId; }
    QString sourcePath;
    QString targetPath;
    bool partial = false; ///< an end is drawn at a collapsed ancestor
    bool failing = false; ///< validation found an error in this mapping

    void setEnds(const QPointF &from, const QPointF &to)
    {
        QPainterPath curve(from);
        const qreal dx = std::max<qreal>(60, (to.x() - from.x()) / 2);
        curve.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
        setPath(curve);
        // Near the target end: every target has one line at most, so badges never overlap.
        badge->setPos(curve.pointAtPercent(0.82));
        refreshPen();
    }

    void refreshPen()
    {
        QColor colour = failing ? errorColour() : lineColour();
        QPen pen(colour, isSelected() ? 3.0 : 1.8);
        if (partial)
            pen.setStyle(Qt::DashLine);
        setPen(pen);
        badge->failing = failing;
        badge->update();
    }

    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        return stroker.createStroke(path());
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemSelectedHasChanged)
            refreshPen();
        return QGraphicsPathItem::itemChange(change, value);
    }

private:
    QString m_fieldId;

public:
    BadgeItem *badge;
};

MapperScene::MapperScene(MappingEditor *editor, QObject *parent)
    : QGraphicsScene(parent)
    , m_editor(editor)
{
    connect(editor, &MappingEditor::documentReset, this, [this] {
        if (!m_editor->document().rule(m_ruleId))
            m_ruleId.clear();
        rebuild();
    });
    connect(editor, &MappingEditor::objectRuleChanged, this, [this](const QString &ruleId) {
        if (ruleId == m_ruleId)
            rebuild(); // the direction decides which catalog object is on which side
    });
    const auto fieldsChanged = [this](const QString &ruleId, const QString &) {
        if (ruleId != m_ruleId)
            return;
        // A mapping may name a path the catalog lacks: it then needs a row of its own.
        const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
        bool needsRows = false;
        for (const Mapping::FieldMapping &field : rule->fields) {
            needsRows = needsRows || (!field.source.isEmpty() && !m_source.index.contains(field.source))
                || !m_target.index.contains(Mapping::catalogPath(field.target));
        }
        if (needsRows) {
            rebuild();
            return;
        }
        syncLines();
        updateMarks();
    };
    connect(editor, &MappingEditor::fieldMappingAdded, this, fieldsChanged);
    connect(editor, &MappingEditor::fieldMappingRemoved, this, fieldsChanged);
    connect(editor, &MappingEditor::fieldMappingChanged, this, fieldsChanged);
    connect(editor, &MappingEditor::issuesChanged, this, [this] { syncLines(); });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        for (FieldItem *item : std::as_const(m_source.items))
            item->emphasised = false;
        for (FieldItem *item : std::as_const(m_target.items))
            item->emphasised = false;
        QString selected;
        for (ConnectionItem *line : std::as_const(m_lines)) {
            if (!line->isSelected())
                continue;
            selected = line->fieldId();
            if (FieldItem *item = visibleItemFor(MapperSide::Source, line->sourcePath))
                item->emphasised = true;
            if (FieldItem *item = visibleItemFor(MapperSide::Target, line->targetPath))
                item->emphasised = true;
        }
        update();
        if (!selected.isEmpty())
            emit fieldMappingSelected(selected);
    });
}

MapperScene::~MapperScene()
{
    // The items go before the maps that point at them: no signal may reach the maps meanwhile.
    blockSignals(true);
    m_lines.clear();
    m_source.items.clear();
    m_target.items.clear();
    m_rubberLine = nullptr;
    m_dragFrom = nullptr;
    clear();
}

void MapperScene::setRule(const QString &ruleId)
{
    if (ruleId == m_ruleId && !m_source.rows.isEmpty())
        return;
    m_ruleId = ruleId;
    m_source.collapsed.clear();
    m_target.collapsed.clear();
    rebuild();
    // Lists of read-only fields nobody maps (a Xero invoice's Payments[], Prepayments[] ...) start
    // collapsed: nothing can be drawn to them.
    bool collapsedAny = false;
    for (MapperSide side : {MapperSide::Source, MapperSide::Target}) {
        Tree &t = tree(side);
        QHash<QString, bool> onlyReadOnly;
        for (const Row &row : std::as_const(t.rows)) {
            if (row.hasChildren)
                continue; // a list or group counts by its leaves
            const bool fixed = row.readOnly && !t.items.value(row.path)->mapped;
            for (QString p = row.parent; !p.isEmpty(); p = t.rows.at(t.index.value(p)).parent) {
                auto found = onlyReadOnly.find(p);
                if (found == onlyReadOnly.end())
                    found = onlyReadOnly.insert(p, true);
                *found = *found && fixed;
            }
        }
        for (auto it = onlyReadOnly.cbegin(); it != onlyReadOnly.cend(); ++it) {
            if (it.value()) {
                t.collapsed.insert(it.key());
                collapsedAny = true;
            }
        }
    }
    if (collapsedAny)
        layoutRows();
}

void MapperScene::rebuild()
{
    m_dragFrom = nullptr;
    m_rubberLine = nullptr;
    m_lines.clear();
    m_source.items.clear();
    m_target.items.clear();
    m_sourceTitle = nullptr;
    m_targetTitle = nullptr;
    clear();
    m_source.rows.clear();
    m_source.index.clear();
    m_target.rows.clear();
    m_target.index.clear();
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    if (!rule)
        return;
    buildTree(MapperSide::Source);
    buildTree(MapperSide::Target);
    const bool toStore = rule->direction == Mapping::Direction::ErpToStore;
    const QString storeName = m_editor->document().store.system;
    const QString erpName = m_editor->document().erp.system;
    QFont titleFont = QGuiApplication::font();
    titleFont.setBold(true);
    m_sourceTitle = addSimpleText(
        tr("%1 · %2 (from)").arg(toStore ? erpName : storeName, rule->sourceObject()), titleFont);
    m_targetTitle =
        addSimpleText(tr("%1 · %2 (to)").arg(toStore ? storeName : erpName, rule->targetObject()), titleFont);
    m_sourceTitle->setBrush(QGuiApplication::palette().color(QPalette::WindowText));
    m_targetTitle->setBrush(QGuiApplication::palette().color(QPalette::WindowText));
    m_sourceTitle->setPos(PortRadius + 2, -RowHeight - 8);
    m_targetTitle->setPos(TargetX + PortRadius + 2, -RowHeight - 8);
    for (MapperSide side : {MapperSide::Source, MapperSide::Target}) {
        Tree &t = tree(side);
        for (const Row &row : std::as_const(t.rows)) {
            auto *item = new FieldItem(side, row.path);
            item->label = row.label;
            item->type = row.type;
            item->required = row.required;
            item->readOnly = side == MapperSide::Target && row.readOnly; // reading is always allowed
            item->inCatalog = row.inCatalog;
            item->mappable = !row.type.isEmpty() || !row.inCatalog;
            item->hasChildren = row.hasChildren;
            int depth = 0;
            for (QString p = row.parent; !p.isEmpty(); p = t.rows.at(t.index.value(p)).parent)
                ++depth;
            item->depth = depth;
            QString tip = row.path;
            if (!row.type.isEmpty())
                tip += u" · "_s + row.type;
            if (row.required)
                tip += u" · "_s + tr("required");
            if (row.readOnly)
                tip += u" · "_s + tr("read-only: set by the system");
            if (!row.inCatalog)
                tip += u" · "_s + tr("not in the catalog");
            if (!row.description.isEmpty())
                tip += u"\n"_s + row.description;
            item->setToolTip(tip);
            item->setData(0, row.path);
            addItem(item);
            t.items.insert(row.path, item);
        }
    }
    layoutRows();
}

void MapperScene::buildTree(MapperSide side)
{
    Tree &t = tree(side);
    const Mapping::CatalogObject *object =
        side == MapperSide::Source ? m_editor->sourceObject(m_ruleId) : m_editor->targetObject(m_ruleId);
    QList<Row> flat;
    QHash<QString, int> flatIndex;
    const auto add = [&](Row row) {
        if (flatIndex.contains(row.path))
            return;
        flatIndex.insert(row.path, int(flat.size()));
        flat.append(std::move(row));
    };
    // Ensures the group rows above a path exist (a "customer.email" without a "customer" field).
    std::function<void(const QString &)> ensureParent = [&](const QString &parent) {
        if (parent.isEmpty() || flatIndex.contains(parent))
            return;
        ensureParent(parentPath(parent));
        Row group;
        group.path = parent;
        group.parent = parentPath(parent);
        group.label = parent.mid(parent.lastIndexOf(u'.') + 1);
        add(group);
    };
    const auto fieldRow = [&](const QString &path) {
        Row row;
        row.path = path;
        row.parent = parentPath(path);
        row.label = path.mid(path.lastIndexOf(u'.') + 1);
        return row;
    };
    if (object) {
        for (const Mapping::CatalogField &field : object->fields) {
            ensureParent(parentPath(field.path));
            Row row = fieldRow(field.path);
            row.type = Mapping::nameOf(field.type);
            if (field.type == Mapping::FieldType::Array)
                row.label += u"[]"_s;
            row.required = field.required;
            row.readOnly = field.readOnly;
            row.description = field.description;
            if (const auto found = flatIndex.find(field.path); found != flatIndex.end())
                flat[*found] = row; // a group made before its own field came (unusual order)
            else
                add(row);
        }
    }
    // Paths the mapping names but the catalog lacks (the validator says so too).
    if (const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId)) {
        for (const Mapping::FieldMapping &field : rule->fields) {
            // "LineItems[+].Description" appends to the catalog's "LineItems[].Description".
            const QString path =
                side == MapperSide::Source ? field.source : Mapping::catalogPath(field.target);
            if (path.isEmpty() || flatIndex.contains(path))
                continue;
            ensureParent(parentPath(path));
            Row row = fieldRow(path);
            row.inCatalog = false;
            row.description = tr("This path is not in the catalog; the mapping names it.");
            add(row);
        }
    }
    // Display order: depth first, children in the order they came.
    QHash<QString, QStringList> children;
    QStringList roots;
    for (const Row &row : std::as_const(flat)) {
        if (row.parent.isEmpty())
            roots.append(row.path);
        else
            children[row.parent].append(row.path);
    }
    t.rows.clear();
    t.index.clear();
    std::function<void(const QString &)> visit = [&](const QString &path) {
        Row row = flat.at(flatIndex.value(path));
        row.hasChildren = children.contains(path);
        t.index.insert(path, int(t.rows.size()));
        t.rows.append(row);
        for (const QString &child : children.value(path))
            visit(child);
    };
    for (const QString &root : std::as_const(roots))
        visit(root);
}

void MapperScene::layoutRows()
{
    for (MapperSide side : {MapperSide::Source, MapperSide::Target}) {
        Tree &t = tree(side);
        // With a filter: the matching rows and their ancestors, expanded whatever their state.
        QSet<QString> keep;
        if (!t.filter.isEmpty()) {
            for (const Row &row : std::as_const(t.rows)) {
                if (!row.path.contains(t.filter, Qt::CaseInsensitive))
                    continue;
                for (QString p = row.path; !p.isEmpty(); p = t.rows.at(t.index.value(p)).parent)
                    keep.insert(p);
            }
        }
        qreal y = 0;
        const qreal x = side == MapperSide::Source ? 0 : TargetX;
        for (const Row &row : std::as_const(t.rows)) {
            bool visible = true;
            if (!t.filter.isEmpty()) {
                visible = keep.contains(row.path);
            } else {
                for (QString p = row.parent; !p.isEmpty() && visible; p = t.rows.at(t.index.value(p)).parent)
                    visible = !t.collapsed.contains(p);
            }
            FieldItem *item = t.items.value(row.path);
            item->expanded = t.filter.isEmpty() ? !t.collapsed.contains(row.path) : true;
            item->setVisible(visible);
            if (visible) {
                item->setPos(x, y);
                y += RowHeight;
            }
            item->update();
        }
    }
    syncLines();
    updateMarks();
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

FieldItem *MapperScene::visibleItemFor(MapperSide side, const QString &path) const
{
    const Tree &t = tree(side);
    for (QString p = path; !p.isEmpty();) {
        FieldItem *item = t.items.value(p);
        if (item && item->isVisible())
            return item;
        const auto found = t.index.constFind(p);
        p = found == t.index.cend() ? parentPath(p) : t.rows.at(*found).parent;
    }
    return nullptr;
}

void MapperScene::syncLines()
{
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    QSet<QString> ids;
    if (rule) {
        for (const Mapping::FieldMapping &field : rule->fields)
            ids.insert(field.id);
    }
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (!ids.contains(it.key())) {
            // Out of the map first: deleting a selected line emits selectionChanged, whose
            // handler walks the map.
            ConnectionItem *line = it.value();
            it = m_lines.erase(it);
            delete line;
        } else {
            ++it;
        }
    }
    if (!rule)
        return;
    QSet<QString> failing;
    for (const Mapping::Issue &issue : m_editor->issues()) {
        if (issue.isError() && issue.object == m_ruleId && !issue.field.isEmpty())
            failing.insert(issue.field);
    }
    for (const Mapping::FieldMapping &field : rule->fields) {
        ConnectionItem *line = m_lines.value(field.id);
        if (!line) {
            line = new ConnectionItem(this, field.id);
            addItem(line);
            m_lines.insert(field.id, line);
        }
        line->sourcePath = field.source;
        line->targetPath = field.target;
        line->failing = failing.contains(field.id);
        line->badge->symbol = !field.transform.isEmpty() ? u"ƒ"_s : !field.lookup.isEmpty() ? u"⇄"_s : u"…"_s;
        QString tip = field.source.isEmpty() ? tr("(no source field)") : field.source;
        tip += u" → "_s + field.target;
        if (!field.transform.isEmpty())
            tip += u"\n"_s + tr("transform: %1").arg(field.transform);
        if (!field.lookup.isEmpty())
            tip += u"\n"_s + tr("lookup table: %1").arg(field.lookup);
        if (!field.linked.isEmpty())
            tip += u"\n"_s + tr("linked to the rule \"%1\": the id of the record it wrote").arg(field.linked);
        if (field.defaultValue)
            tip += u"\n"_s + tr("default: %1").arg(field.defaultValue->toVariant().toString());
        line->setToolTip(tip);
        line->badge->setToolTip(tr("Edit the transform and lookup of %1").arg(field.target));
        FieldItem *to = visibleItemFor(MapperSide::Target, Mapping::catalogPath(field.target));
        FieldItem *from = field.source.isEmpty() ? nullptr : visibleItemFor(MapperSide::Source, field.source);
        if (!to || (!field.source.isEmpty() && !from)) {
            line->setVisible(false);
            continue;
        }
        line->setVisible(true);
        const QPointF end = to->mapToScene(to->portPos());
        // A mapping without a source field (a default or a transform alone) starts in the gap.
        const QPointF start =
            from ? from->mapToScene(from->portPos()) : QPointF(ColumnWidth + Gap * 0.55, end.y());
        line->partial =
            (from && from->path() != field.source) || to->path() != Mapping::catalogPath(field.target);
        line->setEnds(start, end);
    }
    update();
}

void MapperScene::updateMarks()
{
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    QSet<QString> sources;
    QSet<QString> targets;
    if (rule) {
        for (const Mapping::FieldMapping &field : rule->fields) {
            sources.insert(field.source);
            targets.insert(Mapping::catalogPath(field.target));
        }
    }
    for (FieldItem *item : std::as_const(m_source.items))
        item->mapped = sources.contains(item->path());
    for (FieldItem *item : std::as_const(m_target.items)) {
        item->mapped = targets.contains(item->path());
        item->missing = item->required && !item->readOnly && !item->mapped;
        // As the validator sees it: an element's required field matters only when its list is mapped.
        const qsizetype list = item->path().lastIndexOf(u"[]"_s);
        if (item->missing && list >= 0) {
            const QString prefix = item->path().left(list + 2);
            item->missing = std::any_of(targets.cbegin(), targets.cend(),
                                        [&](const QString &t) { return t.startsWith(prefix); });
        }
        item->update();
    }
}

void MapperScene::setFilter(MapperSide side, const QString &text)
{
    Tree &t = tree(side);
    if (t.filter == text.trimmed())
        return;
    t.filter = text.trimmed();
    layoutRows();
}

void MapperScene::setExpanded(MapperSide side, const QString &path, bool expanded)
{
    Tree &t = tree(side);
    if (expanded == !t.collapsed.contains(path))
        return;
    if (expanded)
        t.collapsed.remove(path);
    else
        t.collapsed.insert(path);
    layoutRows();
}

bool MapperScene::isExpanded(MapperSide side, const QString &path) const
{
    return !tree(side).collapsed.contains(path);
}

void MapperScene::toggleExpanded(MapperSide side, const QString &path)
{
    setExpanded(side, path, !isExpanded(side, path));
}

void MapperScene::expandAll(bool expanded)
{
    for (MapperSide side : {MapperSide::Source, MapperSide::Target}) {
        Tree &t = tree(side);
        t.collapsed.clear();
        if (!expanded) {
            for (const Row &row : std::as_const(t.rows))
                if (row.hasChildren)
                    t.collapsed.insert(row.path);
        }
    }
    layoutRows();
}

bool MapperScene::isRowVisible(MapperSide side, const QString &path) const
{
    FieldItem *item = tree(side).items.value(path);
    return item && item->isVisible();
}

QPointF MapperScene::portPosition(MapperSide side, const QString &path) const
{
    FieldItem *item = tree(side).items.value(path);
    return item && item->isVisible() ? item->mapToScene(item->portPos()) : QPointF();
}

QStringList MapperScene::lineIds() const
{
    QStringList ids;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        if (it.value()->isVisible())
            ids.append(it.key());
    ids.sort();
    return ids;
}

QPointF MapperScene::badgePosition(const QString &fieldId) const
{
    ConnectionItem *line = m_lines.value(fieldId);
    return line && line->isVisible() ? line->badge->scenePos() : QPointF();
}

bool MapperScene::isMarkedMissing(const QString &targetPath) const
{
    FieldItem *item = m_target.items.value(targetPath);
    return item && item->missing;
}

void MapperScene::showRow(MapperSide side, const QString &path)
{
    Tree &t = tree(side);
    if (!t.items.contains(path))
        return;
    bool relayout = false;
    for (QString p = parentPath(path); !p.isEmpty(); p = parentPath(p))
        relayout = t.collapsed.remove(p) || relayout;
    if (!t.filter.isEmpty() && !path.contains(t.filter, Qt::CaseInsensitive)) {
        t.filter.clear();
        relayout = true;
        emit filterCleared(side);
    }
    if (relayout)
        layoutRows();
    clearSelection();
    FieldItem *item = t.items.value(path);
    item->emphasised = true;
    item->update();
    emit ensureVisibleRequested(item->sceneBoundingRect());
}

void MapperScene::selectFieldMapping(const QString &fieldId)
{
    ConnectionItem *line = m_lines.value(fieldId);
    if (!line)
        return;
    // Show the line: expand what hides its ends.
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    const Mapping::FieldMapping *field = rule ? rule->field(fieldId) : nullptr;
    if (field) {
        bool relayout = false;
        for (MapperSide side : {MapperSide::Source, MapperSide::Target}) {
            Tree &t = tree(side);
            const QString path =
                side == MapperSide::Source ? field->source : Mapping::catalogPath(field->target);
            for (QString p = parentPath(path); !p.isEmpty(); p = parentPath(p))
                relayout = t.collapsed.remove(p) || relayout;
            if (!t.filter.isEmpty() && !path.isEmpty() && !path.contains(t.filter, Qt::CaseInsensitive)) {
                t.filter.clear();
                relayout = true;
                emit filterCleared(side);
            }
        }
        if (relayout)
            layoutRows();
    }
    clearSelection();
    line->setSelected(true);
    emit ensureVisibleRequested(line->sceneBoundingRect());
}

QStringList MapperScene::selectedFieldMappings() const
{
    QStringList ids;
    for (ConnectionItem *line : std::as_const(m_lines))
        if (line->isSelected())
            ids.append(line->fieldId());
    ids.sort();
    return ids;
}

void MapperScene::removeSelected()
{
    const QStringList ids = selectedFieldMappings();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1)
        m_editor->undoStack()->beginMacro(tr("Remove %n mapping(s)", nullptr, int(ids.size())));
    for (const QString &id : ids)
        m_editor->removeFieldMapping(m_ruleId, id);
    if (ids.size() > 1)
        m_editor->undoStack()->endMacro();
}

FieldItem *MapperScene::fieldItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *field = dynamic_cast<FieldItem *>(item))
            return field;
    }
    // The port sticks out of the row by half its size.
    for (QGraphicsItem *item : items(QRectF(scenePos - QPointF(PortRadius + 4, PortRadius + 4),
                                            QSizeF(2 * PortRadius + 8, 2 * PortRadius + 8)))) {
        auto *field = dynamic_cast<FieldItem *>(item);
        if (field && field->isOnPort(field->mapFromScene(scenePos)))
            return field;
    }
    return nullptr;
}

void MapperScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    // A badge or a line first: they lie over the rows' ports.
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (dynamic_cast<BadgeItem *>(item)) {
            QGraphicsScene::mousePressEvent(event);
            return;
        }
        if (dynamic_cast<FieldItem *>(item))
            break;
    }
    FieldItem *field = fieldItemAt(event->scenePos());
    if (!field) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    if (field->hasChildren
        && field->arrowRect()
               .translated(PortRadius + 1, 0)
               .contains(field->mapFromScene(event->scenePos()))) {
        toggleExpanded(field->side(), field->path());
        event->accept();
        return;
    }
    event->accept();
    m_pressPos = event->scenePos();
    if (!field->mappable)
        return;
    m_dragFrom = field;
    m_rubberLine = addPath(QPainterPath(), QPen(lineColour(), 1.8, Qt::DashLine));
    m_rubberLine->setZValue(3);
}

void MapperScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragFrom || !m_rubberLine) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF from = m_dragFrom->mapToScene(m_dragFrom->portPos());
    QPointF to = event->scenePos();
    FieldItem *over = fieldItemAt(to);
    if (over && over->side() != m_dragFrom->side() && over->mappable)
        to = over->mapToScene(over->portPos()); // snaps to the port it would connect to
    QPainterPath curve(from);
    const qreal dx = (to.x() - from.x()) / 2;
    curve.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    m_rubberLine->setPath(curve);
    event->accept();
}

void MapperScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragFrom) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    FieldItem *from = m_dragFrom;
    m_dragFrom = nullptr;
    delete m_rubberLine;
    m_rubberLine = nullptr;
    event->accept();
    FieldItem *over = fieldItemAt(event->scenePos());
    if (over == from && QLineF(m_pressPos, event->scenePos()).length() < 4) {
        // A click on a row: select its line.
        const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
        for (const Mapping::FieldMapping &field : rule->fields) {
            if ((from->side() == MapperSide::Source ? field.source : Mapping::catalogPath(field.target))
                == from->path()) {
                selectFieldMapping(field.id);
                return;
            }
        }
        clearSelection();
        return;
    }
    if (!over || over->side() == from->side() || !over->mappable)
        return;
    FieldItem *source = from->side() == MapperSide::Source ? from : over;
    FieldItem *target = from->side() == MapperSide::Source ? over : from;
    if (target->readOnly) {
        emit statusMessage(
            tr("%1 is read-only: the system sets it, a mapping cannot write it.").arg(target->path()));
        return;
    }
    const Mapping::ObjectRule *rule = m_editor->document().rule(m_ruleId);
    for (const Mapping::FieldMapping &field : rule->fields) {
        if (field.target != target->path())
            continue;
        // The target is mapped already: the line is redrawn from the new source.
        if (field.source != source->path()) {
            Mapping::FieldMapping changed = field;
            changed.source = source->path();
            m_editor->changeFieldMapping(m_ruleId, changed);
            emit statusMessage(tr("%1 now comes from %2.").arg(target->path(), source->path()));
        }
        selectFieldMapping(field.id);
        return;
    }
    Mapping::FieldMapping field;
    field.source = source->path();
    field.target = target->path();
    field.required = target->required;
    const QString id = m_editor->addFieldMapping(m_ruleId, field);
    selectFieldMapping(id);
    emit statusMessage(tr("Mapped %1 → %2.").arg(source->path(), target->path()));
}

void MapperScene::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && !selectedFieldMappings().isEmpty()) {
        removeSelected();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

bool MapperScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        for (ConnectionItem *line : std::as_const(m_lines))
            line->refreshPen();
        if (m_sourceTitle)
            m_sourceTitle->setBrush(QGuiApplication::palette().color(QPalette::WindowText));
        if (m_targetTitle)
            m_targetTitle->setBrush(QGuiApplication::palette().color(QPalette::WindowText));
        update();
    }
    return QGraphicsScene::event(event);
}

} // namespace LedgerLink::Studio
