#pragma once

#include "counter/DeskRuntime.h"
#include "ui/MainWindow.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

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

    bool logIn(const QString& user, const QString& password);
    void logOut();
    // Serves one citizen by keyboard (property file, cash — or card when a terminal is given):
    // returns the tracking code.
    QString serveCitizen(const QString& nationalCode, const QString& mobile,
                         const QString& cardTerminal = {}, const QString& cardReference = {});
    [[nodiscard]] QString lastSmsCode();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pishkhan::DeskRuntime> m_runtime;
    std::unique_ptr<pishkhan::ui::MainWindow> m_window;
};
