#include "ui/shell/today_page.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/shell/location_context.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

QFrame *metricCard(
    QWidget *parent, const QString &iconName, const QString &title, const QString &value, const QString &hint)
{
    QVBoxLayout *box = nullptr;
    auto *card = makeCard(parent, &box);
    auto *top = new QHBoxLayout;
    auto *art = new QLabel(card);
    art->setPixmap(iconPixmap(iconName, 22, theme::brand()));
    top->addWidget(art);
    top->addWidget(makeLabel(title, "cardTitle", card), 1);
    box->addLayout(top);
    box->addWidget(makeLabel(value, "metric", card));
    box->addWidget(makeLabel(hint, "hint", card));
    return card;
}

QString greeting(int hour, const QString &name)
{
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    if (hour < 12)
        return TodayPage::tr("Good morning, %1").arg(first);
    if (hour < 18)
        return TodayPage::tr("Good afternoon, %1").arg(first);
    return TodayPage::tr("Good evening, %1").arg(first);
}

} // namespace

TodayPage::TodayPage(LocationContext &context, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("page-today"));
    const LocationProfile &profile = context.profile();
    const QDateTime local = context.clock().nowUtc().toTimeZone(QTimeZone(profile.timeZone.toLatin1()));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);
    outer->setSpacing(18);
    outer->addWidget(makeLabel(greeting(local.time().hour(), context.actor().name), "pageTitle", this));
    outer->addWidget(
        makeLabel(tr("%1 at %2 (%3)")
                      .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                          QLocale().toString(local.time(),
                              QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"))),
                          profile.timeZone),
            "hint", this));

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(metricCard(this, QStringLiteral("jobs"), tr("Jobs today"), QStringLiteral("—"),
                        tr("The dispatch board arrives with the schedule.")),
        0, 0);
    grid->addWidget(metricCard(this, QStringLiteral("money"), tr("Payments today"), QStringLiteral("—"),
                        tr("Shown in %1 once invoicing is on.").arg(profile.currency)),
        0, 1);
    grid->addWidget(metricCard(this, QStringLiteral("customers"), tr("Active staff"),
                        QLocale().toString(qlonglong(context.staff().list().size())),
                        tr("Accounts that can sign in at this PC.")),
        0, 2);
    outer->addLayout(grid);

    QVBoxLayout *box = nullptr;
    auto *ready = makeCard(this, &box);
    box->addWidget(makeLabel(tr("Ready at this location"), "cardTitle", ready));
    const QStringList done {tr("Encrypted database for %1").arg(profile.businessName),
        context.idleMinutes() > 0
            ? tr("Staff sign-in with PIN or password; the screen locks after %1 min idle")
                  .arg(context.idleMinutes())
            : tr("Staff sign-in with PIN or password"),
        tr("Tamper-evident audit log of every sensitive action"),
        tr("Encrypted backups you can restore on a new PC")};
    for (const QString &line : done) {
        auto *row = new QHBoxLayout;
        auto *tick = new QLabel(ready);
        tick->setPixmap(iconPixmap(QStringLiteral("check"), 16, theme::success()));
        row->addWidget(tick, 0, Qt::AlignTop);
        row->addWidget(makeLabel(line, "", ready), 1);
        box->addLayout(row);
    }
    outer->addWidget(ready);
    outer->addStretch(1);
}

} // namespace spoke::ui
