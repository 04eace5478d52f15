// The open project of the window: the model, its undo history, the file it came from and the
// recovery file beside it. No GL and no ImGui, so tests drive it without a display.
#pragma once

#include "i18n.h"
#include "layout/edit/edit.h"
#include "layout/model/model.h"

#include <chrono>
#include <optional>
#include <string>

namespace bp::win
{

class Document
{
public:
    Document() = default;
    // A project read from its file (throws StoreError); the document starts unmodified.
    static Document open(const std::string& path);
    // A project that has no file yet (new from a venue); Save asks for a name.
    static Document untitled(Project project, std::string name);

    const Project& project() const { return project_; }
    const std::string& path() const { return path_; }
    bool has_file() const { return !path_.empty(); }
    // "cismef.boothplan", or the venue's name for an untitled project.
    std::string display_name() const;

    // Every change goes through here, so it lands on the undo stack and says what it touched.
    ChangeSet apply(Edit edit);
    bool undo(ChangeSet& changed);
    bool redo(ChangeSet& changed);
    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    // What undo and redo would do, in the interface language; in English for the tests' probe.
    std::string undo_label() const { return tr(history_.undo_words()); }
    std::string redo_label() const { return tr(history_.redo_words()); }
    std::string undo_english() const { return history_.undo_label(); }
    std::string redo_english() const { return history_.redo_label(); }
    uint64_t revision() const { return history_.revision(); }
    uint64_t hall_revision(HallId hall) const { return history_.hall_revision(hall); }

    // Unsaved changes: edits since the last save, or a restored recovery not yet saved.
    bool modified() const { return history_.modified() || restored_; }

    // Writes the project to its file (or to `path`, which becomes its file) in one transaction and
    // removes the recovery file. Throws StoreError or std::runtime_error; the document is unchanged then.
    void save();
    void save_as(const std::string& path);
    std::optional<std::chrono::system_clock::time_point> last_saved() const { return last_saved_; }

    // [SECTION] Recovery ------------------------------------------------------------------------
    // The recovery file beside the project (`PROJECT.recovery`), or the untitled one in the state folder.
    std::string recovery_path() const;
    // True when the project changed since the recovery file was last written.
    bool needs_autosave() const { return autosaved_revision_ != history_.revision() && modified(); }
    // Called after the recovery file holds revision `revision`.
    void mark_autosaved(uint64_t revision) { autosaved_revision_ = revision; }
    // Replaces the project by the recovered one; the history starts again and the document is modified.
    void restore(Project recovered);
    // Removes the recovery file (after a save, or when the planner discards the unsaved work).
    void discard_recovery() const;

private:
    Project project_;
    EditHistory history_;
    std::string path_;
    std::string untitled_name_;
    bool restored_ = false;
    uint64_t autosaved_revision_ = 0;
    std::optional<std::chrono::system_clock::time_point> last_saved_;
};

} // namespace bp::win
