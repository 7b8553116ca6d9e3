#include "ui/SignInDialog.h"

#include "sync/SignInService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

SignInDialog::SignInDialog(SignInService& service, QUrl server, const QString& windowKey, QString deviceId,
                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_server(std::move(server))
    , m_deviceId(std::move(deviceId))
{
    setWindowTitle(tr("Sign in to OneWindow"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_window = new QLineEdit(windowKey, this);
    m_window->setObjectName(QStringLiteral("signInWindow"));
    m_window->setPlaceholderText(tr("the user's home window"));
    auto* serverLabel = new QLabel(m_server.toDisplayString(), this);
    serverLabel->setObjectName(QStringLiteral("signInServer"));
    serverLabel->setWordWrap(true);
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Window:"), m_window);
    form->addRow(tr("Server:"), serverLabel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(360);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(&m_service, &SignInService::busyChanged, this, &SignInDialog::busyChanged);
    connect(&m_service, &SignInService::signedIn, this,
            [this](const SignedInUser&, bool online) { signedIn(online); });
    connect(&m_service, &SignInService::signInFailed, this, &SignInDialog::failed);
    connect(&m_service, &SignInService::keychainProblem, this,
            [this](const QString& message) { m_keychainProblem = message; });
    showStatus(tr("Signs in with the central server; when it cannot be reached, offline with the password "
                  "last used on this computer."),
               false);
    m_login->setFocus();
}

void SignInDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

void SignInDialog::submit()
{
    if (m_done) {
        accept();
        return;
    }
    if (m_service.isBusy())
        return;
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showStatus(tr("Enter your user name and password."), true);
        (m_login->text().trimmed().isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    m_keychainProblem.clear();
    m_service.signIn(
        {m_server, m_login->text().trimmed(), m_password->text(), m_window->text().trimmed(), m_deviceId});
}

void SignInDialog::busyChanged(bool busy)
{
    if (busy)
        showStatus(tr("Signing in with %1…").arg(m_server.host()), false);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_window->setEnabled(!busy);
}

void SignInDialog::signedIn(bool online)
{
    m_password->clear();
    if (m_keychainProblem.isEmpty()) {
        m_done = true;
        accept();
        return;
    }
    // Signed in, but the next start will ask for the password: say so before closing.
    const QString how = online ? tr("Signed in online.") : tr("Signed in offline.");
    showStatus(how + QLatin1Char(' ') + m_keychainProblem, true);
    m_done = true;
    m_signIn->setText(tr("&Continue"));
    m_signIn->setFocus();
}

void SignInDialog::failed(const Error& error)
{
    showStatus(error.message, true);
    m_password->clear();
    m_password->setFocus();
}

void SignInDialog::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ow
