// HTTP client: a configured proxy, the system's proxy (the environment, as libcurl
// reads it) and "direct" each take the route they say, against the real sandbox over TLS. The
// proxy is a small CONNECT tunnel on its own thread that records where it was asked to go.
#include "SyncFixture.h"

#include "net/HttpClient.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// An HTTP CONNECT proxy: reads the request head, dials the target, answers 200 and then
// copies bytes both ways. TLS stays end to end between the client and the sandbox.
class ConnectProxy : public QObject
{
public:
    quint16 port() const { return m_port.loadAcquire(); }
    QStringList targets() const
    {
        QMutexLocker lock(&m_mutex);
        return m_targets;
    }
    // On the proxy's thread: the server and its sockets live there.
    void start()
    {
        if (m_server.listen(QHostAddress::LocalHost, 0))
            m_port.storeRelease(m_server.serverPort());
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                serve(client);
        });
    }

private:
    void serve(QTcpSocket* client)
    {
        auto* upstream = new QTcpSocket(client);
        auto head = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, client, [=, this] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
                return;
            }
            head->append(client->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0 || upstream->state() != QAbstractSocket::UnconnectedState)
                return;
            const QList<QByteArray> words = head->left(head->indexOf("\r\n")).split(' ');
            if (words.size() < 2 || words[0] != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QString target = QString::fromLatin1(words[1]);
            {
                QMutexLocker lock(&m_mutex);
                m_targets << target;
            }
            const qsizetype colon = target.lastIndexOf(u':');
            upstream->connectToHost(target.left(colon), target.mid(colon + 1).toUShort());
            head->remove(0, end + 4);
        });
        connect(upstream, &QTcpSocket::connected, client, [=] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!head->isEmpty())
                upstream->write(*head);
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [=] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    QTcpServer m_server{this}; // a child, so moveToThread takes it along
    QAtomicInteger<quint16> m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_targets;
};

} // namespace

class TestSyncProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void route_data();
    void route();

private:
    std::unique_ptr<SyncFixture> m_f;
    QThread m_proxyThread;
    ConnectProxy* m_proxy = nullptr;
    QString m_sandboxHostPort;
};

void TestSyncProxy::initTestCase()
{
    m_f = std::make_unique<SyncFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
    const QUrl url(m_f->httpSettings().baseUrl);
    m_sandboxHostPort = url.host() + u':' + QString::number(url.port());
    m_proxy = new ConnectProxy;
    m_proxy->moveToThread(&m_proxyThread);
    connect(&m_proxyThread, &QThread::started, m_proxy, [this] { m_proxy->start(); });
    connect(&m_proxyThread, &QThread::finished, m_proxy, &QObject::deleteLater);
    m_proxyThread.start();
    QTRY_VERIFY(m_proxy->port() != 0);
}

void TestSyncProxy::cleanupTestCase()
{
    m_proxyThread.quit();
    m_proxyThread.wait();
}

void TestSyncProxy::init()
{
    for (const char* name :
         {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(name);
}

void TestSyncProxy::route_data()
{
    QTest::addColumn<QString>("setting");     // HttpSettings::proxy; "@" = our proxy's URL
    QTest::addColumn<QString>("environment"); // https_proxy; "@" = ours, "dead" = a closed port
    QTest::addColumn<bool>("throughProxy");   // our proxy saw the CONNECT
    QTest::addColumn<QString>("errorCode");   // empty = the sandbox answered
    QTest::newRow("configured proxy") << u"@"_s << QString() << true << QString();
    QTest::newRow("system proxy from the environment") << QString() << u"@"_s << true << QString();
    QTest::newRow("direct ignores the environment")
        << u"direct"_s << u"dead"_s << false << QString();
    QTest::newRow("no proxy anywhere") << QString() << QString() << false << QString();
    QTest::newRow("configured proxy that is down")
        << u"dead"_s << QString() << false << u"net.connect"_s;
}

void TestSyncProxy::route()
{
    QFETCH(QString, setting);
    QFETCH(QString, environment);
    QFETCH(bool, throughProxy);
    QFETCH(QString, errorCode);

    const QString ours = u"http://127.0.0.1:"_s + QString::number(m_proxy->port());
    // A port nothing listens on: bind one, read its number, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString dead = u"http://127.0.0.1:"_s + QString::number(probe.serverPort());
    probe.close();
    auto expand = [&](const QString& v) { return v == u"@"_s ? ours : v == u"dead"_s ? dead : v; };

    HttpSettings s = m_f->httpSettings();
    s.proxy = expand(setting);
    s.connectTimeoutMs = 3000;
    if (!environment.isEmpty())
        qputenv("https_proxy", expand(environment).toLatin1());
    const qsizetype before = m_proxy->targets().size();

    pishkhan::HttpClient http(s);
    const HttpResponse r = http.sendBlocking(HttpRequest::get(u"/api/v1/time"_s));

    if (errorCode.isEmpty()) {
        QVERIFY2(r.error.code().isEmpty(), qPrintable(r.error.code() + u" "_s + r.error.message()));
        QCOMPARE(r.status, 200L);
    } else {
        QCOMPARE(r.error.code(), errorCode);
        QCOMPARE(r.status, 0L);
    }
    const QStringList seen = m_proxy->targets().mid(before);
    if (throughProxy)
        QCOMPARE(seen, QStringList{m_sandboxHostPort});
    else
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSyncProxy)
#include "tst_sync_proxy.moc"
