#pragma once

#include "core/Result.h"

#include <QString>
#include <QtMessageHandler>

namespace pishkhan {

// The app's Qt message handler: every qDebug/qInfo/qWarning/qCritical/qFatal line (and every
// logging category) goes through Redactor before it is written to the log file (and echoed
// to stderr when asked). So whatever a message contains — a national code in a Qt warning, a
// token in a curl error — the file holds only its masked form.
//
// Line format: "2026-01-01T08:30:00.123Z W pishkhan.net: message" (UTC, one line per message;
// embedded newlines become " | " so one message is one line).
//
// install() is process-wide (qInstallMessageHandler); uninstall() restores the previous
// handler and closes the file. Thread-safe: lines from any thread are serialised.
class LogSink
{
public:
    // minimum: messages below it are dropped (QtDebugMsg = everything).
    [[nodiscard]] static Status install(const QString& filePath, QtMsgType minimum = QtInfoMsg,
                                        bool echoToStderr = false);
    static void uninstall();
    [[nodiscard]] static bool isInstalled();
    // What a line becomes (exposed for tests).
    [[nodiscard]] static QString formatLine(QtMsgType type, const QMessageLogContext& context,
                                            const QString& message, qint64 epochMs);
};

} // namespace pishkhan
