#pragma once

#include "core/util/result.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace spoke::ui {

/// The screen shown when the location cannot be opened. Each error has its own title,
/// explanation and way out; none of them changes the database file.
class OpenErrorPage : public QWidget
{
    Q_OBJECT
public:
    explicit OpenErrorPage(const QString &folder, QWidget *parent = nullptr);

    void setError(const Error &error);
    ErrorCode code() const { return m_error.code; }
    QString title() const;
    QString explanation() const;
    bool canRetry() const;
    bool canRestore() const;

    /// The translated headline for an error code (also used by the command line).
    static QString titleFor(ErrorCode code);
    /// What the error means and what to do about it.
    static QString explanationFor(ErrorCode code);

signals:
    void retryRequested();
    void restoreRequested();
    void quitRequested();

private:
    QString m_folder;
    Error m_error;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_details;
    QLabel *m_path;
    QPushButton *m_retry;
    QPushButton *m_restore;
};

} // namespace spoke::ui
