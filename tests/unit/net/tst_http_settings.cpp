// The scheme policy: https only; plain http only to a loopback address when explicitly allowed.
#include "net/HttpClient.h"
#include "net/HttpSettings.h"

#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

class TestHttpSettings : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void curlCodes_data();
    void curlCodes();
    void blockingRefusedUrlNeverReachesCurl();
};

void TestHttpSettings::resolve_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // resolved URL or an error code
    QTest::newRow("https path") << u"https://api.example.ir"_s << false << u"/api/v1/time"_s
                                << u"https://api.example.ir/api/v1/time"_s;
    QTest::newRow("base with prefix") << u"https://h.ir/mun/"_s << false << u"/api/v1/time"_s
                                      << u"https://h.ir/mun/api/v1/time"_s;
    QTest::newRow("absolute https")
        << QString() << false << u"https://x.ir/a?b=c"_s << u"https://x.ir/a?b=c"_s;
    QTest::newRow("http refused") << u"http://api.example.ir"_s << false << u"/a"_s
                                  << u"net.insecure_refused"_s;
    QTest::newRow("http remote refused even when allowed")
        << u"http://api.example.ir"_s << true << u"/a"_s << u"net.insecure_refused"_s;
    QTest::newRow("http loopback refused by default")
        << u"http://127.0.0.1:8080"_s << false << u"/a"_s << u"net.insecure_refused"_s;
    QTest::newRow("http loopback when allowed")
        << u"http://127.0.0.1:8080"_s << true << u"/a"_s << u"http://127.0.0.1:8080/a"_s;
    QTest::newRow("http ::1 when allowed")
        << u"http://[::1]:8080"_s << true << u"/a"_s << u"http://[::1]:8080/a"_s;
    QTest::newRow("http localhost when allowed")
        << u"http://localhost:1"_s << true << u"/a"_s << u"http://localhost:1/a"_s;
    QTest::newRow("ftp refused") << u"ftp://x.ir"_s << true << u"/a"_s << u"net.insecure_refused"_s;
    QTest::newRow("no base") << QString() << false << u"/a"_s << u"net.bad_url"_s;
}

void TestHttpSettings::resolve()
{
    QFETCH(QString, base);
    QFETCH(bool, allowHttp);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    HttpSettings s;
    s.baseUrl = base;
    s.allowPlainHttpToLoopback = allowHttp;
    const Result<QUrl> r = s.resolve(url);
    if (expected.startsWith(u"net."_s)) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), expected);
    } else {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r->toString(), expected);
    }
}

void TestHttpSettings::curlCodes_data()
{
    QTest::addColumn<int>("curl");
    QTest::addColumn<QString>("code");
    QTest::newRow("pinned key mismatch") << 90 << u"net.pin_mismatch"_s;
    QTest::newRow("peer verification") << 60 << u"net.tls"_s;
    QTest::newRow("ssl connect") << 35 << u"net.tls"_s;
    QTest::newRow("timeout") << 28 << u"net.timeout"_s;
    QTest::newRow("refused") << 7 << u"net.connect"_s;
    QTest::newRow("no host") << 6 << u"net.connect"_s;
    QTest::newRow("empty reply") << 52 << u"net.connection_lost"_s;
    QTest::newRow("recv") << 56 << u"net.connection_lost"_s;
    QTest::newRow("other") << 3 << u"net.transfer"_s;
}

void TestHttpSettings::curlCodes()
{
    QFETCH(int, curl);
    QFETCH(QString, code);
    const Error e = HttpClient::errorForCurlCode(curl, u"detail"_s);
    QCOMPARE(e.code(), code);
    QCOMPARE(e.nativeCode(), curl);
    QVERIFY(!e.userMessage().isEmpty());
}

void TestHttpSettings::blockingRefusedUrlNeverReachesCurl()
{
    HttpSettings s;
    s.baseUrl = u"http://api.example.ir"_s;
    HttpClient http(s);
    const HttpResponse r = http.sendBlocking(HttpRequest::get(u"/api/v1/time"_s));
    QCOMPARE(r.error.code(), u"net.insecure_refused"_s);
    QCOMPARE(r.curlCode, 0);
    QCOMPARE(http.pending(), 0);
}

QTEST_GUILESS_MAIN(TestHttpSettings)
#include "tst_http_settings.moc"
