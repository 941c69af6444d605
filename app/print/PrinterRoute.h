#pragma once

#include "PrintableDocument.h"
#include "core/Result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace pishkhan {

// Where one kind of document goes: nowhere (a PDF beside the store, which the desktop opens),
// a system printer (a CUPS or Windows queue by name) or an ESC/POS thermal printer (a network
// address or a device file). The paper says how the document is laid out.
struct PrinterRoute
{
    enum class Way { None, System, EscPos };

    Way way = Way::None;
    // System: the queue name as QPrinterInfo lists it. EscPos: tcp://host:port or /dev/...
    QString target;
    PaperSize paper = PaperSize::Roll80mm;

    [[nodiscard]] static PrinterRoute none(PaperSize paper);
    [[nodiscard]] static PrinterRoute system(const QString& printerName, PaperSize paper);
    [[nodiscard]] static PrinterRoute escPos(const QString& target, PaperSize paper);

    // What the settings screen checks before saving. Error code print.route_invalid: a system
    // printer without a name, an ESC/POS target that is neither tcp://host:port nor a device
    // path, an ESC/POS printer on A5/A4 paper.
    [[nodiscard]] Status validate() const;

    // The paper a kind of document is set on when nothing else is chosen: a roll for receipts,
    // A4 for sheets, answers and reports.
    [[nodiscard]] static PaperSize defaultPaper(DocumentKind kind);

    bool operator==(const PrinterRoute&) const = default;
};

[[nodiscard]] QString printerWayKey(PrinterRoute::Way way);
[[nodiscard]] std::optional<PrinterRoute::Way> printerWayFromKey(const QString& key);

// A route for every kind of document; a kind never set goes to a PDF on its default paper.
class PrintRoutes
{
public:
    [[nodiscard]] PrinterRoute route(DocumentKind kind) const;
    void setRoute(DocumentKind kind, const PrinterRoute& route);
    [[nodiscard]] bool isSet(DocumentKind kind) const { return m_routes.contains(kind); }
    // The first route that does not validate, with the kind's key in front of its detail.
    [[nodiscard]] Status validate() const;

    bool operator==(const PrintRoutes&) const = default;

private:
    QMap<DocumentKind, PrinterRoute> m_routes;
};

} // namespace pishkhan
