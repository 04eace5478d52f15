// The string table and the current language.
#include "i18n.h"

#include "layout/model/text_template.h"

#include <atomic>
#include <utility>

namespace bp::win
{

namespace
{

struct Row
{
    const char* en;
    const char* zh;
};

constexpr Row kTable[] = {
#define BP_STRING(id, en, zh) {en, zh},
#include "assets/translations/strings.inc"
#undef BP_STRING
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<size_t>(S::Count));

std::atomic<Language> g_language{Language::English};

} // namespace

void set_language(Language l)
{
    g_language.store(l);
}

Language language()
{
    return g_language.load();
}

const char* to_string(Language l)
{
    return l == Language::Chinese ? "zh" : "en";
}

std::optional<Language> parse_language(std::string_view code)
{
    if (code == "en" || code.substr(0, 3) == "en_")
        return Language::English;
    if (code == "zh" || code.substr(0, 3) == "zh_" || code.substr(0, 3) == "zh-")
        return Language::Chinese;
    return std::nullopt;
}

const char* tr(S id, Language l)
{
    const Row& r = kTable[static_cast<size_t>(id)];
    return l == Language::Chinese && r.zh[0] ? r.zh : r.en;
}

const char* tr(S id)
{
    return tr(id, language());
}

std::string trf(S id, std::initializer_list<std::string_view> args)
{
    return fill_template(tr(id), std::span<const std::string_view>(args.begin(), args.size()));
}

std::string label(S id, const char* imgui_id)
{
    return std::string(tr(id)) + "###" + imgui_id;
}

size_t string_count()
{
    return static_cast<size_t>(S::Count);
}

const char* string_at(size_t index, Language l)
{
    return tr(static_cast<S>(index), l);
}

const char* tr(PenaltyLevel level)
{
    return tr(level == PenaltyLevel::Hard     ? S::LevelHard
              : level == PenaltyLevel::Medium ? S::LevelMedium
                                              : S::LevelSoft);
}

const char* tr(SolveStatus status)
{
    return tr(status == SolveStatus::Feasible     ? S::SolveFeasible
              : status == SolveStatus::Infeasible ? S::SolveInfeasible
                                                  : S::SolveCancelled);
}

const char* tr(BoothType type)
{
    constexpr S kNames[] = {S::BoothInline, S::BoothCorner, S::BoothPeninsula, S::BoothIsland};
    return tr(kNames[static_cast<size_t>(type)]);
}

const char* tr(BoothStatus status)
{
    constexpr S kNames[] = {S::StatusAvailable, S::StatusHeld, S::StatusReserved, S::StatusSold, S::StatusBlocked};
    return tr(kNames[static_cast<size_t>(status)]);
}

std::string_view tr_constraint(std::string_view id)
{
    static constexpr std::pair<std::string_view, S> kNames[] = {
        {"outside-block", S::ConstraintOutsideBlock},
        {"non-booth-cell", S::ConstraintNonBoothCell},
        {"booth-size", S::ConstraintBoothSize},
        {"module-overlap", S::ConstraintModuleOverlap},
        {"locked-booth", S::ConstraintLockedBooth},
        {"unassigned", S::ConstraintUnassigned},
        {"raw-space-min", S::ConstraintRawSpaceMin},
        {"pavilion-region", S::ConstraintPavilionRegion},
        {"sector-zone", S::ConstraintSectorZone},
        {"preference-unmet", S::ConstraintPreferenceUnmet},
        {"priority-booth", S::ConstraintPriorityBooth},
        {"moved", S::ConstraintMoved},
        {"competitor-wall", S::ConstraintCompetitorWall},
        {"competitor-near", S::ConstraintCompetitorNear},
        {"competitor-facing", S::ConstraintCompetitorFacing},
        {"pavilion-split", S::ConstraintPavilionSplit},
        {"sector-spread", S::ConstraintSectorSpread},
        {"isolated-module", S::ConstraintIsolatedModule},
    };
    for (const auto& [name, s] : kNames)
        if (name == id)
            return tr(s);
    return id;
}

namespace
{

// An exhibitor's wish as the exhibitor list writes it ("corner", "hall:2.1") in the interface language.
std::string tr_preference(std::string_view written)
{
    const std::optional<Preference> p = parse_preference(std::string(written));
    if (!p)
        return std::string(written);
    switch (p->kind)
    {
    case PreferenceKind::Corner:
        return tr(S::PreferCorner);
    case PreferenceKind::Island:
        return tr(S::PreferIsland);
    case PreferenceKind::MainAisle:
        return tr(S::PreferMainAisle);
    case PreferenceKind::Entrance:
        return tr(S::PreferEntrance);
    case PreferenceKind::Hall:
        return trf(S::PreferHallX, {p->hall});
    }
    return std::string(written);
}

} // namespace

std::string tr(const DroppedAllocation& d, const std::string& exhibitor_code)
{
    switch (d.why)
    {
    case DropReason::ModulesGone:
        return trf(S::GridDroppedModulesGoneXY, {exhibitor_code, d.booth});
    }
    return exhibitor_code + " " + d.booth + ": " + d.reason;
}

std::string tr(const Wording& w)
{
    // In the order of bp::Says, from OutsideBlock (Nothing says nothing).
    static constexpr S kForms[] = {
        S::SaysOutsideBlock,   S::SaysNonBoothCells,     S::SaysBoothSize,      S::SaysModuleOverlap,
        S::SaysPinnedElsewhere, S::SaysPinnedMissing,    S::SaysNotPlaced,      S::SaysRawSpaceSmall,
        S::SaysOutsideRegion,  S::SaysOutsideZone,       S::SaysPreferenceUnmet, S::SaysPriorityBooth,
        S::SaysMoved,          S::SaysCompetitorWall,    S::SaysCompetitorNear, S::SaysCompetitorFacing,
        S::SaysPavilionSplit,  S::SaysPavilionSplitNoRoom, S::SaysPavilionSplitPinned, S::SaysPavilionSplitRivals,
        S::SaysSectorSpread,   S::SaysIsolatedModule,    S::SaysNoBoothBlocks,  S::SaysNoRoomInRegion,
        S::SaysVenueFull,      S::SaysVenueFullForBooth, S::SaysPinNotFound,    S::SaysPinNotFree,
        S::SaysNoBlockForRaw,  S::SaysNoBlockForBooth,   S::SaysGreedyNoRoom,
    };
    static_assert(std::size(kForms) + 1 == kSaysCount, "a form for every kind of wording");
    if (w.empty() || static_cast<size_t>(w.says) > std::size(kForms))
        return {};
    std::vector<std::string> words = w.args;
    if (w.says == Says::PreferenceUnmet && words.size() > 1)
        words[1] = tr_preference(words[1]);
    std::vector<std::string_view> args(words.begin(), words.end());
    return fill_template(tr(kForms[static_cast<size_t>(w.says) - 1]), args);
}

std::string tr(const EditLabel& label)
{
    // In the order of bp::EditWords, from AssignBooth (None says nothing).
    static constexpr S kForms[] = {
        S::EditAssignBooth,      S::EditFreeBooth,          S::EditPlacePavilion,    S::EditMovePavilion,
        S::EditRemovePavilion,   S::EditDrawZone,           S::EditClearZone,        S::EditPinExhibitor,
        S::EditUnpinExhibitor,   S::EditEditHall,           S::EditReplaceBooths,    S::EditEditExhibitor,
        S::EditEditPavilion,     S::EditEditSector,         S::EditEditVenueRules,   S::EditEditHallRules,
        S::EditReplaceExhibitorList, S::EditReplaceVenue,   S::EditGenerateGrid,     S::EditRegenerateHallGrid,
        S::EditClearGrid,        S::EditImportExhibitorList, S::EditAutoAllocate,    S::EditAutoAllocateHall,
        S::EditAutoAllocateHalls, S::EditAutoAllocateSelection, S::EditReseatPavilion, S::EditMoveExhibitor,
        S::EditSwapExhibitors,   S::EditMergeBooths,        S::EditSplitBooth,       S::EditSetBoothStatus,
        S::EditMoveColumn,       S::EditMoveBlockedZone,    S::EditMoveDoor,         S::EditMoveBooth,
        S::EditMoveBooths,
    };
    static_assert(std::size(kForms) + 1 == static_cast<size_t>(EditWords::Count), "a form for every undo label");
    if (label.empty() || static_cast<size_t>(label.words) > std::size(kForms))
        return {};
    std::vector<std::string> words = label.args;
    if (label.words == EditWords::SetBoothStatus && !words.empty())
        if (std::optional<BoothStatus> status = parse_booth_status(words[0]))
            words[0] = tr(*status);
    std::vector<std::string_view> args(words.begin(), words.end());
    std::string out = fill_template(tr(kForms[static_cast<size_t>(label.words) - 1]), args);
    return label.stopped ? trf(S::EditStoppedX, {out}) : out;
}

std::string tr(const Reason& r)
{
    auto at = [&](size_t i) -> std::string_view { return i < r.args.size() ? std::string_view(r.args[i]) : ""; };
    switch (r.kind)
    {
    case ReasonKind::StandsAt:
        return trf(S::ReasonStandsAt, {at(0), at(1), at(2), at(3), at(4), tr(r.booth_type)});
    case ReasonKind::PavilionMember:
        return trf(S::ReasonPavilionMember, {at(0)});
    case ReasonKind::SectorTogether:
        return trf(S::ReasonSectorTogether, {at(0)});
    case ReasonKind::PinnedBy:
        return trf(S::ReasonPinnedBy, {at(0)});
    case ReasonKind::NotPlaced:
        return r.detail.empty() ? trf(S::ReasonNotPlaced, {at(0)}) : trf(S::ReasonNotPlacedWhy, {at(0), tr(r.detail)});
    case ReasonKind::Penalty:
        return trf(S::ReasonPenalty, {tr(r.level), tr_constraint(at(0)), tr(r.detail)});
    case ReasonKind::PavilionSplit:
        return trf(S::ReasonPavilionSplit, {tr(r.detail)});
    }
    return {};
}

} // namespace bp::win
