#pragma once

#include <QString>

namespace pishkhan {

// The fixed words of receipts, reports and exports, in the document's language.
//
// Why a table and not only tr(): the documents must be Persian today, and there is no Persian
// .qm for this room yet. Each label's English source is marked QT_TRANSLATE_NOOP("Receipt", …)
// so lupdate collects it; English documents go through QCoreApplication::translate (an
// installed translator wins), Persian documents read the reviewed Persian text below. When
// pishkhan_fa.ts carries these entries the Persian column can go and both languages use
// translate().
class ReceiptLabels
{
public:
    enum class Language { Persian, English };

    enum class Key {
        ReceiptTitle,
        Copy,
        Office,
        Counter,
        Clerk,
        Service,
        Fee,
        CouncilTariff,
        PaymentMethod,
        Cash,
        Card,
        Terminal,
        Reference,
        TrackingCode,
        Queued,
        QueuedNote,
        ReceiptNumber,
        DateTime,
        Voided,
        DayReportTitle,
        RangeReportTitle,
        BusinessDay,
        Period,
        ByClerk,
        ByService,
        ByMethod,
        Month,
        Count,
        Amount,
        VoidCount,
        VoidAmount,
        Net,
        Reprints,
        Total,
        LateEntries,
        GeneratedAt,
        ServiceId,
        Toman,
        Rial,
        DayCloseTitle,
        ClosedAt,
        Supervisor,
        Drawers,
        Expected,
        Counted,
        Difference,
        CardBatches,
        References,
        PreviousGrandTotal,
        GrandTotal,
        LastEntry,
        Hash,
        PreviousAcknowledgement,
        ReceivedUpToEntry,
        ReceivedAt,
        NoAcknowledgement,
        DeviceKey,
        Signature,
        AuditTrailTitle,
        AuditSequence,
        AuditEvent,
        AuditActor,
        AuditSubject,
        AuditDetail,
        AuditChain,
        AuditChainHolds,
        AuditChainBroken,
        AuditVerified,
        AuditBroken,
        AuditUnverified,
        AuditAllDays,
        AuditEveryone,
        AuditAllKinds,
        AuditTruncated,
        RefundCount,
        RefundAmount,
        RefundReceiptTitle,
        RefundOf,
        Reason,
        ApprovedBy,
        ReversalReference,
        Settlements,
        SettledCount,
        SettledAmount,
        LedgerAmount,
        ShiftReportTitle,
        UpTo,
        ExpectedCash,
        CountedCash,
        Invoice,
        InvoiceTitle,
        InvoiceNumber,
        Organisation,
        LegalEntityId,
        MandateNumber,
        BatchFile,
        Line,
        InvoicedByOrganisation,
        SupportLine,
        FollowUpSite,
        QueuedFollowUp,
        TrainingMark,
        AnswerTitle,
        PropertyFileTitle,
        MunicipalityName,
        Citizen,
        AnsweredAt,
        PrintedAt,
        AnswerSummary,
        VerifyNote,
        AnswerHash,
        ReferenceCopyNote,
        Yes,
        No,
        Metre,
        NoneListed,
    };

    ReceiptLabels() = delete;

    [[nodiscard]] static QString text(Key key, Language language);
    // The English source text (what lupdate sees).
    [[nodiscard]] static const char* source(Key key);
};

} // namespace pishkhan
