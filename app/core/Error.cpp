#include "Error.h"

#include <QCoreApplication>

namespace pishkhan {

Error::Error(QString code, const char* userText, QString detail, int nativeCode)
    : m_code(std::move(code))
    , m_userText(userText ? userText : "")
    , m_detail(std::move(detail))
    , m_nativeCode(nativeCode)
{}

QString Error::message() const
{
    QString text = QString::fromUtf8(m_userText);
    if (!m_detail.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" (")) + m_detail +
                (text.isEmpty() ? QString() : QStringLiteral(")"));
    return text;
}

QString Error::userMessage() const
{
    return QCoreApplication::translate("Error", m_userText);
}

Error& Error::prefixDetail(const QString& context)
{
    m_detail = m_detail.isEmpty() ? context : context + QStringLiteral(": ") + m_detail;
    return *this;
}

Error& Error::forField(const QString& name)
{
    m_field = name;
    return *this;
}

Error& Error::retryAfter(int seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

} // namespace pishkhan
