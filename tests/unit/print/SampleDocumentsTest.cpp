// The samples of the printer settings: every kind builds, composes and says plainly that it is a sample.

#include "print/SampleDocuments.h"

#include "PrintTestSupport.h"
#include "print/PrinterProfiles.h"

#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

TEST_CASE("every kind of document has a sample that prints, marked as a sample", "[print][sample]")
{
    QTemporaryDir dir;
    for (DocumentKind kind : allDocumentKinds) {
        const QString key = documentKindKey(kind);
        INFO(key.toStdString());
        const PrintDocument sample = SampleDocuments::sample(kind, sampleSite());
        CHECK(sample.kind() == kind);
        CHECK(sample.title().endsWith(QStringLiteral("(sample)")));
        CHECK(sample.title().size() > QStringLiteral(" (sample)").size()); // the document's own title too
        CHECK(sample.entries().size() > 1); // the document itself, not only the sample line
        ComposedDocument composed;
        const PageFormat format = PageFormat::of(PrinterProfiles::defaultProfile(kind).paper);
        const QString text = squeezed(pdfText(writePdf(sample, format, dir, key, &composed)));
        CHECK(composed.pages.size() >= 1);
        CHECK(everythingOnPaper(composed));
        CHECK(text.contains(QStringLiteral("样例")));
        CHECK(text.contains(QStringLiteral("(sample)")));
    }
}
