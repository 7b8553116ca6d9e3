#pragma once

// KeyboardWedgeFilter: an application-wide event filter that tells a keyboard-wedge scanner from a
// person typing (keys faster than a person types, then a terminator or suffix; optional prefix),
// delivers the whole code at once wherever focus is, and keeps the scanned keys out of the focused field.

#include <QElapsedTimer>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <vector>

class QKeyEvent;

namespace ow {

struct KeyboardWedgeSettings
{
    QString prefix;         // if set, only key runs starting with it are scans (typing is not delayed)
    QString suffix;         // if set, a run ending with it is a complete scan (no terminator needed)
    int maxInterKeyMs = 35; // a person rarely types consecutive keys faster; scanners send every 1-10 ms
    int minLength = 4;      // shorter runs are typing, whatever their speed
    bool terminatorRequired = true; // Enter or Tab ends a scan; without it, a pause ends it
};

class KeyboardWedgeFilter : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardWedgeFilter(KeyboardWedgeSettings settings = {}, QObject* parent = nullptr);

    void setSettings(const KeyboardWedgeSettings& settings);
    const KeyboardWedgeSettings& settings() const { return m_settings; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // The code without prefix, suffix and terminator.
    void scanned(const QString& code);

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool onKeyPress(QObject* receiver, QKeyEvent* event);
    bool isTerminator(const QKeyEvent* event) const;
    bool looksLikeScan() const;
    void deliver();
    void replay(); // gives the held keys to the fields they were meant for

    KeyboardWedgeSettings m_settings;
    bool m_enabled = true;
    bool m_replaying = false;
    QString m_buffer;
    std::vector<HeldKey> m_held;
    QElapsedTimer m_sinceLastKey;
    QTimer m_pauseTimer;
};

} // namespace ow
