#include "ui/shell/about_dialog.h"

#include "core/sqlcipher/sqlcipher_driver.h"
#include "ui/common/icons.h"
#include "ui/common/widgets.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace spoke::ui {

AboutDialog::AboutDialog(const QString &dataFolder, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Spoke"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    auto *logo = new QLabel(this);
    logo->setPixmap(logoPixmap(64));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(makeLabel(tr("Spoke %1").arg(QStringLiteral(SPOKE_VERSION)), "pageTitle", this));
    texts->addWidget(makeLabel(tr("The CRM a home-service franchise location runs on: customers, "
                                  "scheduling, invoices and payments, in an encrypted database that "
                                  "works with no network."),
        "hint", this));
    top->addLayout(texts, 1);
    layout->addLayout(top);

    const QString qt
        = tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QString sqlcipher = spoke::sql::sqlcipherVersion();
    const QString system = QSysInfo::prettyProductName();
    const QString folder = QDir::toNativeSeparators(dataFolder);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    auto addRow = [&](const QString &label, const QString &value, const char *name) {
        auto *v = new QLabel(value, this);
        v->setObjectName(QLatin1String(name));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        form->addRow(makeLabel(label, "hint", this), v);
    };
    addRow(tr("Qt"), qt, "qtVersion");
    addRow(tr("Encryption"), sqlcipher, "sqlcipherVersion");
    addRow(tr("System"), system, "systemName");
    addRow(tr("Data folder"), folder, "dataFolder");
    layout->addLayout(form);
    m_details = QStringLiteral("Spoke %1\nQt: %2\nSQLCipher: %3\nSystem: %4\nData: %5")
                    .arg(QStringLiteral(SPOKE_VERSION), qt, sqlcipher, system, folder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace spoke::ui
