#include "devices/KeyboardWedgeFilter.h"

#include "devices/DevicesLog.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace ow {

KeyboardWedgeFilter::KeyboardWedgeFilter(KeyboardWedgeSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (!m_settings.terminatorRequired && looksLikeScan())
            deliver();
        else
            replay();
    });
}

void KeyboardWedgeFilter::setSettings(const KeyboardWedgeSettings& settings)
{
    replay();
    m_settings = settings;
}

void KeyboardWedgeFilter::setEnabled(bool enabled)
{
    if (!enabled)
        replay();
    m_enabled = enabled;
}

bool KeyboardWedgeFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || m_replaying || event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    // A key the field ignores propagates to its parents and comes by again: every path below that lets
    // an event through holds nothing afterwards, so a second look changes nothing.
    return onKeyPress(watched, static_cast<QKeyEvent*>(event));
}

bool KeyboardWedgeFilter::isTerminator(const QKeyEvent* event) const
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Tab;
}

bool KeyboardWedgeFilter::looksLikeScan() const
{
    if (!m_buffer.startsWith(m_settings.prefix))
        return false;
    const qsizetype body = m_buffer.size() - m_settings.prefix.size() - m_settings.suffix.size();
    return body >= m_settings.minLength &&
           (m_settings.suffix.isEmpty() || m_buffer.endsWith(m_settings.suffix));
}

bool KeyboardWedgeFilter::onKeyPress(QObject* receiver, QKeyEvent* event)
{
    const bool fast = m_held.empty() || m_sinceLastKey.elapsed() <= m_settings.maxInterKeyMs;
    if (!fast)
        replay(); // the pause timer has not fired yet (busy event loop): the run ended long ago

    if (isTerminator(event)) {
        if (m_held.empty())
            return false;
        if (looksLikeScan()) {
            deliver();
            return true;
        }
        replay();
        return false;
    }

    const QString text = event->text();
    const Qt::KeyboardModifiers other = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (text.size() != 1 || !text.front().isPrint() || other != Qt::NoModifier) {
        replay();
        return false;
    }
    const QString& prefix = m_settings.prefix;
    if (!prefix.isEmpty() && m_buffer.size() < prefix.size() && text.front() != prefix.at(m_buffer.size())) {
        replay();
        return false; // not a scan: typing goes straight through
    }
    m_held.push_back({receiver, event->key(), event->modifiers(), text});
    m_buffer += text;
    m_sinceLastKey.start();
    if (!m_settings.suffix.isEmpty() && looksLikeScan()) {
        deliver();
        return true;
    }
    m_pauseTimer.start(m_settings.maxInterKeyMs + 1);
    return true;
}

void KeyboardWedgeFilter::deliver()
{
    m_pauseTimer.stop();
    QString code = m_buffer.sliced(m_settings.prefix.size());
    code.chop(m_settings.suffix.size());
    m_buffer.clear();
    m_held.clear();
    qCDebug(lcDevices) << "wedge scan," << code.size() << "characters";
    emit scanned(code);
}

void KeyboardWedgeFilter::replay()
{
    m_pauseTimer.stop();
    std::vector<HeldKey> held;
    held.swap(m_held);
    m_buffer.clear();
    m_replaying = true;
    for (const HeldKey& key : held) {
        if (!key.receiver)
            continue;
        QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
        QCoreApplication::sendEvent(key.receiver, &press);
        QKeyEvent release(QEvent::KeyRelease, key.key, key.modifiers, key.text);
        QCoreApplication::sendEvent(key.receiver, &release);
    }
    m_replaying = false;
}

} // namespace ow
