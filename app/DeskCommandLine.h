#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace pishkhan {

// The options of pishkhan-desk, in one parser for the window and for the runs without one
// (--version, --check-store, --self-test, --help).
class DeskCommandLine
{
public:
    enum class Action { Window, Version, CheckStore, SelfTest };

    DeskCommandLine();

    // Whether these arguments ask for a run without a window, so the caller can make a
    // QCoreApplication instead of a QApplication before it parses them.
    [[nodiscard]] static bool runsWithoutDisplay(int argc, char* argv[]);

    // Parses QCoreApplication::arguments(); false with errorText() on a usage error. --help
    // prints the help and ends the process, as QCommandLineParser does.
    [[nodiscard]] bool parse(const QStringList& arguments);
    [[nodiscard]] QString errorText() const { return m_parser.errorText(); }

    [[nodiscard]] Action action() const { return m_action; }
    // --data-dir, or the user's data folder.
    [[nodiscard]] const QString& dataDir() const { return m_dataDir; }
    [[nodiscard]] bool training() const { return m_training; }
    [[nodiscard]] bool moveAside() const { return m_moveAside; }
    // --language, empty when not given.
    [[nodiscard]] const QString& language() const { return m_language; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_version;
    QCommandLineOption m_dataDirOption;
    QCommandLineOption m_trainingOption;
    QCommandLineOption m_moveAsideOption;
    QCommandLineOption m_checkStore;
    QCommandLineOption m_selfTest;
    QCommandLineOption m_languageOption;
    Action m_action = Action::Window;
    QString m_dataDir;
    bool m_training = false;
    bool m_moveAside = false;
    QString m_language;
};

} // namespace pishkhan
