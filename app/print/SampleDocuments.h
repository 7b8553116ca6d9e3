#pragma once

// SampleDocuments: a specimen of each kind of document, clearly marked as a sample (applicant 样例,
// "(sample)" in the title, a warning line on top), for trying a printer and its paper.

#include "print/DocumentKind.h"
#include "print/PrintDocument.h"
#include "print/PrintSiteConfig.h"

#include <QCoreApplication>

namespace ow {

class SampleDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ow::SampleDocuments)

public:
    // The sample of kind with the site's header and footer; always builds (fixed, valid data).
    static PrintDocument sample(DocumentKind kind, const PrintSiteConfig& site);

    // The name every sample prints where a person's name goes.
    static QString sampleName();

private:
    static PrintDocument build(DocumentKind kind, const PrintSiteConfig& site);
    // A copy of document titled "<title> (sample)", with the warning line before its content.
    static PrintDocument marked(const PrintDocument& document);
};

} // namespace ow
