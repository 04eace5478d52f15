// Hand-made fairs for the solver's tests and benchmark: one or more halls of 2 x N blocks in
// bands separated by aisles, numbered like the grid generator does ("1.1A01").
#pragma once

#include "layout/model/model.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace bp::test
{

struct FairShape
{
    int halls = 1;
    int bands = 3;          // rows of blocks per hall
    int blocks_per_band = 3;
    int modules = 8;        // per block row
    int rows = 2;
};

// Halls side by side along x; each block 2 rows deep, aisles of 4 m, band 0 on a main aisle.
inline Project make_fair(const FairShape& s)
{
    Project p;
    p.venue.name = "test fair";
    const double hall_w = 4 + s.blocks_per_band * (s.modules * 3 + 4), hall_h = 4 + s.bands * (s.rows * 3 + 4);
    for (int h = 0; h < s.halls; ++h)
    {
        Hall hall;
        hall.code = "1." + std::to_string(h + 1);
        hall.name = "Hall " + hall.code;
        double x0 = h * (hall_w + 20);
        hall.outline = rectangle({x0, 0}, {x0 + hall_w, hall_h});
        hall.doors.push_back({DoorKind::Entrance, {{x0 + 4, 0}, {x0 + 10, 0}}});
        hall.doors.push_back({DoorKind::Exit, {{x0 + hall_w - 10, hall_h}, {x0 + hall_w - 4, hall_h}}});
        p.venue.halls.push_back(hall);
        int letter = 0;
        for (int band = 0; band < s.bands; ++band)
            for (int j = 0; j < s.blocks_per_band; ++j, ++letter)
            {
                Block b;
                b.hall = HallId(h);
                b.origin = {x0 + 4 + j * (s.modules * 3 + 4), double(4 + band * (s.rows * 3 + 4))};
                b.rows = s.rows;
                b.modules = s.modules;
                b.cells.assign(static_cast<size_t>(s.rows * s.modules), CellUse::Booth);
                for (int r = 0; r < s.rows; ++r)
                    for (int c = 0; c < s.modules; ++c)
                    {
                        char buf[32];
                        std::snprintf(buf, sizeof buf, "%s%c%02d", hall.code.c_str(), 'A' + letter % 26, r * s.modules + c + 1);
                        b.numbers.push_back(buf);
                    }
                b.main_aisle_side[0] = band == 0;
                p.blocks.push_back(b);
            }
    }
    p.sectors.push_back({"electronics", 0x3366cc, std::nullopt});
    p.sectors.push_back({"textiles", 0xcc6633, std::nullopt});
    return p;
}

inline ExhibitorId add_exhibitor(Project& p, const std::string& code, double area_m2, int sector = 0)
{
    Exhibitor e;
    e.code = code;
    e.name = "Company " + code;
    e.country = "CN";
    e.sector = SectorId(sector);
    e.area_m2 = area_m2;
    p.exhibitors.push_back(e);
    return ExhibitorId(static_cast<int32_t>(p.exhibitors.size() - 1));
}

inline PavilionId add_pavilion(Project& p, const std::string& name)
{
    Pavilion pv;
    pv.name = name;
    pv.country = name.substr(0, 2);
    p.pavilions.push_back(pv);
    return PavilionId(static_cast<int32_t>(p.pavilions.size() - 1));
}

} // namespace bp::test

namespace bp::test
{

// n exhibitors of 1-4 modules (a few raw spaces), some in `pavilions` pavilions, with preferences,
// priorities and competitor pairs; deterministic for the seed.
inline void add_random_exhibitors(Project& p, int n, int pavilions, uint64_t seed)
{
    uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
    auto next = [&] {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    };
    for (int i = 0; i < pavilions; ++i)
        add_pavilion(p, "Pavilion " + std::to_string(i + 1));
    for (int i = 0; i < n; ++i)
    {
        char code[16];
        std::snprintf(code, sizeof code, "X%04d", i + 1);
        int k = int(next() % 100);
        double area = k < 60 ? 9 : k < 82 ? 18 : k < 90 ? 27 : k < 96 ? 36 : 54;
        ExhibitorId id = add_exhibitor(p, code, area, int(next() % p.sectors.size()));
        Exhibitor& e = p.exhibitor(id);
        if (area >= 36 && next() % 2)
            e.booth_kind = BoothKind::Raw;
        if (pavilions > 0 && next() % 3 == 0)
            e.pavilion = PavilionId(int32_t(next() % uint64_t(pavilions)));
        if (next() % 5 == 0)
            e.prefer.push_back({static_cast<PreferenceKind>(next() % 4), {}});
        if (next() % 7 == 0)
            e.priority = 1 + int(next() % 3);
        if (i > 0 && next() % 10 == 0)
            e.competitors.push_back(ExhibitorId(int32_t(next() % uint64_t(i))));
    }
}

} // namespace bp::test
