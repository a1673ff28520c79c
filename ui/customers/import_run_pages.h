#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace spoke::ui {

class ImportWizard;

/// Step 3: the dry run (on the worker thread): how many rows are ready and every problem,
/// by line; then the choice between importing the valid rows and importing nothing if any
/// row is wrong.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const { return m_checking; }
    int validCount() const;
    int invalidCount() const;
    QListWidget *problems() const { return m_problems; }
    QRadioButton *validRowsOption() const { return m_validRows; }
    QRadioButton *allOrNothingOption() const { return m_allOrNothing; }

private:
    void showPlan();

    ImportWizard *m_wizard;
    QProgressBar *m_busy;
    QLabel *m_valid;
    QLabel *m_invalid;
    QWidget *m_tiles;
    QLabel *m_error;
    QListWidget *m_problems;
    QRadioButton *m_validRows;
    QRadioButton *m_allOrNothing;
    QLabel *m_policyNote;
    bool m_checking = false;
};

/// Step 4: the import itself on the worker thread, with progress and Cancel; the screen
/// stays responsive. Moves on to the report by itself.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool isRunning() const { return m_running; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
    bool m_running = false;
    bool m_done = false;
};

/// Step 5: what happened: imported, rejected with reasons, duplicates flagged; or why
/// nothing was imported.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard *wizard);

    void initializePage() override;
    QString headline() const;
    int importedCount() const;
    int rejectedCount() const;
    int duplicatesCount() const;
    QListWidget *rejectedList() const { return m_rejected; }

private:
    ImportWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_imported;
    QLabel *m_rejectedCount;
    QLabel *m_duplicates;
    QWidget *m_tiles;
    QLabel *m_rejectedTitle;
    QListWidget *m_rejected;
};

} // namespace spoke::ui
