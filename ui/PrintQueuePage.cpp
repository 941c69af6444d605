#include "PrintQueuePage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "PrintOutcome.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "print/PrintErrors.h"
#include "print/PrintService.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

PrintQueuePage::PrintQueuePage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_retry(new QPushButton(tr("Print again"), this))
    , m_reason(new QLineEdit(this))
    , m_discard(new QPushButton(tr("Do not print"), this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"printQueuePage"_s);
    m_count->setObjectName(u"printQueueCount"_s);
    m_table->setObjectName(u"printQueue"_s);
    m_retry->setObjectName(u"printRetry"_s);
    m_reason->setObjectName(u"printDiscardReason"_s);
    m_discard->setObjectName(u"printDiscard"_s);
    m_message->setObjectName(u"printQueueMessage"_s);
    m_reason->setPlaceholderText(tr("Why it is not printed (for the audit trail)"));
    DisplayFormat::setUpTable(m_table, {tr("Document"), tr("Kind"), tr("Since"), tr("Attempts"),
                                        tr("Why it was not printed")});
    for (QPushButton* b : {m_retry, m_discard})
        b->setAutoDefault(false);

    auto* title = new QLabel(tr("To print: documents a printer did not take"), this);
    title->setObjectName(u"printQueueTitle"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addSpacing(24);
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_retry, &QPushButton::clicked, this, &PrintQueuePage::retryCurrent);
    connect(m_discard, &QPushButton::clicked, this, &PrintQueuePage::discardCurrent);
    connect(m_reason, &QLineEdit::returnPressed, this, &PrintQueuePage::discardCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_retry->setEnabled(current() != nullptr);
        m_discard->setEnabled(current() != nullptr);
    });
}

QString PrintQueuePage::kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt:
        return tr("Receipt");
    case DocumentKind::RefundReceipt:
        return tr("Refund receipt");
    case DocumentKind::Answer:
        return tr("Answer");
    case DocumentKind::PropertyFile:
        return tr("Property file");
    case DocumentKind::ShiftSheet:
        return tr("Shift handover (X)");
    case DocumentKind::DayCloseSheet:
        return tr("Day close (Z)");
    case DocumentKind::Report:
        return tr("Report");
    }
    return {};
}

const PrintQueueStore::Job* PrintQueuePage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

void PrintQueuePage::showMessage(const QString& text, bool error)
{
    m_message->setKind(error ? HintLabel::Kind::Error : HintLabel::Kind::Ok);
    m_message->setText(text);
}

void PrintQueuePage::refresh()
{
    PrintService* printing = m_runtime.printing();
    if (!printing)
        return;
    const qint64 selected = current() ? current()->id : 0;
    auto jobs = printing->list();
    if (!jobs) {
        m_jobs.clear();
        showMessage(jobs.error().userMessage(), true);
    } else {
        m_jobs = *jobs;
    }
    m_count->setText(m_jobs.isEmpty() ? tr("Nothing is waiting to be printed.")
                                      : tr("%1 documents are waiting to be printed.")
                                            .arg(DisplayFormat::count(m_jobs.size())));
    m_table->setRowCount(int(m_jobs.size()));
    int row = 0;
    for (int i = 0; i < m_jobs.size(); ++i) {
        const PrintQueueStore::Job& job = m_jobs[i];
        const QString why =
            PrintErrors::fromCode(job.lastErrorCode, job.lastErrorDetail).userMessage();
        m_table->setItem(i, 0, DisplayFormat::cell(job.document.title));
        m_table->setItem(i, 1, DisplayFormat::cell(kindName(job.document.kind)));
        m_table->setItem(i, 2, DisplayFormat::cell(DisplayFormat::moment(job.createdAt)));
        m_table->setItem(i, 3, DisplayFormat::cell(DisplayFormat::count(job.attempts), true));
        m_table->setItem(i, 4, DisplayFormat::cell(why));
        if (job.id == selected)
            row = i;
    }
    if (!m_jobs.isEmpty())
        m_table->setCurrentCell(row, 0);
    m_retry->setEnabled(current() != nullptr);
    m_discard->setEnabled(current() != nullptr);
    emit countChanged(int(m_jobs.size()));
}

void PrintQueuePage::retryCurrent()
{
    const PrintQueueStore::Job* job = current();
    PrintService* printing = m_runtime.printing();
    if (!job || !printing)
        return;
    const QString title = job->document.title;
    const auto printed = printing->retry(job->id, m_runtime.session());
    refresh();
    if (!printed) {
        showMessage(printed.error().userMessage(), true);
        return;
    }
    if (printed->route.way == PrinterRoute::Way::None) {
        showMessage(tr("%1 saved: %2")
                        .arg(title, UiLanguage::code(QDir::toNativeSeparators(printed->pdfPath))),
                    false);
        PrintOutcome::openPdf(printed->pdfPath);
    } else {
        showMessage(
            tr("%1 sent to the printer %2.").arg(title, UiLanguage::code(printed->route.target)),
            false);
    }
}

void PrintQueuePage::discardCurrent()
{
    const PrintQueueStore::Job* job = current();
    PrintService* printing = m_runtime.printing();
    if (!job || !printing)
        return;
    const QString title = job->document.title;
    if (Status s = printing->discard(job->id, m_runtime.session(), m_reason->text()); !s) {
        showMessage(s.error().userMessage(), true);
        m_reason->setFocus();
        return;
    }
    m_reason->clear();
    refresh();
    showMessage(tr("%1 will not be printed.").arg(title), false);
}

} // namespace pishkhan::ui
