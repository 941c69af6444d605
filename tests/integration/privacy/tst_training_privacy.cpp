// A training serve and a background sync, the way the counter runs them, with the app's log
// sink capturing everything down to debug level. Afterwards:
//  - no file in the counter's data folder (its store, the in-process sandbox's folder, the
//    sandbox's SMS log) holds a citizen's mobile number, national code or name in plain text:
//    the training sandbox keeps its texts in an encrypted file, not in a plain sms.log;
//  - no log line holds them either (names are free text the redactor cannot recognise, so
//    they must never be logged in the first place).

#include "core/PersianText.h"
#include "counter/DeskRuntime.h"
#include "counter/ServeBackend.h"
#include "counter/ServiceDefinition.h"
#include "net/ApiClient.h"
#include "sandbox/SandboxTrainingBackend.h"
#include "security/AccountService.h"
#include "security/LogSink.h"
#include "storage/OutboxState.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

const QString kNationalCode = u"0084575948"_s;
const QString kMobile = u"09123334455"_s;
// The second citizen comes in through the outbox only (as a CSV batch does), with a name.
const QString kBatchNationalCode = u"0499370899"_s;
const QString kBatchMobile = u"09351112233"_s;
const QString kBatchName = u"زهرا احمدی‌نژاد"_s;
const QString kPassword = u"Counter-Clerk-2026"_s;

QList<QByteArray> needles()
{
    QList<QByteArray> out;
    for (const QString& s : {kNationalCode, kMobile, kBatchNationalCode, kBatchMobile}) {
        out << s.toUtf8() << PersianText::toPersianDigits(s).toUtf8();
        // The mobile without its leading 0 (+98 spellings) is still the number.
        if (s.startsWith(u"09"_s))
            out << s.mid(1).toUtf8();
    }
    out << kBatchName.toUtf8();
    return out;
}

QStringList filesContaining(const QString& dir, const QList<QByteArray>& what)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + u" (unreadable)"_s;
            continue;
        }
        const QByteArray bytes = f.readAll();
        for (const QByteArray& n : what) {
            if (bytes.contains(n))
                hits << path + u" holds "_s + QString::fromUtf8(n);
        }
    }
    return hits;
}

template<typename Done>
bool waitFor(Done done, int ms = 30'000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace

class TestTrainingPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void trainingServeLeavesNoPlainCitizenData()
    {
        QTemporaryDir root;
        const QString dataDir = root.filePath(u"data"_s);
        const QString logPath = root.filePath(u"logs/pishkhan-desk.log"_s);
        QVERIFY(LogSink::install(logPath, QtDebugMsg));
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        {
            DeskOptions options;
            options.dataDir = dataDir;
            options.training = true;
            options.trainingBackend = std::make_shared<sandbox::SandboxTrainingBackend>();
            options.pbkdf2Iterations = 1000;
            DeskRuntime runtime(options);
            const Status opened = runtime.open();
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
            QVERIFY(runtime.accounts().createFirstAdmin(u"admin"_s, u"Admin"_s, kPassword));
            const Session admin = *runtime.accounts().login(u"admin"_s, kPassword);
            QVERIFY(runtime.accounts().createAccount(admin, u"clerk1"_s, u"Clerk"_s, Role::Clerk,
                                                     kPassword));
            runtime.setSession(*runtime.accounts().login(u"clerk1"_s, kPassword));
            QSignalSpy failed(&runtime, &DeskRuntime::failed);
            runtime.start();
            QVERIFY(waitFor([&] { return runtime.isReady() || !failed.isEmpty(); }));
            QVERIFY2(runtime.isReady(),
                     failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QVERIFY(waitFor([&] { return !runtime.tariffTableId().isEmpty(); }));
            const ServiceDefinition* service = runtime.catalogue().find(u"property-file"_s);
            QVERIFY(service);

            // WHEN a clerk serves a citizen: code by SMS, consent, fee, send
            std::optional<ApiReply<OtpChallenge>> challenge;
            runtime.api().requestOtp(kNationalCode, kMobile, service->id,
                                     [&](ApiReply<OtpChallenge> r) { challenge = std::move(r); });
            QVERIFY(waitFor([&] { return challenge.has_value(); }));
            QVERIFY(bool(*challenge));
            QString code;
            for (const QJsonValue m : runtime.smsMessages(10)) {
                if (m[u"challenge_id"_s].toString() == (*challenge)->challengeId)
                    code = QRegularExpression(u"([0-9]{4,8})"_s)
                               .match(m[u"text"_s].toString())
                               .captured(1);
            }
            QVERIFY2(!code.isEmpty(), "the training phone shows no code");
            std::optional<ApiReply<ConsentGrant>> grant;
            runtime.api().verifyOtp((*challenge)->challengeId, code,
                                    [&](ApiReply<ConsentGrant> r) { grant = std::move(r); });
            QVERIFY(waitFor([&] { return grant.has_value(); }));
            QVERIFY(bool(*grant));

            CommitRequest request;
            request.requestId = OutboxStore::newRequestId();
            request.serviceId = service->id;
            request.serviceNameFa = service->nameFa;
            request.tariffRials = service->tariffRials;
            request.catalogueVersion = runtime.catalogue().version();
            request.district = 6;
            request.nationalCode = kNationalCode;
            request.mobile = kMobile;
            request.fields = QJsonObject{{u"renovation_code"_s, u"6-12-345-17-0-0-0"_s}};
            request.consentToken = (*grant)->token;
            request.consentExpiresAtMs = (*grant)->expiresAtMs;
            request.payment = Payment::cash();
            const Answer<Committed> committed = runtime.serveBackend()->commit(request);
            QVERIFY2(committed.ok(), qPrintable(committed.failure.code));
            std::optional<SendOutcome> outcome;
            runtime.serveBackend()->sendNow(request.requestId,
                                            [&](SendOutcome o) { outcome = std::move(o); });
            QVERIFY(waitFor([&] { return outcome.has_value(); }));
            QVERIFY2(outcome->kind == SendOutcome::Kind::Accepted, qPrintable(outcome->message));

            // ... and a named citizen's request goes out through the background sync (its
            // consent is made up, so the sandbox refuses it: the refusal is logged too)
            OutboxEntry batch;
            batch.requestId = OutboxStore::newRequestId();
            batch.serviceId = service->id;
            batch.catalogueVersion = runtime.catalogue().version().toLongLong();
            batch.nationalCode = kBatchNationalCode;
            batch.mobile = kBatchMobile;
            batch.citizenName = kBatchName;
            batch.payload = u"{\"district\":6,\"renovation_code\":\"6-12-345-17-0-0-0\"}"_s;
            batch.feeReference = u"batch-1"_s;
            batch.consentToken = u"cst_made_up_for_the_test"_s;
            batch.consentExpiresAt = QDateTime::currentMSecsSinceEpoch() + 3600'000;
            OutboxStore outbox(runtime.database());
            QVERIFY(outbox.enqueue(batch, QDateTime::currentMSecsSinceEpoch()));
            runtime.sync()->syncNow();
            QVERIFY(waitFor([&] {
                auto e = outbox.find(batch.requestId);
                return e && *e && (*e)->state != OutboxState::Queued &&
                       (*e)->state != OutboxState::Sending;
            }));
        }
        LogSink::uninstall();
        QLoggingCategory::setFilterRules(QString());

        // THEN no file of the counter holds the citizens' data in plain text
        QVERIFY(QFile::exists(dataDir));
        const QStringList inData = filesContaining(dataDir, needles());
        QVERIFY2(inData.isEmpty(), qPrintable(inData.join(u"; "_s)));
        // ... and neither does the log, which did record the work
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray lines = log.readAll();
        QVERIFY(lines.contains("pishkhan.net"));
        const QStringList inLog = filesContaining(QFileInfo(logPath).absolutePath(), needles());
        QVERIFY2(inLog.isEmpty(), qPrintable(inLog.join(u"; "_s)));
    }
};

QTEST_MAIN(TestTrainingPrivacy)
#include "tst_training_privacy.moc"
