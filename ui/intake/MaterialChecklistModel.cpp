#include "ui/intake/MaterialChecklistModel.h"

#include "ui/intake/MaterialOptions.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace ow {

namespace {

enum class Mark
{
    MissingRequired,
    MissingOptional,
    Satisfied,
    Commitment
};

constexpr QColor missingColour(0xc6, 0x28, 0x28);
constexpr QColor satisfiedColour(0x2e, 0x7d, 0x32);
constexpr QColor commitmentColour(0xe6, 0x8a, 0x00);
constexpr QColor optionalColour(0x9e, 0x9e, 0x9e);

// A round mark drawn here rather than taken from an icon theme, so it looks the same everywhere.
QIcon markIcon(Mark mark)
{
    constexpr int size = 32;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(2, 2, size - 4, size - 4);
    QPen pen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (mark) {
    case Mark::MissingRequired:
        painter.setPen(Qt::NoPen);
        painter.setBrush(missingColour);
        painter.drawEllipse(circle);
        painter.setPen(pen);
        painter.drawLine(QPointF(16, 8), QPointF(16, 18));
        painter.drawPoint(QPointF(16, 24));
        break;
    case Mark::MissingOptional:
        painter.setPen(QPen(optionalColour, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(2, 2, -2, -2));
        break;
    case Mark::Satisfied:
        painter.setPen(Qt::NoPen);
        painter.setBrush(satisfiedColour);
        painter.drawEllipse(circle);
        painter.setPen(pen);
        painter.drawPolyline(QPolygonF{QPointF(9, 16), QPointF(14, 21), QPointF(23, 11)});
        break;
    case Mark::Commitment:
        painter.setPen(Qt::NoPen);
        painter.setBrush(commitmentColour);
        painter.drawEllipse(circle);
        painter.setPen(pen);
        painter.drawLine(QPointF(16, 16), QPointF(16, 9));
        painter.drawLine(QPointF(16, 16), QPointF(21, 19));
        break;
    }
    return QIcon(pixmap);
}

const QIcon& iconFor(Mark mark)
{
    static const QIcon icons[] = {markIcon(Mark::MissingRequired), markIcon(Mark::MissingOptional),
                                  markIcon(Mark::Satisfied), markIcon(Mark::Commitment)};
    return icons[static_cast<int>(mark)];
}

Mark markOf(const MaterialRow& row)
{
    if (row.satisfied)
        return row.underCommitment ? Mark::Commitment : Mark::Satisfied;
    return row.entry.required ? Mark::MissingRequired : Mark::MissingOptional;
}

} // namespace

MaterialChecklistModel::MaterialChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MaterialChecklistModel::setRows(const QList<MaterialRow>& rows)
{
    bool sameNames = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows.at(i).entry.name == m_rows.at(i).entry.name;
    if (!sameNames) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MaterialChecklistModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.name == name)
            return static_cast<int>(i);
    }
    return -1;
}

int MaterialChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MaterialChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MaterialRow& row = m_rows.at(index.row());
    const ChecklistEntry& entry = row.entry;
    const bool missingRequired = !row.satisfied && entry.required;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case FormColumn:
            return MaterialOptions::formText(entry);
        case RequiredColumn:
            return MaterialOptions::requiredText(entry);
        case ItemsColumn:
            return row.itemsText;
        case StateColumn:
            return row.stateText;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ItemsColumn)
            return row.itemsToolTip;
        if (index.column() == NameColumn || index.column() == StateColumn)
            return QStringLiteral("%1 — %2").arg(entry.name, row.stateText);
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return iconFor(markOf(row));
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && missingRequired)
            return QBrush(missingColour);
        if (index.column() == StateColumn && row.underCommitment)
            return QBrush(commitmentColour.darker(130));
        break;
    case Qt::FontRole:
        if (missingRequired && (index.column() == StateColumn || index.column() == NameColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn)
            return row.stateText;
        break;
    default:
        break;
    }
    return {};
}

QVariant MaterialChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Material");
    case FormColumn:
        return tr("Form");
    case RequiredColumn:
        return tr("Required");
    case ItemsColumn:
        return tr("Asked for by");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace ow
