// A counter PC reduced to its sync engine: takes the store's lock as the app does, opens the
// store, drains the outbox to the backend and exits 0 when nothing is queued or in flight; 3
// when another process holds the store. tst_sync_kill_restart SIGKILLs it mid-drain (so the
// next run takes over a dead holder's lock); tst_sync_one_writer runs a second writer beside
// it.
// Test tool: the device token comes from the environment (PISHKHAN_TEST_TOKEN), never argv.
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/Clock.h"
#include "storage/LocalStore.h"
#include "storage/StoreLock.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace pishkhan;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char* name : {"db", "key", "url", "ca", "pin", "device", "clerk", "batch"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), u"value"_s));
    parser.process(app);

    auto lock = StoreLock::acquire(parser.value(u"db"_s));
    if (!lock) {
        std::fprintf(stderr, "lock: %s [%s]\n", qPrintable(lock.error().message()),
                     qPrintable(lock.error().code()));
        return 3;
    }
    auto store = LocalStore::open(parser.value(u"db"_s),
                                  QByteArray::fromHex(parser.value(u"key"_s).toLatin1()));
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(store.error().message()));
        return 1;
    }
    HttpSettings settings;
    settings.baseUrl = parser.value(u"url"_s);
    settings.caFile = parser.value(u"ca"_s);
    settings.pinnedPublicKey = parser.value(u"pin"_s);
    settings.proxy = u"direct"_s;
    HttpClient http(settings);
    ApiClient api(http);
    api.setCredentials({parser.value(u"device"_s), qEnvironmentVariable("PISHKHAN_TEST_TOKEN")});
    api.setClerkId(parser.value(u"clerk"_s));

    SyncConfig config;
    config.batchSize = parser.value(u"batch"_s).toInt();
    config.backoff = BackoffPolicy(100, 1'000);
    SyncEngine engine(store->database(), api, SystemClock::instance());
    engine.setConfig(config);
    if (Status s = engine.start(); !s) {
        std::fprintf(stderr, "start: %s\n", qPrintable(s.error().message()));
        return 1;
    }
    std::printf("started\n");
    std::fflush(stdout);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &app, [&] {
        if (engine.isDrained()) {
            std::printf("drained\n");
            std::fflush(stdout);
            app.exit(0);
        }
    });
    check.start(20);
    QTimer::singleShot(90'000, &app, [&] { app.exit(2); });
    return app.exec();
}
