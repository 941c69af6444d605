#include "ShiftHandoverPanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "PrintOutcome.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ShiftHandoverPanel::ShiftHandoverPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_clerk(new QComboBox(this))
    , m_view(new QTextBrowser(this))
    , m_counted(new QLineEdit(this))
    , m_difference(new QLabel(this))
    , m_record(new QPushButton(tr("Record the handover"), this))
    , m_pdf(new QPushButton(tr("Save the X report as PDF"), this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"shiftHandoverPanel"_s);
    m_clerk->setObjectName(u"shiftClerk"_s);
    m_view->setObjectName(u"shiftReport"_s);
    m_counted->setObjectName(u"shiftCounted"_s);
    m_difference->setObjectName(u"shiftDifference"_s);
    m_record->setObjectName(u"shiftRecord"_s);
    m_pdf->setObjectName(u"shiftPdf"_s);
    m_message->setObjectName(u"shiftMessage"_s);
    m_counted->setPlaceholderText(tr("counted toman"));
    for (QPushButton* b : {m_record, m_pdf})
        b->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Clerk"), m_clerk);
    form->addRow(tr("Counted cash"), m_counted);
    form->addRow(tr("Difference"), m_difference);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_pdf);
    auto* print = new QPushButton(tr("Print the X report"), this);
    print->setObjectName(u"shiftPrint"_s);
    print->setAutoDefault(false);
    buttons->addWidget(print);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Shift handover: the X report changes nothing; counting the "
                                    "drawer is recorded in the audit trail"),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_clerk, &QComboBox::currentIndexChanged, this, [this] {
        showMessage({}, false);
        showReport();
    });
    connect(m_counted, &QLineEdit::textEdited, this, &ShiftHandoverPanel::updateDifference);
    connect(m_counted, &QLineEdit::returnPressed, this, &ShiftHandoverPanel::recordHandover);
    connect(m_record, &QPushButton::clicked, this, &ShiftHandoverPanel::recordHandover);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            QDir(m_runtime.options().dataDir)
                .filePath(u"x-report-"_s + m_clerk->currentText() + u"-"_s +
                          QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".pdf"_s);
        (void)saveReportPdf(path);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        if (!m_report)
            return;
        const auto counted = Money::parse(m_counted->text(), Money::Unit::Toman);
        const auto told = PrintOutcome::print(
            m_runtime, ReportExporter::shiftPrintable(
                           *m_report, DisplayFormat::reportContext(m_runtime),
                           counted ? std::optional<Money>(*counted) : std::nullopt));
        showMessage(told.text, told.error);
    });
}

void ShiftHandoverPanel::showMessage(const QString& text, bool error)
{
    m_message->setKind(error ? HintLabel::Kind::Error : HintLabel::Kind::Ok);
    m_message->setText(text);
}

void ShiftHandoverPanel::refresh()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    // The clerks who took money today, and whoever is chosen already.
    const QString chosen = m_clerk->currentText();
    QStringList clerks;
    if (auto day = ledger->openBusinessDay()) {
        if (auto report = ledger->dayReport(m_runtime.session(), day->first))
            clerks = report->byClerk().keys();
    }
    if (!chosen.isEmpty() && !clerks.contains(chosen))
        clerks << chosen;
    const QSignalBlocker block(m_clerk);
    m_clerk->clear();
    m_clerk->addItems(clerks);
    if (!chosen.isEmpty())
        m_clerk->setCurrentText(chosen);
    showReport();
}

void ShiftHandoverPanel::showReport()
{
    LedgerService* ledger = m_runtime.ledger();
    m_report.reset();
    if (!ledger || m_clerk->currentText().isEmpty()) {
        m_view->clear();
        updateDifference();
        return;
    }
    auto report = ledger->shiftReport(m_runtime.session(), m_clerk->currentText());
    if (!report) {
        m_view->clear();
        showMessage(report.error().userMessage(), true);
        return;
    }
    m_report = *report;
    m_view->setHtml(ReportExporter::shiftHtml(*m_report, DisplayFormat::reportContext(m_runtime)));
    updateDifference();
}

void ShiftHandoverPanel::updateDifference()
{
    const auto counted = Money::parse(m_counted->text(), Money::Unit::Toman);
    if (!m_report || m_counted->text().trimmed().isEmpty() || !counted) {
        m_difference->setText(m_counted->text().trimmed().isEmpty() ? QString() : u"—"_s);
        return;
    }
    ShiftHandover h;
    h.report = *m_report;
    h.counted = *counted;
    const Money d = h.difference();
    m_difference->setText(
        d.isZero()       ? tr("matches")
        : d.isNegative() ? tr("short %1").arg(DisplayFormat::money(Money::fromRials(-d.rials())))
                         : tr("over %1").arg(DisplayFormat::money(d)));
}

void ShiftHandoverPanel::recordHandover()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger || m_clerk->currentText().isEmpty())
        return;
    auto handover =
        ledger->recordShiftHandover(m_runtime.session(), m_clerk->currentText(), m_counted->text());
    if (!handover) {
        showMessage(handover.error().userMessage(), true);
        return;
    }
    m_report = handover->report;
    m_view->setHtml(ReportExporter::shiftHtml(*m_report, DisplayFormat::reportContext(m_runtime),
                                              handover->counted));
    showMessage(tr("The handover of %1 was recorded: expected %2, counted %3.")
                    .arg(m_clerk->currentText(), DisplayFormat::money(m_report->expectedCash),
                         DisplayFormat::money(handover->counted)),
                false);
}

bool ShiftHandoverPanel::saveReportPdf(const QString& path)
{
    if (!m_report)
        return false;
    const auto counted = Money::parse(m_counted->text(), Money::Unit::Toman);
    const Status ok =
        ReportExporter::shiftPdf(*m_report, DisplayFormat::reportContext(m_runtime), path,
                                 counted ? std::optional<Money>(*counted) : std::nullopt);
    showMessage(ok ? tr("Saved: %1").arg(UiLanguage::code(QDir::toNativeSeparators(path)))
                   : ok.error().userMessage(),
                !ok);
    return bool(ok);
}

} // namespace pishkhan::ui
