#include "ui/startup/open_error_page.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

OpenErrorPage::OpenErrorPage(const QString &folder, QWidget *parent)
    : QWidget(parent)
    , m_folder(folder)
    , m_icon(new QLabel(this))
    , m_title(nullptr)
    , m_explanation(nullptr)
    , m_details(nullptr)
    , m_path(nullptr)
    , m_retry(nullptr)
    , m_restore(nullptr)
{
    setObjectName(QStringLiteral("OpenErrorPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    QVBoxLayout *box = nullptr;
    auto *card = makeCard(this, &box);
    card->setFixedWidth(640);
    box->setContentsMargins(36, 32, 36, 28);
    box->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(8);
    m_title = makeLabel(QString(), "sectionTitle", card);
    m_title->setObjectName(QStringLiteral("errorTitle"));
    m_explanation = makeLabel(QString(), "", card);
    m_explanation->setObjectName(QStringLiteral("errorExplanation"));
    texts->addWidget(m_title);
    texts->addWidget(m_explanation);
    top->addLayout(texts, 1);
    box->addLayout(top);

    auto *detailsCard = new QFrame(card);
    detailsCard->setProperty("banner", QStringLiteral("info"));
    auto *detailsBox = new QVBoxLayout(detailsCard);
    detailsBox->setContentsMargins(12, 10, 12, 10);
    m_details = makeLabel(QString(), "", detailsCard);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path = makeLabel(QString(), "hint", detailsCard);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsBox->addWidget(m_details);
    detailsBox->addWidget(m_path);
    box->addWidget(detailsCard);
    box->addWidget(makeLabel(tr("Spoke has not changed the database file."), "hint", card));

    auto *buttons = new QHBoxLayout;
    auto *quit = makeButton(tr("Quit"), "", card);
    buttons->addWidget(quit);
    buttons->addStretch(1);
    m_restore = makeButton(tr("Restore from a backup…"), "", card);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setIcon(icon(QStringLiteral("restore"), theme::text()));
    buttons->addWidget(m_restore);
    m_retry = makeButton(tr("Try again"), "primary", card);
    m_retry->setObjectName(QStringLiteral("retry"));
    buttons->addWidget(m_retry);
    box->addLayout(buttons);

    centre->addWidget(card);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &OpenErrorPage::retryRequested);
    connect(m_restore, &QPushButton::clicked, this, &OpenErrorPage::restoreRequested);
    connect(quit, &QPushButton::clicked, this, &OpenErrorPage::quitRequested);
}

QString OpenErrorPage::titleFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongKey:
        return tr("The key does not open this location");
    case ErrorCode::KeyMissing:
        return tr("The key of this location is missing");
    case ErrorCode::KeychainUnavailable:
        return tr("The system keychain did not answer");
    case ErrorCode::Corrupted:
        return tr("The database file is damaged");
    case ErrorCode::NotSpokeDatabase:
        return tr("This is not a Spoke location");
    case ErrorCode::SchemaTooNew:
        return tr("This location needs a newer Spoke");
    case ErrorCode::FolderNotWritable:
        return tr("Spoke cannot write to its data folder");
    case ErrorCode::ProfileMissing:
        return tr("There is no location here");
    default:
        break;
    }
    return tr("The location could not be opened");
}

QString OpenErrorPage::explanationFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongKey:
        return tr("The key Spoke found does not match this database, so it cannot be decrypted. "
                  "This happens when the keychain holds a key from another installation. Restore "
                  "the keychain entry, or restore the location from a backup.");
    case ErrorCode::KeyMissing:
        return tr("The database is encrypted with a key kept in the system keychain, and that "
                  "entry is gone — for example after the keychain was reset or the data folder "
                  "was copied to another PC. Without the key the data cannot be read. Restore "
                  "the keychain, or restore the location from a backup.");
    case ErrorCode::KeychainUnavailable:
        return tr("The key of this location is kept in the system keychain, which did not answer. "
                  "Unlock the keychain (or sign in to the desktop session), then try again.");
    case ErrorCode::Corrupted:
        return tr("The key is right, but the file's content is damaged (a disk error or an "
                  "interrupted copy). Restore the location from your latest backup.");
    case ErrorCode::NotSpokeDatabase:
        return tr("The data folder holds a file that Spoke did not make, or a damaged location "
                  "descriptor. Choose the right data folder, or restore from a backup.");
    case ErrorCode::SchemaTooNew:
        return tr("This location was last used by a newer version of Spoke. Install that version "
                  "or a later one to open it; this version will not touch it.");
    case ErrorCode::FolderNotWritable:
        return tr("Spoke must be able to write next to the database to keep sales safe. Check "
                  "the folder's permissions and free space, then try again.");
    default:
        break;
    }
    return tr("Something unexpected stopped Spoke from opening the location.");
}

void OpenErrorPage::setError(const Error &error)
{
    m_error = error;
    const bool serious = error.code == ErrorCode::Corrupted || error.code == ErrorCode::KeyMissing
        || error.code == ErrorCode::WrongKey || error.code == ErrorCode::NotSpokeDatabase;
    m_icon->setPixmap(iconPixmap(serious ? QStringLiteral("error") : QStringLiteral("warning"), 44,
        serious ? theme::danger() : theme::warning()));
    m_title->setText(titleFor(error.code));
    m_explanation->setText(explanationFor(error.code));
    m_details->setText(error.message);
    m_path->setText(tr("Data folder: %1").arg(QDir::toNativeSeparators(m_folder)));
    m_retry->setVisible(canRetry());
    m_restore->setVisible(canRestore());
}

QString OpenErrorPage::title() const
{
    return m_title->text();
}

QString OpenErrorPage::explanation() const
{
    return m_explanation->text();
}

bool OpenErrorPage::canRetry() const
{
    return m_error.code != ErrorCode::SchemaTooNew;
}

bool OpenErrorPage::canRestore() const
{
    switch (m_error.code) {
    case ErrorCode::WrongKey:
    case ErrorCode::KeyMissing:
    case ErrorCode::Corrupted:
    case ErrorCode::NotSpokeDatabase:
        return true;
    default:
        return false;
    }
}

} // namespace spoke::ui
