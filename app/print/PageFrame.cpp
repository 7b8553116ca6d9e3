#include "print/PageFrame.h"

#include "print/LayoutUnits.h"
#include "print/PrintLabels.h"
#include "print/TextWrapper.h"

namespace ow {

namespace {

const qreal rule = units::mm(0.3);

} // namespace

PageFrame::PageFrame(const PrintDocument& document, const PrintStyle& style, qreal contentWidth,
                     bool continuous)
    : m_style(style)
    , m_width(contentWidth)
    , m_continuous(continuous)
{
    layoutHeader(document);
    layoutFooter(document);
}

void PageFrame::layoutHeader(const PrintDocument& document)
{
    const PrintSiteConfig& site = document.site();
    qreal logoWidth = 0;
    qreal logoHeight = 0;
    if (!site.logo.isNull()) {
        logoHeight = units::mm(m_continuous ? 8.0 : 12.0);
        logoWidth =
            std::min(logoHeight * site.logo.width() / std::max(site.logo.height(), 1), m_width * 0.25);
        m_header.append(ImageItem{QRectF(0, 0, logoWidth, logoHeight), site.logo});
        logoWidth += units::mm(2);
    }
    // Centred on the page, clear of the logo on both sides.
    const qreal textWidth = m_width - 2 * logoWidth;
    qreal y = 0;
    const auto addCentred = [&](const QString& text, FontRole role) {
        if (text.isEmpty())
            return;
        const PlacedText placed =
            TextWrapper::place(text, m_style, role, {logoWidth, y}, textWidth, Qt::AlignHCenter);
        m_header << placed.items;
        y += placed.height;
    };
    addCentred(site.hallName, FontRole::Heading);
    addCentred(document.title(), FontRole::Title);
    addCentred(document.subtitle(), FontRole::Small);
    y = std::max(y, logoHeight) + units::mm(1.5);
    m_header.append(LineItem{QLineF(0, y, m_width, y), rule});
    m_headerHeight = y + units::mm(m_continuous ? 2.0 : 3.0);
}

void PageFrame::layoutFooter(const PrintDocument& document)
{
    m_footerTextTop = units::mm(m_continuous ? 2.0 : 3.0);
    m_footer.append(LineItem{
        QLineF(0, m_footerTextTop - units::mm(1), m_width, m_footerTextTop - units::mm(1)), rule / 2});
    // Leave room at the right for "Page 10 of 12" unless on a roll (one page, no number).
    const qreal textWidth = m_continuous ? m_width : m_width * 0.72;
    const PlacedText placed = TextWrapper::place(document.site().footerText, m_style, FontRole::Small,
                                                 {0, m_footerTextTop}, textWidth);
    m_footer << placed.items;
    m_footerHeight = m_footerTextTop + std::max(placed.height, m_style.lineHeight(FontRole::Small));
}

QList<PageItem> PageFrame::footer(int page, int pageCount) const
{
    QList<PageItem> items = m_footer;
    if (!m_continuous) {
        const PlacedText number =
            TextWrapper::place(PrintLabels::pageOf(page, pageCount), m_style, FontRole::Small,
                               {m_width * 0.72, m_footerTextTop}, m_width * 0.28, Qt::AlignRight);
        items << number.items;
    }
    return items;
}

} // namespace ow
