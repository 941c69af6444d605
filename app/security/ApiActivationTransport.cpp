#include "ApiActivationTransport.h"

#include "net/ApiClient.h"

namespace pishkhan {

ApiActivationTransport::ApiActivationTransport(ApiClient& api)
    : m_api(api)
{}

void ApiActivationTransport::activate(const ActivationRequest& request, Done done)
{
    m_api.activateDevice(
        request.officeCode, request.activationCode, request.publicKeyBase64, request.clerkId,
        [done](ApiReply<Activation> reply) {
            if (!reply) {
                done(reply.error().error());
                return;
            }
            ActivationAnswer a;
            a.deviceId = reply->deviceId;
            a.token = reply->token.toUtf8();
            a.counter = reply->counter;
            a.officeCode = reply->officeCode;
            a.officeNameFa = reply->officeNameFa;
            a.serverKeyId = reply->serverKeyId;
            done(a);
        },
        request.deviceLabel);
}

} // namespace pishkhan
