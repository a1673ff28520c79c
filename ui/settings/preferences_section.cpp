#include "ui/settings/preferences_section.h"

#include "ui/common/app_settings.h"
#include "ui/common/widgets.h"
#include "ui/i18n/language.h"
#include "ui/shell/location_context.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace spoke::ui {

PreferencesSection::PreferencesSection(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_language(new QComboBox(this))
    , m_idle(new QSpinBox(this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("PreferencesSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Preferences"), "sectionTitle", this));

    QVBoxLayout *box = nullptr;
    auto *languageCard = makeCard(this, &box);
    languageCard->setMaximumWidth(720);
    box->addWidget(makeLabel(tr("Language"), "cardTitle", languageCard));
    box->addWidget(makeLabel(tr("The language of Spoke on this PC. It changes at once; Arabic is shown "
                                "right to left."),
        "hint", languageCard));
    m_language->setObjectName(QStringLiteral("language"));
    const QString current = app_settings::language();
    for (const LanguageChoice &choice : languageChoices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    m_language->setMaximumWidth(280);
    box->addWidget(m_language);
    layout->addWidget(languageCard);

    auto *idleCard = makeCard(this, &box);
    idleCard->setMaximumWidth(720);
    const bool editable = context.can(Permission::ChangeSettings);
    box->addWidget(makeLabel(tr("Idle lock"), "cardTitle", idleCard));
    box->addWidget(
        makeLabel(tr("Lock the screen when nobody has touched the keyboard or mouse for this long. "
                     "0 turns the idle lock off. Applies to everyone at this location."),
            "hint", idleCard));
    auto *row = new QHBoxLayout;
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(context.idleMinutes());
    m_idle->setEnabled(editable);
    row->addWidget(m_idle);
    auto *save = makeButton(tr("Save"), "primary", idleCard);
    save->setObjectName(QStringLiteral("saveIdle"));
    save->setVisible(editable);
    row->addWidget(save);
    row->addStretch(1);
    box->addLayout(row);
    layout->addWidget(idleCard);
    layout->addWidget(m_banner);
    layout->addStretch(1);

    connect(save, &QPushButton::clicked, this, &PreferencesSection::saveIdleMinutes);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        app_settings::setLanguage(code);
        // The windows rebuild on LanguageChange, and this widget with them: apply after the
        // combo box's signal has returned.
        QTimer::singleShot(0, QCoreApplication::instance(), [code] { applyLanguage(code); });
    });
}

bool PreferencesSection::saveIdleMinutes()
{
    const Status s = m_context.setIdleMinutes(m_idle->value());
    if (!s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return false;
    }
    m_banner->show(Banner::Kind::Success,
        m_idle->value() == 0 ? tr("Idle lock is off.") : tr("Idle lock set to %1 min.").arg(m_idle->value()));
    return true;
}

} // namespace spoke::ui
