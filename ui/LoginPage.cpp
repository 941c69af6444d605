#include "LoginPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "security/AccountService.h"
#include "security/PasswordPolicy.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

LoginPage::LoginPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_title(new QLabel(this))
    , m_office(new QLabel(this))
    , m_mode(new HintLabel(HintLabel::Kind::Plain, this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_displayNameLabel(new QLabel(tr("Full name"), this))
    , m_passwordLabel(new QLabel(tr("Password"), this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_confirmLabel(new QLabel(tr("Repeat password"), this))
    , m_message(DisplayFormat::hint(this))
    , m_submit(new QPushButton(this))
{
    setObjectName(u"loginPage"_s);
    m_username->setObjectName(u"loginUsername"_s);
    m_displayName->setObjectName(u"loginDisplayName"_s);
    m_password->setObjectName(u"loginPassword"_s);
    m_confirm->setObjectName(u"loginConfirm"_s);
    m_message->setObjectName(u"loginMessage"_s);
    m_submit->setObjectName(u"loginSubmit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_mode->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("User name"), m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);

    auto* box = new QWidget(this);
    box->setMaximumWidth(520);
    auto* inner = new QVBoxLayout(box);
    inner->addWidget(m_title);
    inner->addWidget(m_office);
    inner->addWidget(m_mode);
    inner->addSpacing(12);
    inner->addLayout(form);
    inner->addWidget(m_message);
    inner->addWidget(m_submit);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    // Enter in any field submits: the clerk never needs the mouse to log in.
    for (QLineEdit* edit : {m_username, m_displayName, m_password, m_confirm})
        connect(edit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &LoginPage::submit);
    setTabOrder(m_username, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_submit);
    refresh();
}

void LoginPage::refresh()
{
    // The window is painted before the store opens (a faster first frame); the form waits.
    m_submit->setEnabled(m_runtime.isOpen());
    if (!m_runtime.isOpen())
        return;
    const DeskSettings& s = m_runtime.settings();
    if (s.officeCode.isEmpty())
        m_office->setText(tr("Office: not activated yet"));
    else
        m_office->setText(tr("Office %1 (%2), counter %3")
                              .arg(s.officeName, UiLanguage::code(s.officeCode),
                                   DisplayFormat::count(s.counter)));
    m_mode->setText(m_runtime.isTraining()
                        ? tr("Training mode: practice data only, served by the built-in sandbox.")
                        : tr("Live mode: requests go to the municipality."));
    m_mode->setKind(m_runtime.isTraining() ? HintLabel::Kind::Warning : HintLabel::Kind::Plain);
    m_mode->setBold(m_runtime.isTraining());
    const auto needsAdmin = m_runtime.accounts().needsFirstAdmin();
    m_firstRun = needsAdmin && *needsAdmin;
    m_title->setText(m_firstRun ? tr("Create the administrator account") : tr("Log in"));
    m_submit->setText(m_firstRun ? tr("Create and log in") : tr("Log in"));
    m_displayName->setVisible(m_firstRun);
    m_displayNameLabel->setVisible(m_firstRun);
    m_confirm->setVisible(m_firstRun);
    m_confirmLabel->setVisible(m_firstRun);
    m_pending = Session{};
    m_givenPassword.clear();
    m_username->setEnabled(true);
    m_passwordLabel->setText(tr("Password"));
    m_password->clear();
    m_confirm->clear();
    m_message->clear();
    m_username->setFocus();
}

void LoginPage::askForNewPassword(const Session& session, const QString& givenPassword)
{
    m_pending = session;
    m_givenPassword = givenPassword;
    m_title->setText(tr("Choose a new password"));
    m_message->setKind(HintLabel::Kind::Warning);
    m_message->setText(tr("An administrator set your password. Choose a new one that only you "
                          "know before you go on."));
    m_username->setEnabled(false);
    m_passwordLabel->setText(tr("New password"));
    m_confirm->setVisible(true);
    m_confirmLabel->setVisible(true);
    m_submit->setText(tr("Save the password and log in"));
    m_password->setFocus();
}

void LoginPage::choosePassword()
{
    m_message->setKind(HintLabel::Kind::Error);
    if (m_password->text() != m_confirm->text()) {
        m_message->setText(tr("The two passwords are not the same."));
        return;
    }
    const auto full =
        m_runtime.accounts().changeRequiredPassword(m_pending, m_givenPassword, m_password->text());
    m_password->clear();
    m_confirm->clear();
    if (!full) {
        m_message->setText(full.error().userMessage());
        m_password->setFocus();
        return;
    }
    m_givenPassword.clear();
    m_pending = Session{};
    m_runtime.setSession(*full);
    emit loggedIn();
}

void LoginPage::submit()
{
    if (m_pending.isValid()) {
        choosePassword();
        return;
    }
    m_message->setKind(HintLabel::Kind::Error);
    m_message->clear();
    AccountService& accounts = m_runtime.accounts();
    const QString username = m_username->text().trimmed();
    if (m_firstRun) {
        if (m_password->text() != m_confirm->text()) {
            m_message->setText(tr("The two passwords are not the same."));
            return;
        }
        const auto created = accounts.createFirstAdmin(username, m_displayName->text().trimmed(),
                                                       m_password->text());
        if (!created) {
            m_message->setText(created.error().userMessage());
            return;
        }
    }
    const QString typedPassword = m_password->text();
    const auto session = accounts.login(username, typedPassword);
    m_password->clear();
    m_confirm->clear();
    if (!session) {
        QString text = session.error().userMessage();
        if (session.error().code() == u"auth.locked"_s)
            text +=
                u" "_s + tr("Try again in %n second(s).", nullptr, session.error().nativeCode());
        m_message->setText(text);
        return;
    }
    if (session->mustChangePassword) {
        askForNewPassword(*session, typedPassword);
        return;
    }
    m_runtime.setSession(*session);
    emit loggedIn();
}

} // namespace pishkhan::ui
