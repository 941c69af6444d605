#include "DayTotalsPanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/DeskRuntime.h"
#include "ledger/LedgerService.h"

#include <QGridLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

DayTotalsPanel::DayTotalsPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_day(new QLabel(this))
    , m_total(new QLabel(this))
    , m_error(DisplayFormat::hint(this))
    , m_byClerk(new QTableWidget(this))
    , m_byService(new QTableWidget(this))
    , m_byMethod(new QTableWidget(this))
{
    setObjectName(u"dayTotalsPanel"_s);
    m_day->setObjectName(u"totalsDay"_s);
    m_total->setObjectName(u"totalsGrand"_s);
    m_total->setWordWrap(true);
    m_error->setObjectName(u"totalsError"_s);
    m_error->hide();
    m_byClerk->setObjectName(u"totalsByClerk"_s);
    m_byService->setObjectName(u"totalsByService"_s);
    m_byMethod->setObjectName(u"totalsByMethod"_s);
    const QStringList figures{tr("Fees"), tr("Amount"), tr("Voids"), tr("Voided"), tr("Net")};
    DisplayFormat::setUpTable(m_byClerk, QStringList{tr("Clerk")} + figures);
    DisplayFormat::setUpTable(m_byService, QStringList{tr("Service")} + figures);
    DisplayFormat::setUpTable(m_byMethod, QStringList{tr("Payment method")} + figures);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("By clerk"), this), 0, 0);
    grid->addWidget(new QLabel(tr("By payment method"), this), 0, 1);
    grid->addWidget(m_byClerk, 1, 0);
    grid->addWidget(m_byMethod, 1, 1);
    grid->addWidget(new QLabel(tr("By service"), this), 2, 0, 1, 2);
    grid->addWidget(m_byService, 3, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_day);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    layout->addLayout(grid, 1);
}

void DayTotalsPanel::fillRow(QTableWidget* table, int row, const QString& name,
                             const LedgerTotals& t)
{
    table->setItem(row, 0, DisplayFormat::cell(name));
    table->setItem(row, 1, DisplayFormat::cell(DisplayFormat::count(t.feeCount), true));
    table->setItem(row, 2, DisplayFormat::cell(DisplayFormat::money(t.feeAmount), true));
    table->setItem(row, 3, DisplayFormat::cell(DisplayFormat::count(t.voidCount), true));
    table->setItem(row, 4, DisplayFormat::cell(DisplayFormat::money(t.voidAmount), true));
    table->setItem(row, 5, DisplayFormat::cell(DisplayFormat::money(t.net()), true));
}

void DayTotalsPanel::refresh()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    const auto open = ledger->openBusinessDay();
    auto report = open ? ledger->dayReport(m_runtime.session(), open->first)
                       : Result<DayReport>(open.error());
    if (!report) {
        m_error->setText(report.error().userMessage());
        m_error->show();
        return;
    }
    m_error->hide();
    m_day->setText(open->second ? tr("Business day %1 (late entries: the calendar day is closed)")
                                      .arg(DisplayFormat::day(open->first))
                                : tr("Business day %1").arg(DisplayFormat::day(open->first)));
    const LedgerTotals& all = report->totals;
    m_total->setText(
        tr("%1 fees, %2 taken, %3 voided, net %4")
            .arg(DisplayFormat::count(all.feeCount), DisplayFormat::money(all.feeAmount),
                 DisplayFormat::money(all.voidAmount), DisplayFormat::money(all.net())));

    const auto clerks = report->byClerk();
    m_byClerk->setRowCount(int(clerks.size()));
    int row = 0;
    for (auto it = clerks.cbegin(); it != clerks.cend(); ++it)
        fillRow(m_byClerk, row++, it.key(), it.value());

    const auto services = report->byService();
    m_byService->setRowCount(int(services.size()));
    row = 0;
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const ServiceDefinition* s = m_runtime.catalogue().find(it.key());
        fillRow(m_byService, row++, s ? s->name() : it.key(), it.value());
    }

    const auto methods = report->byMethod();
    m_byMethod->setRowCount(int(methods.size()));
    row = 0;
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        fillRow(m_byMethod, row++,
                it.key() == PaymentMethod::Cash   ? tr("Cash")
                : it.key() == PaymentMethod::Card ? tr("Card")
                                                  : tr("Invoice"),
                it.value());
}

} // namespace pishkhan::ui
