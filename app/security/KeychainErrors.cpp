#include "KeychainErrors.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

Error KeychainErrors::unavailable(const QString& detail)
{
    return Error(u"keychain.unavailable"_s,
                 QT_TRANSLATE_NOOP("Error", "The system keychain is not available or is "
                                            "locked."),
                 detail);
}

Error KeychainErrors::keyMissing(const QString& detail)
{
    return Error(u"keychain.key_missing"_s,
                 QT_TRANSLATE_NOOP("Error", "The database exists but its key is missing from "
                                            "the system keychain, so it cannot be opened."),
                 detail);
}

Error KeychainErrors::badKey(const QString& detail)
{
    return Error(u"keychain.bad_key"_s,
                 QT_TRANSLATE_NOOP("Error", "The key stored in the system keychain is not a "
                                            "valid store key."),
                 detail);
}

} // namespace pishkhan
