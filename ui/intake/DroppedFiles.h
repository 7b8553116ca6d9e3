#pragma once

// DroppedFiles: the local files a drag and drop carries (pages dropped on the materials step or strip).

#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace ow {

inline QStringList droppedLocalFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace ow
