#include "SmsLogPanel.h"

#include "counter/UiLanguage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

SmsLogPanel::SmsLogPanel(QString path, QWidget* parent)
    : QDockWidget(parent)
    , m_path(std::move(path))
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
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() == m_size)
        return;
    m_size = info.size();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QStringList lines;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray& line : raw) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        const QString text = o.value(u"text"_s).toString();
        const QString to = o.value(u"to"_s).toString();
        lines.prepend(UiLanguage::code(to) + u"\n"_s + text + u"\n"_s);
        m_last = text;
    }
    // Newest first and only a few: the panel is a phone screen, not an archive.
    while (lines.size() > 5)
        lines.removeLast();
    m_view->setPlainText(lines.join(u'\n'));
}

} // namespace pishkhan::ui
