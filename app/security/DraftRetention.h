#pragma once

#include "core/Result.h"

namespace pishkhan {

class SettingsStore;
struct Session;

// How long serve drafts are kept (setting "drafts.retention_days", 1–90, default 14). A draft
// holds a citizen's national code and mobile as typed and no consent: the office decides how
// long such half-done work may wait, and the daily retention run (RetentionSchedule) deletes
// drafts last saved before that.
class DraftRetention
{
public:
    static constexpr int kDefaultDays = 14;
    static constexpr int kMaxDays = 90;
    static constexpr const char* kSettingKey = "drafts.retention_days";

    explicit DraftRetention(SettingsStore& settings);

    // drafts.retention_range when days is outside 1–kMaxDays.
    [[nodiscard]] static Status check(int days);
    // The period in force: the setting when it is a number in range, else kDefaultDays.
    [[nodiscard]] Result<int> days();
    // Needs Permission::ChangeSettings; audited as every settings change.
    Status set(const Session& actor, int days);

private:
    SettingsStore& m_settings;
};

} // namespace pishkhan
