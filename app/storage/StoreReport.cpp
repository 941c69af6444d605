#include "StoreReport.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString StoreReport::describe() const
{
    QString what;
    switch (outcome) {
    case Outcome::Created:
        what = u"created new store "_s + path + u" (schema v"_s + QString::number(toVersion);
        break;
    case Outcome::Opened:
        what = u"opened existing store "_s + path + u" (schema v"_s + QString::number(toVersion);
        break;
    case Outcome::Migrated:
        what = u"opened existing store "_s + path + u" and migrated it from schema v"_s +
               QString::number(fromVersion) + u" to v"_s + QString::number(toVersion) + u" ("_s;
        break;
    }
    if (outcome != Outcome::Migrated)
        what += u", "_s;
    return what + u"SQLCipher "_s + cipherVersion + u", journal "_s + journalMode + u')';
}

} // namespace pishkhan
