#include "DeviceEndpoints.h"

#include "Clock.h"
#include "Directory.h"
#include "Ed25519Signer.h"
#include "JsonFields.h"
#include "SandboxStore.h"
#include "Secrets.h"

#include <QRegularExpression>

namespace pishkhan::sandbox {

namespace {

QString normaliseActivationCode(const QString& code)
{
    // Codes are read off a letter or a phone call: ignore case, spaces and dashes.
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

} // namespace

Result<QString> DeviceEndpoints::issueActivationCode(const QString& officeCode)
{
    if (!m_context.directory.office(officeCode))
        return Error(QStringLiteral("sandbox.office_unknown"), "Unknown office code", officeCode);
    // 12 digits in groups of four: easy to read out, 40 bits is plenty for a one-time code
    // that also needs the office code and expires in a day.
    const QString code = Secrets::digits(12);
    const QString shown = code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.right(4);
    if (auto s = m_context.store.insertActivationCode(
            Secrets::sha256Hex(officeCode + u':' + code), officeCode,
            m_context.clock.nowMs() + m_context.limits.activationCodeTtlMs);
        !s)
        return s.error();
    return shown;
}

ApiResponse DeviceEndpoints::activate(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("office_code"), QStringLiteral("activation_code"),
                 QStringLiteral("device_public_key"), QStringLiteral("device_label")});
    const QString office = f.string(QStringLiteral("office_code"), true, 32);
    const QString code = f.string(QStringLiteral("activation_code"), true, 64);
    const QString keyText = f.string(QStringLiteral("device_public_key"), true, 100);
    const QString label = f.string(QStringLiteral("device_label"), false, 100);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    const QByteArray key = QByteArray::fromBase64(keyText.toLatin1());
    if (!Ed25519Signer::isValidPublicKey(key))
        return ApiResponse::problem(Problem(QStringLiteral("device-key-invalid"),
                                            QStringLiteral("expected base64 of 32 raw bytes"),
                                            QStringLiteral("/device_public_key")));
    const auto officeInfo = m_context.directory.office(office);
    auto consumed = m_context.store.consumeActivationCode(
        Secrets::sha256Hex(office + u':' + normaliseActivationCode(code)), office, call.now);
    if (!consumed)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    if (!officeInfo || !*consumed)
        return ApiResponse::problem(Problem(QStringLiteral("activation-code-invalid"), {},
                                            QStringLiteral("/activation_code")));
    auto counter = m_context.store.nextCounter(office);
    if (!counter)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    DeviceRecord device;
    device.id = QStringLiteral("dev_") + Secrets::uuid();
    device.officeCode = office;
    device.counter = *counter;
    device.label = label;
    device.publicKey = key;
    device.activatedAt = call.now;
    const QString token = Secrets::token(QStringLiteral("pk_live_"));
    if (!m_context.store.insertDevice(device, Secrets::sha256Hex(token)))
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    return ApiResponse::json(
        201,
        {{QStringLiteral("device_id"), device.id},
         {QStringLiteral("token"), token},
         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
         {QStringLiteral("counter"), device.counter},
         {QStringLiteral("office"),
          QJsonObject{{QStringLiteral("code"), office},
                      {QStringLiteral("name_fa"), officeInfo->value(QStringLiteral("name_fa"))},
                      {QStringLiteral("name_en"), officeInfo->value(QStringLiteral("name_en"))},
                      {QStringLiteral("district"), officeInfo->value(QStringLiteral("district"))}}},
         {QStringLiteral("activated_at"), Clock::toRfc3339(call.now)},
         {QStringLiteral("server_key_id"), m_context.signer.keyId()}});
}

ApiResponse DeviceEndpoints::current(const ApiCall& call)
{
    const auto office = m_context.directory.office(call.device.officeCode).value_or(QJsonObject());
    return ApiResponse::json(
        200,
        {{QStringLiteral("device_id"), call.device.id},
         {QStringLiteral("counter"), call.device.counter},
         {QStringLiteral("label"), call.device.label},
         {QStringLiteral("office"),
          QJsonObject{{QStringLiteral("code"), call.device.officeCode},
                      {QStringLiteral("name_fa"), office.value(QStringLiteral("name_fa"))},
                      {QStringLiteral("name_en"), office.value(QStringLiteral("name_en"))},
                      {QStringLiteral("district"), office.value(QStringLiteral("district"))}}},
         {QStringLiteral("activated_at"), Clock::toRfc3339(call.device.activatedAt)},
         {QStringLiteral("public_key"), QString::fromLatin1(call.device.publicKey.toBase64())}});
}

ApiResponse DeviceEndpoints::deactivate(const ApiCall& call)
{
    if (!m_context.store.revokeDevice(call.device.id, call.now))
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    return ApiResponse::empty(204);
}

ApiResponse DeviceEndpoints::time(const ApiCall& call)
{
    return ApiResponse::json(200, {{QStringLiteral("now"), Clock::toRfc3339(call.now)},
                                   {QStringLiteral("epoch_ms"), call.now}});
}

ApiResponse DeviceEndpoints::serverKey(const ApiCall&)
{
    return ApiResponse::json(200, {{QStringLiteral("key_id"), m_context.signer.keyId()},
                                   {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                   {QStringLiteral("public_key"),
                                    QString::fromLatin1(m_context.signer.publicKey().toBase64())},
                                   {QStringLiteral("public_key_pem"),
                                    QString::fromLatin1(m_context.signer.publicKeyPem())}});
}

} // namespace pishkhan::sandbox
