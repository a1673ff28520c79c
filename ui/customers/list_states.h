#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace spoke::ui {

/// What the list shows before the first customer: the two ways to get some.
class EmptyListState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyListState(QWidget *parent = nullptr);

    QPushButton *newButton() const { return m_new; }
    QPushButton *importButton() const { return m_import; }

private:
    QPushButton *m_new;
    QPushButton *m_import;
};

/// What the list shows when the search finds nobody, with what to try next.
class NoResultsState : public QWidget
{
    Q_OBJECT
public:
    explicit NoResultsState(QWidget *parent = nullptr);

    void setQuery(const QString &query);

private:
    QLabel *m_text;
};

} // namespace spoke::ui
