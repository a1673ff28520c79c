#include "ui/settings/security_actions.h"

#include "core/storage/backup_service.h"
#include "ui/common/key_store_probe.h"
#include "ui/common/prompter.h"
#include "ui/shell/location_context.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QStandardPaths>

namespace spoke::ui {

namespace {

QString backupFilter()
{
    return SecurityActions::tr("Spoke backups (*.spokebackup);;All files (*)");
}

struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

std::optional<std::pair<KeySource, QString>> askKeyPlacement(QWidget *parent, KeyStore &keyStore)
{
    Prompter &prompter = Prompter::instance();
    const Status probe = [&] {
        WaitCursor wait;
        return probeKeyStore(keyStore);
    }();
    if (probe) {
        const auto answer = prompter.ask(parent, SecurityActions::tr("Where should the key be kept?"),
            SecurityActions::tr(
                "Keep the key in %1? Choose No to protect the database with a passphrase instead.")
                .arg(keyStore.describe()),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            return std::pair {KeySource::Keychain, QString()};
        if (answer != QMessageBox::No)
            return std::nullopt;
    } else {
        prompter.inform(parent, SecurityActions::tr("The keychain is not available"),
            SecurityActions::tr(
                "Spoke cannot use the system keychain: %1\nThe database will be protected by a passphrase "
                "instead.")
                .arg(probe.error().message));
    }
    auto passphrase = prompter.passphrase(parent, SecurityActions::tr("New database passphrase"),
        SecurityActions::tr(
            "Choose the passphrase that will protect this location's database. It is needed each time "
            "Spoke starts; if it is lost, only a backup can bring the data back."),
        true);
    if (!passphrase)
        return std::nullopt;
    return std::pair {KeySource::Passphrase, *passphrase};
}

std::optional<RestoreRequest> askRestore(QWidget *parent, KeyStore &keyStore)
{
    Prompter &prompter = Prompter::instance();
    RestoreRequest request;
    request.path = prompter.openFileName(parent, SecurityActions::tr("Restore a backup"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), backupFilter());
    if (request.path.isEmpty())
        return std::nullopt;
    auto passphrase = prompter.passphrase(parent, SecurityActions::tr("Backup passphrase"),
        SecurityActions::tr("Type the passphrase that was chosen when %1 was made.")
            .arg(QDir::toNativeSeparators(request.path)),
        false);
    if (!passphrase)
        return std::nullopt;
    request.backupPassphrase = *passphrase;
    const Status verified = [&] {
        WaitCursor wait;
        return BackupService::verifyBackup(request.path, Secret::fromUtf8(request.backupPassphrase));
    }();
    if (!verified) {
        prompter.warn(parent, SecurityActions::tr("The backup cannot be restored"), verified.error().message);
        return std::nullopt;
    }
    auto placement = askKeyPlacement(parent, keyStore);
    if (!placement)
        return std::nullopt;
    request.keySource = placement->first;
    request.newPassphrase = placement->second;
    return request;
}

SecurityActions::SecurityActions(
    LocationContext &context, QWidget *dialogParent, RestoreHandler restore, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(dialogParent)
    , m_restore(std::move(restore))
{ }

QString SecurityActions::keyDescription() const
{
    if (m_context.database().descriptor().keySource == KeySource::Keychain)
        return tr("A random 256-bit key kept in %1.").arg(m_context.keyStore().describe());
    return tr("A passphrase typed when Spoke starts (PBKDF2-HMAC-SHA512).");
}

bool SecurityActions::requireOwner(const QString &what)
{
    if (m_context.can(Permission::BackupRestore))
        return true;
    Prompter::instance().warn(m_parent, what, tr("Only an owner can do this."));
    return false;
}

bool SecurityActions::makeBackup()
{
    const QString title = tr("Make a backup");
    if (!requireOwner(title))
        return false;
    Prompter &prompter = Prompter::instance();
    const QString prefix = m_context.profile().invoicePrefix.isEmpty() ? QStringLiteral("spoke")
                                                                       : QStringLiteral("spoke-")
            + QString(m_context.profile().invoicePrefix).remove(QLatin1Char('-')).toLower();
    const QString suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .filePath(QStringLiteral("%1-%2.spokebackup")
                                                 .arg(prefix, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = prompter.saveFileName(m_parent, title, suggestion, backupFilter());
    if (path.isEmpty())
        return false;
    auto passphrase = prompter.passphrase(m_parent, tr("Backup passphrase"),
        tr("The backup is encrypted with its own passphrase, so it can be restored on a new PC. Keep the "
           "passphrase somewhere safe: without it the backup cannot be opened."),
        true);
    if (!passphrase)
        return false;
    const Status made = [&] {
        WaitCursor wait;
        return BackupService::createBackup(
            m_context.database(), m_context.actor(), path, Secret::fromUtf8(*passphrase));
    }();
    if (!made) {
        prompter.warn(m_parent, title, made.error().message);
        return false;
    }
    prompter.inform(m_parent, title, tr("The backup was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SecurityActions::changeKey()
{
    const QString title = tr("Change the database key");
    if (!m_context.can(Permission::ChangeKey)) {
        Prompter::instance().warn(m_parent, title, tr("Only an owner can do this."));
        return false;
    }
    auto placement = askKeyPlacement(m_parent, m_context.keyStore());
    if (!placement)
        return false;
    const Status changed = [&] {
        WaitCursor wait;
        return m_context.database().changeKey(
            m_context.actor(), m_context.keyStore(), placement->first, Secret::fromUtf8(placement->second));
    }();
    if (!changed) {
        Prompter::instance().warn(m_parent, title, changed.error().message);
        return false;
    }
    Prompter::instance().inform(
        m_parent, title, tr("The database was re-encrypted. %1").arg(keyDescription()));
    emit keyChanged();
    return true;
}

void SecurityActions::restore()
{
    const QString title = tr("Restore a backup");
    if (!requireOwner(title))
        return;
    auto request = askRestore(m_parent, m_context.keyStore());
    if (!request)
        return;
    const auto answer = Prompter::instance().ask(m_parent, title,
        tr("Replace everything in %1 with the backup? The current database is kept beside it as "
           "spoke.db.replaced.")
            .arg(m_context.profile().businessName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_restore(*request);
}

} // namespace spoke::ui
