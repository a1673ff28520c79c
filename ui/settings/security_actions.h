#pragma once

#include "core/security/key_store.h"
#include "core/storage/profile_descriptor.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace spoke::ui {

class LocationContext;

/// A restore the user asked for, after the backup was verified with its passphrase.
struct RestoreRequest
{
    QString path;
    QString backupPassphrase;
    KeySource keySource = KeySource::Keychain;
    QString newPassphrase; ///< with KeySource::Passphrase
};

/// Performs a restore: closes the open location, replaces it and reopens it.
using RestoreHandler = std::function<void(const RestoreRequest &)>;

/// Asks where a key should go: the keychain if it answers (the user may still prefer a
/// passphrase), otherwise a new passphrase, saying why the keychain cannot be used.
/// nullopt when cancelled.
std::optional<std::pair<KeySource, QString>> askKeyPlacement(QWidget *parent, KeyStore &keyStore);

/// Asks for a backup file and its passphrase, verifies the backup without changing
/// anything, and asks where the restored location's key goes. nullopt when cancelled or
/// the backup is unusable (the user was told why).
std::optional<RestoreRequest> askRestore(QWidget *parent, KeyStore &keyStore);

/// The owner's key and backup operations, shared by Settings and the File/Tools menus.
/// Every step asks through the Prompter, so tests can script it.
class SecurityActions : public QObject
{
    Q_OBJECT
public:
    SecurityActions(
        LocationContext &context, QWidget *dialogParent, RestoreHandler restore, QObject *parent = nullptr);

    /// Where the key is kept now, in words.
    QString keyDescription() const;

    bool makeBackup();
    bool changeKey();
    /// Asks, verifies, confirms, then hands over to the restore handler (which replaces the
    /// open location: do nothing with this object after it returns).
    void restore();

signals:
    void keyChanged();

private:
    bool requireOwner(const QString &what);

    LocationContext &m_context;
    QWidget *m_parent;
    RestoreHandler m_restore;
};

} // namespace spoke::ui
