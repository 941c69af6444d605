#include "sync/BackoffPolicy.h"

#include <QTest>

using namespace pishkhan;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceiling_data();
    void ceiling();
    void fullJitter_data();
    void fullJitter();
    void retryAfter_data();
    void retryAfter();
    void constructorClamps();
};

void TestBackoffPolicy::ceiling_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first") << 1000LL << 300000LL << 0 << 1000LL;
    QTest::newRow("second doubles") << 1000LL << 300000LL << 1 << 2000LL;
    QTest::newRow("eighth") << 1000LL << 300000LL << 8 << 256000LL;
    QTest::newRow("ninth hits the cap") << 1000LL << 300000LL << 9 << 300000LL;
    QTest::newRow("far past the cap, no overflow") << 1000LL << 300000LL << 5000 << 300000LL;
    QTest::newRow("negative attempt is the first") << 1000LL << 300000LL << -3 << 1000LL;
    QTest::newRow("small base") << 100LL << 1500LL << 3 << 800LL;
    QTest::newRow("small cap") << 100LL << 1500LL << 4 << 1500LL;
}

void TestBackoffPolicy::ceiling()
{
    QFETCH(qint64, base);
    QFETCH(qint64, cap);
    QFETCH(int, attempt);
    QFETCH(qint64, expected);
    QCOMPARE(BackoffPolicy(base, cap).ceilingMs(attempt), expected);
    QCOMPARE(BackoffPolicy(base, cap).unjitteredDelayMs(attempt), expected);
}

void TestBackoffPolicy::fullJitter_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("u");
    QTest::addColumn<qint64>("expected");
    // base 1 s, cap 300 s
    QTest::newRow("u=0 is immediate") << 3 << 0.0 << 0LL;
    QTest::newRow("half of 8 s") << 3 << 0.5 << 4000LL;
    QTest::newRow("just under the ceiling") << 3 << 0.999999 << 7999LL;
    QTest::newRow("u=1 clamps below the ceiling") << 3 << 1.0 << 7999LL;
    QTest::newRow("u>1 clamps") << 3 << 7.0 << 7999LL;
    QTest::newRow("negative u clamps to 0") << 3 << -0.5 << 0LL;
    QTest::newRow("NaN is 0") << 3 << std::nan("") << 0LL;
    QTest::newRow("capped attempt") << 20 << 0.25 << 75000LL;
}

void TestBackoffPolicy::fullJitter()
{
    QFETCH(int, attempt);
    QFETCH(double, u);
    QFETCH(qint64, expected);
    const BackoffPolicy policy(1000, 300000);
    QCOMPARE(policy.delayMs(attempt, u), expected);
    QVERIFY(policy.delayMs(attempt, u) < policy.ceilingMs(attempt));
}

void TestBackoffPolicy::retryAfter_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("u");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none: plain jitter") << 2 << 0.5 << -1LL << 2000LL;
    QTest::newRow("a floor, jitter on top") << 2 << 0.5 << 5000LL << 7000LL;
    QTest::newRow("zero retry-after") << 2 << 0.5 << 0LL << 2000LL;
    QTest::newRow("capped at the cap") << 20 << 0.9 << 100000LL << 300000LL;
    QTest::newRow("a huge retry-after is honoured") << 0 << 0.5 << 900000LL << 900000LL;
}

void TestBackoffPolicy::retryAfter()
{
    QFETCH(int, attempt);
    QFETCH(double, u);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, expected);
    const BackoffPolicy policy(1000, 300000);
    const qint64 delay = policy.delayMs(attempt, u, retryAfter);
    QCOMPARE(delay, expected);
    QVERIFY(delay >= retryAfter);
}

void TestBackoffPolicy::constructorClamps()
{
    const BackoffPolicy p(0, -5);
    QCOMPARE(p.baseMs(), 1);
    QCOMPARE(p.capMs(), 1);
    QCOMPARE(p.ceilingMs(10), 1);
}

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoff_policy.moc"
