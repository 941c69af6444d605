#include "FirstRunDialog.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/ConnectionSettingsStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
    , m_training(new QRadioButton(tr("Training: practise with the built-in sandbox"), this))
    , m_live(new QRadioButton(tr("Live: connect to the municipality"), this))
    , m_url(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Pishkhan Desk — first start"));
    m_training->setObjectName(u"firstRunTraining"_s);
    m_live->setObjectName(u"firstRunLive"_s);
    m_url->setObjectName(u"firstRunUrl"_s);
    m_pin->setObjectName(u"firstRunPin"_s);
    m_caFile->setObjectName(u"firstRunCaFile"_s);
    m_message->setObjectName(u"firstRunMessage"_s);

    auto* intro = new QLabel(tr("How will this counter be used? Training keeps practice data "
                                "apart and never reaches the municipality; you can start it "
                                "later with --training."),
                             this);
    intro->setWordWrap(true);
    m_training->setChecked(true);
    for (QLineEdit* e : {m_url, m_pin, m_caFile})
        e->setLayoutDirection(Qt::LeftToRight);
    m_url->setPlaceholderText(u"https://api.example.ir"_s);
    m_pin->setPlaceholderText(u"sha256//…"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Server address"), m_url);
    form->addRow(tr("Server key pin"), m_pin);
    form->addRow(tr("CA file"), m_caFile);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_training);
    layout->addWidget(m_live);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_live, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    updateEnabled();
}

bool FirstRunDialog::training() const
{
    return m_training->isChecked();
}

DeskSettings FirstRunDialog::liveSettings() const
{
    DeskSettings s;
    s.backendUrl = m_url->text().trimmed();
    s.pinnedKey = m_pin->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

void FirstRunDialog::updateEnabled()
{
    for (QLineEdit* e : {m_url, m_pin, m_caFile})
        e->setEnabled(m_live->isChecked());
    m_message->clear();
}

void FirstRunDialog::submit()
{
    if (training()) {
        accept();
        return;
    }
    const DeskSettings s = liveSettings();
    Status ok = DeskSettings::checkBackendUrl(s.backendUrl);
    if (ok)
        ok = DeskSettings::checkPin(s.pinnedKey);
    // A live counter must know the server's key: the pin is not optional here.
    if (ok)
        ok = ConnectionSettingsStore::checkLive(s);
    if (!ok) {
        m_message->setText(ok.error().userMessage());
        return;
    }
    accept();
}

} // namespace pishkhan::ui
