#pragma once

#include "core/staff/staff_service.h"

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace spoke::ui {

class Banner;
class ProfileForm;

/// What the wizard will do, in three steps.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
};

/// The location profile: name, address, phone, time zone, currency, tax ids, prefix.
class BusinessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BusinessPage(QWidget *parent = nullptr);
    ProfileForm *form() const { return m_form; }
    bool validatePage() override;

private:
    ProfileForm *m_form;
    Banner *m_banner;
};

/// The owner's account: a name and a PIN (4–8 digits) or a password.
class OwnerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OwnerPage(QWidget *parent = nullptr);
    bool validatePage() override;

    QString ownerName() const;
    SecretKind secretKind() const;
    QString secret() const;

private:
    void updateKind();

    QLineEdit *m_name;
    QRadioButton *m_pin;
    QRadioButton *m_password;
    QLineEdit *m_secret;
    QLineEdit *m_confirm;
    Banner *m_banner;
};

} // namespace spoke::ui
