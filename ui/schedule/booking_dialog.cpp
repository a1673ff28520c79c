#include "ui/schedule/booking_dialog.h"

#include "ui/schedule/schedule_context.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

enum Repeat { Once, Weekly, EveryTwoWeeks, EveryFourWeeks, MonthlyDate, MonthlyWeekday };

QString money(qint64 minor, const QString &currency)
{
    const QLocale locale;
    // The locale's own currency gets its symbol ("$290.00"); any other shows its code.
    if (!currency.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(double(minor) / 100.0, locale.currencySymbol(QLocale::CurrencySymbol));
    return QStringLiteral("%1 %2").arg(locale.toString(double(minor) / 100.0, 'f', 2), currency);
}

} // namespace

BookingDialog::BookingDialog(ScheduleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_newForm(new QGroupBox(tr("Or a new customer"), this))
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_street(new QLineEdit(this))
    , m_services(new QListWidget(this))
    , m_notes(new QLineEdit(this))
    , m_repeat(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_slots(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_request(new QPushButton(tr("Save as a request (no time yet)"), this))
    , m_searchDelay(new QTimer(this))
    , m_slotDelay(new QTimer(this))
{
    setWindowTitle(tr("Book a job"));
    setObjectName(QStringLiteral("BookingDialog"));
    resize(860, 620);
    auto *columns = new QHBoxLayout(this);

    // Left: who and what.
    auto *left = new QVBoxLayout;
    auto *customerLabel = new QLabel(tr("&Customer"), this);
    customerLabel->setBuddy(m_search);
    left->addWidget(customerLabel);
    m_search->setPlaceholderText(tr("Name, phone, email or street"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);
    m_results->setMaximumHeight(120);
    m_results->setAccessibleName(tr("Matching customers"));
    left->addWidget(m_results);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("Hint"));
    left->addWidget(m_summary);
    auto *addressForm = new QFormLayout;
    addressForm->addRow(tr("&Address"), m_address);
    left->addLayout(addressForm);
    auto *newForm = new QFormLayout(m_newForm);
    newForm->addRow(tr("&Given name"), m_given);
    newForm->addRow(tr("Fa&mily name"), m_family);
    newForm->addRow(tr("&Phone"), m_phone);
    newForm->addRow(tr("S&treet"), m_street);
    left->addWidget(m_newForm);
    auto *servicesLabel = new QLabel(tr("&Services"), this);
    servicesLabel->setBuddy(m_services);
    left->addWidget(servicesLabel);
    left->addWidget(m_services, 1);
    auto *more = new QFormLayout;
    more->addRow(tr("&Notes for the crew"), m_notes);
    m_repeat->addItem(tr("Doesn't repeat"), Once);
    m_repeat->addItem(tr("Every week"), Weekly);
    m_repeat->addItem(tr("Every 2 weeks"), EveryTwoWeeks);
    m_repeat->addItem(tr("Every 4 weeks"), EveryFourWeeks);
    m_repeat->addItem(tr("Monthly on the same date"), MonthlyDate);
    m_repeat->addItem(tr("Monthly on the same weekday"), MonthlyWeekday);
    more->addRow(tr("&Repeat"), m_repeat);
    m_count->setRange(0, 200);
    m_count->setSpecialValueText(tr("Until cancelled"));
    m_count->setSuffix(tr(" visits"));
    more->addRow(tr("&Ends after"), m_count);
    left->addLayout(more);
    columns->addLayout(left, 1);

    // Right: when.
    auto *right = new QVBoxLayout;
    auto *slotsLabel = new QLabel(tr("Next free &slots (Enter books)"), this);
    slotsLabel->setBuddy(m_slots);
    right->addWidget(slotsLabel);
    m_slots->setObjectName(QStringLiteral("SlotList"));
    m_slots->setAccessibleName(tr("Suggested slots"));
    right->addWidget(m_slots, 1);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("ErrorText"));
    right->addWidget(m_error);
    right->addWidget(m_request);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    columns->addLayout(right, 1);

    auto services = m_context.catalog().services(m_context.actor());
    if (services) {
        for (const ServiceItem &s : services.value()) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2 min, %3").arg(s.name).arg(s.durationMinutes).arg(money(s.priceMinor, s.currency)),
                m_services);
            item->setData(Qt::UserRole, s.id);
            item->setData(Qt::UserRole + 1, s.durationMinutes);
            item->setData(Qt::UserRole + 2, s.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    m_slotDelay->setSingleShot(true);
    m_slotDelay->setInterval(80);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &BookingDialog::runSearch);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            chooseCustomer(item->data(Qt::UserRole).toString());
    });
    connect(m_address, &QComboBox::currentIndexChanged, this, [this](int) {
        m_addressId = m_address->currentData().toString();
        m_preferredCrew = m_address->currentData(Qt::UserRole + 1).toString();
        m_slotDelay->start();
    });
    connect(m_services, &QListWidget::itemChanged, m_slotDelay, qOverload<>(&QTimer::start));
    connect(m_slotDelay, &QTimer::timeout, this, &BookingDialog::refreshSlots);
    connect(m_slots, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { bookSlot(m_slots->row(item)); });
    connect(m_request, &QPushButton::clicked, this, &BookingDialog::bookRequest);
    m_search->setFocus();
}

void BookingDialog::runSearch()
{
    m_results->clear();
    const QString q = m_search->text().trimmed();
    if (q.isEmpty())
        return;
    auto found = m_context.search().search(m_context.actor(), q, 8);
    if (!found)
        return;
    for (const CustomerSummary &s : found.value()) {
        auto *item = new QListWidgetItem(
            s.address.isEmpty() ? s.displayName : QStringLiteral("%1 — %2").arg(s.displayName, s.address),
            m_results);
        item->setData(Qt::UserRole, s.id);
    }
}

void BookingDialog::findCustomer(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void BookingDialog::setCustomer(const QString &customerId)
{
    chooseCustomer(customerId);
}

void BookingDialog::chooseCustomer(const QString &id)
{
    auto c = m_context.customers().get(m_context.actor(), id);
    if (!c) {
        m_error->setText(c.error().message);
        return;
    }
    m_customerId = id;
    m_newForm->setEnabled(false);
    m_address->blockSignals(true);
    m_address->clear();
    for (const CustomerAddress &a : c->addresses)
        if (a.kind == AddressKind::Service) {
            m_address->addItem(a.oneLine(), a.id);
            m_address->setItemData(m_address->count() - 1, a.preferredCrew, Qt::UserRole + 1);
        }
    m_address->blockSignals(false);
    m_addressId = m_address->currentData().toString();
    m_preferredCrew = m_address->currentData(Qt::UserRole + 1).toString();
    QStringList lines {c->displayName()};
    if (c->doNotService)
        lines << tr("Do not service: %1").arg(c->doNotServiceReason);
    if (!m_preferredCrew.isEmpty())
        lines << tr("Asks for: %1").arg(m_preferredCrew);
    for (const CustomerPreference &p : c->preferences)
        lines << QStringLiteral("%1 %2: %3").arg(preferenceKindLabel(p.kind), p.area, p.text);
    m_summary->setText(lines.join(u'\n'));
    m_slotDelay->start();
}

bool BookingDialog::selectService(const QString &name, bool selected)
{
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        if (item->data(Qt::UserRole + 2).toString() == name) {
            item->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

Job BookingDialog::draft() const
{
    Job job;
    job.customerId = m_customerId;
    job.addressId = m_addressId;
    job.crewNotes = m_notes->text().trimmed();
    for (int i = 0; i < m_services->count(); ++i) {
        const QListWidgetItem *item = m_services->item(i);
        if (item->checkState() == Qt::Checked)
            job.lines.push_back({{}, item->data(Qt::UserRole).toString(), {}, 1, 0, {}, false, 0});
    }
    return job;
}

void BookingDialog::refreshSlots()
{
    m_slots->clear();
    m_suggestions.clear();
    const Job job = draft();
    int minutes = 0;
    SlotRequest request;
    for (int i = 0; i < m_services->count(); ++i) {
        const QListWidgetItem *item = m_services->item(i);
        if (item->checkState() == Qt::Checked) {
            minutes += item->data(Qt::UserRole + 1).toInt();
            request.serviceIds << item->data(Qt::UserRole).toString();
        }
    }
    if (minutes == 0) {
        auto *hint = new QListWidgetItem(tr("Pick the services to see free slots."), m_slots);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    request.durationMinutes = minutes;
    request.preferredCrew = m_preferredCrew;
    request.fromUtc = m_context.nowUtc().addSecs(30 * 60);
    request.toUtc = request.fromUtc.addDays(14);
    request.maxSuggestions = 10;
    auto found = m_context.jobs().suggest(m_context.actor(), request);
    if (!found) {
        m_error->setText(found.error().message);
        return;
    }
    m_suggestions = std::move(found).value();
    const QLocale locale;
    for (const SlotSuggestion &s : m_suggestions) {
        const QDateTime start = s.startUtc.toTimeZone(m_context.zone());
        const QDateTime end = s.endUtc.toTimeZone(m_context.zone());
        QString text = tr("%1, %2–%3 · %4")
                           .arg(locale.toString(start.date(), QLocale::ShortFormat),
                               shortTimeText(start.time()), shortTimeText(end.time()), s.laneTitle);
        if (s.preferred)
            text += tr(" ★ asked for");
        new QListWidgetItem(text, m_slots);
    }
    if (m_suggestions.empty()) {
        auto *none = new QListWidgetItem(
            tr("No free slot in the next two weeks fits. Save it as a request."), m_slots);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_slots->setCurrentRow(0);
    }
}

bool BookingDialog::ensureCustomer()
{
    if (!m_customerId.isEmpty())
        return true;
    Customer c;
    c.givenName = m_given->text().trimmed();
    c.familyName = m_family->text().trimmed();
    if (!m_phone->text().trimmed().isEmpty())
        c.phones.push_back({{}, QStringLiteral("mobile"), m_phone->text().trimmed(), {}, true});
    if (!m_street->text().trimmed().isEmpty()) {
        CustomerAddress a;
        a.street = m_street->text().trimmed();
        c.addresses.push_back(a);
    }
    if (c.givenName.isEmpty() && c.familyName.isEmpty()) {
        m_error->setText(tr("Choose a customer, or type a new customer's name."));
        return false;
    }
    auto id = m_context.customers().create(m_context.actor(), c);
    if (!id) {
        m_error->setText(id.error().message);
        return false;
    }
    chooseCustomer(id.value());
    return true;
}

bool BookingDialog::submit(Job job)
{
    const Actor actor = m_context.actor();
    const int repeat = m_repeat->currentData().toInt();
    auto run = [&](const QString &reason) -> Result<QString> {
        if (repeat == Once || !job.startUtc.isValid())
            return m_context.jobs().book(actor, job, reason);
        RecurrenceRule rule;
        const QDate day = job.startUtc.toTimeZone(m_context.zone()).date();
        if (repeat == MonthlyDate || repeat == MonthlyWeekday) {
            rule.frequency = RecurrenceRule::Frequency::Monthly;
            if (repeat == MonthlyDate) {
                rule.monthlyBy = RecurrenceRule::MonthlyBy::MonthDay;
                rule.monthDay = day.day();
            } else {
                rule.monthlyBy = RecurrenceRule::MonthlyBy::NthWeekday;
                rule.weekday = Qt::DayOfWeek(day.dayOfWeek());
                const int nth = (day.day() - 1) / 7 + 1;
                rule.weekdayOrdinal = day.addDays(7).month() != day.month() ? -1 : nth;
            }
        } else {
            rule.frequency = RecurrenceRule::Frequency::Weekly;
            rule.interval = repeat == Weekly ? 1 : (repeat == EveryTwoWeeks ? 2 : 4);
            rule.weekdays = {Qt::DayOfWeek(day.dayOfWeek())};
        }
        rule.count = m_count->value();
        return m_context.jobs().bookRecurring(actor, job, rule, reason);
    };
    auto result = run(QString());
    if (result.code() == ErrorCode::Conflict) {
        if (m_context.can(Permission::OverrideSchedule)) {
            const auto reason = schedule_prompts::reason(this, tr("Book over a conflict"),
                tr("%1\n\nTo book anyway, say why (it is recorded):").arg(result.error().message));
            if (reason && !reason->trimmed().isEmpty())
                result = run(*reason);
        } else {
            m_error->setText(tr("%1\n\nA manager can book over a conflict.").arg(result.error().message));
            return false;
        }
    }
    if (!result) {
        m_error->setText(result.error().message);
        return false;
    }
    emit booked(result.value());
    accept();
    return true;
}

bool BookingDialog::bookSlot(int row)
{
    if (row < 0 || size_t(row) >= m_suggestions.size())
        return false;
    if (!ensureCustomer())
        return false;
    const SlotSuggestion s = m_suggestions[size_t(row)];
    Job job = draft();
    job.startUtc = s.startUtc;
    job.endUtc = s.endUtc;
    job.assignment = s.assignment;
    return submit(job);
}

bool BookingDialog::bookRequest()
{
    if (!ensureCustomer())
        return false;
    return submit(draft());
}

} // namespace spoke::ui
