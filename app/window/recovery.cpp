// Recovery files: atomic writes of whole projects on a background thread, and finding one to offer.
#include "recovery.h"

#include "layout/io/project_store.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace bp::win
{

namespace fs = std::filesystem;

std::string recovery_path_for(const std::string& project_path)
{
    return project_path + ".recovery";
}

std::string untitled_recovery_path()
{
    fs::path dir;
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
        dir = fs::path(state) / "boothplan";
    else if (const char* home = std::getenv("HOME"); home && *home)
        dir = fs::path(home) / ".local" / "state" / "boothplan";
    else
        dir = fs::temp_directory_path() / "boothplan";
    return (dir / "untitled.recovery").string();
}

void write_recovery(const Project& project, const std::string& path)
{
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec); // the state folder may not exist yet
    save_project(project, path);                              // writes a new file and renames it over the old one
}

namespace
{

std::optional<std::chrono::system_clock::time_point> modified_at(const std::string& path)
{
    std::error_code ec;
    auto t = fs::last_write_time(path, ec);
    if (ec)
        return std::nullopt;
    return std::chrono::time_point_cast<std::chrono::system_clock::duration>(fs::file_time_type::clock::to_sys(t));
}

} // namespace

std::optional<RecoveryOffer> find_recovery(const std::string& project_path)
{
    std::string path = recovery_path_for(project_path);
    auto rec = modified_at(path);
    if (!rec)
        return std::nullopt;
    auto proj = modified_at(project_path);
    if (proj && *proj >= *rec)
        return std::nullopt; // saved after the last autosave: nothing to recover
    return RecoveryOffer{path, *rec};
}

std::optional<RecoveryOffer> find_untitled_recovery()
{
    std::string path = untitled_recovery_path();
    if (auto t = modified_at(path))
        return RecoveryOffer{path, *t};
    return std::nullopt;
}

// [SECTION] RecoveryWriter ----------------------------------------------------------------------

RecoveryWriter::RecoveryWriter(std::function<void()> on_done) : on_done_(std::move(on_done)), thread_([this] { run(); })
{
}

RecoveryWriter::~RecoveryWriter()
{
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void RecoveryWriter::write(Project snapshot, std::string path, uint64_t revision)
{
    {
        std::lock_guard lock(mutex_);
        pending_ = Pending{std::move(snapshot), std::move(path), revision};
    }
    wake_.notify_all();
}

void RecoveryWriter::flush()
{
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return !pending_ && !busy_; });
}

uint64_t RecoveryWriter::written_revision() const
{
    std::lock_guard lock(mutex_);
    return written_revision_;
}

std::string RecoveryWriter::last_error() const
{
    std::lock_guard lock(mutex_);
    return error_;
}

std::optional<std::chrono::system_clock::time_point> RecoveryWriter::last_written() const
{
    std::lock_guard lock(mutex_);
    return written_at_;
}

void RecoveryWriter::run()
{
    std::unique_lock lock(mutex_);
    for (;;)
    {
        wake_.wait(lock, [&] { return pending_ || quit_; });
        if (!pending_)
            return; // quit with nothing left to write
        Pending job = std::move(*pending_);
        pending_.reset();
        busy_ = true;
        lock.unlock();
        std::string error;
        try
        {
            write_recovery(job.project, job.path);
        }
        catch (const std::exception& e)
        {
            error = e.what();
        }
        lock.lock();
        error_ = error;
        if (error.empty())
        {
            written_revision_ = job.revision;
            written_at_ = std::chrono::system_clock::now();
        }
        if (on_done_) // told before flush() returns, with the outcome readable
        {
            lock.unlock();
            on_done_();
            lock.lock();
        }
        busy_ = false;
        idle_.notify_all();
    }
}

} // namespace bp::win
