#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pishkhan::test {

// One run of a program to its end, for tests that drive the executables: what it printed and
// how it ended (code -1 when it did not start, crashed or outlived the timeout).
struct ProcessRun
{
    int code = -1;
    QString out;
    QString err;

    // Starts `program`, writes `input` and a newline to its stdin (the password or recovery key
    // the command reads from fd 0), closes stdin and waits for the end.
    static ProcessRun run(const QString& program, const QStringList& args,
                          const QByteArray& input = {}, int timeoutMs = 120'000);

    // stdout as one JSON object (the commands' --json output).
    [[nodiscard]] QJsonObject json() const;
    // Everything a failed check should print.
    [[nodiscard]] QByteArray describe() const;
};

} // namespace pishkhan::test
