#include "ActivationPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ActivationPage::ActivationPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_server(new QLabel(this))
    , m_office(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_message(DisplayFormat::hint(this))
    , m_submit(new QPushButton(tr("Activate this counter"), this))
{
    setObjectName(u"activationPage"_s);
    m_office->setObjectName(u"activationOffice"_s);
    m_code->setObjectName(u"activationCode"_s);
    m_label->setObjectName(u"activationLabel"_s);
    m_message->setObjectName(u"activationMessage"_s);
    m_submit->setObjectName(u"activationSubmit"_s);

    auto* title = new QLabel(tr("Activate this counter"), this);
    DisplayFormat::makeTitle(title);
    auto* intro = new QLabel(tr("Enter the office code and the one-time activation code the "
                                "municipality issued for this PC. The code works once."),
                             this);
    intro->setWordWrap(true);
    m_server->setWordWrap(true);
    // Codes are Latin letters and digits: typed left to right even in a Persian window.
    for (QLineEdit* e : {m_office, m_code})
        e->setLayoutDirection(Qt::LeftToRight);
    m_office->setPlaceholderText(u"IF-1001"_s);
    m_label->setPlaceholderText(tr("e.g. counter 2, by the window"));

    auto* form = new QFormLayout;
    form->addRow(tr("Office code"), m_office);
    form->addRow(tr("Activation code"), m_code);
    form->addRow(tr("Name of this counter"), m_label);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_submit, 0, Qt::AlignLeading);
    layout->addStretch();

    connect(m_office, &QLineEdit::returnPressed, m_code, qOverload<>(&QWidget::setFocus));
    connect(m_code, &QLineEdit::returnPressed, this, &ActivationPage::submit);
    connect(m_label, &QLineEdit::returnPressed, this, &ActivationPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &ActivationPage::submit);
    connect(&runtime, &DeskRuntime::activationFailed, this, [this](const QString& why) {
        m_message->setText(why);
        m_submit->setEnabled(true);
        m_code->selectAll();
        m_code->setFocus();
    });
}

void ActivationPage::prepare()
{
    m_server->setText(tr("Server: %1").arg(UiLanguage::code(m_runtime.settings().backendUrl)));
    m_message->clear();
    m_submit->setEnabled(true);
    m_office->setFocus();
}

void ActivationPage::submit()
{
    m_message->clear();
    m_submit->setEnabled(false);
    m_runtime.activate(m_office->text(), m_code->text(), m_label->text());
}

} // namespace pishkhan::ui
