#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace pishkhan {

class CtlContext;

// One pishkhanctl subcommand. Commands parse their own options (plus the global ones) and
// call the core; the rules they apply are the core's, never their own.
class CtlCommand
{
public:
    virtual ~CtlCommand() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    // arguments[0] is "pishkhanctl <name>"; returns the exit code.
    virtual int run(CtlContext& context, const QStringList& arguments) = 0;

protected:
    // Adds the global options, parses, answers --help (with the exit-code table) and reads the
    // global options into the context. nullopt = go on; else the exit code to return.
    std::optional<int> parse(CtlContext& context, QCommandLineParser& parser,
                             const QStringList& arguments, const QString& description);
    [[nodiscard]] static QString helpText(QCommandLineParser& parser);
};

} // namespace pishkhan
