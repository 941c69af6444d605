#include "StoreOpener.h"

#include "InterruptedRotation.h"
#include "KeyVault.h"
#include "KeychainErrors.h"
#include "core/SecureBytes.h"

#include <QFileInfo>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

bool needsPendingKey(const Error& error)
{
    return error.code() == u"storage.wrong_key"_s || error.code() == u"keychain.key_missing"_s;
}

// After the keychain's key failed: finishes an interrupted key change when the pending key is
// this file's. Returns the key that now opens the file, or nullopt (keep the first error).
Result<std::optional<QByteArray>> finishRotation(const QString& path, KeyVault& vault)
{
    Result<InterruptedRotation::Outcome> finished = InterruptedRotation::finish(path, vault);
    if (!finished)
        return Error(finished.error()).prefixDetail(u"opening "_s + path);
    if (*finished != InterruptedRotation::Outcome::Promoted)
        return std::optional<QByteArray>();
    Result<QByteArray> key = vault.readExistingKey();
    if (!key)
        return Error(key.error()).prefixDetail(u"opening "_s + path);
    return std::optional<QByteArray>(*key);
}

// The key of an existing store: the keychain's, or keychain.key_missing.
Result<QByteArray> existingKey(const QString& path, KeyVault& vault)
{
    Result<std::optional<QByteArray>> stored = vault.readKey();
    if (!stored)
        return Error(stored.error()).prefixDetail(u"opening "_s + path);
    if (!*stored)
        return KeychainErrors::keyMissing(u"opening "_s + path + u": no entry "_s +
                                          vault.service() + u'/' + vault.keyName());
    return **stored;
}

// Opens with the key, then wipes this copy: the vault's answer is gone by then, so it is the
// key's last holder (unless the store keeps one; then the store's owner wipes it).
Result<LocalStore> openAndWipe(const QString& path, QByteArray& key)
{
    Result<LocalStore> store = LocalStore::open(path, key);
    SecureBytes::wipe(key);
    return store;
}

bool exists(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

} // namespace

Result<LocalStore> StoreOpener::open(const QString& path, KeyVault& vault)
{
    if (!exists(path)) {
        Result<QByteArray> created = vault.loadOrCreateKey();
        if (!created)
            return Error(created.error()).prefixDetail(u"opening "_s + path);
        return openAndWipe(path, *created);
    }
    Result<QByteArray> key = existingKey(path, vault);
    Result<LocalStore> store = key ? openAndWipe(path, *key) : Result<LocalStore>(key.error());
    if (store || !needsPendingKey(store.error()))
        return store;
    Result<std::optional<QByteArray>> finished = finishRotation(path, vault);
    if (!finished)
        return finished.error();
    if (!*finished)
        return store;
    return openAndWipe(path, **finished);
}

Status StoreOpener::check(const QString& path, KeyVault& vault)
{
    Result<QByteArray> key = existingKey(path, vault);
    Status checked = key ? LocalStore::check(path, *key) : Status(key.error());
    if (checked || !needsPendingKey(checked.error()))
        return checked;
    Result<std::optional<QByteArray>> finished = finishRotation(path, vault);
    if (!finished)
        return finished.error();
    if (!*finished)
        return checked;
    return LocalStore::check(path, **finished);
}

bool StoreOpener::isUnreadable(const Error& error)
{
    const QString& code = error.code();
    return code == u"storage.not_a_database"_s || code == u"storage.corrupt"_s ||
           code == u"storage.wrong_key"_s || code == u"storage.plaintext_database"_s ||
           code == u"keychain.key_missing"_s;
}

Result<QString> StoreOpener::moveAsideUnreadable(const QString& path, KeyVault& vault)
{
    const Status checked = check(path, vault);
    if (checked)
        return Error(u"storage.move_aside_refused"_s,
                     QT_TRANSLATE_NOOP("Error", "The store opens normally, so it was not moved "
                                                "aside; only a store that cannot be opened is."),
                     path + u" opens normally with the key in the keychain"_s);
    if (!isUnreadable(checked.error()))
        return checked.error();
    return LocalStore::moveAside(path);
}

} // namespace pishkhan
