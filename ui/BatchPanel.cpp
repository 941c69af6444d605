#include "BatchPanel.h"

#include "DisplayFormat.h"
#include "counter/DeskRuntime.h"
#include "ledger/InvoiceDocument.h"
#include "ledger/LedgerService.h"
#include "net/ApiClient.h"
#include "ops/BatchSubmitterRun.h"
#include "sync/MandateCache.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QString statusText(BatchSubmitter::RowStatus status)
{
    switch (status) {
    case BatchSubmitter::RowStatus::Queued:
        return BatchPanel::tr("Queued");
    case BatchSubmitter::RowStatus::Duplicate:
        return BatchPanel::tr("Already queued");
    case BatchSubmitter::RowStatus::Invalid:
        return BatchPanel::tr("Refused");
    case BatchSubmitter::RowStatus::Failed:
        return BatchPanel::tr("Not saved");
    }
    return {};
}

} // namespace

BatchPanel::BatchPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_file(new QLineEdit(this))
    , m_organisation(new QComboBox(this))
    , m_run(new QPushButton(tr("Run the batch"), this))
    , m_saveInvoice(new QPushButton(tr("Save the invoice as PDF…"), this))
    , m_state(new QLabel(this))
    , m_invoiceLabel(new QLabel(this))
    , m_rows(new QTableWidget(this))
{
    setObjectName(u"batchPanel"_s);
    m_file->setObjectName(u"batchFile"_s);
    m_organisation->setObjectName(u"batchOrganisation"_s);
    m_run->setObjectName(u"batchRun"_s);
    m_saveInvoice->setObjectName(u"batchSaveInvoice"_s);
    m_state->setObjectName(u"batchState"_s);
    m_invoiceLabel->setObjectName(u"batchInvoice"_s);
    m_rows->setObjectName(u"batchRows"_s);
    m_state->setWordWrap(true);
    m_invoiceLabel->setWordWrap(true);
    m_saveInvoice->setEnabled(false);
    m_organisation->setEditable(true);
    DisplayFormat::keepLeftToRight(m_file);
    m_file->setPlaceholderText(tr("the batch's CSV file"));
    DisplayFormat::setUpTable(m_rows, {tr("Row"), tr("Outcome"), tr("Reason"), tr("Request")});
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(u"batchChoose"_s);
    auto* fetch = new QPushButton(tr("Update the list"), this);
    fetch->setObjectName(u"batchFetchOrganisations"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* orgRow = new QHBoxLayout;
    orgRow->addWidget(m_organisation, 1);
    orgRow->addWidget(fetch);
    auto* form = new QFormLayout;
    form->addRow(tr("Batch file"), fileRow);
    form->addRow(tr("Billed to"), orgRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_saveInvoice);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_invoiceLabel);
    layout->addWidget(m_rows, 1);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the batch file"), {},
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(fetch, &QPushButton::clicked, this, &BatchPanel::fetchOrganisations);
    connect(m_run, &QPushButton::clicked, this, &BatchPanel::run);
    connect(m_file, &QLineEdit::returnPressed, this, &BatchPanel::run);
    connect(m_saveInvoice, &QPushButton::clicked, this, [this] {
        if (!m_invoice)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the invoice"), m_invoice->number + u".pdf"_s, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveInvoice(path);
    });
}

void BatchPanel::refresh()
{
    const QVariant current = m_organisation->currentData();
    m_organisation->clear();
    m_organisation->addItem(tr("No organisation: cash, citizens' consent"), QString());
    Result<QList<OrganisationMandate>> mandates = MandateCache(m_runtime.database()).all();
    if (!mandates) {
        m_state->setText(mandates.error().userMessage());
        return;
    }
    QStringList seen;
    for (const OrganisationMandate& m : *mandates) {
        if (seen.contains(m.legalEntityId))
            continue;
        seen << m.legalEntityId;
        m_organisation->addItem(m.organisationName + u" — "_s + m.legalEntityId, m.legalEntityId);
    }
    const int index = m_organisation->findData(current);
    m_organisation->setCurrentIndex(index < 0 ? 0 : index);
}

void BatchPanel::fetchOrganisations()
{
    ApiClient& api = m_runtime.api();
    if (m_pending != 0)
        api.cancel(m_pending);
    m_state->setText(tr("Asking the municipality for the office's organisations…"));
    QPointer<BatchPanel> self(this);
    m_pending = api.officeMandates([self](ApiReply<QJsonObject> reply) {
        if (!self)
            return;
        self->m_pending = 0;
        if (!reply.ok()) {
            self->m_state->setText(DisplayFormat::apiMessage(reply.error()));
            return;
        }
        Result<QList<OrganisationMandate>> mandates = MandateCache::parse(reply.value());
        Status stored = mandates ? MandateCache(self->m_runtime.database())
                                       .replace(*mandates, QDateTime::currentMSecsSinceEpoch())
                                 : Status(mandates.error());
        if (!stored) {
            self->m_state->setText(stored.error().userMessage());
            return;
        }
        self->m_state->setText(
            tr("%n organisation mandate(s) on the list.", nullptr, int(mandates->size())));
        self->refresh();
    });
}

void BatchPanel::run()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    m_invoice.reset();
    m_saveInvoice->setEnabled(false);
    m_invoiceLabel->clear();
    m_rows->setRowCount(0);
    QFile file(m_file->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        m_state->setText(tr("The batch file cannot be read."));
        return;
    }
    // A listed organisation, or a legal-entity id typed in (the core checks it is known).
    const int listed = m_organisation->findText(m_organisation->currentText());
    const QString organisation = listed >= 0 ? m_organisation->itemData(listed).toString()
                                             : m_organisation->currentText().trimmed();
    Result<BatchSubmitterRun::Outcome> outcome =
        BatchSubmitterRun::run(*ledger, m_runtime.database(), m_runtime.session(), file.readAll(),
                               organisation, QDateTime::currentMSecsSinceEpoch());
    if (!outcome) {
        m_state->setText(outcome.error().userMessage());
        return;
    }
    const BatchSubmitter::Summary& s = outcome->summary;
    m_rows->setRowCount(int(s.rows.size()));
    for (int i = 0; i < s.rows.size(); ++i) {
        const BatchSubmitter::RowResult& r = s.rows.at(i);
        m_rows->setItem(i, 0, DisplayFormat::cell(DisplayFormat::count(r.row), true));
        m_rows->setItem(i, 1, DisplayFormat::cell(statusText(r.status)));
        m_rows->setItem(i, 2,
                        DisplayFormat::cell(r.reason.isEmpty()
                                                ? QString()
                                                : QCoreApplication::translate(
                                                      "Error", r.reason.toUtf8().constData())));
        m_rows->setItem(i, 3, DisplayFormat::cell(r.requestId));
    }
    m_state->setText(tr("%1 queued, %2 already queued, %3 refused, %4 not saved.")
                         .arg(DisplayFormat::count(s.queued), DisplayFormat::count(s.duplicates),
                              DisplayFormat::count(s.invalid), DisplayFormat::count(s.failed)));
    m_invoice = outcome->invoice;
    showOutcome();
}

void BatchPanel::showOutcome()
{
    if (!m_invoice)
        return;
    m_saveInvoice->setEnabled(true);
    m_invoiceLabel->setText(tr("Invoice %1 to %2: %3 requests, %4.")
                                .arg(m_invoice->number, m_invoice->organisationName,
                                     DisplayFormat::count(m_invoice->lines.size()),
                                     DisplayFormat::money(m_invoice->total())));
}

bool BatchPanel::saveInvoice(const QString& path)
{
    if (!m_invoice)
        return false;
    Status saved = InvoiceDocument::pdf(*m_invoice, DisplayFormat::reportContext(m_runtime), path);
    m_state->setText(saved ? tr("Saved: %1").arg(path) : saved.error().userMessage());
    return saved.ok();
}

} // namespace pishkhan::ui
