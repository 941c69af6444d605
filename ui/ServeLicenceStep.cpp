#include "ServeLicenceStep.h"

#include "DisplayFormat.h"
#include "HintLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServeLicenceStep::ServeLicenceStep(QWidget* parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_licence(new QLineEdit(this))
    , m_hint(DisplayFormat::hint(this))
    , m_engineer(new HintLabel(HintLabel::Kind::Ok, this))
{
    m_info->setObjectName(u"licenceInfo"_s);
    m_info->setWordWrap(true);
    m_licence->setObjectName(u"licenceNumber"_s);
    m_hint->setObjectName(u"licenceHint"_s);
    m_engineer->setObjectName(u"licenceEngineer"_s);
    m_engineer->setWordWrap(true);
    DisplayFormat::keepLeftToRight(m_licence);
    m_licence->setPlaceholderText(u"11-300-12345"_s);
    auto* form = new QFormLayout;
    form->addRow(tr("Engineer's licence number"), m_licence);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_engineer);
    auto* note = new QLabel(tr("The municipality checks the licence before the form opens: "
                               "Enter to check, Esc to pick another service."),
                            this);
    note->setObjectName(u"licenceNote"_s);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_licence, &QLineEdit::textEdited, this, &ServeLicenceStep::edited);
    connect(m_licence, &QLineEdit::returnPressed, this, &ServeLicenceStep::submitted);
}

void ServeLicenceStep::setInfo(const QString& text)
{
    m_info->setText(text);
}

QString ServeLicenceStep::licence() const
{
    return m_licence->text();
}

void ServeLicenceStep::setLicence(const QString& text)
{
    m_licence->setText(text);
}

void ServeLicenceStep::setHint(const QString& text)
{
    m_hint->setText(text);
}

void ServeLicenceStep::setEngineer(const QString& text)
{
    m_engineer->setText(text);
    m_engineer->setVisible(!text.isEmpty());
}

void ServeLicenceStep::clear()
{
    m_licence->clear();
    m_hint->clear();
    setEngineer(QString());
}

} // namespace pishkhan::ui
