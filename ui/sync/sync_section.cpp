#include "ui/sync/sync_section.h"

#include "core/sync/sync_engine.h"
#include "ui/common/icons.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/sync/sync_format.h"
#include "ui/sync/sync_screen.h"

#include <QButtonGroup>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace spoke::ui {

SyncSection::SyncSection(sync::SyncEngine &engine, std::function<Actor()> actor, QWidget *parent)
    : QWidget(parent)
    , m_engine(&engine)
    , m_actor(std::move(actor))
    , m_stateIcon(new QLabel(this))
    , m_state(makeLabel(QString(), "cardTitle", this))
    , m_details(makeLabel(QString(), "hint", this))
    , m_syncNow(makeButton(tr("Sync now"), "primary", this))
    , m_unenroll(makeButton(tr("Un-enroll…"), "danger", this))
    , m_enrollTitle(makeLabel(QString(), "cardTitle", this))
    , m_hub(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_device(new QLineEdit(this))
    , m_useSystem(new QRadioButton(tr("The system's certificate authorities"), this))
    , m_useHubCa(new QRadioButton(tr("Head office's CA certificate (a .pem file):"), this))
    , m_caFile(new QLineEdit(this))
    , m_browse(makeButton(tr("Choose…"), "", this))
    , m_pin(new QLineEdit(this))
    , m_enroll(makeButton(tr("Enroll"), "primary", this))
    , m_message(new Banner(this))
{
    setObjectName(QStringLiteral("SyncSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Sync with head office"), "sectionTitle", this));
    layout->addWidget(makeLabel(tr("Customers, jobs and sales go up to head office's Spoke Hub; central "
                                   "bookings, the service catalog and managed settings come down. Spoke "
                                   "keeps working without a network and catches up when it is back."),
        "hint", this));

    // Where sync stands.
    QVBoxLayout *statusBox = nullptr;
    auto *status = makeCard(this, &statusBox);
    status->setMaximumWidth(760);
    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    head->addWidget(m_stateIcon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_state->setObjectName(QStringLiteral("syncState"));
    texts->addWidget(m_state);
    m_details->setObjectName(QStringLiteral("syncDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_details);
    head->addLayout(texts, 1);
    statusBox->addLayout(head);
    auto *actions = new QHBoxLayout;
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setIcon(icon(QStringLiteral("refresh"), theme::card()));
    m_syncNow->setToolTip(tr("Sync now (F9)"));
    auto *history = makeButton(tr("History and conflict log…"), "", this);
    history->setObjectName(QStringLiteral("syncHistory"));
    m_unenroll->setObjectName(QStringLiteral("unenroll"));
    actions->addWidget(m_syncNow);
    actions->addWidget(history);
    actions->addStretch(1);
    actions->addWidget(m_unenroll);
    statusBox->addLayout(actions);
    layout->addWidget(status);

    // Enrollment.
    QVBoxLayout *enrollBox = nullptr;
    auto *card = makeCard(this, &enrollBox);
    card->setMaximumWidth(760);
    enrollBox->addWidget(m_enrollTitle);
    enrollBox->addWidget(
        makeLabel(tr("Head office gives you the hub's address, a one-time enrollment code and, "
                     "for a private hub, its CA certificate. The access token the hub "
                     "returns is kept in the system keychain."),
            "hint", card));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hub->setObjectName(QStringLiteral("hubUrl"));
    m_hub->setPlaceholderText(QStringLiteral("https://hub.example.com"));
    m_code->setObjectName(QStringLiteral("enrollmentCode"));
    m_code->setPlaceholderText(QStringLiteral("7K3M-Q9XD-2HBN-W4RT"));
    m_device->setObjectName(QStringLiteral("deviceName"));
    m_device->setText(QSysInfo::machineHostName().isEmpty() ? tr("Front desk") : QSysInfo::machineHostName());
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("hub-ca.pem"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setPlaceholderText(tr("optional: base64 SHA-256 of the hub's public key"));
    form->addRow(tr("Hub address:"), m_hub);
    form->addRow(tr("Enrollment code:"), m_code);
    form->addRow(tr("This PC's name:"), m_device);
    auto *trust = new QVBoxLayout;
    auto *group = new QButtonGroup(this);
    group->addButton(m_useSystem);
    group->addButton(m_useHubCa);
    m_useHubCa->setObjectName(QStringLiteral("useHubCa"));
    m_useHubCa->setChecked(true);
    trust->addWidget(m_useSystem);
    trust->addWidget(m_useHubCa);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_caFile, 1);
    m_browse->setObjectName(QStringLiteral("chooseCa"));
    fileRow->addWidget(m_browse);
    trust->addLayout(fileRow);
    form->addRow(tr("Trust:"), trust);
    form->addRow(tr("Pinned key:"), m_pin);
    enrollBox->addLayout(form);
    auto *enrollRow = new QHBoxLayout;
    m_enroll->setObjectName(QStringLiteral("enroll"));
    enrollRow->addStretch(1);
    enrollRow->addWidget(m_enroll);
    enrollBox->addLayout(enrollRow);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->hide();
    enrollBox->addWidget(m_message);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->syncNow();
    });
    connect(history, &QPushButton::clicked, this, &SyncSection::historyRequested);
    connect(this, &SyncSection::historyRequested, this, [this] {
        if (!m_engine)
            return;
        auto *screen = new SyncScreen(*m_engine, m_actor, window());
        screen->setAttribute(Qt::WA_DeleteOnClose);
        screen->open();
    });
    connect(m_unenroll, &QPushButton::clicked, this, &SyncSection::unenroll);
    connect(m_enroll, &QPushButton::clicked, this, &SyncSection::enroll);
    connect(m_browse, &QPushButton::clicked, this, &SyncSection::chooseCa);
    connect(m_code, &QLineEdit::returnPressed, this, &SyncSection::enroll);
    connect(m_useHubCa, &QRadioButton::toggled, this, [this](bool on) {
        m_caFile->setEnabled(on);
        m_browse->setEnabled(on);
    });
    connect(&engine, &sync::SyncEngine::statusChanged, this, &SyncSection::refresh);
    connect(&engine, &sync::SyncEngine::enrollFinished, this, [this](bool ok, const QString &message) {
        m_message->show(ok ? Banner::Kind::Success : Banner::Kind::Error, message);
        if (ok)
            m_code->clear();
        refresh();
    });
    refresh();
}

QString SyncSection::statusText() const
{
    return m_state->text();
}

void SyncSection::refresh()
{
    if (!m_engine)
        return;
    const QDateTime now = m_engine ? m_engine->now() : QDateTime::currentDateTimeUtc();
    const sync::SyncStatus st = m_engine->status();
    const bool enrolled = st.state != sync::SyncState::NotEnrolled;
    m_stateIcon->setPixmap(iconPixmap(sync_format::iconName(st.state), 28, sync_format::color(st.state)));
    m_state->setText(sync_format::summary(st, now));
    m_details->setText(sync_format::details(st, now));
    m_syncNow->setEnabled(enrolled && st.state != sync::SyncState::NeedsReenrollment);
    m_unenroll->setVisible(enrolled);
    m_enrollTitle->setText(enrolled
            ? tr("Enroll again (a replacement PC, or after head office removed this one)")
            : tr("Enroll this PC"));
    if (enrolled && m_hub->text().isEmpty())
        m_hub->setText(st.hubUrl);
    const bool busy = m_engine->isEnrolling();
    m_enroll->setEnabled(!busy);
    m_enroll->setText(busy ? tr("Enrolling…") : tr("Enroll"));
}

void SyncSection::chooseCa()
{
    const QString path = Prompter::instance().openFileName(this, tr("Head office's CA certificate"),
        m_caFile->text(), tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty()) {
        m_caFile->setText(path);
        m_useHubCa->setChecked(true);
    }
}

void SyncSection::enroll()
{
    if (!m_engine || m_engine->isEnrolling())
        return;
    sync::EnrollmentRequest req;
    req.hubUrl = m_hub->text().trimmed();
    req.code = m_code->text();
    req.deviceName = m_device->text().trimmed();
    req.trust.pinSha256 = m_pin->text().trimmed();
    if (m_useHubCa->isChecked()) {
        QFile f(m_caFile->text().trimmed());
        if (m_caFile->text().trimmed().isEmpty() || !f.open(QIODevice::ReadOnly)) {
            m_message->show(Banner::Kind::Error,
                tr("Choose head office's CA certificate file, or trust the system's certificate "
                   "authorities."));
            return;
        }
        req.trust.caPem = f.read(1024 * 1024);
    }
    if (const QString problem = sync::SyncEngine::checkEnrollment(req); !problem.isEmpty()) {
        m_message->show(Banner::Kind::Error, problem);
        return;
    }
    m_message->show(Banner::Kind::Info, tr("Contacting the hub…"));
    m_engine->enroll(m_actor(), req);
    refresh();
}

void SyncSection::unenroll()
{
    if (!m_engine)
        return;
    if (Prompter::instance().ask(this, tr("Un-enroll this PC?"),
            tr("Spoke stops syncing with %1 and forgets its access token. Changes made meanwhile wait here "
               "and "
               "go up if this PC is enrolled again. Head office still lists this PC until it removes it.")
                .arg(m_engine->status().hubUrl))
        != QMessageBox::Yes)
        return;
    if (Status s = m_engine->unenroll(m_actor()); !s)
        m_message->show(Banner::Kind::Error, s.error().message);
    else
        m_message->show(Banner::Kind::Info, tr("This PC no longer syncs with head office."));
    refresh();
}

} // namespace spoke::ui
