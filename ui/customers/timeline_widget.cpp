#include "ui/customers/timeline_widget.h"

#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

QString iconFor(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return QStringLiteral("phone");
    if (kind == QLatin1String("note"))
        return QStringLiteral("note");
    if (kind == QLatin1String("merged"))
        return QStringLiteral("merge");
    if (kind == QLatin1String("consent"))
        return QStringLiteral("check");
    if (kind == QLatin1String("created"))
        return QStringLiteral("user-plus");
    return QStringLiteral("clock");
}

} // namespace

TimelineWidget::TimelineWidget(CustomersContext &context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_call(customers::button(tr("Log call"), "", this))
    , m_note(customers::button(tr("Add note"), "", this))
    , m_quick(new QFrame(this))
    , m_quickTitle(customers::label(QString(), "fieldName", this))
    , m_field(new QLineEdit(this))
    , m_error(customers::label(QString(), "error", this))
    , m_list(new QWidget(this))
    , m_listBox(new QVBoxLayout(m_list))
    , m_empty(customers::label(tr("Nothing on the timeline yet."), "hint", this))
{
    setProperty("card", true);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(18, 16, 18, 16);
    box->setSpacing(10);
    auto *head = new QHBoxLayout;
    head->addWidget(customers::cardTitle(QStringLiteral("clock"), tr("Timeline"), this), 1);
    m_call->setIcon(customers::icon(QStringLiteral("phone"), QColor(0x37, 0x41, 0x51)));
    m_call->setToolTip(tr("Log a call (Ctrl+Shift+C)"));
    m_call->setObjectName(QStringLiteral("logCallButton"));
    m_note->setIcon(customers::icon(QStringLiteral("note"), QColor(0x37, 0x41, 0x51)));
    m_note->setToolTip(tr("Add a note (Ctrl+Shift+N)"));
    m_note->setObjectName(QStringLiteral("addNoteButton"));
    head->addWidget(m_call);
    head->addWidget(m_note);
    box->addLayout(head);

    m_quick->setObjectName(QStringLiteral("QuickAdd"));
    m_quick->setStyleSheet(QStringLiteral(
        "QFrame#QuickAdd { background: #F4FAFB; border: 1px solid #BFE1E4; border-radius: 8px; }"));
    auto *quick = new QVBoxLayout(m_quick);
    quick->setContentsMargins(12, 10, 12, 10);
    quick->setSpacing(6);
    quick->addWidget(m_quickTitle);
    m_field->setObjectName(QStringLiteral("timelineQuickAdd"));
    m_field->installEventFilter(this);
    quick->addWidget(m_field);
    quick->addWidget(customers::label(tr("Enter to save · Esc to cancel"), "caption", m_quick));
    m_error->hide();
    quick->addWidget(m_error);
    m_quick->hide();
    box->addWidget(m_quick);

    m_list->setObjectName(QStringLiteral("Timeline"));
    m_listBox->setContentsMargins(0, 4, 0, 0);
    m_listBox->setSpacing(14);
    box->addWidget(m_list, 1);
    box->addWidget(m_empty);

    connect(m_call, &QPushButton::clicked, this, [this] { startQuickAdd(QStringLiteral("call")); });
    connect(m_note, &QPushButton::clicked, this, [this] { startQuickAdd(QStringLiteral("note")); });
    connect(m_field, &QLineEdit::returnPressed, this, &TimelineWidget::submit);
    updatePermissions();
}

void TimelineWidget::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    cancelQuickAdd();
    reload();
}

QWidget *TimelineWidget::entryWidget(const TimelineEntry &e)
{
    auto *w = new QWidget(m_list);
    auto *row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    auto *dot = new QLabel(w);
    dot->setFixedSize(30, 30);
    dot->setAlignment(Qt::AlignCenter);
    dot->setStyleSheet(QStringLiteral("QLabel { background: #E3F3F4; border-radius: 15px; }"));
    dot->setPixmap(customers::iconPixmap(iconFor(e.kind), 15, QColor(0x0A, 0x5C, 0x63)));
    row->addWidget(dot, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto *summary = new QLabel(w);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setText(e.summary.isEmpty() ? customers::timelineKindLabel(e.kind) : e.summary);
    texts->addWidget(summary);
    const QString who = e.actorName.isEmpty() ? tr("Spoke") : e.actorName;
    auto *meta = customers::label(
        tr("%1 · %2 · %3").arg(customers::timelineKindLabel(e.kind), who, customers::formatWhen(e.at)),
        "caption", w);
    meta->setTextFormat(Qt::PlainText);
    texts->addWidget(meta);
    row->addLayout(texts, 1);
    return w;
}

void TimelineWidget::reload()
{
    while (QLayoutItem *item = m_listBox->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_entries.clear();
    if (!m_customerId.isEmpty()) {
        auto r = m_context.service().timeline(m_context.actor(), m_customerId);
        if (r)
            m_entries = r.value();
        else
            m_empty->setText(r.error().message);
    }
    for (const TimelineEntry &e : m_entries)
        m_listBox->addWidget(entryWidget(e));
    m_list->setVisible(!m_entries.empty());
    m_empty->setVisible(m_entries.empty());
}

void TimelineWidget::startQuickAdd(const QString &kind)
{
    if (m_customerId.isEmpty() || !m_context.can(Permission::EditCustomers))
        return;
    m_kind = kind;
    const bool call = kind == QLatin1String("call");
    m_quickTitle->setText(call ? tr("Log a call") : tr("Add a note"));
    m_field->setPlaceholderText(call ? tr("What was the call about?") : tr("Write the note"));
    m_error->hide();
    m_quick->show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void TimelineWidget::cancelQuickAdd()
{
    m_field->clear();
    m_error->hide();
    m_quick->hide();
}

void TimelineWidget::submit()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type something first, or press Esc."));
        m_error->show();
        return;
    }
    auto r = m_context.service().addTimelineEntry(m_context.actor(), m_customerId, m_kind, text);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    cancelQuickAdd();
    reload();
    emit entryAdded();
}

void TimelineWidget::updatePermissions()
{
    const bool edit = m_context.can(Permission::EditCustomers);
    m_call->setVisible(edit);
    m_note->setVisible(edit);
    if (!edit)
        cancelQuickAdd();
}

bool TimelineWidget::eventFilter(QObject *watched, QEvent *event)
{
    const bool escape = (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
    if (watched == m_field && escape) {
        // Esc belongs to the quick-add line while it is open, not to the page's "back".
        event->accept();
        if (event->type() == QEvent::KeyPress)
            cancelQuickAdd();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace spoke::ui
