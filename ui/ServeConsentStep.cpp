#include "ServeConsentStep.h"

#include "DisplayFormat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServeConsentStep::ServeConsentStep(QWidget* parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_sendCode(new QPushButton(this))
    , m_countdown(new QLabel(this))
    , m_code(new QLineEdit(this))
{
    m_info->setObjectName(u"consentInfo"_s);
    m_info->setWordWrap(true);
    m_sendCode->setObjectName(u"consentSendCode"_s);
    m_countdown->setObjectName(u"consentCountdown"_s);
    m_code->setObjectName(u"consentCode"_s);
    DisplayFormat::keepLeftToRight(m_code);
    m_code->setPlaceholderText(tr("6 digits"));
    auto* form = new QFormLayout;
    form->addRow(QString(), m_sendCode);
    form->addRow(QString(), m_countdown);
    form->addRow(tr("One-time code"), m_code);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_sendCode, &QPushButton::clicked, this, &ServeConsentStep::sendCodeClicked);
    connect(m_code, &QLineEdit::returnPressed, this, &ServeConsentStep::submitted);
}

void ServeConsentStep::setInfo(const QString& text)
{
    m_info->setText(text);
}

void ServeConsentStep::setSendButton(const QString& text, bool enabled)
{
    m_sendCode->setText(text);
    m_sendCode->setEnabled(enabled);
}

void ServeConsentStep::setCountdown(const QString& text)
{
    m_countdown->setText(text);
}

QString ServeConsentStep::code() const
{
    return m_code->text();
}

void ServeConsentStep::clearCode()
{
    m_code->clear();
}

bool ServeConsentStep::isSendButtonFocused() const
{
    return m_sendCode->hasFocus();
}

} // namespace pishkhan::ui
