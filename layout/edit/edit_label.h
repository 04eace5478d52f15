// What an undo step is called: a kind of label and the names it carries ("Place pavilion {0}" with
// "Iran"), so the command line and the window's English read one sentence and the window's Chinese
// fills its own form with the same names.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace bp
{

enum class EditWords : uint8_t
{
    None, // no label (an empty group)
    AssignBooth,           // {0} booth number, {1} exhibitor code
    FreeBooth,             // {0} booth number
    PlacePavilion,         // {0} pavilion
    MovePavilion,          // {0} pavilion (moved, turned or resized)
    RemovePavilion,        // {0} pavilion
    DrawZone,              // {0} sector
    ClearZone,             // {0} sector
    PinExhibitor,          // {0} exhibitor code, {1} booth number
    UnpinExhibitor,        // {0} exhibitor code
    EditHall,              // {0} hall code
    ReplaceBooths,         //
    EditExhibitor,         // {0} exhibitor code
    EditPavilion,          // {0} pavilion
    EditSector,            // {0} sector
    EditVenueRules,        //
    EditHallRules,         // {0} hall code
    ReplaceExhibitorList,  //
    ReplaceVenue,          // {0} venue name
    GenerateGrid,          //
    RegenerateHallGrid,    // {0} hall code
    ClearGrid,             //
    ImportExhibitorList,   // {0} file name
    AutoAllocate,          //
    AutoAllocateHall,      // {0} hall code
    AutoAllocateHalls,     // {0} how many halls
    AutoAllocateSelection, //
    ReseatPavilion,        // {0} pavilion
    MoveExhibitor,         // {0} exhibitor code, {1} booth number
    SwapExhibitors,        // {0} and {1} exhibitor codes
    MergeBooths,           // {0} the merged booth's number
    SplitBooth,            // {0} booth number
    SetBoothStatus,        // {0} status name (to_string(BoothStatus))
    MoveColumn,            // {0} column's number in its hall, {1} hall code
    MoveBlockedZone,       // {0} zone's number in its hall, {1} hall code
    MoveDoor,              // {0} door's number in its hall, {1} hall code
    MoveBooth,             // {0} booth number before, {1} after (a nudge by a module)
    MoveBooths,            // {0} how many booths
    Count
};

struct EditLabel
{
    EditWords words = EditWords::None;
    std::vector<std::string> args;
    bool stopped = false; // a solver run stopped before its end: "… (stopped)"

    EditLabel() = default;
    EditLabel(EditWords w, std::initializer_list<std::string> a = {}) : words(w), args(a) {}
    bool empty() const { return words == EditWords::None; }
    friend bool operator==(const EditLabel&, const EditLabel&) = default;
};

// The English form of a kind of label, with {0}, {1} … for its names.
std::string_view english_form(EditWords words);
// The label in English: "Place pavilion Iran", "Auto-allocate hall 1.1 (stopped)".
std::string to_english(const EditLabel& label);

} // namespace bp
