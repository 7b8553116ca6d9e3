#pragma once

// PersonFields: the fields of a natural person (applicant or agent) with live validation of the ID
// number as it is typed, birth date and gender taken from the number, and the contact details given
// on earlier visits offered again.

#include "core/Applicant.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ow {

class CodeLineEdit;
class RegionTable;

class PersonFields : public QWidget
{
    Q_OBJECT

public:
    // compact: the agent's fields (number, name, phone) only.
    PersonFields(const RegionTable& regions, QDate today, bool compact, QWidget* parent = nullptr);

    void setPerson(const NaturalPerson& person); // does not emit edited()
    NaturalPerson person() const;
    void setKnownContacts(const QList<ContactDetails>& contacts);
    void setToday(QDate today) { m_today = today; }

    QLineEdit* idEdit() const;
    QLineEdit* nameEdit() const { return m_name; }
    QString validationText() const; // what is wrong with the number typed so far, or empty
    QWidget* lastField() const;     // Enter here moves on

signals:
    void edited();

private:
    void validateNumber();
    void fillFromNumber();

    const RegionTable& m_regions;
    QDate m_today;
    bool m_filling = false;
    CodeLineEdit* m_id = nullptr;
    QLabel* m_idProblem = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_ethnicity = nullptr;
    QDateEdit* m_birth = nullptr;
    QComboBox* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QLabel* m_expired = nullptr;
};

} // namespace ow
