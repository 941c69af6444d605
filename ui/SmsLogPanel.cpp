#include "SmsLogPanel.h"

#include "core/DigitMask.h"
#include "counter/UiLanguage.h"

#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

SmsLogPanel::SmsLogPanel(Source source, QWidget* parent)
    : QDockWidget(parent)
    , m_source(std::move(source))
    , m_view(new QPlainTextEdit(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"smsLogPanel"_s);
    setWindowTitle(tr("Training: citizen's text messages"));
    m_view->setObjectName(u"smsLogView"_s);
    m_view->setReadOnly(true);
    m_view->setFocusPolicy(Qt::ClickFocus); // not in the serve journey's tab order
    setWidget(m_view);
    m_view->setMaximumHeight(140);
    setFeatures(QDockWidget::DockWidgetMovable);
    connect(m_timer, &QTimer::timeout, this, &SmsLogPanel::refresh);
    m_timer->start(500);
    refresh();
}

void SmsLogPanel::refresh()
{
    const QJsonArray messages = m_source ? m_source() : QJsonArray();
    if (messages == m_shown)
        return;
    m_shown = messages;
    QStringList lines;
    for (const QJsonValue& message : messages) {
        const QJsonObject o = message.toObject();
        if (o.isEmpty())
            continue;
        const QString text = o.value(u"text"_s).toString();
        const QString to = o.value(u"to"_s).toString();
        // Even the training phone shows no more of a mobile number than any other screen.
        lines.prepend(UiLanguage::code(DigitMask::mask(to)) + u"\n"_s + text + u"\n"_s);
        m_last = text;
    }
    // Newest first and only a few: the panel is a phone screen, not an archive.
    while (lines.size() > 5)
        lines.removeLast();
    m_view->setPlainText(lines.join(u'\n'));
}

} // namespace pishkhan::ui
