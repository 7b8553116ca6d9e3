#include "admin/LogBuffer.h"

#include "core/Masking.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <deque>

namespace ow {

namespace {

struct State
{
    QMutex mutex;
    std::deque<QString> lines;
    std::size_t capacity = 2000;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s; // lives as long as the handler may be called
    return s;
}

const char* typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    const QString line =
        QStringLiteral("%1 %2 %3: %4")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1String(typeName(type)),
                 QLatin1String(context.category ? context.category : "default"), maskPersonalData(message));
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker lock(&s.mutex);
        s.lines.push_back(line);
        while (s.lines.size() > s.capacity)
            s.lines.pop_front();
        previous = s.previous;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

void LogBuffer::install(int capacity)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    s.capacity = std::size_t(std::max(capacity, 1));
    if (s.installed)
        return;
    s.installed = true;
    s.previous = qInstallMessageHandler(handle);
}

QStringList LogBuffer::lines()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    return QStringList(s.lines.begin(), s.lines.end());
}

void LogBuffer::clear()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    s.lines.clear();
}

QString maskPersonalData(QString text)
{
    text = maskIdNumbersIn(std::move(text));
    static const QRegularExpression mobile(
        QStringLiteral("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])"));
    QString out;
    qsizetype last = 0;
    for (auto it = mobile.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += maskPhone(m.capturedView());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace ow
