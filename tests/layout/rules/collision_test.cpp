// The collision index as the planner feels it while dragging: shapes that merely touch are fine,
// a centimetre of overlap is not, and a dropped pavilion slides to the nearest free place.
#include "layout/rules/collision_index.h"
#include "layout/geometry/shape_tests.h"

#include <box2d/box2d.h>
#include <catch2/catch.hpp>

#include <cmath>

using namespace bp;

namespace
{

CollisionIndex empty_hall(Vec2 at = {0, 0}, double w = 60, double d = 40)
{
    CollisionIndex index(at, rectangle(at, at + Vec2{w, d}));
    Polygon outline = rectangle(at, at + Vec2{w, d});
    for (size_t i = 0; i < 4; ++i)
        index.insert({ItemKind::Wall, static_cast<int32_t>(i)}, {outline[i], outline[(i + 1) % 4]});
    return index;
}

b2PolygonShape box2d_box(Vec2 min, Vec2 max)
{
    b2PolygonShape s;
    s.SetAsBox(static_cast<float>((max.x - min.x) / 2), static_cast<float>((max.y - min.y) / 2),
               b2Vec2(static_cast<float>((min.x + max.x) / 2), static_cast<float>((min.y + max.y) / 2)), 0);
    return s;
}

bool box2d_says_overlap(Vec2 a0, Vec2 a1, Vec2 b0, Vec2 b1)
{
    b2PolygonShape a = box2d_box(a0, a1), b = box2d_box(b0, b1);
    b2Transform id;
    id.SetIdentity();
    return b2TestOverlap(&a, 0, &b, 0, id, id);
}

} // namespace

TEST_CASE("booths sharing a wall do not collide, a 1 cm overlap does, although Box2D's skin says otherwise")
{
    CollisionIndex index = empty_hall();
    int left = index.insert({ItemKind::Booth, 0}, rectangle({10, 10}, {13, 13}));
    (void)left;

    // Box2D alone: touching boxes, and boxes 1.5 cm apart, count as overlapping (polygon skin).
    CHECK(box2d_says_overlap({10, 10}, {13, 13}, {13, 10}, {16, 13}));
    CHECK(box2d_says_overlap({10, 10}, {13, 13}, {13.015, 10}, {16.015, 13}));

    SECTION("a neighbour sharing the wall")
    {
        CHECK(index.overlaps(rectangle({13, 10}, {16, 13})).empty());
    }
    SECTION("a neighbour 1.5 cm away")
    {
        CHECK(index.overlaps(rectangle({13.015, 10}, {16.015, 13})).empty());
    }
    SECTION("a neighbour sharing only a corner")
    {
        CHECK(index.overlaps(rectangle({13, 13}, {16, 16})).empty());
    }
    SECTION("a neighbour 1 cm into the booth")
    {
        auto hits = index.overlaps(rectangle({12.99, 10}, {15.99, 13}));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].ref == ItemRef{ItemKind::Booth, 0});
        CHECK(hits[0].depth == Approx(0.01).margin(1e-6));
    }
    SECTION("a booth against the hall wall is inside; 1 cm through it is not")
    {
        CHECK(index.overlaps(rectangle({0, 20}, {3, 23})).empty());
        auto hits = index.overlaps(rectangle({-0.01, 20}, {2.99, 23}));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].ref.kind == ItemKind::Wall);
    }
}

TEST_CASE("far from the venue origin the index keeps centimetre precision")
{
    // Halls of a large venue lie kilometres from its origin; the index works relative to the hall.
    Vec2 at{12000, 8000};
    CollisionIndex index = empty_hall(at);
    index.insert({ItemKind::Booth, 0}, rectangle(at + Vec2{10, 10}, at + Vec2{13, 13}));
    CHECK(index.overlaps(rectangle(at + Vec2{13, 10}, at + Vec2{16, 13})).empty());
    CHECK(index.overlaps(rectangle(at + Vec2{12.99, 10}, at + Vec2{15.99, 13})).size() == 1);
}

TEST_CASE("a pavilion dragged over a column, a blocked zone and a door's clear zone is told what it covers")
{
    CollisionIndex index = empty_hall();
    index.insert({ItemKind::Column, 0}, rectangle({17.5, 20.5}, {18.5, 21.5}));
    // An L-shaped stair core: its inner corner is free floor.
    index.insert({ItemKind::Blocked, 0}, {{30, 10}, {40, 10}, {40, 14}, {34, 14}, {34, 20}, {30, 20}});
    index.insert({ItemKind::DoorClearance, 0}, rectangle({27, 0}, {33, 4}));
    for (int i = 0; i < 4; ++i)
        index.insert({ItemKind::Booth, i}, rectangle({12.0 + 3 * i, 24}, {15.0 + 3 * i, 27}));

    SECTION("over the column and two booths")
    {
        auto hits = index.overlaps(rectangle({15, 18}, {20, 25.5}));
        std::vector<ItemKind> kinds;
        for (const Hit& h : hits)
            kinds.push_back(h.ref.kind);
        CHECK(std::count(kinds.begin(), kinds.end(), ItemKind::Column) == 1);
        CHECK(std::count(kinds.begin(), kinds.end(), ItemKind::Booth) == 2);
        CHECK(index.overlaps(rectangle({15, 18}, {20, 25.5}), kind_bit(ItemKind::Column)).size() == 1);
    }
    SECTION("inside the blocked zone's inner corner touches nothing")
    {
        CHECK(index.overlaps(rectangle({34, 14}, {40, 20})).empty());
        CHECK(index.overlaps(rectangle({33.9, 14}, {40, 20})).size() == 1);
    }
    SECTION("in front of the door")
    {
        CHECK(index.overlaps(rectangle({25, 2}, {29, 6}), kPavilionObstacles).size() == 1);
    }
    SECTION("outside the hall altogether")
    {
        auto hits = index.overlaps(rectangle({70, 10}, {80, 20}));
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].ref.kind == ItemKind::Wall);
        CHECK(hits[0].item == -1);
    }
}

TEST_CASE("moving one booth updates the index without rebuilding it")
{
    CollisionIndex index = empty_hall();
    int a = index.insert({ItemKind::Booth, 0}, rectangle({10, 10}, {13, 13}));
    index.insert({ItemKind::Booth, 1}, rectangle({30, 10}, {33, 13}));
    Polygon probe = rectangle({11, 11}, {12, 12});
    CHECK(index.overlaps(probe).size() == 1);

    index.translate(a, {18.5, 0}); // now 28.5..31.5: overlaps booth 1
    CHECK(index.overlaps(probe).empty());
    CHECK(index.all_overlaps(kind_bit(ItemKind::Booth), kind_bit(ItemKind::Booth)).size() == 1);

    index.update(a, rectangle({40, 30}, {43, 33}));
    CHECK(index.all_overlaps(kind_bit(ItemKind::Booth), kind_bit(ItemKind::Booth)).empty());
    CHECK(index.overlaps(rectangle({41, 31}, {42, 32})).size() == 1);

    index.erase(a);
    CHECK(index.overlaps(rectangle({41, 31}, {42, 32})).empty());
    int b = index.insert({ItemKind::Booth, 2}, rectangle({5, 5}, {8, 8}));
    CHECK(b == a); // the freed slot is reused
    CHECK(index.find({ItemKind::Booth, 2}) == b);
}

TEST_CASE("every overlapping pair is reported once")
{
    CollisionIndex index = empty_hall();
    for (int i = 0; i < 5; ++i) // a row of booths, each 0.5 m into the next
        index.insert({ItemKind::Booth, i}, rectangle({10.0 + 2.5 * i, 10}, {13.0 + 2.5 * i, 13}));
    index.insert({ItemKind::Column, 0}, rectangle({11, 11}, {12, 12}));
    auto pairs = index.all_overlaps(kind_bit(ItemKind::Booth), kind_bit(ItemKind::Booth));
    CHECK(pairs.size() == 4);
    for (const Contact& c : pairs)
        CHECK(std::abs(c.ref_a.index - c.ref_b.index) == 1);
    CHECK(index.all_overlaps(kind_bit(ItemKind::Booth), kind_bit(ItemKind::Column)).size() == 1);
}

TEST_CASE("a pavilion dropped on a crowded hall settles at the nearest free place")
{
    // A 60 m x 40 m hall packed with 10 m x 10 m pavilions 2 m apart, one slot left empty.
    CollisionIndex index = empty_hall();
    int n = 0;
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 3; ++j)
        {
            if (i == 3 && j == 1)
                continue; // the empty slot: 37..47 x 13..23
            Vec2 lo{1.0 + 12 * i, 1.0 + 13 * j};
            index.insert({ItemKind::Pavilion, n++}, rectangle(lo, lo + Vec2{10, 10}));
        }
    Polygon dropped = rectangle({24, 14}, {32, 20}); // 8 m x 6 m, on top of pavilion (2,1)
    REQUIRE(!index.overlaps(dropped, kPavilionObstacles).empty());

    auto move = index.settle(dropped, kPavilionObstacles, {0.25, 100});
    REQUIRE(move);
    Polygon settled = translated(dropped, *move);
    CHECK(index.overlaps(settled, kPavilionObstacles).empty());
    CHECK(index.inside_hall(settled));
    const double moved = std::hypot(move->x, move->y);
    CHECK(moved < 14);

    // Nothing on the search grid nearer than the answer is free.
    for (double dx = -moved; dx <= moved; dx += 0.25)
        for (double dy = -moved; dy <= moved; dy += 0.25)
            if (std::hypot(dx, dy) < moved - 1e-9)
                CHECK(!index.overlaps(translated(dropped, {dx, dy}), kPavilionObstacles).empty());

    SECTION("a pavilion that fits nowhere gets no place")
    {
        CHECK(!index.settle(rectangle({0, 0}, {30, 30}), kPavilionObstacles, {1, 60}));
    }
    SECTION("a pavilion already free stays where it was dropped")
    {
        auto stay = index.settle(rectangle({38, 14}, {46, 20}));
        REQUIRE(stay);
        CHECK(stay->x == 0);
        CHECK(stay->y == 0);
    }
}

TEST_CASE("exact tests: penetration and distance of convex shapes, ear clipping")
{
    CHECK(penetration(rectangle({0, 0}, {3, 3}), rectangle({3, 0}, {6, 3})) == Approx(0).margin(1e-12));
    CHECK(penetration(rectangle({0, 0}, {3, 3}), rectangle({4, 0}, {7, 3})) == Approx(-1));
    CHECK(convex_distance(rectangle({0, 0}, {3, 3}), rectangle({5, 0}, {8, 3})) == Approx(2));
    CHECK(convex_distance(rectangle({0, 0}, {3, 3}), rectangle({6, 7}, {8, 9})) == Approx(5));
    Polygon l_shape{{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 10}, {0, 10}};
    auto pieces = convex_pieces(l_shape);
    double a = 0;
    for (const Polygon& p : pieces)
        a += area(p);
    CHECK(a == Approx(64));
    CHECK(penetration(pieces, {rectangle({5, 5}, {9, 9})}) <= 0);
}

TEST_CASE("when the only free slot is across the hall, the dropped pavilion goes there, pressed against its neighbours")
{
    CollisionIndex index = empty_hall({0, 0}, 126, 84);
    int n = 0;
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 7; ++j)
            if (!(i == 9 && j == 6))
            {
                Vec2 lo{1.0 + 12.5 * i, 1.0 + 12 * j};
                index.insert({ItemKind::Pavilion, n++}, rectangle(lo, lo + Vec2{11, 11}));
            }
    auto move = index.settle(rectangle({5, 5}, {14, 14}));
    REQUIRE(move);
    // Pavilion (8, 5) ends at x = 112 and y = 72: the corner of the free slot nearest the drop.
    CHECK(move->x == Approx(107));
    CHECK(move->y == Approx(67));
}

TEST_CASE("a pavilion dropped against a slanted stair core settles clear of the slope")
{
    CollisionIndex index = empty_hall();
    index.insert({ItemKind::Blocked, 0}, {{20, 10}, {40, 10}, {20, 30}}); // a triangular core
    Polygon dropped = rectangle({22, 12}, {28, 18});
    auto move = index.settle(dropped);
    REQUIRE(move);
    Polygon settled = translated(dropped, *move);
    CHECK(index.overlaps(settled, kPavilionObstacles).empty());
    // Out past the core's west or south face (8 m) is nearer than out across its slope (11.3 m).
    CHECK(std::hypot(move->x, move->y) == Approx(8));
}
