// The audit screen's reading of the trail: filters by office-local day, actor and kind; says
// whether the chain verifies and which shown events the verified part covers; refuses readers
// without the permission; and exports CSV/PDF whose content matches the page, leaving an
// export event behind.

#include "../security/SecurityTestSupport.h"
#include "PdfText.h"
#include "ledger/AuditTrailExporter.h"
#include "security/AuditTrail.h"
#include "security/Authorizer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kTehran("Asia/Tehran");

// 2026-03-20 23:30 Tehran time is 20:00 UTC: an event then belongs to the Tehran day
// 2026-03-20, even though in UTC it is the same date — the next one, 00:30 Tehran, is
// 2026-03-20 21:00 UTC and belongs to the Tehran day 2026-03-21.
qint64 tehran(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), kTehran).toMSecsSinceEpoch();
}

struct Trail
{
    SecurityFixture f;
    Session admin;
    Session supervisor;
    Session clerk;

    bool fill()
    {
        if (!f.open())
            return false;
        f.clock.set(tehran(2026, 3, 20, 9, 0));
        admin = f.adminSession();
        supervisor = f.sessionFor(Role::Supervisor);
        clerk = f.sessionFor(Role::Clerk);
        f.clock.set(tehran(2026, 3, 20, 23, 30));
        if (!f.audit->record(AuditKind::VoidRequested, clerk, u"R-0001"_s, {}))
            return false;
        f.clock.set(tehran(2026, 3, 21, 0, 30));
        if (!f.audit->record(AuditKind::VoidApproved, supervisor, u"R-0001"_s, {}))
            return false;
        if (!f.audit->record(AuditKind::DayClosed, supervisor, u"2026-03-20"_s,
                             u"{\"counted\":\"1,500,000\"}"_s))
            return false;
        return true;
    }

    qint64 events() { return f.db().queryInt64("SELECT COUNT(*) FROM audit_events").valueOr(-1); }
};

ReportContext context()
{
    ReportContext c;
    c.officeName = u"دفتر پیشخوان ۱۲۳"_s;
    c.officeCode = u"IR-ISF-0123"_s;
    c.counter = 2;
    c.generatedAt = tehran(2026, 3, 21, 10, 0);
    c.zone = kTehran;
    c.clerkNames = {{u"clerk1"_s, u"زهرا کاظمی"_s}};
    return c;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void filters_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("kind");             // -1 = all
        QTest::addColumn<QStringList>("expected"); // kinds, newest first

        QTest::newRow("late evening counts in its own Tehran day")
            << QDate(2026, 3, 20) << QString() << int(AuditKind::VoidRequested)
            << QStringList{u"void_requested"_s};
        QTest::newRow("just after midnight is the next day")
            << QDate(2026, 3, 21) << QString() << -1
            << QStringList{u"day_closed"_s, u"void_approved"_s};
        QTest::newRow("one actor, every day")
            << QDate() << u"supervisor1"_s << -1
            << QStringList{u"day_closed"_s, u"void_approved"_s, u"login"_s};
        QTest::newRow("one kind, every day, everyone")
            << QDate() << QString() << int(AuditKind::VoidApproved)
            << QStringList{u"void_approved"_s};
        QTest::newRow("a day with nothing")
            << QDate(2026, 3, 22) << QString() << -1 << QStringList{};
        QTest::newRow("an actor that never acted") << QDate() << u"nobody"_s << -1 << QStringList{};
    }

    void filters()
    {
        QFETCH(QDate, day);
        QFETCH(QString, actor);
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        Trail t;
        QVERIFY(t.fill());
        AuditTrail trail(*t.f.audit, kTehran);
        AuditTrailQuery q;
        q.day = day;
        q.actor = actor;
        if (kind >= 0)
            q.kind = AuditKind(kind);
        auto page = trail.read(t.supervisor, q);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(describe(page.error())));
        QStringList kinds;
        for (const AuditEvent& e : page->events)
            kinds << auditKindName(e.kind);
        // The fixture's own log-ins also fall on the first day; compare what the row names.
        if (actor == u"supervisor1"_s)
            kinds = kinds.mid(0, expected.size());
        QCOMPARE(kinds, expected);
        QVERIFY(page->chainHolds());
        QVERIFY(!page->truncated);
    }

    void actorsListsEveryoneWhoActed()
    {
        Trail t;
        QVERIFY(t.fill());
        AuditTrail trail(*t.f.audit, kTehran);
        auto actors = trail.actors(t.supervisor);
        QVERIFY(actors.ok());
        QVERIFY(actors->contains(u"clerk1"_s));
        QVERIFY(actors->contains(u"supervisor1"_s));
        QVERIFY(actors->contains(u"admin"_s));
    }

    void limitMarksTruncation()
    {
        Trail t;
        QVERIFY(t.fill());
        AuditTrail trail(*t.f.audit, kTehran);
        AuditTrailQuery q;
        q.limit = 2;
        auto page = trail.read(t.admin, q);
        QVERIFY(page.ok());
        QCOMPARE(page->events.size(), 2);
        QVERIFY(page->truncated);
        QCOMPARE(auditKindName(page->events.first().kind), u"day_closed"_s);

        q.limit = 0;
        auto refused = trail.read(t.admin, q);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), u"audit.limit"_s);
    }

    void clerkCannotReadOrExport()
    {
        Trail t;
        QVERIFY(t.fill());
        AuditTrail trail(*t.f.audit, kTehran);
        const qint64 before = t.events();
        auto page = trail.read(t.clerk, {});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code(), u"auth.forbidden"_s);
        auto actors = trail.actors(t.clerk);
        QVERIFY(!actors.ok());
        QCOMPARE(actors.error().code(), u"auth.forbidden"_s);
        Status exported = trail.recordExport(t.clerk, AuditTrailPage{}, u"csv"_s);
        QVERIFY(!exported);
        QCOMPARE(exported.error().code(), u"auth.forbidden"_s);
        QCOMPARE(t.events(), before);
    }

    // An edit made around the triggers shows on the page: events before it verified, the
    // edited one broken, later ones unverified — and the exports say the same.
    void brokenChainIsShownPerEvent()
    {
        Trail t;
        QVERIFY(t.fill());
        const qint64 n = t.events();
        QVERIFY(t.f.db().exec("DROP TRIGGER audit_events_no_update;"));
        const QByteArray edit =
            "UPDATE audit_events SET subject = 'R-0002' WHERE seq = " + QByteArray::number(n - 1);
        QVERIFY(t.f.db().exec(edit.constData()));

        AuditTrail trail(*t.f.audit, kTehran);
        auto page = trail.read(t.supervisor, {});
        QVERIFY(page.ok());
        QVERIFY(!page->chainHolds());
        QCOMPARE(page->chain.failure->sequence, n - 1);
        QCOMPARE(page->stateOf(page->events.at(0)), AuditTrailPage::EventState::Unverified);
        QCOMPARE(page->stateOf(page->events.at(1)), AuditTrailPage::EventState::Broken);
        QCOMPARE(page->stateOf(page->events.at(2)), AuditTrailPage::EventState::Verified);

        const QString csv = QString::fromUtf8(AuditTrailExporter::csv(*page, context()));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.at(1).endsWith(u",unverified"_s));
        QVERIFY(lines.at(2).endsWith(u",broken"_s));
        QVERIFY(lines.at(2).contains(u",R-0002,"_s));
        QVERIFY(lines.at(3).endsWith(u",verified"_s));
    }

    void exportsMatchThePage()
    {
        Trail t;
        QVERIFY(t.fill());
        AuditTrail trail(*t.f.audit, kTehran);
        AuditTrailQuery q;
        q.day = QDate(2026, 3, 21);
        auto page = trail.read(t.supervisor, q);
        QVERIFY(page.ok());
        QCOMPARE(page->events.size(), 2);

        const QByteArray csv = AuditTrailExporter::csv(*page, context());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"seq,at_utc,at_local,kind,kind_name,actor,actor_name,subject,"
                              u"detail,chain"_s);
        // The detail holds a comma: it is quoted, with its quotes doubled.
        QVERIFY(lines.at(1).contains(u"\"{\"\"counted\"\":\"\"1,500,000\"\"}\""_s));
        QVERIFY(lines.at(1).contains(u",1405/01/01 00:30,"_s) ||
                lines.at(1).contains(u",1405/01/01 00:30:"_s));
        QVERIFY(lines.at(2).contains(u",void_approved,"_s));

        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF back");
        // Beside the other rendered documents, for a person to look at.
        const QString out = QStringLiteral(PISHKHAN_BINARY_DIR "/ledger-render");
        QVERIFY(QDir().mkpath(out));
        const QString pdf = out + u"/audit-trail.pdf"_s;
        ReportContext c = context();
        QVERIFY(AuditTrailExporter::pdf(*page, c, pdf));
        const QString text = pdfText(pdf);
        // The office, the filter's day, the chain state, both events' kinds in the fixture's
        // (untranslated) names and their subjects.
        const QStringList absent =
            missingFromPdfText(text, {u"IR-ISF-0123"_s, u"فروردین"_s, u"سالم"_s, u"Day closed"_s,
                                      u"Void approved"_s, u"R-0001"_s, u"2026-03-20"_s});
        QVERIFY2(absent.isEmpty(), qPrintable(absent.join(u", "_s) + u"\n"_s + text));
        QVERIFY(pdfToPng(pdf));

        const qint64 before = t.events();
        QVERIFY(trail.recordExport(t.supervisor, *page, u"pdf"_s));
        QCOMPARE(t.events(), before + 1);
        auto last = t.f.audit->read(t.supervisor, {});
        QVERIFY(last.ok());
        const AuditEvent& e = last->first();
        QCOMPARE(e.kind, AuditKind::Export);
        QCOMPARE(e.subject, u"audit_trail"_s);
        QVERIFY(e.detail.contains(u"\"rows\":2"_s));
        QVERIFY(e.detail.contains(u"\"day\":\"2026-03-21\""_s));
        QVERIFY(e.detail.contains(u"\"chain\":\"verified\""_s));
    }
};

QTEST_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
