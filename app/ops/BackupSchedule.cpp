#include "BackupSchedule.h"

#include "core/SolarHijri.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kFutureToleranceMs = 60 * 60 * 1000;

} // namespace

BackupSchedule::BackupSchedule(int hourOfDay, QTimeZone zone)
    : m_hourOfDay(std::clamp(hourOfDay, 0, 23))
    , m_zone(zone.isValid() ? std::move(zone) : SolarHijri::officeTimeZone())
{}

bool BackupSchedule::isDue(std::optional<qint64> lastBackupMs, qint64 nowMs) const
{
    if (!lastBackupMs)
        return true;
    if (*lastBackupMs > nowMs + kFutureToleranceMs)
        return true;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, m_zone);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(*lastBackupMs, m_zone);
    return last.date() < now.date() && now.time().hour() >= m_hourOfDay;
}

QList<BackupSchedule::BackupFile> BackupSchedule::list(const QString& folder, bool training)
{
    static const QRegularExpression pattern(
        u"^(pishkhan|training)-backup-(\\d{8}T\\d{6}Z)(-\\d+)?\\.db$"_s);
    QList<BackupFile> out;
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch() || (match.captured(1) == u"training"_s) != training)
            continue;
        QDateTime at = QDateTime::fromString(match.captured(2), u"yyyyMMdd'T'HHmmss'Z'"_s);
        at.setTimeZone(QTimeZone::utc());
        if (!at.isValid())
            continue;
        out += BackupFile{QDir(folder).filePath(name), at.toMSecsSinceEpoch()};
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return out;
}

std::optional<qint64> BackupSchedule::lastBackupAt(const QString& folder, bool training)
{
    const QList<BackupFile> files = list(folder, training);
    if (files.isEmpty())
        return std::nullopt;
    return files.first().takenAt;
}

Result<QStringList> BackupSchedule::prune(const QString& folder, int keep, bool training)
{
    const QList<BackupFile> files = list(folder, training);
    QStringList removed;
    for (qsizetype i = std::max(1, keep); i < files.size(); ++i) {
        const QString& path = files[i].path;
        if (!QFile::remove(path))
            return Error(u"backup.prune"_s,
                         QT_TRANSLATE_NOOP("Error", "An old backup could not be removed."), path);
        QFile::remove(path.chopped(3) + u".json"_s);
        removed += path;
    }
    return removed;
}

} // namespace pishkhan
