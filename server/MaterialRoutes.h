#pragma once

// MaterialRoutes: content-addressed, chunked, resumable material upload (announce, ask the offset
// held, PUT each chunk at its offset, hash checked when the last byte is in) and download by range.

#include <QtGlobal>

namespace ow::central {

class ApiRouter;

class MaterialRoutes
{
public:
    static constexpr qint64 maxChunk = 8 * 1024 * 1024;
    static constexpr qint64 maxMaterial = qint64(2) * 1024 * 1024 * 1024;

    static void add(ApiRouter& router);
};

} // namespace ow::central
