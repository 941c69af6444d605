// No national code, mobile or name in clear in the database, its -wal or its -shm,
// neither while the store is open (before any checkpoint) nor after it is closed.
// A plaintext control run proves the scan finds what it looks for.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

struct Needle
{
    QString label;
    QByteArray bytes;
};

QList<Needle> needles()
{
    QList<Needle> list;
    for (const QString& text : {kNationalCode, kMobile, kCitizenName}) {
        const QString label = text == kNationalCode ? u"national code"_s
                              : text == kMobile     ? u"mobile"_s
                                                    : u"name"_s;
        QByteArray le;
        QByteArray be;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            le.append(char(u & 0xff)).append(char(u >> 8));
            be.append(char(u >> 8)).append(char(u & 0xff));
        }
        list << Needle{label + u" (UTF-8)"_s, text.toUtf8()} << Needle{label + u" (UTF-16LE)"_s, le}
             << Needle{label + u" (UTF-16BE)"_s, be};
    }
    return list;
}

// Every needle found in every file of the folder, as "file: needle" lines.
QStringList scan(const QString& folder)
{
    QStringList found;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return {u"cannot read "_s + info.fileName()};
        const QByteArray bytes = file.readAll();
        for (const Needle& n : needles())
            if (bytes.contains(n.bytes))
                found << info.fileName() + u": "_s + n.label;
    }
    return found;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

constexpr int kRows = 200;

} // namespace

class TestNoPlaintext : public QObject
{
    Q_OBJECT

private slots:
    void encryptedStoreHoldsNoCitizenDataInClear();
    void plaintextControlIsDetected();
};

void TestNoPlaintext::encryptedStoreHoldsNoCitizenDataInClear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    {
        auto store = LocalStore::open(path, randomKey());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
        OutboxStore outbox(store->database());
        for (int i = 0; i < kRows; ++i)
            QVERIFY(outbox.enqueue(sampleEntry(), 1000 + i).ok());
        QVERIFY(outbox.claimBatch(20, 5000).ok());

        // While open: the rows are still in the WAL, not yet checkpointed into the file.
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        QVERIFY(QFileInfo::exists(path + u"-shm"_s));
        const QStringList whileOpen = scan(dir.path());
        QVERIFY2(whileOpen.isEmpty(), qPrintable(whileOpen.join(u", "_s)));
    }
    QVERIFY(QFileInfo(path).size() > 0);
    const QStringList afterClose = scan(dir.path());
    QVERIFY2(afterClose.isEmpty(), qPrintable(afterClose.join(u", "_s)));
    qInfo("scanned: %s", qPrintable(filesIn(dir.path()).join(u", "_s)));
}

void TestNoPlaintext::plaintextControlIsDetected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plain.db"_s);
    auto db = Database::open(path, QByteArray());
    QVERIFY(db.ok());
    QVERIFY(db->enableWal().ok());
    QVERIFY(SchemaMigrator::migrate(*db).ok());
    OutboxStore outbox(*db);
    for (int i = 0; i < kRows; ++i)
        QVERIFY(outbox.enqueue(sampleEntry(), 1000 + i).ok());
    const QStringList found = scan(dir.path());
    // UTF-8 of all three in the WAL; the ASCII identifiers' UTF-16 forms do not occur.
    QVERIFY2(found.contains(u"plain.db-wal: national code (UTF-8)"_s),
             qPrintable(found.join(u", "_s)));
    QVERIFY(found.contains(u"plain.db-wal: mobile (UTF-8)"_s));
    QVERIFY(found.contains(u"plain.db-wal: name (UTF-8)"_s));
}

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "tst_no_plaintext.moc"
