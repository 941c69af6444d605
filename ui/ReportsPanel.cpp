#include "ReportsPanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "core/SolarHijri.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ReportsPanel::ReportsPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_error(DisplayFormat::hint(this))
    , m_view(new QTextBrowser(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"reportsPanel"_s);
    m_from->setObjectName(u"reportFrom"_s);
    m_to->setObjectName(u"reportTo"_s);
    m_error->setObjectName(u"reportError"_s);
    m_view->setObjectName(u"reportView"_s);
    m_csv->setObjectName(u"reportCsv"_s);
    m_pdf->setObjectName(u"reportPdf"_s);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    // Dates are typed as in the serve form's date fields: year first, left to right.
    for (QLineEdit* edit : {m_from, m_to}) {
        DisplayFormat::keepLeftToRight(edit);
        edit->setPlaceholderText(tr("yyyy/mm/dd (Solar Hijri)"));
        connect(edit, &QLineEdit::returnPressed, this, &ReportsPanel::showReport);
    }
    auto* show = new QPushButton(tr("Show (Enter)"), this);
    show->setObjectName(u"reportShow"_s);
    show->setAutoDefault(false);
    for (QPushButton* b : {m_csv, m_pdf})
        b->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(show);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("One day: the same date twice. A range: by month and service."), this));
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_error->hide();

    connect(show, &QPushButton::clicked, this, &ReportsPanel::showReport);
    connect(m_csv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(Format::Pdf); });
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
}

void ReportsPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReportsPanel::refresh()
{
    if (!m_from->text().isEmpty())
        return;
    // Today on the office's clock, not the open business day: right after the close the open
    // day is already tomorrow, and the supervisor wants the day just closed.
    const QString today = SolarHijri::formatDate(
        SolarHijri::businessDay(QDateTime::currentMSecsSinceEpoch(), SolarHijri::officeTimeZone()),
        SolarHijri::Digits::Latin);
    m_from->setText(today);
    m_to->setText(today);
}

void ReportsPanel::showReport()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    m_day.reset();
    m_range.reset();
    m_view->clear();
    m_status->clear();
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    const auto from = SolarHijri::parse(m_from->text());
    if (!from) {
        showError(tr("From: %1").arg(from.error().userMessage()));
        m_from->setFocus();
        return;
    }
    const auto to = SolarHijri::parse(m_to->text());
    if (!to) {
        showError(tr("To: %1").arg(to.error().userMessage()));
        m_to->setFocus();
        return;
    }
    if (*from == *to) {
        auto report = ledger->dayReport(m_runtime.session(), *from);
        if (!report) {
            showError(report.error().userMessage());
            return;
        }
        m_day = *report;
        m_view->setHtml(ReportExporter::dayHtml(*m_day, DisplayFormat::reportContext(m_runtime)));
    } else {
        auto report = ledger->rangeReport(m_runtime.session(), *from, *to);
        if (!report) {
            showError(report.error().userMessage());
            return;
        }
        m_range = *report;
        m_view->setHtml(
            ReportExporter::rangeHtml(*m_range, DisplayFormat::reportContext(m_runtime)));
    }
    showError({});
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
}

void ReportsPanel::askExport(Format format)
{
    if (!m_day && !m_range)
        return;
    // Both branches become a QString before ?: (QStringBuilder types differ).
    QString name = m_day ? QString(u"day-report-"_s + m_day->day.toString(Qt::ISODate))
                         : QString(u"range-report-"_s + m_range->from.toString(Qt::ISODate) +
                                   u"-"_s + m_range->to.toString(Qt::ISODate));
    name += format == Format::Csv ? u".csv"_s : u".pdf"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QDir(m_runtime.options().dataDir).filePath(name),
        format == Format::Csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void ReportsPanel::exportTo(const QString& path, Format format)
{
    if (m_exporting || (!m_day && !m_range))
        return;
    m_exporting = true;
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    // Copies: the worker must not touch members the UI thread may replace meanwhile.
    const ReportContext ctx = DisplayFormat::reportContext(m_runtime);
    const std::optional<DayReport> day = m_day;
    const std::optional<RangeReport> range = m_range;
    // The worker answers with the error message, empty on success (Status is not a QFuture
    // result type).
    const QFuture<QString> future = QtConcurrent::run([day, range, ctx, path, format] {
        Status ok;
        if (format == Format::Csv)
            ok = ReportExporter::writeFile(path, day ? ReportExporter::dayCsv(*day, ctx)
                                                     : ReportExporter::rangeCsv(*range, ctx));
        else
            ok = day ? ReportExporter::dayPdf(*day, ctx, path)
                     : ReportExporter::rangePdf(*range, ctx, path);
        return ok ? QString() : ok.error().userMessage();
    });
    // No cancel: the file is written whole or not at all; the dialog only says it is running
    // and the counter stays usable (non-modal).
    auto* progress =
        new QProgressDialog(tr("Writing %1…").arg(UiLanguage::code(path)), QString(), 0, 0, this);
    progress->setObjectName(u"reportProgress"_s);
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_exporting = false;
        m_csv->setEnabled(true);
        m_pdf->setEnabled(true);
        const QString message =
            error.isEmpty()
                ? tr("Exported: %1").arg(UiLanguage::code(QDir::toNativeSeparators(path)))
                : error;
        m_status->setText(message);
        emit exportFinished(error.isEmpty(), message);
    });
    watcher->setFuture(future);
}

} // namespace pishkhan::ui
