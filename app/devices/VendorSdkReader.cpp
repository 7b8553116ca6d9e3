#include "devices/VendorSdkReader.h"

#include "core/Clock.h"
#include "core/Masking.h"
#include "devices/DevicesLog.h"

#include <QTimer>

namespace ow {

namespace {

// The polling loop; lives on the worker thread and owns the library. Reports through callbacks that
// hop back to the reader's thread.
class SdkLoop : public QObject
{
public:
    SdkLoop(std::unique_ptr<VendorSdk> sdk, VendorSdkReaderSettings settings, const RegionTable& regions,
            const Clock& clock)
        : m_sdk(std::move(sdk))
        , m_settings(std::move(settings))
        , m_regions(regions)
        , m_clock(clock)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    ~SdkLoop() override { m_sdk->close(); }

    void begin() { tick(); }

    std::function<void(IdCardReader::State)> onState;
    std::function<void(const Error&)> onError;
    std::function<void(const IdCardData&)> onCard;

private:
    void tick()
    {
        if (!m_open) {
            auto opened = m_sdk->open(m_settings.port);
            if (!opened) {
                if (!m_linkErrorShown)
                    onError(opened.error());
                m_linkErrorShown = true;
                onState(IdCardReader::State::Disconnected);
                m_timer.start(m_settings.reconnectIntervalMs);
                return;
            }
            m_open = true;
            m_linkErrorShown = false;
            onState(IdCardReader::State::Ready);
        }
        auto found = m_sdk->findCard();
        if (found && found.value()) {
            m_absent = 0;
            if (!m_cardOnPad) {
                m_cardOnPad = true;
                onState(IdCardReader::State::Reading);
                auto card = m_sdk->readCard(m_regions, m_clock.today());
                onState(IdCardReader::State::Ready);
                if (card) {
                    qCInfo(lcDevices) << "ID card read (vendor library):" << maskIdNumber(card->idNumber);
                    onCard(card.value());
                } else {
                    onError(card.error());
                }
            }
        } else if (++m_absent >= 2) {
            m_cardOnPad = false;
        }
        m_timer.start(m_settings.pollIntervalMs);
    }

    std::unique_ptr<VendorSdk> m_sdk;
    VendorSdkReaderSettings m_settings;
    const RegionTable& m_regions;
    const Clock& m_clock;
    QTimer m_timer{this};
    bool m_open = false;
    bool m_linkErrorShown = false;
    bool m_cardOnPad = false;
    int m_absent = 0;
};

} // namespace

VendorSdkReader::VendorSdkReader(VendorSdkReaderSettings settings, const RegionTable& regions,
                                 const Clock& clock, QObject* parent)
    : IdCardReader(parent)
    , m_settings(std::move(settings))
    , m_regions(regions)
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("VendorSdkReader"));
}

VendorSdkReader::~VendorSdkReader()
{
    stop();
}

void VendorSdkReader::start()
{
    if (m_worker)
        return;
    setState(State::Connecting);
    auto sdk = VendorSdk::load(m_settings.family, m_settings.libraryPath);
    if (!sdk) {
        qCWarning(lcDevices) << "vendor library not usable:" << sdk.error().code;
        setState(State::Disconnected);
        emit error(sdk.error());
        return;
    }
    auto* loop = new SdkLoop(std::move(sdk).value(), m_settings, m_regions, m_clock);
    loop->onState = [this](State s) { QMetaObject::invokeMethod(this, [this, s] { setState(s); }); };
    loop->onError = [this](const Error& e) { QMetaObject::invokeMethod(this, [this, e] { emit error(e); }); };
    loop->onCard = [this](const IdCardData& c) {
        QMetaObject::invokeMethod(this, [this, c] { emit cardRead(c); });
    };
    loop->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loop, &QObject::deleteLater);
    m_worker = loop;
    m_thread.start();
    QMetaObject::invokeMethod(loop, [loop] { loop->begin(); });
}

void VendorSdkReader::stop()
{
    if (m_worker) {
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
    }
    setState(State::Stopped);
}

void VendorSdkReader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ow
