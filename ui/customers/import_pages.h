#pragma once

#include "core/customers/customer_import.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace spoke::ui {

class ImportWizard;

/// Step 1: the file. Reads and decodes it on the worker thread and shows what was found
/// (encoding, delimiter, rows) or core's message for a bad file (empty, binary, unbalanced
/// quotes, too large).
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportWizard *wizard);

    void load(const QString &path);
    bool isComplete() const override;
    int nextId() const override;

    bool isLoading() const { return m_loading; }
    QString errorText() const;
    QString summaryText() const;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_fileName;
    QLabel *m_summary;
    QLabel *m_error;
    QWidget *m_fileCard;
    bool m_loading = false;
    bool m_loaded = false;
};

/// Step 2 (CSV): what each column holds, guessed from the header and changeable per
/// column, with saved mappings and a live preview of how the first rows will be read.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    ImportMapping mapping() const;
    QComboBox *columnCombo(int column) const;
    void setColumnField(int column, ImportField field);
    QTableWidget *previewTable() const { return m_preview; }
    QComboBox *savedMappings() const { return m_saved; }
    /// Saves the current mapping under the name; false (message shown) on failure.
    bool saveMapping(const QString &name);
    void applySavedMapping(int index);

private:
    void updatePreview();
    void fillSaved();

    ImportWizard *m_wizard;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QComboBox *m_saved;
    QLineEdit *m_saveName;
    QPushButton *m_saveButton;
    QLabel *m_status;
    std::vector<std::pair<QString, ImportMapping>> m_savedMappings;
};

} // namespace spoke::ui
