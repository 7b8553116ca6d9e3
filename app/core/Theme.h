#pragma once

// Theme: a "one thing" bundle (一事联办) that takes in several departments' items in one intake.

#include <QString>
#include <QStringList>

namespace ow {

struct Theme
{
    QString code;
    QString name;          // e.g. 我要办一级以下医疗机构
    QStringList itemCodes; // in the order the intake presents them
};

} // namespace ow
