// Recovery files: the window's autosave beside each project (`PROJECT.recovery`, an ordinary project
// file written atomically), so a crash or `kill -9` loses at most the last autosave interval.
#pragma once

#include "layout/model/model.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace bp::win
{

// `PROJECT.recovery` for a project file; for an untitled project, `untitled.recovery` in the state
// folder ($XDG_STATE_HOME/boothplan or ~/.local/state/boothplan).
std::string recovery_path_for(const std::string& project_path);
std::string untitled_recovery_path();

// Writes the project as a whole project file (save_project writes a new file and renames it over
// the old one, so the recovery file is always the old or the new one). Throws StoreError.
void write_recovery(const Project& project, const std::string& path);

// A recovery file worth offering when a project opens: it exists and was written after the project.
struct RecoveryOffer
{
    std::string path;
    std::chrono::system_clock::time_point written;
};
std::optional<RecoveryOffer> find_recovery(const std::string& project_path);
std::optional<RecoveryOffer> find_untitled_recovery();

// Writes recovery files on its own thread so an autosave never stalls a frame. The project is copied
// on the caller's thread (a consistent snapshot); only the newest pending snapshot is written.
// `on_done` runs on the writer's thread after each write, failed or not (the window wakes up to show
// it: a window that waits for events would otherwise show the old state until the next input).
class RecoveryWriter
{
public:
    explicit RecoveryWriter(std::function<void()> on_done = {});
    ~RecoveryWriter(); // finishes the pending write
    RecoveryWriter(const RecoveryWriter&) = delete;
    RecoveryWriter& operator=(const RecoveryWriter&) = delete;

    void write(Project snapshot, std::string path, uint64_t revision);
    // Blocks until nothing is pending (before a solver run, on quit).
    void flush();
    // The revision the last successful write held, and the last failure's message (empty when none).
    uint64_t written_revision() const;
    std::string last_error() const;
    std::optional<std::chrono::system_clock::time_point> last_written() const;

private:
    struct Pending
    {
        Project project;
        std::string path;
        uint64_t revision = 0;
    };
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::optional<Pending> pending_;
    bool busy_ = false, quit_ = false;
    uint64_t written_revision_ = 0;
    std::function<void()> on_done_;
    std::string error_;
    std::optional<std::chrono::system_clock::time_point> written_at_;
    std::thread thread_;
    void run();
};

} // namespace bp::win
