// A wrong pin, an untrusted certificate and a hostname mismatch are each refused with
// a clear error, and the sandbox receives no request body.
#include "SyncFixture.h"

#include "net/ApiClient.h"
#include "net/CaBundle.h"
#include "net/HttpClient.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestSyncTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void plainHttpRefused();
    void caFileAddsToTheSystemStore();
    void correctSettingsStillWork();

private:
    std::unique_ptr<SyncFixture> m_f;
    QStringList m_ids;
};

void TestSyncTls::initTestCase()
{
    m_f = std::make_unique<SyncFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
    m_ids = m_f->enqueueRequests(1);
    QVERIFY2(m_ids.size() == 1, qPrintable(m_f->error()));
}

void TestSyncTls::refused_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("curlCode");
    QTest::newRow("wrong pin") << u"pin"_s << u"net.pin_mismatch"_s << 90;
    QTest::newRow("untrusted certificate") << u"untrusted"_s << u"net.tls"_s << 60;
    QTest::newRow("hostname mismatch") << u"hostname"_s << u"net.tls"_s << 60;
}

void TestSyncTls::refused()
{
    QFETCH(QString, mode);
    QFETCH(QString, errorCode);
    QFETCH(int, curlCode);

    // GIVEN transport settings that are wrong in one way
    HttpSettings s = m_f->httpSettings();
    if (mode == u"pin"_s) {
        s.pinnedPublicKey = u"sha256//"_s + QString::fromLatin1(QByteArray(32, 'x').toBase64());
    } else if (mode == u"untrusted"_s) {
        s.caFile.clear(); // the system store does not know the sandbox's self-signed certificate
        s.pinnedPublicKey.clear();
    } else {
        const QUrl url(s.baseUrl);
        const QString port = QString::number(url.port());
        s.connectTo = {u"wrong-name.example:"_s + port + u":127.0.0.1:"_s + port};
        s.baseUrl = u"https://wrong-name.example:"_s + port;
        s.pinnedPublicKey.clear(); // only the name is wrong
    }
    const QByteArray logBefore = m_f->sandbox().process().log();

    // WHEN the HTTP client posts a body
    pishkhan::HttpClient http(s);
    HttpRequest post = HttpRequest::postJson(u"/api/v1/requests"_s, QByteArrayLiteral("{}"));
    const HttpResponse r = http.sendBlocking(post);
    // THEN it is refused with the matching error, before any HTTP exchange
    QCOMPARE(r.curlCode, curlCode);
    QCOMPARE(r.error.code(), errorCode);
    QCOMPARE(r.status, 0L);
    QVERIFY(!r.error.userMessage().isEmpty());

    // AND the engine keeps the request queued and reports the same error
    SyncConfig config;
    config.backoff = BackoffPolicy(50, 200);
    auto rig = m_f->makeRig(config, s);
    QVERIFY(rig.engine->start());
    QVERIFY(SyncFixture::waitFor([&] { return rig.engine->snapshot().lastErrorCode == errorCode; },
                                 10'000));
    rig.engine->stop();
    QCOMPARE(rig.engine->snapshot().connectivity, SyncSnapshot::Connectivity::Stopped);
    OutboxStore outbox(m_f->db());
    auto row = outbox.find(m_ids.first());
    QVERIFY(row && row->has_value());
    QVERIFY((*row)->state == OutboxState::Queued || (*row)->state == OutboxState::Sending);
    QCOMPARE((*row)->lastErrorCode, errorCode);
    QVERIFY(outbox.recoverAfterCrash(0).ok());

    // AND the sandbox never saw a request: nothing stored, nothing in its request log
    QCOMPARE(m_f->sandbox().count(u"requests"_s), 0);
    const QByteArray logAfter = m_f->sandbox().process().log().mid(logBefore.size());
    QVERIFY2(!logAfter.contains("/api/v1/requests"), logAfter.constData());
}

void TestSyncTls::plainHttpRefused()
{
    HttpSettings s = m_f->httpSettings();
    s.baseUrl.replace(u"https://"_s, u"http://"_s);
    s.allowPlainHttpToLoopback = false;
    pishkhan::HttpClient http(s);
    const HttpResponse r = http.sendBlocking(HttpRequest::get(u"/api/v1/time"_s));
    QCOMPARE(r.error.code(), u"net.insecure_refused"_s);
    QCOMPARE(r.status, 0L);
}

void TestSyncTls::caFileAddsToTheSystemStore()
{
    // GIVEN a "system store" that knows the server's CA (the sandbox's certificate stands in for
    // a public CA) and an office CA file that does not
    HttpSettings s = m_f->httpSettings();
    QTemporaryDir dir;
    const QString officeCa = dir.filePath(u"office-ca.pem"_s);
    {
        QFile system(CaBundle::systemBundlePath());
        QVERIFY(system.open(QIODevice::ReadOnly));
        const QByteArray pem = system.readAll();
        const qsizetype end = pem.indexOf("-----END CERTIFICATE-----");
        const qsizetype begin = pem.lastIndexOf("-----BEGIN CERTIFICATE-----", end);
        QVERIFY(begin >= 0 && end > begin);
        QFile f(officeCa);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pem.mid(begin, end - begin + 25) + '\n');
    }
    s.systemCaBundle = s.caFile;
    s.caFile = officeCa;
    s.pinnedPublicKey.clear(); // trust alone decides here
    // WHEN the client talks to the server
    pishkhan::HttpClient http(s);
    const HttpResponse r = http.sendBlocking(HttpRequest::get(u"/api/v1/time"_s));
    // THEN the chain still validates: the CA file was added, the system store kept
    QVERIFY2(r.error.code().isEmpty(), qPrintable(r.error.code() + u": "_s + r.error.message()));
    QCOMPARE(r.status, 200L);
}

void TestSyncTls::correctSettingsStillWork()
{
    // The control case: the same request goes through with the right pin, CA and name.
    SyncConfig config;
    auto rig = m_f->makeRig(config);
    QVERIFY(rig.engine->start());
    QVERIFY(SyncFixture::waitFor([&] { return rig.engine->isDrained(); }, 15'000));
    QCOMPARE(m_f->sandbox().count(u"requests"_s), 1);
}

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
