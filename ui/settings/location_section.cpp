#include "ui/settings/location_section.h"

#include "ui/common/profile_form.h"
#include "ui/common/widgets.h"
#include "ui/shell/location_context.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

LocationSection::LocationSection(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_form(new ProfileForm(this))
    , m_save(nullptr)
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("LocationSection"));
    const bool editable = context.can(Permission::ChangeSettings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Location profile"), "sectionTitle", this));
    layout->addWidget(makeLabel(editable ? tr("How this location appears on screens, invoices and at head "
                                              "office. Changes are recorded in the audit log.")
                                         : tr("Only an owner or a manager can change the location profile."),
        "hint", this));
    QVBoxLayout *box = nullptr;
    auto *card = makeCard(this, &box);
    card->setMaximumWidth(720);
    m_form->setProfile(context.profile());
    m_form->setReadOnly(!editable);
    box->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = makeButton(tr("Save changes"), "primary", card);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setVisible(editable);
    m_save->setEnabled(false);
    buttons->addWidget(m_save);
    box->addLayout(buttons);
    layout->addWidget(card);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &LocationSection::save);
    connect(m_form, &ProfileForm::edited, this, [this] { m_save->setEnabled(true); });
}

bool LocationSection::save()
{
    const Status s = m_context.location().updateProfile(m_context.actor(), m_form->profile());
    if (!s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return false;
    }
    m_context.reloadProfile();
    m_save->setEnabled(false);
    m_banner->show(Banner::Kind::Success, tr("Saved. The change is in the audit log."));
    return true;
}

QString LocationSection::message() const
{
    return m_banner->text();
}

} // namespace spoke::ui
