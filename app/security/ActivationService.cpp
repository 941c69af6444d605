#include "ActivationService.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "DeviceIdentity.h"
#include "Session.h"
#include "SettingsStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const QString kDeviceId = u"device.id"_s;
const QString kOffice = u"device.office_code"_s;
const QString kOfficeName = u"device.office_name_fa"_s;
const QString kCounter = u"device.counter"_s;
const QString kServerKeyId = u"device.server_key_id"_s;
const QString kActivatedAt = u"device.activated_at"_s;
const QString kPublicKey = u"device.public_key"_s;

// Runs `done` on the next event-loop turn so callers see one behaviour (never re-entrant).
void later(const ActivationService::Done& done, Status status)
{
    QTimer::singleShot(0, [done, status] { done(status); });
}

} // namespace

ActivationService::ActivationService(DeviceIdentity& identity, SettingsStore& settings,
                                     AuditLog& audit, ActivationTransport& transport)
    : m_identity(identity)
    , m_settings(settings)
    , m_audit(audit)
    , m_transport(transport)
{}

QString ActivationService::storeDeviceIdKey()
{
    return kDeviceId;
}

bool ActivationService::isActivated() const
{
    return m_identity.isActivated() && !deviceId().isEmpty();
}

QString ActivationService::deviceId() const
{
    return m_settings.value(kDeviceId, QString()).valueOr(QString());
}

void ActivationService::activate(const Session& actor, const QString& officeCode,
                                 const QString& activationCode, const QString& deviceLabel,
                                 Done done)
{
    if (Status s = Authorizer::require(actor, Permission::ActivateDevice); !s)
        return later(done, s);
    if (isActivated())
        return later(done, Error(u"device.already_activated"_s,
                                 QT_TRANSLATE_NOOP("Error", "This counter is already activated; "
                                                            "deactivate it first."),
                                 u"device "_s + deviceId()));
    if (officeCode.trimmed().isEmpty() || activationCode.trimmed().isEmpty())
        return later(done, Error(u"device.activation_input"_s,
                                 QT_TRANSLATE_NOOP("Error", "Enter the office code and the "
                                                            "activation code.")));
    Result<QString> publicKey = m_identity.generatePending();
    if (!publicKey)
        return later(done, publicKey.error());

    ActivationRequest request{officeCode.trimmed(), activationCode.trimmed(), *publicKey,
                              actor.username, deviceLabel};
    const Session who = actor;
    const QString publicKeyB64 = *publicKey;
    m_transport.activate(request, [this, who, publicKeyB64, done](Result<ActivationAnswer> answer) {
        if (!answer) {
            m_identity.discardPending();
            done(answer.error());
            return;
        }
        if (Status s = m_identity.commitPending(answer->token); !s) {
            done(s);
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Status s = m_settings.setUnchecked(kDeviceId, answer->deviceId, who.accountId);
        if (s)
            s = m_settings.setUnchecked(kOffice, answer->officeCode, who.accountId);
        if (s)
            s = m_settings.setUnchecked(kOfficeName, answer->officeNameFa, who.accountId);
        if (s)
            s = m_settings.setUnchecked(kCounter, QString::number(answer->counter), who.accountId);
        if (s)
            s = m_settings.setUnchecked(kServerKeyId, answer->serverKeyId, who.accountId);
        if (s)
            s = m_settings.setUnchecked(kPublicKey, publicKeyB64, who.accountId);
        if (s)
            s = m_settings.setUnchecked(kActivatedAt, QString::number(now), who.accountId);
        if (!s) {
            (void)m_identity.wipe();
            done(s);
            return;
        }
        // The token and the activation code are deliberately not in the event.
        const QJsonObject detail{{u"device_id"_s, answer->deviceId},
                                 {u"office_code"_s, answer->officeCode},
                                 {u"counter"_s, answer->counter}};
        Result<AuditEvent> r =
            m_audit.record(AuditKind::Activation, who, answer->deviceId,
                           QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        done(r ? Status() : Status(r.error()));
    });
}

Status ActivationService::deactivate(const Session& actor)
{
    if (Status s = Authorizer::require(actor, Permission::ActivateDevice); !s)
        return s;
    const QString id = deviceId();
    if (Status s = m_identity.wipe(); !s)
        return s;
    for (const QString& key :
         {kDeviceId, kOffice, kOfficeName, kCounter, kServerKeyId, kActivatedAt, kPublicKey}) {
        if (Status s = m_settings.removeUnchecked(key); !s)
            return s;
    }
    Result<AuditEvent> r = m_audit.record(AuditKind::Deactivation, actor, id);
    if (!r)
        return r.error();
    return {};
}

} // namespace pishkhan
