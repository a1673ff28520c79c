#include "ui/i18n/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcLanguage, "spoke.ui.language")

namespace spoke::ui {

namespace {

// Qt reads the layout direction of a language from this translation ("RTL" in Arabic).
[[maybe_unused]] constexpr const char *kLayoutDirection[]
    = {QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")};

const QStringList kSupported {
    QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("fr"), QStringLiteral("ar")};

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &current()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QCoreApplication::translate("spoke::ui::Language", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

QString effectiveLanguage(const QString &setting)
{
    if (kSupported.contains(setting))
        return setting;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return kSupported.contains(system) ? system : QStringLiteral("en");
}

QString applyLanguage(const QString &setting)
{
    const QString code = effectiveLanguage(setting);
    for (auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    if (code != QLatin1String("en")) {
        auto spoke = std::make_unique<QTranslator>();
        if (spoke->load(QStringLiteral(":/i18n/spoke_%1.qm").arg(code)))
            installed().push_back(std::move(spoke));
        else
            qCWarning(lcLanguage) << "no Spoke translation for" << code;
        // Qt's own strings (standard buttons, file dialogs) come from qtbase_<code>.qm.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(
                QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installed().push_back(std::move(qt));
        for (auto &translator : installed())
            QCoreApplication::installTranslator(translator.get());
    }
    const QLocale locale = setting.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    current() = code;
    return code;
}

QString currentLanguage()
{
    return current();
}

} // namespace spoke::ui
