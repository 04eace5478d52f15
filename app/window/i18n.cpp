// The string table and the current language.
#include "i18n.h"

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
    std::string_view f = tr(id);
    std::string out;
    out.reserve(f.size() + 16);
    for (size_t i = 0; i < f.size(); ++i)
    {
        if (f[i] == '{' && i + 2 < f.size() && f[i + 1] >= '0' && f[i + 1] <= '9' && f[i + 2] == '}')
        {
            size_t n = static_cast<size_t>(f[i + 1] - '0');
            if (n < args.size())
                out += *(args.begin() + n);
            i += 2;
            continue;
        }
        out += f[i];
    }
    return out;
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
        {"pavilion-split", S::ConstraintPavilionSplit},
        {"sector-spread", S::ConstraintSectorSpread},
        {"isolated-module", S::ConstraintIsolatedModule},
    };
    for (const auto& [name, s] : kNames)
        if (name == id)
            return tr(s);
    return id;
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
        return at(1).empty() ? trf(S::ReasonNotPlaced, {at(0)}) : trf(S::ReasonNotPlacedWhy, {at(0), at(1)});
    case ReasonKind::Penalty:
        return trf(S::ReasonPenalty, {tr(r.level), tr_constraint(at(0)), at(1)});
    case ReasonKind::PavilionSplit:
        return trf(S::ReasonPavilionSplit, {at(0)});
    }
    return {};
}

} // namespace bp::win
