// CollisionIndex on Box2D 2.4.1's b2DynamicTree. The tree fattens boxes by 0.1 m and Box2D's own
// polygon tests count shapes within ~2 cm as touching, so the tree only proposes candidates and
// penetration() (exact, in double precision) decides. RebuildBottomUp is never called (cubic).
#include "collision_index.h"

#include "hall_zones.h"
#include "layout/geometry/shape_tests.h"
#include "layout/model/names.h"

#include <box2d/box2d.h>

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{
constexpr EnumName<ItemKind> kItemKinds[] = {
    {ItemKind::Booth, "booth"},   {ItemKind::Block, "block"},     {ItemKind::Pavilion, "pavilion"},
    {ItemKind::Column, "column"}, {ItemKind::Blocked, "blocked"}, {ItemKind::DoorClearance, "door_clearance"},
    {ItemKind::Wall, "wall"}};
} // namespace

const char* to_string(ItemKind k)
{
    return name_in(kItemKinds, k);
}

namespace
{

b2AABB to_b2(const Box& b)
{
    b2AABB a;
    a.lowerBound.Set(static_cast<float>(b.min.x), static_cast<float>(b.min.y));
    a.upperBound.Set(static_cast<float>(b.max.x), static_cast<float>(b.max.y));
    return a;
}

Box bounds_of(const std::vector<Polygon>& pieces)
{
    Box b;
    for (const Polygon& p : pieces)
        for (Vec2 q : p)
            b.add(q);
    return b;
}

std::vector<Polygon> translated(const std::vector<Polygon>& pieces, Vec2 d)
{
    std::vector<Polygon> out = pieces;
    for (Polygon& p : out)
        for (Vec2& q : p)
            q = q + d;
    return out;
}

struct TreeQuery
{
    const b2DynamicTree* tree;
    void* context;
    bool (*visit)(void*, int);
    bool QueryCallback(int32 proxy)
    {
        return visit(context, static_cast<int>(reinterpret_cast<intptr_t>(tree->GetUserData(proxy))));
    }
};

} // namespace

CollisionIndex::CollisionIndex(Vec2 origin, Polygon outline)
    : tree_(std::make_unique<b2DynamicTree>()), origin_(origin),
      outline_(translated(counter_clockwise(std::move(outline)), origin * -1.0))
{
}

CollisionIndex::CollisionIndex(CollisionIndex&&) noexcept = default;
CollisionIndex& CollisionIndex::operator=(CollisionIndex&&) noexcept = default;
CollisionIndex::~CollisionIndex() = default;

CollisionIndex CollisionIndex::build(const Project& project, HallId hall_id, IndexContents contents)
{
    const Hall& hall = project.hall(hall_id);
    const HallRules rules = project.rules(hall_id);
    CollisionIndex index(bounds(hall.outline).min, hall.outline);
    const size_t n = hall.outline.size();
    for (size_t i = 0; i < n; ++i)
        index.insert({ItemKind::Wall, static_cast<int32_t>(i)}, {hall.outline[i], hall.outline[(i + 1) % n]});
    for (size_t i = 0; i < hall.columns.size(); ++i)
        index.insert({ItemKind::Column, static_cast<int32_t>(i)}, hall.columns[i]);
    for (size_t i = 0; i < hall.blocked.size(); ++i)
        index.insert({ItemKind::Blocked, static_cast<int32_t>(i)}, hall.blocked[i]);
    for (size_t i = 0; i < hall.doors.size(); ++i)
        index.insert({ItemKind::DoorClearance, static_cast<int32_t>(i)},
                     door_clearance(hall, hall.doors[i], rules.exit_clearance_m));
    if (contents.blocks)
        for (size_t i = 0; i < project.blocks.size(); ++i)
        {
            const Block& b = project.blocks[i];
            if (b.hall == hall_id && b.modules > 0 && b.rows > 0)
                index.insert({ItemKind::Block, static_cast<int32_t>(i)},
                             footprint(b, {BlockId(), 0, b.rows, 0, b.modules}));
        }
    if (contents.booths)
        for (size_t i = 0; i < project.booths.size(); ++i)
        {
            const Booth& b = project.booths[i];
            if (b.cells.block.valid() && b.cells.block.index() < project.blocks.size() &&
                project.block(b.cells.block).hall == hall_id)
                index.insert({ItemKind::Booth, static_cast<int32_t>(i)},
                             footprint(project.block(b.cells.block), b.cells));
        }
    if (contents.pavilions)
        for (size_t i = 0; i < project.pavilions.size(); ++i)
        {
            const auto& placed = project.pavilions[i].placed;
            if (placed && placed->hall == hall_id && placed->polygon.size() >= 3)
                index.insert({ItemKind::Pavilion, static_cast<int32_t>(i)}, placed->polygon);
        }
    return index;
}

int CollisionIndex::insert(ItemRef ref, const Polygon& shape)
{
    Polygon local = translated(shape, origin_ * -1.0);
    Item item;
    item.ref = ref;
    item.pieces = local.size() == 2 ? std::vector<Polygon>{local} : convex_pieces(local);
    item.box = bounds_of(item.pieces);
    item.alive = true;
    int id;
    if (!free_.empty())
    {
        id = free_.back();
        free_.pop_back();
    }
    else
    {
        id = static_cast<int>(items_.size());
        items_.emplace_back();
    }
    // Box2D keeps a void* per proxy: it carries the item's index, never a pointer.
    item.proxy = tree_->CreateProxy(to_b2(item.box),
                                    reinterpret_cast<void*>(static_cast<intptr_t>(id))); // NOLINT(performance-no-int-to-ptr)
    items_[static_cast<size_t>(id)] = std::move(item);
    return id;
}

void CollisionIndex::update(int id, const Polygon& shape)
{
    Item& item = items_[static_cast<size_t>(id)];
    Polygon local = translated(shape, origin_ * -1.0);
    Box old = item.box;
    item.pieces = local.size() == 2 ? std::vector<Polygon>{local} : convex_pieces(local);
    item.box = bounds_of(item.pieces);
    b2Vec2 d(static_cast<float>(item.box.min.x - old.min.x), static_cast<float>(item.box.min.y - old.min.y));
    tree_->MoveProxy(item.proxy, to_b2(item.box), d);
}

void CollisionIndex::translate(int id, Vec2 d)
{
    Item& item = items_[static_cast<size_t>(id)];
    item.pieces = translated(item.pieces, d);
    item.box = {item.box.min + d, item.box.max + d};
    tree_->MoveProxy(item.proxy, to_b2(item.box), b2Vec2(static_cast<float>(d.x), static_cast<float>(d.y)));
}

void CollisionIndex::erase(int id)
{
    Item& item = items_[static_cast<size_t>(id)];
    if (!item.alive)
        return;
    tree_->DestroyProxy(item.proxy);
    item = Item{};
    free_.push_back(id);
}

Polygon CollisionIndex::shape(int id) const
{
    const Item& item = items_[static_cast<size_t>(id)];
    return item.pieces.empty() ? Polygon{} : translated(item.pieces.front(), origin_);
}

std::optional<int> CollisionIndex::find(ItemRef ref) const
{
    for (size_t i = 0; i < items_.size(); ++i)
        if (items_[i].alive && items_[i].ref == ref)
            return static_cast<int>(i);
    return std::nullopt;
}

double CollisionIndex::depth(int id, const Polygon& convex_shape) const
{
    Polygon local = translated(convex_shape, origin_ * -1.0);
    double best = -1e300;
    for (const Polygon& piece : items_[static_cast<size_t>(id)].pieces)
        best = std::max(best, penetration(piece, local));
    return best;
}

void CollisionIndex::query_local(const Box& local_box, void* context, bool (*visit)(void*, int)) const
{
    TreeQuery q{tree_.get(), context, visit};
    tree_->Query(&q, to_b2(local_box));
}

double CollisionIndex::exact(const Item& item, const std::vector<Polygon>& pieces) const
{
    return penetration(item.pieces, pieces);
}

bool CollisionIndex::inside_hall(const Polygon& shape) const
{
    Polygon local = translated(shape, origin_ * -1.0);
    for (const Polygon& piece : convex_pieces(local))
        if (!inside_with_margin(outline_, piece, 0))
            return false;
    return true;
}

std::vector<Hit> CollisionIndex::overlaps(const Polygon& shape, uint32_t kinds, int ignore) const
{
    std::vector<Hit> hits;
    std::vector<Polygon> pieces = convex_pieces(translated(shape, origin_ * -1.0));
    Box box = bounds_of(pieces);
    struct Visitor
    {
        const CollisionIndex* self;
        const std::vector<Polygon>* pieces;
        uint32_t kinds;
        int ignore;
        std::vector<Hit>* hits;
        bool QueryCallback(int32 proxy)
        {
            int id = static_cast<int>(reinterpret_cast<intptr_t>(self->tree_->GetUserData(proxy)));
            const Item& item = self->items_[static_cast<size_t>(id)];
            if (id == ignore || !(kinds & kind_bit(item.ref.kind)))
                return true;
            double depth = self->exact(item, *pieces);
            if (depth > kOverlapTolerance)
                hits->push_back({id, item.ref, depth});
            return true;
        }
    } v{this, &pieces, kinds, ignore, &hits};
    tree_->Query(&v, to_b2(box));
    bool crossed = std::any_of(hits.begin(), hits.end(), [](const Hit& h) { return h.ref.kind == ItemKind::Wall; });
    if ((kinds & kind_bit(ItemKind::Wall)) && !crossed && !pieces.empty() && !inside_hall(shape))
        hits.push_back({-1, {ItemKind::Wall, -1}, 0});
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.item < b.item; });
    return hits;
}

std::vector<Contact> CollisionIndex::all_overlaps(uint32_t kinds_a, uint32_t kinds_b) const
{
    std::vector<Contact> out;
    for (size_t i = 0; i < items_.size(); ++i)
    {
        const Item& a = items_[i];
        if (!a.alive || !(kinds_a & kind_bit(a.ref.kind)))
            continue;
        const bool a_in_b = kinds_b & kind_bit(a.ref.kind);
        candidates(
            {a.box.min + origin_, a.box.max + origin_},
            [&](int j)
            {
                const Item& b = items_[static_cast<size_t>(j)];
                if (static_cast<size_t>(j) == i || !(kinds_b & kind_bit(b.ref.kind)))
                    return true;
                // A pair both sides could report is reported from its lower id only.
                if (a_in_b && (kinds_a & kind_bit(b.ref.kind)) && static_cast<size_t>(j) < i)
                    return true;
                double depth = penetration(a.pieces, b.pieces);
                if (depth > kOverlapTolerance)
                {
                    Box m{{std::max(a.box.min.x, b.box.min.x), std::max(a.box.min.y, b.box.min.y)},
                          {std::min(a.box.max.x, b.box.max.x), std::min(a.box.max.y, b.box.max.y)}};
                    out.push_back({static_cast<int>(i), j, a.ref, b.ref, depth, (m.min + m.max) * 0.5 + origin_});
                }
                return true;
            });
    }
    return out;
}

bool CollisionIndex::blocked_at(const std::vector<Polygon>& pieces, const Box& box, uint32_t kinds, int ignore) const
{
    struct Visitor
    {
        const CollisionIndex* self;
        const std::vector<Polygon>* pieces;
        uint32_t kinds;
        int ignore;
        bool hit = false;
        bool QueryCallback(int32 proxy)
        {
            int id = static_cast<int>(reinterpret_cast<intptr_t>(self->tree_->GetUserData(proxy)));
            const Item& item = self->items_[static_cast<size_t>(id)];
            if (id == ignore || !(kinds & kind_bit(item.ref.kind)))
                return true;
            hit = self->exact(item, *pieces) > kOverlapTolerance;
            return !hit;
        }
    } v{this, &pieces, kinds, ignore};
    tree_->Query(&v, to_b2(box));
    if (v.hit)
        return true;
    if (kinds & kind_bit(ItemKind::Wall))
        for (const Polygon& p : pieces)
            if (!inside_with_margin(outline_, p, 0))
                return true;
    return false;
}

std::optional<Vec2> CollisionIndex::settle(const Polygon& shape, uint32_t avoid, SettleOptions options,
                                           int ignore) const
{
    const std::vector<Polygon> pieces = convex_pieces(translated(shape, origin_ * -1.0));
    if (pieces.empty())
        return std::nullopt;
    const Box box = bounds_of(pieces);
    auto free_at = [&](Vec2 d) {
        return !blocked_at(translated(pieces, d), {box.min + d, box.max + d}, avoid, ignore);
    };
    if (free_at({0, 0}))
        return Vec2{0, 0};
    std::optional<Vec2> best;
    double best_d2 = options.max_distance_m * options.max_distance_m;

    // 1. Contact positions: the shape's box pressed against an obstacle's box or the hall's bounds
    // on each side. For axis-aligned shapes (booths, most pavilions, columns, cores) the nearest
    // free place is one of these, so this alone is exact there and fast on a crowded hall.
    std::vector<double> xs{0}, ys{0};
    auto contact = [&](const Box& ob)
    {
        xs.push_back(ob.min.x - box.max.x);
        xs.push_back(ob.max.x - box.min.x);
        ys.push_back(ob.min.y - box.max.y);
        ys.push_back(ob.max.y - box.min.y);
    };
    for (size_t i = 0; i < items_.size(); ++i)
        if (items_[i].alive && static_cast<int>(i) != ignore && (avoid & kind_bit(items_[i].ref.kind)) &&
            items_[i].ref.kind != ItemKind::Wall)
            contact(items_[i].box);
    for (Vec2 v : outline_)
    {
        xs.push_back(v.x - box.min.x);
        xs.push_back(v.x - box.max.x);
        ys.push_back(v.y - box.min.y);
        ys.push_back(v.y - box.max.y);
    }
    for (auto* v : {&xs, &ys})
    {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    if (xs.size() * ys.size() <= 1000000)
    {
        std::vector<std::pair<double, Vec2>> cands;
        for (double x : xs)
            for (double y : ys)
                if (x * x + y * y < best_d2)
                    cands.push_back({x * x + y * y, {x, y}});
        std::sort(cands.begin(), cands.end(),
                  [](const auto& a, const auto& b)
                  {
                      if (a.first != b.first)
                          return a.first < b.first;
                      return a.second.x != b.second.x ? a.second.x < b.second.x : a.second.y < b.second.y;
                  });
        for (const auto& [d2, d] : cands)
            if (free_at(d))
            {
                best = d;
                best_d2 = d2;
                break;
            }
    }

    // 2. A grid search around the drop point, for places the contact positions miss next to
    // slanted or round shapes: square rings outwards, up to the best distance so far (at most
    // refine_distance_m once one is known). Ring k holds distances in [k, k*sqrt(2)] steps, so the
    // search stops once the best is nearer than a ring's inner radius.
    const double step = std::max(options.step_m, 0.01);
    const double reach = best ? std::min(std::sqrt(best_d2), options.refine_distance_m) : options.max_distance_m;
    const int rings = static_cast<int>(std::ceil(reach / step));
    std::vector<std::pair<double, Vec2>> ring;
    for (int k = 1; k <= rings; ++k)
    {
        if (k * step * k * step >= best_d2)
            break;
        ring.clear();
        for (int i = -k; i <= k; ++i)
            for (int j = -k; j <= k; ++j)
                if (std::max(std::abs(i), std::abs(j)) == k)
                {
                    Vec2 d{i * step, j * step};
                    ring.push_back({dot(d, d), d});
                }
        std::sort(ring.begin(), ring.end(),
                  [](const auto& a, const auto& b)
                  {
                      if (a.first != b.first)
                          return a.first < b.first;
                      return a.second.x != b.second.x ? a.second.x < b.second.x : a.second.y < b.second.y;
                  });
        for (const auto& [d2, d] : ring)
        {
            if (d2 >= best_d2)
                break;
            if (free_at(d))
            {
                best = d;
                best_d2 = d2;
                break;
            }
        }
    }
    return best;
}

} // namespace bp
