#include "PrinterRoute.h"

#include "PrintErrors.h"

#include <QUrl>

namespace pishkhan {

using namespace Qt::StringLiterals;

PrinterRoute PrinterRoute::none(PaperSize paper)
{
    return PrinterRoute{Way::None, {}, paper};
}

PrinterRoute PrinterRoute::system(const QString& printerName, PaperSize paper)
{
    return PrinterRoute{Way::System, printerName, paper};
}

PrinterRoute PrinterRoute::escPos(const QString& target, PaperSize paper)
{
    return PrinterRoute{Way::EscPos, target, paper};
}

Status PrinterRoute::validate() const
{
    switch (way) {
    case Way::None:
        return {};
    case Way::System:
        if (target.trimmed().isEmpty())
            return PrintErrors::routeInvalid(
                QT_TRANSLATE_NOOP("Error", "Choose a printer from the list."),
                u"system route without a printer name"_s);
        return {};
    case Way::EscPos: {
        if (!PrintableDocument::isRoll(paper))
            return PrintErrors::routeInvalid(
                QT_TRANSLATE_NOOP("Error", "A thermal printer prints on an 80 mm or 58 mm roll."),
                u"ESC/POS route on "_s + paperSizeKey(paper));
        const QString t = target.trimmed();
        if (t.startsWith(u"/dev/"_s) && t.size() > 5)
            return {};
        const QUrl url(t, QUrl::StrictMode);
        if (url.isValid() && url.scheme() == u"tcp"_s && !url.host().isEmpty() && url.port() > 0 &&
            url.path().isEmpty() && url.userInfo().isEmpty())
            return {};
        return PrintErrors::routeInvalid(
            QT_TRANSLATE_NOOP("Error", "Write the thermal printer's address like "
                                       "tcp://192.168.1.50:9100, or its device like "
                                       "/dev/usb/lp0."),
            u"ESC/POS target: "_s + t);
    }
    }
    return {};
}

PaperSize PrinterRoute::defaultPaper(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt:
    case DocumentKind::RefundReceipt:
        return PaperSize::Roll80mm;
    case DocumentKind::Answer:
    case DocumentKind::PropertyFile:
    case DocumentKind::ShiftSheet:
    case DocumentKind::DayCloseSheet:
    case DocumentKind::Report:
        return PaperSize::A4;
    }
    return PaperSize::A4;
}

QString printerWayKey(PrinterRoute::Way way)
{
    switch (way) {
    case PrinterRoute::Way::None:
        return u"none"_s;
    case PrinterRoute::Way::System:
        return u"system"_s;
    case PrinterRoute::Way::EscPos:
        return u"escpos"_s;
    }
    return u"none"_s;
}

std::optional<PrinterRoute::Way> printerWayFromKey(const QString& key)
{
    for (PrinterRoute::Way way :
         {PrinterRoute::Way::None, PrinterRoute::Way::System, PrinterRoute::Way::EscPos}) {
        if (printerWayKey(way) == key)
            return way;
    }
    return std::nullopt;
}

PrinterRoute PrintRoutes::route(DocumentKind kind) const
{
    return m_routes.value(kind, PrinterRoute::none(PrinterRoute::defaultPaper(kind)));
}

void PrintRoutes::setRoute(DocumentKind kind, const PrinterRoute& route)
{
    m_routes.insert(kind, route);
}

Status PrintRoutes::validate() const
{
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        if (Status s = it.value().validate(); !s) {
            Error e = s.error();
            return e.prefixDetail(documentKindKey(it.key()));
        }
    }
    return {};
}

} // namespace pishkhan
