#include "PrintOutcome.h"

#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "print/PrintService.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>

namespace pishkhan::ui {

QString PrintOutcome::failure(const Error& error)
{
    if (!PrintService::keptInList(error))
        return error.userMessage();
    return error.userMessage() + QLatin1Char(' ') +
           QCoreApplication::translate("PrintOutcome",
                                       "The document is kept in the \"to print\" list (F9).");
}

void PrintOutcome::openPdf(const QString& path)
{
    if (path.isEmpty() || qEnvironmentVariableIsSet("PISHKHAN_NO_VIEWER"))
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        qInfo("no desktop viewer opened the PDF");
}

PrintOutcome::Told PrintOutcome::print(DeskRuntime& runtime, const PrintableDocument& document)
{
    PrintService* printing = runtime.printing();
    if (!printing)
        return {};
    const auto printed = printing->print(document);
    if (!printed)
        return {failure(printed.error()), true};
    if (printed->route.way == PrinterRoute::Way::None) {
        openPdf(printed->pdfPath);
        return {QCoreApplication::translate("PrintOutcome", "Saved: %1")
                    .arg(UiLanguage::code(QDir::toNativeSeparators(printed->pdfPath))),
                false};
    }
    return {QCoreApplication::translate("PrintOutcome", "Sent to the printer %1.")
                .arg(UiLanguage::code(printed->route.target)),
            false};
}

} // namespace pishkhan::ui
