#include "DayClosePanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "InputPrompt.h"
#include "PrintOutcome.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

constexpr int kCountColumn = 2;
constexpr int kDifferenceColumn = 3;
constexpr int kSettledTotalColumn = 6;
constexpr int kSettledCountColumn = 7;
constexpr int kSettledDifferenceColumn = 8;

} // namespace

DayClosePanel::DayClosePanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_title(new QLabel(this))
    , m_counting(new QWidget(this))
    , m_error(DisplayFormat::hint(this))
    , m_drawers(new QTableWidget(this))
    , m_terminals(new QTableWidget(this))
    , m_close(new QPushButton(tr("Close and sign the day…"), this))
    , m_summary(new QTextBrowser(this))
    , m_pdf(new QPushButton(tr("Save the close as PDF…"), this))
    , m_saved(new QLabel(this))
{
    setObjectName(u"dayClosePanel"_s);
    m_title->setObjectName(u"closeDay"_s);
    m_title->setWordWrap(true);
    m_error->setObjectName(u"closeError"_s);
    m_drawers->setObjectName(u"closeDrawers"_s);
    m_terminals->setObjectName(u"closeTerminals"_s);
    m_close->setObjectName(u"closeSign"_s);
    m_close->setAutoDefault(false);
    m_summary->setObjectName(u"closeSummary"_s);
    m_pdf->setObjectName(u"closePdf"_s);
    m_pdf->setAutoDefault(false);
    m_saved->setObjectName(u"closeSaved"_s);
    m_saved->setWordWrap(true);
    DisplayFormat::setUpTable(m_drawers,
                              {tr("Clerk"), tr("Expected cash"), tr("Counted"), tr("Difference")});
    // The count fields are cell widgets: Tab moves between them.
    m_drawers->setSelectionMode(QAbstractItemView::NoSelection);
    DisplayFormat::setUpTable(
        m_terminals, {tr("Terminal"), tr("Card fees"), tr("Amount"), tr("Voids"), tr("Voided"),
                      tr("Refunded"), tr("Settled total"), tr("Settled count"), tr("Difference")});
    m_terminals->setSelectionMode(QAbstractItemView::NoSelection);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_pdf);
    m_print = new QPushButton(tr("Print the close"), this);
    m_print->setObjectName(u"closePrint"_s);
    m_print->setAutoDefault(false);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    auto* counting = new QVBoxLayout(m_counting);
    counting->setContentsMargins(0, 0, 0, 0);
    counting->addWidget(new QLabel(tr("Cash drawers: type the counted cash in toman"), this));
    counting->addWidget(m_drawers, 2);
    counting->addWidget(
        new QLabel(tr("Card terminals: type each terminal's settlement total (toman) and count "
                      "from its batch report"),
                   this));
    counting->addWidget(m_terminals, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_counting, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_saved);
    m_summary->hide();
    m_pdf->hide();
    m_print->hide();

    connect(m_close, &QPushButton::clicked, this, &DayClosePanel::closeTheDay);
    connect(m_pdf, &QPushButton::clicked, this, &DayClosePanel::askPdfPath);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (!m_closed)
            return;
        const auto told = PrintOutcome::print(
            m_runtime,
            ReportExporter::closePrintable(*m_closed, DisplayFormat::reportContext(m_runtime)));
        m_saved->setText(told.text);
    });
}

void DayClosePanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DayClosePanel::refresh()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    const auto open = ledger->openBusinessDay();
    if (!open) {
        showError(open.error().userMessage());
        return;
    }
    // The signed summary stays on screen while the calendar day is the one just closed (new
    // entries then go to the next business day, flagged late).
    if (m_closed && (m_closed->businessDay == open->first || open->second))
        return;
    m_day = open->first;
    m_closed.reset();
    m_counting->show();
    m_close->show();
    m_summary->hide();
    m_pdf->hide();
    m_print->hide();
    m_saved->clear();
    m_title->setText(tr("Close of business day %1").arg(DisplayFormat::day(m_day)));
    auto preview = ledger->previewClose(m_runtime.session(), m_day);
    if (!preview) {
        m_preview.reset();
        m_drawers->setRowCount(0);
        m_terminals->setRowCount(0);
        m_close->setEnabled(false);
        showError(preview.error().userMessage());
        return;
    }
    showError({});
    m_preview = std::move(preview.value());
    m_close->setEnabled(true);

    // Keep what was typed when the preview is reloaded (a fee came in meanwhile).
    QMap<QString, QString> typed;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        typed.insert(it.key(), it.value()->text());
    m_counts.clear();
    m_drawers->setRowCount(int(m_preview->drawers.size()));
    QLineEdit* previous = nullptr;
    for (int row = 0; row < m_preview->drawers.size(); ++row) {
        const DrawerCount& d = m_preview->drawers[row];
        m_drawers->setItem(row, 0, DisplayFormat::cell(d.clerkId));
        m_drawers->setItem(row, 1, DisplayFormat::cell(DisplayFormat::money(d.expected), true));
        auto* edit = new QLineEdit(m_drawers);
        edit->setObjectName(u"closeCount_"_s + d.clerkId);
        edit->setPlaceholderText(tr("counted toman"));
        edit->setText(typed.value(d.clerkId));
        m_drawers->setCellWidget(row, kCountColumn, edit);
        m_drawers->setItem(row, kDifferenceColumn, DisplayFormat::cell(QString(), true));
        connect(edit, &QLineEdit::textEdited, this, [this, row] {
            showError({}); // an earlier complaint about a count is stale now
            updateDifference(row);
        });
        connect(edit, &QLineEdit::returnPressed, this, [this, row] {
            if (row + 1 < m_drawers->rowCount())
                m_drawers->cellWidget(row + 1, kCountColumn)->setFocus();
            else
                m_close->setFocus();
        });
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        m_counts.insert(d.clerkId, edit);
        updateDifference(row);
    }
    m_drawers->resizeColumnsToContents();

    QMap<QString, std::pair<QString, QString>> typedSettlements;
    for (auto it = m_settlements.cbegin(); it != m_settlements.cend(); ++it)
        typedSettlements.insert(it.key(), {it->first->text(), it->second->text()});
    m_settlements.clear();
    m_terminals->setRowCount(int(m_preview->terminals.size()));
    for (int row = 0; row < m_preview->terminals.size(); ++row) {
        const TerminalBatch& t = m_preview->terminals[row];
        auto* total = new QLineEdit(m_terminals);
        total->setObjectName(u"closeSettledTotal_"_s + t.terminalId);
        total->setPlaceholderText(tr("toman"));
        total->setText(typedSettlements.value(t.terminalId).first);
        auto* count = new QLineEdit(m_terminals);
        count->setObjectName(u"closeSettledCount_"_s + t.terminalId);
        count->setText(typedSettlements.value(t.terminalId).second);
        m_terminals->setCellWidget(row, kSettledTotalColumn, total);
        m_terminals->setCellWidget(row, kSettledCountColumn, count);
        m_terminals->setItem(row, 5,
                             DisplayFormat::cell(DisplayFormat::money(t.refundAmount), true));
        m_terminals->setItem(row, kSettledDifferenceColumn, DisplayFormat::cell(QString(), true));
        for (QLineEdit* e : {total, count}) {
            connect(e, &QLineEdit::textEdited, this, [this, row] {
                showError({});
                updateSettlement(row);
            });
            if (previous)
                setTabOrder(previous, e);
            previous = e;
        }
        m_settlements.insert(t.terminalId, {total, count});
        updateSettlement(row);
        m_terminals->setItem(row, 0, DisplayFormat::cell(UiLanguage::code(t.terminalId)));
        m_terminals->setItem(row, 1, DisplayFormat::cell(DisplayFormat::count(t.feeCount), true));
        m_terminals->setItem(row, 2, DisplayFormat::cell(DisplayFormat::money(t.feeAmount), true));
        m_terminals->setItem(row, 3, DisplayFormat::cell(DisplayFormat::count(t.voidCount), true));
        m_terminals->setItem(row, 4, DisplayFormat::cell(DisplayFormat::money(t.voidAmount), true));
    }
    m_terminals->resizeColumnsToContents();
}

QMap<QString, SettlementInput> DayClosePanel::typedSettlements() const
{
    QMap<QString, SettlementInput> out;
    for (auto it = m_settlements.cbegin(); it != m_settlements.cend(); ++it) {
        const QString total = it->first->text();
        const QString count = it->second->text();
        if (!total.trimmed().isEmpty() || !count.trimmed().isEmpty())
            out.insert(it.key(), SettlementInput{total, count});
    }
    return out;
}

void DayClosePanel::updateSettlement(int row)
{
    if (!m_preview || row < 0 || row >= m_preview->terminals.size())
        return;
    const TerminalBatch& t = m_preview->terminals[row];
    QTableWidgetItem* diff = m_terminals->item(row, kSettledDifferenceColumn);
    const auto fields = m_settlements.value(t.terminalId);
    if (!diff || !fields.first)
        return;
    if (fields.first->text().trimmed().isEmpty() && fields.second->text().trimmed().isEmpty()) {
        diff->setText({});
        diff->setToolTip({});
        return;
    }
    // The ledger computes the difference, the same way the close will sign it.
    const auto s = TerminalSettlement::compute(
        t.terminalId, t, SettlementInput{fields.first->text(), fields.second->text()});
    if (!s) {
        diff->setText(u"—"_s);
        diff->setToolTip(s.error().userMessage());
        return;
    }
    const Money difference = s->difference();
    diff->setToolTip({});
    QString text =
        difference.isZero() ? tr("matches")
        : difference.isNegative()
            ? tr("short %1").arg(DisplayFormat::money(Money::fromRials(-difference.rials())))
            : tr("over %1").arg(DisplayFormat::money(difference));
    if (s->countDifference() != 0)
        text += u" — "_s + tr("count %1").arg(DisplayFormat::count(s->countDifference()));
    diff->setText(text);
}

void DayClosePanel::updateDifference(int row)
{
    if (!m_preview || row < 0 || row >= m_preview->drawers.size())
        return;
    const DrawerCount& d = m_preview->drawers[row];
    auto* edit = qobject_cast<QLineEdit*>(m_drawers->cellWidget(row, kCountColumn));
    QTableWidgetItem* diff = m_drawers->item(row, kDifferenceColumn);
    if (!edit || !diff)
        return;
    const auto counted = Money::parse(edit->text(), Money::Unit::Toman);
    if (edit->text().trimmed().isEmpty() || !counted) {
        diff->setText(edit->text().trimmed().isEmpty() ? QString() : u"—"_s);
        diff->setToolTip(counted ? QString() : counted.error().userMessage());
        return;
    }
    DrawerCount shown = d;
    shown.counted = *counted;
    const Money difference = shown.difference();
    diff->setToolTip({});
    diff->setText(
        difference.isZero() ? tr("matches")
        : difference.isNegative()
            ? tr("short %1").arg(DisplayFormat::money(Money::fromRials(-difference.rials())))
            : tr("over %1").arg(DisplayFormat::money(difference)));
}

void DayClosePanel::closeTheDay()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger || !m_preview)
        return;
    QMap<QString, QString> counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        // Say what is wrong with a count before asking for the password; the ledger checks
        // the counts again when it closes.
        const auto counted = Money::parse(it.value()->text(), Money::Unit::Toman);
        if (!counted) {
            showError(tr("Count of %1: %2").arg(it.key(), counted.error().userMessage()));
            it.value()->setFocus();
            it.value()->selectAll();
            return;
        }
        counts.insert(it.key(), it.value()->text());
    }
    const QMap<QString, SettlementInput> settlements = typedSettlements();
    for (auto it = settlements.cbegin(); it != settlements.cend(); ++it) {
        TerminalBatch batch;
        for (const TerminalBatch& b : m_preview->terminals)
            if (b.terminalId == it.key())
                batch = b;
        if (auto s = TerminalSettlement::compute(it.key(), batch, it.value()); !s) {
            showError(
                tr("Terminal %1: %2").arg(UiLanguage::code(it.key()), s.error().userMessage()));
            m_settlements.value(it.key()).first->setFocus();
            return;
        }
    }
    const auto password = InputPrompt::password(
        this, tr("Close the day"),
        tr("Your password, to sign the close of %1:").arg(DisplayFormat::day(m_day)));
    if (!password)
        return;
    auto close = ledger->closeDay(m_runtime.session(), *password, m_day, counts, settlements);
    if (!close) {
        showError(close.error().userMessage());
        return;
    }
    showError({});
    m_closed = *close;
    m_close->setEnabled(false);
    showSummary(*close);
    emit closed(*close);
}

void DayClosePanel::showSummary(const DayClose& close)
{
    // The same sheet the PDF holds (ReportExporter::closeHtml), so what is on screen is what is
    // filed.
    m_summary->setHtml(ReportExporter::closeHtml(close, DisplayFormat::reportContext(m_runtime)));
    // The counts are in the signed sheet now; the sheet gets the room.
    m_counting->hide();
    m_close->hide();
    m_summary->show();
    m_pdf->show();
    m_print->show();
    m_pdf->setFocus();
}

bool DayClosePanel::saveSummaryPdf(const QString& path)
{
    if (!m_closed)
        return false;
    const Status ok =
        ReportExporter::closePdf(*m_closed, DisplayFormat::reportContext(m_runtime), path);
    m_saved->setText(ok ? tr("Saved: %1").arg(UiLanguage::code(QDir::toNativeSeparators(path)))
                        : ok.error().userMessage());
    return bool(ok);
}

void DayClosePanel::askPdfPath()
{
    if (!m_closed)
        return;
    const QString suggested =
        QDir(m_runtime.options().dataDir)
            .filePath(u"day-close-"_s + m_closed->businessDay.toString(Qt::ISODate) + u".pdf"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the close as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        (void)saveSummaryPdf(path);
}

} // namespace pishkhan::ui
