#include "ui/ModuleRail.h"

#include <QKeySequence>
#include <QShortcut>
#include <QStyle>

namespace ow {

ModuleRail::ModuleRail(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("moduleRail"));
    setViewMode(QListView::ListMode);
    setIconSize(QSize(28, 28));
    setSpacing(2);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(200);
    setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 12pt; }"
                                 "QListWidget::item { padding: 10px 6px; }"));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_modules.size())
            emit moduleSelected(m_modules.at(row));
    });
    const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int i = 0; i < 4; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | digits[i]), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < count())
                setCurrentRow(i);
        });
    }
}

QString ModuleRail::title(AppModule module)
{
    switch (module) {
    case AppModule::Intake:
        return tr("Intake");
    case AppModule::Queue:
        return tr("Queue");
    case AppModule::Dispatch:
        return tr("Dispatch and delivery");
    case AppModule::Supervision:
        return tr("Supervision");
    }
    return {};
}

QIcon ModuleRail::iconOf(AppModule module) const
{
    switch (module) {
    case AppModule::Intake:
        return style()->standardIcon(QStyle::SP_FileDialogNewFolder);
    case AppModule::Queue:
        return style()->standardIcon(QStyle::SP_MediaPlay);
    case AppModule::Dispatch:
        return style()->standardIcon(QStyle::SP_ArrowRight);
    case AppModule::Supervision:
        return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    }
    return {};
}

void ModuleRail::setModules(const QList<AppModule>& modules)
{
    const QSignalBlocker blocker(this);
    const AppModule previous = currentModule();
    clear();
    m_modules = modules;
    for (int i = 0; i < m_modules.size(); ++i) {
        auto* entry = new QListWidgetItem(iconOf(m_modules.at(i)), title(m_modules.at(i)), this);
        entry->setToolTip(tr("%1 (Ctrl+%2)").arg(title(m_modules.at(i))).arg(i + 1));
    }
    const qsizetype keep = m_modules.indexOf(previous);
    setCurrentRow(keep >= 0 ? int(keep) : 0);
}

bool ModuleRail::selectModule(AppModule module)
{
    const qsizetype row = m_modules.indexOf(module);
    if (row < 0)
        return false;
    setCurrentRow(int(row));
    return true;
}

AppModule ModuleRail::currentModule() const
{
    const int row = currentRow();
    if (row >= 0 && row < m_modules.size())
        return m_modules.at(row);
    return m_modules.isEmpty() ? AppModule::Intake : m_modules.first();
}

} // namespace ow
