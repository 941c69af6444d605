#include "SettingsPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "PrintRoutesEditor.h"
#include "counter/DeskRuntime.h"
#include "security/Authorizer.h"
#include "security/DraftRetention.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

enum ProxyMode { ProxySystem, ProxyNone, ProxyManual };

// Addresses, pins and paths are Latin and read left to right in either language.
QLineEdit* ltrEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    DisplayFormat::keepLeftToRight(edit);
    return edit;
}

} // namespace

SettingsPage::SettingsPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_url(ltrEdit(this, u"settingsUrl"_s))
    , m_pin(ltrEdit(this, u"settingsPin"_s))
    , m_caFile(ltrEdit(this, u"settingsCaFile"_s))
    , m_proxyMode(new QComboBox(this))
    , m_proxyUrl(ltrEdit(this, u"settingsProxyUrl"_s))
    , m_officeCode(ltrEdit(this, u"settingsOfficeCode"_s))
    , m_officeName(new QLineEdit(this))
    , m_district(new QSpinBox(this))
    , m_counter(new QSpinBox(this))
    , m_printRoutes(new PrintRoutesEditor(this))
    , m_language(new QComboBox(this))
    , m_backupDir(ltrEdit(this, u"settingsBackupDir"_s))
    , m_dailyBackup(new QCheckBox(tr("Back up the store every day"), this))
    , m_retention(new QSpinBox(this))
    , m_draftDays(new QSpinBox(this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"settingsPage"_s);
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(u"settingsTitle"_s);
    DisplayFormat::makeTitle(title);
    m_proxyMode->setObjectName(u"settingsProxyMode"_s);
    m_officeName->setObjectName(u"settingsOfficeName"_s);
    m_district->setObjectName(u"settingsDistrict"_s);
    m_counter->setObjectName(u"settingsCounter"_s);
    m_language->setObjectName(u"settingsLanguage"_s);
    m_dailyBackup->setObjectName(u"settingsDailyBackup"_s);
    m_retention->setObjectName(u"settingsRetention"_s);
    m_draftDays->setObjectName(u"settingsDraftDays"_s);
    m_message->setObjectName(u"settingsMessage"_s);

    m_url->setPlaceholderText(u"https://api.example.ir"_s);
    m_pin->setPlaceholderText(u"sha256//…"_s);
    m_caFile->setPlaceholderText(tr("empty = the system's certificates"));
    m_proxyMode->addItem(tr("The system's proxy"), ProxySystem);
    m_proxyMode->addItem(tr("No proxy"), ProxyNone);
    m_proxyMode->addItem(tr("This proxy:"), ProxyManual);
    m_proxyUrl->setPlaceholderText(u"http://proxy.example.ir:3128"_s);
    m_district->setRange(0, 99);
    m_counter->setRange(0, 99);
    m_language->addItem(u"فارسی"_s, u"fa"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_retention->setRange(1, DeskSettings::kMaxBackupRetention);
    m_draftDays->setRange(1, DraftRetention::kMaxDays);
    auto* browseCa = new QPushButton(tr("Choose…"), this);
    browseCa->setObjectName(u"settingsBrowseCa"_s);
    browseCa->setAutoDefault(false);
    auto* browseBackup = new QPushButton(tr("Choose…"), this);
    browseBackup->setObjectName(u"settingsBrowseBackup"_s);
    browseBackup->setAutoDefault(false);
    auto* saveButton = new QPushButton(tr("Save (Ctrl+S)"), this);
    saveButton->setObjectName(u"settingsSave"_s);
    saveButton->setAutoDefault(false);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    auto* proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 1);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupDir, 1);
    backupRow->addWidget(browseBackup);

    auto* form = new QFormLayout;
    form->addRow(tr("Server address"), m_url);
    form->addRow(tr("Server key pin"), m_pin);
    form->addRow(tr("CA file"), caRow);
    form->addRow(tr("Proxy"), proxyRow);
    form->addRow(tr("Office code"), m_officeCode);
    form->addRow(tr("Office name"), m_officeName);
    form->addRow(tr("Municipal district"), m_district);
    form->addRow(tr("Counter number"), m_counter);
    form->addRow(tr("Printing"), m_printRoutes);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Backup folder"), backupRow);
    form->addRow(QString(), m_dailyBackup);
    form->addRow(tr("Daily backups kept"), m_retention);
    form->addRow(tr("Drafts kept (days)"), m_draftDays);

    auto* holder = new QWidget(this);
    holder->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(holder);

    auto* note = new QLabel(
        tr("Connection, office and language changes take effect the next time the counter starts."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsPage::updateProxyField);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    // Window-wide like the other screens' keys (the focus is in a field); inactive while the
    // page is hidden.
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WindowShortcut);
    connect(saveKey, &QShortcut::activated, this, &SettingsPage::save);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::returnPressed, this, &SettingsPage::save);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA file"), m_caFile->text(), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(browseBackup, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupDir->text());
        if (!path.isEmpty())
            m_backupDir->setText(path);
    });
}

void SettingsPage::load()
{
    const DeskSettings& s = m_runtime.settings();
    m_url->setText(s.backendUrl);
    m_pin->setText(s.pinnedKey);
    m_caFile->setText(s.caFile);
    m_proxyMode->setCurrentIndex(s.proxy.isEmpty()        ? ProxySystem
                                 : s.proxy == u"direct"_s ? ProxyNone
                                                          : ProxyManual);
    m_proxyUrl->setText(m_proxyMode->currentIndex() == ProxyManual ? s.proxy : QString());
    updateProxyField();
    m_officeCode->setText(s.officeCode);
    m_officeName->setText(s.officeName);
    m_district->setValue(s.officeDistrict);
    m_counter->setValue(s.counter);
    m_printRoutes->setRoutes(s.printRoutes);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_backupDir->setText(s.backupDir);
    m_dailyBackup->setChecked(s.dailyBackup);
    m_retention->setValue(s.backupRetention);
    m_draftDays->setValue(m_runtime.draftRetentionDays().valueOr(DraftRetention::kDefaultDays));
    m_message->clear();
    m_url->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::updateProxyField()
{
    m_proxyUrl->setEnabled(m_proxyMode->currentIndex() == ProxyManual);
}

DeskSettings SettingsPage::collect() const
{
    DeskSettings s = m_runtime.settings();
    s.backendUrl = m_url->text().trimmed();
    s.pinnedKey = m_pin->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    switch (m_proxyMode->currentIndex()) {
    case ProxySystem:
        s.proxy.clear();
        break;
    case ProxyNone:
        s.proxy = u"direct"_s;
        break;
    default:
        s.proxy = m_proxyUrl->text().trimmed();
        break;
    }
    s.officeCode = m_officeCode->text().trimmed();
    s.officeName = m_officeName->text().trimmed();
    s.officeDistrict = m_district->value();
    s.counter = m_counter->value();
    s.printRoutes = m_printRoutes->routes();
    // The old key, for older builds reading this file: the receipts' system printer.
    const PrinterRoute receipts = s.printRoutes.route(DocumentKind::Receipt);
    s.printer = receipts.way == PrinterRoute::Way::System ? receipts.target : QString();
    s.language = m_language->currentData().toString();
    s.backupDir = m_backupDir->text().trimmed();
    s.dailyBackup = m_dailyBackup->isChecked();
    s.backupRetention = m_retention->value();
    return s;
}

void SettingsPage::showMessage(const QString& text, bool error)
{
    m_message->setKind(error ? HintLabel::Kind::Error : HintLabel::Kind::Ok);
    m_message->setText(text);
}

bool SettingsPage::save()
{
    if (const Status allowed = Authorizer::require(m_runtime.session(), Permission::ChangeSettings);
        !allowed) {
        showMessage(allowed.error().userMessage(), true);
        return false;
    }
    const DeskSettings s = collect();
    if (const Status ok = s.validate(); !ok) {
        showMessage(ok.error().userMessage(), true);
        return false;
    }
    if (const Status saved = m_runtime.saveSettings(s); !saved) {
        showMessage(saved.error().userMessage(), true);
        return false;
    }
    if (m_draftDays->value() != m_runtime.draftRetentionDays().valueOr(0)) {
        if (const Status kept = m_runtime.setDraftRetentionDays(m_draftDays->value()); !kept) {
            showMessage(kept.error().userMessage(), true);
            return false;
        }
    }
    showMessage(tr("Saved. Connection and language changes apply at the next start."), false);
    return true;
}

} // namespace pishkhan::ui
