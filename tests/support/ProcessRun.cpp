#include "ProcessRun.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace pishkhan::test {

ProcessRun ProcessRun::run(const QString& program, const QStringList& args, const QByteArray& input,
                           int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input + '\n');
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject ProcessRun::json() const
{
    return QJsonDocument::fromJson(out.trimmed().toUtf8()).object();
}

QByteArray ProcessRun::describe() const
{
    return (u"exit %1\nstdout: %2\nstderr: %3"_s.arg(code).arg(out, err)).toUtf8();
}

} // namespace pishkhan::test
