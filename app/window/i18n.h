// The window's words in English and Simplified Chinese, switchable while it runs. Every string the
// interface shows is one row of assets/translations/strings.inc (id, English, Chinese); names from
// the project (halls, exhibitors) are shown as they are.
#pragma once

#include "layout/edit/edit_label.h"
#include "layout/grid/booth_grid.h"
#include "layout/model/model.h"
#include "solver/solver.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace bp::win
{

enum class Language : uint8_t
{
    English,
    Chinese
};

enum class S : uint16_t
{
#define BP_STRING(id, en, zh) id,
#include "assets/translations/strings.inc"
#undef BP_STRING
    Count
};

void set_language(Language language);
Language language();
const char* to_string(Language language); // "en", "zh"
std::optional<Language> parse_language(std::string_view code);

// The string in the current language.
const char* tr(S id);
const char* tr(S id, Language language);
// The string with {0}, {1}, ... replaced by the arguments.
std::string trf(S id, std::initializer_list<std::string_view> args);
// "Label###id": the label in the current language with a stable ImGui id, so windows and widgets
// keep their state when the language changes.
std::string label(S id, const char* imgui_id);

// The names of the planner's enumerations in the interface language.
const char* tr(PenaltyLevel level);
const char* tr(SolveStatus status);
const char* tr(BoothType type);
const char* tr(BoothStatus status);
// An exhibitor who lost its booth to a new grid, with its code and old booth number.
std::string tr(const DroppedAllocation& dropped, const std::string& exhibitor_code);
// A constraint of the solver's score by its id ("pavilion-split"): in English the id itself, as the
// reports and the command line print it; an id the table does not know is returned as it is.
std::string_view tr_constraint(std::string_view id);
// What a penalty or an unplaced exhibitor's reason says, in the interface language; names, codes and
// figures are kept as they come. In English it reads as `to_english` writes it.
std::string tr(const Wording& wording);
// A line of "Why here?" in the interface language, the solver's detail included; in English it
// reads as `to_english` writes it.
std::string tr(const Reason& reason);

// An undo step's label in the interface language (a booth status it names in that language too);
// in English it reads as to_english writes it.
std::string tr(const EditLabel& label);

// Every string of the table in both languages (the font atlas takes its glyphs from them).
size_t string_count();
const char* string_at(size_t index, Language language);

} // namespace bp::win
