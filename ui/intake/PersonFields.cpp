#include "ui/intake/PersonFields.h"

#include "core/IntakeReadiness.h"
#include "core/ResidentId.h"
#include "ui/intake/CodeLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ow {

namespace {

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

PersonFields::PersonFields(const RegionTable& regions, QDate today, bool compact, QWidget* parent)
    : QWidget(parent)
    , m_regions(regions)
    , m_today(today)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_id = new CodeLineEdit(18, this);
    m_id->setObjectName(QStringLiteral("idNumber"));
    m_id->setPlaceholderText(tr("18 characters; F2 reads the card"));
    m_idProblem = new QLabel(this);
    m_idProblem->setObjectName(QStringLiteral("idProblem"));
    m_idProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_idProblem->setWordWrap(true);
    m_idProblem->hide();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phone->setMaxLength(20);

    form->addRow(tr("ID number"), m_id);
    form->addRow(QString(), m_idProblem);
    form->addRow(tr("Name"), m_name);
    if (!compact) {
        m_gender = new QComboBox(this);
        m_gender->addItems({tr("Unknown"), tr("Male"), tr("Female")});
        m_ethnicity = new QLineEdit(this);
        m_ethnicity->setMaximumWidth(120);
        auto* row = new QHBoxLayout;
        row->addWidget(m_gender);
        row->addWidget(new QLabel(tr("Ethnicity"), this));
        row->addWidget(m_ethnicity);
        row->addStretch(1);
        form->addRow(tr("Gender"), row);
        m_birth = dateEdit(this);
        form->addRow(tr("Birth date"), m_birth);
        m_address = new QComboBox(this);
        m_address->setObjectName(QStringLiteral("address"));
        m_address->setEditable(true);
        m_address->setInsertPolicy(QComboBox::NoInsert);
        m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_address->setMinimumContentsLength(24);
        form->addRow(tr("Address"), m_address);
        m_validUntil = dateEdit(this);
        m_longTerm = new QCheckBox(tr("Long-term"), this);
        m_expired = new QLabel(this);
        m_expired->setObjectName(QStringLiteral("cardExpired"));
        m_expired->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        auto* validity = new QHBoxLayout;
        validity->addWidget(m_validUntil);
        validity->addWidget(m_longTerm);
        validity->addWidget(m_expired, 1);
        form->addRow(tr("Card valid until"), validity);
        for (QDateEdit* edit : {m_birth, m_validUntil})
            connect(edit, &QDateEdit::dateChanged, this, [this] {
                if (!m_filling)
                    emit edited();
            });
        connect(m_gender, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        connect(m_longTerm, &QCheckBox::toggled, this, [this] {
            if (!m_filling)
                emit edited();
        });
        connect(m_address, &QComboBox::editTextChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        connect(m_ethnicity, &QLineEdit::textEdited, this, &PersonFields::edited);
    }
    form->addRow(tr("Phone"), m_phone);

    connect(m_id, &QLineEdit::textChanged, this, [this] {
        validateNumber();
        if (m_filling)
            return;
        fillFromNumber();
        emit edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, &PersonFields::edited);
    connect(m_phone, &QLineEdit::textEdited, this, &PersonFields::edited);
}

QLineEdit* PersonFields::idEdit() const
{
    return m_id;
}

QWidget* PersonFields::lastField() const
{
    return m_phone;
}

QString PersonFields::validationText() const
{
    return m_idProblem->isVisible() ? m_idProblem->text() : QString();
}

void PersonFields::validateNumber()
{
    const QString typed = m_id->text().trimmed();
    const auto verdict = ResidentId::checkPrefix(typed, m_regions, m_today);
    const bool complete = typed.size() == 18;
    if (!verdict) {
        m_idProblem->setText(verdict.error().message);
        m_idProblem->show();
    } else {
        m_idProblem->hide();
    }
    m_id->setStyleSheet(!verdict   ? QStringLiteral("QLineEdit { border: 2px solid #b3261e; }")
                        : complete ? QStringLiteral("QLineEdit { border: 2px solid #2e7d32; }")
                                   : QString());
    if (m_expired) {
        const bool expired = IntakeReadiness::cardExpired(person(), m_today);
        m_expired->setText(expired ? tr("Expired") : QString());
    }
}

void PersonFields::fillFromNumber()
{
    if (!m_birth)
        return;
    const auto id = ResidentId::parse(m_id->text(), m_regions, m_today);
    if (!id)
        return;
    m_filling = true;
    if (dateOf(m_birth) != id->birthDate())
        m_birth->setDate(id->birthDate());
    if (m_gender->currentIndex() == 0)
        m_gender->setCurrentIndex(id->gender() == ResidentId::Gender::Male ? 1 : 2);
    m_filling = false;
}

void PersonFields::setPerson(const NaturalPerson& person)
{
    m_filling = true;
    m_id->setText(person.idNumber);
    m_name->setText(person.name);
    m_phone->setText(person.phone);
    if (m_gender) {
        m_gender->setCurrentIndex(static_cast<int>(person.gender));
        m_ethnicity->setText(person.ethnicity);
        m_birth->setDate(person.birthDate.isValid() ? person.birthDate : m_birth->minimumDate());
        m_address->setEditText(person.address);
        m_validUntil->setDate(person.idValidUntil.isValid() ? person.idValidUntil
                                                            : m_validUntil->minimumDate());
        m_longTerm->setChecked(person.idValidLongTerm);
    }
    m_filling = false;
    validateNumber();
}

NaturalPerson PersonFields::person() const
{
    NaturalPerson p;
    p.idNumber = m_id->text().trimmed();
    p.name = m_name->text().trimmed();
    p.phone = m_phone->text().trimmed();
    if (m_gender) {
        p.gender = static_cast<Gender>(m_gender->currentIndex());
        p.ethnicity = m_ethnicity->text().trimmed();
        p.birthDate = dateOf(m_birth);
        p.address = m_address->currentText().trimmed();
        p.idValidUntil = dateOf(m_validUntil);
        p.idValidLongTerm = m_longTerm->isChecked();
    }
    return p;
}

void PersonFields::setKnownContacts(const QList<ContactDetails>& contacts)
{
    if (!m_address)
        return;
    m_filling = true;
    const QString current = m_address->currentText();
    m_address->clear();
    for (const ContactDetails& contact : contacts) {
        if (!contact.address.isEmpty() && m_address->findText(contact.address) < 0)
            m_address->addItem(contact.address);
    }
    m_address->setEditText(current.isEmpty() && m_address->count() > 0 ? m_address->itemText(0) : current);
    if (m_phone->text().isEmpty()) {
        for (const ContactDetails& contact : contacts) {
            if (!contact.phone.isEmpty()) {
                m_phone->setText(contact.phone);
                break;
            }
        }
    }
    m_filling = false;
}

} // namespace ow
