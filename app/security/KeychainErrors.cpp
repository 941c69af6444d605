#include "KeychainErrors.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

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

Status KeychainErrors::requireApplication()
{
    if (QCoreApplication::instance())
        return {};
    return unavailable(u"no QCoreApplication to run keychain jobs"_s);
}

QString KeychainErrors::describe(const QString& what, const QKeychain::Job& job)
{
    return what + u": "_s + job.errorString() + u" (QtKeychain error "_s +
           QString::number(int(job.error())) + u')';
}

} // namespace pishkhan
