#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace pishkhan::test {

SandboxProcess::SandboxProcess(QStringList extraArgs)
    : m_args(std::move(extraArgs))
{}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList& moreArgs)
{
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                     m_dir.path()};
    args += m_args;
    args += moreArgs;
    m_process.setProgram(QStringLiteral(PISHKHAN_SANDBOX_EXE));
    m_process.setArguments(args);
    // The request log goes to a file: QProcess only drains pipes inside an event loop.
    m_process.setStandardErrorFile(m_dir.path() + QStringLiteral("/server.log"), QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!out.contains('\n') && timer.elapsed() < 15000) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    static const QRegularExpression line(QStringLiteral(
        "^listening (https://127\\.0\\.0\\.1:[0-9]+) pin=(sha256//\\S+) cert=(\\S+) sms=(\\S+) "
        "admin=(\\S+)"));
    const auto match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("no listening line; stdout=") + QString::fromUtf8(out) +
                  QStringLiteral(" stderr=") + QString::fromUtf8(log());
        return false;
    }
    m_url = match.captured(1);
    m_pin = match.captured(2);
    m_cert = match.captured(3);
    m_adminToken = match.captured(5);
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::restart(const QStringList& moreArgs)
{
    stop();
    return start(moreArgs);
}

QByteArray SandboxProcess::log()
{
    QFile file(m_dir.path() + QStringLiteral("/server.log"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<HttpClient> SandboxProcess::client() const
{
    return std::make_unique<HttpClient>(m_url, m_cert, m_pin);
}

} // namespace pishkhan::test
