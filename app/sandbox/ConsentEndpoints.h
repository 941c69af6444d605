#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// The citizen's consent: a one-time code "sent" to their mobile (challenge) and read back by
// the clerk (verify), which yields a consent token bound to that citizen and service.
class ConsentEndpoints
{
public:
    explicit ConsentEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse challenge(const ApiCall& call);
    [[nodiscard]] ApiResponse verify(const ApiCall& call);

    // What a submission checks: the token exists, is unused, unexpired, and was issued for
    // this citizen (hash) and service. Returns the token hash to mark used, or a problem.
    [[nodiscard]] std::optional<Problem>
    checkToken(const QString& token, const QString& citizenHash, const QString& serviceId,
               qint64 now, const QString& pointer, QString& tokenHash) const;

    [[nodiscard]] static QString citizenHash(const QString& nationalCode);
    [[nodiscard]] static QString mobileHash(const QString& mobile);
    // Whom a consent binds: the citizen, or a company (legal-entity id, canonical) through the
    // person representing it. For a citizen it is citizenHash, so a person's consent never
    // serves a company's request or the other way round.
    [[nodiscard]] static QString applicantHash(const QString& nationalCode,
                                               const QString& legalEntityId);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
