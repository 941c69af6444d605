#pragma once

#include "counter/DeskRuntime.h"
#include "ui/MainWindow.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pishkhan {
class ServeFlow;
}

class QWidget;

// A training-mode counter for the GUI tests: the runtime with its in-process sandbox, the main
// window, and the keyboard gestures a clerk makes (typing, Enter, function keys, answering a
// modal question). Helpers return false (with a qWarning) instead of using QVERIFY, so they can
// be called from any test function.
class GuiDesk
{
public:
    GuiDesk();
    ~GuiDesk();

    // The window as <build>/gui-screenshots/<language>-<name>.png, after a moment for the
    // last paint; what GuiProbe finds clipped or empty in it.
    [[nodiscard]] QStringList screenshot(const QString& name, int settleMs = 80);

    // Opens the store in a temporary folder, starts the sandbox, waits for the catalogue and
    // creates the first administrator through the login page.
    bool start(const QString& adminUser, const QString& adminName, const QString& password);
    // A new main window (after a language change, say).
    bool openWindow();

    [[nodiscard]] pishkhan::DeskRuntime& runtime() { return *m_runtime; }
    [[nodiscard]] pishkhan::ui::MainWindow& window() { return *m_window; }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }

    [[nodiscard]] QWidget* find(const QString& name) const;
    template<typename T>
    [[nodiscard]] T* find(const QString& name) const
    {
        return qobject_cast<T*>(find(name));
    }

    static void keys(QWidget* w, const QString& text);
    void type(const QString& name, const QString& text);
    void enter(const QString& name);
    // A key to whatever has the focus (the window's shortcuts see it).
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    // Schedules the answer to the next modal dialog named dialogName: types text into its line
    // edit and presses Enter (or Escape when text is null). Call it before the action that opens
    // the dialog.
    static void answerDialog(const QString& dialogName, const QString& text);

    // Presses a button by its name with the Space key, as a keyboard user does; false when
    // there is no such button or it is disabled.
    bool click(const QString& buttonName);
    // A number from the counter's store (a count, a sum), -1 when the query fails.
    qint64 queryNumber(const char* sql);
    // The staff screen's new-account form, typed in; roleSteps = Down presses from "clerk".
    void addAccount(const QString& username, const QString& displayName, int roleSteps,
                    const QString& password);

    // The municipality's side of a bank batch, through the sandbox's admin endpoint: the bank
    // (legal-entity id) gets a mandate for bank inquiries at this office, in force since 2025.
    void registerBankMandate(const QString& legalEntityId);
    // A CSV of `rows` bank inquiries with no consent tokens (they travel under the mandate).
    static bool writeBankBatch(const QString& path, int rows);
    // On the supervisor's Batches tab: updates the list of organisations, picks this one with
    // the keyboard, types the file's path and runs it with Enter. False when the organisation
    // never appears in the list.
    bool runBatch(const QString& csvPath, const QString& legalEntityId);

    bool logIn(const QString& user, const QString& password);
    void logOut();
    // Serves one citizen by keyboard (property file): returns the tracking code. Cash unless a
    // card terminal and its trace number are given; the property is the sandbox's sample one
    // unless another renovation code is given.
    QString serveCitizen(const QString& nationalCode, const QString& mobile,
                         const QString& cardTerminal = {}, const QString& cardReference = {},
                         const QString& renovationCode = QStringLiteral("6-12-345-17-0-0-0"));
    [[nodiscard]] QString lastSmsCode();
    // An outbox payload as the serve flow writes it: the property file of the sandbox's sample
    // property (renovation code 6-12-345-17-0-0-0) in `district`, 80,000 rials paid in cash.
    [[nodiscard]] static QString cashPropertyFilePayload(int district);
    // From the consent step to the receipt by keyboard: asks for the code, types the one the
    // citizen's SMS holds, pays (cash unless a card terminal and trace number are given).
    // Returns the tracking code, empty when any step did not come.
    QString consentAndPay(pishkhan::ServeFlow& flow, const QString& cardTerminal = {},
                          const QString& cardReference = {});
    // The property file's own way in (F5, then Ctrl+N): the citizen, the form, the code and a
    // cash fee, all by keyboard; returns the tracking code.
    QString
    inquirePropertyFile(const QString& nationalCode, const QString& mobile,
                        const QString& renovationCode = QStringLiteral("6-12-345-17-0-0-0"));

    // Moves the sandbox's clock a minute on (it answers inquiries 20 s after receipt) and syncs
    // until at least `done` requests have their answer; false when they never do.
    bool waitForAnswers(int done);

private:
    // From the service's form to the receipt: renovation code, one-time code, payment.
    QString finishServing(pishkhan::ServeFlow& flow, const QString& renovationCode,
                          const QString& cardTerminal, const QString& cardReference);

    QTemporaryDir m_dir;
    std::unique_ptr<pishkhan::DeskRuntime> m_runtime;
    std::unique_ptr<pishkhan::ui::MainWindow> m_window;
};
