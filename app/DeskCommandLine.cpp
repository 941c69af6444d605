#include "DeskCommandLine.h"

#include "counter/StoreLocation.h"

#include <QByteArray>

namespace pishkhan {

using namespace Qt::StringLiterals;

DeskCommandLine::DeskCommandLine()
    : m_version(u"version"_s, u"Print the app, Qt, SQLCipher, libcurl and store schema versions."_s)
    , m_dataDirOption(u"data-dir"_s,
                      u"Keep the store in <dir> instead of the user's data folder."_s, u"dir"_s)
    , m_trainingOption(u"training"_s,
                       u"Training mode: a separate store and key, never the office's real data."_s)
    , m_moveAsideOption(
          u"move-aside"_s,
          u"Rename a store that cannot be opened (damaged, not a database, wrong or missing "
          u"key) to <name>.broken-<time> and start a new store. A store that opens is refused "
          u"and left as it is."_s)
    , m_checkStore(u"check-store"_s,
                   u"Open the store, report on it and its outbox, and exit (no window)."_s)
    , m_selfTest(u"self-test"_s,
                 u"Check keychain, encrypted store, TLS to the built-in sandbox and the ledger on "
                 u"a throw-away store, then remove it (no window)."_s)
    , m_languageOption(u"language"_s, u"The window's language: fa or en."_s, u"lang"_s)
{
    m_parser.setApplicationDescription(
        u"Pishkhan Desk: the counter application of a Pishkhan service office."_s);
    m_parser.addHelpOption();
    m_parser.addOptions({m_version, m_dataDirOption, m_trainingOption, m_moveAsideOption,
                         m_checkStore, m_selfTest, m_languageOption});
}

bool DeskCommandLine::runsWithoutDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "--check-store" || arg == "--self-test" ||
            arg == "--help" || arg == "-h" || arg == "-?")
            return true;
    }
    return false;
}

bool DeskCommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return false;
    if (m_parser.isSet(u"help"_s))
        m_parser.showHelp(0);
    if (m_parser.isSet(m_version))
        m_action = Action::Version;
    else if (m_parser.isSet(m_selfTest))
        m_action = Action::SelfTest;
    else if (m_parser.isSet(m_checkStore))
        m_action = Action::CheckStore;
    else
        m_action = Action::Window;
    m_dataDir = m_parser.isSet(m_dataDirOption) ? m_parser.value(m_dataDirOption)
                                                : StoreLocation::defaultDataDir();
    m_training = m_parser.isSet(m_trainingOption);
    m_moveAside = m_parser.isSet(m_moveAsideOption);
    m_language = m_parser.value(m_languageOption);
    return true;
}

} // namespace pishkhan
