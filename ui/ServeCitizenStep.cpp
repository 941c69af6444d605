#include "ServeCitizenStep.h"

#include "DisplayFormat.h"
#include "HintLabel.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServeCitizenStep::ServeCitizenStep(QWidget* parent)
    : QWidget(parent)
    , m_nationalCode(new QLineEdit(this))
    , m_nationalCodeHint(DisplayFormat::hint(this))
    , m_mobile(new QLineEdit(this))
    , m_mobileHint(DisplayFormat::hint(this))
{
    m_nationalCode->setObjectName(u"citizenNationalCode"_s);
    m_nationalCodeHint->setObjectName(u"citizenNationalCodeHint"_s);
    m_mobile->setObjectName(u"citizenMobile"_s);
    m_mobileHint->setObjectName(u"citizenMobileHint"_s);
    DisplayFormat::keepLeftToRight(m_nationalCode);
    DisplayFormat::keepLeftToRight(m_mobile);
    m_nationalCode->setPlaceholderText(tr("10 digits"));
    m_mobile->setPlaceholderText(tr("09xxxxxxxxx"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("National code"), m_nationalCode);
    form->addRow(QString(), m_nationalCodeHint);
    form->addRow(tr("Mobile number"), m_mobile);
    form->addRow(QString(), m_mobileHint);
    connect(m_nationalCode, &QLineEdit::textEdited, this, &ServeCitizenStep::edited);
    connect(m_mobile, &QLineEdit::textEdited, this, &ServeCitizenStep::edited);
    connect(m_nationalCode, &QLineEdit::returnPressed, m_mobile, qOverload<>(&QWidget::setFocus));
    connect(m_mobile, &QLineEdit::returnPressed, this, &ServeCitizenStep::submitted);
}

QString ServeCitizenStep::nationalCode() const
{
    return m_nationalCode->text();
}

QString ServeCitizenStep::mobile() const
{
    return m_mobile->text();
}

void ServeCitizenStep::setNationalCodeHint(const QString& text)
{
    m_nationalCodeHint->setText(text);
}

void ServeCitizenStep::setMobileHint(const QString& text)
{
    m_mobileHint->setText(text);
}

void ServeCitizenStep::clear()
{
    m_nationalCode->clear();
    m_mobile->clear();
    m_nationalCodeHint->clear();
    m_mobileHint->clear();
}

} // namespace pishkhan::ui
