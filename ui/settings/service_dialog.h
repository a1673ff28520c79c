#pragma once

#include "core/schedule/schedule_types.h"
#include "core/util/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace spoke::ui {

class Banner;

/// Adds or edits one catalog service. Problems (CatalogService::problems) and core's
/// refusals show inline; the dialog closes only when core saved the item. Head-office items
/// are shown read-only except the switch that offers them at this location.
class ServiceDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const ServiceItem &)>;

    /// `item` with an empty id adds a service. `categories` fill the category suggestions.
    ServiceDialog(
        const ServiceItem &item, const QStringList &categories, Apply apply, QWidget *parent = nullptr);

    /// The item as the fields describe it; nullopt (with a message) when the price is not a number.
    std::optional<ServiceItem> item(QString *problem = nullptr) const;
    /// The message shown inline (problems or core's answer); empty when none.
    QString problem() const;
    bool isHeadOfficeItem() const { return m_original.owner == RecordOwner::HeadOffice; }

    void accept() override;

private:
    ServiceItem m_original;
    Apply m_apply;
    QLineEdit *m_name;
    QComboBox *m_category;
    QSpinBox *m_duration;
    QLineEdit *m_price;
    QComboBox *m_taxClass;
    QCheckBox *m_active;
    Banner *m_banner;
};

/// "Standard", "Reduced", "Exempt" (translated); other classes as stored.
QString taxClassLabel(const QString &taxClass);
/// "2 h", "1 h 30 min", "45 min" (translated).
QString durationText(int minutes);

} // namespace spoke::ui
