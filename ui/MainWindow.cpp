#include "MainWindow.h"

#include "PrintOutcome.h"

#include "ActivationPage.h"
#include "AttentionPage.h"
#include "DisplayFormat.h"
#include "DraftsPage.h"
#include "FollowUpPage.h"
#include "HintLabel.h"
#include "LockPage.h"
#include "LoginPage.h"
#include "PrintQueuePage.h"
#include "PropertyPage.h"
#include "RecoveryKeyDialog.h"
#include "RefundsPanel.h"
#include "ServePage.h"
#include "SettingsPage.h"
#include "SmsLogPanel.h"
#include "StaffPage.h"
#include "SupervisorPage.h"
#include "SyncStatusBar.h"
#include "counter/DeskRuntime.h"
#include "counter/PropertyInquiry.h"
#include "counter/UiLanguage.h"
#include "ops/DailyBackup.h"
#include "ops/RecoveryKey.h"
#include "print/PdfDocumentWriter.h"
#include "security/AccountService.h"
#include "security/Authorizer.h"
#include "security/IdleLock.h"
#include "security/Role.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

MainWindow::MainWindow(DeskRuntime& runtime, QWidget* parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
    , m_banner(new QLabel(this))
    , m_header(new QLabel(this))
    , m_startup(new HintLabel(HintLabel::Kind::Plain, this))
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginPage(runtime, this))
    , m_status(new SyncStatusBar(runtime, this))
    , m_lockPage(new LockPage(this))
    , m_activation(new ActivationPage(runtime, this))
    , m_idleTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Pishkhan Desk"));
    m_banner->setObjectName(u"trainingBanner"_s);
    m_banner->setText(tr("TRAINING MODE — practice only: nothing here reaches the municipality"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(u"background:#ffd54f;color:#3e2723;font-weight:bold;padding:6px"_s);
    m_banner->setVisible(runtime.isTraining());
    m_header->setObjectName(u"windowHeader"_s);
    m_startup->setObjectName(u"startupMessage"_s);
    m_startup->setWordWrap(true);
    m_startup->setText(tr("Starting the counter…"));

    m_pages->addWidget(m_login);
    m_pages->addWidget(m_lockPage);
    m_pages->addWidget(m_activation);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addWidget(m_startup);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    setStatusBar(m_status);

    auto* help = new QAction(tr("Keyboard shortcuts"), this);
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, &MainWindow::showHelp);
    addAction(help);
    auto* newCitizen = new QAction(tr("New citizen"), this);
    newCitizen->setShortcut(QKeySequence(Qt::Key_F2));
    connect(newCitizen, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_serve)
            servePage()->startOver();
        else
            showServe();
    });
    addAction(newCitizen);
    auto* followUp = new QAction(tr("Follow up"), this);
    followUp->setShortcut(QKeySequence(Qt::Key_F3));
    connect(followUp, &QAction::triggered, this, &MainWindow::showFollowUp);
    addAction(followUp);
    auto* attention = new QAction(tr("Needs attention"), this);
    attention->setShortcut(QKeySequence(Qt::Key_F4));
    connect(attention, &QAction::triggered, this, &MainWindow::showAttention);
    addAction(attention);
    auto* supervisor = new QAction(tr("Supervisor"), this);
    supervisor->setShortcut(QKeySequence(Qt::Key_F6));
    connect(supervisor, &QAction::triggered, this, &MainWindow::showSupervisor);
    addAction(supervisor);
    auto* property = new QAction(tr("Property file"), this);
    property->setShortcut(QKeySequence(Qt::Key_F5));
    connect(property, &QAction::triggered, this, &MainWindow::showProperty);
    addAction(property);
    auto* settings = new QAction(tr("Settings"), this);
    settings->setShortcut(QKeySequence(Qt::Key_F7));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    addAction(settings);
    auto* staff = new QAction(tr("Staff"), this);
    staff->setShortcut(QKeySequence(Qt::Key_F8));
    connect(staff, &QAction::triggered, this, &MainWindow::showStaff);
    addAction(staff);
    // An account disabled or reset at another counter: the runtime ends its session after the
    // sync that brought the change, and the counter returns to the log-in form.
    connect(&runtime, &DeskRuntime::sessionChanged, this, [this] {
        if (m_idle && !m_runtime.session().isValid())
            logOut();
    });
    auto* toPrint = new QAction(tr("To print"), this);
    toPrint->setShortcut(QKeySequence(Qt::Key_F9));
    connect(toPrint, &QAction::triggered, this, &MainWindow::showPrintQueue);
    addAction(toPrint);
    auto* drafts = new QAction(tr("Drafts"), this);
    drafts->setShortcut(QKeySequence(Qt::Key_F10));
    connect(drafts, &QAction::triggered, this, &MainWindow::showDrafts);
    addAction(drafts);
    m_pageActions = {newCitizen, followUp, attention, supervisor, property,
                     settings,   staff,    toPrint,   drafts};
    auto* lock = new QAction(tr("Lock the counter"), this);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockCounter);
    addAction(lock);
    connect(m_lockPage, &LockPage::unlocked, this, &MainWindow::onUnlocked);
    connect(m_lockPage, &LockPage::logOutRequested, this, &MainWindow::logOut);
    m_idleTimer->setInterval(5000);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_idle && !isLocked() && m_idle->isLocked())
            showLock();
    });
    qApp->installEventFilter(this);
    auto* logout = new QAction(tr("Log out"), this);
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logout, &QAction::triggered, this, &MainWindow::logOut);
    addAction(logout);

    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);
    connect(&runtime, &DeskRuntime::ready, this, &MainWindow::onReady);
    connect(&runtime, &DeskRuntime::failed, this, [this](const QString& message) {
        m_startup->setText(message);
        m_startup->setKind(HintLabel::Kind::Error);
        m_startup->show();
    });
    connect(&runtime, &DeskRuntime::activationNeeded, this, [this] {
        m_startup->hide();
        m_pages->setCurrentWidget(m_activation);
        m_activation->prepare();
    });
    connect(&runtime, &DeskRuntime::catalogueChanged, this, [this] {
        if (m_pages->currentWidget() == m_serve && servePage()->flow() &&
            servePage()->flow()->step() == ServeFlow::Step::Citizen)
            servePage()->startOver();
    });
    m_pages->setCurrentWidget(m_login);
    updateHeader();
    resize(1000, 720);
    if (runtime.isOpen())
        storeOpened();
    if (runtime.isReady())
        onReady();
}

void MainWindow::storeOpened()
{
    if (m_runtime.isTraining() && !m_sms) {
        // A phone screen, not an archive: the newest few texts.
        m_sms = new SmsLogPanel([this] { return m_runtime.smsMessages(5); }, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_sms);
    }
    m_login->refresh();
    updateHeader();
    if (!m_backup) {
        // The daily backup of the settings' [backup] section; off until a folder is chosen.
        m_backup = new DailyBackup(m_runtime, this);
        connect(m_backup, &DailyBackup::failed, this, [this](const QString& why) {
            m_status->showMessage(tr("The daily backup failed: %1").arg(why), 30000);
        });
        m_backup->start();
    }
}

void MainWindow::onReady()
{
    m_startup->hide();
    if (m_pages->currentWidget() == m_activation)
        m_pages->setCurrentWidget(m_login);
    m_status->attach();
    if (SyncEngine* sync = m_runtime.sync()) {
        // The list follows the engine: refusals arrive, resubmitted requests leave.
        connect(sync, &SyncEngine::requestNeedsAttention, this, [this] {
            if (m_pages->currentWidget() == m_attention)
                attentionPage()->refresh();
        });
        connect(sync, &SyncEngine::requestAccepted, this, [this] {
            if (m_pages->currentWidget() == m_attention)
                attentionPage()->refresh();
        });
    }
    m_login->refresh();
    updateHeader();
}

template<typename Page>
Page* MainWindow::page(Page*& slot)
{
    if (!slot) {
        slot = new Page(m_runtime, this);
        m_pages->addWidget(slot);
    }
    return slot;
}

ServePage* MainWindow::servePage()
{
    return page(m_serve);
}

FollowUpPage* MainWindow::followUpPage()
{
    const bool fresh = !m_followUp;
    FollowUpPage* followUp = page(m_followUp);
    if (fresh)
        connect(followUp, &FollowUpPage::printRequested, this, &MainWindow::writeAnswerPdf);
    return followUp;
}

AttentionPage* MainWindow::attentionPage()
{
    const bool fresh = !m_attention;
    AttentionPage* attention = page(m_attention);
    if (fresh) {
        // The next steps of a request rejected after acceptance open the usual screens.
        connect(attention, &AttentionPage::refundRequested, this, [this](qint64 feeSeq) {
            showSupervisor();
            if (m_pages->currentWidget() != m_supervisor)
                return; // not a supervisor: the status bar says so
            supervisorPage()->showTab(
                supervisorPage()->tabs()->indexOf(supervisorPage()->refunds()));
            supervisorPage()->refunds()->select(feeSeq);
        });
        connect(attention, &AttentionPage::resubmitAsNewRequested, this,
                [this](const RequestResubmission& rejected) {
                    showServe();
                    servePage()->startFrom(rejected);
                });
    }
    return attention;
}

SupervisorPage* MainWindow::supervisorPage()
{
    return page(m_supervisor);
}

PropertyPage* MainWindow::propertyPage()
{
    const bool fresh = !m_property;
    PropertyPage* property = page(m_property);
    if (fresh) {
        connect(property, &PropertyPage::printRequested, this, &MainWindow::writeAnswerPdf);
        connect(property, &PropertyPage::inquiryRequested, this, [this] {
            m_pages->setCurrentWidget(servePage());
            servePage()->startWith(QString::fromLatin1(PropertyInquiry::kServiceId));
        });
    }
    return property;
}

SettingsPage* MainWindow::settingsPage()
{
    return page(m_settings);
}

StaffPage* MainWindow::staffPage()
{
    return page(m_staff);
}

PrintQueuePage* MainWindow::printQueuePage()
{
    return page(m_printQueue);
}

void MainWindow::showPrintQueue()
{
    if (!m_runtime.session().isValid() || !m_runtime.printing())
        return;
    m_pages->setCurrentWidget(printQueuePage());
    printQueuePage()->refresh();
}

DraftsPage* MainWindow::draftsPage()
{
    if (!m_drafts) {
        page(m_drafts);
        connect(m_drafts, &DraftsPage::resumeRequested, this, [this](qint64 draftId) {
            showServe();
            if (m_pages->currentWidget() != m_serve)
                return;
            if (Status ok = servePage()->resumeDraft(draftId); !ok) {
                // Back to the list, where the clerk chose it, with the reason.
                m_pages->setCurrentWidget(m_drafts);
                m_drafts->refresh();
                m_drafts->showError(ok.error().userMessage());
            }
        });
    }
    return m_drafts;
}

void MainWindow::showDrafts()
{
    if (!m_runtime.session().isValid() || !m_runtime.isReady())
        return;
    m_pages->setCurrentWidget(draftsPage());
    draftsPage()->refresh();
}

void MainWindow::showStaff()
{
    const Session& session = m_runtime.session();
    if (!session.isValid())
        return;
    if (!Authorizer::allows(session.role, Permission::ManageAccounts)) {
        m_status->showMessage(tr("The staff screen needs an administrator's account."), 5000);
        return;
    }
    m_pages->setCurrentWidget(staffPage());
    staffPage()->refresh();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockPage;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_idle && !isLocked())
            m_idle->activity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockCounter()
{
    if (!m_idle || isLocked())
        return;
    m_idle->lock();
    showLock();
}

void MainWindow::showLock()
{
    m_beforeLock = m_pages->currentWidget();
    for (QAction* a : std::as_const(m_pageActions))
        a->setEnabled(false);
    m_pages->setCurrentWidget(m_lockPage);
    m_lockPage->showFor(m_idle.get());
}

void MainWindow::onUnlocked()
{
    for (QAction* a : std::as_const(m_pageActions))
        a->setEnabled(true);
    // Back to the very screen, with every field as the clerk left it.
    m_pages->setCurrentWidget(m_beforeLock ? m_beforeLock : servePage());
    m_beforeLock = nullptr;
    activateWindow();
}

void MainWindow::onLoggedIn()
{
    m_idle =
        std::make_unique<IdleLock>(m_runtime.accounts(), m_runtime.audit(), m_runtime.session());
    m_idleTimer->start();
    updateHeader();
    m_pages->setCurrentWidget(servePage());
    servePage()->startOver();
    const Session& session = m_runtime.session();
    // The office's real store only: a training key protects nothing worth recovering.
    if (!m_runtime.isTraining() && Authorizer::allows(session.role, Permission::Rekey))
        QTimer::singleShot(0, this, &MainWindow::offerRecoveryKey);
}

void MainWindow::offerRecoveryKey()
{
    Result<QByteArray> key = m_runtime.readStoreKey();
    if (!key) {
        m_status->showMessage(key.error().userMessage(), 30000);
        return;
    }
    const QString fingerprint = RecoveryKey::fingerprint(*key);
    if (m_runtime.settings().recoveryKeyConfirmed == fingerprint)
        return;
    Result<RecoveryKey> recovery = RecoveryKey::fromStoreKey(*key);
    if (!recovery)
        return;
    RecoveryKeyDialog dialog(
        *recovery, int(QRandomGenerator::global()->bounded(quint32(RecoveryKey::kGroups))), this);
    const bool confirmed = dialog.exec() == QDialog::Accepted;
    activateWindow();
    if (!confirmed)
        return; // asked again at the next administrator log-in
    DeskSettings settings = m_runtime.settings();
    settings.recoveryKeyConfirmed = fingerprint;
    if (Status saved = m_runtime.saveSettings(settings); !saved)
        m_status->showMessage(saved.error().userMessage(), 30000);
}

void MainWindow::showServe()
{
    if (!m_runtime.session().isValid())
        return;
    m_pages->setCurrentWidget(servePage());
    servePage()->startOver();
}

void MainWindow::showFollowUp()
{
    if (!m_runtime.session().isValid() || !m_runtime.isReady())
        return;
    m_pages->setCurrentWidget(followUpPage());
    followUpPage()->startOver();
}

void MainWindow::showAttention()
{
    if (!m_runtime.session().isValid() || !m_runtime.isReady())
        return;
    m_pages->setCurrentWidget(attentionPage());
    attentionPage()->refresh();
}

void MainWindow::showSupervisor()
{
    const Session& session = m_runtime.session();
    if (!session.isValid() || !m_runtime.isReady())
        return;
    // The screen needs the reports permission; a clerk's F6 does nothing. The ledger checks
    // every action again.
    if (!Authorizer::allows(session.role, Permission::ViewReports)) {
        m_status->showMessage(tr("The supervisor's screen needs a supervisor's account."), 5000);
        return;
    }
    if (m_pages->currentWidget() == m_supervisor)
        supervisorPage()->refresh();
    else
        m_pages->setCurrentWidget(supervisorPage());
}

void MainWindow::showProperty()
{
    if (!m_runtime.session().isValid() || !m_runtime.isReady())
        return;
    m_pages->setCurrentWidget(propertyPage());
    propertyPage()->startOver();
}

void MainWindow::showSettings()
{
    const Session& session = m_runtime.session();
    if (!session.isValid())
        return;
    if (!Authorizer::allows(session.role, Permission::ChangeSettings)) {
        m_status->showMessage(tr("The settings need an administrator's account."), 5000);
        return;
    }
    m_pages->setCurrentWidget(settingsPage());
    settingsPage()->load();
}

void MainWindow::logOut()
{
    m_idleTimer->stop();
    m_idle.reset();
    m_beforeLock = nullptr;
    for (QAction* a : std::as_const(m_pageActions))
        a->setEnabled(true);
    if (m_runtime.session().isValid())
        (void)m_runtime.accounts().logout(m_runtime.session());
    m_runtime.setSession({});
    m_login->refresh();
    m_pages->setCurrentWidget(m_login);
    updateHeader();
}

void MainWindow::updateHeader()
{
    const DeskSettings& s = m_runtime.settings();
    QString text;
    if (!s.officeCode.isEmpty())
        text = tr("Office %1 — counter %2")
                   .arg(UiLanguage::code(s.officeCode), DisplayFormat::count(s.counter));
    const Session& session = m_runtime.session();
    if (session.isValid())
        text += u"   |   "_s +
                tr("Clerk: %1 (%2)").arg(session.displayName, roleDisplayName(session.role));
    m_header->setText(text);
}

void MainWindow::showHelp()
{
    QMessageBox box(this);
    box.setObjectName(u"helpDialog"_s);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setText(tr("<table>"
                   "<tr><td><b>Enter</b></td><td>next step / confirm</td></tr>"
                   "<tr><td><b>Tab</b></td><td>next field</td></tr>"
                   "<tr><td><b>Esc</b></td><td>previous step</td></tr>"
                   "<tr><td><b>F2</b></td><td>new citizen</td></tr>"
                   "<tr><td><b>F3</b></td><td>follow up a request</td></tr>"
                   "<tr><td><b>Ctrl+P</b></td><td>reprint the receipt as a copy</td></tr>"
                   "<tr><td><b>F4</b></td><td>requests that need attention</td></tr>"
                   "<tr><td><b>F5</b></td><td>property file</td></tr>"
                   "<tr><td><b>F6</b></td><td>supervisor: totals, voids, day close, "
                   "reports</td></tr>"
                   "<tr><td><b>F7</b></td><td>settings (administrator)</td></tr>"
                   "<tr><td><b>F8</b></td><td>staff (administrator)</td></tr>"
                   "<tr><td><b>F9</b></td><td>documents waiting to be printed</td></tr>"
                   "<tr><td><b>F10</b></td><td>drafts: requests kept before sending "
                   "(Ctrl+S on the serve form)</td></tr>"
                   "<tr><td><b>F1</b></td><td>this help</td></tr>"
                   "<tr><td><b>Ctrl+L</b></td><td>log out</td></tr>"
                   "<tr><td><b>Ctrl+Shift+L</b></td><td>lock the counter</td></tr>"
                   "</table>"));
    box.exec();
    // Without a window manager nobody hands the keyboard back to the counter window.
    activateWindow();
}

void MainWindow::writeAnswerPdf(const PrintableDocument& document)
{
    const PrintOutcome::Told told = PrintOutcome::print(m_runtime, document);
    if (told.error)
        QMessageBox::warning(this, tr("Print answer"), told.text);
}

} // namespace pishkhan::ui
