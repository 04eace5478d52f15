// CollisionIndex: one hall's booths, blocks, pavilion regions, columns, blocked zones, door clear
// zones and walls in a Box2D dynamic tree. Tree hits are candidates; an exact test decides.
#pragma once

#include "layout/model/model.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

class b2DynamicTree;

namespace bp
{

enum class ItemKind : uint8_t
{
    Booth,         // index: Project::booths
    Block,         // index: Project::blocks (the block's whole footprint)
    Pavilion,      // index: Project::pavilions (its placed region)
    Column,        // index: Hall::columns
    Blocked,       // index: Hall::blocked
    DoorClearance, // index: Hall::doors
    Wall,          // index: outline edge i (from vertex i to i+1)
};

constexpr uint32_t kind_bit(ItemKind k)
{
    return 1u << static_cast<uint32_t>(k);
}
constexpr uint32_t kAllKinds = 0x7f;
// What a dragged or dropped pavilion region must stay clear of.
constexpr uint32_t kPavilionObstacles = kind_bit(ItemKind::Pavilion) | kind_bit(ItemKind::Blocked) |
                                        kind_bit(ItemKind::DoorClearance) | kind_bit(ItemKind::Wall);

const char* to_string(ItemKind k);

struct ItemRef
{
    ItemKind kind = ItemKind::Booth;
    int32_t index = -1;
    friend bool operator==(const ItemRef&, const ItemRef&) = default;
};

struct Hit
{
    int item = -1; // index id; -1 with kind Wall: the shape lies outside the hall without crossing a wall
    ItemRef ref;
    double depth = 0; // penetration in metres
};

struct Contact
{
    int a = -1, b = -1;
    ItemRef ref_a, ref_b;
    double depth = 0;
    Vec2 at; // venue coordinates, middle of the overlap
};

struct IndexContents
{
    bool booths = true;
    bool blocks = true;
    bool pavilions = true;
};

struct SettleOptions
{
    double step_m = 0.25;          // pitch of the grid searched around the drop point
    double max_distance_m = 250;   // farther than this: no place
    double refine_distance_m = 20; // the grid search stops here once a contact position is free
};

class CollisionIndex
{
public:
    // An empty index for a hall; shapes are kept relative to `origin` for float precision.
    CollisionIndex(Vec2 origin, Polygon outline);
    // The hall's walls, columns, blocked zones, door clear zones, and (as asked) its blocks,
    // booths and placed pavilion regions.
    static CollisionIndex build(const Project& project, HallId hall, IndexContents contents = {});
    CollisionIndex(CollisionIndex&&) noexcept;
    CollisionIndex& operator=(CollisionIndex&&) noexcept;
    ~CollisionIndex();

    int insert(ItemRef ref, const Polygon& shape); // venue coordinates; returns the item id
    void update(int item, const Polygon& shape);   // moved or reshaped: only this item's leaf moves
    void translate(int item, Vec2 d);
    void erase(int item);
    Polygon shape(int item) const; // venue coordinates (convex pieces joined only when convex)
    ItemRef ref(int item) const { return items_[static_cast<size_t>(item)].ref; }
    bool alive(int item) const { return items_[static_cast<size_t>(item)].alive; }
    size_t size() const { return items_.size(); }
    std::optional<int> find(ItemRef ref) const;
    // Exact penetration of a convex venue-coordinate shape into one item (<= 0: apart or touching).
    double depth(int item, const Polygon& convex_shape) const;

    // Items whose tree box meets the venue box: candidates, not yet tested. f(item) -> continue?
    template <class F> void candidates(const Box& venue_box, F&& f) const;

    // What the shape overlaps by more than kOverlapTolerance, restricted to `kinds`. With Wall in
    // kinds, leaving the hall is reported too. `ignore` skips one item (the one being dragged).
    std::vector<Hit> overlaps(const Polygon& shape, uint32_t kinds = kAllKinds, int ignore = -1) const;
    bool inside_hall(const Polygon& shape) const;
    // Every overlapping pair between an item of kinds_a and one of kinds_b, each pair once.
    std::vector<Contact> all_overlaps(uint32_t kinds_a, uint32_t kinds_b) const;
    // Where a dropped shape should go: the smallest translation after which it overlaps nothing in
    // `avoid` (and stays inside the hall when Wall is in avoid). Exact for axis-aligned shapes (it
    // tries every position pressed against an obstacle), else the nearest on the options' grid
    // within refine_distance_m. nullopt when no free place lies within max_distance_m.
    std::optional<Vec2> settle(const Polygon& shape, uint32_t avoid = kPavilionObstacles, SettleOptions options = {},
                               int ignore = -1) const;

    Vec2 origin() const { return origin_; }

private:
    struct Item
    {
        ItemRef ref;
        int proxy = -1;
        std::vector<Polygon> pieces; // convex, local coordinates
        Box box;                     // local
        bool alive = false;
    };
    void query_local(const Box& local_box, void* context, bool (*visit)(void*, int)) const;
    bool blocked_at(const std::vector<Polygon>& pieces, const Box& box, uint32_t kinds, int ignore) const;
    double exact(const Item& item, const std::vector<Polygon>& pieces) const;

    std::unique_ptr<b2DynamicTree> tree_;
    std::vector<Item> items_;
    std::vector<int> free_;
    Vec2 origin_;
    Polygon outline_; // local
};

template <class F> void CollisionIndex::candidates(const Box& venue_box, F&& f) const
{
    using Fn = std::remove_reference_t<F>;
    Box local{venue_box.min - origin_, venue_box.max - origin_};
    auto visit = [](void* ctx, int item) { return (*static_cast<Fn*>(ctx))(item); };
    query_local(local, const_cast<void*>(static_cast<const void*>(&f)), visit);
}

} // namespace bp
