#include "PrintRoutesEditor.h"

#include "PrintQueuePage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

constexpr DocumentKind kKinds[] = {
    DocumentKind::Receipt,      DocumentKind::RefundReceipt, DocumentKind::Answer,
    DocumentKind::PropertyFile, DocumentKind::ShiftSheet,    DocumentKind::DayCloseSheet,
    DocumentKind::Report,
};

} // namespace

PrintRoutesEditor::PrintRoutesEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"printRoutes"_s);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int r = 0;
    for (DocumentKind kind : kKinds) {
        const QString key = u"printRoute_"_s + documentKindKey(kind);
        Row row;
        row.way = new QComboBox(this);
        row.way->setObjectName(key + u"_way"_s);
        row.way->addItem(tr("PDF file"), printerWayKey(PrinterRoute::Way::None));
        row.way->addItem(tr("Printer"), printerWayKey(PrinterRoute::Way::System));
        row.way->addItem(tr("Thermal printer (ESC/POS)"), printerWayKey(PrinterRoute::Way::EscPos));
        row.printer = new QComboBox(this);
        row.printer->setObjectName(key + u"_printer"_s);
        row.target = new QLineEdit(this);
        row.target->setObjectName(key + u"_target"_s);
        row.target->setLayoutDirection(Qt::LeftToRight);
        row.target->setPlaceholderText(u"tcp://192.168.1.50:9100"_s);
        row.paper = new QComboBox(this);
        row.paper->setObjectName(key + u"_paper"_s);
        row.paper->addItem(tr("80 mm roll"), paperSizeKey(PaperSize::Roll80mm));
        row.paper->addItem(tr("58 mm roll"), paperSizeKey(PaperSize::Roll58mm));
        row.paper->addItem(u"A5"_s, paperSizeKey(PaperSize::A5));
        row.paper->addItem(u"A4"_s, paperSizeKey(PaperSize::A4));
        grid->addWidget(new QLabel(PrintQueuePage::kindName(kind), this), r, 0);
        grid->addWidget(row.way, r, 1);
        grid->addWidget(row.printer, r, 2);
        grid->addWidget(row.target, r, 2);
        grid->addWidget(row.paper, r, 3);
        connect(row.way, &QComboBox::currentIndexChanged, this,
                [this, kind] { updateRow(m_rows.value(kind)); });
        m_rows.insert(kind, row);
        ++r;
    }
    grid->setColumnStretch(2, 1);
}

void PrintRoutesEditor::updateRow(const Row& row)
{
    const auto way = printerWayFromKey(row.way->currentData().toString());
    row.printer->setVisible(way == PrinterRoute::Way::System);
    row.target->setVisible(way == PrinterRoute::Way::EscPos);
}

void PrintRoutesEditor::setRoutes(const PrintRoutes& routes)
{
    const QStringList names = QPrinterInfo::availablePrinterNames();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const PrinterRoute route = routes.route(it.key());
        const Row& row = it.value();
        row.way->setCurrentIndex(qMax(0, row.way->findData(printerWayKey(route.way))));
        row.printer->clear();
        for (const QString& name : names)
            row.printer->addItem(name, name);
        if (route.way == PrinterRoute::Way::System && !route.target.isEmpty() &&
            row.printer->findData(route.target) < 0)
            row.printer->addItem(tr("%1 (not found)").arg(route.target), route.target);
        row.printer->setCurrentIndex(qMax(0, row.printer->findData(route.target)));
        row.target->setText(route.way == PrinterRoute::Way::EscPos ? route.target : QString());
        row.paper->setCurrentIndex(qMax(0, row.paper->findData(paperSizeKey(route.paper))));
        updateRow(row);
    }
}

PrintRoutes PrintRoutesEditor::routes() const
{
    PrintRoutes routes;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const Row& row = it.value();
        PrinterRoute route;
        route.way =
            printerWayFromKey(row.way->currentData().toString()).value_or(PrinterRoute::Way::None);
        route.paper = paperSizeFromKey(row.paper->currentData().toString())
                          .value_or(PrinterRoute::defaultPaper(it.key()));
        if (route.way == PrinterRoute::Way::System)
            route.target = row.printer->currentData().toString();
        else if (route.way == PrinterRoute::Way::EscPos)
            route.target = row.target->text().trimmed();
        routes.setRoute(it.key(), route);
    }
    return routes;
}

} // namespace pishkhan::ui
