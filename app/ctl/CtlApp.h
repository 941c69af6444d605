#pragma once

#include "CtlCommand.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace pishkhan {

// pishkhanctl: finds the subcommand among the arguments and runs it. main() only builds the
// application object and the streams; everything else is here so the tests can drive it.
class CtlApp
{
public:
    CtlApp();
    ~CtlApp();

    // arguments as QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    [[nodiscard]] QString helpText() const;

private:
    std::vector<std::unique_ptr<CtlCommand>> m_commands;
};

} // namespace pishkhan
