#include "ui/settings/SettingsDialog.h"

#include "core/interchange/Seed.h"
#include "core/storage/Database.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"
#include "ui/settings/AuditSettingsPage.h"
#include "ui/settings/BackupSettingsPage.h"
#include "ui/settings/InterfaceSettingsPage.h"
#include "ui/settings/LinksSettingsPage.h"
#include "ui/settings/NewsroomSettingsPage.h"
#include "ui/settings/SiteStringsSettingsPage.h"
#include "ui/settings/UsersSettingsPage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Byline {

SettingsDialog::SettingsDialog(Storage::Database &db, const std::optional<User> &user,
                               UiLanguage *language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
{
    setObjectName(QStringLiteral("settings"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("settingsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    QPalette notice = m_notice->palette();
    notice.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    notice.setColor(QPalette::WindowText, QColor(0x3d, 0x30, 0x00));
    m_notice->setPalette(notice);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setSpacing(3);
    m_stack = new QStackedWidget(this);
    m_newsroom = new NewsroomSettingsPage(m_stack);
    m_links = new LinksSettingsPage(m_stack);
    m_strings = new SiteStringsSettingsPage(m_stack);
    m_users = new UsersSettingsPage(m_stack);
    m_audit = new AuditSettingsPage(m_stack);
    m_pages = {m_newsroom, m_links, m_strings, m_users, m_audit};
    if (language) {
        m_interface = new InterfaceSettingsPage(language, m_stack);
        m_pages.append(m_interface);
    }
    m_backup = new BackupSettingsPage(m_stack);
    m_pages.append(m_backup);
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_list->addItem(QString());
    }
    int widest = 0;
    for (SettingsPage *page : std::as_const(m_pages))
        widest = std::max(widest, fontMetrics().horizontalAdvance(page->title()));
    m_list->setFixedWidth(widest + 40);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showNotice);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::save);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    warn = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    askDiscard = [this] {
        return QMessageBox::question(this, tr("Discard your changes?"),
                                     tr("The changes you made in the settings are not saved. "
                                        "Close without saving them?"),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Discard;
    };

    if (m_db.isReadOnly()) {
        m_reason = tr("The store %1 is open read-only (the file or its folder cannot be "
                      "written).")
                       .arg(m_db.path());
        m_editable = false;
    } else if (!m_user) {
        m_reason = tr("Nobody is chosen in \"You are\": choose who you are to change the "
                      "newsroom's settings.");
        m_editable = false;
    } else {
        m_editable = Permissions::mayManageNewsroom(*m_user, &m_reason);
    }
    reload();
    m_list->setCurrentRow(0);
    retranslate();
    resize(940, 640);
}

SettingsDialog::~SettingsDialog() = default;

// Reads the newsroom from the store and shows it on every page.
bool SettingsDialog::reload()
{
    SettingsPage::Data data;
    const Storage::SettingsRepository settings(m_db);
    auto values = settings.settings();
    auto strings = settings.siteStrings();
    auto shipped = Interchange::Seed::shippedSiteStrings();
    auto locales = Storage::LocaleRepository(m_db).all();
    auto users = Storage::UserRepository(m_db).all();
    // The last 500 changes: enough to look back over weeks, little to read.
    auto audit = Storage::NewsroomAuditRepository(m_db).recent(500);
    m_loadError.clear();
    for (const Error *e :
         {values ? nullptr : &values.error(), strings ? nullptr : &strings.error(),
          shipped ? nullptr : &shipped.error(), locales ? nullptr : &locales.error(),
          users ? nullptr : &users.error(), audit ? nullptr : &audit.error()}) {
        if (e && m_loadError.isEmpty())
            m_loadError = e->message;
    }
    if (!m_loadError.isEmpty()) {
        m_editable = false; // never save over what could not be read
        return false;
    }
    data.settings = *values;
    data.strings = *strings;
    data.shipped = *shipped;
    data.locales = *locales;
    data.users = *users;
    data.audit = *audit;
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(data);
        page->setEditable(m_editable || page == m_interface || page == m_backup);
    }
    return true;
}

bool SettingsDialog::save()
{
    SettingsService::Change change;
    for (const SettingsPage *page : std::as_const(m_pages))
        page->collect(change);
    if (!change.isEmpty()) {
        const QString title = tr("The settings were not saved");
        if (!m_editable || !m_user) {
            warn(title, m_loadError.isEmpty() ? m_reason : m_loadError);
            return false;
        }
        if (auto done = SettingsService(m_db).apply(change, m_user->name); !done) {
            warn(title,
                 tr("%1\n\nNothing was saved; everything you typed is still here.")
                     .arg(done.error().message));
            for (SettingsPage *page : std::as_const(m_pages)) {
                if (QWidget *field = page->firstInvalid()) {
                    showPage(page);
                    field->setFocus();
                    break;
                }
            }
            return false;
        }
        reload();
        Q_EMIT saved();
    }
    if (QString problem; !m_backup->apply(&problem)) {
        warn(tr("The backup settings were not kept"), problem);
        showPage(m_backup);
        return false;
    }
    if (m_interface && !m_interface->apply()) {
        warn(tr("Not done"),
             tr("This build has no translation of the interface into the "
                "chosen language."));
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    SettingsService::Change change;
    for (const SettingsPage *page : std::as_const(m_pages))
        page->collect(change);
    // What was typed is not thrown away by a stray Esc.
    if (m_editable && !change.isEmpty() && askDiscard && !askDiscard())
        return;
    QDialog::reject();
}

void SettingsDialog::showPage(SettingsPage *page)
{
    const int row = int(m_pages.indexOf(page));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

SettingsPage *SettingsDialog::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    for (int row = 0; row < m_pages.size(); ++row)
        m_list->item(row)->setText(m_pages.at(row)->title());
    m_list->setAccessibleName(tr("Settings pages"));
    if (!m_loadError.isEmpty()) {
        m_notice->setText(
            tr("The settings could not be read, so nothing can be changed: %1").arg(m_loadError));
    } else if (!m_editable) {
        m_notice->setText(tr("You can look but not change: %1").arg(m_reason));
    }
    showNotice();
    m_buttons->button(QDialogButtonBox::Apply)->setVisible(m_editable);
}

// "You can look but not change" is about the newsroom's pages: on this computer's own pages
// (the interface language, the backups) it would say the opposite of what is true.
void SettingsDialog::showNotice()
{
    const SettingsPage *page = currentPage();
    const bool ownPage = page && (page == m_interface || page == m_backup);
    m_notice->setVisible(!m_loadError.isEmpty() || (!m_editable && !ownPage));
}

} // namespace Byline
