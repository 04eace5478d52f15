// The window's document: the project, its history and the file behind it.
#include "document.h"

#include "layout/io/project_store.h"
#include "recovery.h"

#include <filesystem>
#include <system_error>

namespace bp::win
{

Document Document::open(const std::string& path)
{
    Document d;
    d.project_ = load_project(path);
    d.path_ = path;
    return d;
}

Document Document::untitled(Project project, std::string name)
{
    Document d;
    d.project_ = std::move(project);
    d.untitled_name_ = std::move(name);
    d.restored_ = true; // never saved: closing asks
    return d;
}

std::string Document::display_name() const
{
    if (has_file())
        return std::filesystem::path(path_).filename().string();
    return untitled_name_.empty() ? std::string("untitled") : untitled_name_;
}

ChangeSet Document::apply(Edit edit)
{
    return history_.apply(project_, std::move(edit));
}

bool Document::undo(ChangeSet& changed)
{
    return history_.undo(project_, &changed);
}

bool Document::redo(ChangeSet& changed)
{
    return history_.redo(project_, &changed);
}

void Document::save()
{
    save_as(path_);
}

void Document::save_as(const std::string& path)
{
    save_project(project_, path); // a new file renamed over the old one: never half a project
    std::string old_recovery = recovery_path();
    path_ = path;
    history_.mark_saved();
    restored_ = false;
    last_saved_ = std::chrono::system_clock::now();
    autosaved_revision_ = history_.revision();
    std::error_code ec;
    std::filesystem::remove(old_recovery, ec);
    discard_recovery();
}

std::string Document::recovery_path() const
{
    return has_file() ? recovery_path_for(path_) : untitled_recovery_path();
}

void Document::restore(Project recovered)
{
    project_ = std::move(recovered);
    history_ = EditHistory();
    restored_ = true;
    autosaved_revision_ = history_.revision();
}

void Document::discard_recovery() const
{
    std::error_code ec;
    std::filesystem::remove(recovery_path(), ec);
}

} // namespace bp::win
