#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace pishkhan {

// Life of a request in the outbox:
//   queued --claim--> sending --accept--> accepted          (final)
//                             --reject--> rejected          (final)
//                             --retryLater / recoverAfterCrash--> queued
//                             --flagNeedsAttention--> needs_attention
//   queued --flagNeedsAttention--> needs_attention          (e.g. consent expired in the queue)
//   needs_attention --resubmit--> queued                    (same request id)
//   queued | needs_attention --withdraw--> withdrawn        (final: its fee was voided before
//                                                            it was sent; never sent)
enum class OutboxState { Queued, Sending, Accepted, Rejected, NeedsAttention, Withdrawn };

enum class OutboxEvent {
    Claim,
    RetryLater,
    RecoverAfterCrash,
    Accept,
    Reject,
    FlagNeedsAttention,
    Resubmit,
    Withdraw,
};

inline constexpr OutboxState kAllOutboxStates[] = {
    OutboxState::Queued,   OutboxState::Sending,        OutboxState::Accepted,
    OutboxState::Rejected, OutboxState::NeedsAttention, OutboxState::Withdrawn};
inline constexpr OutboxEvent kAllOutboxEvents[] = {
    OutboxEvent::Claim,    OutboxEvent::RetryLater, OutboxEvent::RecoverAfterCrash,
    OutboxEvent::Accept,   OutboxEvent::Reject,     OutboxEvent::FlagNeedsAttention,
    OutboxEvent::Resubmit, OutboxEvent::Withdraw};

// The one place that decides transitions: the state `event` leads to from `from`, or an
// Error ("outbox.invalid_transition") for every pair not in the table.
[[nodiscard]] Result<OutboxState> outboxTransition(OutboxState from, OutboxEvent event);
// Whether any event leads from `from` to `to` (derived from the same table).
[[nodiscard]] bool outboxTransitionAllowed(OutboxState from, OutboxState to);
[[nodiscard]] bool isFinal(OutboxState state);

// Stable names stored in the database ("queued", "needs_attention", ...).
[[nodiscard]] QString outboxStateName(OutboxState state);
[[nodiscard]] QString outboxEventName(OutboxEvent event);
[[nodiscard]] std::optional<OutboxState> outboxStateFromString(const QString& text);

} // namespace pishkhan
