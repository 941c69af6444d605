#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace pishkhan {
struct PrintableDocument;
class DailyBackup;
class DeskRuntime;
class IdleLock;
} // namespace pishkhan

namespace pishkhan::ui {

class ActivationPage;
class AttentionPage;
class DraftsPage;
class FollowUpPage;
class HintLabel;
class LockPage;
class LoginPage;
class PrintQueuePage;
class PropertyPage;
class SettingsPage;
class StaffPage;
class ServePage;
class SmsLogPanel;
class SupervisorPage;
class SyncStatusBar;

// The counter's window: training banner, log in, serve a citizen, follow up, needs attention,
// the property file, the supervisor's screen, the settings, the sync status bar, and the SMS log
// panel in training mode. Screens are shown only when their core is ready.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskRuntime& runtime, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] LoginPage* loginPage() const { return m_login; }
    // Built on first use: a start-up builds only the log-in page before the first frame.
    [[nodiscard]] ServePage* servePage();
    [[nodiscard]] FollowUpPage* followUpPage();
    [[nodiscard]] AttentionPage* attentionPage();
    [[nodiscard]] SupervisorPage* supervisorPage();
    [[nodiscard]] PropertyPage* propertyPage();
    [[nodiscard]] SettingsPage* settingsPage();
    [[nodiscard]] StaffPage* staffPage();
    [[nodiscard]] SmsLogPanel* smsPanel() const { return m_sms; }
    [[nodiscard]] SyncStatusBar* syncStatus() const { return m_status; }
    [[nodiscard]] LockPage* lockPage() const { return m_lockPage; }
    [[nodiscard]] ActivationPage* activationPage() const { return m_activation; }
    [[nodiscard]] bool isLocked() const;

    // The runtime's store is open (main() opens it after the first frame): the log-in form,
    // the header and, in training, the SMS panel come alive.
    void storeOpened();

    void showHelp();
    void logOut();
    // Screens for a logged-in clerk (F2, F3, F4).
    void showServe();
    void showFollowUp();
    void showAttention();
    // The supervisor's screen (F6): supervisors and administrators only.
    void showSupervisor();
    // The property file (F5) and the settings (F7, administrators).
    void showProperty();
    void showSettings();
    // The office's staff (F8, administrators).
    void showStaff();
    // Locks the counter now (Ctrl+Shift+L); the idle timer does the same after the idle period.
    void lockCounter();
    // The "to print" list (F9): documents a printer did not take.
    [[nodiscard]] PrintQueuePage* printQueuePage();
    void showPrintQueue();
    // The clerk's serve drafts (F10); resuming one opens it in the serve page.
    [[nodiscard]] DraftsPage* draftsPage();
    void showDrafts();

protected:
    // Any key or mouse press anywhere in the app is activity for the idle lock.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onReady();
    void onLoggedIn();
    void updateHeader();
    void showLock();
    // Live counter, administrator: the recovery key until one has been confirmed for this key.
    void offerRecoveryKey();
    void onUnlocked();
    // The page in the slot, built and added to the stack on first use.
    template<typename Page>
    Page* page(Page*& slot);

    DeskRuntime& m_runtime;
    QLabel* m_banner;
    QLabel* m_header;
    HintLabel* m_startup;
    QStackedWidget* m_pages;
    LoginPage* m_login;
    ServePage* m_serve = nullptr;
    FollowUpPage* m_followUp = nullptr;
    AttentionPage* m_attention = nullptr;
    SupervisorPage* m_supervisor = nullptr;
    PropertyPage* m_property = nullptr;
    SettingsPage* m_settings = nullptr;
    StaffPage* m_staff = nullptr;
    PrintQueuePage* m_printQueue = nullptr;
    DraftsPage* m_drafts = nullptr;
    SmsLogPanel* m_sms = nullptr;
    SyncStatusBar* m_status;
    LockPage* m_lockPage;
    ActivationPage* m_activation;
    std::unique_ptr<IdleLock> m_idle; // while someone is logged in
    QTimer* m_idleTimer;
    QWidget* m_beforeLock = nullptr;
    QList<QAction*> m_pageActions; // disabled while locked
    DailyBackup* m_backup = nullptr;
    // An answer or property file to paper: an A5 PDF in the store folder, opened for the clerk.
    void writeAnswerPdf(const PrintableDocument& document);
};

} // namespace pishkhan::ui
