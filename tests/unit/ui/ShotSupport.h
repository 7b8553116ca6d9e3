#pragma once

// ShotSupport: screenshots for a person to look at. With OW_SHOTS=<directory> a test saves PNGs there;
// with OW_SHOTS_QM=<onewindow_zh_CN.qm> too, in Chinese (translator and locale for the shot's scope).

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>
#include <QWidget>
#include <catch2/catch.hpp>

namespace ow::test {

class ShotSession
{
public:
    ShotSession()
        : m_dir(qEnvironmentVariable("OW_SHOTS"))
    {
        const QString qm = qEnvironmentVariable("OW_SHOTS_QM");
        if (!qm.isEmpty() && m_translator.load(qm)) {
            QCoreApplication::installTranslator(&m_translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        if (!m_dir.isEmpty())
            REQUIRE(QDir().mkpath(m_dir));
    }
    ~ShotSession()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previousLocale);
    }
    ShotSession(const ShotSession&) = delete;
    ShotSession& operator=(const ShotSession&) = delete;

    // Saves widget as <dir>/<name> when shots were asked for.
    void shoot(QWidget& widget, const QString& name) const
    {
        QCoreApplication::processEvents();
        if (!m_dir.isEmpty())
            REQUIRE(widget.grab().save(m_dir + QLatin1Char('/') + name));
    }

private:
    QString m_dir;
    QTranslator m_translator;
    QLocale m_previousLocale;
};

} // namespace ow::test
