#pragma once

#include <QString>

namespace pishkhan {

// Flushing to the disk itself, not only to the OS cache: a backup or a restored store is
// renamed into place only after its bytes are on disk, and the rename is flushed with its
// folder, so a power cut cannot leave a final name in front of missing bytes.
class DurableFile
{
public:
    DurableFile() = delete;

    // fsync (FlushFileBuffers on Windows) of a file's content. false when it cannot be opened
    // or flushed.
    [[nodiscard]] static bool syncFile(const QString& path);
    // fsync of a folder, so a rename in it is durable. On Windows the file system journals
    // renames itself and there is no folder handle to flush: always true there.
    [[nodiscard]] static bool syncFolder(const QString& path);
};

} // namespace pishkhan
