#include "ui/settings/BackupSettingsPage.h"

#include "core/storage/BackupRotation.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Byline {

BackupSettingsPage::BackupSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_box = new QGroupBox(this);
    m_daily = new QCheckBox(m_box);
    m_daily->setObjectName(QStringLiteral("dailyBackup"));
    m_folderLabel = new QLabel(m_box);
    m_folder = new QLineEdit(m_box);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(BackupPreferences::defaultFolder());
    m_folderLabel->setBuddy(m_folder);
    m_choose = new QPushButton(m_box);
    m_keepLabel = new QLabel(m_box);
    m_keep = new QSpinBox(m_box);
    m_keep->setObjectName(QStringLiteral("backupsKept"));
    m_keep->setRange(1, BackupPreferences::mostKept);
    m_keepLabel->setBuddy(m_keep);
    m_hint = new QLabel(m_box);
    m_hint->setWordWrap(true);
    m_newest = new QLabel(m_box);
    m_newest->setObjectName(QStringLiteral("newestBackup"));
    m_newest->setWordWrap(true);
    m_newest->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    form->addRow(m_keepLabel, keepRow);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_daily);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_newest);
    boxLayout->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addStretch(1);

    askFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(this, tr("Keep the backups in a folder"), current);
    };
    connect(m_daily, &QCheckBox::toggled, this, &BackupSettingsPage::enableFields);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupSettingsPage::showNewest);
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupSettingsPage::showNewest);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString chosen = askFolder ? askFolder(shown().folderOrDefault()) : QString();
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    retranslate();
}

QString BackupSettingsPage::title() const
{
    return tr("Backups");
}

void BackupSettingsPage::load(const Data &)
{
    const BackupPreferences preferences = BackupPreferences::load();
    m_daily->setChecked(preferences.daily);
    m_folder->setText(preferences.folder);
    m_keep->setValue(preferences.keep);
    enableFields();
    showNewest();
}

BackupPreferences BackupSettingsPage::shown() const
{
    BackupPreferences preferences;
    preferences.daily = m_daily->isChecked();
    preferences.folder = m_folder->text().trimmed();
    preferences.keep = m_keep->value();
    return preferences;
}

bool BackupSettingsPage::apply(QString *problem)
{
    const BackupPreferences preferences = shown();
    if (preferences == BackupPreferences::load())
        return true;
    if (preferences.daily) {
        const QString folder = preferences.folderOrDefault();
        const QFileInfo info(folder);
        QString why;
        if (info.exists() && !info.isDir())
            why = tr("%1 is not a folder: choose a folder for the backups.").arg(folder);
        else if (!info.exists() && !QDir().mkpath(folder))
            why = tr("Cannot create the folder %1 for the backups: choose a folder you may "
                     "write to.")
                      .arg(folder);
        if (!why.isEmpty()) {
            if (problem)
                *problem = why;
            m_folder->setFocus();
            return false;
        }
    }
    preferences.save();
    showNewest();
    return true;
}

void BackupSettingsPage::enableFields()
{
    for (QWidget *field : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_choose),
                           static_cast<QWidget *>(m_keep)})
        field->setEnabled(m_daily->isChecked());
}

void BackupSettingsPage::showNewest()
{
    const BackupPreferences preferences = shown();
    const Storage::BackupRotation rotation(preferences.folderOrDefault(), preferences.keep);
    const QStringList files = rotation.files();
    const auto newest = rotation.newest();
    if (files.isEmpty() || !newest) {
        m_newest->setText(tr("No daily backup in this folder yet."));
        return;
    }
    m_newest->setText(tr("Newest backup: %1 (%2). Backups in the folder: %3.")
                          .arg(QLocale().toString(*newest, QStringLiteral("d MMMM yyyy, HH:mm")),
                               QFileInfo(files.last()).fileName())
                          .arg(files.size()));
}

void BackupSettingsPage::retranslate()
{
    m_box->setTitle(tr("Daily backup of the store on this computer"));
    m_daily->setText(tr("&Make a backup every day"));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->setAccessibleName(tr("Folder for the backups"));
    m_choose->setText(tr("C&hoose…"));
    m_keepLabel->setText(tr("&Backups to keep:"));
    m_keep->setAccessibleName(tr("How many backups to keep"));
    m_hint->setText(
        tr("While the desk is open, it makes a backup in the background when it starts and then "
           "once a day, and deletes the oldest beyond the number to keep (only its own backups, "
           "never anything else in the folder). Each backup is a complete copy of the store, "
           "checked after it is written.\n\nChoose a folder on another disk, or one that is "
           "itself backed up, so that a broken disk does not take the backups with it. To put a "
           "backup back: byline-cli restore FILE (the store as it was is kept beside it)."));
    showNewest();
}

} // namespace Byline
