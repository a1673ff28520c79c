#include "ui/common/passphrase_dialog.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

PassphraseDialog::PassphraseDialog(
    Mode mode, const QString &title, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_first(new QLineEdit(this))
    , m_problem(makeLabel(QString(), "error", this))
    , m_ok(nullptr)
{
    setWindowTitle(title);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(iconPixmap(QStringLiteral("key"), 32, theme::brand()));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = makeLabel(explanation, "", this);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("Passphrase:"), m_first);
    if (mode == Mode::New) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setObjectName(QStringLiteral("confirmation"));
        form->addRow(tr("Repeat it:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::revalidate);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setProperty("variant", QStringLiteral("primary"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::revalidate);
    revalidate();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::revalidate()
{
    QString problem;
    if (m_mode == Mode::New) {
        if (m_first->text().size() < kMinimumLength)
            problem = tr("Use at least %1 characters.").arg(kMinimumLength);
        else if (m_second->text() != m_first->text())
            problem = tr("The two passphrases differ.");
    } else if (m_first->text().isEmpty()) {
        problem = QStringLiteral(" ");
    }
    m_problem->setText(problem.trimmed());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace spoke::ui
