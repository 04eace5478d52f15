// Edits a planner makes, as reversible operations on the model: applying an edit returns its
// inverse, so the window's undo/redo is a pair of stacks (EditHistory) and never a snapshot copy.
#pragma once

#include "layout/model/model.h"

#include <string>
#include <variant>
#include <vector>

namespace bp
{

// Give a booth to an exhibitor (or free it with an invalid id) and set its status.
struct AssignBooth
{
    BoothId booth;
    ExhibitorId exhibitor;
    BoothStatus status = BoothStatus::Sold;
};

// Drag a pavilion onto a hall (a region its members must stay inside), or take it off (nullopt).
struct PlacePavilion
{
    PavilionId pavilion;
    std::optional<Region> region;
};

// Draw or clear a sector's zone.
struct PlaceSectorZone
{
    SectorId sector;
    std::optional<Region> zone;
};

// Pin an exhibitor to a booth number, or unpin it (empty).
struct LockExhibitor
{
    ExhibitorId exhibitor;
    std::string booth;
};

// Replace one hall's drawing (outline, columns, blocked zones, doors, rules), e.g. a moved column.
struct ReplaceHall
{
    HallId id;
    Hall hall;
};

// Replace the whole booth partition, e.g. with a solver's allocation or a regenerated grid.
struct ReplaceBooths
{
    std::vector<Block> blocks;
    std::vector<Booth> booths;
};

using Edit = std::variant<AssignBooth, PlacePavilion, PlaceSectorZone, LockExhibitor, ReplaceHall, ReplaceBooths>;

// Applies the edit and returns the edit that undoes it. Ids must be valid (asserted).
Edit apply_edit(Project& project, Edit edit);

// A short label for menus: "Assign booth 2.1C07", "Place pavilion Iran".
std::string describe(const Project& project, const Edit& edit);

// Undo and redo stacks of labelled edits.
class EditHistory
{
public:
    void apply(Project& project, Edit edit);
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    bool undo(Project& project);
    bool redo(Project& project);
    // Label of the edit that undo() would revert, or empty.
    const std::string& undo_label() const;
    const std::string& redo_label() const;
    // Edits applied since the last mark_saved() (negative after undoing past it): the window's "unsaved" star.
    bool modified() const { return depth_ != saved_depth_; }
    void mark_saved() { saved_depth_ = depth_; }

private:
    struct Entry
    {
        Edit inverse;
        std::string label;
    };
    std::vector<Entry> undo_, redo_;
    long depth_ = 0, saved_depth_ = 0;
};

} // namespace bp
