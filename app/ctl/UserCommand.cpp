#include "UserCommand.h"

#include "CtlContext.h"
#include "PasswordPrompt.h"
#include "security/AccountService.h"
#include "security/Clock.h"

#include <QJsonArray>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const QStringList kActions = {u"list"_s,    u"add"_s,    u"reset-password"_s, u"unlock"_s,
                              u"disable"_s, u"enable"_s, u"set-role"_s};

QJsonObject accountJson(const Account& a, qint64 now)
{
    return {{u"id"_s, a.id},
            {u"username"_s, a.username},
            {u"display_name"_s, a.displayName},
            {u"role"_s, roleName(a.role)},
            {u"active"_s, a.active},
            {u"locked"_s, a.isLocked(now)},
            {u"must_change_password"_s, a.mustChangePassword}};
}

// The new password: one more line from --new-password-fd, else asked twice on the terminal.
Result<QString> newPassword(const QCommandLineParser& parser, const QString& username)
{
    if (parser.isSet(u"new-password-fd"_s)) {
        bool ok = false;
        const int fd = parser.value(u"new-password-fd"_s).toInt(&ok);
        if (!ok || fd < 0)
            return Error(u"usage.option"_s,
                         QT_TRANSLATE_NOOP("Error", "--new-password-fd needs a file descriptor "
                                                    "number."));
        return PasswordPrompt::readLine(fd);
    }
    Result<QString> first = PasswordPrompt::ask(u"New password for "_s + username + u": "_s, true);
    if (!first)
        return first;
    Result<QString> again = PasswordPrompt::ask(u"The same password again: "_s, true);
    if (!again)
        return again;
    if (*first != *again)
        return Error(u"usage.password_mismatch"_s,
                     QT_TRANSLATE_NOOP("Error", "The two passwords are not the same."));
    return first;
}

} // namespace

QString UserCommand::summary() const
{
    return u"user list|add|reset-password|unlock|disable|enable|set-role: the office's accounts "
           u"(admin)"_s;
}

int UserCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, kActions.join(u", "_s));
    parser.addPositionalArgument(u"username"_s, u"The account (not for list)."_s);
    parser.addPositionalArgument(u"role"_s, u"clerk, supervisor or admin (set-role)."_s);
    parser.addOption({u"name"_s, u"add: the person's name as shown on receipts."_s, u"name"_s});
    parser.addOption({u"role"_s, u"add: clerk, supervisor or admin."_s, u"role"_s});
    parser.addOption({u"new-password-fd"_s,
                      u"add, reset-password: read the new password as one line from file "
                      u"descriptor <n> (after --password-fd's line when both are the same)."_s,
                      u"n"_s});
    parser.addOption({u"keep-password"_s,
                      u"add: the person may keep the given password (by default they choose "
                      u"their own at the first log-in)."_s});
    if (auto done = parse(context, parser, arguments,
                          u"Manages the office's accounts; an administrator logs in first. "
                          u"Accounts are never deleted, only disabled, so names stay on past "
                          u"receipts. A reset password must be changed at the next log-in. "
                          u"Changes reach the office's other counters at the next sync."_s))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!kActions.contains(action))
        return context.usage(u"unknown action: "_s + action, helpText(parser));
    const int wanted = action == u"list"_s ? 1 : action == u"set-role"_s ? 3 : 2;
    if (args.size() != wanted)
        return context.usage(u"wrong number of arguments for "_s + action, helpText(parser));
    std::optional<Role> role;
    if (action == u"set-role"_s || action == u"add"_s) {
        Result<Role> parsed =
            AccountService::parseRole(action == u"add"_s ? parser.value(u"role"_s) : args.value(2));
        if (!parsed) // a mistyped command line, not a refusal
            return context.usage(parsed.error().detail(), helpText(parser));
        role = *parsed;
    }

    Result<Session> session = context.login(Permission::ManageAccounts);
    if (!session)
        return context.fail(session.error());
    AccountService& accounts = context.accounts();
    const qint64 now = accounts.clock().nowMs();

    if (action == u"list"_s) {
        Result<QList<Account>> all = accounts.listAccounts(*session);
        if (!all)
            return context.fail(all.error());
        if (context.options().json) {
            QJsonArray rows;
            for (const Account& a : *all)
                rows.append(accountJson(a, now));
            context.printJson({{u"ok"_s, true}, {u"accounts"_s, rows}});
        } else {
            for (const Account& a : *all)
                context.out() << a.username << '\t' << roleName(a.role) << '\t'
                              << (a.active ? "active" : "disabled")
                              << (a.isLocked(now) ? "\tlocked" : "")
                              << (a.mustChangePassword ? "\tmust-change-password" : "") << '\t'
                              << a.displayName << Qt::endl;
        }
        return int(ExitCode::Ok);
    }

    const QString username = args.value(1);
    Status done;
    if (action == u"add"_s) {
        Result<QString> password = newPassword(parser, username);
        if (!password)
            return context.fail(password.error());
        Result<qint64> id = accounts.createAccount(
            *session, username, parser.value(u"name"_s), *role, *password,
            parser.isSet(u"keep-password"_s) ? AccountService::FirstLogin::KeepPassword
                                             : AccountService::FirstLogin::ChooseNewPassword);
        if (!id)
            done = id.error();
    } else {
        Result<Account> account = accounts.findAccount(*session, username);
        if (!account)
            return context.fail(account.error());
        if (action == u"reset-password"_s) {
            Result<QString> password = newPassword(parser, account->username);
            if (!password)
                return context.fail(password.error());
            done = accounts.resetPassword(*session, account->id, *password);
        } else if (action == u"unlock"_s) {
            done = accounts.unlockAccount(*session, account->id);
        } else if (action == u"disable"_s || action == u"enable"_s) {
            done = accounts.setAccountActive(*session, account->id, action == u"enable"_s);
        } else {
            done = accounts.setAccountRole(*session, account->id, *role);
        }
    }
    if (!done)
        return context.fail(done.error());
    Result<Account> after = accounts.findAccount(*session, username);
    if (!after)
        return context.fail(after.error());
    if (context.options().json) {
        QJsonObject o = accountJson(*after, now);
        o.insert(u"ok"_s, true);
        context.printJson(o);
    } else {
        context.out() << action << ": " << after->username << " (" << roleName(after->role) << ", "
                      << (after->active ? "active" : "disabled") << ")" << Qt::endl;
    }
    return int(ExitCode::Ok);
}

} // namespace pishkhan
