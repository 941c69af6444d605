#include "OutboxState.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

struct Edge
{
    OutboxState from;
    OutboxEvent event;
    OutboxState to;
};

constexpr Edge kEdges[] = {
    {OutboxState::Queued, OutboxEvent::Claim, OutboxState::Sending},
    {OutboxState::Queued, OutboxEvent::FlagNeedsAttention, OutboxState::NeedsAttention},
    {OutboxState::Sending, OutboxEvent::RetryLater, OutboxState::Queued},
    {OutboxState::Sending, OutboxEvent::RecoverAfterCrash, OutboxState::Queued},
    {OutboxState::Sending, OutboxEvent::Accept, OutboxState::Accepted},
    {OutboxState::Sending, OutboxEvent::Reject, OutboxState::Rejected},
    {OutboxState::Sending, OutboxEvent::FlagNeedsAttention, OutboxState::NeedsAttention},
    {OutboxState::NeedsAttention, OutboxEvent::Resubmit, OutboxState::Queued},
    {OutboxState::Queued, OutboxEvent::Withdraw, OutboxState::Withdrawn},
    {OutboxState::NeedsAttention, OutboxEvent::Withdraw, OutboxState::Withdrawn},
};

} // namespace

Result<OutboxState> outboxTransition(OutboxState from, OutboxEvent event)
{
    for (const Edge& edge : kEdges) {
        if (edge.from == from && edge.event == event)
            return edge.to;
    }
    return Error(u"outbox.invalid_transition"_s,
                 QT_TRANSLATE_NOOP("Error", "This request cannot be changed that way in its "
                                            "current state."),
                 outboxEventName(event) + u" is not allowed from state "_s + outboxStateName(from));
}

bool outboxTransitionAllowed(OutboxState from, OutboxState to)
{
    for (const Edge& edge : kEdges) {
        if (edge.from == from && edge.to == to)
            return true;
    }
    return false;
}

bool isFinal(OutboxState state)
{
    return state == OutboxState::Accepted || state == OutboxState::Rejected ||
           state == OutboxState::Withdrawn;
}

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return u"queued"_s;
    case OutboxState::Sending:
        return u"sending"_s;
    case OutboxState::Accepted:
        return u"accepted"_s;
    case OutboxState::Rejected:
        return u"rejected"_s;
    case OutboxState::NeedsAttention:
        return u"needs_attention"_s;
    case OutboxState::Withdrawn:
        return u"withdrawn"_s;
    }
    return {};
}

QString outboxEventName(OutboxEvent event)
{
    switch (event) {
    case OutboxEvent::Claim:
        return u"claim"_s;
    case OutboxEvent::RetryLater:
        return u"retry_later"_s;
    case OutboxEvent::RecoverAfterCrash:
        return u"recover_after_crash"_s;
    case OutboxEvent::Accept:
        return u"accept"_s;
    case OutboxEvent::Reject:
        return u"reject"_s;
    case OutboxEvent::FlagNeedsAttention:
        return u"flag_needs_attention"_s;
    case OutboxEvent::Resubmit:
        return u"resubmit"_s;
    case OutboxEvent::Withdraw:
        return u"withdraw"_s;
    }
    return {};
}

std::optional<OutboxState> outboxStateFromString(const QString& text)
{
    for (OutboxState state : kAllOutboxStates) {
        if (outboxStateName(state) == text)
            return state;
    }
    return std::nullopt;
}

} // namespace pishkhan
