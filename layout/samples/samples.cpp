// Sample fairs from the facts of DESIGN §5 (CISMEF 2017–2023, the Canton Fair's Pazhou halls).
// A small portable generator (splitmix64) keeps every preset byte-identical for a seed on any platform.
//
// Index:
//   [SECTION] Random numbers
//   [SECTION] Halls
//   [SECTION] Names
//   [SECTION] Exhibitors, pavilions, sectors
#include "samples.h"

#include "generated.h"
#include "layout/model/names.h"
#include "random.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace bp
{

// [SECTION] Random numbers ---------------------------------------------------------------------

namespace
{

using samples::Random;

// [SECTION] Halls ------------------------------------------------------------------------------

constexpr double kHallW = 126, kHallD = 84;

// One Pazhou-style hall: 126 m x 84 m, doors on all four walls, two stair cores with exits inside
// (a hall this deep needs them for the 37.5 m escape distance), a ground-floor column grid.
Hall pazhou_hall(const std::string& code, int level, Vec2 at, bool columns)
{
    Hall h;
    h.code = code;
    h.name = "Hall " + code;
    h.level = level;
    h.height_m = level == 1 ? 13 : 9;
    h.outline = rectangle(at, at + Vec2{kHallW, kHallD});
    auto door = [&](DoorKind kind, Vec2 a, Vec2 b) { h.doors.push_back({kind, {at + a, at + b}}); };
    for (double x : {28.0, 92.0})
    {
        door(DoorKind::Exit, {x, 0}, {x + 6, 0});
        door(DoorKind::Exit, {x, kHallD}, {x + 6, kHallD});
    }
    door(DoorKind::Entrance, {60, 0}, {66, 0});
    door(DoorKind::Entrance, {60, kHallD}, {66, kHallD});
    door(DoorKind::Exit, {0, 39}, {0, 45});
    door(DoorKind::Exit, {kHallW, 39}, {kHallW, 45});
    door(DoorKind::Freight, {kHallW, 10}, {kHallW, 16});
    for (double cx : {42.0, 84.0})
    {
        Polygon core = rectangle(at + Vec2{cx - 3, 39}, at + Vec2{cx + 3, 45});
        h.blocked.push_back(core);
        door(DoorKind::Exit, {cx - 2, 39}, {cx + 2, 39}); // on the core's south face
    }
    if (columns)
        for (double x = 18; x < kHallW; x += 18)
            for (double y = 21; y < kHallD; y += 21)
                h.columns.push_back(rectangle(at + Vec2{x - 0.5, y - 0.5}, at + Vec2{x + 0.5, y + 0.5}));
    return h;
}

Venue tiny_venue()
{
    Venue v;
    v.name = "Tiny test fair";
    Hall h;
    h.code = "1.1";
    h.name = "Hall 1.1";
    h.height_m = 10;
    h.outline = rectangle({0, 0}, {72, 48});
    h.doors = {{DoorKind::Entrance, {{33, 0}, {39, 0}}},
               {DoorKind::Exit, {{33, 48}, {39, 48}}},
               {DoorKind::Exit, {{0, 21}, {0, 27}}},
               {DoorKind::Exit, {{72, 21}, {72, 27}}},
               {DoorKind::Freight, {{72, 4}, {72, 10}}}};
    for (double x : {18.0, 36.0, 54.0})
        h.columns.push_back(rectangle({x - 0.5, 23.5}, {x + 0.5, 24.5}));
    v.halls.push_back(h);
    return v;
}

// Buildings side by side, floors stacked northwards, 24 m and 36 m apart: one venue frame in which
// no two halls overlap, so overview maps read naturally.
Venue pazhou_venue(const std::string& name, int buildings, int floors)
{
    Venue v;
    v.name = name;
    for (int b = 1; b <= buildings; ++b)
        for (int f = 1; f <= floors; ++f)
        {
            Vec2 at{(b - 1) * (kHallW + 24), (f - 1) * (kHallD + 36)};
            v.halls.push_back(pazhou_hall(std::to_string(b) + "." + std::to_string(f), f, at, f == 1));
        }
    return v;
}

// [SECTION] Names ------------------------------------------------------------------------------

struct SectorInfo
{
    std::string_view name, english, chinese, persian;
    double weight;
    uint32_t colour;
};

constexpr std::array<SectorInfo, 12> kSectors = {{
    {"equipment manufacturing", "Machinery", "机械", "ماشین‌سازی", 0.14, 0x4e79a7},
    {"electronics and IT", "Electronics", "电子", "الکترونیک", 0.14, 0xf28e2b},
    {"new materials", "New Materials", "新材料", "مواد نو", 0.07, 0xe15759},
    {"automotive parts", "Auto Parts", "汽车配件", "قطعات خودرو", 0.07, 0x76b7b2},
    {"chemicals and plastics", "Chemical", "化工", "شیمیایی", 0.06, 0x59a14f},
    {"food and agriculture", "Food", "食品", "مواد غذایی", 0.11, 0xedc948},
    {"textiles and apparel", "Textile", "纺织", "نساجی", 0.09, 0xb07aa1},
    {"healthcare", "Medical", "医疗", "پزشکی", 0.07, 0xff9da7},
    {"consumer goods and crafts", "Crafts", "工艺品", "صنایع دستی", 0.11, 0x9c755f},
    {"jewellery", "Jewellery", "珠宝", "جواهرات", 0.04, 0xbab0ac},
    {"renewable energy", "New Energy", "新能源", "انرژی نو", 0.05, 0x86bcb6},
    {"services and tourism", "Travel Services", "旅游服务", "گردشگری", 0.05, 0xd37295},
}};

struct Province
{
    std::string_view name, city, city_cn;
    double weight;
};

// The 31 provincial-level divisions of mainland China; Guangdong, the host, sends ~20 %.
constexpr std::array<Province, 31> kProvinces = {{
    {"Guangdong", "Guangzhou", "广州", 20},  {"Zhejiang", "Hangzhou", "杭州", 7},    {"Jiangsu", "Suzhou", "苏州", 6},
    {"Shandong", "Qingdao", "青岛", 5},      {"Fujian", "Xiamen", "厦门", 5},        {"Shanghai", "Shanghai", "上海", 4},
    {"Beijing", "Beijing", "北京", 3},       {"Henan", "Zhengzhou", "郑州", 3},      {"Hubei", "Wuhan", "武汉", 3},
    {"Hunan", "Changsha", "长沙", 3},        {"Sichuan", "Chengdu", "成都", 3},      {"Anhui", "Hefei", "合肥", 3},
    {"Hebei", "Shijiazhuang", "石家庄", 3},  {"Guangxi", "Nanning", "南宁", 3},      {"Jiangxi", "Nanchang", "南昌", 2.5},
    {"Chongqing", "Chongqing", "重庆", 2.5}, {"Shaanxi", "Xi'an", "西安", 2},        {"Liaoning", "Shenyang", "沈阳", 2},
    {"Yunnan", "Kunming", "昆明", 2},        {"Tianjin", "Tianjin", "天津", 2},      {"Shanxi", "Taiyuan", "太原", 1.5},
    {"Guizhou", "Guiyang", "贵阳", 1.5},     {"Jilin", "Changchun", "长春", 1.5},    {"Heilongjiang", "Harbin", "哈尔滨", 1.5},
    {"Inner Mongolia", "Hohhot", "呼和浩特", 1}, {"Xinjiang", "Urumqi", "乌鲁木齐", 1}, {"Gansu", "Lanzhou", "兰州", 1},
    {"Hainan", "Haikou", "海口", 1},         {"Ningxia", "Yinchuan", "银川", 0.5},   {"Qinghai", "Xining", "西宁", 0.5},
    {"Tibet", "Lhasa", "拉萨", 0.5},
}};

struct Brand
{
    std::string_view latin, chinese;
};
constexpr std::array<Brand, 20> kChineseBrands = {{
    {"Huaxin", "华鑫"},   {"Hongda", "宏达"},   {"Jinyuan", "金源"},  {"Hengxin", "恒信"},    {"Xinke", "新科"},
    {"Ruifeng", "瑞丰"},  {"Lianchuang", "联创"}, {"Yongsheng", "永盛"}, {"Tiancheng", "天成"}, {"Hairun", "海润"},
    {"Mingyang", "明阳"}, {"Zhongtai", "中泰"}, {"Boyuan", "博远"},   {"Jiahe", "嘉禾"},      {"Xingda", "兴达"},
    {"Fuxing", "复兴"},   {"Changhong", "长虹"}, {"Guanghua", "光华"}, {"Dingsheng", "鼎盛"},  {"Kaiyuan", "开元"},
}};
constexpr std::array<Brand, 12> kPersianBrands = {{
    {"Pars", "پارس"},   {"Arya", "آریا"},     {"Sepahan", "سپاهان"}, {"Alborz", "البرز"},
    {"Kaveh", "کاوه"},  {"Zagros", "زاگرس"},  {"Negin", "نگین"},     {"Mehr", "مهر"},
    {"Aftab", "آفتاب"}, {"Kimia", "کیمیا"},   {"Tous", "توس"},       {"Damavand", "دماوند"},
}};
constexpr std::array<std::string_view, 16> kLatinBrands = {"Atlas",  "Nova",   "Orion",  "Vertex", "Summit", "Delta",
                                                           "Meridian", "Apex", "Lumen",  "Borealis", "Crescent", "Zenith",
                                                           "Harbor", "Evergreen", "Sterling", "Horizon"};

struct Country
{
    std::string_view code, pavilion, suffix;
    int members; // at CISMEF scale
};

// Country pavilions of DESIGN §5, the guest of honour first; then a long tail of one or two firms.
constexpr std::array<Country, 18> kPavilionCountries = {{
    {"VN", "Vietnam (Guest of Honour)", "JSC", 60}, {"IR", "Iran", "Co.", 52},  {"RU", "Russia", "LLC", 25},
    {"MY", "Malaysia", "Sdn Bhd", 25},  {"HK", "Hong Kong", "Ltd.", 20},  {"TW", "Taiwan", "Co., Ltd.", 10},
    {"MO", "Macao", "Ltd.", 8},          {"TH", "Thailand", "Co., Ltd.", 15}, {"ID", "Indonesia", "PT", 15},
    {"PK", "Pakistan", "(Pvt) Ltd.", 12}, {"KR", "Korea", "Co., Ltd.", 15}, {"JP", "Japan", "K.K.", 12},
    {"DE", "Germany", "GmbH", 10},       {"IT", "Italy", "S.p.A.", 10},   {"ZA", "South Africa", "(Pty) Ltd", 8},
    {"AE", "UAE", "LLC", 8},              {"TR", "Turkey", "A.S.", 10},     {"IN", "India", "Pvt. Ltd.", 12},
}};
constexpr std::array<std::string_view, 22> kTailCountries = {"SG", "PH", "BD", "LK", "NP", "KH", "LA", "MM",
                                                            "KZ", "UZ", "EG", "NG", "KE", "BR", "MX", "AR",
                                                            "FR", "ES", "PL", "GB", "AU", "NZ"};

const SectorInfo& pick_sector(Random& rng)
{
    double u = rng.uniform(), acc = 0;
    for (const SectorInfo& s : kSectors)
        if ((acc += s.weight) > u)
            return s;
    return kSectors.back();
}

const Province& pick_province(Random& rng)
{
    double total = 0;
    for (const Province& p : kProvinces)
        total += p.weight;
    double u = rng.uniform() * total, acc = 0;
    for (const Province& p : kProvinces)
        if ((acc += p.weight) > u)
            return p;
    return kProvinces.back();
}

// [SECTION] Exhibitors, pavilions, sectors ---------------------------------------------------------

// Requested area: CISMEF's mix (2/3 one module, 22 % two, 8 % three or four, 4 % raw space) or the
// Canton Fair's larger one (averaging 2.3 modules).
struct Request
{
    double area;
    BoothKind kind;
};

Request draw_request(Random& rng, bool canton, bool overseas)
{
    double u = rng.uniform();
    double one = canton ? 0.45 : (overseas ? 0.55 : 0.67), two = canton ? 0.30 : 0.22, more = canton ? 0.15 : 0.075;
    if (u < one)
        return {9, BoothKind::Shell};
    if (u < one + two)
        return {18, BoothKind::Shell};
    if (u < one + two + more)
        return {rng.chance(0.5) ? 27.0 : 36.0, BoothKind::Shell};
    // Raw space: mostly whole modules, sometimes an odd figure from the sales team.
    static constexpr std::array<double, 12> kRaw = {36, 36, 45, 54, 54, 72, 72, 90, 108, 40, 60, 144};
    return {rng.pick(kRaw), BoothKind::Raw};
}

struct Builder
{
    Project& p;
    Random& rng;
    bool canton;
    int next_id = 1;

    SectorId sector_id(const SectorInfo& s) { return *p.find_sector(std::string(s.name)); }

    PavilionId add_pavilion(std::string name, std::string country, std::string region, double shared)
    {
        static constexpr std::array<uint32_t, 12> kPalette = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                                              0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f,
                                                              0xbcbd22, 0x17becf, 0x393b79, 0x637939};
        Pavilion v;
        v.name = std::move(name);
        v.country = std::move(country);
        v.region = std::move(region);
        v.colour = kPalette[p.pavilions.size() % kPalette.size()];
        v.shared_space_share = shared;
        p.pavilions.push_back(v);
        return PavilionId(static_cast<int32_t>(p.pavilions.size() - 1));
    }

    Exhibitor& add(const std::string& country, const SectorInfo& sector, bool overseas)
    {
        Exhibitor e;
        char code[16];
        std::snprintf(code, sizeof code, "X%05d", next_id++);
        e.code = code;
        e.country = country;
        e.sector = sector_id(sector);
        Request r = draw_request(rng, canton, overseas);
        e.area_m2 = r.area;
        e.booth_kind = r.kind;
        double u = rng.uniform();
        if (u < 0.10)
            e.prefer.push_back({PreferenceKind::Corner, {}});
        else if (u < 0.15)
            e.prefer.push_back({PreferenceKind::MainAisle, {}});
        else if (u < 0.18)
            e.prefer.push_back({PreferenceKind::Entrance, {}});
        if (e.booth_kind == BoothKind::Raw && rng.chance(0.3))
            e.prefer.push_back({PreferenceKind::Island, {}});
        if (rng.chance(0.08))
            e.priority = rng.between(1, 3);
        p.exhibitors.push_back(e);
        return p.exhibitors.back();
    }

    void name_chinese(Exhibitor& e, std::string_view city, std::string_view city_cn, const SectorInfo& s)
    {
        const Brand& b = rng.pick(kChineseBrands);
        e.name = std::string(city) + " " + std::string(b.latin) + " " + std::string(s.english) + " Co., Ltd.";
        e.name_local = std::string(city_cn) + std::string(b.chinese) + std::string(s.chinese) + "有限公司";
    }

    void name_foreign(Exhibitor& e, const Country& c, const SectorInfo& s)
    {
        if (c.code == "IR")
        {
            const Brand& b = rng.pick(kPersianBrands);
            e.name = std::string(b.latin) + " " + std::string(s.english) + " Co.";
            e.name_local = "شرکت " + std::string(s.persian) + " " + std::string(b.chinese);
        }
        else if (c.code == "HK" || c.code == "MO" || c.code == "TW")
        {
            static constexpr std::array<std::string_view, 3> kCity = {"Hong Kong", "Macao", "Taipei"};
            static constexpr std::array<std::string_view, 3> kCityCn = {"香港", "澳门", "台北"};
            size_t k = c.code == "HK" ? 0 : c.code == "MO" ? 1 : 2;
            name_chinese(e, kCity[k], kCityCn[k], s);
        }
        else
            e.name = std::string(rng.pick(kLatinBrands)) + " " + std::string(s.english) + " " + std::string(c.suffix);
    }

    void competitors()
    {
        // ~2 % of exhibitors name one or two rivals of the same sector.
        const int n = static_cast<int>(p.exhibitors.size());
        for (int i = 0; i < n; ++i)
        {
            if (!rng.chance(0.02))
                continue;
            int rivals = rng.between(1, 2);
            for (int tries = 0; tries < 40 && rivals > 0; ++tries)
            {
                int j = rng.below(n);
                Exhibitor& a = p.exhibitors[static_cast<size_t>(i)];
                if (j == i || p.exhibitors[static_cast<size_t>(j)].sector != a.sector)
                    continue;
                ExhibitorId other(j);
                if (std::find(a.competitors.begin(), a.competitors.end(), other) != a.competitors.end())
                    continue;
                a.competitors.push_back(other);
                --rivals;
            }
        }
    }
};

void populate(Project& p, uint64_t seed, int exhibitors, int countries, bool canton, const std::string& phase)
{
    Random rng(seed);
    Builder b{p, rng, canton};
    for (const SectorInfo& s : kSectors)
        if (!p.find_sector(std::string(s.name)))
            p.sectors.push_back({std::string(s.name), s.colour, std::nullopt});
    b.next_id = static_cast<int>(p.exhibitors.size()) + 1;
    const int first = static_cast<int>(p.exhibitors.size());
    const double scale = std::min(1.0, exhibitors / 3000.0);

    // Country pavilions and the long tail of overseas firms.
    for (int ci = 0; ci < countries; ++ci)
    {
        const Country& c = kPavilionCountries[static_cast<size_t>(ci)];
        int members = std::max(3, static_cast<int>(std::lround(c.members * std::max(scale, 0.08))));
        PavilionId pav = b.add_pavilion(std::string(c.pavilion) + phase, std::string(c.code), "", 0.3);
        for (int m = 0; m < members; ++m)
        {
            const SectorInfo& s = pick_sector(rng);
            Exhibitor& e = b.add(std::string(c.code), s, true);
            e.pavilion = pav;
            b.name_foreign(e, c, s);
        }
    }
    int tail = static_cast<int>(std::lround(30 * scale));
    for (int t = 0; t < tail; ++t)
    {
        std::string code(kTailCountries[static_cast<size_t>(rng.below(kTailCountries.size()))]);
        const SectorInfo& s = pick_sector(rng);
        Exhibitor& e = b.add(code, s, true);
        b.name_foreign(e, {code, "", "Ltd.", 0}, s);
    }

    // 31 provincial delegations; the rest of the domestic firms are placed by sector.
    std::array<PavilionId, 31> delegation{};
    std::array<int, 31> delegation_size{};
    const int domestic = first + exhibitors - static_cast<int>(p.exhibitors.size());
    for (int d = 0; d < domestic; ++d)
    {
        const Province& prov = pick_province(rng);
        size_t k = static_cast<size_t>(&prov - kProvinces.data());
        const SectorInfo& s = pick_sector(rng);
        Exhibitor& e = b.add("CN", s, false);
        e.region = std::string(prov.name);
        b.name_chinese(e, prov.city, prov.city_cn, s);
        // Delegations stay small enough to stand together in one hall.
        int cap = canton ? 40 : 60;
        if (delegation_size[k] < cap && rng.chance(prov.name == "Guangdong" ? 0.12 : 0.45))
        {
            if (!delegation[k])
                delegation[k] = b.add_pavilion(std::string(prov.name) + " Delegation" + phase, "CN",
                                               std::string(prov.name), 0.0);
            p.exhibitors.back().pavilion = delegation[k];
            ++delegation_size[k];
        }
    }
    b.competitors();
}

} // namespace

namespace
{
constexpr EnumName<SamplePreset> kPresetNames[] = {{SamplePreset::Tiny, "tiny"},
                                                   {SamplePreset::Cismef, "cismef"},
                                                   {SamplePreset::Canton, "canton"},
                                                   {SamplePreset::CantonX3, "canton-x3"},
                                                   {SamplePreset::Generated, "generated"}};
} // namespace

std::optional<SamplePreset> parse_sample_preset(const std::string& name)
{
    return value_in(kPresetNames, name);
}

const char* to_string(SamplePreset preset)
{
    return name_in(kPresetNames, preset);
}

Project make_sample(SamplePreset preset, uint64_t seed)
{
    Project p;
    switch (preset)
    {
    case SamplePreset::Tiny:
        p.venue = tiny_venue();
        populate(p, seed, 60, 3, false, "");
        break;
    case SamplePreset::Cismef:
        p.venue = pazhou_venue("Pazhou Complex - China International SME Fair", 7, 2);
        populate(p, seed, 3000, 18, false, "");
        break;
    case SamplePreset::Canton:
        p.venue = pazhou_venue("Pazhou Complex - Canton Fair, one phase", 20, 3);
        populate(p, seed, 10000, 18, true, "");
        break;
    case SamplePreset::CantonX3:
        p.venue = pazhou_venue("Pazhou Complex - Canton Fair, three phases", 60, 3);
        for (int phase = 1; phase <= 3; ++phase)
            populate(p, seed * 3 + static_cast<uint64_t>(phase), phase == 3 ? 10666 : 10667, 18, true,
                     " (Phase " + std::to_string(phase) + ")");
        break;
    case SamplePreset::Generated:
        p = make_generated_fair({seed, 0, 0, 0}).project;
        break;
    }
    return p;
}

} // namespace bp
