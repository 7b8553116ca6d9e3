#include "ApiRouter.h"

namespace ow::central {

namespace {

QStringList split(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool matches(const QStringList& pattern, const QStringList& path, QHash<QString, QString>& params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& part = pattern[i];
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            found.insert(part.mid(1, part.size() - 2), path[i]);
        else if (part != path[i])
            return false;
    }
    params = found;
    return true;
}

} // namespace

void ApiRouter::add(RouteSpec spec, RouteHandler handler)
{
    Route route{std::move(spec), {}, std::move(handler)};
    route.segments = split(route.spec.pattern);
    m_routes.append(std::move(route));
}

ApiRouter::Match ApiRouter::match(const QString& method, const QString& path) const
{
    Match result;
    const QStringList parts = split(path);
    // Literal segments win over parameters: "/cases/changes" before "/cases/{uuid}".
    int bestScore = -1;
    for (const Route& route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.segments, parts, params))
            continue;
        const bool sameMethod = route.spec.method == method || (method == QLatin1String("HEAD") &&
                                                                route.spec.method == QLatin1String("GET"));
        if (!result.allowedMethods.contains(route.spec.method))
            result.allowedMethods << route.spec.method;
        if (!sameMethod)
            continue;
        const int score =
            int(route.segments.size() - params.size()) * 2 + (route.spec.method == method ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            result.route = &route;
            result.params = params;
        }
    }
    return result;
}

} // namespace ow::central
