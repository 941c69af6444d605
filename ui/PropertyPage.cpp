#include "PropertyPage.h"

#include "DisplayFormat.h"
#include "FollowUpPage.h"
#include "HintLabel.h"
#include "counter/AnswerDocument.h"
#include "counter/DeskRuntime.h"
#include "counter/FollowUpSearchWorker.h"
#include "counter/PropertyInquiry.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QString metres(double m)
{
    return PropertyPage::tr("%1 m").arg(QLocale().toString(m, 'g', 6));
}

} // namespace

QString PropertyPage::planKindName(const QString& kind)
{
    if (kind == u"street_widening")
        return tr("Street widening");
    if (kind == u"metro")
        return tr("Metro");
    if (kind == u"brt")
        return tr("Bus rapid transit");
    if (kind == u"green_belt")
        return tr("Green belt");
    if (kind == u"green_space")
        return tr("Green space");
    if (kind == u"heritage")
        return tr("Heritage zone");
    if (kind == u"parking")
        return tr("Public parking");
    return kind;
}

QString PropertyPage::planStatusName(const QString& status)
{
    if (status == u"planned")
        return tr("Planned");
    if (status == u"under_review")
        return tr("Under review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"under_construction")
        return tr("Under construction");
    return status;
}

QString PropertyPage::permitTypeName(const QString& type)
{
    if (type == u"building_permit")
        return tr("Building permit");
    if (type == u"structural_completion")
        return tr("Structural completion");
    if (type == u"completion_certificate")
        return tr("Completion certificate");
    return type;
}

QString PropertyPage::permitStatusName(const QString& status)
{
    if (status == u"issued")
        return tr("Issued");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"expired")
        return tr("Expired");
    if (status == u"suspended")
        return tr("Suspended");
    if (status == u"revoked")
        return tr("Revoked");
    return status;
}

QString PropertyPage::landUseName(const QString& use)
{
    if (use == u"residential")
        return tr("Residential");
    if (use == u"commercial")
        return tr("Commercial");
    if (use == u"mixed")
        return tr("Mixed use");
    if (use == u"office")
        return tr("Office");
    return use;
}

PropertyPage::PropertyPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_newInquiry(new QPushButton(tr("New property file for a citizen (Ctrl+N)"), this))
    , m_requests(new QTableWidget(this))
    , m_error(DisplayFormat::hint(this))
    , m_height(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_plans(new QTableWidget(this))
    , m_permits(new QTableWidget(this))
    , m_print(new QPushButton(tr("Print property file"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(u"propertyPage"_s);
    auto* title = new QLabel(tr("Property file"), this);
    title->setObjectName(u"propertyTitle"_s);
    DisplayFormat::makeTitle(title);
    auto* about = new QLabel(tr("A property file is an inquiry like the others: the citizen's "
                                "one-time code, the fee and a receipt. Answers arrive here."),
                             this);
    about->setObjectName(u"propertyAbout"_s);
    about->setWordWrap(true);
    m_newInquiry->setObjectName(u"propertyNewInquiry"_s);
    m_newInquiry->setAutoDefault(false);
    m_requests->setObjectName(u"propertyRequests"_s);
    DisplayFormat::setUpTable(
        m_requests, {tr("Time"), tr("Tracking code"), tr("Citizen"), tr("Property"), tr("State")});
    m_error->setObjectName(u"propertyError"_s);
    m_error->hide();
    m_height->setObjectName(u"propertyHeight"_s);
    DisplayFormat::makeTitle(m_height);
    m_summary->setObjectName(u"propertySummary"_s);
    m_summary->setWordWrap(true);
    m_plans->setObjectName(u"propertyPlans"_s);
    m_permits->setObjectName(u"propertyPermits"_s);
    DisplayFormat::setUpTable(m_plans, {tr("Plan"), tr("Kind"), tr("State"), tr("Distance")});
    DisplayFormat::setUpTable(m_permits, {tr("Number"), tr("Permit"), tr("Issued"), tr("State"),
                                          tr("Floors"), tr("Note")});
    m_print->setObjectName(u"propertyPrint"_s);
    m_print->setAutoDefault(false);
    m_print->setEnabled(false);
    // Training mode shares the height with the SMS panel: a few rows of each table stay in view.
    for (QTableWidget* table : {m_requests, m_plans, m_permits})
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                                3 * table->verticalHeader()->defaultSectionSize());

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newInquiry);
    actions->addStretch(1);
    actions->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(about);
    layout->addLayout(actions);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_height);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Plans around the property"), this));
    layout->addWidget(m_plans, 1);
    layout->addWidget(new QLabel(tr("Permits and certificates"), this));
    layout->addWidget(m_permits, 1);

    connect(m_newInquiry, &QPushButton::clicked, this, &PropertyPage::inquiryRequested);
    auto* newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &PropertyPage::inquiryRequested);
    connect(m_requests, &QTableWidget::currentCellChanged, this,
            [this](int row) { showRequest(row); });
    connect(m_print, &QPushButton::clicked, this, &PropertyPage::printFile);
    // Answers arrive through the sync engine's polls while the page is open.
    m_refresh->setInterval(5000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
}

void PropertyPage::startOver()
{
    m_shown.reset();
    showError({});
    m_focusOnLoad = true;
    reload();
    m_refresh->start();
}

void PropertyPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool PropertyPage::isLoading() const
{
    return m_worker && m_worker->isBusy();
}

FollowUpSearchWorker* PropertyPage::worker()
{
    if (m_worker || m_noWorker)
        return m_worker;
    const auto key = m_runtime.readStoreKey();
    if (!key) {
        m_noWorker = true;
        return nullptr;
    }
    m_worker = new FollowUpSearchWorker(m_runtime.database().path(), *key, this);
    connect(m_worker, &FollowUpSearchWorker::recordsReady, this,
            [this](quint64 ticket, const QList<FollowUpRecord>& records) {
                if (ticket == m_ticket)
                    showRecords(records);
            });
    connect(m_worker, &FollowUpSearchWorker::failed, this,
            [this](quint64 ticket, const Error& error) {
                if (ticket == m_ticket)
                    showError(error.userMessage());
            });
    return m_worker;
}

void PropertyPage::reload()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    // The page lists what this counter asked for; a short list, read through an index, off the
    // window's thread since it comes back every few seconds while the page is open.
    constexpr int kShown = 50;
    if (FollowUpSearchWorker* w = worker()) {
        m_ticket = w->propertyInquiries(kShown);
        return;
    }
    // Without the store key (no keychain) the list is read here, as short all the same.
    auto records = PropertyInquiry::recent(m_runtime.database(), ledger->store(), kShown);
    if (!records) {
        showError(records.error().userMessage());
        return;
    }
    showRecords(std::move(*records));
}

void PropertyPage::showRecords(QList<FollowUpRecord> records)
{
    const QString shownId = m_shown ? m_shown->request.requestId : QString();
    m_records = std::move(records);
    const QSignalBlocker block(m_requests);
    m_requests->setRowCount(int(m_records.size()));
    int current = m_records.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_records.size(); ++row) {
        const FollowUpRecord& r = m_records[row];
        if (r.request.requestId == shownId)
            current = row;
        const QJsonObject payload = QJsonDocument::fromJson(r.request.payload.toUtf8()).object();
        const QString property =
            PropertyInquiry::propertyNamed(payload.value(u"fields"_s).toObject());
        const QString state = r.progress ? FollowUpPage::statusName(r.progress->status)
                                         : FollowUpPage::stateName(r.request.state);
        m_requests->setItem(row, 0,
                            DisplayFormat::cell(DisplayFormat::moment(r.request.createdAt)));
        m_requests->setItem(row, 1, DisplayFormat::cell(UiLanguage::code(r.request.trackingCode)));
        m_requests->setItem(row, 2, DisplayFormat::cell(UiLanguage::code(r.maskedNationalCode())));
        m_requests->setItem(row, 3, DisplayFormat::cell(UiLanguage::code(property)));
        m_requests->setItem(row, 4, DisplayFormat::cell(state));
    }
    m_requests->setCurrentCell(current, 0);
    showRequest(current);
    if (m_focusOnLoad) {
        m_focusOnLoad = false;
        QWidget* focus = m_records.isEmpty() ? static_cast<QWidget*>(m_newInquiry) : m_requests;
        QTimer::singleShot(0, focus, [focus] {
            if (focus->isVisible())
                focus->setFocus(Qt::OtherFocusReason);
        });
    }
}

void PropertyPage::clearFile()
{
    m_file.reset();
    m_print->setEnabled(false);
    m_height->clear();
    m_summary->clear();
    m_plans->setRowCount(0);
    m_permits->setRowCount(0);
}

void PropertyPage::showRequest(int row)
{
    if (row < 0 || row >= m_records.size()) {
        m_shown.reset();
        clearFile();
        showError({});
        return;
    }
    const FollowUpRecord& record = m_records[row];
    const bool same =
        m_shown && m_shown->request.requestId == record.request.requestId && m_file.has_value();
    m_shown = record;
    if (same)
        return;
    const auto file = PropertyInquiry::fileOf(record);
    if (!file) {
        clearFile();
        showError(file.error().userMessage());
        return;
    }
    showError({});
    showFile(*file);
}

void PropertyPage::printFile()
{
    if (!m_file || !m_shown)
        return;
    auto input = AnswerDocument::forRequest(*m_shown, m_runtime.catalogue());
    if (!input)
        return;
    AnswerDocument::stamp(*input, m_runtime, QDateTime::currentMSecsSinceEpoch());
    const auto document = AnswerDocument::printable(
        *input, UiLanguage::isPersian() ? AnswerDocument::Language::Persian
                                        : AnswerDocument::Language::English);
    if (!document) {
        showError(document.error().userMessage());
        return;
    }
    emit printRequested(*document);
}

void PropertyPage::showFile(const PropertyFile& f)
{
    m_file = f;
    m_print->setEnabled(true);
    const QLocale locale;
    m_height->setText(tr("Permitted height %1, %2 floors")
                          .arg(metres(f.permittedHeightM), locale.toString(f.permittedFloors)));
    QStringList lines;
    lines << tr("Renovation code: %1").arg(UiLanguage::code(f.renovationCode));
    if (f.plateMain > 0)
        // Plate numbers are identifiers: no thousands separator.
        lines << tr("Registered plate: section %1, main %2, sub %3")
                     .arg(UiLanguage::digits(QString::number(f.plateSection)),
                          UiLanguage::digits(QString::number(f.plateMain)),
                          UiLanguage::digits(QString::number(f.plateSub)));
    lines << tr("District %1 — %2")
                 .arg(locale.toString(f.district), UiLanguage::pick(f.addressFa, f.addressEn));
    lines << tr("Land use: %1, land area %2 m², density %3%")
                 .arg(landUseName(f.landUse), locale.toString(f.landAreaM2, 'g', 8),
                      locale.toString(f.densityPercent));
    if (f.setbackM > 0)
        lines << tr("Setback: %1").arg(metres(f.setbackM));
    lines << (f.levyDebt.isZero() ? tr("No levy debt")
                                  : tr("Levy debt: %1").arg(DisplayFormat::money(f.levyDebt)));
    if (f.sampleData)
        lines << tr("Sample data (training)");
    m_summary->setText(lines.join(u'\n'));

    m_plans->setRowCount(int(f.plans.size()));
    for (int row = 0; row < f.plans.size(); ++row) {
        const PropertyPlan& p = f.plans[row];
        m_plans->setItem(row, 0, DisplayFormat::cell(UiLanguage::pick(p.titleFa, p.titleEn)));
        m_plans->setItem(row, 1, DisplayFormat::cell(planKindName(p.kind)));
        m_plans->setItem(row, 2, DisplayFormat::cell(planStatusName(p.status)));
        m_plans->setItem(row, 3, DisplayFormat::cell(metres(p.distanceM), true));
    }
    m_permits->setRowCount(int(f.permits.size()));
    for (int row = 0; row < f.permits.size(); ++row) {
        const PropertyPermit& p = f.permits[row];
        m_permits->setItem(row, 0, DisplayFormat::cell(UiLanguage::code(p.number)));
        m_permits->setItem(row, 1, DisplayFormat::cell(permitTypeName(p.type)));
        m_permits->setItem(row, 2, DisplayFormat::cell(DisplayFormat::day(p.issuedOn)));
        m_permits->setItem(row, 3, DisplayFormat::cell(permitStatusName(p.status)));
        m_permits->setItem(
            row, 4,
            DisplayFormat::cell(p.floors > 0 ? locale.toString(p.floors) : QString(), true));
        m_permits->setItem(row, 5, DisplayFormat::cell(UiLanguage::pick(p.noteFa, p.noteEn)));
    }
}

} // namespace pishkhan::ui
