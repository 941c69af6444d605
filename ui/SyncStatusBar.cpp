#include "SyncStatusBar.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "core/SolarHijri.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

SyncStatusBar::SyncStatusBar(DeskRuntime& runtime, QWidget* parent)
    : QStatusBar(parent)
    , m_runtime(runtime)
    , m_link(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_lastSync(new QLabel(this))
{
    m_link->setObjectName(u"statusLink"_s);
    m_queue->setObjectName(u"statusQueue"_s);
    m_attention->setObjectName(u"statusAttention"_s);
    m_lastSync->setObjectName(u"statusLastSync"_s);
    addWidget(m_link);
    addWidget(m_queue);
    addWidget(m_attention);
    addPermanentWidget(m_lastSync);
    setSizeGripEnabled(false);
    showSnapshot(SyncSnapshot{});
}

void SyncStatusBar::attach()
{
    if (SyncEngine* sync = m_runtime.sync()) {
        connect(sync, &SyncEngine::stateChanged, this, &SyncStatusBar::showSnapshot);
        showSnapshot(sync->snapshot());
    }
}

void SyncStatusBar::showSnapshot(const SyncSnapshot& s)
{
    using C = SyncSnapshot::Connectivity;
    QString link;
    HintLabel::Kind kind = HintLabel::Kind::Idle;
    switch (s.connectivity) {
    case C::Stopped:
        link = tr("Not connected");
        break;
    case C::Unknown:
        link = tr("Connecting…");
        break;
    case C::Online:
        link = tr("Online");
        kind = HintLabel::Kind::Ok;
        break;
    case C::Syncing:
        link = tr("Syncing");
        kind = HintLabel::Kind::Busy;
        break;
    case C::Offline:
        link = tr("Offline");
        kind = HintLabel::Kind::Error;
        break;
    case C::NeedsActivation:
        link = tr("Activation needed");
        kind = HintLabel::Kind::Error;
        break;
    }
    m_link->setText(u"<b style=\"color:%1\">● %2</b>"_s.arg(HintLabel::colour(kind).name(), link));
    const QLocale locale;
    m_queue->setText(tr("Queue: %1").arg(DisplayFormat::count(s.queueDepth)));
    m_attention->setText(tr("Needs attention: %1").arg(DisplayFormat::count(s.needsAttention)));
    if (s.lastSuccessAt <= 0) {
        m_lastSync->setText(tr("Last sync: never"));
    } else {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.lastSuccessAt).toLocalTime();
        const QString time = UiLanguage::digits(at.time().toString(u"HH:mm"_s));
        const QString date = UiLanguage::isPersian()
                                 ? SolarHijri::formatDate(at.date())
                                 : locale.toString(at.date(), QLocale::ShortFormat);
        m_lastSync->setText(tr("Last sync: %1 %2").arg(date, time));
    }
}

} // namespace pishkhan::ui
