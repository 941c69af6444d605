#include "ServePaymentStep.h"

#include "DisplayFormat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServePaymentStep::ServePaymentStep(QWidget* parent)
    : QWidget(parent)
    , m_fee(new QLabel(this))
    , m_cash(new QRadioButton(tr("Cash"), this))
    , m_card(new QRadioButton(tr("Card (office terminal)"), this))
    , m_terminal(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
{
    m_fee->setObjectName(u"paymentFee"_s);
    m_cash->setObjectName(u"paymentCash"_s);
    m_card->setObjectName(u"paymentCard"_s);
    m_terminal->setObjectName(u"paymentTerminal"_s);
    m_reference->setObjectName(u"paymentReference"_s);
    DisplayFormat::keepLeftToRight(m_terminal);
    DisplayFormat::keepLeftToRight(m_reference);
    m_terminal->setPlaceholderText(tr("8 digits"));
    m_reference->setPlaceholderText(tr("trace number (6 or 12 digits)"));
    m_cash->setChecked(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Fee"), m_fee);
    form->addRow(QString(), m_cash);
    form->addRow(QString(), m_card);
    form->addRow(tr("Terminal id"), m_terminal);
    form->addRow(tr("Card reference"), m_reference);
    const auto cardFields = [this] {
        m_terminal->setEnabled(m_card->isChecked());
        m_reference->setEnabled(m_card->isChecked());
    };
    connect(m_card, &QRadioButton::toggled, this, cardFields);
    cardFields();
    for (QLineEdit* edit : {m_terminal, m_reference})
        connect(edit, &QLineEdit::returnPressed, this, &ServePaymentStep::submitted);
}

void ServePaymentStep::setFee(const QString& text)
{
    m_fee->setText(text);
}

bool ServePaymentStep::isCard() const
{
    return m_card->isChecked();
}

QString ServePaymentStep::terminal() const
{
    return m_terminal->text();
}

QString ServePaymentStep::reference() const
{
    return m_reference->text();
}

void ServePaymentStep::clear()
{
    m_terminal->clear();
    m_reference->clear();
    m_cash->setChecked(true);
}

} // namespace pishkhan::ui
