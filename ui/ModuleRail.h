#pragma once

// ModuleRail: the left rail of the main window listing the modules of the user's role; Ctrl+1..4
// select its entries from the keyboard.

#include "ui/AppModule.h"

#include <QList>
#include <QListWidget>

namespace ow {

class ModuleRail : public QListWidget
{
    Q_OBJECT
public:
    explicit ModuleRail(QWidget* parent = nullptr);

    void setModules(const QList<AppModule>& modules);
    const QList<AppModule>& modules() const { return m_modules; }

    bool selectModule(AppModule module); // false if the rail does not offer it
    AppModule currentModule() const;     // the first module when nothing is selected

    static QString title(AppModule module);

signals:
    void moduleSelected(ow::AppModule module);

private:
    QIcon iconOf(AppModule module) const;

    QList<AppModule> m_modules;
};

} // namespace ow
