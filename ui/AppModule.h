#pragma once

// AppModule: the modules of the client that the rail can offer, in rail order, and which of them
// each role sees.

#include "core/SiteConfig.h"

#include <QList>

namespace ow {

enum class AppModule
{
    Intake,
    Queue,
    Dispatch,
    Supervision
};

// Clerks take in cases and call the queue; dispatch staff hand cases on and out; supervisors see all.
inline QList<AppModule> modulesForRole(StaffRole role)
{
    switch (role) {
    case StaffRole::Clerk:
        return {AppModule::Intake, AppModule::Queue};
    case StaffRole::Dispatch:
        return {AppModule::Dispatch};
    case StaffRole::Supervisor:
        break;
    }
    return {AppModule::Intake, AppModule::Queue, AppModule::Dispatch, AppModule::Supervision};
}

} // namespace ow
