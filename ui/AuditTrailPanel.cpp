#include "AuditTrailPanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "core/SolarHijri.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/AuditTrailExporter.h"
#include "ledger/ReportExporter.h"
#include "security/AuditLog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QString stateText(AuditTrailPage::EventState state)
{
    switch (state) {
    case AuditTrailPage::EventState::Verified:
        return AuditTrailPanel::tr("verified");
    case AuditTrailPage::EventState::Broken:
        return AuditTrailPanel::tr("broken");
    case AuditTrailPage::EventState::Unverified:
        return AuditTrailPanel::tr("unverified");
    }
    return {};
}

} // namespace

AuditTrailPanel::AuditTrailPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_day(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_chain(new HintLabel(HintLabel::Kind::Ok, this))
    , m_error(DisplayFormat::hint(this))
    , m_table(new QTableWidget(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"auditTrailPanel"_s);
    m_day->setObjectName(u"auditDay"_s);
    m_actor->setObjectName(u"auditActor"_s);
    m_kind->setObjectName(u"auditKind"_s);
    m_chain->setObjectName(u"auditChain"_s);
    m_error->setObjectName(u"auditError"_s);
    m_table->setObjectName(u"auditEvents"_s);
    m_csv->setObjectName(u"auditCsv"_s);
    m_pdf->setObjectName(u"auditPdf"_s);
    m_status->setObjectName(u"auditStatus"_s);
    m_status->setWordWrap(true);
    m_chain->setBold(true);

    DisplayFormat::keepLeftToRight(m_day);
    m_day->setPlaceholderText(tr("yyyy/mm/dd (Solar Hijri); empty: every day"));
    m_kind->addItem(tr("All events"));
    for (AuditKind kind : kAllAuditKinds)
        m_kind->addItem(auditKindDisplayName(kind), auditKindName(kind));
    DisplayFormat::setUpTable(m_table, {tr("No."), tr("Time"), tr("Event"), tr("By"), tr("Subject"),
                                        tr("Detail"), tr("Chain")});

    auto* show = new QPushButton(tr("Show (Enter)"), this);
    show->setObjectName(u"auditShow"_s);
    for (QPushButton* b : {show, m_csv, m_pdf})
        b->setAutoDefault(false);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Day"), m_day);
    form->addRow(tr("Person"), m_actor);
    form->addRow(tr("Event"), m_kind);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(show);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_chain);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_error->hide();

    connect(m_day, &QLineEdit::returnPressed, this, &AuditTrailPanel::showTrail);
    connect(show, &QPushButton::clicked, this, &AuditTrailPanel::showTrail);
    connect(m_csv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(Format::Pdf); });
}

void AuditTrailPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AuditTrailPanel::fillActors()
{
    const QString chosen = m_actor->currentData().toString();
    m_actor->clear();
    m_actor->addItem(tr("Everyone"));
    AuditTrail trail(m_runtime.audit());
    const Result<QStringList> actors = trail.actors(m_runtime.session());
    if (!actors) {
        showError(actors.error().userMessage());
        return;
    }
    for (const QString& name : *actors)
        m_actor->addItem(name, name);
    const int index = m_actor->findData(chosen);
    m_actor->setCurrentIndex(index > 0 ? index : 0);
}

void AuditTrailPanel::refresh()
{
    if (!m_runtime.session().isValid())
        return;
    fillActors();
    showTrail();
}

void AuditTrailPanel::showTrail()
{
    m_page.reset();
    m_table->setRowCount(0);
    m_status->clear();
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    AuditTrailQuery query;
    if (!m_day->text().trimmed().isEmpty()) {
        const auto day = SolarHijri::parse(m_day->text());
        if (!day) {
            showError(tr("Day: %1").arg(day.error().userMessage()));
            m_day->setFocus();
            return;
        }
        query.day = *day;
    }
    query.actor = m_actor->currentData().toString();
    if (const auto kind = auditKindFromName(m_kind->currentData().toString()))
        query.kind = *kind;

    AuditTrail trail(m_runtime.audit());
    Result<AuditTrailPage> page = trail.read(m_runtime.session(), query);
    if (!page) {
        showError(page.error().userMessage());
        return;
    }
    showError({});
    m_page = std::move(*page);

    if (m_page->chainHolds()) {
        m_chain->setKind(HintLabel::Kind::Ok);
        m_chain->setText(tr("The audit trail verifies: all %1 events are intact.")
                             .arg(DisplayFormat::count(m_page->chain.entriesChecked)));
    } else {
        m_chain->setKind(HintLabel::Kind::Error);
        m_chain->setText(tr("The audit trail is broken at event %1: it was changed outside the "
                            "program. Events from there on cannot be trusted.")
                             .arg(DisplayFormat::count(m_page->chain.failure->sequence)));
    }

    m_table->setRowCount(int(m_page->events.size()));
    for (int row = 0; row < m_page->events.size(); ++row) {
        const AuditEvent& e = m_page->events.at(row);
        const auto state = m_page->stateOf(e);
        m_table->setItem(row, 0, DisplayFormat::cell(DisplayFormat::count(e.seq), true));
        m_table->setItem(row, 1, DisplayFormat::cell(DisplayFormat::moment(e.at)));
        m_table->setItem(row, 2, DisplayFormat::cell(auditKindDisplayName(e.kind)));
        m_table->setItem(row, 3, DisplayFormat::cell(e.username));
        m_table->setItem(row, 4, DisplayFormat::cell(UiLanguage::code(e.subject)));
        // The detail is JSON that may quote a Persian reason: a left-to-right embedding keeps
        // the braces and keys in order without forcing the Persian words backwards (which the
        // override UiLanguage::code uses for pure codes would).
        m_table->setItem(row, 5, DisplayFormat::cell(QChar(0x202A) + e.detail + QChar(0x202C)));
        QTableWidgetItem* chain = DisplayFormat::cell(stateText(state));
        if (state != AuditTrailPage::EventState::Verified)
            chain->setForeground(HintLabel::colour(HintLabel::Kind::Error));
        m_table->setItem(row, 6, chain);
    }
    m_table->resizeColumnsToContents();
    if (m_page->truncated)
        m_status->setText(tr("Only the newest %1 events are shown; narrow the filter to see "
                             "older ones.")
                              .arg(DisplayFormat::count(m_page->events.size())));
    else
        m_status->setText(tr("%1 events").arg(DisplayFormat::count(m_page->events.size())));
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
}

void AuditTrailPanel::askExport(Format format)
{
    if (!m_page)
        return;
    QString name = u"audit-trail"_s;
    if (m_page->query.day.isValid())
        name += u'-' + m_page->query.day.toString(Qt::ISODate);
    name += format == Format::Csv ? u".csv"_s : u".pdf"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit trail"), QDir(m_runtime.options().dataDir).filePath(name),
        format == Format::Csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void AuditTrailPanel::exportTo(const QString& path, Format format)
{
    if (!m_page)
        return;
    ReportContext context = DisplayFormat::reportContext(m_runtime);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written =
        format == Format::Csv
            ? ReportExporter::writeFile(path, AuditTrailExporter::csv(*m_page, context))
            : AuditTrailExporter::pdf(*m_page, context, path);
    QGuiApplication::restoreOverrideCursor();
    Status recorded;
    if (written) {
        AuditTrail trail(m_runtime.audit());
        recorded = trail.recordExport(m_runtime.session(), *m_page,
                                      format == Format::Csv ? u"csv"_s : u"pdf"_s);
    }
    const Status& outcome = written ? recorded : written;
    const QString message =
        outcome ? tr("Exported: %1").arg(UiLanguage::code(QDir::toNativeSeparators(path)))
                : outcome.error().userMessage();
    m_status->setText(message);
    emit exportFinished(bool(outcome), message);
}

} // namespace pishkhan::ui
