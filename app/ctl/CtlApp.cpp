#include "CtlApp.h"

#include "BackupCommand.h"
#include "CtlContext.h"
#include "ExitCode.h"
#include "LedgerCommand.h"
#include "QueueCommand.h"
#include "RecoveryKeyCommand.h"
#include "RekeyCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "StatusCommand.h"
#include "SubmitCommand.h"
#include "SyncCommand.h"
#include "UserCommand.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Options whose value is the next argument, so it is not taken for the command's name.
const QStringList kValueOptions = {
    u"--data-dir"_s,  u"--user"_s,     u"--password-fd"_s, u"--key-fd"_s, u"--to"_s,
    u"--keep"_s,      u"--state"_s,    u"--limit"_s,       u"--format"_s, u"--output"_s,
    u"-o"_s,          u"--calendar"_s, u"--batch"_s,       u"--result"_s, u"--timeout"_s,
    u"--backup-dir"_s};

} // namespace

CtlApp::CtlApp()
{
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<QueueCommand>());
    m_commands.push_back(std::make_unique<LedgerCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<RekeyCommand>());
    m_commands.push_back(std::make_unique<RecoveryKeyCommand>());
    m_commands.push_back(std::make_unique<SubmitCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
}

CtlApp::~CtlApp() = default;

QString CtlApp::helpText() const
{
    QString text =
        u"Usage: pishkhanctl COMMAND [options]\n\n"
        u"Operations on Pishkhan Desk's encrypted store, from a terminal or a script.\n\n"
        u"Commands:\n"_s;
    for (const auto& command : m_commands)
        text += u"  "_s + command->name().leftJustified(13) + u' ' + command->summary() + u'\n';
    text += u"\nOptions of every command:\n"
            u"  --data-dir DIR     the store's folder (default: the user's data folder)\n"
            u"  --training         the training store and its keychain entry\n"
            u"  --json             print the result as one JSON object\n"
            u"  --user NAME        log in as NAME (else asked on the terminal)\n"
            u"  --password-fd N    read the password as one line from file descriptor N\n"
            u"  --help             help of the command\n\n"_s;
    return text + ExitCodes::helpTable();
}

int CtlApp::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    qsizetype commandAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (kValueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandAt = i;
            break;
        }
    }
    if (commandAt < 0) {
        const bool help = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
        (help ? out : err) << helpText() << Qt::flush;
        return help ? int(ExitCode::Ok) : int(ExitCode::Usage);
    }
    const QString name = arguments[commandAt];
    for (const auto& command : m_commands) {
        if (command->name() != name)
            continue;
        QStringList rest = arguments;
        rest.removeAt(commandAt);
        rest[0] = arguments[0] + u' ' + name;
        CtlContext context(out, err);
        return command->run(context, rest);
    }
    err << "pishkhanctl: unknown command \"" << name << "\"\n\n" << helpText() << Qt::flush;
    return int(ExitCode::Usage);
}

} // namespace pishkhan
