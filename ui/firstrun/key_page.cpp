#include "ui/firstrun/key_page.h"

#include "ui/common/key_store_probe.h"
#include "ui/common/passphrase_dialog.h"
#include "ui/common/widgets.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace spoke::ui {

KeyPage::KeyPage(KeyStore &keyStore, CreateFn create, QWidget *parent)
    : QWizardPage(parent)
    , m_keyStore(keyStore)
    , m_create(std::move(create))
    , m_keychain(new QRadioButton(tr("Keep the key in the system keychain (recommended)"), this))
    , m_keychainHint(nullptr)
    , m_passphrase(new QRadioButton(tr("Protect the database with a passphrase"), this))
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_status(new Banner(this))
    , m_problem(new Banner(this))
{
    setTitle(tr("How your data is protected"));
    setSubTitle(tr("Spoke encrypts the location's database. Choose where its key is kept."));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_status);
    auto *group = new QButtonGroup(this);
    group->addButton(m_keychain);
    group->addButton(m_passphrase);
    m_keychain->setObjectName(QStringLiteral("useKeychain"));
    m_passphrase->setObjectName(QStringLiteral("usePassphrase"));
    layout->addWidget(m_keychain);
    m_keychainHint = makeLabel(tr("A random 256-bit key is stored in %1. Nobody has to type it: Spoke "
                                  "opens the database when you start it on this PC under your own account.")
                                   .arg(keyStore.describe()),
        "hint", this);
    m_keychainHint->setContentsMargins(26, 0, 0, 8);
    layout->addWidget(m_keychainHint);
    layout->addWidget(m_passphrase);
    auto *passHint = makeLabel(tr("The key is derived from a passphrase you type each time Spoke starts. "
                                  "If it is forgotten, only a backup can bring the data back."),
        "hint", this);
    passHint->setContentsMargins(26, 0, 0, 0);
    layout->addWidget(passHint);
    auto *form = new QFormLayout;
    form->setContentsMargins(26, 4, 0, 0);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("passphraseConfirm"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second->setEchoMode(QLineEdit::Password);
    m_first->setPlaceholderText(tr("At least %1 characters").arg(PassphraseDialog::kMinimumLength));
    form->addRow(tr("Passphrase:"), m_first);
    form->addRow(tr("Repeat it:"), m_second);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_passphrase, &QRadioButton::toggled, this, &KeyPage::updateState);
    connect(m_first, &QLineEdit::textChanged, this, &KeyPage::completeChanged);
    connect(m_second, &QLineEdit::textChanged, this, &KeyPage::completeChanged);
}

void KeyPage::initializePage()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status probe = probeKeyStore(m_keyStore);
    QApplication::restoreOverrideCursor();
    m_keychainOk = probe.ok();
    m_keychainProblem = probe.ok() ? QString() : probe.error().message;
    m_keychain->setEnabled(m_keychainOk);
    m_keychainHint->setEnabled(m_keychainOk);
    if (m_keychainOk) {
        m_keychain->setChecked(true);
        m_status->show(Banner::Kind::Success, tr("The system keychain answered: it can keep the key."));
    } else {
        m_passphrase->setChecked(true);
        m_status->show(Banner::Kind::Warning,
            tr("Spoke cannot use the system keychain on this PC: %1\n\nThe database will be protected by a "
               "passphrase instead. Spoke never stores the key unprotected.")
                .arg(m_keychainProblem));
    }
    updateState();
}

void KeyPage::updateState()
{
    const bool usePassphrase = m_passphrase->isChecked();
    m_first->setEnabled(usePassphrase);
    m_second->setEnabled(usePassphrase);
    emit completeChanged();
}

KeySource KeyPage::keySource() const
{
    return m_passphrase->isChecked() ? KeySource::Passphrase : KeySource::Keychain;
}

bool KeyPage::isComplete() const
{
    if (keySource() == KeySource::Keychain)
        return m_keychainOk;
    return !m_first->text().isEmpty() && !m_second->text().isEmpty();
}

bool KeyPage::validatePage()
{
    if (keySource() == KeySource::Passphrase) {
        if (m_first->text().size() < PassphraseDialog::kMinimumLength) {
            m_problem->show(Banner::Kind::Error,
                tr("The passphrase needs at least %1 characters.").arg(PassphraseDialog::kMinimumLength));
            return false;
        }
        if (m_first->text() != m_second->text()) {
            m_problem->show(Banner::Kind::Error, tr("The two passphrases differ."));
            return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = m_create(keySource(), m_first->text());
    QApplication::restoreOverrideCursor();
    m_problem->show(Banner::Kind::Error, problem);
    return problem.isEmpty();
}

} // namespace spoke::ui
