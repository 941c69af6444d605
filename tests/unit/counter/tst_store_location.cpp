// StoreLocation: pishkhan-desk, its runtime and pishkhanctl find a counter's files and keychain
// entries by these names; live and training never share one.
#include "counter/StoreLocation.h"
#include "security/KeyVault.h"
#include "security/SecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void liveAndTrainingHaveFilesAndEntriesOfTheirOwn()
    {
        const StoreLocation live(u"/data/desk"_s, false);
        QCOMPARE(live.storePath(), u"/data/desk/pishkhan-store.db"_s);
        QCOMPARE(live.settingsPath(), u"/data/desk/desk-settings.ini"_s);
        QCOMPARE(live.logPath(), u"/data/desk/logs/pishkhan-desk.log"_s);
        QCOMPARE(live.backupDir(), u"/data/desk/backups"_s);
        QCOMPARE(live.keychainService(), KeyVault::defaultService());
        QCOMPARE(live.storeKeyName(), KeyVault::defaultKeyName());
        QCOMPARE(live.secretService(), SecretStore::defaultService());

        const StoreLocation training(u"/data/desk"_s, true);
        QCOMPARE(training.storePath(), u"/data/desk/training-store.db"_s);
        QCOMPARE(training.settingsPath(), u"/data/desk/training-settings.ini"_s);
        QCOMPARE(training.sandboxDataDir(), u"/data/desk/training-sandbox"_s);
        QCOMPARE(training.logPath(), u"/data/desk/logs/pishkhan-desk-training.log"_s);
        QCOMPARE(training.storeKeyName(), KeyVault::defaultKeyName() + u"-training"_s);
        QCOMPARE(training.secretService(), SecretStore::defaultService() + u".training"_s);
    }

    void anEmptyFolderMeansTheUsersDataFolder()
    {
        QCOMPARE(StoreLocation(QString(), false).dataDir(), StoreLocation::defaultDataDir());
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
