#include "FollowUpPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "InputPrompt.h"
#include "core/SolarHijri.h"
#include "counter/AnswerDocument.h"
#include "counter/AnswerForm.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptRenderer.h"
#include "net/ApiClient.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

QString FollowUpPage::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Queued for sending");
    case OutboxState::Sending:
        return tr("Sending");
    case OutboxState::Accepted:
        return tr("Accepted by the municipality");
    case OutboxState::Rejected:
        return tr("Rejected");
    case OutboxState::NeedsAttention:
        return tr("Needs attention");
    case OutboxState::Withdrawn:
        return tr("Withdrawn: its fee was voided, never sent");
    }
    return {};
}

QString FollowUpPage::statusName(const QString& status)
{
    if (status == u"received")
        return tr("Received");
    if (status == u"in_review")
        return tr("In review");
    if (status == u"done")
        return tr("Done");
    if (status == u"rejected")
        return tr("Rejected");
    if (status == u"cancelled")
        return tr("Cancelled at the office's request");
    return status;
}

FollowUpPage::FollowUpPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_query(new QLineEdit(this))
    , m_error(DisplayFormat::hint(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_reprint(new QPushButton(this))
    , m_requestVoid(new QPushButton(this))
    , m_receipt(new QTextBrowser(this))
    , m_printed(new QLabel(this))
    , m_printAnswer(new QPushButton(this))
    , m_verdict(new QLabel(this))
{
    setObjectName(u"followUpPage"_s);
    auto* title = new QLabel(tr("Follow up a request"), this);
    title->setObjectName(u"followUpTitle"_s);
    DisplayFormat::makeTitle(title);

    m_query->setObjectName(u"followUpQuery"_s);
    m_query->setPlaceholderText(tr("Tracking code, receipt number or national code"));
    DisplayFormat::keepLeftToRight(m_query);
    auto* find = new QPushButton(tr("Find (Enter)"), this);
    find->setObjectName(u"followUpFind"_s);
    find->setAutoDefault(false);
    m_error->setObjectName(u"followUpError"_s);
    m_error->hide(); // shown with a message only

    m_table->setObjectName(u"followUpResults"_s);
    DisplayFormat::setUpTable(m_table, {tr("Tracking code"), tr("Receipt"), tr("National code"),
                                        tr("Mobile"), tr("State"), tr("Registered")});

    m_details->setObjectName(u"followUpDetails"_s);
    m_reprint->setObjectName(u"followUpReprint"_s);
    m_reprint->setText(tr("Reprint receipt as a copy (Ctrl+P)"));
    m_reprint->setAutoDefault(false);
    m_reprint->setEnabled(false);
    m_requestVoid->setObjectName(u"followUpRequestVoid"_s);
    m_requestVoid->setText(tr("Ask for a void…"));
    m_requestVoid->setAutoDefault(false);
    m_requestVoid->setEnabled(false);
    m_printAnswer->setObjectName(u"followUpPrintAnswer"_s);
    m_printAnswer->setText(tr("Print answer"));
    m_printAnswer->setAutoDefault(false);
    m_printAnswer->setEnabled(false);
    m_verdict->setObjectName(u"followUpVerdict"_s);
    m_verdict->setWordWrap(true);
    m_receipt->setObjectName(u"followUpReceipt"_s);
    m_printed->setObjectName(u"followUpPrinted"_s);
    m_printed->setWordWrap(true);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(find);
    m_fromDay = new QLineEdit(this);
    m_fromDay->setObjectName(u"followUpFromDay"_s);
    m_fromDay->setPlaceholderText(tr("From day (1405/09/01)"));
    m_toDay = new QLineEdit(this);
    m_toDay->setObjectName(u"followUpToDay"_s);
    m_toDay->setPlaceholderText(tr("To day"));
    m_clerk = new QLineEdit(this);
    m_clerk->setObjectName(u"followUpClerk"_s);
    m_clerk->setPlaceholderText(tr("Clerk's user name"));
    m_state = new QComboBox(this);
    m_state->setObjectName(u"followUpState"_s);
    m_state->addItem(tr("Any state"), QString());
    for (const OutboxState state : kAllOutboxStates)
        m_state->addItem(stateName(state), outboxStateName(state));
    m_nextPage = new QPushButton(tr("Next page (PgDn)"), this);
    m_nextPage->setObjectName(u"followUpNextPage"_s);
    m_nextPage->setAutoDefault(false);
    m_nextPage->setEnabled(false);
    auto* filterRow = new QHBoxLayout;
    for (QLineEdit* edit : {m_fromDay, m_toDay, m_clerk}) {
        DisplayFormat::keepLeftToRight(edit);
        filterRow->addWidget(edit, 1);
        connect(edit, &QLineEdit::returnPressed, this, &FollowUpPage::search);
    }
    filterRow->addWidget(m_state, 1);
    filterRow->addWidget(m_nextPage);
    auto* bottom = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_details, 1);
    left->addWidget(m_verdict);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_printAnswer);
    actions->addWidget(m_reprint);
    actions->addWidget(m_requestVoid);
    actions->addStretch(1);
    left->addLayout(actions);
    left->addWidget(m_printed);
    bottom->addLayout(left, 3);
    bottom->addWidget(m_receipt, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 2);
    layout->addLayout(bottom, 3);

    connect(m_query, &QLineEdit::returnPressed, this, &FollowUpPage::search);
    connect(find, &QPushButton::clicked, this, &FollowUpPage::search);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FollowUpPage::showDetails);
    connect(m_reprint, &QPushButton::clicked, this, &FollowUpPage::reprint);
    connect(m_printAnswer, &QPushButton::clicked, this, &FollowUpPage::printAnswer);
    connect(m_requestVoid, &QPushButton::clicked, this, &FollowUpPage::requestVoid);
    auto* reprintKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    reprintKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reprintKey, &QShortcut::activated, this, &FollowUpPage::reprint);
    connect(m_nextPage, &QPushButton::clicked, this, &FollowUpPage::nextPage);
    auto* nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), m_table);
    nextKey->setContext(Qt::WidgetShortcut);
    connect(nextKey, &QShortcut::activated, this, &FollowUpPage::nextPage);
}

void FollowUpPage::startOver()
{
    m_results.clear();
    m_table->setRowCount(0);
    m_details->clear();
    m_receipt->clear();
    m_printed->clear();
    m_error->clear();
    m_error->hide();
    m_reprint->setEnabled(false);
    m_requestVoid->setEnabled(false);
    m_query->selectAll();
    QTimer::singleShot(0, m_query, [this] { m_query->setFocus(Qt::OtherFocusReason); });
}

void FollowUpPage::search()
{
    const auto query = FollowUpQuery::parse({m_query->text(), m_fromDay->text(), m_toDay->text(),
                                             m_clerk->text(), m_state->currentData().toString()},
                                            m_runtime.ledger() ? m_runtime.ledger()->settings().zone
                                                               : SolarHijri::officeTimeZone());
    if (!query) {
        // A question that is not one changes nothing on the list.
        m_error->setText(query.error().userMessage());
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_printed->clear();
    m_receipt->clear();
    m_lastQuery = *query;
    m_appending = false;
    runSearch(*query, {});
}

void FollowUpPage::nextPage()
{
    if (!m_lastQuery || m_nextToken.isEmpty() || isSearching())
        return;
    m_appending = true;
    runSearch(*m_lastQuery, m_nextToken);
}

void FollowUpPage::runSearch(const FollowUpQuery& query, const QString& pageToken)
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    if (!m_worker) {
        const auto key = m_runtime.readStoreKey();
        if (key) {
            m_worker = new FollowUpSearchWorker(m_runtime.database().path(), *key, this);
            connect(m_worker, &FollowUpSearchWorker::pageReady, this, &FollowUpPage::showPage);
            connect(m_worker, &FollowUpSearchWorker::failed, this,
                    [this](quint64 ticket, const Error& error) {
                        if (ticket != m_ticket)
                            return;
                        m_ticket = 0;
                        m_error->setText(error.userMessage());
                        m_error->show();
                    });
        }
    }
    if (!m_worker) {
        // Without the key (no keychain) the search runs here, a page at a time all the same.
        FollowUpLookup lookup(m_runtime.database(), ledger->store());
        auto page = lookup.search(query, pageToken);
        m_ticket = ~quint64(0);
        if (page) {
            showPage(m_ticket, *page);
        } else {
            m_ticket = 0;
            m_error->setText(page.error().userMessage());
            m_error->show();
        }
        return;
    }
    m_ticket = m_worker->search(query, pageToken);
}

void FollowUpPage::showPage(quint64 ticket, const FollowUpResultPage& page)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    if (m_appending)
        m_results += page.records;
    else
        m_results = page.records;
    m_nextToken = page.nextToken;
    m_nextPage->setEnabled(!m_nextToken.isEmpty());
    if (m_results.isEmpty()) {
        m_error->setText(tr("No request found."));
        m_error->show();
        if (!m_appending && m_lastQuery && m_lastQuery->canAskBackend())
            askOtherCounters(*m_lastQuery);
    }
    const int keep = m_appending ? m_table->currentRow() : 0;
    fillTable();
    if (!m_results.isEmpty()) {
        m_table->setCurrentCell(std::max(0, keep), 0);
        m_table->setFocus(Qt::OtherFocusReason);
    }
    showDetails();
}

void FollowUpPage::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const FollowUpRecord& r = m_results[row];
        m_table->setItem(row, 0, DisplayFormat::cell(UiLanguage::code(r.request.trackingCode)));
        m_table->setItem(row, 1,
                         DisplayFormat::cell(r.receiptNumber.isEmpty()
                                                 ? u"—"_s
                                                 : UiLanguage::code(r.receiptNumber)));
        // A request of another counter found by tracking code comes without its citizen.
        const auto codeOrDash = [](const QString& text) {
            return text.isEmpty() ? u"—"_s : UiLanguage::code(text);
        };
        m_table->setItem(row, 2, DisplayFormat::cell(codeOrDash(r.maskedNationalCode())));
        m_table->setItem(row, 3, DisplayFormat::cell(codeOrDash(r.maskedMobile())));
        m_table->setItem(
            row, 4,
            DisplayFormat::cell(r.otherCounter && r.progress
                                    ? tr("Another counter: %1").arg(statusName(r.progress->status))
                                    : stateName(r.request.state)));
        m_table->setItem(row, 5, DisplayFormat::cell(DisplayFormat::moment(r.request.createdAt)));
    }
}

void FollowUpPage::askOtherCounters(const FollowUpQuery& query)
{
    if (m_asking != 0)
        m_runtime.api().cancel(m_asking);
    m_error->setText(tr("Not on this PC; asking the municipality about the office's other "
                        "counters…"));
    QPointer<FollowUpPage> self(this);
    const auto show = [self](const QList<FollowUpRecord>& found) {
        self->m_results = found;
        self->fillTable();
        self->m_error->setText(found.isEmpty()
                                   ? tr("No request found, here or at the office's other "
                                        "counters.")
                                   : tr("Found at another counter of the office."));
        if (!found.isEmpty()) {
            self->m_table->setCurrentCell(0, 0);
            self->m_table->setFocus(Qt::OtherFocusReason);
        }
        self->showDetails();
    };
    const auto failed = [self](const ApiError& error) {
        self->m_error->setText(tr("No request found on this PC; the municipality could not be "
                                  "asked about the other counters: %1")
                                   .arg(DisplayFormat::apiMessage(error)));
    };
    if (query.kind() == FollowUpQuery::Kind::TrackingCode) {
        m_asking = m_runtime.api().officeRequest(
            query.identifier(), [self, show, failed](ApiReply<QJsonObject> reply) {
                if (!self)
                    return;
                self->m_asking = 0;
                if (reply.ok())
                    show({FollowUpLookup::fromBackend(reply.value())});
                else if (reply.error().code() == u"api.problem.request-not-found"_s)
                    show({});
                else
                    failed(reply.error());
            });
    } else {
        m_asking = m_runtime.api().officeRequestsOfCitizen(
            query.identifier(), 1, [self, show, failed](ApiReply<QJsonObject> reply) {
                if (!self)
                    return;
                self->m_asking = 0;
                if (reply.ok())
                    show(FollowUpLookup::fromBackendList(reply.value()));
                else
                    failed(reply.error());
            });
    }
}

const FollowUpRecord* FollowUpPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_results.size() ? &m_results[row] : nullptr;
}

void FollowUpPage::showDetails()
{
    const FollowUpRecord* r = current();
    m_reprint->setEnabled(r && r->feeSeq > 0);
    m_requestVoid->setEnabled(r && r->feeSeq > 0);
    if (!r) {
        m_details->clear();
        m_printAnswer->setEnabled(false);
        m_verdict->clear();
        return;
    }
    const OutboxEntry& e = r->request;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("State:")), esc(stateName(e.state)));
    if (!e.trackingCode.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Tracking code:")),
                                             esc(UiLanguage::code(e.trackingCode)));
    if (const auto* service = m_runtime.catalogue().find(e.serviceId))
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Service:")), esc(service->name()));
    if (e.state == OutboxState::NeedsAttention || e.state == OutboxState::Rejected)
        html += u"<p><b>%1</b> %2</p>"_s.arg(
            esc(tr("Reason:")), esc(UiLanguage::pick(e.lastErrorMessageFa, e.lastErrorMessage)));
    // The answer first, as a labelled form laid out exactly as the printed answer lays it out;
    // how the request got there after it.
    const auto answer = AnswerDocument::forRequest(*r, m_runtime.catalogue());
    m_printAnswer->setEnabled(answer.has_value());
    m_verdict->clear();
    if (answer) {
        const auto language =
            UiLanguage::isPersian() ? AnswerForm::Language::Persian : AnswerForm::Language::English;
        const AnswerForm form = AnswerForm::fromResult(answer->fields, answer->result, language);
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Answer:")), esc(form.summary));
        html += AnswerDocument::formHtml(form, language);
        if (!form.answerHash.isEmpty())
            verifyAnswer(answer->trackingCode, form.answerHash);
    }
    if (r->progress) {
        const RequestProgressStore::Progress& p = *r->progress;
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Municipality's status:")),
                                             esc(statusName(p.status)));
        if (!p.history.isEmpty()) {
            html += u"<p><b>%1</b></p><ul>"_s.arg(esc(tr("History:")));
            for (const RequestProgressStore::StatusEvent& ev : p.history)
                html += u"<li>%1 — %2 %3</li>"_s.arg(
                    esc(UiLanguage::code(DisplayFormat::moment(ev.at))), esc(statusName(ev.status)),
                    esc(UiLanguage::pick(ev.noteFa, ev.noteEn)));
            html += u"</ul>"_s;
        }
        if (!p.rejectionCode.isEmpty())
            html += u"<p><b>%1</b> %2</p>"_s.arg(
                esc(tr("Reason:")), esc(UiLanguage::pick(p.rejectionFa, p.rejectionEn)));
    }
    m_details->setHtml(html);
}

void FollowUpPage::reprint()
{
    const FollowUpRecord* r = current();
    LedgerService* ledger = m_runtime.ledger();
    if (!r || r->feeSeq <= 0 || !ledger)
        return;
    const auto entry = ledger->recordReprint(m_runtime.session(), r->feeSeq);
    if (!entry) {
        m_error->setText(entry.error().userMessage());
        m_error->show();
        return;
    }
    const auto copy = ledger->receipt(entry->seq, m_runtime.session().displayName);
    if (!copy) {
        m_error->setText(copy.error().userMessage());
        m_error->show();
        return;
    }
    const auto language = UiLanguage::isPersian() ? ReceiptRenderer::Language::Persian
                                                  : ReceiptRenderer::Language::English;
    // The copy as paper gets it, QR image included (a bare QTextBrowser draws a broken image).
    const auto printable = ReceiptRenderer::printable(*copy, language);
    if (printable) {
        for (auto it = printable->images.cbegin(); it != printable->images.cend(); ++it)
            m_receipt->document()->addResource(QTextDocument::ImageResource, it.key(), it.value());
        m_receipt->setHtml(printable->html);
    }
    const QString dir = QDir(m_runtime.options().dataDir).filePath(u"receipts"_s);
    QDir().mkpath(dir);
    const QString path =
        QDir(dir).filePath(QString(copy->receiptNumber).replace(u'/', u'-') + u"-copy-"_s +
                           QString::number(copy->copyNo) + u".pdf"_s);
    const Status ok = ReceiptRenderer::renderThermalPdf(*copy, path, language);
    if (!ok) {
        m_error->setText(ok.error().userMessage());
        m_error->show();
        return;
    }
    m_printed->setText(tr("Copy %1 saved: %2")
                           .arg(DisplayFormat::count(copy->copyNo),
                                UiLanguage::code(QDir::toNativeSeparators(path))));
}

void FollowUpPage::requestVoid()
{
    const FollowUpRecord* r = current();
    LedgerService* ledger = m_runtime.ledger();
    if (!r || r->feeSeq <= 0 || !ledger)
        return;
    const qint64 feeSeq = r->feeSeq;
    const auto reason = InputPrompt::reason(
        this, tr("Ask for a void"), tr("Why should this fee be voided? A supervisor decides."));
    if (!reason)
        return;
    const auto asked = ledger->requestVoid(m_runtime.session(), feeSeq, *reason);
    if (!asked) {
        m_error->setText(asked.error().userMessage());
        m_error->show();
        return;
    }
    m_error->hide();
    m_printed->setText(tr("Void requested; a supervisor has to approve it."));
}

void FollowUpPage::printAnswer()
{
    const FollowUpRecord* r = current();
    if (!r)
        return;
    auto answer = AnswerDocument::forRequest(*r, m_runtime.catalogue());
    if (!answer)
        return;
    AnswerDocument::stamp(*answer, m_runtime, QDateTime::currentMSecsSinceEpoch());
    const auto document = AnswerDocument::printable(
        *answer, UiLanguage::isPersian() ? AnswerDocument::Language::Persian
                                         : AnswerDocument::Language::English);
    if (!document) {
        m_error->setText(document.error().userMessage());
        m_error->show();
        return;
    }
    emit printRequested(*document);
}

void FollowUpPage::verifyAnswer(const QString& trackingCode, const QString& answerHash)
{
    if (m_verifying != 0)
        m_runtime.api().cancel(m_verifying);
    m_verdict->setText(tr("Checking the answer with the municipality…"));
    QPointer<FollowUpPage> self(this);
    m_verifying =
        m_runtime.api().verifyAnswer(trackingCode, answerHash, [self](ApiReply<QJsonObject> reply) {
            if (!self)
                return;
            self->m_verifying = 0;
            if (!reply.ok()) {
                self->m_verdict->setText(tr("The answer could not be checked with the "
                                            "municipality: %1")
                                             .arg(DisplayFormat::apiMessage(reply.error())));
                return;
            }
            self->m_verdict->setText(reply.value().value(u"genuine"_s).toBool()
                                         ? tr("The municipality confirms this answer is genuine.")
                                         : tr("The municipality does not confirm this answer."));
        });
}

} // namespace pishkhan::ui
