// Edits: the only way a project changes. Each edit is a reversible operation on the model:
// applying it returns its inverse and what it touched (a ChangeSet), so the window's undo/redo is
// a pair of stacks (EditHistory, never a snapshot copy) and views, the collision index and caches
// of checks update only the halls, booths and exhibitors that changed.
#pragma once

#include "edit_label.h"
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
    EditLabel label;
};

// Change an exhibitor's fields: names, area, booth kind, pavilion, sector, preferences,
// competitors, priority, pin. The whole record is replaced.
struct EditExhibitor
{
    ExhibitorId id;
    Exhibitor exhibitor;
};

// Change a pavilion's fields (name, country, colour, shared space, placed region).
struct EditPavilion
{
    PavilionId id;
    Pavilion pavilion;
};

// Change a sector's fields (name, colour, zone).
struct EditSector
{
    SectorId id;
    Sector sector;
};

// The venue's default layout rules, followed by every hall that does not override them.
struct SetVenueRules
{
    HallRules rules;
};

// One hall's overrides of the venue's rules.
struct SetHallRules
{
    HallId hall;
    HallRuleOverrides rules;
};

// Who holds a booth and how.
struct BoothHolder
{
    ExhibitorId exhibitor;
    BoothStatus status = BoothStatus::Available;
    friend bool operator==(const BoothHolder&, const BoothHolder&) = default;
};

// Replace the exhibitor list with its pavilions and sectors (an import of a sales list), and who
// holds each booth under the new list's ids, in one step: `holders` has one entry per booth of the
// project (same order), so booths of exhibitors no longer on the list become free with it.
struct ReplaceExhibitors
{
    std::vector<Sector> sectors;
    std::vector<Pavilion> pavilions;
    std::vector<Exhibitor> exhibitors;
    std::vector<BoothHolder> holders;
    EditLabel label;
};

// Replace the venue: its name, rules and halls. The booth grid and the regions placed in halls
// refer to halls by id, so a new venue comes as the group replace_venue() produces.
struct ReplaceVenue
{
    Venue venue;
};

struct Edit;

// Several edits as one undo step (a swap of two exhibitors, a merge of booths). Applied in order;
// its inverse applies the inverses in reverse order.
struct EditGroup
{
    EditLabel label;
    std::vector<Edit> edits;
};

using EditVariant =
    std::variant<AssignBooth, PlacePavilion, PlaceSectorZone, LockExhibitor, ReplaceHall, ReplaceBooths, EditExhibitor,
                 EditPavilion, EditSector, SetVenueRules, SetHallRules, ReplaceExhibitors, ReplaceVenue, EditGroup>;

struct Edit : EditVariant
{
    using EditVariant::EditVariant;
    const EditVariant& variant() const { return *this; }
    EditVariant& variant() { return *this; }
};

// [SECTION] What an edit touched ----------------------------------------------------------------

// What an edit changed, so that views, the collision index and caches of checks update only that.
// Ids are valid in the project after the edit; lists are sorted and free of duplicates. Nothing is
// listed that did not change (an edit that changes nothing gives an empty set).
struct ChangeSet
{
    bool venue = false;             // the venue's name, default rules or list of halls changed
    bool booths_renumbered = false; // the booth partition changed: booth and block ids from before mean nothing now
    bool exhibitor_list = false;    // exhibitors, pavilions or sectors were added or removed
    // Halls whose drawing, effective rules, blocks or booths changed, or where a pavilion's
    // region or a sector's zone was placed, moved or removed.
    std::vector<HallId> halls;
    std::vector<BoothId> booths;         // booths whose exhibitor or status changed (empty when renumbered)
    std::vector<ExhibitorId> exhibitors; // exhibitors whose fields, booths or booth statuses changed
    std::vector<PavilionId> pavilions;   // pavilions whose fields or region changed
    std::vector<SectorId> sectors;       // sectors whose fields or zone changed

    bool empty() const;
    // True when the hall's drawing, booths or rules may differ.
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

// A short label for menus: "Assign booth 2.1C07 to X00001", "Place pavilion Iran", "Import exhibitor
// list". to_english() says it in English; the window says it in the interface's language.
EditLabel describe(const Project& project, const Edit& edit);

// [SECTION] Edits made from a new part ---------------------------------------------------------

// A new venue as one undo step: the booth grid is cleared (it belongs to the old halls) and the
// regions of pavilions and sectors move to the hall of the same code, or are taken off when the
// new venue has none. Run the grid generator afterwards.
EditGroup replace_venue(const Project& project, Venue venue);

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
    // Label of the edit that undo() would revert, or an empty one; undo_label() in English.
    const EditLabel& undo_words() const;
    const EditLabel& redo_words() const;
    std::string undo_label() const { return to_english(undo_words()); }
    std::string redo_label() const { return to_english(redo_words()); }
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
        EditLabel label;
    };
    std::vector<Entry> undo_, redo_;
    long depth_ = 0, saved_depth_ = 0;
    uint64_t revision_ = 0;
    std::vector<uint64_t> hall_revision_;
    void count(const Project& project, const ChangeSet& changed);
};

} // namespace bp
