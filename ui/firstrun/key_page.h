#pragma once

#include "core/security/key_store.h"
#include "core/storage/profile_descriptor.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace spoke::ui {

class Banner;

/// Where the database key lives. The keychain is probed first; if it does not answer the
/// page says why and the location gets a passphrase instead. There is no third option:
/// Spoke never keeps the key in plain text.
class KeyPage : public QWizardPage
{
    Q_OBJECT
public:
    /// create is called by validatePage() with the chosen source and passphrase; it makes
    /// the location and returns the problem to show, or an empty string.
    using CreateFn = std::function<QString(KeySource source, const QString &passphrase)>;
    KeyPage(KeyStore &keyStore, CreateFn create, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    bool keychainAvailable() const { return m_keychainOk; }
    /// Why the keychain is unavailable (empty when it answered).
    QString keychainProblem() const { return m_keychainProblem; }
    KeySource keySource() const;

private:
    void updateState();

    KeyStore &m_keyStore;
    CreateFn m_create;
    bool m_keychainOk = false;
    QString m_keychainProblem;
    QRadioButton *m_keychain;
    QLabel *m_keychainHint;
    QRadioButton *m_passphrase;
    QLineEdit *m_first;
    QLineEdit *m_second;
    Banner *m_status;
    Banner *m_problem;
};

} // namespace spoke::ui
