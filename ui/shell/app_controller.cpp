#include "ui/shell/app_controller.h"

#include "core/storage/backup_service.h"
#include "ui/common/prompter.h"
#include "ui/firstrun/first_run_wizard.h"
#include "ui/shell/location_context.h"
#include "ui/shell/main_window.h"

#include <QApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "spoke.ui.app")

namespace spoke::ui {

namespace {
Secret copyOf(const Secret &secret)
{
    return Secret(QByteArray(secret.bytes().constData(), secret.bytes().size()));
}
} // namespace

AppController::AppController(
    const QString &folder, KeyStore &keyStore, Clock &clock, PasswordHasher hasher, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_keyStore(keyStore)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_window(std::make_unique<MainWindow>(folder))
{
    connect(m_window.get(), &MainWindow::quitRequested, this, &AppController::quitRequested);
    connect(m_window.get(), &MainWindow::retryRequested, this, [this] { open(copyOf(m_passphrase)); });
    connect(m_window.get(), &MainWindow::passphraseEntered, this,
        [this](const QString &passphrase) { open(Secret::fromUtf8(passphrase)); });
    connect(m_window.get(), &MainWindow::restoreRequested, this, &AppController::restoreFromErrorScreen);
}

AppController::~AppController()
{
    if (m_wizard)
        delete m_wizard.data();
    m_window->detach();
    m_context.reset();
}

FirstRunWizard *AppController::wizard() const
{
    return m_wizard;
}

void AppController::start(const QString &passphrase)
{
    if (!LocationDatabase::exists(m_folder)) {
        m_wizard = new FirstRunWizard(m_folder, m_keyStore, m_hasher);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &QDialog::finished, this, &AppController::onWizardFinished);
        m_wizard->show();
        return;
    }
    m_window->show();
    open(Secret::fromUtf8(passphrase));
}

void AppController::open(const Secret &passphrase)
{
    const auto descriptor = LocationDatabase::inspect(m_folder);
    const bool passphraseProfile = descriptor.ok() && descriptor.value().keySource == KeySource::Passphrase;
    if (passphraseProfile && passphrase.isEmpty()) {
        m_window->showPassphrasePrompt(QString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = LocationDatabase::open(m_folder, m_keyStore, passphrase);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        qCInfo(lcApp) << "open failed with code" << int(opened.code());
        if (passphraseProfile && opened.code() == ErrorCode::WrongKey)
            m_window->showPassphrasePrompt(opened.error().message);
        else
            m_window->showOpenError(opened.error());
        return;
    }
    m_passphrase = copyOf(passphrase);
    attach(std::move(opened).value());
}

void AppController::attach(std::unique_ptr<LocationDatabase> db)
{
    m_window->detach();
    m_context = std::make_unique<LocationContext>(std::move(db), m_keyStore, m_clock, m_hasher);
    m_context->startSync();
    m_window->attach(m_context.get(), [this](const RestoreRequest &request) { restore(request); });
}

void AppController::onWizardFinished(int result)
{
    FirstRunWizard *wizard = m_wizard;
    m_wizard = nullptr;
    if (result != QDialog::Accepted || !wizard) {
        emit quitRequested();
        return;
    }
    std::unique_ptr<LocationDatabase> db = wizard->takeDatabase();
    const Actor owner = wizard->owner();
    if (!db) {
        emit quitRequested();
        return;
    }
    attach(std::move(db));
    // The owner has just chosen their PIN: no need to type it again.
    m_context->session().signIn(owner);
    m_window->show();
}

void AppController::restore(const RestoreRequest &request)
{
    m_window->detach();
    m_context.reset();
    const Secret newPassphrase = Secret::fromUtf8(request.newPassphrase);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = BackupService::restoreBackup(request.path, Secret::fromUtf8(request.backupPassphrase),
        m_folder, m_keyStore, request.keySource, newPassphrase);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        Prompter::instance().warn(
            m_window.get(), tr("The backup was not restored"), restored.error().message);
        open(copyOf(m_passphrase));
        return;
    }
    m_passphrase = copyOf(newPassphrase);
    attach(std::move(restored).value());
    Prompter::instance().inform(m_window.get(), tr("Backup restored"),
        tr("The location was restored from the backup. Sign in to go on."));
}

void AppController::restoreFromErrorScreen()
{
    auto request = askRestore(m_window.get(), m_keyStore);
    if (!request)
        return;
    const auto answer = Prompter::instance().ask(m_window.get(), tr("Restore a backup"),
        tr("Replace the location that cannot be opened with this backup? The current file is kept beside "
           "it as spoke.db.replaced."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restore(*request);
}

} // namespace spoke::ui
