#pragma once

// FaultInjector: the dice of the fault-injection options (--fail-rate, --drop-rate, --latency-ms) and
// the tallies of what was injected, so a test can check that faults really happened.

#include <QFlags>
#include <QRandomGenerator>

namespace ow::central {

enum class DropMode
{
    RequestBody = 1,  // cut the connection while the request arrives; nothing is applied
    ResponseBody = 2, // apply the request, then cut the connection in the middle of the answer's body
};
using DropModes = QFlags<DropMode>;
Q_DECLARE_OPERATORS_FOR_FLAGS(DropModes)

struct FaultSettings
{
    double failRate = 0; // share of requests answered 500 or 503 before they are handled
    double dropRate = 0; // share of requests whose connection is dropped
    int latencyMs = 0;   // added before every answer
    quint32 seed = 0;
    bool seeded = false; // false: a random seed
    DropModes dropModes = DropMode::RequestBody | DropMode::ResponseBody;
};

struct FaultTally
{
    int failures500 = 0;
    int failures503 = 0;
    int requestCuts = 0;
    int responseCuts = 0;
};

class FaultInjector
{
public:
    enum class Drop
    {
        None,
        CutRequest,
        CutResponse
    };

    explicit FaultInjector(const FaultSettings& settings = {});

    void setSettings(const FaultSettings& settings);
    const FaultSettings& settings() const { return m_settings; }

    // Whether the request whose first bytes just arrived is to be dropped, and how.
    Drop rollDrop();
    // Where to cut a request of `total` bytes (1..total-1 when it can be cut inside, else 0).
    qint64 cutPoint(qint64 total);
    // 0 (no failure), 500 or 503.
    int rollFailure();

    void countRequestCut() { ++m_tally.requestCuts; }
    void countResponseCut() { ++m_tally.responseCuts; }
    const FaultTally& tally() const { return m_tally; }

private:
    FaultSettings m_settings;
    QRandomGenerator m_random;
    FaultTally m_tally;
};

} // namespace ow::central
