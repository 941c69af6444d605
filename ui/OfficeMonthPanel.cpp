#include "OfficeMonthPanel.h"

#include "DisplayFormat.h"
#include "core/PersianText.h"
#include "core/SolarHijri.h"
#include "counter/DeskRuntime.h"
#include "ledger/DocumentStyle.h"
#include "ledger/ExportFormat.h"
#include "ledger/ReportExporter.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

void totalsCells(QTableWidget* table, int row, int column, const LedgerTotals& t)
{
    table->setItem(row, column, DisplayFormat::cell(DisplayFormat::count(t.feeCount), true));
    table->setItem(row, column + 1, DisplayFormat::cell(DisplayFormat::money(t.feeAmount), true));
    table->setItem(row, column + 2, DisplayFormat::cell(DisplayFormat::count(t.voidCount), true));
    table->setItem(row, column + 3, DisplayFormat::cell(DisplayFormat::money(t.net()), true));
}

} // namespace

OfficeMonthPanel::OfficeMonthPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_month(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_days(new QTableWidget(this))
    , m_counters(new QTableWidget(this))
    , m_total(new QLabel(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
{
    setObjectName(u"officeMonthPanel"_s);
    m_month->setObjectName(u"officeMonth"_s);
    m_state->setObjectName(u"officeMonthState"_s);
    m_days->setObjectName(u"officeMonthDays"_s);
    m_counters->setObjectName(u"officeMonthCounters"_s);
    m_total->setObjectName(u"officeMonthTotal"_s);
    m_csv->setObjectName(u"officeMonthCsv"_s);
    m_pdf->setObjectName(u"officeMonthPdf"_s);
    m_state->setWordWrap(true);
    DisplayFormat::keepLeftToRight(m_month);
    m_month->setPlaceholderText(tr("yyyy/mm (Solar Hijri)"));
    DisplayFormat::setUpTable(
        m_days, {tr("Day"), tr("Closes"), tr("Fees"), tr("Amount"), tr("Voids"), tr("Net")});
    DisplayFormat::setUpTable(m_counters, {tr("Counter"), tr("Closed days"), tr("Fees"),
                                           tr("Amount"), tr("Voids"), tr("Net")});
    auto* form = new QFormLayout;
    form->addRow(tr("Month"), m_month);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_counters, 1);
    layout->addWidget(m_days, 2);
    layout->addWidget(m_total);
    layout->addLayout(buttons);
    connect(m_month, &QLineEdit::returnPressed, this, &OfficeMonthPanel::refresh);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the month"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the month"), {}, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
}

void OfficeMonthPanel::refresh()
{
    // "1404/01" or "140401" (Persian digits accepted); empty = this month on the office clock.
    QString digits = PersianText::foldDigits(m_month->text());
    digits.remove(QRegularExpression(u"[^0-9]"_s));
    if (digits.size() != 6) {
        const QDate today = SolarHijri::businessDay(QDateTime::currentMSecsSinceEpoch(),
                                                    SolarHijri::officeTimeZone());
        digits = OfficeMonthView::monthKey(today);
        m_month->setText(digits.left(4) + u'/' + digits.mid(4));
    }
    load(digits);
}

void OfficeMonthPanel::load(const QString& month)
{
    ApiClient& api = m_runtime.api();
    if (m_pending != 0)
        api.cancel(m_pending);
    m_state->setText(tr("Asking the municipality for the office's month…"));
    QPointer<OfficeMonthPanel> self(this);
    m_pending = api.officeMonth(month, [self](ApiReply<QJsonObject> reply) {
        if (!self)
            return;
        self->m_pending = 0;
        if (!reply.ok()) {
            self->m_state->setText(DisplayFormat::apiMessage(reply.error()));
            return;
        }
        Result<OfficeMonthTable> table = OfficeMonthView::build(reply.value());
        if (!table) {
            self->m_state->setText(table.error().userMessage());
            return;
        }
        self->m_table = *table;
        self->fill();
    });
}

void OfficeMonthPanel::fill()
{
    const OfficeMonthTable& t = *m_table;
    m_state->setText(
        t.unverifiedCloses > 0
            ? tr("%1 closes; %2 could not be verified and are not in the totals.")
                  .arg(DisplayFormat::count(t.closes), DisplayFormat::count(t.unverifiedCloses))
            : tr("%1 closes, all verified.").arg(DisplayFormat::count(t.closes)));
    m_counters->setRowCount(int(t.counters.size()));
    for (int i = 0; i < t.counters.size(); ++i) {
        const OfficeMonthCounter& c = t.counters.at(i);
        m_counters->setItem(
            i, 0,
            DisplayFormat::cell(
                tr("Counter %1 (%2)").arg(DisplayFormat::count(c.counter), c.label)));
        m_counters->setItem(i, 1, DisplayFormat::cell(DisplayFormat::count(c.closedDays), true));
        totalsCells(m_counters, i, 2, c.totals);
    }
    m_days->setRowCount(int(t.days.size()));
    for (int i = 0; i < t.days.size(); ++i) {
        const OfficeMonthDay& d = t.days.at(i);
        m_days->setItem(i, 0, DisplayFormat::cell(DisplayFormat::day(d.day)));
        m_days->setItem(i, 1, DisplayFormat::cell(DisplayFormat::count(d.closes), true));
        totalsCells(m_days, i, 2, d.totals);
    }
    m_total->setText(
        tr("Month total: %1 fees, net %2")
            .arg(DisplayFormat::count(t.total.feeCount), DisplayFormat::money(t.total.net())));
}

bool OfficeMonthPanel::exportCsv(const QString& path)
{
    if (!m_table)
        return false;
    Status written = ReportExporter::writeFile(path, m_table->csv());
    m_state->setText(written ? tr("Saved: %1").arg(path) : written.error().userMessage());
    return written.ok();
}

QString OfficeMonthPanel::html() const
{
    const OfficeMonthTable& t = *m_table;
    auto row = [](const QStringList& cells, bool head = false) {
        const QString open = head ? u"<th bgcolor=\"#e8e8e8\">"_s : u"<td>"_s;
        const QString close = head ? u"</th>"_s : u"</td>"_s;
        QString h = u"<tr>"_s;
        for (const QString& c : cells) {
            h += open;
            h += c.toHtmlEscaped();
            h += close;
        }
        h += u"</tr>"_s;
        return h;
    };
    auto totals = [](const LedgerTotals& x) {
        return QStringList{DisplayFormat::count(x.feeCount), DisplayFormat::money(x.feeAmount),
                           DisplayFormat::count(x.voidCount), DisplayFormat::money(x.net())};
    };
    const QString table = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          u"cellpadding=\"4\" dir=\"rtl\">"_s;
    QString h =
        u"<html><body dir=\"rtl\"><h2 align=\"center\">"_s +
        tr("Office month %1 — %2").arg(m_month->text(), t.officeCode).toHtmlEscaped() + u"</h2>"_s +
        table +
        row({tr("Counter"), tr("Closed days"), tr("Fees"), tr("Amount"), tr("Voids"), tr("Net")},
            true);
    for (const OfficeMonthCounter& c : t.counters)
        h += row(QStringList{DisplayFormat::count(c.counter), DisplayFormat::count(c.closedDays)} +
                 totals(c.totals));
    h += u"</table><br/>"_s + table +
         row({tr("Day"), tr("Closes"), tr("Fees"), tr("Amount"), tr("Voids"), tr("Net")}, true);
    for (const OfficeMonthDay& d : t.days)
        h += row(QStringList{DisplayFormat::day(d.day), DisplayFormat::count(d.closes)} +
                 totals(d.totals));
    h += row(QStringList{tr("Total"), DisplayFormat::count(t.closes)} + totals(t.total));
    return h + u"</table></body></html>"_s;
}

bool OfficeMonthPanel::exportPdf(const QString& path)
{
    if (!m_table)
        return false;
    Status written = ExportFormat::pdfFromHtml(html(), tr("Office month"), path);
    m_state->setText(written ? tr("Saved: %1").arg(path) : written.error().userMessage());
    return written.ok();
}

} // namespace pishkhan::ui
