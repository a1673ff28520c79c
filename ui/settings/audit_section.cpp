#include "ui/settings/audit_section.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/audit_model.h"
#include "ui/shell/location_context.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace spoke::ui {

AuditSection::AuditSection(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AuditModel(context.database(), QTimeZone(context.profile().timeZone.toLatin1()), this))
    , m_table(new QTableView(this))
    , m_result(new Banner(this))
{
    setObjectName(QStringLiteral("AuditSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Audit log"), "sectionTitle", this));
    layout->addWidget(makeLabel(tr("Every sign-in, staff change, settings change, key change and backup, "
                                   "newest first. Each entry is chained to the one before it by a hash, "
                                   "so an edited or deleted entry is detected."),
        "hint", this));
    auto *buttons = new QHBoxLayout;
    auto *verify = makeButton(tr("Verify chain"), "primary", this);
    verify->setObjectName(QStringLiteral("verifyChain"));
    verify->setIcon(icon(QStringLiteral("shield"), Qt::white));
    auto *refresh = makeButton(tr("Refresh"), "", this);
    refresh->setIcon(icon(QStringLiteral("refresh"), theme::text()));
    buttons->addWidget(verify);
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    auto *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditModel::Details, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(verify, &QPushButton::clicked, this, &AuditSection::verifyChain);
    connect(refresh, &QPushButton::clicked, this, [this] { m_model->reload(); });
}

void AuditSection::showEvent(QShowEvent *event)
{
    m_model->reload();
    QWidget::showEvent(event);
}

bool AuditSection::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditVerification v = AuditLog::verify(m_context.database());
    QApplication::restoreOverrideCursor();
    if (v.ok)
        m_result->show(Banner::Kind::Success,
            tr("The chain is intact: %1 entries checked, none changed, none missing.").arg(v.entriesChecked));
    else
        m_result->show(Banner::Kind::Error, tr("The audit log was tampered with: %1").arg(v.problem));
    m_model->reload();
    return v.ok;
}

QString AuditSection::verificationText() const
{
    return m_result->text();
}

} // namespace spoke::ui
