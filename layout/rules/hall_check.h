// Internal to the checks: the checks of one hall. Work is done per block first (a block clear of
// every column, door zone, wall and neighbour has booths clear of them too) and only goes down to
// booths where a block is in doubt; the hall's CollisionIndex finds the neighbours.
#pragma once

#include "checks.h"
#include "collision_index.h"

#include <string>
#include <vector>

namespace bp::checks
{

std::string metres(double v);
Vec2 middle(const Polygon& p);

class HallCheck
{
public:
    HallCheck(const Project& p, HallId id, const std::vector<std::vector<int>>& booths_of_block, CheckReport& out);
    void run();

private:
    // [SECTION] Blocks (checks.cpp)
    void check_block(int block);
    void check_shared_modules(int block);
    void check_walls(int block, const Polygon& whole);
    void check_escape(int block, const Polygon& whole);
    void check_neighbours(int block, const Polygon& whole);
    void check_block_pair(int a, int b);
    void check_gap(const Block& frame, int x, const Polygon& fx, int y, const Polygon& fy);
    void check_exits();
    void check_pavilions();

    // [SECTION] Rows and walkways (check_rows.cpp)
    void check_rows();
    void check_walkways(int block);

    void add(const char* rule_id, const std::vector<int>& booths, Vec2 at, std::string message);
    void add_pavilions(const char* rule_id, std::vector<PavilionId> pavilions, Vec2 at, std::string message);
    const std::vector<int>& booths_in(int block) const { return booths_of_block_[static_cast<size_t>(block)]; }
    const Booth& booth(int b) const { return p_.booths[static_cast<size_t>(b)]; }
    const Block& block(int b) const { return p_.blocks[static_cast<size_t>(b)]; }
    const std::string& number(int b) const { return booth(b).number; }
    Polygon booth_shape(int b) const { return footprint(p_.block(booth(b).cells.block), booth(b).cells); }
    // The block's booths whose cells lie inside it (the others are reported once as invalid).
    std::vector<int> valid_booths_in(int block) const;

    const Project& p_;
    HallId id_;
    const Hall& hall_;
    HallRules rules_;
    const std::vector<std::vector<int>>& booths_of_block_;
    CheckReport& out_;
    CollisionIndex index_;
    std::vector<Segment> exits_;
};

} // namespace bp::checks
