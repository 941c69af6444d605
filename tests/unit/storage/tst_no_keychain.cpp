// With no Secret Service reachable the store is refused with one clear sentence and no
// database file is created: there is no fallback to a plaintext or file-kept key.
// Deliberately not a KEYRING test; the session bus is pointed at a socket that does not exist.
#include "security/KeyVault.h"
#include "security/StoreOpener.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storeIsRefusedAndNoFileCreated();
};

void TestNoKeychain::storeIsRefusedAndNoFileCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store/counter.db"_s);
    KeyVault vault(u"ir.pishkhan.desk.test"_s, u"no-keychain"_s, 10000);

    auto store = StoreOpener::open(path, vault);

    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), u"keychain.unavailable"_s);
    const QString sentence = QString::fromUtf8(store.error().sourceText());
    QVERIFY(sentence.endsWith(u'.'));
    QCOMPARE(sentence.count(u'.'), 1);
    QVERIFY(store.error().message().contains(path));
    qInfo("%s", qPrintable(store.error().message()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

int main(int argc, char* argv[])
{
    // Before anything can connect: no reachable session bus, no X11 to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pishkhan-no-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_no_keychain.moc"
