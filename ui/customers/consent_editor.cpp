#include "ui/customers/consent_editor.h"

#include "ui/customers/customer_style.h"
#include "ui/customers/field_flags.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace spoke::ui {

ConsentEditor::ConsentEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    int line = 0;
    for (ConsentChannel ch :
        {ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Phone, ConsentChannel::Mail}) {
        Row row;
        row.channel = ch;
        auto *name = customers::label(customers::consentChannelLabel(ch), "fieldName", this);
        name->setWordWrap(false);
        grid->addWidget(name, line, 0);
        row.state = new QComboBox(this);
        row.state->addItem(tr("Not asked"), int(NotAsked));
        row.state->addItem(tr("Yes, agrees"), int(Granted));
        row.state->addItem(tr("No, withdrawn"), int(Withdrawn));
        row.state->setObjectName(QStringLiteral("consentState_") + consentChannelKey(ch));
        grid->addWidget(row.state, line, 1);
        row.method = new QComboBox(this);
        row.method->setEditable(true);
        row.method->addItems({QString(), tr("web form"), tr("phone call"), tr("paper form"), tr("in person"),
            tr("email reply")});
        row.method->lineEdit()->setPlaceholderText(tr("How: web form, phone call…"));
        row.method->setObjectName(QStringLiteral("consentMethod_") + consentChannelKey(ch));
        row.method->setMinimumWidth(170);
        grid->addWidget(row.method, line, 2);
        row.last = customers::label(QString(), "caption", this);
        row.last->setTextFormat(Qt::PlainText);
        grid->addWidget(row.last, line, 3);
        row.error = customers::label(QString(), "fieldError", this);
        row.error->hide();
        grid->addWidget(row.error, line + 1, 1, 1, 3);
        line += 2;
        m_rows.push_back(row);
    }
    grid->setColumnStretch(3, 1);
}

QString ConsentEditor::fieldKey(ConsentChannel channel)
{
    return QStringLiteral("consents[%1]").arg(consentChannelKey(channel));
}

void ConsentEditor::setConsents(const std::vector<Consent> &consents)
{
    for (Row &row : m_rows) {
        row.original = NotAsked;
        row.last->clear();
        for (const Consent &k : consents) {
            if (k.channel != row.channel)
                continue;
            row.original = k.granted ? Granted : Withdrawn;
            row.method->setCurrentText(k.method);
            QString text = customers::formatWhen(k.at);
            if (!k.recordedBy.isEmpty())
                text = tr("%1 · by %2").arg(text, k.recordedBy);
            row.last->setText(text);
        }
        row.state->setCurrentIndex(row.state->findData(row.original));
        // A recorded decision can change, but not go back to "never asked".
        if (row.original != NotAsked)
            row.state->removeItem(row.state->findData(int(NotAsked)));
    }
}

std::vector<Consent> ConsentEditor::changes() const
{
    std::vector<Consent> out;
    for (const Row &row : m_rows) {
        const int state = row.state->currentData().toInt();
        if (state == row.original || state == NotAsked)
            continue;
        Consent k;
        k.channel = row.channel;
        k.granted = state == Granted;
        k.method = row.method->currentText().trimmed();
        out.push_back(k);
    }
    return out;
}

std::vector<FieldIssue> ConsentEditor::validate() const
{
    std::vector<FieldIssue> issues;
    for (const Consent &k : changes())
        if (k.method.isEmpty())
            issues.push_back({fieldKey(k.channel), tr("Say how the consent was given or withdrawn.")});
    return issues;
}

void ConsentEditor::registerFields(FieldFlags &flags) const
{
    for (const Row &row : m_rows)
        flags.add(fieldKey(row.channel), row.method, row.error);
}

QComboBox *ConsentEditor::stateCombo(ConsentChannel channel) const
{
    for (const Row &row : m_rows)
        if (row.channel == channel)
            return row.state;
    return nullptr;
}

QComboBox *ConsentEditor::methodCombo(ConsentChannel channel) const
{
    for (const Row &row : m_rows)
        if (row.channel == channel)
            return row.method;
    return nullptr;
}

} // namespace spoke::ui
