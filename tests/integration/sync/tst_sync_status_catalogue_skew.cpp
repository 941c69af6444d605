// Status polling reaches final states (history and result stored); the catalogue is refreshed
// with If-None-Match and the 304 path keeps the cache; a skew warning fires when the sandbox
// clock is shifted.
#include "SyncFixture.h"

#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"
#include "sync/CatalogueCache.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestSyncStatusCatalogueSkew : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pollingReachesFinalStates();
    void catalogueNotModifiedPath();
    void skewWarning();

private:
    SyncConfig config() const;
    std::unique_ptr<SyncFixture> m_f;
};

void TestSyncStatusCatalogueSkew::initTestCase()
{
    m_f = std::make_unique<SyncFixture>(QStringList{u"--quiet"_s});
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
}

SyncConfig TestSyncStatusCatalogueSkew::config() const
{
    SyncConfig c;
    c.minPollDelayMs = 100;
    c.maxPollDelayMs = 500;
    return c;
}

void TestSyncStatusCatalogueSkew::pollingReachesFinalStates()
{
    // GIVEN two accepted inquiries: a known property (ends done) and an unknown one (rejected)
    const QString nc = SyncFixture::nationalCode(5);
    const auto consents = m_f->mintConsents(2, nc, 500);
    QVERIFY2(consents.size() == 2, qPrintable(m_f->error()));
    OutboxEntry known = SyncFixture::propertyFileEntry(consents.at(0), nc);
    OutboxEntry unknown = SyncFixture::propertyFileEntry(consents.at(1), nc);
    unknown.payload.replace(u"\"block\":345"_s, u"\"block\":999"_s);
    OutboxStore outbox(m_f->db());
    RequestProgressStore progress(m_f->db());
    const qint64 now = SystemClock::instance().nowMs();
    QVERIFY(outbox.enqueue(known, now));
    QVERIFY(outbox.enqueue(unknown, now));
    auto rig = m_f->makeRig(config());
    QSignalSpy finals(rig.engine.get(), &SyncEngine::requestFinal);
    QSignalSpy catalogue(rig.engine.get(), &SyncEngine::catalogueChecked);
    QVERIFY(rig.engine->start());
    QVERIFY(
        SyncFixture::waitFor([&] { return rig.engine->snapshot().awaitingFinal == 2; }, 10'000));

    // WHEN the backend's time passes the inquiries' final moment (20 s after receipt)
    m_f->sandbox().advanceClock(30);

    // THEN polling records both final states, with history and result
    QVERIFY(SyncFixture::waitFor([&] { return finals.size() == 2; }, 10'000));
    QCOMPARE(rig.engine->snapshot().awaitingFinal, 0);
    auto done = progress.progress(known.requestId);
    QVERIFY(done && done->has_value());
    QCOMPARE((*done)->status, u"done"_s);
    QVERIFY((*done)->isFinal);
    QCOMPARE((*done)->history.size(), 3);
    QCOMPARE((*done)->history.at(0).status, u"received"_s);
    QCOMPARE((*done)->history.at(2).status, u"done"_s);
    QVERIFY(!(*done)->history.at(2).noteFa.isEmpty());
    QVERIFY(QJsonDocument::fromJson((*done)->resultJson.toUtf8()).isObject());
    auto rejected = progress.progress(unknown.requestId);
    QVERIFY(rejected && rejected->has_value());
    QCOMPARE((*rejected)->status, u"rejected"_s);
    QCOMPARE((*rejected)->rejectionCode, u"property-not-found"_s);
    QVERIFY(!(*rejected)->rejectionFa.isEmpty());
    // the outbox row itself stays accepted: the backend took the request
    QCOMPARE(outbox.find(unknown.requestId)->value().state, OutboxState::Accepted);
    // the first engine on an empty cache fetched the catalogue (200 path)
    QVERIFY(!catalogue.isEmpty());
    QCOMPARE(catalogue.first().at(0).toBool(), true);
    rig.engine->stop();
}

void TestSyncStatusCatalogueSkew::catalogueNotModifiedPath()
{
    // GIVEN a cached catalogue (fetched by the first engine) and a new engine
    auto rig = m_f->makeRig(config());
    QSignalSpy checked(rig.engine.get(), &SyncEngine::catalogueChecked);
    QVERIFY(rig.engine->start());
    QVERIFY(checked.wait(10'000));
    CatalogueCache cache(m_f->db());
    auto cached = cache.current();
    QVERIFY(cached && cached->has_value());
    QVERIFY(!(*cached)->etag.isEmpty());
    QCOMPARE((*cached)->version, u"sample-2025.1"_s);
    QVERIFY((*cached)->body.size() > 1000);
    const QByteArray bodyBefore = (*cached)->body;

    // WHEN it asks again with If-None-Match (at start, and once more)
    checked.clear();
    rig.engine->refreshCatalogue();
    QVERIFY(checked.wait(10'000));

    // THEN the backend answers 304 and the cache is kept as it was
    QCOMPARE(checked.first().at(0).toBool(), false);
    QCOMPARE(checked.first().at(1).toString(), u"sample-2025.1"_s);
    cached = cache.current();
    QCOMPARE((*cached)->body, bodyBefore);
    QCOMPARE(rig.engine->snapshot().catalogueVersion, u"sample-2025.1"_s);
    rig.engine->stop();
}

void TestSyncStatusCatalogueSkew::skewWarning()
{
    // GIVEN an engine whose clock agrees with the backend's to within the 30 s moved above
    auto rig = m_f->makeRig(config());
    QSignalSpy warnings(rig.engine.get(), &SyncEngine::clockSkewWarning);
    QVERIFY(rig.engine->start());
    QVERIFY(SyncFixture::waitFor(
        [&] { return rig.engine->snapshot().clockSkewMs != 0 || !warnings.isEmpty(); }, 10'000));
    QVERIFY(warnings.isEmpty());
    QVERIFY(!rig.engine->snapshot().clockSkewWarning);

    // WHEN the backend's clock is 10 minutes further ahead
    m_f->sandbox().advanceClock(600);
    rig.engine->checkClock();

    // THEN the warning fires with the measured skew (server minus PC)
    QVERIFY(warnings.wait(10'000));
    const qint64 skew = warnings.first().at(0).toLongLong();
    QVERIFY2(skew > 600'000 && skew < 660'000, qPrintable(QString::number(skew)));
    QVERIFY(rig.engine->snapshot().clockSkewWarning);
    rig.engine->stop();
}

QTEST_GUILESS_MAIN(TestSyncStatusCatalogueSkew)
#include "tst_sync_status_catalogue_skew.moc"
