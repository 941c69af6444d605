#include "RecoveryKeyCommand.h"

#include "CtlContext.h"
#include "PasswordPrompt.h"
#include "ops/RecoveryKey.h"
#include "security/KeyVault.h"

#include <QJsonArray>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString RecoveryKeyCommand::summary() const
{
    return u"recovery-key show|check: print the recovery key (admin), or check a typed one"_s;
}

int RecoveryKeyCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"show or check"_s, u"show|check"_s);
    parser.addOption({u"key-fd"_s, u"check: read the key from file descriptor <n>."_s, u"n"_s});
    if (auto done = parse(context, parser, arguments,
                          u"show: prints the store key as 14 groups of 5 characters (the last "
                          u"group checks the whole key; the last character of each group checks "
                          u"that group). check: tells whether a typed recovery key is this "
                          u"store's, and which group is mistyped."_s))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        (positional.first() != u"show"_s && positional.first() != u"check"_s))
        return context.usage(u"expected: recovery-key show|check"_s, helpText(parser));

    Result<Session> session = context.login(Permission::Rekey);
    if (!session)
        return context.fail(session.error());
    Result<QByteArray> key = context.vault().readExistingKey();
    if (!key)
        return context.fail(key.error());
    Result<RecoveryKey> current = RecoveryKey::fromStoreKey(*key);
    if (!current)
        return context.fail(current.error());

    if (positional.first() == u"show"_s) {
        if (context.options().json)
            context.printJson({{u"ok"_s, true},
                               {u"recovery_key"_s, current->text()},
                               {u"groups"_s, QJsonArray::fromStringList(current->groups())}});
        else
            context.out() << current->text() << Qt::endl;
        return int(ExitCode::Ok);
    }

    Result<QString> typed = parser.isSet(u"key-fd"_s)
                                ? PasswordPrompt::readLine(parser.value(u"key-fd"_s).toInt())
                                : PasswordPrompt::ask(u"Recovery key: "_s, true);
    if (!typed)
        return context.fail(typed.error());
    Result<RecoveryKey> parsed = RecoveryKey::parse(*typed);
    if (!parsed)
        return context.fail(parsed.error());
    if (parsed->storeKey() != current->storeKey())
        return context.fail(Error(u"recovery_key.other_store"_s,
                                  QT_TRANSLATE_NOOP("Error", "This recovery key is well formed "
                                                             "but is not this store's key.")));
    if (context.options().json)
        context.printJson({{u"ok"_s, true}});
    else
        context.out() << "the recovery key is this store's key" << Qt::endl;
    return int(ExitCode::Ok);
}

} // namespace pishkhan
