#include "print/PrintLabels.h"

#include "core/Masking.h"

namespace ow {

QString PrintLabels::labelled(const QString& label)
{
    return label.isEmpty() ? label : tr("%1:").arg(label);
}

QString PrintLabels::pageOf(int page, int total)
{
    return tr("Page %1 of %2").arg(page).arg(total);
}

QString PrintLabels::date(const QDate& date)
{
    //: Date format on printed documents (QDate::toString), e.g. yyyy年M月d日
    return date.toString(tr("yyyy-MM-dd"));
}

QString PrintLabels::dateTime(const QDateTime& dateTime)
{
    //: Date and time format on printed documents (QDateTime::toString), e.g. yyyy年M月d日 HH:mm
    return dateTime.toString(tr("yyyy-MM-dd HH:mm"));
}

QString PrintLabels::deadline(const Deadline& deadline)
{
    if (!deadline.date.isValid())
        return {};
    return deadline.provisional ? tr("%1 (provisional)").arg(date(deadline.date)) : date(deadline.date);
}

QString PrintLabels::workingDays(int days)
{
    return tr("%n working day(s)", nullptr, days);
}

QString PrintLabels::windowAndClerk(const QString& window, const QString& clerk)
{
    return tr("Window %1, clerk %2").arg(window, clerk);
}

QString PrintLabels::materialSource(MaterialSource source, int pageCount)
{
    switch (source) {
    case MaterialSource::Pages:
        return tr("Received, %n page(s) scanned", nullptr, pageCount);
    case MaterialSource::ElectronicLicence:
        return tr("Electronic licence (not submitted)");
    case MaterialSource::Reused:
        return tr("Reused from the applicant's file");
    case MaterialSource::OriginalSeen:
        return tr("Original checked and returned");
    case MaterialSource::Commitment:
        return tr("Missing, to be supplied under commitment");
    }
    return {};
}

QString PrintLabels::materialForm(MaterialForm form, int copies)
{
    switch (form) {
    case MaterialForm::Original:
        return tr("Original, %n copy(ies)", nullptr, copies);
    case MaterialForm::Copy:
        return tr("Photocopy, %n copy(ies)", nullptr, copies);
    case MaterialForm::OriginalAndCopy:
        return tr("Original and %n photocopy(ies)", nullptr, copies);
    }
    return {};
}

QString PrintLabels::deliveryMethod(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::None:
        return tr("No result to deliver");
    case DeliveryMethod::Counter:
        return tr("Pick up at the delivery counter");
    case DeliveryMethod::Mail:
        return tr("Free mailing");
    case DeliveryMethod::Electronic:
        return tr("Electronic delivery");
    }
    return {};
}

QString PrintLabels::identityLabel(ApplicantKind kind)
{
    return kind == ApplicantKind::Person ? tr("ID number") : tr("Unified social credit code");
}

QString PrintLabels::identity(ApplicantKind kind, const QString& key)
{
    return kind == ApplicantKind::Person ? maskIdNumber(key) : key.trimmed();
}

QString PrintLabels::provisionalNote()
{
    return tr("A provisional date is computed before the holiday arrangement of its year is published; "
              "the hall confirms it once the arrangement is out.");
}

} // namespace ow
