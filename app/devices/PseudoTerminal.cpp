#include "devices/PseudoTerminal.h"

#include "devices/DevicesLog.h"

#include <QFile>
#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace ow {

PseudoTerminal::PseudoTerminal(QString linkPath, QObject* parent)
    : QObject(parent)
    , m_linkPath(std::move(linkPath))
{}

PseudoTerminal::~PseudoTerminal()
{
    close();
}

Result<void> PseudoTerminal::open()
{
    if (isOpen())
        return {};
    termios raw{};
    cfmakeraw(&raw);
    cfsetispeed(&raw, B115200);
    cfsetospeed(&raw, B115200);
    char name[256] = {};
    if (::openpty(&m_master, &m_slave, name, &raw, nullptr) != 0)
        return Error{QStringLiteral("pty.open"),
                     QCoreApplication::translate("ow::PseudoTerminal",
                                                 "Could not create a pseudo-terminal for the simulated "
                                                 "device: %1")
                         .arg(QString::fromLocal8Bit(strerror(errno)))};
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slavePath = QString::fromLocal8Bit(name);
    if (!m_linkPath.isEmpty()) {
        QFile::remove(m_linkPath);
        if (!QFile::link(m_slavePath, m_linkPath)) {
            close();
            return Error{QStringLiteral("pty.link"),
                         QCoreApplication::translate("ow::PseudoTerminal",
                                                     "Could not create the port name %1 for the simulated "
                                                     "device.")
                             .arg(m_linkPath)};
        }
    }
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { readMaster(); });
    return {};
}

void PseudoTerminal::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
    m_master = m_slave = -1;
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
}

QString PseudoTerminal::portName() const
{
    return m_linkPath.isEmpty() ? m_slavePath : m_linkPath;
}

bool PseudoTerminal::write(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (isOpen() && done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) { // the slave's input queue is full: the reader is not reading
            qCWarning(lcDevices) << "simulated device: output dropped, port not read";
            return false;
        }
        if (n <= 0)
            return false;
        done += n;
    }
    return isOpen();
}

void PseudoTerminal::readMaster()
{
    char buffer[4096];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n > 0) {
        emit received(QByteArray(buffer, qsizetype(n)));
    } else if (n < 0 && errno != EAGAIN && errno != EINTR && m_notifier) {
        m_notifier->setEnabled(false); // EIO: nobody holds the slave; avoid spinning
    }
}

} // namespace ow
