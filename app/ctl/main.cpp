// pishkhanctl: the operations command line (docs/operations.md). Thin on purpose: CtlApp and
// the command classes hold the logic, app/ops and the other core rooms the rules.
#include "CtlApp.h"

#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // PDF reports lay out text, which needs a GUI application object but never a screen:
    // a terminal or a cron job has none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Pishkhan"_s);
    // The same data folder as pishkhan-desk.
    QCoreApplication::setApplicationName(u"pishkhan-desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PISHKHAN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    pishkhan::CtlApp ctl;
    return ctl.run(QCoreApplication::arguments(), out, err);
}
