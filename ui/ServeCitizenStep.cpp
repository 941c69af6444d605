#include "ServeCitizenStep.h"

#include "DisplayFormat.h"
#include "HintLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServeCitizenStep::ServeCitizenStep(QWidget* parent)
    : QWidget(parent)
    , m_nationalCode(new QLineEdit(this))
    , m_nationalCodeHint(DisplayFormat::hint(this))
    , m_mobile(new QLineEdit(this))
    , m_mobileHint(DisplayFormat::hint(this))
    , m_kind(new QComboBox(this))
    , m_legalEntityId(new QLineEdit(this))
    , m_legalEntityIdHint(DisplayFormat::hint(this))
    , m_nationalCodeLabel(new QLabel(this))
    , m_mobileLabel(new QLabel(this))
    , m_form(new QFormLayout(this))
{
    m_nationalCode->setObjectName(u"citizenNationalCode"_s);
    m_nationalCodeHint->setObjectName(u"citizenNationalCodeHint"_s);
    m_mobile->setObjectName(u"citizenMobile"_s);
    m_mobileHint->setObjectName(u"citizenMobileHint"_s);
    m_kind->setObjectName(u"citizenKind"_s);
    m_legalEntityId->setObjectName(u"citizenLegalEntityId"_s);
    m_legalEntityIdHint->setObjectName(u"citizenLegalEntityIdHint"_s);
    DisplayFormat::keepLeftToRight(m_nationalCode);
    DisplayFormat::keepLeftToRight(m_mobile);
    DisplayFormat::keepLeftToRight(m_legalEntityId);
    m_nationalCode->setPlaceholderText(tr("10 digits"));
    m_mobile->setPlaceholderText(tr("09xxxxxxxxx"));
    m_legalEntityId->setPlaceholderText(tr("11 digits"));
    m_kind->addItem(tr("A person (Ctrl+1)"));
    m_kind->addItem(tr("A company, through its representative (Ctrl+2)"));
    m_form->addRow(tr("Applicant"), m_kind);
    m_form->addRow(tr("Legal entity's national id"), m_legalEntityId);
    m_form->addRow(QString(), m_legalEntityIdHint);
    m_form->addRow(m_nationalCodeLabel, m_nationalCode);
    m_form->addRow(QString(), m_nationalCodeHint);
    m_form->addRow(m_mobileLabel, m_mobile);
    m_form->addRow(QString(), m_mobileHint);
    setTabOrder(m_kind, m_legalEntityId);
    setTabOrder(m_legalEntityId, m_nationalCode);
    setTabOrder(m_nationalCode, m_mobile);

    const auto shortcut = [this](QKeySequence keys, bool company) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, company] {
            setCompany(company);
            firstEdit()->setFocus(Qt::ShortcutFocusReason);
        });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), false);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_2), true);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        emit edited();
    });
    connect(m_nationalCode, &QLineEdit::textEdited, this, &ServeCitizenStep::edited);
    connect(m_mobile, &QLineEdit::textEdited, this, &ServeCitizenStep::edited);
    connect(m_legalEntityId, &QLineEdit::textEdited, this, &ServeCitizenStep::edited);
    connect(m_legalEntityId, &QLineEdit::returnPressed, m_nationalCode,
            qOverload<>(&QWidget::setFocus));
    connect(m_nationalCode, &QLineEdit::returnPressed, m_mobile, qOverload<>(&QWidget::setFocus));
    connect(m_mobile, &QLineEdit::returnPressed, this, &ServeCitizenStep::submitted);
    showKind();
}

void ServeCitizenStep::showKind()
{
    const bool company = isCompany();
    m_form->setRowVisible(m_legalEntityId, company);
    m_form->setRowVisible(m_legalEntityIdHint, company);
    m_nationalCodeLabel->setText(company ? tr("Representative's national code")
                                         : tr("National code"));
    m_mobileLabel->setText(company ? tr("Representative's mobile") : tr("Mobile number"));
}

QString ServeCitizenStep::nationalCode() const
{
    return m_nationalCode->text();
}

QString ServeCitizenStep::mobile() const
{
    return m_mobile->text();
}

bool ServeCitizenStep::isCompany() const
{
    return m_kind->currentIndex() == 1;
}

void ServeCitizenStep::setCompany(bool company)
{
    m_kind->setCurrentIndex(company ? 1 : 0);
}

QString ServeCitizenStep::legalEntityId() const
{
    return m_legalEntityId->text();
}

QLineEdit* ServeCitizenStep::firstEdit() const
{
    return isCompany() ? m_legalEntityId : m_nationalCode;
}

void ServeCitizenStep::setNationalCodeHint(const QString& text)
{
    m_nationalCodeHint->setText(text);
}

void ServeCitizenStep::setMobileHint(const QString& text)
{
    m_mobileHint->setText(text);
}

void ServeCitizenStep::setLegalEntityIdHint(const QString& text)
{
    m_legalEntityIdHint->setText(text);
}

void ServeCitizenStep::clear()
{
    m_nationalCode->clear();
    m_mobile->clear();
    m_legalEntityId->clear();
    m_nationalCodeHint->clear();
    m_mobileHint->clear();
    m_legalEntityIdHint->clear();
    setCompany(false);
}

} // namespace pishkhan::ui
