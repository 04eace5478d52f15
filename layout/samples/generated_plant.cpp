// The planted answer of a generated fair: booths laid along each hall's blocks in a serpentine
// order (bands across the hall, alternating direction), both rows of a block filled column by
// column, so that a pavilion laid as a run of consecutive blocks stands in one piece.
#include "generated_detail.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace bp::samples
{

namespace
{

struct Step
{
    int32_t block;
    int dir; // +1: filled from column 0, -1: from the last column
};

Polygon whole(const Block& b)
{
    return footprint(b, {BlockId(), 0, b.rows, 0, b.modules});
}

// Each hall's blocks in bands across the hall, alternating direction (the solver walks them the
// same way, so consecutive blocks face each other across an aisle).
std::vector<Step> serpentine(const Project& project, HallId hall)
{
    std::vector<int32_t> list;
    int horizontal = 0;
    for (size_t b = 0; b < project.blocks.size(); ++b)
        if (project.blocks[b].hall == hall)
        {
            list.push_back(int32_t(b));
            horizontal += std::abs(project.blocks[b].along.x) >= std::abs(project.blocks[b].along.y) ? 1 : -1;
        }
    auto band = [&](int32_t b)
    {
        Vec2 c = centroid(whole(project.blocks[b]));
        return horizontal >= 0 ? c.y : c.x;
    };
    auto run = [&](int32_t b)
    {
        Vec2 c = centroid(whole(project.blocks[b]));
        return horizontal >= 0 ? c.x : c.y;
    };
    std::stable_sort(list.begin(), list.end(), [&](int32_t a, int32_t b) { return band(a) < band(b); });
    std::vector<Step> out;
    for (size_t i = 0, bands = 0; i < list.size(); ++bands)
    {
        size_t j = i;
        while (j < list.size() && band(list[j]) - band(list[i]) < 2.0)
            ++j;
        std::vector<int32_t> one(list.begin() + long(i), list.begin() + long(j));
        std::stable_sort(one.begin(), one.end(), [&](int32_t a, int32_t b) { return run(a) < run(b); });
        const bool forward = bands % 2 == 0;
        if (!forward)
            std::reverse(one.begin(), one.end());
        for (int32_t b : one)
        {
            Vec2 along = project.blocks[b].along;
            double d = horizontal >= 0 ? along.x : along.y;
            out.push_back({b, (d >= 0) == forward ? 1 : -1});
        }
        i = j;
    }
    return out;
}

// Walks a hall's blocks, handing out booths: both rows of a block advance column by column.
class Cursor
{
public:
    Cursor(const Project& project, std::vector<Step> steps) : project_(project), steps_(std::move(steps)) {}

    bool exhausted() { return !settle(); }

    // A booth of about k modules (fewer when the row ends first); `two_rows` asks for 2 x k/2.
    bool take(int k, bool two_rows, BoothCells& out)
    {
        if (!settle())
            return false;
        const Block& b = block();
        if (two_rows && b.rows == 2 && k % 2 == 0 && ptr_[0] == ptr_[1] && run(0) >= k / 2 && run(1) >= k / 2)
        {
            out = cells(0, 2, ptr_[0], k / 2);
            ptr_[0] += k / 2;
            ptr_[1] += k / 2;
            return true;
        }
        int r = b.rows == 2 && ptr_[1] < ptr_[0] ? 1 : 0;
        int w = std::min(k, run(r));
        out = cells(r, 1, ptr_[r], w);
        ptr_[r] += w;
        return true;
    }

private:
    const Project& project_;
    std::vector<Step> steps_;
    size_t at_ = 0;
    int ptr_[2] = {0, 0}; // next logical column per row

    const Block& block() const { return project_.blocks[static_cast<size_t>(steps_[at_].block)]; }
    int physical(int t) const { return steps_[at_].dir > 0 ? t : block().modules - 1 - t; }
    bool bookable(int r, int t) const { return block().cell(r, physical(t)) == CellUse::Booth; }
    int run(int r) const
    {
        int n = 0;
        while (ptr_[r] + n < block().modules && bookable(r, ptr_[r] + n))
            ++n;
        return n;
    }
    BoothCells cells(int row, int rows, int t, int w) const
    {
        int c0 = steps_[at_].dir > 0 ? t : block().modules - t - w;
        return {BlockId(steps_[at_].block), row, rows, c0, w};
    }
    // Skips unbookable cells and full blocks; false when the hall is used up.
    bool settle()
    {
        while (at_ < steps_.size())
        {
            bool open = false;
            for (int r = 0; r < block().rows; ++r)
            {
                while (ptr_[r] < block().modules && !bookable(r, ptr_[r]))
                    ++ptr_[r];
                open |= ptr_[r] < block().modules;
            }
            if (open)
                return true;
            ++at_;
            ptr_[0] = ptr_[1] = 0;
        }
        return false;
    }
};

int bookable_modules(const Project& project, HallId hall)
{
    int n = 0;
    for (const Block& b : project.blocks)
        if (b.hall == hall)
            n += int(std::count(b.cells.begin(), b.cells.end(), CellUse::Booth));
    return n;
}

// A group laid out together: a pavilion, or a run of single exhibitors of one sector.
struct Unit
{
    int pavilion = -1;
    int sector = 0;
    int modules = 0;
};

// Requested sizes of CISMEF's mix; raw space as 4-16 modules.
int draw_size(Random& rng, bool& raw)
{
    static constexpr std::array<int, 7> kRaw = {4, 4, 5, 6, 8, 12, 16};
    double u = rng.uniform();
    raw = false;
    if (u < 0.58)
        return 1;
    if (u < 0.80)
        return 2;
    if (u < 0.86)
        return 3;
    if (u < 0.90)
        return 4;
    raw = true;
    return rng.pick(kRaw);
}

std::vector<Unit> hall_units(Random& rng, PlantedFair& fair, HallId hall, int budget, int sectors)
{
    static constexpr std::array<const char*, 16> kNames = {"Iran",
                                                           "Vietnam",
                                                           "Russia",
                                                           "Malaysia",
                                                           "Guangdong Delegation",
                                                           "Zhejiang Delegation",
                                                           "Thailand",
                                                           "Korea",
                                                           "Pakistan",
                                                           "Germany",
                                                           "Italy",
                                                           "Turkey",
                                                           "Jiangsu Delegation",
                                                           "Hong Kong",
                                                           "India",
                                                           "Japan"};
    static constexpr std::array<const char*, 16> kCountry = {"IR", "VN", "RU", "MY", "CN", "CN", "TH", "KR",
                                                             "PK", "DE", "IT", "TR", "CN", "HK", "IN", "JP"};
    std::vector<Unit> units;
    int pavilions = budget < 60 ? rng.below(2) : rng.between(1, std::min(5, 1 + budget / 150));
    int left = budget;
    for (int i = 0; i < pavilions && left > 8; ++i)
    {
        double share = i == 0 ? rng.between(0.05, 0.4) : rng.between(0.03, 0.2);
        int modules = std::min(left * 7 / 10, std::max(4, int(share * budget)));
        size_t k = fair.pavilions.size() % kNames.size();
        std::string name = kNames[k];
        if (fair.pavilions.size() >= kNames.size())
            name += " " + std::to_string(fair.pavilions.size() / kNames.size() + 1);
        fair.pavilions.push_back({name, kCountry[k], hall, 0});
        units.push_back({int(fair.pavilions.size()) - 1, rng.below(sectors), modules});
        left -= modules;
    }
    while (left > 0)
    {
        int run = std::min(left, rng.between(12, 60));
        units.push_back({-1, rng.below(sectors), run});
        left -= run;
    }
    for (size_t i = units.size(); i > 1; --i) // shuffle: pavilions between sector runs
        std::swap(units[i - 1], units[static_cast<size_t>(rng.below(int(i)))]);
    return units;
}

} // namespace

PlantedFair plant(Random& rng, const Project& project, double fill, int sectors)
{
    PlantedFair fair;
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
    {
        const HallId hall{int32_t(h)};
        const int budget = int(std::lround(fill * bookable_modules(project, hall)));
        Cursor cursor(project, serpentine(project, hall));
        int used = 0;
        for (const Unit& u : hall_units(rng, fair, hall, budget, sectors))
        {
            for (int placed = 0; placed < u.modules && used < budget;)
            {
                bool raw = false;
                int k = std::min(draw_size(rng, raw), std::max(1, budget - used));
                PlantedBooth b;
                if (!cursor.take(k, raw ? rng.chance(0.7) : rng.chance(0.25), b.cells))
                    break;
                const int got = b.cells.rows * b.cells.cols;
                b.raw = raw && got >= 4;
                b.pavilion = u.pavilion;
                b.sector = u.pavilion >= 0 && rng.chance(0.5) ? rng.below(sectors) : u.sector;
                fair.booths.push_back(b);
                placed += got;
                used += got;
            }
        }
    }
    return fair;
}

// [SECTION] Pavilions in one piece -------------------------------------------------------------

namespace
{

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x) { return parent[size_t(x)] == x ? x : parent[size_t(x)] = find(parent[size_t(x)]); }
    void unite(int a, int b) { parent[size_t(find(a))] = find(b); }
};

struct PavilionCell
{
    int32_t block;
    int row, col;
    int booth; // index into the pavilion's booths
    Box box;
};

// True when the cell lies on its block's side that faces direction d.
bool faces(const Block& b, int row, int col, Vec2 d)
{
    bool side[4] = {row == 0, row == b.rows - 1, col == 0, col == b.modules - 1};
    Vec2 out[4] = {b.across * -1.0, b.across, b.along * -1.0, b.along};
    for (int s = 0; s < 4; ++s)
        if (side[s] && dot(out[s], d) > 0.7)
            return true;
    return false;
}

// Cells of two blocks facing each other across an aisle no wider than `widest` (a subset of the
// solver's rule, which also looks past unbookable cells at row ends).
bool facing(const Project& project, const PavilionCell& u, const PavilionCell& v, double widest)
{
    const Box &U = u.box, &V = v.box;
    double ox = std::min(U.max.x, V.max.x) - std::max(U.min.x, V.min.x);
    double oy = std::min(U.max.y, V.max.y) - std::max(U.min.y, V.min.y);
    Vec2 d;
    double gap;
    if (ox > 0.5 && oy <= 0.01)
    {
        gap = -oy;
        d = {0, V.min.y >= U.max.y - 0.01 ? 1.0 : -1.0};
    }
    else if (oy > 0.5 && ox <= 0.01)
    {
        gap = -ox;
        d = {V.min.x >= U.max.x - 0.01 ? 1.0 : -1.0, 0};
    }
    else
        return false;
    return gap <= widest && faces(project.blocks[size_t(u.block)], u.row, u.col, d) &&
           faces(project.blocks[size_t(v.block)], v.row, v.col, d * -1.0);
}

void unite_in_rows(const Project& project, const std::map<std::tuple<int32_t, int, int>, int>& at, UnionFind& uf)
{
    // Along a row: wall neighbours, and bookable cells on either side of unbookable ones.
    for (const auto& [key, booth] : at)
    {
        auto [b, r, c] = key;
        const Block& blk = project.blocks[size_t(b)];
        if (auto it = at.find({b, r + 1, c}); it != at.end())
            uf.unite(booth, it->second);
        int next = c + 1;
        while (next < blk.modules && blk.cell(r, next) != CellUse::Booth)
            ++next;
        if (auto it = at.find({b, r, next}); it != at.end())
            uf.unite(booth, it->second);
    }
}

} // namespace

void keep_pavilions_whole(const Project& project, PlantedFair& fair)
{
    for (size_t pv = 0; pv < fair.pavilions.size(); ++pv)
    {
        std::vector<int> members;
        for (size_t i = 0; i < fair.booths.size(); ++i)
            if (fair.booths[i].pavilion == int(pv))
                members.push_back(int(i));
        std::map<std::tuple<int32_t, int, int>, int> at;
        std::vector<PavilionCell> cells;
        for (size_t k = 0; k < members.size(); ++k)
        {
            const BoothCells& c = fair.booths[size_t(members[k])].cells;
            const Block& blk = project.block(c.block);
            for (int r = c.row; r < c.row + c.rows; ++r)
                for (int col = c.col; col < c.col + c.cols; ++col)
                {
                    at[{c.block.value, r, col}] = int(k);
                    cells.push_back({c.block.value, r, col, int(k), bounds(footprint(blk, {c.block, r, 1, col, 1}))});
                }
        }
        UnionFind uf(members.size());
        unite_in_rows(project, at, uf);
        HallRules rules = project.rules(fair.pavilions[pv].hall);
        const double widest = std::max(rules.main_aisle_m, rules.aisle_m);
        for (size_t i = 0; i < cells.size(); ++i)
            for (size_t j = i + 1; j < cells.size(); ++j)
                if (cells[i].block != cells[j].block && uf.find(cells[i].booth) != uf.find(cells[j].booth) &&
                    facing(project, cells[i], cells[j], widest))
                    uf.unite(cells[i].booth, cells[j].booth);
        std::map<int, int> part;
        for (size_t k = 0; k < members.size(); ++k)
        {
            const BoothCells& c = fair.booths[size_t(members[k])].cells;
            part[uf.find(int(k))] += c.rows * c.cols;
        }
        int root = -1, best = -1;
        for (auto [r, m] : part)
            if (m > best)
                best = m, root = r;
        fair.pavilions[pv].modules = std::max(0, best);
        for (size_t k = 0; k < members.size(); ++k)
            if (uf.find(int(k)) != root)
                fair.booths[size_t(members[k])].pavilion = -1;
    }
}

} // namespace bp::samples
