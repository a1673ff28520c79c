// Settings > Services and Settings > Team, driven through their widgets as a manager would,
// over a real demo location: prices typed as text land as exact minor units, problems and
// core's refusals show inline, head-office services can only be switched, weekly hours,
// skills, time off and crews are saved through core and read back from it. Front desk
// doesn't get the sections. Renders both sections to build/<preset>/screenshots/settings.

#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/crew_dialog.h"
#include "ui/settings/money_text.h"
#include "ui/settings/service_dialog.h"
#include "ui/settings/services_section.h"
#include "ui/settings/settings_page.h"
#include "ui/settings/team_section.h"
#include "ui/shell/workspace.h"
#include "widget_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>

using namespace spoke;
using Section = ui::SettingsPage::Section;

namespace {

QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SPOKE_BINARY_DIR", QDir::tempPath())
        + QStringLiteral("/screenshots/settings");
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

bool saveShot(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    const QPixmap shot = w->grab();
    return !shot.isNull() && shot.save(shotPath(name));
}

} // namespace

class TestTeamSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoApp> m_app;

    ui::SettingsPage *settings() const { return m_app->window()->workspace()->settingsPage(); }
    ui::ServicesSection *services() const
    {
        return qobject_cast<ui::ServicesSection *>(settings()->section(Section::Services));
    }
    ui::TeamSection *team() const
    {
        return qobject_cast<ui::TeamSection *>(settings()->section(Section::Team));
    }
    ui::LocationContext *context() const { return m_app->context(); }
    CatalogService catalog() const
    {
        return CatalogService(context()->database(), context()->profile().currency);
    }
    CrewService crewService() const { return CrewService(context()->database()); }

    std::optional<ServiceItem> storedService(const QString &name) const
    {
        auto all = catalog().services(Actor::system(), true);
        if (!all)
            return std::nullopt;
        for (const ServiceItem &s : all.value())
            if (s.name == name)
                return s;
        return std::nullopt;
    }
    std::optional<Technician> storedTechnician(const QString &name) const
    {
        auto all = crewService().technicians(context()->actor());
        if (!all)
            return std::nullopt;
        for (const Technician &t : all.value())
            if (t.name == name)
                return t;
        return std::nullopt;
    }
    std::optional<Crew> storedCrew(const QString &name) const
    {
        auto all = crewService().crews(context()->actor());
        if (!all)
            return std::nullopt;
        for (const Crew &c : all.value())
            if (c.name == name)
                return c;
        return std::nullopt;
    }
    QString staffId(const QString &name) const
    {
        for (const StaffMember &m : context()->staff().list(true))
            if (m.name == name)
                return m.id;
        return {};
    }
    static std::vector<WorkingInterval> onDay(const std::vector<WorkingInterval> &hours, Qt::DayOfWeek day)
    {
        std::vector<WorkingInterval> out;
        for (const WorkingInterval &w : hours)
            if (w.weekday == day)
                out.push_back(w);
        return out;
    }
    void signInManager()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Marcus Bell"), QStringLiteral("2345")));
        m_app->window()->goTo(ui::PageId::Settings);
    }

private slots:
    void initTestCase()
    {
        test::initUiTest();
        ui::applyTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        ui::Prompter::instance().clear();
        m_app = std::make_unique<test::DemoApp>();
        m_app->start();
        m_app->window()->resize(1280, 860);
        m_app->window()->show();
    }
    void cleanup()
    {
        qApp->setLayoutDirection(Qt::LeftToRight);
        m_app.reset();
    }

    void moneyTextIsExact()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale fr(QLocale::French, QLocale::France);
        using ui::money_text::format;
        using ui::money_text::parse;
        QCOMPARE(parse(QStringLiteral("129.50"), QStringLiteral("USD"), en), 12950);
        QCOMPARE(
            parse(QStringLiteral("0.29"), QStringLiteral("USD"), en), 29); // 0.29*100 is 28.999... in double
        QCOMPARE(parse(QStringLiteral("1,234.5"), QStringLiteral("USD"), en), 123450);
        QCOMPARE(parse(QStringLiteral("$ 80"), QStringLiteral("USD"), en), 8000);
        QCOMPARE(parse(QStringLiteral("129,50"), QStringLiteral("EUR"), fr), 12950);
        QCOMPARE(parse(QStringLiteral("129.50"), QStringLiteral("EUR"), fr), 12950);
        QCOMPARE(parse(QStringLiteral("1500"), QStringLiteral("JPY"), en), 1500);
        QCOMPARE(parse(QStringLiteral("1.250"), QStringLiteral("KWD"), en), 1250);
        QCOMPARE(parse(QStringLiteral("-5"), QStringLiteral("USD"), en), -500);
        QVERIFY(!parse(QStringLiteral("12.345"), QStringLiteral("USD"), en));
        QVERIFY(!parse(QStringLiteral("12.5"), QStringLiteral("JPY"), en));
        QVERIFY(!parse(QStringLiteral("abc"), QStringLiteral("USD"), en));
        QVERIFY(!parse(QString(), QStringLiteral("USD"), en));
        QVERIFY(!parse(QStringLiteral("99999999999999999999"), QStringLiteral("USD"), en));
        QCOMPARE(format(12950, QStringLiteral("USD"), en), QStringLiteral("129.50"));
        QCOMPARE(format(123456789, QStringLiteral("USD"), en, true), QStringLiteral("1,234,567.89"));
        QCOMPARE(format(5, QStringLiteral("USD"), en), QStringLiteral("0.05"));
        QCOMPARE(format(-5, QStringLiteral("USD"), en), QStringLiteral("-0.05"));
        QCOMPARE(format(1500, QStringLiteral("JPY"), en), QStringLiteral("1500"));
        QCOMPARE(format(12950, QStringLiteral("EUR"), fr), QStringLiteral("129,50"));
    }

    void managerAddsAServiceWithAnExactPrice()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Services));
        ui::ServicesSection *section = services();
        QVERIFY(section);
        const int before = section->model()->rowCount();
        section->addService();
        QPointer<ui::ServiceDialog> dialog = section->openDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("serviceName"))
            ->setText(QStringLiteral("Gutter clean"));
        dialog->findChild<QComboBox *>(QStringLiteral("serviceCategory"))
            ->setCurrentText(QStringLiteral("Exterior"));
        dialog->findChild<QSpinBox *>(QStringLiteral("serviceDuration"))->setValue(90);
        dialog->findChild<QLineEdit *>(QStringLiteral("servicePrice"))->setText(QStringLiteral("129.50"));
        auto *tax = dialog->findChild<QComboBox *>(QStringLiteral("serviceTaxClass"));
        tax->setCurrentIndex(tax->findData(QStringLiteral("reduced")));
        dialog->accept();
        QTRY_VERIFY(!dialog);

        const auto stored = storedService(QStringLiteral("Gutter clean"));
        QVERIFY(stored);
        QCOMPARE(stored->priceMinor, qint64(12950));
        QCOMPARE(stored->currency, QStringLiteral("USD"));
        QCOMPARE(stored->durationMinutes, 90);
        QCOMPARE(stored->category, QStringLiteral("Exterior"));
        QCOMPARE(stored->taxClass, QStringLiteral("reduced"));
        QCOMPARE(stored->owner, RecordOwner::Location);
        QVERIFY(stored->active);

        QCOMPARE(section->model()->rowCount(), before + 1);
        const int row = section->model()->rowOf(stored->id);
        QVERIFY(row >= 0);
        QCOMPARE(section->model()->index(row, ui::ServicesModel::Price).data().toString(),
            QStringLiteral("129.50"));
        QCOMPARE(section->model()->index(row, ui::ServicesModel::Owner).data().toString(),
            QStringLiteral("This location"));
        QVERIFY(section->message().contains(QStringLiteral("Gutter clean")));

        // A name already used by a location service: core's refusal shows in the dialog.
        section->addService();
        dialog = section->openDialog();
        dialog->findChild<QLineEdit *>(QStringLiteral("serviceName"))
            ->setText(QStringLiteral("gutter CLEAN"));
        dialog->findChild<QLineEdit *>(QStringLiteral("servicePrice"))->setText(QStringLiteral("10"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            dialog->problem().contains(QStringLiteral("already a service")), qPrintable(dialog->problem()));
        dialog->reject();
    }

    void editShowsValidationProblemsInline()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Services));
        ui::ServicesSection *section = services();
        QVERIFY(section->selectByName(QStringLiteral("Oven clean")));
        section->editService();
        QPointer<ui::ServiceDialog> dialog = section->openDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->isHeadOfficeItem());
        QCOMPARE(
            dialog->findChild<QLineEdit *>(QStringLiteral("servicePrice"))->text(), QStringLiteral("75.00"));

        dialog->findChild<QSpinBox *>(QStringLiteral("serviceDuration"))->setValue(0);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            dialog->problem().contains(QStringLiteral("at least one minute")), qPrintable(dialog->problem()));
        QCOMPARE(storedService(QStringLiteral("Oven clean"))->durationMinutes, 60);

        dialog->findChild<QSpinBox *>(QStringLiteral("serviceDuration"))->setValue(75);
        dialog->findChild<QLineEdit *>(QStringLiteral("servicePrice"))->setText(QStringLiteral("seventy"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem().contains(QStringLiteral("Type the price as a number")));
        QCOMPARE(storedService(QStringLiteral("Oven clean"))->durationMinutes, 60);

        dialog->findChild<QLineEdit *>(QStringLiteral("servicePrice"))->setText(QStringLiteral("80.05"));
        dialog->accept();
        QTRY_VERIFY(!dialog);
        QCOMPARE(storedService(QStringLiteral("Oven clean"))->durationMinutes, 75);
        QCOMPARE(storedService(QStringLiteral("Oven clean"))->priceMinor, qint64(8005));

        // A location item can be deleted (after a confirmation).
        QVERIFY(section->selectByName(QStringLiteral("Oven clean")));
        QVERIFY(section->findChild<QPushButton *>(QStringLiteral("removeService"))->isEnabled());
        ui::Prompter::instance().queueButton(QMessageBox::Yes);
        section->removeService();
        QVERIFY(!storedService(QStringLiteral("Oven clean")));
        QVERIFY(!section->selectByName(QStringLiteral("Oven clean")));
    }

    void headOfficeItemCanOnlyBeSwitchedOff()
    {
        ServiceItem hq;
        hq.owner = RecordOwner::HeadOffice;
        hq.code = QStringLiteral("HQ-99");
        hq.name = QStringLiteral("Pressure wash");
        hq.category = QStringLiteral("Exterior");
        hq.durationMinutes = 120;
        hq.priceMinor = 19900;
        hq.currency = QStringLiteral("USD");
        hq.taxClass = QStringLiteral("standard");
        auto hqId = catalog().save(Actor::system(), hq);
        QVERIFY2(hqId, hqId ? "" : qPrintable(hqId.error().message));

        signInManager();
        QVERIFY(settings()->showSection(Section::Services));
        ui::ServicesSection *section = services();
        QVERIFY(section->selectByName(QStringLiteral("Pressure wash")));
        QVERIFY(!section->findChild<QPushButton *>(QStringLiteral("removeService"))->isEnabled());
        const int row = section->model()->rowOf(hqId.value());
        QCOMPARE(section->model()->index(row, ui::ServicesModel::Owner).data().toString(),
            QStringLiteral("Head office"));

        section->editService();
        QPointer<ui::ServiceDialog> dialog = section->openDialog();
        QVERIFY(dialog && dialog->isHeadOfficeItem());
        QVERIFY(dialog->findChild<ui::Banner *>(QStringLiteral("headOfficeNote"))->isVisibleTo(dialog));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("serviceName"));
        auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("servicePrice"));
        QVERIFY(!name->isEnabled());
        QVERIFY(!price->isEnabled());
        QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("serviceDuration"))->isEnabled());
        auto *active = dialog->findChild<QCheckBox *>(QStringLiteral("serviceActive"));
        QVERIFY(active->isEnabled());

        // Even if the price field is changed behind the disabled widget, core refuses.
        price->setText(QStringLiteral("1.00"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QStringLiteral("comes from head office")),
            qPrintable(dialog->problem()));
        QCOMPARE(storedService(QStringLiteral("Pressure wash"))->priceMinor, qint64(19900));

        // Switching it off is allowed.
        price->setText(QStringLiteral("199.00"));
        active->setChecked(false);
        dialog->accept();
        QTRY_VERIFY(!dialog);
        auto after = storedService(QStringLiteral("Pressure wash"));
        QVERIFY(after);
        QVERIFY(!after->active);
        QCOMPARE(after->priceMinor, qint64(19900));
        QCOMPARE(after->owner, RecordOwner::HeadOffice);

        // And on again from the button; deleting is refused by core even if asked.
        QVERIFY(section->selectByName(QStringLiteral("Pressure wash")));
        QCOMPARE(section->findChild<QPushButton *>(QStringLiteral("toggleService"))->text(),
            QStringLiteral("S&witch on"));
        section->toggleActive();
        QVERIFY(storedService(QStringLiteral("Pressure wash"))->active);
        ui::Prompter::instance().queueButton(QMessageBox::Yes);
        section->removeService();
        QVERIFY(section->message().contains(QStringLiteral("can't be deleted")));
        QVERIFY(storedService(QStringLiteral("Pressure wash")));
    }

    void hoursSavedAndReadBack()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Team));
        ui::TeamSection *section = team();
        QVERIFY(section);
        // Zoe Park works Mon–Fri 8–17 and Saturday mornings in the demo.
        QVERIFY(section->selectTechnician(QStringLiteral("Zoe Park")));
        QVERIFY(section->dayRow(Qt::Saturday).works->isChecked());
        QCOMPARE(section->dayRow(Qt::Saturday).start->time(), QTime(9, 0));
        // Mon–Fri 8–17 (Monday and Wednesday changed from something else first), Saturday off.
        for (int d = 1; d <= 5; ++d) {
            const auto &r = section->dayRow(Qt::DayOfWeek(d));
            r.works->setChecked(true);
            r.start->setTime(QTime(8, 0));
            r.end->setTime(QTime(17, 0));
        }
        section->dayRow(Qt::Saturday).works->setChecked(false);
        section->dayRow(Qt::Sunday).works->setChecked(false);
        QVERIFY2(section->saveHours(), qPrintable(section->message()));

        const auto zoe = storedTechnician(QStringLiteral("Zoe Park"));
        QVERIFY(zoe);
        QCOMPARE(zoe->hours.size(), size_t(5));
        for (int d = 1; d <= 5; ++d) {
            const auto day = onDay(zoe->hours, Qt::DayOfWeek(d));
            QCOMPARE(day.size(), size_t(1));
            QCOMPARE(day[0].start, QTime(8, 0));
            QCOMPARE(day[0].end, QTime(17, 0));
        }
        QVERIFY(onDay(zoe->hours, Qt::Saturday).empty());
        QVERIFY(!section->dayRow(Qt::Saturday).works->isChecked());
        QVERIFY(!section->dayRow(Qt::Saturday).start->isVisibleTo(section));
        QVERIFY(section->dayRow(Qt::Saturday).dayOff->isVisibleTo(section));
        QVERIFY(!section->dayRow(Qt::Friday).dayOff->isVisibleTo(section));
        QVERIFY(section->dayRow(Qt::Friday).start->isVisibleTo(section));

        // Luis: Tuesday 9–15 changes only Tuesday.
        QVERIFY(section->selectTechnician(QStringLiteral("Luis Ortega")));
        section->dayRow(Qt::Tuesday).start->setTime(QTime(9, 0));
        section->dayRow(Qt::Tuesday).end->setTime(QTime(15, 0));
        QVERIFY(section->saveHours());
        const auto luis = storedTechnician(QStringLiteral("Luis Ortega"));
        QCOMPARE(onDay(luis->hours, Qt::Tuesday).front().start, QTime(9, 0));
        QCOMPARE(onDay(luis->hours, Qt::Tuesday).front().end, QTime(15, 0));
        QCOMPARE(onDay(luis->hours, Qt::Monday).front().end, QTime(17, 0));
    }

    void splitShiftsSetElsewhereAreKept()
    {
        signInManager();
        const QString ana = staffId(QStringLiteral("Ana Lopez"));
        QVERIFY(crewService()
                    .setWorkingHours(context()->actor(), ana,
                        {{Qt::Monday, QTime(8, 0), QTime(12, 0)}, {Qt::Monday, QTime(13, 0), QTime(17, 0)},
                            {Qt::Tuesday, QTime(8, 0), QTime(17, 0)}})
                    .ok());
        QVERIFY(settings()->showSection(Section::Team));
        ui::TeamSection *section = team();
        section->reload();
        QVERIFY(section->selectTechnician(QStringLiteral("Ana Lopez")));
        QCOMPARE(section->dayRow(Qt::Monday).end->time(), QTime(12, 0));
        QVERIFY(section->dayRow(Qt::Monday).extra->text().contains(QStringLiteral("5:00")));
        section->dayRow(Qt::Wednesday).works->setChecked(true);
        section->dayRow(Qt::Wednesday).start->setTime(QTime(10, 0));
        section->dayRow(Qt::Wednesday).end->setTime(QTime(14, 0));
        QVERIFY2(section->saveHours(), qPrintable(section->message()));
        const auto stored = storedTechnician(QStringLiteral("Ana Lopez"));
        const auto monday = onDay(stored->hours, Qt::Monday);
        QCOMPARE(monday.size(), size_t(2));
        QCOMPARE(monday[1].start, QTime(13, 0));
        QCOMPARE(onDay(stored->hours, Qt::Wednesday).size(), size_t(1));
    }

    void endBeforeStartShowsTheErrorAndSavesNothing()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Team));
        ui::TeamSection *section = team();
        QVERIFY(section->selectTechnician(QStringLiteral("Kenji Mori")));
        const auto before = storedTechnician(QStringLiteral("Kenji Mori"))->hours;
        section->dayRow(Qt::Monday).start->setTime(QTime(17, 0));
        section->dayRow(Qt::Monday).end->setTime(QTime(8, 0));
        section->dayRow(Qt::Sunday).works->setChecked(true); // a valid change that must not be saved either
        QVERIFY(!section->saveHours());
        QVERIFY2(section->message().contains(QStringLiteral("must end after they start")),
            qPrintable(section->message()));
        QVERIFY(section->message().contains(QLocale().dayName(Qt::Monday)));
        const auto after = storedTechnician(QStringLiteral("Kenji Mori"))->hours;
        QCOMPARE(after.size(), before.size());
        QVERIFY(onDay(after, Qt::Sunday).empty());
        QCOMPARE(onDay(after, Qt::Monday).front().start, QTime(8, 0));
    }

    void skillsSaved()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Team));
        ui::TeamSection *section = team();
        QVERIFY(section->selectTechnician(QStringLiteral("Luis Ortega")));
        QVERIFY(storedTechnician(QStringLiteral("Luis Ortega"))->skillServiceIds.isEmpty());
        QStringList wanted;
        QListWidget *skills = section->skillList();
        QVERIFY(skills->count() >= 6);
        for (int row = 0; row < skills->count(); ++row) {
            QListWidgetItem *item = skills->item(row);
            if (item->text() == QStringLiteral("Deep clean")
                || item->text() == QStringLiteral("Window cleaning")) {
                item->setCheckState(Qt::Checked);
                wanted << item->data(Qt::UserRole).toString();
            }
        }
        QCOMPARE(wanted.size(), 2);
        QVERIFY2(section->saveSkills(), qPrintable(section->message()));
        QStringList stored = storedTechnician(QStringLiteral("Luis Ortega"))->skillServiceIds;
        stored.sort();
        wanted.sort();
        QCOMPARE(stored, wanted);
        // Shown again after the reload; another technician's list is theirs.
        int checked = 0;
        for (int row = 0; row < skills->count(); ++row)
            checked += skills->item(row)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(checked, 2);
        QVERIFY(section->selectTechnician(QStringLiteral("Ana Lopez")));
        checked = 0;
        for (int row = 0; row < skills->count(); ++row)
            checked += skills->item(row)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(checked, 0);
    }

    void timeOffAddedAndRemoved()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Team));
        ui::TeamSection *section = team();
        QVERIFY(section->selectTechnician(QStringLiteral("Ana Lopez")));
        QCOMPARE(section->timeOffTable()->rowCount(), 0);
        const QTimeZone zone(context()->profile().timeZone.toUtf8());
        const QDate day = m_app->clock.nowUtc().toTimeZone(zone).date().addDays(10);

        section->addTimeOff();
        QPointer<ui::TimeOffDialog> dialog = section->openTimeOffDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The end before the start: core's reason, nothing stored.
        dialog->setRange(QDateTime(day, QTime(17, 0)), QDateTime(day, QTime(9, 0)));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem().contains(QStringLiteral("end after it starts")));

        dialog->setRange(QDateTime(day, QTime(9, 0)), QDateTime(day, QTime(17, 30)));
        dialog->setReason(QStringLiteral("Training"));
        dialog->accept();
        QTRY_VERIFY(!dialog);

        const QString ana = staffId(QStringLiteral("Ana Lopez"));
        auto stored = crewService().timeOff(
            context()->actor(), m_app->clock.nowUtc(), m_app->clock.nowUtc().addDays(60));
        QVERIFY(stored);
        std::vector<TimeOff> anas;
        for (const TimeOff &off : stored.value())
            if (off.staffId == ana)
                anas.push_back(off);
        QCOMPARE(anas.size(), size_t(1));
        // Typed in the location's zone (New York), stored in UTC.
        QCOMPARE(anas[0].startUtc, QDateTime(day, QTime(9, 0), zone).toUTC());
        QCOMPARE(anas[0].endUtc, QDateTime(day, QTime(17, 30), zone).toUTC());
        QCOMPARE(anas[0].reason, QStringLiteral("Training"));
        QCOMPARE(section->timeOffTable()->rowCount(), 1);
        QCOMPARE(section->timeOffTable()->item(0, 2)->text(), QStringLiteral("Training"));

        section->timeOffTable()->selectRow(0);
        QVERIFY(section->removeTimeOff());
        QCOMPARE(section->timeOffTable()->rowCount(), 0);
        stored = crewService().timeOff(
            context()->actor(), m_app->clock.nowUtc(), m_app->clock.nowUtc().addDays(60));
        for (const TimeOff &off : stored.value())
            QVERIFY(off.staffId != ana);
    }

    void crewCreatedWithMembersAndColourAndDuplicateRefused()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Team));
        ui::TeamSection *section = team();
        const int before = section->crewList()->count();
        const QString zoe = staffId(QStringLiteral("Zoe Park"));
        const QString omar = staffId(QStringLiteral("Omar Farouk"));

        section->addCrew();
        QPointer<ui::CrewDialog> dialog = section->openCrewDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Blue and green are taken by the demo crews: the next free colour is offered.
        QCOMPARE(dialog->crew().color, QStringLiteral("#ea580c"));
        dialog->setName(QStringLiteral("Crew C"));
        QVERIFY(dialog->setColor(QStringLiteral("#9333ea")));
        dialog->setMembers({zoe, omar});
        dialog->accept();
        QTRY_VERIFY(!dialog);

        const auto crew = storedCrew(QStringLiteral("Crew C"));
        QVERIFY(crew);
        QCOMPARE(crew->color, QStringLiteral("#9333ea"));
        QStringList members = crew->memberStaffIds;
        members.sort();
        QStringList expected {zoe, omar};
        expected.sort();
        QCOMPARE(members, expected);
        QCOMPARE(section->crewList()->count(), before + 1);
        QVERIFY(section->selectCrew(QStringLiteral("Crew C")));
        QVERIFY(section->crewList()->currentItem()->text().contains(QStringLiteral("Zoe Park")));

        // The same name as Crew A (case aside): refused inline, nothing stored.
        section->addCrew();
        dialog = section->openCrewDialog();
        dialog->setName(QStringLiteral("crew a"));
        dialog->setMembers({zoe});
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QStringLiteral("already a crew")), qPrintable(dialog->problem()));
        dialog->reject();
        QCOMPARE(crewService().crews(context()->actor())->size(), size_t(before + 1));

        // Edit: drop a member; then remove the crew.
        QVERIFY(section->selectCrew(QStringLiteral("Crew C")));
        section->editCrew();
        dialog = section->openCrewDialog();
        QCOMPARE(dialog->crew().memberStaffIds.size(), 2);
        dialog->setMembers({omar});
        dialog->accept();
        QTRY_VERIFY(!dialog);
        QCOMPARE(storedCrew(QStringLiteral("Crew C"))->memberStaffIds, QStringList {omar});
        QVERIFY(section->selectCrew(QStringLiteral("Crew C")));
        ui::Prompter::instance().queueButton(QMessageBox::Yes);
        QVERIFY(section->removeCrew());
        QVERIFY(!storedCrew(QStringLiteral("Crew C")));
        QCOMPARE(section->crewList()->count(), before);
    }

    void frontDeskAndTechniciansDontGetTheSections()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Priya Natarajan"), QStringLiteral("3456")));
        m_app->window()->goTo(ui::PageId::Settings);
        QVERIFY(settings()->hasSection(Section::Location));
        QVERIFY(!settings()->hasSection(Section::Services));
        QVERIFY(!settings()->hasSection(Section::Team));
        QVERIFY(!settings()->showSection(Section::Services));
        QVERIFY(!m_app->window()->findChild<ui::ServicesSection *>());
        QVERIFY(!m_app->window()->findChild<ui::TeamSection *>());
        // And core refuses anyway.
        ServiceItem item;
        item.name = QStringLiteral("Sneaky");
        item.currency = QStringLiteral("USD");
        QCOMPARE(catalog().save(context()->actor(), item).code(), ErrorCode::PermissionDenied);
        Crew crew;
        crew.name = QStringLiteral("Sneaky crew");
        QCOMPARE(crewService().saveCrew(context()->actor(), crew).code(), ErrorCode::PermissionDenied);

        context()->session().signOut();
        QVERIFY(m_app->signIn(QStringLiteral("Luis Ortega"), QStringLiteral("4567")));
        m_app->window()->goTo(ui::PageId::Settings);
        QVERIFY(!settings()->hasSection(Section::Services));
        QVERIFY(!settings()->hasSection(Section::Team));

        // The owner has both.
        context()->session().signOut();
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        QVERIFY(settings()->hasSection(Section::Services));
        QVERIFY(settings()->hasSection(Section::Team));
    }

    void screenshots()
    {
        signInManager();
        QVERIFY(settings()->showSection(Section::Services));
        QVERIFY(services()->selectByName(QStringLiteral("Deep clean")));
        QVERIFY(saveShot(m_app->window(), QStringLiteral("services")));
        services()->editService();
        QVERIFY(saveShot(services()->openDialog(), QStringLiteral("service-dialog-head-office")));
        services()->openDialog()->reject();
        services()->addService();
        QPointer<ui::ServiceDialog> add = services()->openDialog();
        add->findChild<QSpinBox *>(QStringLiteral("serviceDuration"))->setValue(0);
        add->accept();
        QVERIFY(saveShot(add, QStringLiteral("service-dialog-problem")));
        add->reject();

        QVERIFY(settings()->showSection(Section::Team));
        QVERIFY(team()->selectTechnician(QStringLiteral("Zoe Park")));
        QVERIFY(saveShot(m_app->window(), QStringLiteral("team")));
        QVERIFY(saveShot(team(), QStringLiteral("team-section")));
        team()->tabs()->setCurrentIndex(1);
        QVERIFY(saveShot(team(), QStringLiteral("team-skills")));
        QVERIFY(team()->selectTechnician(QStringLiteral("Omar Farouk")));
        team()->tabs()->setCurrentIndex(2);
        QVERIFY(saveShot(team(), QStringLiteral("team-time-off")));
        QVERIFY(team()->selectCrew(QStringLiteral("Crew A")));
        team()->editCrew();
        QVERIFY(saveShot(team()->openCrewDialog(), QStringLiteral("crew-dialog")));
        team()->openCrewDialog()->reject();
        team()->addTimeOff();
        QVERIFY(saveShot(team()->openTimeOffDialog(), QStringLiteral("time-off-dialog")));
        team()->openTimeOffDialog()->reject();

        // Right to left.
        qApp->setLayoutDirection(Qt::RightToLeft);
        team()->tabs()->setCurrentIndex(0);
        QVERIFY(saveShot(m_app->window(), QStringLiteral("team-rtl")));
        QVERIFY(settings()->showSection(Section::Services));
        QVERIFY(saveShot(m_app->window(), QStringLiteral("services-rtl")));
    }
};

QTEST_MAIN(TestTeamSettings)
#include "test_team_settings.moc"
