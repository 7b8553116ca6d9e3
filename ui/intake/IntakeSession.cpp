#include "ui/intake/IntakeSession.h"

#include "core/IntakeReadiness.h"
#include "storage/BlobStore.h"
#include "storage/DraftStore.h"
#include "storage/PageImporter.h"

#include <QRandomGenerator>

namespace ow {

IntakeSession::IntakeSession(IntakeServices services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    startNew();
}

void IntakeSession::setCatalog(const QList<ServiceItem>& items, const QList<Theme>& themes)
{
    m_catalog = items;
    m_themes = themes;
    m_catalogIndex.clear();
    for (qsizetype i = 0; i < m_catalog.size(); ++i)
        m_catalogIndex.insert(m_catalog.at(i).code, i);
}

std::optional<ServiceItem> IntakeSession::catalogItem(const QString& code) const
{
    const auto found = m_catalogIndex.constFind(code);
    if (found == m_catalogIndex.constEnd())
        return std::nullopt;
    return m_catalog.at(*found);
}

std::optional<Theme> IntakeSession::theme(const QString& code) const
{
    for (const Theme& theme : m_themes) {
        if (theme.code == code)
            return theme;
    }
    return std::nullopt;
}

void IntakeSession::startNew()
{
    m_draft = IntakeDraft{};
    m_draft.uuid = QUuid::createUuid();
    m_draft.clerk = m_services.site.staff.login;
    m_draft.window = QString::number(m_services.site.window);
    m_draft.startedAt = m_services.clock->now();
    m_file.reset();
    m_fileKey.clear();
    emit applicantFileChanged();
    emit draftChanged();
}

bool IntakeSession::resume(const IntakeDraft& draft)
{
    if (draft.clerk != m_services.site.staff.login)
        return false;
    m_draft = draft;
    reloadApplicantFile();
    emit draftChanged();
    return true;
}

QList<IntakeDraft> IntakeSession::storedDrafts() const
{
    auto drafts = DraftStore(*m_services.database).listForClerk(m_services.site.staff.login);
    return drafts ? *drafts : QList<IntakeDraft>{};
}

void IntakeSession::discard()
{
    if (auto removed = DraftStore(*m_services.database).remove(m_draft.uuid); !removed)
        emit saveFailed(removed.error().message);
    startNew();
}

QList<ServiceItem> IntakeSession::items() const
{
    QList<ServiceItem> items;
    for (const QString& code : m_draft.itemCodes) {
        if (auto item = catalogItem(code))
            items.append(*item);
    }
    return items;
}

QList<ChecklistEntry> IntakeSession::checklist() const
{
    return MaterialChecklist::build(items(), m_draft.agent.has_value());
}

QStringList IntakeSession::problems() const
{
    return IntakeReadiness::problems(m_draft, checklist(), *m_services.regions, today());
}

QStringList IntakeSession::warnings() const
{
    return IntakeReadiness::warnings(m_draft, today());
}

void IntakeSession::changed()
{
    m_draft.updatedAt = m_services.clock->now();
    if (!m_draft.isEmpty()) {
        if (auto saved = DraftStore(*m_services.database).save(m_draft); !saved)
            emit saveFailed(saved.error().message);
    }
    emit draftChanged();
}

void IntakeSession::reloadApplicantFile()
{
    // Only a complete number is looked up: the file does not flicker while the clerk types.
    const QString candidate = m_draft.applicant.key();
    const QString key = candidate.size() == 18 ? candidate : QString();
    if (key == m_fileKey)
        return;
    m_fileKey = key;
    m_file.reset();
    if (!key.isEmpty()) {
        auto file = ApplicantFile(*m_services.database, *m_services.clock).load(m_draft.applicant.kind, key);
        if (file)
            m_file = *file;
        else
            emit saveFailed(file.error().message);
    }
    emit applicantFileChanged();
}

void IntakeSession::setApplicant(const Applicant& applicant)
{
    m_draft.applicant = applicant;
    reloadApplicantFile();
    changed();
}

void IntakeSession::setAgent(const std::optional<NaturalPerson>& agent)
{
    m_draft.agent = agent;
    changed();
}

void IntakeSession::setStep(IntakeStep step)
{
    if (m_draft.step == step)
        return;
    m_draft.step = step;
    changed();
}

bool IntakeSession::addItem(const QString& code)
{
    if (!catalogItem(code) || m_draft.itemCodes.contains(code))
        return false;
    m_draft.itemCodes.append(code);
    changed();
    return true;
}

void IntakeSession::removeItem(const QString& code)
{
    if (!m_draft.itemCodes.removeOne(code))
        return;
    if (auto theme = this->theme(m_draft.themeCode); theme && !theme->itemCodes.contains(code))
        m_draft.themeCode.clear();
    changed();
}

bool IntakeSession::applyTheme(const QString& code)
{
    const std::optional<Theme> chosen = theme(code);
    if (!chosen)
        return false;
    m_draft.themeCode = code;
    for (const QString& itemCode : chosen->itemCodes) {
        if (catalogItem(itemCode) && !m_draft.itemCodes.contains(itemCode))
            m_draft.itemCodes.append(itemCode);
    }
    changed();
    return true;
}

MaterialChoice IntakeSession::choiceOrNew(const QString& requirementName) const
{
    if (const MaterialChoice* existing = m_draft.choiceFor(requirementName))
        return *existing;
    return MaterialChoice{requirementName, std::nullopt, {}, {}};
}

void IntakeSession::setChoice(const MaterialChoice& choice)
{
    m_draft.setChoice(choice);
    changed();
}

void IntakeSession::clearChoice(const QString& requirementName)
{
    m_draft.materials.removeIf([&](const MaterialChoice& c) { return c.requirementName == requirementName; });
    changed();
}

void IntakeSession::setDelivery(DeliveryMethod method, const QString& mailingAddress)
{
    m_draft.delivery = method;
    m_draft.mailingAddress = mailingAddress;
    changed();
}

void IntakeSession::setTicket(const QString& ticketNumber)
{
    m_draft.ticketNumber = ticketNumber;
    changed();
}

Result<QString> IntakeSession::importPageFile(const QString& requirementName, const QString& path)
{
    return appendPage(requirementName, PageImporter(*m_services.blobs).importFile(path));
}

Result<QString> IntakeSession::addPageBytes(const QString& requirementName, const QByteArray& content,
                                            const QString& name)
{
    return appendPage(requirementName, PageImporter(*m_services.blobs).importBytes(content, name));
}

Result<QString> IntakeSession::appendPage(const QString& requirementName, Result<QString> hash)
{
    if (!hash)
        return hash;
    MaterialChoice choice = choiceOrNew(requirementName);
    if (choice.source != MaterialSource::Pages) {
        choice.blobHashes.clear();
        choice.reference.clear();
    }
    choice.source = MaterialSource::Pages;
    choice.blobHashes.append(*hash);
    setChoice(choice);
    return hash;
}

void IntakeSession::movePage(const QString& requirementName, int from, int to)
{
    MaterialChoice choice = choiceOrNew(requirementName);
    const int count = static_cast<int>(choice.blobHashes.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    choice.blobHashes.move(from, to);
    setChoice(choice);
}

void IntakeSession::removePage(const QString& requirementName, int index)
{
    MaterialChoice choice = choiceOrNew(requirementName);
    if (index < 0 || index >= choice.blobHashes.size())
        return;
    choice.blobHashes.removeAt(index);
    if (choice.blobHashes.isEmpty())
        choice.source.reset();
    setChoice(choice);
}

void IntakeSession::reuse(const QString& requirementName, const ReusableMaterial& material)
{
    setChoice(MaterialChoice{requirementName, MaterialSource::Reused, material.blobHashes,
                             material.fromCase.toString(QUuid::WithoutBraces)});
}

Result<IntakeOutcome> IntakeSession::finish(Result<IntakeOutcome> outcome)
{
    if (outcome) {
        m_draft.uuid = QUuid(); // already removed with the transaction
        startNew();
    }
    return outcome;
}

IntakeRecorder IntakeSession::recorder() const
{
    return IntakeRecorder(*m_services.database, *m_services.clock, *m_services.calendar, m_services.site,
                          *QRandomGenerator::system());
}

Result<IntakeOutcome> IntakeSession::accept()
{
    return finish(recorder().accept(m_draft, items()));
}

Result<IntakeOutcome> IntakeSession::refuse(const QString& reason, const QString& details)
{
    return finish(recorder().refuse(m_draft, reason, details));
}

Result<IntakeOutcome> IntakeSession::returnForMaterials()
{
    return finish(recorder().returnForMaterials(m_draft, items()));
}

} // namespace ow
