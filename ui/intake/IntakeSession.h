#pragma once

// IntakeSession: the one intake in progress at the window, as the intake pages see it: it holds the
// draft, saves it on every change, knows the chosen items, the merged checklist and the applicant's
// file, takes pages into the blob store, and records the outcome. The pages only display and edit.

#include "core/Clock.h"
#include "core/IntakeDraft.h"
#include "core/MaterialChecklist.h"
#include "core/RegionTable.h"
#include "core/Result.h"
#include "core/ServiceItem.h"
#include "core/SiteConfig.h"
#include "core/Theme.h"
#include "core/WorkingCalendar.h"
#include "storage/ApplicantFile.h"
#include "storage/IntakeRecorder.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace ow {

class BlobStore;
class Database;

// What a session works with; everything must outlive it.
struct IntakeServices
{
    Database* database = nullptr;
    BlobStore* blobs = nullptr;
    const Clock* clock = nullptr;
    const WorkingCalendar* calendar = nullptr;
    const RegionTable* regions = nullptr;
    SiteConfig site;
};

class IntakeSession : public QObject
{
    Q_OBJECT

public:
    IntakeSession(IntakeServices services, QObject* parent = nullptr);

    // The catalog the items come from (all items the window offers) and the themes.
    void setCatalog(const QList<ServiceItem>& items, const QList<Theme>& themes);
    const QList<ServiceItem>& catalog() const { return m_catalog; }
    const QList<Theme>& themes() const { return m_themes; }
    std::optional<ServiceItem> catalogItem(const QString& code) const;
    std::optional<Theme> theme(const QString& code) const;

    // A fresh, empty intake for the signed-in clerk (not stored until something is entered).
    void startNew();
    // Continues a stored draft (offered after a restart); refused if it is another clerk's.
    bool resume(const IntakeDraft& draft);
    // The signed-in clerk's unfinished drafts, most recent first.
    QList<IntakeDraft> storedDrafts() const;
    // Drops the draft and its stored copy (the clerk cancelled the intake).
    void discard();

    const IntakeDraft& draft() const { return m_draft; }
    QList<ServiceItem> items() const; // the draft's items, in order
    QList<ChecklistEntry> checklist() const;
    QStringList problems() const; // what blocks acceptance; empty when ready
    QStringList warnings() const;
    const std::optional<ApplicantFileView>& applicantFile() const { return m_file; }
    const IntakeServices& services() const { return m_services; }
    QDate today() const { return m_services.clock->today(); }

    // Edits; each one saves the draft and emits draftChanged().
    void setApplicant(const Applicant& applicant); // reloads the applicant's file when the key changes
    void setAgent(const std::optional<NaturalPerson>& agent);
    void setStep(IntakeStep step);
    bool addItem(const QString& code); // false if unknown or already chosen
    void removeItem(const QString& code);
    bool applyTheme(const QString& code); // adds the theme's items and remembers the theme
    void setChoice(const MaterialChoice& choice);
    void clearChoice(const QString& requirementName);
    void setDelivery(DeliveryMethod method, const QString& mailingAddress);
    void setTicket(const QString& ticketNumber);

    // Pages of a material: checked, stored once, appended in order; the choice becomes "pages".
    Result<QString> importPageFile(const QString& requirementName, const QString& path);
    Result<QString> addPageBytes(const QString& requirementName, const QByteArray& content,
                                 const QString& name);
    void movePage(const QString& requirementName, int from, int to);
    void removePage(const QString& requirementName, int index);
    // Reuses a file of the applicant's record for a material.
    void reuse(const QString& requirementName, const ReusableMaterial& material);

    // Records the outcome; on success the draft is gone and a new intake starts.
    Result<IntakeOutcome> accept();
    Result<IntakeOutcome> refuse(const QString& reason, const QString& details);
    Result<IntakeOutcome> returnForMaterials();

signals:
    void draftChanged();
    void applicantFileChanged();
    void saveFailed(const QString& message); // the draft could not be written: the clerk must know

private:
    void changed();
    void reloadApplicantFile();
    Result<IntakeOutcome> finish(Result<IntakeOutcome> outcome);
    IntakeRecorder recorder() const;
    MaterialChoice choiceOrNew(const QString& requirementName) const;
    Result<QString> appendPage(const QString& requirementName, Result<QString> hash);

    IntakeServices m_services;
    QList<ServiceItem> m_catalog;
    QHash<QString, qsizetype> m_catalogIndex;
    QList<Theme> m_themes;
    IntakeDraft m_draft;
    std::optional<ApplicantFileView> m_file;
    QString m_fileKey;
};

} // namespace ow
