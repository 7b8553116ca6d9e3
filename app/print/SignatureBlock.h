#pragma once

// SignatureBlock: lines to sign on ("Applicant (signature) ______  Date ______"), kept together on
// one page.

#include "print/PrintBlock.h"

#include <QCoreApplication>
#include <QStringList>

namespace ow {

class SignatureBlock : public PrintBlock
{
    Q_DECLARE_TR_FUNCTIONS(ow::SignatureBlock)

public:
    explicit SignatureBlock(QStringList signers, bool withDate = true);

    QList<BlockSlice> layout(const LayoutContext& context) const override;

private:
    QStringList m_signers;
    bool m_withDate;
};

} // namespace ow
