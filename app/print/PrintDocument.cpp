#include "print/PrintDocument.h"

#include "print/FieldGridBlock.h"
#include "print/SignatureBlock.h"
#include "print/TextBlock.h"

namespace ow {

PrintDocument::PrintDocument(DocumentKind kind, QString title, PrintSiteConfig site)
    : m_kind(kind)
    , m_title(std::move(title))
    , m_site(std::move(site))
{}

void PrintDocument::add(std::shared_ptr<const PrintBlock> block, qreal spaceBeforeMm)
{
    m_entries.append({std::move(block), spaceBeforeMm});
}

void PrintDocument::addHeading(const QString& text)
{
    auto heading = std::make_shared<TextBlock>(text, FontRole::Heading);
    heading->setKeepWithNext(true);
    add(std::move(heading), 4.0);
}

void PrintDocument::addText(const QString& text, FontRole role, Qt::Alignment alignment, qreal spaceBeforeMm)
{
    add(std::make_shared<TextBlock>(text, role, alignment), spaceBeforeMm);
}

void PrintDocument::addFields(QList<PrintField> fields, int columns)
{
    add(std::make_shared<FieldGridBlock>(std::move(fields), columns));
}

void PrintDocument::addSignatures(const QStringList& signers, bool withDate)
{
    add(std::make_shared<SignatureBlock>(signers, withDate), 6.0);
}

} // namespace ow
