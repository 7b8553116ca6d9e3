#pragma once

// PrintDocument: a document before layout: its kind, title, site (header and footer) and the flow of
// blocks, independent of the paper it will be printed on. The document builders produce it.

#include "print/DocumentKind.h"
#include "print/PrintBlock.h"
#include "print/PrintSiteConfig.h"

#include <QList>
#include <QString>
#include <memory>

namespace ow {

struct PrintField;

class PrintDocument
{
public:
    struct Entry
    {
        std::shared_ptr<const PrintBlock> block;
        qreal spaceBeforeMm = 0; // dropped at the top of a page
    };

    PrintDocument(DocumentKind kind, QString title, PrintSiteConfig site);

    DocumentKind kind() const { return m_kind; }
    const QString& title() const { return m_title; }
    const PrintSiteConfig& site() const { return m_site; }
    // A line under the title on every page (e.g. window and clerk, or the dispatch batch).
    const QString& subtitle() const { return m_subtitle; }
    void setSubtitle(QString subtitle) { m_subtitle = std::move(subtitle); }

    const QList<Entry>& entries() const { return m_entries; }
    void add(std::shared_ptr<const PrintBlock> block, qreal spaceBeforeMm = 2.5);

    // Shorthands for the common blocks.
    void addHeading(const QString& text);
    void addText(const QString& text, FontRole role = FontRole::Body, Qt::Alignment alignment = Qt::AlignLeft,
                 qreal spaceBeforeMm = 1.5);
    void addFields(QList<PrintField> fields, int columns = 2);
    void addSignatures(const QStringList& signers, bool withDate = true);

private:
    DocumentKind m_kind;
    QString m_title;
    PrintSiteConfig m_site;
    QString m_subtitle;
    QList<Entry> m_entries;
};

} // namespace ow
