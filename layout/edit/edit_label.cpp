// The English of every kind of undo label.
#include "edit_label.h"

#include "layout/model/text_template.h"

#include <array>

namespace bp
{

namespace
{

// In the order of EditWords, from AssignBooth (None says nothing).
constexpr std::array kEnglish = {
    std::string_view("Assign booth {0} to {1}"),
    std::string_view("Free booth {0}"),
    std::string_view("Place pavilion {0}"),
    std::string_view("Move pavilion {0}"),
    std::string_view("Remove pavilion {0}"),
    std::string_view("Draw zone of {0}"),
    std::string_view("Clear zone of {0}"),
    std::string_view("Pin {0} to {1}"),
    std::string_view("Unpin {0}"),
    std::string_view("Edit hall {0}"),
    std::string_view("Replace booths"),
    std::string_view("Edit exhibitor {0}"),
    std::string_view("Edit pavilion {0}"),
    std::string_view("Edit sector {0}"),
    std::string_view("Edit the venue's rules"),
    std::string_view("Edit the rules of hall {0}"),
    std::string_view("Replace the exhibitor list"),
    std::string_view("Replace the venue with {0}"),
    std::string_view("Generate booth grid"),
    std::string_view("Regenerate the booth grid of hall {0}"),
    std::string_view("Clear the booth grid"),
    std::string_view("Import exhibitor list {0}"),
    std::string_view("Auto-allocate"),
    std::string_view("Auto-allocate hall {0}"),
    std::string_view("Auto-allocate {0} halls"),
    std::string_view("Auto-allocate selection"),
    std::string_view("Re-seat pavilion {0}"),
    std::string_view("Move {0} to booth {1}"),
    std::string_view("Swap {0} and {1}"),
    std::string_view("Merge booths into {0}"),
    std::string_view("Split booth {0}"),
    std::string_view("Set booth status to {0}"),
    std::string_view("Move column {0} of hall {1}"),
    std::string_view("Move blocked zone {0} of hall {1}"),
    std::string_view("Move door {0} of hall {1}"),
    std::string_view("Move booth {0} to {1}"),
    std::string_view("Move {0} booths"),
};
static_assert(kEnglish.size() + 1 == static_cast<size_t>(EditWords::Count), "an English form for every label");

} // namespace

std::string_view english_form(EditWords words)
{
    if (words == EditWords::None || words >= EditWords::Count)
        return {};
    return kEnglish[static_cast<size_t>(words) - 1];
}

std::string to_english(const EditLabel& label)
{
    std::vector<std::string_view> args(label.args.begin(), label.args.end());
    std::string out = fill_template(english_form(label.words), args);
    if (label.stopped)
        out += " (stopped)";
    return out;
}

} // namespace bp
