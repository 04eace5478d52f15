// Edits: the only way a project changes. Each edit is a reversible operation on the model:
// applying it returns its inverse and what it touched (a ChangeSet), so the window's undo/redo is
// a pair of stacks (EditHistory, never a snapshot copy) and views, the collision index and caches
// of checks update only the halls, booths and exhibitors that changed.
#pragma once

#include "layout/model/model.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace bp
{

// [SECTION] Kinds of edit ---------------------------------------------------------------------

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
// `label` names it in menus ("Generate booth grid", "Auto-allocate"); empty: "Replace booths".
struct ReplaceBooths
{
    std::vector<Block> blocks;
    std::vector<Booth> booths;
    std::string label;
};

struct Edit;

// Several edits as one undo step (a swap of two exhibitors, a merge of booths). Applied in order;
// its inverse applies the inverses in reverse order.
struct EditGroup
{
    std::string label;
    std::vector<Edit> edits;
};

using EditVariant =
    std::variant<AssignBooth, PlacePavilion, PlaceSectorZone, LockExhibitor, ReplaceHall, ReplaceBooths, EditGroup>;

struct Edit : EditVariant
{
    using EditVariant::EditVariant;
    const EditVariant& variant() const { return *this; }
    EditVariant& variant() { return *this; }
};

// [SECTION] What an edit touched ----------------------------------------------------------------

// Ids are valid in the project after the edit. Lists are sorted and free of duplicates.
struct ChangeSet
{
    bool venue = false;          // halls added, removed or reordered, or the venue's rules: all of it changed
    bool booths_renumbered = false; // booth and block ids were reassigned: ids from before mean nothing now
    bool exhibitor_list = false; // exhibitors, pavilions or sectors added, removed or reordered
    std::vector<HallId> halls;   // halls whose drawing, rules, blocks or booths changed
    std::vector<BoothId> booths; // booths whose exhibitor or status changed (within unrenumbered halls)
    std::vector<ExhibitorId> exhibitors; // exhibitors whose fields or booth changed
    std::vector<PavilionId> pavilions;   // pavilions whose fields or region changed
    std::vector<SectorId> sectors;       // sectors whose fields or zone changed

    bool empty() const;
    // True when the hall's drawing, booths or rules may differ (always, after a venue change).
    bool touches(HallId hall) const;
    void merge(const ChangeSet& other);
    void normalise(); // sorts and removes duplicates
};

struct AppliedEdit
{
    Edit inverse;
    ChangeSet changed;
};

// Applies the edit and returns the edit that undoes it, with what changed. Ids must be valid
// (asserted).
AppliedEdit apply_edit(Project& project, Edit edit);

// A short label for menus: "Assign booth 2.1C07", "Place pavilion Iran".
std::string describe(const Project& project, const Edit& edit);

// [SECTION] History ---------------------------------------------------------------------------

// Undo and redo stacks of labelled edits, and a revision counter per hall that moves whenever an
// applied, undone or redone edit touches the hall (views compare revisions to know what to redraw).
class EditHistory
{
public:
    ChangeSet apply(Project& project, Edit edit);
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // Undo or redo one step; false when there was nothing to undo or redo. `changed` (optional)
    // receives what the step touched.
    bool undo(Project& project, ChangeSet* changed = nullptr);
    bool redo(Project& project, ChangeSet* changed = nullptr);
    // Label of the edit that undo() would revert, or empty.
    const std::string& undo_label() const;
    const std::string& redo_label() const;
    // Edits applied since the last mark_saved() (negative after undoing past it): the window's "unsaved" star.
    bool modified() const { return depth_ != saved_depth_; }
    void mark_saved() { saved_depth_ = depth_; }
    // Increases with every change of the project; hall_revision(h) with every change touching hall h.
    uint64_t revision() const { return revision_; }
    uint64_t hall_revision(HallId hall) const;

private:
    struct Entry
    {
        Edit inverse;
        std::string label;
    };
    std::vector<Entry> undo_, redo_;
    long depth_ = 0, saved_depth_ = 0;
    uint64_t revision_ = 0;
    std::vector<uint64_t> hall_revision_;
    void count(const Project& project, const ChangeSet& changed);
};

} // namespace bp
