#include "SystemPrinter.h"

#include "PaperLayout.h"
#include "PrintErrors.h"

#include <QPrinter>
#include <QPrinterInfo>

namespace pishkhan {

using namespace Qt::StringLiterals;

SystemPrinter::SystemPrinter(QString printerName, PaperSize paper)
    : m_printerName(std::move(printerName))
    , m_paper(paper)
{}

Status SystemPrinter::checkReady(const QString& printerName)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (printerName.isEmpty() || info.isNull())
        return PrintErrors::noSuchPrinter(printerName);
    // CUPS reports a stopped (disabled) queue as an error state: a job sent to it would wait
    // there unseen, so it stays in our own list instead.
    if (info.state() == QPrinter::Error)
        return PrintErrors::offline(printerName, u"stopped or in error"_s);
    return {};
}

Status SystemPrinter::print(const PrintableDocument& document)
{
    if (Status ready = checkReady(m_printerName); !ready)
        return ready;
    QPrinter printer(QPrinterInfo::printerInfo(m_printerName), QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPrinterName(m_printerName);
    printer.setDocName(document.title.isEmpty() ? document.reference : document.title);
    printer.setCopyCount(1);
    if (!printer.isValid())
        return PrintErrors::noSuchPrinter(m_printerName);
    if (Status laid = PaperLayout::print(document, m_paper, printer); !laid) {
        // A painter that cannot begin on a system printer is the print system refusing it.
        if (printer.printerState() == QPrinter::Error ||
            printer.printerState() == QPrinter::Aborted)
            return PrintErrors::refused(m_printerName, laid.error().detail());
        return laid;
    }
    if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted)
        return PrintErrors::refused(m_printerName, u"the print system reported an error"_s);
    return {};
}

} // namespace pishkhan
