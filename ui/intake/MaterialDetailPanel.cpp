#include "ui/intake/MaterialDetailPanel.h"

#include "storage/BlobStore.h"
#include "ui/intake/IntakeSession.h"
#include "ui/intake/MaterialOptions.h"
#include "ui/intake/PagePreviewDialog.h"
#include "ui/intake/PageStrip.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ow {

namespace {

QPushButton* makeButton(QWidget* parent, const QString& name, const QString& text, const QString& toolTip)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    button->setFocusPolicy(Qt::TabFocus); // a click leaves the focus in the checklist
    return button;
}

QLabel* makeInfo(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps instead of widening
    return label;
}

} // namespace

MaterialDetailPanel::MaterialDetailPanel(IntakeSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("materialDetail"));
    m_facts = makeInfo(this, QStringLiteral("materialFacts"));
    m_state = makeInfo(this, QStringLiteral("materialState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    auto* ways = new QHBoxLayout;
    ways->addWidget(buildPagesBox(), 3);
    ways->addWidget(buildOtherWays(), 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_state);
    layout->addLayout(ways, 1);
    showEntry(std::nullopt);
}

QWidget* MaterialDetailPanel::buildPagesBox()
{
    auto* box = new QGroupBox(tr("Pages"), this);
    m_import = makeButton(box, QStringLiteral("materialImport"), tr("Import file…"),
                          tr("Add pages from image or PDF files (Ctrl+O). Files can also be dropped here."));
    m_capture = makeButton(box, QStringLiteral("materialCapture"), tr("Capture"),
                           tr("Take a page with the document camera"));
    m_capture->setVisible(false);
    m_strip = new PageStrip(box);
    m_strip->setBlobStore(m_session.services().blobs);
    m_strip->setPlaceholderText(tr("No pages yet: import files, capture, or drop files here."));
    m_earlier = makeButton(box, QStringLiteral("pageEarlier"), tr("Move earlier"),
                           tr("Move the chosen page one place earlier (Ctrl+Left)"));
    m_later = makeButton(box, QStringLiteral("pageLater"), tr("Move later"),
                         tr("Move the chosen page one place later (Ctrl+Right)"));
    m_delete =
        makeButton(box, QStringLiteral("pageDelete"), tr("Delete page"), tr("Delete the chosen page (Del)"));
    m_preview = makeButton(box, QStringLiteral("pagePreview"), tr("Preview"),
                           tr("Show the chosen page large (Space or double click)"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_import);
    top->addWidget(m_capture);
    top->addStretch(1);
    auto* pageButtons = new QHBoxLayout;
    pageButtons->addWidget(m_earlier);
    pageButtons->addWidget(m_later);
    pageButtons->addWidget(m_delete);
    pageButtons->addWidget(m_preview);
    pageButtons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addLayout(pageButtons);
    layout->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, &MaterialDetailPanel::importRequested);
    connect(m_capture, &QPushButton::clicked, this, &MaterialDetailPanel::captureRequested);
    connect(m_strip, &PageStrip::moveRequested, this, &MaterialDetailPanel::movePage);
    connect(m_strip, &PageStrip::removeRequested, this, &MaterialDetailPanel::removePage);
    connect(m_strip, &PageStrip::previewRequested, this, &MaterialDetailPanel::previewPage);
    connect(m_earlier, &QPushButton::clicked, this,
            [this] { movePage(m_strip->currentPage(), m_strip->currentPage() - 1); });
    connect(m_later, &QPushButton::clicked, this,
            [this] { movePage(m_strip->currentPage(), m_strip->currentPage() + 1); });
    connect(m_delete, &QPushButton::clicked, this, [this] { removePage(m_strip->currentPage()); });
    connect(m_preview, &QPushButton::clicked, this, [this] { previewPage(m_strip->currentPage()); });
    connect(m_strip, &QListWidget::currentRowChanged, this, &MaterialDetailPanel::updatePageButtons);
    return box;
}

QWidget* MaterialDetailPanel::buildOtherWays()
{
    auto* box = new QGroupBox(tr("Other ways"), this);
    m_licenceChoice = new QComboBox(box);
    m_licenceChoice->setObjectName(QStringLiteral("materialLicenceChoice"));
    m_licenceChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_licenceChoice->setMinimumContentsLength(12);
    m_licenceInfo = makeInfo(box, QStringLiteral("materialLicenceInfo"));
    m_licence = makeButton(box, QStringLiteral("materialLicence"), tr("Electronic licence"),
                           tr("Take the material from the electronic licence library instead of paper"));
    m_reuseInfo = makeInfo(box, QStringLiteral("materialReuseInfo"));
    m_reuse = makeButton(box, QStringLiteral("materialReuse"), tr("Reuse from record"),
                         tr("Use the pages kept with an earlier case of this applicant"));
    m_originalSeen =
        makeButton(box, QStringLiteral("materialOriginalSeen"), tr("Original seen and returned"),
                   tr("The original was checked at the window and handed back; nothing is kept"));
    m_commitmentInfo = makeInfo(box, QStringLiteral("materialCommitmentInfo"));
    m_commitment = makeButton(box, QStringLiteral("materialCommitment"), tr("Commitment"),
                              tr("Accept without it: the applicant signs a commitment to supply it later"));
    m_clear = makeButton(box, QStringLiteral("materialClear"), tr("Mark missing"),
                         tr("Forget how this material was given; it is missing again"));
    for (QPushButton* button : {m_licence, m_reuse, m_originalSeen, m_commitment})
        button->setCheckable(true);

    auto* layout = new QGridLayout(box);
    layout->setColumnStretch(1, 1);
    layout->addWidget(m_licence, 0, 0);
    layout->addWidget(m_licenceChoice, 0, 1);
    layout->addWidget(m_licenceInfo, 1, 0, 1, 2);
    layout->addWidget(m_reuse, 2, 0);
    layout->addWidget(m_reuseInfo, 2, 1);
    layout->addWidget(m_originalSeen, 3, 0);
    layout->addWidget(m_commitment, 4, 0);
    layout->addWidget(m_commitmentInfo, 4, 1);
    layout->addWidget(m_clear, 5, 0);
    layout->setRowStretch(6, 1);

    connect(m_licence, &QPushButton::clicked, this, &MaterialDetailPanel::chooseLicence);
    connect(m_reuse, &QPushButton::clicked, this, &MaterialDetailPanel::chooseReuse);
    connect(m_originalSeen, &QPushButton::clicked, this,
            [this] { chooseSource(MaterialSource::OriginalSeen); });
    connect(m_commitment, &QPushButton::clicked, this, [this] { chooseSource(MaterialSource::Commitment); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_entry)
            m_session.clearChoice(m_entry->name);
    });
    connect(m_licenceChoice, &QComboBox::currentIndexChanged, this, [this] { showLicenceDetails(); });
    return box;
}

void MaterialDetailPanel::bindShortcuts(QWidget* scope)
{
    const QList<std::pair<QPushButton*, QKeySequence>> keys{
        {m_import, QKeySequence(Qt::ALT | Qt::Key_I)},
        {m_capture, QKeySequence(Qt::ALT | Qt::Key_P)},
        {m_licence, QKeySequence(Qt::ALT | Qt::Key_L)},
        {m_reuse, QKeySequence(Qt::ALT | Qt::Key_R)},
        {m_originalSeen, QKeySequence(Qt::ALT | Qt::Key_O)},
        {m_commitment, QKeySequence(Qt::ALT | Qt::Key_C)},
        {m_clear, QKeySequence(Qt::ALT | Qt::Key_M)}};
    for (const auto& [button, key] : keys) {
        auto* shortcut = new QShortcut(key, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, button = button] { pressed(button); });
        button->setText(tr("%1  %2").arg(button->text(), key.toString(QKeySequence::NativeText)));
    }
}

// A shortcut of a button: a click when the button can be used, otherwise a word on why not.
void MaterialDetailPanel::pressed(QPushButton* button)
{
    if (!button->isVisible())
        return;
    if (button->isEnabled()) {
        button->click();
        return;
    }
    if (!m_entry)
        emit message(tr("Choose a material in the list first."), true);
    else if (button == m_commitment)
        chooseSource(MaterialSource::Commitment);
    else if (button == m_licence)
        emit message(m_licenceInfo->text(), true);
    else if (button == m_reuse)
        emit message(m_reuseInfo->text(), true);
}

void MaterialDetailPanel::setCaptureAvailable(bool available)
{
    m_capture->setVisible(available);
}

void MaterialDetailPanel::showEntry(const std::optional<ChecklistEntry>& entry)
{
    if (!entry || !m_entry || entry->name != m_entry->name)
        m_strip->setCurrentPage(-1); // another material: no page of the last one stays chosen
    m_entry = entry;
    const MaterialChoice* choice = entry ? m_session.draft().choiceFor(entry->name) : nullptr;
    const auto chosen = [choice](MaterialSource source) { return choice && choice->source == source; };
    const QList<QWidget*> actions{m_import, m_capture,      m_strip,      m_licence, m_licenceChoice,
                                  m_reuse,  m_originalSeen, m_commitment, m_clear};
    for (QWidget* widget : actions)
        widget->setEnabled(entry.has_value());
    if (!entry) {
        setTitle(tr("No material chosen"));
        m_facts->setText(tr("Choose a material in the list to see the ways to give it."));
        m_state->clear();
        m_strip->setPages({});
        m_licenceChoice->clear();
        m_licenceInfo->clear();
        m_reuseInfo->clear();
        m_commitmentInfo->clear();
        updatePageButtons();
        return;
    }
    setTitle(QString(entry->name).replace(QLatin1Char('&'), QStringLiteral("&&")));
    showFacts(*entry);
    m_state->setText(MaterialOptions::stateText(*entry, choice, m_session.applicantFile()));
    m_strip->setPages(chosen(MaterialSource::Pages) ? choice->blobHashes : QStringList{});
    updatePageButtons();
    showLicences(*entry);
    showReusable(*entry);
    m_originalSeen->setChecked(chosen(MaterialSource::OriginalSeen));
    m_commitment->setChecked(chosen(MaterialSource::Commitment));
    m_commitment->setEnabled(entry->commitmentAllowed);
    m_commitmentInfo->setText(entry->commitmentAllowed
                                  ? tr("Allowed: the case can be accepted and the material supplied later.")
                                  : tr("Not allowed: an item requires this material at acceptance."));
    m_clear->setEnabled(choice && choice->source.has_value());
}

void MaterialDetailPanel::updatePageButtons()
{
    const int page = m_entry ? m_strip->currentPage() : -1;
    m_earlier->setEnabled(page > 0);
    m_later->setEnabled(page >= 0 && page + 1 < m_strip->count());
    m_delete->setEnabled(page >= 0);
    m_preview->setEnabled(page >= 0);
}

void MaterialDetailPanel::showFacts(const ChecklistEntry& entry)
{
    QStringList facts{MaterialOptions::formText(entry) + QStringLiteral(" · ") +
                      MaterialOptions::requiredText(entry)};
    QStringList items;
    for (const QString& code : entry.itemCodes) {
        const std::optional<ServiceItem> item = m_session.catalogItem(code);
        items.append(item ? item->name : code);
    }
    facts.append(tr("Asked for by: %1").arg(items.join(QStringLiteral("; "))));
    if (!entry.licenceTypes.isEmpty())
        facts.append(
            tr("Electronic licences accepted: %1").arg(entry.licenceTypes.join(QStringLiteral(", "))));
    m_facts->setText(facts.join(QLatin1Char('\n')));
}

void MaterialDetailPanel::showLicences(const ChecklistEntry& entry)
{
    const MaterialOptions::File& file = m_session.applicantFile();
    const MaterialChoice* choice = m_session.draft().choiceFor(entry.name);
    m_licences = MaterialOptions::licencesFor(entry, file, m_session.today());
    {
        const QSignalBlocker blocker(m_licenceChoice);
        m_licenceChoice->clear();
        int chosen = 0;
        for (qsizetype i = 0; i < m_licences.size(); ++i) {
            const ElectronicLicence& licence = m_licences.at(i);
            m_licenceChoice->addItem(licence.type + QLatin1Char(' ') + licence.number);
            if (choice && choice->source == MaterialSource::ElectronicLicence &&
                choice->reference == licence.reference())
                chosen = static_cast<int>(i);
        }
        m_licenceChoice->setCurrentIndex(m_licences.isEmpty() ? -1 : chosen);
    }
    m_licenceChoice->setVisible(m_licences.size() > 1);
    m_licence->setEnabled(!m_licences.isEmpty());
    m_licence->setChecked(choice && choice->source == MaterialSource::ElectronicLicence);
    showLicenceDetails();
}

void MaterialDetailPanel::showLicenceDetails()
{
    if (!m_entry)
        return;
    const int index = m_licenceChoice->currentIndex();
    if (index >= 0 && index < m_licences.size()) {
        m_licenceInfo->setText(MaterialOptions::licenceText(m_licences.at(index)));
        return;
    }
    if (m_entry->licenceTypes.isEmpty()) {
        m_licenceInfo->setText(tr("No electronic licence replaces this material."));
        return;
    }
    const QList<ElectronicLicence> expired =
        MaterialOptions::licencesFor(*m_entry, m_session.applicantFile(), m_session.today(), true);
    if (!expired.isEmpty()) {
        m_licenceInfo->setText(tr("The applicant's %1 expired on %2.")
                                   .arg(expired.first().type, QLocale().toString(expired.first().validUntil,
                                                                                 QLocale::ShortFormat)));
        return;
    }
    m_licenceInfo->setText(tr("The applicant has no electronic licence of this kind."));
}

void MaterialDetailPanel::showReusable(const ChecklistEntry& entry)
{
    const MaterialChoice* choice = m_session.draft().choiceFor(entry.name);
    m_reusable = MaterialOptions::reusableFor(entry, m_session.applicantFile());
    m_reuse->setEnabled(m_reusable.has_value());
    m_reuse->setChecked(choice && choice->source == MaterialSource::Reused);
    m_reuseInfo->setText(m_reusable ? MaterialOptions::reusableText(*m_reusable)
                                    : tr("Nothing kept on record for this material."));
}

void MaterialDetailPanel::chooseSource(MaterialSource source)
{
    if (!m_entry)
        return;
    if (source == MaterialSource::Commitment && !m_entry->commitmentAllowed) {
        emit message(tr("“%1” cannot be accepted under a commitment: an item requires it at acceptance.")
                         .arg(m_entry->name),
                     true);
        return;
    }
    m_session.setChoice(MaterialChoice{m_entry->name, source, {}, {}});
}

void MaterialDetailPanel::chooseLicence()
{
    const int index = m_licenceChoice->currentIndex();
    if (!m_entry || index < 0 || index >= m_licences.size())
        return;
    m_session.setChoice(MaterialChoice{
        m_entry->name, MaterialSource::ElectronicLicence, {}, m_licences.at(index).reference()});
}

void MaterialDetailPanel::chooseReuse()
{
    if (m_entry && m_reusable)
        m_session.reuse(m_entry->name, *m_reusable);
}

void MaterialDetailPanel::movePage(int from, int to)
{
    if (!m_entry || from < 0 || to < 0 || from >= m_strip->count() || to >= m_strip->count() || from == to)
        return;
    m_session.movePage(m_entry->name, from, to);
    m_strip->setCurrentPage(to);
}

void MaterialDetailPanel::removePage(int index)
{
    if (!m_entry || index < 0 || index >= m_strip->count())
        return;
    const QString name = m_entry->name;
    m_session.removePage(name, index);
    m_strip->setCurrentPage(std::min(index, m_strip->count() - 1));
    emit message(tr("Page %1 of “%2” deleted.").arg(index + 1).arg(name), false);
}

void MaterialDetailPanel::previewPage(int index)
{
    if (!m_entry || index < 0 || index >= m_strip->pages().size())
        return;
    const Result<QByteArray> content = m_session.services().blobs->get(m_strip->pages().at(index));
    if (!content) {
        emit message(content.error().message, true);
        return;
    }
    auto* dialog = new PagePreviewDialog(
        *content, tr("%1, page %2 of %3").arg(m_entry->name).arg(index + 1).arg(m_strip->pages().size()),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ow
