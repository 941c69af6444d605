#include "CtlCommand.h"

#include "CtlContext.h"
#include "ExitCode.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString CtlCommand::helpText(QCommandLineParser& parser)
{
    return parser.helpText() + u"\n"_s + ExitCodes::helpTable();
}

std::optional<int> CtlCommand::parse(CtlContext& context, QCommandLineParser& parser,
                                     const QStringList& arguments, const QString& description)
{
    parser.setApplicationDescription(description);
    CtlContext::addGlobalOptions(parser);
    if (!parser.parse(arguments))
        return context.usage(parser.errorText(), helpText(parser));
    if (parser.isSet(u"help"_s)) {
        context.out() << helpText(parser) << Qt::flush;
        return int(ExitCode::Ok);
    }
    if (Status s = context.takeGlobalOptions(parser); !s)
        return context.usage(s.error().message(), helpText(parser));
    return std::nullopt;
}

} // namespace pishkhan
