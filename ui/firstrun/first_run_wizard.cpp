#include "ui/firstrun/first_run_wizard.h"

#include "ui/common/icons.h"
#include "ui/common/profile_form.h"
#include "ui/firstrun/first_run_pages.h"
#include "ui/firstrun/key_page.h"
#include "ui/firstrun/location_setup.h"

namespace spoke::ui {

FirstRunWizard::FirstRunWizard(
    const QString &folder, KeyStore &keyStore, PasswordHasher hasher, QWidget *parent)
    : QWizard(parent)
    , m_folder(folder)
    , m_keyStore(keyStore)
    , m_hasher(hasher)
    , m_business(new BusinessPage(this))
    , m_owner(new OwnerPage(this))
    , m_key(new KeyPage(
          keyStore,
          [this](KeySource source, const QString &passphrase) { return create(source, passphrase); }, this))
{
    setObjectName(QStringLiteral("FirstRunWizard"));
    setWindowTitle(tr("Set up Spoke"));
    setWizardStyle(QWizard::ModernStyle);
    setButtonText(QWizard::FinishButton, tr("Create location"));
    setPixmap(QWizard::LogoPixmap, logoPixmap(48));
    setMinimumSize(780, 620);
    setPage(Welcome, new WelcomePage(this));
    setPage(Business, m_business);
    setPage(Owner, m_owner);
    setPage(Key, m_key);
    setStartId(Welcome);
    // Bigger page titles than QWizard's default; the text itself stays plain for translators.
    setTitleFormat(Qt::RichText);
    for (int id : pageIds()) {
        QWizardPage *p = page(id);
        p->setTitle(QStringLiteral("<span style=\"font-size:15pt; font-weight:600;\">%1</span>")
                        .arg(p->title().toHtmlEscaped()));
    }
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::create(KeySource source, const QString &passphrase)
{
    if (m_database)
        return {};
    NewLocation setup;
    setup.profile = m_business->form()->profile();
    setup.ownerName = m_owner->ownerName();
    setup.ownerSecretKind = m_owner->secretKind();
    setup.ownerSecret = m_owner->secret();
    setup.keySource = source;
    setup.passphrase = passphrase;
    auto created = createLocation(m_folder, m_keyStore, setup, m_hasher);
    if (!created)
        return created.error().message;
    m_database = std::move(created.value().database);
    m_ownerActor = created.value().owner;
    return {};
}

} // namespace spoke::ui
