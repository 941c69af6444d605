#include "StoreOpener.h"

#include "KeyVault.h"
#include "KeychainErrors.h"
#include "core/SecureBytes.h"

#include <QFileInfo>

namespace pishkhan {

using namespace Qt::StringLiterals;

Result<LocalStore> StoreOpener::open(const QString& path, KeyVault& vault)
{
    const QFileInfo info(path);
    const bool existing = info.exists() && info.size() > 0;

    Result<std::optional<QByteArray>> stored = vault.readKey();
    if (!stored)
        return Error(stored.error()).prefixDetail(u"opening "_s + path);

    QByteArray key;
    if (stored->has_value()) {
        key = **stored;
    } else if (existing) {
        return KeychainErrors::keyMissing(u"opening "_s + path + u": no entry "_s +
                                          vault.service() + u'/' + vault.keyName());
    } else {
        Result<QByteArray> created = vault.loadOrCreateKey();
        if (!created)
            return Error(created.error()).prefixDetail(u"opening "_s + path);
        key = *created;
    }
    Result<LocalStore> store = LocalStore::open(path, key);
    // The vault's answer goes first, so this copy is the key's last holder and is wiped
    // (unless the store keeps one; then the store's owner wipes it).
    stored->reset();
    SecureBytes::wipe(key);
    return store;
}

} // namespace pishkhan
