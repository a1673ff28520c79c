#include "ui/customers/import_pages.h"

#include "core/customers/csv.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/import_wizard.h"
#include "ui/customers/worker_thread.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace customers;

namespace {

QString delimiterName(QChar d)
{
    switch (d.unicode()) {
    case u',':
        return QCoreApplication::translate("spoke::ui::ImportSourcePage", "comma-separated");
    case u';':
        return QCoreApplication::translate("spoke::ui::ImportSourcePage", "semicolon-separated");
    case u'\t':
        return QCoreApplication::translate("spoke::ui::ImportSourcePage", "tab-separated");
    case u'|':
        return QCoreApplication::translate("spoke::ui::ImportSourcePage", "pipe-separated");
    default:
        return QCoreApplication::translate("spoke::ui::ImportSourcePage", "separated by \"%1\"").arg(d);
    }
}

struct Loaded
{
    bool ok = false;
    bool vcard = false;
    CsvDocument csv;
    QString text;
    QString encoding;
    QString error;
};

/// Runs on the worker thread: no database, no widgets.
void readFile(const QString &path, Loaded &out)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        out.error = QCoreApplication::translate("spoke::ui::ImportSourcePage", "There is no file at %1.")
                        .arg(QDir::toNativeSeparators(path));
        return;
    }
    if (info.size() > kMaxImportBytes) {
        // Core's own wording, without reading a huge file into memory to have it said.
        out.error = QCoreApplication::translate("spoke::Csv",
            "The file is %1 MB; Spoke imports files of up to %2 MB. Split it into smaller files.")
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(kMaxImportBytes) / (1024 * 1024), 0, 'f', 1);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QCoreApplication::translate("spoke::ui::ImportSourcePage", "Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString suffix = info.suffix().toLower();
    bool vcard = suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
    if (!vcard) {
        // A .txt or .csv that is really a vCard export.
        QString head = QString::fromUtf8(bytes.left(64)).trimmed();
        if (head.startsWith(QChar(0xFEFF)))
            head.remove(0, 1);
        vcard = head.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
    }
    if (vcard) {
        auto text = decodeImportText(bytes, &out.encoding);
        if (!text) {
            out.error = text.error().message;
            return;
        }
        if (text.value().trimmed().isEmpty()) {
            out.error = QCoreApplication::translate("spoke::Csv", "The file is empty.");
            return;
        }
        out.vcard = true;
        out.text = text.value();
        out.ok = true;
        return;
    }
    auto doc = parseCsv(bytes);
    if (!doc) {
        out.error = doc.error().message;
        return;
    }
    out.csv = std::move(doc).value();
    out.encoding = out.csv.encoding;
    out.ok = true;
}

} // namespace

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_fileName(label(QString(), "cardTitle", this))
    , m_summary(label(QString(), "hint", this))
    , m_error(label(QString(), "error", this))
    , m_fileCard(nullptr)
{
    setTitle(ImportWizard::pageTitle(tr("Choose a file")));
    setSubTitle(tr("A CSV file exported from the tool you used before, or a vCard (.vcf) file."));
    auto *box = new QVBoxLayout(this);
    box->setSpacing(12);
    auto *row = new QHBoxLayout;
    m_path->setPlaceholderText(tr("Path to a .csv or .vcf file"));
    m_path->setObjectName(QStringLiteral("importPath"));
    row->addWidget(m_path, 1);
    auto *browseButton = button(tr("Browse…"), "", this);
    row->addWidget(browseButton);
    box->addLayout(row);

    QVBoxLayout *cardBox = nullptr;
    auto *fileCard = card(this, &cardBox, 16);
    m_fileCard = fileCard;
    auto *cardRow = new QHBoxLayout;
    cardRow->setSpacing(14);
    auto *fileIcon = new QLabel(fileCard);
    fileIcon->setPixmap(iconPixmap(QStringLiteral("note"), 32, QColor(0x0E, 0x7C, 0x86)));
    cardRow->addWidget(fileIcon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_fileName->setTextFormat(Qt::PlainText);
    texts->addWidget(m_fileName);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    texts->addWidget(m_summary);
    cardRow->addLayout(texts, 1);
    cardBox->addLayout(cardRow);
    fileCard->hide();
    box->addWidget(fileCard);

    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; border: 1px solid #F5C2BC; "
                                          "border-radius: 8px; padding: 10px 12px; color: #9B1C13; }"));
    m_error->hide();
    box->addWidget(m_error);
    box->addStretch(1);
    box->addWidget(
        label(tr("Spoke reads CSV files in UTF-8, UTF-16 or Windows-1252, separated by commas, "
                 "semicolons, tabs or pipes, with quoted fields and line breaks inside them; and "
                 "vCard 3.0 and 4.0. Files of up to %1 MB. Nothing is imported before you see a dry "
                 "run.")
                  .arg(kMaxImportBytes / (1024 * 1024)),
            "caption", this));

    connect(browseButton, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { load(m_path->text().trimmed()); });
}

void ImportSourcePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a file to import"), QFileInfo(m_path->text()).path(),
        tr("Customer files (*.csv *.txt *.vcf *.vcard);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportSourcePage::load);
    dialog->open();
}

void ImportSourcePage::load(const QString &path)
{
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_loaded = false;
    m_loading = true;
    m_error->hide();
    m_fileCard->show();
    m_fileName->setText(QFileInfo(path).fileName());
    m_summary->setText(tr("Reading the file…"));
    emit completeChanged();
    auto loaded = std::make_shared<Loaded>();
    const bool started = m_wizard->worker()->start([loaded, path] { readFile(path, *loaded); },
        [this, loaded, path] {
            m_loading = false;
            ImportState &state = m_wizard->state();
            state = ImportState {};
            state.path = path;
            if (!loaded->ok) {
                m_fileCard->hide();
                m_error->setText(loaded->error);
                m_error->show();
                emit completeChanged();
                return;
            }
            state.vcard = loaded->vcard;
            if (loaded->vcard) {
                state.vcardText = std::move(loaded->text);
                const auto cards = state.vcardText.count(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
                m_summary->setText(plural(tr("vCard file · %1 · %n card(s)", nullptr, int(cards)), int(cards))
                                       .arg(loaded->encoding));
            } else {
                state.csv = std::move(loaded->csv);
                state.mapping = ImportMapping::guess(state.csv.header);
                m_summary->setText(
                    plural(tr("%1 · %2 · %Ln row(s) · %3 columns", nullptr, int(state.csv.rows.size())),
                        int(state.csv.rows.size()))
                        .arg(state.csv.encoding, delimiterName(state.csv.delimiter))
                        .arg(state.csv.header.size()));
            }
            m_loaded = true;
            emit completeChanged();
        });
    if (!started) {
        m_loading = false;
        m_summary->setText(tr("Still busy with the previous file; try again in a moment."));
    }
}

bool ImportSourcePage::isComplete() const
{
    return m_loaded && !m_loading;
}

int ImportSourcePage::nextId() const
{
    return m_wizard->state().vcard ? ImportWizard::CheckPage : ImportWizard::MappingPage;
}

QString ImportSourcePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ImportSourcePage::summaryText() const
{
    return m_summary->text();
}

// ---------------------------------------------------------------------------------------

namespace {
constexpr int kSampleRows = 5;
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_columns(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_saved(new QComboBox(this))
    , m_saveName(new QLineEdit(this))
    , m_saveButton(button(tr("Save mapping"), "", this))
    , m_status(label(QString(), "hint", this))
{
    setTitle(ImportWizard::pageTitle(tr("Match the columns")));
    setSubTitle(tr("Say what each column of the file holds. Spoke guessed from the header; columns set to "
                   "\"(ignore)\" are left out."));
    auto *box = new QVBoxLayout(this);
    box->setSpacing(10);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(label(tr("Saved mappings"), "fieldName", this));
    m_saved->setMinimumWidth(200);
    m_saved->setObjectName(QStringLiteral("savedMappings"));
    savedRow->addWidget(m_saved);
    savedRow->addStretch(1);
    m_saveName->setPlaceholderText(tr("Name, e.g. Old CRM export"));
    m_saveName->setMinimumWidth(220);
    savedRow->addWidget(m_saveName);
    savedRow->addWidget(m_saveButton);
    box->addLayout(savedRow);

    m_columns->setObjectName(QStringLiteral("mappingTable"));
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setDefaultSectionSize(160);
    m_columns->setMinimumHeight(210);
    box->addWidget(m_columns, 3);

    box->addWidget(label(tr("How the first rows will be read"), "cardTitle", this));
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Name"), tr("Phone"), tr("Email"), tr("Address"), tr("Problems")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(170);
    box->addWidget(m_preview, 2);
    m_status->setTextFormat(Qt::PlainText);
    box->addWidget(m_status);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveMapping(m_saveName->text()); });
    connect(m_saved, &QComboBox::activated, this, &ImportMappingPage::applySavedMapping);
}

void ImportMappingPage::fillSaved()
{
    m_savedMappings = m_wizard->context().importer().savedMappings();
    m_saved->clear();
    m_saved->addItem(m_savedMappings.empty() ? tr("None yet") : tr("Choose…"));
    for (const auto &[name, mapping] : m_savedMappings)
        m_saved->addItem(name);
    m_saved->setEnabled(!m_savedMappings.empty());
}

void ImportMappingPage::initializePage()
{
    const ImportState &state = m_wizard->state();
    const CsvDocument &doc = state.csv;
    const int width = int(doc.header.size());
    ImportMapping mapping = state.mapping;
    mapping.columns.resize(size_t(width), ImportField::Ignore);
    const int samples = std::min<int>(kSampleRows, int(doc.rows.size()));
    m_columns->clear();
    m_columns->setColumnCount(width);
    m_columns->setRowCount(1 + samples);
    m_columns->setHorizontalHeaderLabels(doc.header);
    for (int c = 0; c < width; ++c) {
        auto *combo = new QComboBox(m_columns);
        for (ImportField f : allImportFields())
            combo->addItem(importFieldLabel(f), importFieldKey(f));
        combo->setCurrentIndex(combo->findData(importFieldKey(mapping.columns[size_t(c)])));
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(c));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
        m_columns->setCellWidget(0, c, combo);
        for (int r = 0; r < samples; ++r) {
            const QStringList &row = doc.rows[size_t(r)];
            auto *item = new QTableWidgetItem(c < row.size() ? row.at(c) : QString());
            item->setForeground(QColor(0x4B, 0x55, 0x63));
            m_columns->setItem(1 + r, c, item);
        }
    }
    m_columns->setRowHeight(0, 40);
    fillSaved();
    m_status->clear();
    updatePreview();
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping m;
    for (int c = 0; c < m_columns->columnCount(); ++c)
        m.columns.push_back(importFieldFromKey(columnCombo(c)->currentData().toString()));
    return m;
}

QComboBox *ImportMappingPage::columnCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(0, column));
}

void ImportMappingPage::setColumnField(int column, ImportField field)
{
    if (QComboBox *combo = columnCombo(column))
        combo->setCurrentIndex(combo->findData(importFieldKey(field)));
}

void ImportMappingPage::updatePreview()
{
    const CsvDocument &doc = m_wizard->state().csv;
    CsvDocument sample;
    sample.header = doc.header;
    const size_t n = std::min<size_t>(kSampleRows, doc.rows.size());
    sample.rows.assign(doc.rows.begin(), doc.rows.begin() + qsizetype(n));
    sample.lines.assign(doc.lines.begin(), doc.lines.begin() + qsizetype(n));
    // Validation only (no database access): cheap enough for five rows on every change.
    const ImportPlan plan = m_wizard->context().importer().planCsv(sample, mapping());
    m_preview->setRowCount(int(plan.rows.size()));
    for (int r = 0; r < int(plan.rows.size()); ++r) {
        const ImportRow &row = plan.rows[size_t(r)];
        const Customer &c = row.customer;
        const QString cells[] = {c.displayName(), c.phones.empty() ? QString() : c.phones.front().number,
            c.emails.empty() ? QString() : c.emails.front().address,
            c.addresses.empty() ? QString() : c.addresses.front().oneLine(),
            row.problems.join(QStringLiteral("; "))};
        for (int col = 0; col < 5; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 4)
                item->setForeground(QColor(0xB4, 0x23, 0x18));
            item->setToolTip(cells[col]);
            m_preview->setItem(r, col, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setStretchLastSection(true);
}

bool ImportMappingPage::saveMapping(const QString &name)
{
    ImportWizard *w = m_wizard;
    Status s = w->context().importer().saveMapping(w->context().actor(), name, mapping());
    if (!s) {
        m_status->setText(s.error().message);
        return false;
    }
    m_status->setText(tr("Mapping \"%1\" saved.").arg(name.trimmed()));
    fillSaved();
    return true;
}

void ImportMappingPage::applySavedMapping(int index)
{
    if (index <= 0 || size_t(index) > m_savedMappings.size())
        return;
    const ImportMapping &saved = m_savedMappings[size_t(index - 1)].second;
    for (int c = 0; c < m_columns->columnCount(); ++c)
        setColumnField(c, size_t(c) < saved.columns.size() ? saved.columns[size_t(c)] : ImportField::Ignore);
    m_status->setText(tr("Mapping \"%1\" applied.").arg(m_savedMappings[size_t(index - 1)].first));
    updatePreview();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->state().mapping = mapping();
    return true;
}

int ImportMappingPage::nextId() const
{
    return ImportWizard::CheckPage;
}

} // namespace spoke::ui
