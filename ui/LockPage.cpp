#include "LockPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "security/IdleLock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

LockPage::LockPage(QWidget* parent)
    : QWidget(parent)
    , m_who(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(DisplayFormat::hint(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_logOut(new QPushButton(tr("Log out"), this))
{
    setObjectName(u"lockPage"_s);
    m_password->setObjectName(u"lockPassword"_s);
    m_message->setObjectName(u"lockMessage"_s);
    m_unlock->setObjectName(u"lockUnlock"_s);
    m_logOut->setObjectName(u"lockLogOut"_s);

    auto* title = new QLabel(tr("The counter is locked"), this);
    DisplayFormat::makeTitle(title);
    m_who->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_logOut);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_who);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockPage::submit);
    connect(m_logOut, &QPushButton::clicked, this, &LockPage::logOutRequested);
    connect(m_password, &QLineEdit::textEdited, m_message, &QLabel::clear);
}

void LockPage::showFor(IdleLock* lock)
{
    m_lock = lock;
    m_who->setText(
        tr("%1 locked this counter. Only their password opens it; another clerk logs them out.")
            .arg(lock ? lock->session().displayName : QString()));
    m_password->clear();
    m_message->clear();
    m_password->setFocus();
}

void LockPage::submit()
{
    if (!m_lock)
        return;
    const Status s = m_lock->unlock(m_password->text());
    m_password->clear();
    if (!s) {
        m_message->setText(s.error().userMessage());
        return;
    }
    emit unlocked();
}

} // namespace pishkhan::ui
