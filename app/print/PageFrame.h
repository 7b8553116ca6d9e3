#pragma once

// PageFrame: the header (logo, hall name, title, subtitle) and footer (footer text, page x of n) that
// frame every page of a document, laid out once per document and paper.

#include "print/PageFormat.h"
#include "print/PageItem.h"
#include "print/PrintDocument.h"
#include "print/PrintStyle.h"

#include <QList>

namespace ow {

class PageFrame
{
public:
    PageFrame(const PrintDocument& document, const PrintStyle& style, qreal contentWidth, bool continuous);

    qreal headerHeight() const { return m_headerHeight; }
    qreal footerHeight() const { return m_footerHeight; }
    // Relative to the top-left corner of the header and of the footer area.
    const QList<PageItem>& header() const { return m_header; }
    QList<PageItem> footer(int page, int pageCount) const;

private:
    void layoutHeader(const PrintDocument& document);
    void layoutFooter(const PrintDocument& document);

    const PrintStyle& m_style;
    qreal m_width;
    bool m_continuous;
    QList<PageItem> m_header;
    QList<PageItem> m_footer;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_footerTextTop = 0;
};

} // namespace ow
