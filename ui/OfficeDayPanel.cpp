#include "OfficeDayPanel.h"

#include "DisplayFormat.h"
#include "core/SolarHijri.h"
#include "counter/DeskRuntime.h"
#include "counter/OfficeDayView.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QString stateName(OfficeDayRow::State state)
{
    switch (state) {
    case OfficeDayRow::State::Uploaded:
        return OfficeDayPanel::tr("Closed, at the municipality");
    case OfficeDayRow::State::NotUploaded:
        return OfficeDayPanel::tr("Closed, not uploaded yet");
    case OfficeDayRow::State::Open:
        return OfficeDayPanel::tr("Open");
    }
    return {};
}

} // namespace

OfficeDayPanel::OfficeDayPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_date(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_total(new QLabel(this))
{
    setObjectName(u"officeDayPanel"_s);
    m_date->setObjectName(u"officeDate"_s);
    m_state->setObjectName(u"officeState"_s);
    m_state->setWordWrap(true);
    m_table->setObjectName(u"officeCounters"_s);
    m_total->setObjectName(u"officeTotal"_s);
    m_total->setWordWrap(true);
    DisplayFormat::keepLeftToRight(m_date);
    m_date->setPlaceholderText(tr("yyyy/mm/dd (Solar Hijri)"));
    DisplayFormat::setUpTable(m_table, {tr("Counter"), tr("State"), tr("Fees"), tr("Amount"),
                                        tr("Voids"), tr("Net"), tr("Received")});
    auto* form = new QFormLayout;
    form->addRow(tr("Business day"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    connect(m_date, &QLineEdit::returnPressed, this, [this] {
        const auto day = SolarHijri::parse(m_date->text());
        if (!day) {
            m_state->setText(day.error().userMessage());
            return;
        }
        load(*day);
    });
}

void OfficeDayPanel::setLocalClose(const DayClose& close)
{
    m_localClose = close;
}

void OfficeDayPanel::refresh()
{
    if (!m_runtime.ledger())
        return;
    QDate day;
    if (const auto parsed = SolarHijri::parse(m_date->text()))
        day = *parsed;
    if (!day.isValid()) {
        // Today on the office's clock (each counter closes the same calendar day).
        day = SolarHijri::businessDay(QDateTime::currentMSecsSinceEpoch(),
                                      SolarHijri::officeTimeZone());
        m_date->setText(SolarHijri::formatDate(day, SolarHijri::Digits::Latin));
    }
    load(day);
}

void OfficeDayPanel::load(QDate day)
{
    ApiClient& api = m_runtime.api();
    if (m_pending != 0)
        api.cancel(m_pending);
    m_state->setText(tr("Asking the municipality for the other counters…"));
    QPointer<OfficeDayPanel> self(this);
    m_pending =
        api.officeDayCloses(day.toString(Qt::ISODate), [self, day](ApiReply<QJsonObject> reply) {
            if (!self)
                return;
            self->m_pending = 0;
            if (reply.ok())
                self->showTable(reply.value(), day, {});
            else
                self->showTable({}, day, DisplayFormat::apiMessage(reply.error()));
        });
}

void OfficeDayPanel::showTable(const QJsonObject& backend, QDate day, const QString& problem)
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    LocalCounterDay local;
    const DeskSettings& s = m_runtime.settings();
    local.deviceId = s.deviceId;
    local.counter = qMax(1, s.counter);
    local.label = tr("This counter");
    if (m_localClose && m_localClose->businessDay == day) {
        local.close = m_localClose;
        local.sealed = true;
    } else if (auto preview = ledger->previewClose(m_runtime.session(), day)) {
        local.close = *preview;
    }
    const auto table = OfficeDayView::build(backend, local, day);
    if (!table) {
        m_state->setText(table.error().userMessage());
        return;
    }
    fill(*table);
    if (!problem.isEmpty())
        m_state->setText(
            tr("The municipality could not be reached (%1); this counter only.").arg(problem));
}

void OfficeDayPanel::fill(const OfficeDayTable& t)
{
    m_state->setText(tr("Business day %1: %2 of %3 counters closed at the municipality.")
                         .arg(DisplayFormat::day(t.day), DisplayFormat::count(t.uploadedCount),
                              DisplayFormat::count(t.rows.size())));
    m_table->setRowCount(int(t.rows.size()));
    for (int row = 0; row < t.rows.size(); ++row) {
        const OfficeDayRow& r = t.rows[row];
        const QString name = r.label.isEmpty()
                                 ? DisplayFormat::count(r.counter)
                                 : tr("%1 (%2)").arg(DisplayFormat::count(r.counter), r.label);
        m_table->setItem(row, 0, DisplayFormat::cell(name));
        m_table->setItem(row, 1, DisplayFormat::cell(stateName(r.state)));
        const auto figure = [&](const QString& text) {
            return DisplayFormat::cell(r.hasFigures ? text : u"—"_s, true);
        };
        m_table->setItem(row, 2, figure(DisplayFormat::count(r.totals.feeCount)));
        m_table->setItem(row, 3, figure(DisplayFormat::money(r.totals.feeAmount)));
        m_table->setItem(row, 4, figure(DisplayFormat::count(r.totals.voidCount)));
        m_table->setItem(row, 5, figure(DisplayFormat::money(r.totals.net())));
        const QDateTime received = QDateTime::fromString(r.receivedAt, Qt::ISODate);
        m_table->setItem(row, 6,
                         DisplayFormat::cell(received.isValid() ? DisplayFormat::moment(
                                                                      received.toMSecsSinceEpoch())
                                                                : QString()));
    }
    m_total->setText(tr("Office total: %1 fees, net %2")
                         .arg(DisplayFormat::count(t.grandTotal.feeCount),
                              DisplayFormat::money(t.grandTotal.net())));
}

} // namespace pishkhan::ui
