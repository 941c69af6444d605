// The outbox state machine. Every (state, operation) pair is tried on a real row:
// the allowed ones move it where the table says, every other one is refused and leaves the
// row exactly as it was.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pishkhan::OutboxState)
Q_DECLARE_METATYPE(pishkhan::OutboxEvent)

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

// The expected machine, written out independently of the production table.
std::optional<OutboxState> expectedTarget(OutboxState from, OutboxEvent event)
{
    using S = OutboxState;
    using E = OutboxEvent;
    if (from == S::Queued && event == E::Claim)
        return S::Sending;
    if (from == S::Queued && event == E::FlagNeedsAttention)
        return S::NeedsAttention;
    if (from == S::Sending && (event == E::RetryLater || event == E::RecoverAfterCrash))
        return S::Queued;
    if (from == S::Sending && event == E::Accept)
        return S::Accepted;
    if (from == S::Sending && event == E::Reject)
        return S::Rejected;
    if (from == S::Sending && event == E::FlagNeedsAttention)
        return S::NeedsAttention;
    if (from == S::NeedsAttention && event == E::Resubmit)
        return S::Queued;
    if ((from == S::Queued || from == S::NeedsAttention) && event == E::Withdraw)
        return S::Withdrawn;
    return std::nullopt;
}

bool sameRow(const OutboxEntry& a, const OutboxEntry& b)
{
    return a.requestId == b.requestId && a.state == b.state && a.attemptCount == b.attemptCount &&
           a.nextAttemptAt == b.nextAttemptAt && a.lastErrorCode == b.lastErrorCode &&
           a.lastErrorMessage == b.lastErrorMessage &&
           a.lastErrorMessageFa == b.lastErrorMessageFa && a.trackingCode == b.trackingCode &&
           a.payload == b.payload && a.updatedAt == b.updatedAt && a.createdAt == b.createdAt;
}

} // namespace

class TestOutboxStates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tableMatchesSpecification_data();
    void tableMatchesSpecification();
    void everyStatePair_data();
    void everyStatePair();
    void operationOnRow_data();
    void operationOnRow();

private:
    // Brings a new row into `state` through allowed operations only.
    std::optional<QString> rowIn(OutboxState state);
    // Runs one operation on one row the way the sync engine or the UI would.
    Status apply(const QString& id, OutboxEvent event, qint64 now);

    QTemporaryDir m_dir;
    std::optional<LocalStore> m_store;
    std::optional<OutboxStore> m_outbox;
    int m_serial = 0;
};

void TestOutboxStates::init()
{
    // A fresh store per data row, so claims and crash recovery see only the row under test.
    m_outbox.reset();
    m_store.reset();
    auto store = LocalStore::open(m_dir.filePath(u"states-%1.db"_s.arg(++m_serial)), randomKey());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    m_store.emplace(std::move(*store));
    m_outbox.emplace(m_store->database());
}

void TestOutboxStates::tableMatchesSpecification_data()
{
    QTest::addColumn<OutboxState>("from");
    QTest::addColumn<OutboxEvent>("event");
    for (OutboxState from : kAllOutboxStates)
        for (OutboxEvent event : kAllOutboxEvents)
            QTest::addRow("%s-%s", qPrintable(outboxStateName(from)),
                          qPrintable(outboxEventName(event)))
                << from << event;
}

void TestOutboxStates::tableMatchesSpecification()
{
    QFETCH(OutboxState, from);
    QFETCH(OutboxEvent, event);
    const auto expected = expectedTarget(from, event);
    const Result<OutboxState> actual = outboxTransition(from, event);
    QCOMPARE(actual.ok(), expected.has_value());
    if (expected)
        QCOMPARE(*actual, *expected);
    else
        QCOMPARE(actual.error().code(), u"outbox.invalid_transition"_s);
}

void TestOutboxStates::everyStatePair_data()
{
    QTest::addColumn<OutboxState>("from");
    QTest::addColumn<OutboxState>("to");
    QTest::addColumn<bool>("allowed");
    const QList<QPair<OutboxState, OutboxState>> allowed = {
        {OutboxState::Queued, OutboxState::Sending},
        {OutboxState::Queued, OutboxState::NeedsAttention},
        {OutboxState::Sending, OutboxState::Queued},
        {OutboxState::Sending, OutboxState::Accepted},
        {OutboxState::Sending, OutboxState::Rejected},
        {OutboxState::Sending, OutboxState::NeedsAttention},
        {OutboxState::NeedsAttention, OutboxState::Queued},
        {OutboxState::Queued, OutboxState::Withdrawn},
        {OutboxState::NeedsAttention, OutboxState::Withdrawn},
    };
    for (OutboxState from : kAllOutboxStates)
        for (OutboxState to : kAllOutboxStates)
            QTest::addRow("%s->%s", qPrintable(outboxStateName(from)),
                          qPrintable(outboxStateName(to)))
                << from << to << allowed.contains({from, to});
}

void TestOutboxStates::everyStatePair()
{
    QFETCH(OutboxState, from);
    QFETCH(OutboxState, to);
    QFETCH(bool, allowed);
    QCOMPARE(outboxTransitionAllowed(from, to), allowed);
    if (isFinal(from))
        QVERIFY(!allowed);
}

std::optional<QString> TestOutboxStates::rowIn(OutboxState state)
{
    const QString id = OutboxStore::newRequestId();
    OutboxEntry e = sampleEntry(id);
    if (!m_outbox->enqueue(e, kT0).ok())
        return std::nullopt;
    if (state == OutboxState::Queued)
        return id;
    if (state == OutboxState::Withdrawn)
        return m_outbox->withdraw(id, kT0).ok() ? std::optional<QString>(id) : std::nullopt;
    auto claimed = m_outbox->claimBatch(10, kT0);
    if (!claimed || claimed->size() != 1)
        return std::nullopt;
    Status s;
    switch (state) {
    case OutboxState::Sending:
        break;
    case OutboxState::Accepted:
        s = m_outbox->recordResults({OutboxResult::accepted(id, u"TRK-"_s + id.left(8))}, kT0);
        break;
    case OutboxState::Rejected:
        s = m_outbox->recordResults(
            {OutboxResult::rejected(id, u"invalid"_s, u"bad form"_s, u"فرم نادرست"_s)}, kT0);
        break;
    case OutboxState::NeedsAttention:
        s = m_outbox->recordResults(
            {OutboxResult::needsAttention(id, u"consent"_s, u"call back"_s, u"تماس"_s)}, kT0);
        break;
    case OutboxState::Queued:
    case OutboxState::Withdrawn:
        break;
    }
    if (!s)
        return std::nullopt;
    return id;
}

Status TestOutboxStates::apply(const QString& id, OutboxEvent event, qint64 now)
{
    switch (event) {
    case OutboxEvent::Claim: {
        auto claimed = m_outbox->claimBatch(1000, now);
        if (!claimed)
            return claimed.error();
        bool ours = false;
        for (const OutboxEntry& c : *claimed)
            ours = ours || c.requestId == id;
        if (!ours)
            return Error(u"test.not_claimed"_s, "not claimed");
        return {};
    }
    case OutboxEvent::RecoverAfterCrash: {
        auto n = m_outbox->recoverAfterCrash(now);
        if (!n)
            return n.error();
        if (*n == 0)
            return Error(u"test.not_recovered"_s, "not recovered");
        return {};
    }
    case OutboxEvent::Resubmit:
        return m_outbox->resubmit(id, now, u"{\"fixed\":true}"_s);
    case OutboxEvent::Withdraw:
        return m_outbox->withdraw(id, now);
    case OutboxEvent::Accept:
        return m_outbox->recordResults({OutboxResult::accepted(id, u"T-"_s + id)}, now);
    case OutboxEvent::Reject:
        return m_outbox->recordResults(
            {OutboxResult::rejected(id, u"r"_s, u"rejected"_s, u"رد شد"_s)}, now);
    case OutboxEvent::RetryLater:
        return m_outbox->recordResults(
            {OutboxResult::retryLater(id, now + 60'000, u"net"_s, u"timeout"_s)}, now);
    case OutboxEvent::FlagNeedsAttention:
        return m_outbox->recordResults(
            {OutboxResult::needsAttention(id, u"n"_s, u"needs attention"_s, u"بررسی"_s)}, now);
    }
    return {};
}

void TestOutboxStates::operationOnRow_data()
{
    tableMatchesSpecification_data();
}

void TestOutboxStates::operationOnRow()
{
    QFETCH(OutboxState, from);
    QFETCH(OutboxEvent, event);

    // GIVEN a row in `from`
    const auto id = rowIn(from);
    QVERIFY(id.has_value());
    auto before = m_outbox->find(*id);
    QVERIFY(before.ok() && before->has_value());
    QCOMPARE((*before)->state, from);

    // WHEN the operation runs a little later
    const qint64 later = kT0 + 1000;
    const Status result = apply(*id, event, later);

    // THEN it works exactly when the specification allows it
    auto after = m_outbox->find(*id);
    QVERIFY(after.ok() && after->has_value());
    const auto expected = expectedTarget(from, event);
    if (expected) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describeError(result.error())));
        QCOMPARE((*after)->state, *expected);
        QCOMPARE((*after)->requestId, *id);
        QCOMPARE((*after)->updatedAt, later);
        if (event == OutboxEvent::RetryLater) {
            QCOMPARE((*after)->attemptCount, (*before)->attemptCount + 1);
            QCOMPARE((*after)->nextAttemptAt, later + 60'000);
            QCOMPARE((*after)->lastErrorCode, u"net"_s);
        }
        if (event == OutboxEvent::Accept)
            QCOMPARE((*after)->trackingCode, u"T-"_s + *id);
        if (event == OutboxEvent::Reject)
            QCOMPARE((*after)->lastErrorMessageFa, u"رد شد"_s);
        if (event == OutboxEvent::Resubmit) {
            QCOMPARE((*after)->payload, u"{\"fixed\":true}"_s);
            QCOMPARE((*after)->attemptCount, 0);
            QVERIFY((*after)->lastErrorCode.isNull());
        }
    } else {
        QVERIFY2(!result.ok(), "a transition outside the table was accepted");
        QVERIFY(sameRow(**after, **before));
    }
}

QTEST_GUILESS_MAIN(TestOutboxStates)
#include "tst_outbox_states.moc"
