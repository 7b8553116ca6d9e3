#pragma once

// LogBuffer: keeps the last lines the program logged, with personal data masked, for the diagnostics
// export; every message still goes on to the handler installed before (the terminal, the journal).

#include <QStringList>

namespace ow {

class LogBuffer
{
public:
    // Installs the message handler (once; later calls change only the capacity).
    static void install(int capacity = 2000);
    // The lines kept, oldest first.
    static QStringList lines();
    static void clear();
};

// Masks what could identify a person in free text: ID numbers (maskIdNumbersIn) and mobile numbers
// ("138****5678").
QString maskPersonalData(QString text);

} // namespace ow
