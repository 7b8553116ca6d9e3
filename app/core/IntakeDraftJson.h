#pragma once

// IntakeDraftJson: the stored form of an intake draft; a draft read back equals the one written.

#include "core/IntakeDraft.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ow {

class IntakeDraftJson
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeDraftJson)

public:
    static QByteArray toJson(const IntakeDraft& draft);
    // Refuses what is not a draft (not JSON, no uuid, unknown format version).
    static Result<IntakeDraft> fromJson(const QByteArray& json);

    static constexpr int formatVersion = 1;
};

} // namespace ow
