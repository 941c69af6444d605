#pragma once

#include "LedgerEntry.h"

#include <QString>

namespace pishkhan {

// A clerk's request that a supervisor void one of their fees (table void_request). Unlike the
// ledger it is a workflow row: it goes from pending to approved (the void entry's seq is
// recorded) or refused (with the supervisor's reason); each step is also an audit event.
struct VoidRequest
{
    enum class State { Pending, Approved, Refused };
    qint64 id = 0;
    qint64 feeSeq = 0;
    QString clerkId; // who asked
    QString reason;  // why the clerk asked
    qint64 requestedAt = 0;
    State state = State::Pending;
    QString supervisorId; // who decided
    QString decisionNote; // refusal reason
    qint64 decidedAt = 0;
    qint64 voidSeq = 0; // Approved: the Void entry
    LedgerEntry fee;    // the fee it is about, for display (receipt number, service, amount)
};

} // namespace pishkhan
