#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

#include <QtGlobal>

namespace pishkhan::sqlite {

using namespace Qt::StringLiterals;

Error makeError(int rc, sqlite3* db, const QString& context)
{
    // sqlite3_errmsg() describes the connection's last error, which is only ours if the codes
    // agree; otherwise fall back to the generic text for the code.
    const bool current = db && (sqlite3_extended_errcode(db) & 0xff) == (rc & 0xff);
    const int extended = current ? sqlite3_extended_errcode(db) : rc;
    const char* text = current ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const QString detail = context + u": "_s + QString::fromUtf8(text) + u" (SQLite code "_s +
                           QString::number(extended) + u')';

    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error(u"storage.full"_s,
                     QT_TRANSLATE_NOOP("Error", "The disk is full, so nothing was saved; free "
                                                "some disk space and try again."),
                     detail, extended);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(u"storage.busy"_s,
                     QT_TRANSLATE_NOOP("Error", "The local database is in use by another "
                                                "program; close it and try again."),
                     detail, extended);
    case SQLITE_NOTADB:
        return Error(u"storage.not_a_database"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file cannot be read: it is not a "
                                                "database, it is damaged, or the key is wrong."),
                     detail, extended);
    case SQLITE_CORRUPT:
        return Error(u"storage.corrupt"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file is damaged."), detail, extended);
    case SQLITE_CONSTRAINT:
        return Error(u"storage.constraint"_s,
                     QT_TRANSLATE_NOOP("Error", "The record conflicts with one already saved."),
                     detail, extended);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return Error(u"storage.cannot_open"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file cannot be opened for writing; "
                                                "check the folder and its permissions."),
                     detail, extended);
    case SQLITE_IOERR:
        return Error(u"storage.io"_s,
                     QT_TRANSLATE_NOOP("Error", "Reading or writing the database file failed."),
                     detail, extended);
    default:
        return Error(u"storage.sqlite"_s,
                     QT_TRANSLATE_NOOP("Error", "The local database reported an error."), detail,
                     extended);
    }
}

void secureZero(void* data, std::size_t size)
{
    volatile unsigned char* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
}

} // namespace pishkhan::sqlite
