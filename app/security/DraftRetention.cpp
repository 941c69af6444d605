#include "DraftRetention.h"

#include "SettingsStore.h"

using namespace Qt::StringLiterals;

namespace pishkhan {

DraftRetention::DraftRetention(SettingsStore& settings)
    : m_settings(settings)
{}

Status DraftRetention::check(int days)
{
    if (days < 1 || days > kMaxDays)
        return Error(u"drafts.retention_range"_s,
                     QT_TRANSLATE_NOOP("Error", "Drafts are kept for 1 to 90 days."),
                     QString::number(days));
    return {};
}

Result<int> DraftRetention::days()
{
    Result<std::optional<QString>> stored = m_settings.value(QString::fromLatin1(kSettingKey));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int value = stored->value_or(QString()).toInt(&ok);
    // A value edited out of range in the store must not purge every draft at once.
    return ok && check(value) ? value : kDefaultDays;
}

Status DraftRetention::set(const Session& actor, int days)
{
    if (Status ok = check(days); !ok)
        return ok;
    return m_settings.set(actor, QString::fromLatin1(kSettingKey), QString::number(days));
}

} // namespace pishkhan
