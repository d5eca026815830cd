#include "ui/connect/ConnectDialog.h"

#include "core/storage/Database.h"
#include "ui/connect/PasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Byline {
namespace {

constexpr int defaultPort = 5432;
// libpq's TLS modes the dialog offers, safest last; "prefer" is libpq's own default.
const char *const tlsModes[] = {"disable", "prefer", "require", "verify-full"};
constexpr int preferIndex = 1;

} // namespace

ConnectDialog::ConnectDialog(PasswordStore &passwords, QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
{
    setObjectName(QStringLiteral("connectDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(QStringLiteral("newsroom.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setPlaceholderText(QStringLiteral("newsroom"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("serverTls"));
    for (const char *mode : tlsModes)
        m_tls->addItem(QString(), QLatin1String(mode));
    m_tls->setCurrentIndex(preferIndex);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    // The port beside the server's name, as people write them ("host:5432").
    auto *where = new QHBoxLayout;
    where->setContentsMargins(0, 0, 0, 0);
    where->addWidget(m_host, 1);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    where->addWidget(m_portLabel);
    where->addWidget(m_port);
    m_form = new QFormLayout;
    const auto row = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    auto *labelHost = new QLabel(this);
    labelHost->setBuddy(m_host);
    m_form->addRow(labelHost, where);
    m_hostLabel = labelHost;
    row(m_database);
    row(m_tls);
    row(m_user);
    row(m_password);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(QString(), m_passwordNote);
    const QList<QWidget *> order {m_host, m_port,     m_database, m_tls,
                                  m_user, m_password, m_remember};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setMinimumWidth(520);

    connectTo = [](const Storage::ServerAddress &address) {
        Storage::Database::Options options;
        Storage::ServerAddress withoutPassword = address;
        withoutPassword.password.clear();
        options.path = withoutPassword.url();
        options.password = address.password;
        return Storage::Database::open(options);
    };
    retranslate();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setAddress(const Storage::ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port > 0 ? address.port : defaultPort);
    m_database->setText(address.database);
    const int tls = m_tls->findData(address.sslMode);
    m_tls->setCurrentIndex(tls >= 0 ? tls : preferIndex);
    m_user->setText(address.user);
    m_password->setText(address.password);
    m_knownPassword = address.password.isEmpty() && m_passwords.read(address).has_value();
    updatePasswordHint();
}

Storage::ServerAddress ConnectDialog::address() const
{
    Storage::ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_tls->currentData().toString();
    return address;
}

void ConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Taller by the lines of the error, so that nothing above it is squeezed.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<Storage::Database> ConnectDialog::takeDatabase()
{
    return std::move(m_db);
}

bool ConnectDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::accept()
{
    Storage::ServerAddress typed = address();
    if (typed.database.isEmpty() || typed.user.isEmpty()) {
        showError(tr("Give the newsroom's database and your login; whoever runs the server "
                     "has them for you."));
        (typed.database.isEmpty() ? m_database : m_user)->setFocus();
        return;
    }
    if (typed.password.isEmpty()) { // the one the keyring keeps, else libpq's ~/.pgpass
        if (std::optional<QString> kept = m_passwords.read(typed))
            typed.password = *kept;
    }
    showError(tr("Connecting to %1…").arg(typed.host.isEmpty() ? typed.database : typed.host));
    m_buttons->setEnabled(false);
    auto opened = connectTo(typed);
    m_buttons->setEnabled(true);
    if (!opened) {
        showError(opened.error().message);
        return;
    }
    m_db = std::move(*opened);
    m_usedPassword = typed.password;
    showError({});
    QDialog::accept();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::updatePasswordHint()
{
    m_password->setPlaceholderText(m_knownPassword ? tr("Remembered: leave empty to use it")
                                                   : QString());
    m_passwordNote->setText(m_passwords.placeText());
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a newsroom server"));
    m_intro->setText(tr("Work in the newsroom everyone shares. Whoever runs the newsroom's "
                        "server gives you its address, the database and your login."));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    m_hostLabel->setText(tr("&Server:"));
    m_host->setToolTip(tr("The server's name or address, as whoever runs it gave it to you "
                          "(a folder starting with / is a server on this computer)"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setToolTip(tr("5432 unless you were told otherwise"));
    label(m_database, tr("&Database:"));
    m_database->setToolTip(tr("The name of the newsroom's database on the server"));
    label(m_tls, tr("&Encryption:"));
    m_tls->setItemText(0, tr("Off (only on a network you trust)"));
    m_tls->setItemText(1, tr("When the server offers it"));
    m_tls->setItemText(2, tr("Always"));
    m_tls->setItemText(3, tr("Always, and check the server's certificate"));
    m_tls->setToolTip(tr("How the connection is protected from others on the network. "
                         "\"Always, and check the server's certificate\" is the safest; ask "
                         "whoever runs the server which one it supports."));
    label(m_user, tr("Your &login:"));
    m_user->setToolTip(tr("Your login on the server: on a newsroom server you are who you sign "
                          "in as"));
    label(m_password, tr("Pass&word:"));
    m_remember->setText(tr("&Remember the password on this computer"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    updatePasswordHint();
}

} // namespace Byline
