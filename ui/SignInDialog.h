#pragma once

// SignInDialog: the window's sign-in (login, password, window, the server it talks to) by keyboard
// alone; a wrapping line says whether the sign-in went online or offline and shows every error.

#include "sync/SignInTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class SignInService;
struct Error;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // service must outlive the dialog. server and windowKey come from the site's configuration;
    // deviceId names this installation to the server.
    SignInDialog(SignInService& service, QUrl server, const QString& windowKey, QString deviceId,
                 QWidget* parent = nullptr);

    void setLogin(const QString& login); // e.g. the last user, focusing the password
    QString statusText() const;

private:
    void submit();
    void busyChanged(bool busy);
    void signedIn(bool online);
    void failed(const Error& error);
    void showStatus(const QString& text, bool problem);

    SignInService& m_service;
    QUrl m_server;
    QString m_deviceId;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_window = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_signIn = nullptr;
    QString m_keychainProblem; // told during this attempt; shown before the dialog closes
    bool m_done = false;       // signed in: Enter closes
};

} // namespace ow
