#pragma once

#include "ActivationTransport.h"

namespace pishkhan {

class ApiClient;

// ActivationTransport over the real backend client (app/net ApiClient, libcurl, HTTPS with the
// configured pin). Lives in its own small library (pishkhan_security_net) so pishkhan_security
// itself does not depend on the HTTP stack.
class ApiActivationTransport final : public ActivationTransport
{
public:
    explicit ApiActivationTransport(ApiClient& api);
    void activate(const ActivationRequest& request, Done done) override;

private:
    ApiClient& m_api;
};

} // namespace pishkhan
