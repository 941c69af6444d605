#pragma once

namespace pishkhan {

// Exit codes of pishkhan-desk, documented in README.md.
enum DeskExitCode {
    ExitOk = 0,
    ExitSelfTestFailed = 1,
    ExitUsage = 2,
    ExitKeychain = 3,
    ExitStore = 4,
    // --move-aside on a store that opens: refused, the store left as it was.
    ExitMoveAsideRefused = 5,
};

} // namespace pishkhan
