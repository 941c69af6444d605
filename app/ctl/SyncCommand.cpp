#include "SyncCommand.h"

#include "CtlContext.h"
#include "counter/DeskRuntime.h"
#include "net/ApiClient.h"
#include "sandbox/SandboxTrainingBackend.h"
#include "sync/MandateCache.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return ::_isatty(1) != 0;
#else
    return ::isatty(STDOUT_FILENO) == 1;
#endif
}

QString progressBar(qint64 done, qint64 total)
{
    constexpr int kWidth = 30;
    const int filled = total > 0 ? int(kWidth * done / total) : kWidth;
    return u"\r["_s + QString(filled, u'#') + QString(kWidth - filled, u'.') + u"] "_s +
           QString::number(done) + u'/' + QString::number(total);
}

} // namespace

QString SyncCommand::summary() const
{
    return u"sync [--timeout S]: send the queue now"_s;
}

int SyncCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {u"timeout"_s, u"Give up after <s> seconds (default 120)."_s, u"s"_s, u"120"_s});
    if (auto done = parse(context, parser, arguments,
                          u"Sends every queued request now (each under its own request id, so "
                          u"nothing is sent twice) and waits until the queue is empty. Exit 0 "
                          u"when drained; 6 when the backend could not be reached in time, or when "
                          u"Pishkhan Desk (or another pishkhanctl) holds the store: the running "
                          u"counter sends its own queue."_s))
        return *done;
    const int timeoutS = parser.value(u"timeout"_s).toInt();

    // Before the password: a running counter's queue is its own, and this would queue again
    // (and send again) the rows it is sending.
    if (Status locked = context.lockStore(); !locked)
        return context.fail(locked.error());
    Result<Session> session = context.login(Permission::ServeCitizen);
    if (!session)
        return context.fail(session.error());
    context.closeStore();

    DeskOptions options;
    options.dataDir = context.dataDir();
    options.training = context.options().training;
    options.storeLock = context.storeLock();
    if (options.training)
        options.trainingBackend = std::make_shared<sandbox::SandboxTrainingBackend>();
    DeskRuntime runtime(options);
    if (Status opened = runtime.open(); !opened)
        return context.fail(opened.error());
    runtime.setSession(*session);

    QEventLoop loop;
    QString failure;
    QObject::connect(&runtime, &DeskRuntime::failed, &loop, [&](const QString& message) {
        failure = message;
        loop.quit();
    });
    QObject::connect(&runtime, &DeskRuntime::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutS * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    runtime.start();
    if (!runtime.isReady())
        loop.exec();
    if (!runtime.isReady() || !runtime.sync())
        return context.fail(Error(u"sync.unavailable"_s,
                                  QT_TRANSLATE_NOOP("Error", "The backend could not be reached."),
                                  failure));

    SyncEngine& engine = *runtime.sync();
    const bool tty = stdoutIsTerminal() && !context.options().json;
    const qint64 total = engine.snapshot().queueDepth;
    auto show = [&](const SyncSnapshot& s) {
        const qint64 done = qMax<qint64>(0, total - s.queueDepth);
        if (tty)
            context.out() << progressBar(done, total) << "  "
                          << SyncSnapshot::connectivityName(s.connectivity) << "   " << Qt::flush;
        else if (!context.options().json)
            context.out() << "sent " << done << " of " << total << ", "
                          << SyncSnapshot::connectivityName(s.connectivity) << Qt::endl;
    };
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, show);
    QObject::connect(&engine, &SyncEngine::drained, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(qMax<qint64>(1, timeoutS * 1000 - elapsed.elapsed())));
    engine.syncNow();
    if (!engine.isDrained())
        loop.exec();
    // The office's organisations and their standing mandates: what a batch may be billed to
    // (submit --organisation). Kept as the backend listed them; unchanged when not reached.
    bool mandatesAnswered = false;
    const quint64 mandatesCall = runtime.api().officeMandates([&](ApiReply<QJsonObject> reply) {
        mandatesAnswered = true;
        loop.quit();
        if (!reply.ok())
            return;
        Result<QList<OrganisationMandate>> mandates = MandateCache::parse(reply.value());
        Status stored = mandates ? MandateCache(runtime.database())
                                       .replace(*mandates, QDateTime::currentMSecsSinceEpoch())
                                 : Status(mandates.error());
        if (!stored)
            context.err() << "the list of organisations was not updated: "
                          << stored.error().message() << Qt::endl;
    });
    if (!mandatesAnswered && deadline.remainingTime() > 0)
        loop.exec();
    if (!mandatesAnswered)
        runtime.api().cancel(mandatesCall);
    const SyncSnapshot last = engine.snapshot();
    if (tty)
        context.out() << Qt::endl;
    const bool drained = engine.isDrained();
    if (context.options().json)
        context.printJson({{u"ok"_s, drained},
                           {u"sent"_s, double(qMax<qint64>(0, total - last.queueDepth))},
                           {u"queued"_s, double(last.queueDepth)},
                           {u"needs_attention"_s, double(last.needsAttention)},
                           {u"connectivity"_s, SyncSnapshot::connectivityName(last.connectivity)},
                           {u"last_error"_s, last.lastErrorMessage}});
    else
        context.out() << (drained ? "queue drained" : "queue not drained") << ": "
                      << last.queueDepth << " still queued, " << last.needsAttention
                      << " need attention" << Qt::endl;
    engine.stop();
    return drained ? int(ExitCode::Ok) : int(ExitCode::Failed);
}

} // namespace pishkhan
