#pragma once

#include <QDialog>

namespace spoke::ui {

/// Spoke's version, the Qt and SQLCipher it runs on, and where its data lives.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &dataFolder, QWidget *parent = nullptr);
    /// Everything the dialog says, for tests and "copy to clipboard".
    QString details() const { return m_details; }

private:
    QString m_details;
};

} // namespace spoke::ui
