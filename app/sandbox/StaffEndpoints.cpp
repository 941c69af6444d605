#include "StaffEndpoints.h"

#include "Clock.h"
#include "Problem.h"
#include "ReplaySeal.h"
#include "SandboxStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSaveFile>

namespace pishkhan::sandbox {

namespace {

constexpr int kMaxChanges = 500;

ApiResponse invalid(const QString& detail, const QString& field)
{
    return ApiResponse::problem(
        Problem(QStringLiteral("staff-invalid"), detail, QStringLiteral("/") + field));
}

bool isPersianLetter(char16_t u)
{
    return (u >= u'\u0621' && u <= u'\u063A') || (u >= u'\u0641' && u <= u'\u0648') ||
           u == u'\u067E' || u == u'\u0686' || u == u'\u0698' || u == u'\u06A9' || u == u'\u06AF' ||
           u == u'\u06CC';
}

} // namespace

bool StaffEndpoints::isUsername(const QString& name, bool allowUpperCase)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                        u == u'_' || u == u'-' || u == u'@' || isPersianLetter(u) ||
                        (allowUpperCase && u >= u'A' && u <= u'Z');
        if (!ok)
            return false;
    }
    return true;
}

Result<QByteArray> StaffEndpoints::loadOrCreateKey(const QString& dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("staff.key"));
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("sandbox.staff_key"), "The staff key cannot be read", path);
        const QByteArray key = existing.readAll();
        if (key.size() != 32)
            return Error(QStringLiteral("sandbox.staff_key"), "The staff key is damaged", path);
        return key;
    }
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key) != key.size() || !file.commit())
        return Error(QStringLiteral("sandbox.staff_key"), "The staff key cannot be written", path);
    return key;
}

ApiResponse StaffEndpoints::push(const ApiCall& call)
{
    const QJsonObject& body = call.body;
    const QString username = body.value(QStringLiteral("username")).toString();
    const QString displayName = body.value(QStringLiteral("display_name")).toString();
    const QString role = body.value(QStringLiteral("role")).toString();
    const QString verifier = body.value(QStringLiteral("verifier")).toString();
    if (!isUsername(username))
        return invalid(QStringLiteral("username not in the stored form"),
                       QStringLiteral("username"));
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return invalid(QStringLiteral("display_name 1-100 characters"),
                       QStringLiteral("display_name"));
    if (role != QStringLiteral("clerk") && role != QStringLiteral("supervisor") &&
        role != QStringLiteral("admin"))
        return invalid(QStringLiteral("role: clerk, supervisor or admin"), QStringLiteral("role"));
    // A verifier, never a password: the PasswordHasher form with its salt and hash.
    if (!verifier.startsWith(QStringLiteral("pbkdf2-sha256$")) ||
        verifier.count(QLatin1Char('$')) != 3 || verifier.size() > 300)
        return invalid(QStringLiteral("verifier: pbkdf2-sha256$iterations$salt$hash"),
                       QStringLiteral("verifier"));
    for (const char* flag : {"active", "must_change_password", "create"})
        if (!body.value(QLatin1StringView(flag)).isBool())
            return invalid(QStringLiteral("must be true or false"), QString::fromLatin1(flag));
    const bool active = body.value(QStringLiteral("active")).toBool();
    const bool create = body.value(QStringLiteral("create")).toBool();
    const QString office = call.device.officeCode;

    auto existing = m_context.store.staffMember(office, username);
    if (!existing)
        return ApiResponse::internal();
    if (create && *existing)
        return ApiResponse::problem(Problem(QStringLiteral("staff-exists"), username)
                                        .with(QStringLiteral("revision"), (*existing)->revision));
    // The office keeps an active administrator, whatever order the counters' changes come in.
    if (*existing && (*existing)->role == QStringLiteral("admin") && (*existing)->active &&
        !(role == QStringLiteral("admin") && active)) {
        auto admins = m_context.store.activeAdmins(office);
        if (!admins)
            return ApiResponse::internal();
        if (*admins <= 1)
            return ApiResponse::problem(Problem(QStringLiteral("staff-last-admin"), username));
    }
    auto latest = m_context.store.latestStaffRevision(office);
    if (!latest)
        return ApiResponse::internal();

    StaffMemberRecord member;
    member.officeCode = office;
    member.username = username;
    member.displayName = displayName.trimmed();
    member.role = role;
    member.active = active;
    member.sealedVerifier = ReplaySeal::seal(m_context.staffKey, verifier.toUtf8());
    member.mustChangePassword = body.value(QStringLiteral("must_change_password")).toBool();
    member.revision = *latest + 1;
    member.updatedAt = call.now;
    member.updatedByDevice = call.device.id;
    member.updatedByClerk = call.clerkId;
    if (!m_context.store.saveStaffMember(member))
        return ApiResponse::internal();
    return ApiResponse::json(200, {{QStringLiteral("username"), username},
                                   {QStringLiteral("revision"), member.revision},
                                   {QStringLiteral("updated_at"), Clock::toRfc3339(call.now)}});
}

ApiResponse StaffEndpoints::changes(const ApiCall& call)
{
    const QString sinceText = call.request.query.queryItemValue(QStringLiteral("since"));
    bool ok = true;
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return ApiResponse::problem(Problem(QStringLiteral("query-invalid"),
                                            QStringLiteral("since must be a revision (>= 0)")));
    const QString office = call.device.officeCode;
    auto latest = m_context.store.latestStaffRevision(office);
    auto members = m_context.store.staffSince(office, since, kMaxChanges + 1);
    if (!latest || !members)
        return ApiResponse::internal();
    const bool more = members->size() > kMaxChanges;
    if (more)
        members->resize(kMaxChanges);
    QJsonArray changes;
    for (const StaffMemberRecord& m : *members) {
        const auto verifier = ReplaySeal::open(m_context.staffKey, m.sealedVerifier);
        if (!verifier)
            return ApiResponse::internal();
        changes.append(QJsonObject{{QStringLiteral("username"), m.username},
                                   {QStringLiteral("display_name"), m.displayName},
                                   {QStringLiteral("role"), m.role},
                                   {QStringLiteral("active"), m.active},
                                   {QStringLiteral("verifier"), QString::fromUtf8(*verifier)},
                                   {QStringLiteral("must_change_password"), m.mustChangePassword},
                                   {QStringLiteral("revision"), m.revision},
                                   {QStringLiteral("updated_at"), Clock::toRfc3339(m.updatedAt)},
                                   {QStringLiteral("updated_by_clerk"), m.updatedByClerk}});
    }
    return ApiResponse::json(200, {{QStringLiteral("office_code"), office},
                                   {QStringLiteral("revision"), *latest},
                                   {QStringLiteral("changes"), changes},
                                   {QStringLiteral("more"), more}});
}

} // namespace pishkhan::sandbox
