#pragma once

#include "core/security/key_store.h"
#include "core/staff/password_hasher.h"
#include "core/storage/actor.h"
#include "core/storage/location_database.h"

#include <QWizard>

#include <memory>

namespace spoke::ui {

class BusinessPage;
class KeyPage;
class OwnerPage;

/// First run: makes the location profile, the owner's account and the encrypted database.
/// On success the wizard is accepted and hands over the open database and the owner.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageNumber { Welcome, Business, Owner, Key };

    FirstRunWizard(const QString &folder, KeyStore &keyStore, PasswordHasher hasher = PasswordHasher(),
        QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    BusinessPage *businessPage() const { return m_business; }
    OwnerPage *ownerPage() const { return m_owner; }
    KeyPage *keyPage() const { return m_key; }

    /// The database made by the last page (null before, or after it was taken).
    std::unique_ptr<LocationDatabase> takeDatabase() { return std::move(m_database); }
    Actor owner() const { return m_ownerActor; }

private:
    QString create(KeySource source, const QString &passphrase);

    QString m_folder;
    KeyStore &m_keyStore;
    PasswordHasher m_hasher;
    BusinessPage *m_business;
    OwnerPage *m_owner;
    KeyPage *m_key;
    std::unique_ptr<LocationDatabase> m_database;
    Actor m_ownerActor;
};

} // namespace spoke::ui
