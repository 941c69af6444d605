// The in-process API the desktop app's training mode uses: SandboxServer::start(port, dataDir)
// gives a port and a pin a verified TLS client can use at once. Also prints the keep-alive
// request rate of this build (informational, no threshold).
#include "HttpClient.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace pishkhan;
using namespace pishkhan::test;

namespace {

// Runs a blocking client call on another thread while this thread serves the sandbox.
template<typename T>
T whileServing(const std::function<T()>& call)
{
    T result{};
    std::atomic<bool> done{false};
    std::thread worker([&] {
        result = call();
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    worker.join();
    return result;
}

} // namespace

class TestSandboxInProcess : public QObject
{
    Q_OBJECT

private slots:
    void startsAndServes()
    {
        QTemporaryDir dir;
        sandbox::SandboxServer server;
        auto endpoint = server.start(0, dir.path());
        QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message()));
        QVERIFY(endpoint->port != 0);
        QVERIFY(endpoint->pin.startsWith(QStringLiteral("sha256//")));
        QVERIFY(server.isRunning());

        HttpClient client(endpoint->url, endpoint->certificatePath, endpoint->pin);
        const HttpReply time =
            whileServing<HttpReply>([&] { return client.get(QStringLiteral("/api/v1/time")); });
        QCOMPARE(time.status, 200L);

        // A wrong pin fails before any HTTP byte (curl: CURLE_SSL_PINNEDPUBKEYNOTMATCH = 90).
        HttpClient wrongPin(endpoint->url, endpoint->certificatePath,
                            QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        const HttpReply refused =
            whileServing<HttpReply>([&] { return wrongPin.get(QStringLiteral("/api/v1/time")); });
        QCOMPARE(refused.curlCode, 90);

        auto code = server.issueActivationCode(QStringLiteral("IF-1002"));
        QVERIFY(code.ok());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{4}-[0-9]{4}-[0-9]{4}$"))
                    .match(*code)
                    .hasMatch());
        QVERIFY(!server.issueActivationCode(QStringLiteral("XX-0000")).ok());

        // Informational: sequential keep-alive requests per second over TLS on loopback.
        const int n = 2000;
        const qint64 ms = whileServing<qint64>([&] {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < n; ++i)
                client.get(QStringLiteral("/api/v1/time"));
            return t.elapsed();
        });
        qInfo("sandbox rate: %d sequential keep-alive GET /api/v1/time in %lld ms = %.0f req/s", n,
              ms, n * 1000.0 / qMax<qint64>(1, ms));
    }

    void everyProblemTypeIsDocumented()
    {
        QProcess p;
        p.start(QStringLiteral(PISHKHAN_SANDBOX_EXE), {QStringLiteral("--list-problems")});
        QVERIFY(p.waitForFinished(10000));
        const QStringList types =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(types.size() >= 40);
        QFile doc(QStringLiteral(PISHKHAN_SOURCE_DIR "/docs/api.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const QString& type : types) {
            const QString slug = type.section(u':', -1);
            QVERIFY2(text.contains(u'`' + slug + u'`'), qPrintable(slug));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxInProcess)
#include "tst_sandbox_inprocess.moc"
