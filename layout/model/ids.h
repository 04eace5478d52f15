// Typed ids for everything the planner addresses across module borders.
// An id is an index into the owning vector of the Project; -1 means "none".
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <vector>

namespace bp
{

template <class Tag> struct Id
{
    int32_t value = -1;

    constexpr Id() = default;
    constexpr explicit Id(int32_t v) : value(v) {}
    constexpr bool valid() const { return value >= 0; }
    constexpr explicit operator bool() const { return valid(); }
    constexpr size_t index() const { return static_cast<size_t>(value); }
    constexpr auto operator<=>(const Id&) const = default;
};

using HallId = Id<struct HallTag>;
using BlockId = Id<struct BlockTag>;
using BoothId = Id<struct BoothTag>;
using ExhibitorId = Id<struct ExhibitorTag>;
using PavilionId = Id<struct PavilionTag>;
using SectorId = Id<struct SectorTag>;

// What a check violation or a solver penalty is about, as typed ids a window can select and fly
// to (the human message beside it says the same in words).
struct Subjects
{
    std::vector<HallId> halls;
    std::vector<BoothId> booths;
    std::vector<ExhibitorId> exhibitors;
    std::vector<PavilionId> pavilions;
    std::vector<SectorId> sectors;
    bool empty() const
    {
        return halls.empty() && booths.empty() && exhibitors.empty() && pavilions.empty() && sectors.empty();
    }
};

} // namespace bp

template <class Tag> struct std::hash<bp::Id<Tag>>
{
    size_t operator()(bp::Id<Tag> id) const noexcept { return std::hash<int32_t>()(id.value); }
};
