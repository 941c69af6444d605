#include "PasswordPolicy.h"

#include <QSet>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = {
        u"password"_s,   u"password1"_s,  u"password123"_s,   u"passw0rd"_s,    u"p@ssw0rd"_s,
        u"12345678"_s,   u"123456789"_s,  u"1234567890"_s,    u"0123456789"_s,  u"87654321"_s,
        u"11111111"_s,   u"00000000"_s,   u"qwertyui"_s,      u"qwerty123"_s,   u"qwertyuiop"_s,
        u"1q2w3e4r"_s,   u"1qaz2wsx"_s,   u"asdfghjkl"_s,     u"zxcvbnm1"_s,    u"iloveyou"_s,
        u"sunshine"_s,   u"princess"_s,   u"football"_s,      u"baseball"_s,    u"welcome1"_s,
        u"welcome123"_s, u"admin123"_s,   u"administrator"_s, u"letmein1"_s,    u"trustno1"_s,
        u"superman"_s,   u"abc12345"_s,   u"abcd1234"_s,      u"a1b2c3d4"_s,    u"changeme"_s,
        u"dragon123"_s,  u"master123"_s,  u"monkey123"_s,     u"qazwsxedc"_s,   u"computer"_s,
        u"internet"_s,   u"pishkhan"_s,   u"pishkhan1"_s,     u"pishkhan123"_s, u"isfahan1"_s,
        u"isfahan123"_s, u"esfahan123"_s, u"tehran123"_s,     u"iran1234"_s,    u"iran12345"_s,
        u"ahmad123"_s,   u"ali12345"_s,   u"mohammad"_s,      u"reza1234"_s,    u"13571357"_s,
        u"12341234"_s,   u"12121212"_s,   u"1234qwer"_s,      u"q1w2e3r4"_s,    u"123qweasd"_s,
    };
    return list;
}

bool isTrivialDigits(const QString& p)
{
    // All one character, or a straight ascending/descending run ("23456789", "98765432").
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < p.size(); ++i) {
        const int d = p[i].unicode() - p[i - 1].unicode();
        same = same && d == 0;
        up = up && d == 1;
        down = down && d == -1;
    }
    return same || up || down;
}

} // namespace

bool PasswordPolicy::isCommon(const QString& password)
{
    const QString lower = password.toLower();
    return commonPasswords().contains(lower) || isTrivialDigits(lower);
}

Status PasswordPolicy::check(const QString& password, const QString& username)
{
    if (password.size() < kMinLength)
        return Error(u"auth.password_too_short"_s,
                     QT_TRANSLATE_NOOP("Error", "The password must be at least 8 characters "
                                                "long."),
                     u"length "_s + QString::number(password.size()));
    if (isCommon(password) ||
        (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0))
        return Error(u"auth.password_common"_s,
                     QT_TRANSLATE_NOOP("Error", "This password is too easy to guess; choose "
                                                "another one."));
    return {};
}

} // namespace pishkhan
