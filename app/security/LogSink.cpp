#include "LogSink.h"

#include "Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <memory>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

struct State
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    QtMsgType minimum = QtInfoMsg;
    bool echo = false;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 2;
}

QChar letter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u'D';
    case QtInfoMsg:
        return u'I';
    case QtWarningMsg:
        return u'W';
    case QtCriticalMsg:
        return u'C';
    case QtFatalMsg:
        return u'F';
    }
    return u'?';
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    if (severity(type) < severity(s.minimum) && type != QtFatalMsg)
        return;
    const QString line =
        LogSink::formatLine(type, context, message, QDateTime::currentMSecsSinceEpoch());
    const QByteArray bytes = line.toUtf8() + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file) {
            s.file->write(bytes);
            s.file->flush();
        }
        if (s.echo) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        }
    }
    // qFatal still aborts after the line is on disk (Qt does that after the handler returns).
}

} // namespace

QString LogSink::formatLine(QtMsgType type, const QMessageLogContext& context,
                            const QString& message, qint64 epochMs)
{
    QString text = message;
    text.replace(u"\r\n"_s, u" | "_s);
    text.replace(u'\n', u" | "_s);
    const QString category = context.category ? QString::fromUtf8(context.category) : u"default"_s;
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs) + u' ' +
           letter(type) + u' ' + category + u": "_s + Redactor::redact(text);
}

Status LogSink::install(const QString& filePath, QtMsgType minimum, bool echoToStderr)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error(u"log.open_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The log file could not be opened."),
                     filePath + u": "_s + file->errorString());
    // Log files are for this user only: they are masked, but still say who worked when.
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.file = std::move(file);
        s.minimum = minimum;
        s.echo = echoToStderr;
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return {};
}

void LogSink::uninstall()
{
    State& s = state();
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    QMutexLocker lock(&s.mutex);
    s.file.reset();
}

bool LogSink::isInstalled()
{
    return state().installed;
}

} // namespace pishkhan
