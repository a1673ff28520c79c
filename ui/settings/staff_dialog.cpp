#include "ui/settings/staff_dialog.h"

#include "ui/common/widgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace spoke::ui {

StaffDialog::StaffDialog(
    Mode mode, const QList<Role> &roles, const StaffDraft &initial, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_apply(std::move(apply))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("StaffDialog"));
    setMinimumWidth(460);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Add a staff member"));
        break;
    case Mode::ChangeRole:
        setWindowTitle(tr("Change the role of %1").arg(initial.name));
        break;
    case Mode::ResetSecret:
        setWindowTitle(tr("New PIN or password for %1").arg(initial.name));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    if (mode == Mode::Create) {
        m_name = new QLineEdit(initial.name, this);
        m_name->setObjectName(QStringLiteral("staffName"));
        form->addRow(tr("Name:"), m_name);
    }
    if (mode != Mode::ResetSecret) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("staffRole"));
        for (Role role : roles)
            m_role->addItem(roleDisplayName(role), int(role));
        m_role->setCurrentIndex(qMax(0, m_role->findData(int(initial.role))));
        form->addRow(tr("Role:"), m_role);
    }
    if (mode != Mode::ChangeRole) {
        auto *kinds = new QHBoxLayout;
        auto *group = new QButtonGroup(this);
        m_pin = new QRadioButton(tr("PIN"), this);
        m_password = new QRadioButton(tr("Password"), this);
        m_pin->setObjectName(QStringLiteral("staffUsePin"));
        m_password->setObjectName(QStringLiteral("staffUsePassword"));
        group->addButton(m_pin);
        group->addButton(m_password);
        (initial.kind == SecretKind::Pin ? m_pin : m_password)->setChecked(true);
        kinds->addWidget(m_pin);
        kinds->addWidget(m_password);
        kinds->addStretch(1);
        form->addRow(tr("Signs in with:"), kinds);
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("staffSecret"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("staffSecretConfirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("PIN or password:"), m_secret);
        form->addRow(tr("Repeat it:"), m_confirm);
    }
    layout->addLayout(form);
    layout->addWidget(m_banner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setProperty("variant", QStringLiteral("primary"));
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Create ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

StaffDraft StaffDialog::draft() const
{
    StaffDraft d;
    if (m_name)
        d.name = m_name->text().trimmed();
    if (m_role)
        d.role = Role(m_role->currentData().toInt());
    if (m_pin)
        d.kind = m_pin->isChecked() ? SecretKind::Pin : SecretKind::Password;
    if (m_secret)
        d.secret = m_secret->text();
    return d;
}

void StaffDialog::setDraft(const StaffDraft &d, const QString &confirmation)
{
    if (m_name)
        m_name->setText(d.name);
    if (m_role)
        m_role->setCurrentIndex(qMax(0, m_role->findData(int(d.role))));
    if (m_pin)
        (d.kind == SecretKind::Pin ? m_pin : m_password)->setChecked(true);
    if (m_secret)
        m_secret->setText(d.secret);
    if (m_confirm)
        m_confirm->setText(confirmation);
}

QString StaffDialog::problem() const
{
    return m_banner->text();
}

void StaffDialog::accept()
{
    if (m_confirm && m_confirm->text() != m_secret->text()) {
        m_banner->show(
            Banner::Kind::Error, tr("The two entries differ. Type the same PIN or password twice."));
        return;
    }
    const Status s = m_apply(draft());
    if (!s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace spoke::ui
