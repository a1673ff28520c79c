// Settings by role: a technician sees no staff management and core refuses it anyway;
// owners and managers manage staff through the dialog; profile edits and the audit chain;
// the owner's backup, key change and restore, driven through the scripted Prompter.

#include "core/storage/audit_log.h"
#include "core/storage/backup_service.h"
#include "support/test_support.h"
#include "ui/common/profile_form.h"
#include "ui/common/time_zone_combo.h"
#include "ui/settings/audit_model.h"
#include "ui/settings/audit_section.h"
#include "ui/settings/location_section.h"
#include "ui/settings/security_actions.h"
#include "ui/settings/settings_page.h"
#include "ui/settings/staff_dialog.h"
#include "ui/settings/staff_model.h"
#include "ui/settings/staff_section.h"
#include "ui/shell/header_bar.h"
#include "ui/shell/workspace.h"
#include "widget_test_support.h"

#include <QComboBox>
#include <QPushButton>

using namespace spoke;
using Section = ui::SettingsPage::Section;

class TestSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoApp> m_app;

    ui::SettingsPage *settings() const { return m_app->window()->workspace()->settingsPage(); }
    ui::StaffSection *staffSection() const
    {
        return qobject_cast<ui::StaffSection *>(settings()->section(Section::Staff));
    }

private slots:
    void initTestCase() { test::initUiTest(); }
    void init()
    {
        ui::Prompter::instance().clear();
        m_app = std::make_unique<test::DemoApp>();
        m_app->start();
        m_app->window()->show();
    }
    void cleanup() { m_app.reset(); }

    void technicianSeesNoStaffManagementAndCoreRefuses()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Luis Ortega"), QStringLiteral("4567")));
        m_app->window()->goTo(ui::PageId::Settings);
        QVERIFY(settings()->hasSection(Section::Location));
        QVERIFY(settings()->hasSection(Section::Preferences));
        QVERIFY(!settings()->hasSection(Section::Staff));
        QVERIFY(!settings()->hasSection(Section::Security));
        QVERIFY(!settings()->hasSection(Section::Audit));
        QVERIFY(!settings()->showSection(Section::Staff));
        QVERIFY(!m_app->window()->findChild<ui::StaffSection *>());
        // Menu entries are off as well.
        QList<QAction *> actions = m_app->window()->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text().contains(QStringLiteral("Staff accounts"))
                || a->text().contains(QStringLiteral("backup")) || a->text().contains(QStringLiteral("key")))
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        }
        // The profile is shown read-only.
        auto *location = qobject_cast<ui::LocationSection *>(settings()->section(Section::Location));
        QVERIFY(!location->findChild<QPushButton *>(QStringLiteral("saveProfile"))->isVisibleTo(location));

        // And core says no, whatever the screen shows.
        ui::LocationContext *context = m_app->context();
        auto created = context->staff().createStaff(
            context->actor(), QStringLiteral("Sneaky"), Role::Owner, SecretKind::Pin, QStringLiteral("1111"));
        QCOMPARE(created.code(), ErrorCode::PermissionDenied);
        QCOMPARE(context->location().updateProfile(context->actor(), context->profile()).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(context->setIdleMinutes(0).code(), ErrorCode::PermissionDenied);
        QVERIFY(!m_app->window()->securityActions()->makeBackup());
        QVERIFY(ui::Prompter::instance().log().last().contains(QStringLiteral("Only an owner")));
    }

    void managerManagesStaffButNotOwnersOrKeys()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Marcus Bell"), QStringLiteral("2345")));
        QVERIFY(settings()->showSection(Section::Staff));
        QVERIFY(settings()->hasSection(Section::Audit));
        QVERIFY(!settings()->hasSection(Section::Security));
        ui::StaffSection *staff = staffSection();
        staff->addStaff();
        ui::StaffDialog *dialog = staff->openDialog();
        QVERIFY(dialog);
        auto *roles = dialog->findChild<QComboBox *>(QStringLiteral("staffRole"));
        QCOMPARE(roles->findData(int(Role::Owner)), -1);
        QVERIFY(roles->findData(int(Role::Technician)) >= 0);
        dialog->reject();
    }

    void ownerAddsStaffThroughTheDialog()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        QVERIFY(settings()->showSection(Section::Staff));
        ui::StaffSection *staff = staffSection();
        const int before = staff->model()->rowCount();
        staff->addStaff();
        QPointer<ui::StaffDialog> dialog = staff->openDialog();
        QVERIFY(dialog && dialog->isVisible());

        // Core refuses a bad PIN: the dialog stays open and says why.
        dialog->setDraft({QStringLiteral("Kim Lee"), Role::FrontDesk, SecretKind::Pin, QStringLiteral("12")},
            QStringLiteral("12"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem().contains(QStringLiteral("4 to 8")));

        dialog->setDraft(
            {QStringLiteral("Kim Lee"), Role::FrontDesk, SecretKind::Pin, QStringLiteral("8642")},
            QStringLiteral("8642"));
        dialog->accept();
        QTRY_VERIFY(!dialog);
        QCOMPARE(staff->model()->rowCount(), before + 1);
        QVERIFY(staff->selectByName(QStringLiteral("Kim Lee")));

        // Deactivate, and the new person can no longer sign in.
        staff->toggleActive();
        bool inactive = false;
        for (const StaffMember &m : m_app->context()->staff().list(true))
            if (m.name == QStringLiteral("Kim Lee"))
                inactive = !m.active;
        QVERIFY(inactive);
        m_app->context()->session().signOut();
        QVERIFY(!m_app->window()->lockScreen()->selectStaff(QStringLiteral("Kim Lee")));
        QVERIFY(m_app->window()->lockScreen()->selectStaff(QStringLiteral("Priya Natarajan")));
    }

    void profileEditIsSavedAuditedAndShownInTheHeader()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        auto *location = qobject_cast<ui::LocationSection *>(settings()->section(Section::Location));
        LocationProfile p = location->form()->profile();
        p.businessName = QStringLiteral("Sparkle & Shine — Riverside North");
        location->form()->setProfile(p);
        QVERIFY(location->save());
        QCOMPARE(m_app->context()->location().profile().value().businessName, p.businessName);
        QCOMPARE(m_app->window()->workspace()->header()->locationName(), p.businessName);
        QVERIFY(m_app->window()->windowTitle().contains(p.businessName));
        const auto recent = AuditLog::recent(m_app->context()->database(), 1);
        QCOMPARE(recent.front().action, QStringLiteral("settings.profile"));

        // A bad time zone is refused with core's reason.
        p.timeZone = QStringLiteral("Mars/Olympus_Mons");
        location->form()->setProfile(p);
        location->form()->timeZoneCombo()->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!location->save());
        QVERIFY(location->message().contains(QStringLiteral("Mars/Olympus_Mons")));
    }

    void auditChainVerifies()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        QVERIFY(settings()->showSection(Section::Audit));
        auto *audit = qobject_cast<ui::AuditSection *>(settings()->section(Section::Audit));
        QVERIFY(audit->model()->rowCount() > 0);
        QVERIFY(audit->verifyChain());
        QVERIFY(audit->verificationText().contains(QStringLiteral("intact")));
    }

    void ownerBacksUpChangesKeyAndRestores()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        ui::Prompter &prompter = ui::Prompter::instance();
        ui::SecurityActions *security = m_app->window()->securityActions();
        const QString backup = m_app->dir.filePath(QStringLiteral("riverside.spokebackup"));
        const QString backupPass = QStringLiteral("backup passphrase 1");

        prompter.queueFileName(backup);
        prompter.queueText(backupPass);
        QVERIFY2(security->makeBackup(), qPrintable(prompter.log().join(QLatin1Char('\n'))));
        QVERIFY(BackupService::verifyBackup(backup, Secret::fromUtf8(backupPass)).ok());

        // Key to a passphrase ("No" to the keychain), then back to the keychain.
        prompter.queueButton(QMessageBox::No);
        prompter.queueText(QStringLiteral("new location passphrase"));
        QVERIFY(security->changeKey());
        QCOMPARE(m_app->context()->database().descriptor().keySource, KeySource::Passphrase);
        prompter.queueButton(QMessageBox::Yes);
        QVERIFY(security->changeKey());
        QCOMPARE(m_app->context()->database().descriptor().keySource, KeySource::Keychain);

        // Change the profile, then restore the backup: the old name is back.
        LocationProfile p = m_app->context()->profile();
        p.businessName = QStringLiteral("Renamed after the backup");
        QVERIFY(m_app->context()->location().updateProfile(m_app->context()->actor(), p).ok());
        prompter.queueFileName(backup);
        prompter.queueText(backupPass);
        prompter.queueButton(QMessageBox::Yes); // keychain for the restored location
        prompter.queueButton(QMessageBox::Yes); // replace
        security->restore();
        QVERIFY(m_app->context());
        QCOMPARE(m_app->window()->screen(), ui::MainWindow::Screen::Lock);
        QCOMPARE(m_app->context()->profile().businessName, demo::profile().businessName);
        QVERIFY(QFile::exists(QDir(m_app->folder).filePath(QStringLiteral("spoke.db.replaced"))));
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));

        // A wrong backup passphrase stops before anything changes.
        prompter.queueFileName(backup);
        prompter.queueText(QStringLiteral("not the passphrase"));
        const QByteArray before = test::fileHash(m_app->context()->database().filePath());
        m_app->window()->securityActions()->restore();
        QCOMPARE(m_app->window()->screen(), ui::MainWindow::Screen::Workspace);
        QVERIFY(prompter.log().last().contains(QStringLiteral("passphrase is wrong")));
        QCOMPARE(test::fileHash(m_app->context()->database().filePath()), before);
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
