#include "FaultInjector.h"

namespace ow::central {

FaultInjector::FaultInjector(const FaultSettings& settings)
{
    setSettings(settings);
}

void FaultInjector::setSettings(const FaultSettings& settings)
{
    m_settings = settings;
    m_random = settings.seeded ? QRandomGenerator(settings.seed) : QRandomGenerator::securelySeeded();
}

FaultInjector::Drop FaultInjector::rollDrop()
{
    if (m_settings.dropRate <= 0 || !m_settings.dropModes || m_random.generateDouble() >= m_settings.dropRate)
        return Drop::None;
    const bool request = m_settings.dropModes.testFlag(DropMode::RequestBody);
    const bool response = m_settings.dropModes.testFlag(DropMode::ResponseBody);
    if (request && response)
        return m_random.bounded(2) == 0 ? Drop::CutRequest : Drop::CutResponse;
    return request ? Drop::CutRequest : Drop::CutResponse;
}

qint64 FaultInjector::cutPoint(qint64 total)
{
    if (total < 2)
        return 0;
    return 1 + static_cast<qint64>(m_random.bounded(static_cast<double>(total - 1)));
}

int FaultInjector::rollFailure()
{
    if (m_settings.failRate <= 0 || m_random.generateDouble() >= m_settings.failRate)
        return 0;
    if (m_random.bounded(2) == 0) {
        ++m_tally.failures500;
        return 500;
    }
    ++m_tally.failures503;
    return 503;
}

} // namespace ow::central
