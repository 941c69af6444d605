#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class AttentionPage;
class FollowUpPage;
class LoginPage;
class ServePage;
class SmsLogPanel;
class SyncStatusBar;

// The counter's window: training banner, log in, serve a citizen, follow up, needs attention,
// the sync status bar, and the SMS log panel in training mode. Screens are shown only when their
// core is ready.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DeskRuntime& runtime, QWidget* parent = nullptr);

    [[nodiscard]] LoginPage* loginPage() const { return m_login; }
    [[nodiscard]] ServePage* servePage() const { return m_serve; }
    [[nodiscard]] FollowUpPage* followUpPage() const { return m_followUp; }
    [[nodiscard]] AttentionPage* attentionPage() const { return m_attention; }
    [[nodiscard]] SmsLogPanel* smsPanel() const { return m_sms; }
    [[nodiscard]] SyncStatusBar* syncStatus() const { return m_status; }

    void showHelp();
    void logOut();
    // Screens for a logged-in clerk (F2, F3, F4).
    void showServe();
    void showFollowUp();
    void showAttention();

private:
    void onReady();
    void onLoggedIn();
    void updateHeader();

    DeskRuntime& m_runtime;
    QLabel* m_banner;
    QLabel* m_header;
    QLabel* m_startup;
    QStackedWidget* m_pages;
    LoginPage* m_login;
    ServePage* m_serve;
    FollowUpPage* m_followUp;
    AttentionPage* m_attention;
    SmsLogPanel* m_sms = nullptr;
    SyncStatusBar* m_status;
};

} // namespace pishkhan::ui
